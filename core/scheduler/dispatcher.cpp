// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "dispatcher_p.h"
#include "scheduler/handoff.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaMethod>

#include <algorithm>
#include <exception>

Q_LOGGING_CATEGORY(lcDispatcher, "labdispatch.dispatcher")

namespace ld {
namespace detail {

namespace {
/** How many idle workers a pool keeps ready ahead of a burst, at most. */
constexpr int kMaxPrestartedRunners = 256;
/** Empty priority levels kept allocated for reuse. */
constexpr size_t kKeptEmptyLevels = 4;
/** How often workers re-read the UTC clock for finish stamps (see wallFromMonotonic). */
constexpr qint64 kWallResyncNs = 1'000'000;
/** Finished jobs a busy worker drops at once (see runnerLoop). */
constexpr size_t kRetireBatch = 16;

/**
 * Changes a counter that only code holding the core mutex writes: a plain load and store, no
 * locked read-modify-write, while readers without the lock still see whole values.
 */
inline qint64 addLocked(std::atomic<qint64> &counter, qint64 delta)
{
    const qint64 v = counter.load(std::memory_order_relaxed) + delta;
    counter.store(v, std::memory_order_relaxed);
    return v;
}

/**
 * A job posted to an executor that cannot loop. If the executor destroys the task without
 * running it (its thread's event loop has ended), the job fails instead of holding its slot.
 */
struct PostedJob
{
    std::shared_ptr<DispatcherCore> core;
    JobPtr job;
    QString executorName;
    bool ran = false;
    ~PostedJob()
    {
        if (!ran && core)
            core->complete(job, JobStatus::Failed, {},
                           Dispatcher::tr("the executor '%1' stopped before the job could run")
                               .arg(executorName));
    }
};
} // namespace

JobResult JobState::toResult() const
{
    JobResult r;
    r.id = id;
    r.key = key;
    r.priority = priority;
    r.status = status.load(std::memory_order_acquire);
    r.submittedNs = submittedNs;
    if (isFinal(r.status)) {
        r.value = value;
        r.error = error;
        r.startedNs = startedNs.load(std::memory_order_relaxed);
        r.finishedNs = finishedNs;
        r.finishedWallNs = finishedWallNs;
    }
    return r;
}

void Runner::post()
{
    {
        std::lock_guard lock(mutex);
        posted = true;
    }
    // After unlocking: the woken worker does not block on our lock. The Runner outlives this
    // call because the core owns it and the caller holds the core.
    cv.notify_one();
}

void Runner::wait()
{
    std::unique_lock lock(mutex);
    cv.wait(lock, [this] { return posted; });
    posted = false;
}

Completion::~Completion()
{
    if (!done.exchange(true) && core)
        core->complete(
            job, JobStatus::Failed, {},
            Dispatcher::tr("the asynchronous job dropped its context without finishing"));
}

DispatcherCore::DispatcherCore(Dispatcher *facade, Executor *pool, int initialCap)
    : m_facade(facade)
    , m_pool(pool)
    , m_mainPool(pool)
{
    cap.store(initialCap);
}

DispatcherCore::~DispatcherCore()
{
    {
        std::lock_guard lock(m_mutex);
        m_deadlineStop = true;
    }
    m_deadlineCv.notify_all();
    if (m_deadlineThread.joinable())
        m_deadlineThread.join();
}

JobHandle DispatcherCore::submit(JobSpec &&spec)
{
    auto job = std::make_shared<JobState>();
    job->id = m_nextId.fetch_add(1, std::memory_order_relaxed) + 1;
    job->key = std::move(spec.key);
    QStringList moreKeys = std::move(spec.alsoHolds);
    if (!moreKeys.isEmpty()) { // the rare job with several keys: the lock is not held yet
        moreKeys.removeAll(QString());
        moreKeys.removeAll(job->key);
        moreKeys.removeDuplicates();
    }
    job->priority = spec.priority;
    job->deadline = spec.deadline;
    job->executor = spec.executor ? spec.executor : m_pool;
    job->run = std::move(spec.run);
    job->start = std::move(spec.start);
    job->onFinished = std::move(spec.onFinished);
    job->hasContext = !spec.context.isNull();
    job->context = spec.context;
    job->submittedNs = monotonicNowNs();
    job->core = weak_from_this();

    QString rejection;
    if (!job->run && !job->start)
        rejection = Dispatcher::tr("the job has no function to run");
    else if (job->run && job->start)
        rejection = Dispatcher::tr(
            "the job has both a plain and an asynchronous function; set exactly one");

    Deferred out;
    {
        std::lock_guard lock(m_mutex);
        if (rejection.isEmpty() && m_shutdown)
            rejection = Dispatcher::tr("the dispatcher is shut down and accepts no more jobs");
        if (!rejection.isEmpty()) {
            job->finishedNs = monotonicNowNs();
            job->finishedWallNs = wallNowNs();
            job->error = rejection;
            addLocked(rejected, 1);
            job->status.store(JobStatus::Rejected, std::memory_order_release);
            out.countersChanged = true;
            if (job->onFinished || finishedSignalConnected.load(std::memory_order_relaxed)) {
                out.finished.push_back(job);
                m_unreported.fetch_add(1, std::memory_order_relaxed);
            }
        } else {
            job->seq = m_nextSeq++;
            addLocked(submitted, 1);
            addLocked(queued, 1);
            if (job->deadline) {
                const bool earliest =
                    m_deadlines.empty() || *job->deadline < m_deadlines.begin()->first;
                job->deadlineIt = m_deadlines.emplace(*job->deadline, job);
                job->hasDeadlineEntry = true;
                if (!m_deadlineThread.joinable())
                    m_deadlineThread = std::thread([this] { deadlineLoop(); });
                else if (earliest)
                    m_deadlineCv.notify_one();
            }
            enqueueLocked(job, moreKeys);
            dispatchLocked(nullptr, nullptr, out);
        }
    }
    if (!m_activitySinceFlush.load(std::memory_order_relaxed))
        m_activitySinceFlush.store(true, std::memory_order_relaxed);
    runDeferred(out);
    return JobHandle(job);
}

void DispatcherCore::enqueueLocked(const JobPtr &job, const QStringList &moreKeys)
{
    if (job->key.isEmpty() && moreKeys.isEmpty()) {
        m_unkeyed[job->priority].push_back(job);
        return;
    }
    qsizetype next = 0;
    KeyState *first = keyStateLocked(job->key.isEmpty() ? moreKeys.at(next++) : job->key);
    job->keyState = first;
    first->waiting[job->priority].push_back(job);
    if (next < moreKeys.size()) {
        job->moreKeys.reserve(size_t(moreKeys.size() - next));
        for (; next < moreKeys.size(); ++next) {
            KeyState *ks = keyStateLocked(moreKeys.at(next));
            job->moreKeys.push_back(ks);
            ks->waiting[job->priority].push_back(job);
        }
        for (KeyState *ks : job->moreKeys)
            refreshKeyReadyLocked(ks);
    }
    refreshKeyReadyLocked(first);
}

KeyState *DispatcherCore::keyStateLocked(const QString &key)
{
    auto it = m_keys.find(key);
    if (it == m_keys.end()) {
        it = m_keys.emplace(key, KeyState{}).first;
        it->second.key = key;
    }
    return &it->second;
}

void DispatcherCore::refreshKeyReadyLocked(KeyState *ks)
{
    // A job with several keys that was this key's best competes through its first key; if it
    // stops being this key's best, that key must hear of it. Checked before the fronts are
    // dropped: a job still queued is not dropped, so `old` stays alive.
    JobState *old = ks->head;
    if (old && (old->moreKeys.empty() || old->keyState == ks ||
                old->status.load(std::memory_order_relaxed) != JobStatus::Queued))
        old = nullptr;
    // Drop jobs that ended while queued (cancelled, timed out) from the fronts, then let the
    // key's best live job compete in the global order with its original sequence number, so a
    // key that was busy keeps its place and is not starved.
    JobState *best = nullptr;
    for (auto it = ks->waiting.begin(); it != ks->waiting.end() && !best;) {
        auto &dq = it->second;
        while (!dq.empty() &&
               dq.front()->status.load(std::memory_order_relaxed) != JobStatus::Queued)
            dq.pop_front();
        if (dq.empty()) {
            it = ks->waiting.erase(it);
            continue;
        }
        best = dq.front().get();
    }
    if (ks->busy)
        best = nullptr; // nothing may start on a busy key
    ks->head = best;
    const JobState *ready = best;
    if (best && !best->moreKeys.empty()) {
        // Reserved for a job with several keys: only its first key may put it forward, and only
        // once it is the best job of every one of its keys and they are all free.
        if (best->keyState == ks) {
            ready = admissibleLocked(best) ? best : nullptr;
        } else {
            ready = nullptr;
            refreshAnchorLocked(best);
        }
    }
    setReadyLocked(ks, ready);
    if (old && old != best)
        refreshAnchorLocked(old);
}

void DispatcherCore::refreshAnchorLocked(JobState *job)
{
    KeyState *first = job->keyState;
    if (first->head == job)
        setReadyLocked(first, admissibleLocked(job) ? job : nullptr);
}

bool DispatcherCore::admissibleLocked(const JobState *job) const
{
    // A busy key has no head, so "the best job of every key" implies "every key free".
    if (job->keyState->head != job)
        return false;
    for (const KeyState *ks : job->moreKeys)
        if (ks->head != job)
            return false;
    return true;
}

void DispatcherCore::setReadyLocked(KeyState *ks, const JobState *job)
{
    if (ks->inReady &&
        (!job || job->priority != ks->readyOrder.priority || job->seq != ks->readyOrder.seq)) {
        m_readyKeys.erase({ks->readyOrder, ks});
        ks->inReady = false;
    }
    if (job && !ks->inReady) {
        ks->readyOrder = QueueOrder{job->priority, job->seq};
        m_readyKeys.insert({ks->readyOrder, ks});
        ks->inReady = true;
    }
}

void DispatcherCore::dropKeyIfUnusedLocked(KeyState *ks)
{
    if (ks->busy || !ks->waiting.empty() || ks->inReady)
        return;
    const QString key = ks->key; // erase() must not read a key it is destroying
    m_keys.erase(key);
}

void DispatcherCore::refreshAndDropKeysLocked(KeyState *first, const std::vector<KeyState *> &more)
{
    refreshKeyReadyLocked(first);
    for (KeyState *ks : more)
        refreshKeyReadyLocked(ks);
    dropKeyIfUnusedLocked(first);
    for (KeyState *ks : more)
        dropKeyIfUnusedLocked(ks);
}

void DispatcherCore::releaseKeysLocked(JobState *job)
{
    // Free every key before refreshing any: a waiting job that needs two of them then sees
    // both free on the first refresh that looks at it.
    KeyState *first = job->keyState;
    first->busy = false;
    first->running = nullptr;
    for (KeyState *ks : job->moreKeys) {
        ks->busy = false;
        ks->running = nullptr;
    }
    refreshAndDropKeysLocked(first, job->moreKeys);
}

bool DispatcherCore::endQueuedLocked(const JobPtr &job, JobStatus status, QString &&error,
                                     Deferred &out)
{
    KeyState *first = job->keyState;
    const std::vector<KeyState *> more = std::move(job->moreKeys);
    job->moreKeys.clear();
    finishLocked(job, status, {}, std::move(error), out);
    if (first)
        refreshAndDropKeysLocked(first, more);
    return !more.empty();
}

JobPtr DispatcherCore::pickLocked(Deferred &out)
{
    for (;;) {
        std::deque<JobPtr> *unkeyed = nullptr;
        for (auto it = m_unkeyed.begin(); it != m_unkeyed.end();) {
            auto &dq = it->second;
            while (!dq.empty() &&
                   dq.front()->status.load(std::memory_order_relaxed) != JobStatus::Queued)
                dq.pop_front();
            if (dq.empty()) {
                // Keep a few empty levels: a queue that empties and refills (the common
                // case) then costs no allocation per job.
                if (m_unkeyed.size() > kKeptEmptyLevels)
                    it = m_unkeyed.erase(it);
                else
                    ++it;
                continue;
            }
            unkeyed = &dq;
            break;
        }
        const bool haveKeyed = !m_readyKeys.empty();
        if (!unkeyed && !haveKeyed)
            return nullptr;

        JobPtr job;
        bool takeKeyed = haveKeyed;
        if (unkeyed && haveKeyed) {
            const JobState *u = unkeyed->front().get();
            takeKeyed = m_readyKeys.begin()->first < QueueOrder{u->priority, u->seq};
        }
        if (takeKeyed) {
            KeyState *ks = m_readyKeys.begin()->second;
            m_readyKeys.erase(m_readyKeys.begin());
            ks->inReady = false;
            // The key's head is its queue's front; a job with several keys is the front of
            // each of its keys' queues (it is their head).
            auto popFront = [](KeyState *k, const JobState *expected) {
                auto first = k->waiting.begin();
                Q_ASSERT(first->second.front().get() == expected);
                JobPtr front = std::move(first->second.front());
                first->second.pop_front();
                if (first->second.empty())
                    k->waiting.erase(first);
                return front;
            };
            job = popFront(ks, ks->head);
            for (KeyState *k : job->moreKeys)
                popFront(k, job.get());
        } else {
            job = std::move(unkeyed->front());
            unkeyed->pop_front();
        }

        if (job->deadline && *job->deadline <= MonoClock::now()) {
            endQueuedLocked(job, JobStatus::TimedOut,
                            Dispatcher::tr("still queued at its deadline; never started"), out);
            continue;
        }
        return job;
    }
}

LoopPool *DispatcherCore::loopPoolLocked(Executor *ex)
{
    if (ex == m_pool)
        return &m_mainPool;
    auto &p = m_otherPools[ex];
    if (!p)
        p = std::make_unique<LoopPool>(ex);
    return p.get();
}

void DispatcherCore::admitLocked(const JobPtr &job, LoopPool *self, JobPtr *mine, Deferred &out)
{
    addLocked(queued, -1);
    const qint64 now = addLocked(running, 1);
    if (now > peakRunning.load(std::memory_order_relaxed))
        peakRunning.store(now, std::memory_order_relaxed);
    job->status.store(JobStatus::Running, std::memory_order_release);
    out.countersChanged = true;
    if (KeyState *ks = job->keyState) {
        ks->busy = true;
        ks->running = job.get();
        ks->head = nullptr;
        for (KeyState *k : job->moreKeys) {
            // Its keys' only ready entry was the first key's, taken by pickLocked.
            Q_ASSERT(!k->inReady);
            k->busy = true;
            k->running = job.get();
            k->head = nullptr;
        }
    }
    job->runPrev = nullptr;
    job->runNext = m_runHead;
    if (m_runHead)
        m_runHead->runPrev = job.get();
    m_runHead = job.get();
    if (job->hasDeadlineEntry) {
        m_deadlines.erase(job->deadlineIt);
        job->hasDeadlineEntry = false;
    }

    Executor *ex = job->executor;
    if (mine && !*mine && self && ex == self->executor) {
        *mine = job;
        return;
    }
    if (ex->runsLoops()) {
        // Into the shared run queue: whichever worker looks first takes it, and a parked one
        // is woken only if nobody is about to look.
        LoopPool *pool = loopPoolLocked(ex);
        pool->runQueue.push_back(job);
        wakeLocked(pool, out);
        return;
    }
    out.starts.push_back(job);
}

void DispatcherCore::wakeLocked(LoopPool *pool, Deferred &out)
{
    if (pool->looking > 0 || pool->runQueue.empty())
        return;
    if (!pool->idle.empty()) {
        out.wakes.push_back(pool->idle.back());
        pool->idle.pop_back();
        ++pool->looking;
        return;
    }
    // Every worker is running a job: start another rather than let an admitted job wait.
    if (pool->runners < pool->executing + int(pool->runQueue.size())) {
        ++pool->runners;
        ++pool->looking;
        out.spawns.push_back(pool);
    }
}

void DispatcherCore::dispatchLocked(LoopPool *self, JobPtr *mine, Deferred &out)
{
    while (!paused.load(std::memory_order_relaxed) &&
           running.load(std::memory_order_relaxed) < cap.load(std::memory_order_relaxed)) {
        JobPtr job = pickLocked(out);
        if (!job)
            break;
        admitLocked(job, self, mine, out);
    }
}

void DispatcherCore::finishLocked(const JobPtr &job, JobStatus status, QVariant &&value,
                                  QString &&error, Deferred &out, qint64 finishedNs, qint64 wallNs)
{
    const JobStatus prev = job->status.load(std::memory_order_relaxed);
    if (isFinal(prev))
        return;
    job->finishedNs = finishedNs ? finishedNs : monotonicNowNs();
    job->finishedWallNs = wallNs ? wallNs : wallNowNs();
    job->value = std::move(value);
    job->error = std::move(error);
    if (prev == JobStatus::Running) {
        addLocked(running, -1);
        if (job->runPrev)
            job->runPrev->runNext = job->runNext;
        else
            m_runHead = job->runNext;
        if (job->runNext)
            job->runNext->runPrev = job->runPrev;
        job->runPrev = job->runNext = nullptr;
        if (job->keyState)
            releaseKeysLocked(job.get());
    } else {
        addLocked(queued, -1);
        if (job->hasDeadlineEntry) {
            m_deadlines.erase(job->deadlineIt);
            job->hasDeadlineEntry = false;
        }
    }
    job->keyState = nullptr;
    job->moreKeys.clear(); // the memory goes with the job, outside the lock
    switch (status) {
    case JobStatus::Succeeded:
        addLocked(succeeded, 1);
        break;
    case JobStatus::Cancelled:
        addLocked(cancelled, 1);
        break;
    case JobStatus::TimedOut:
        addLocked(timedOut, 1);
        break;
    default:
        status = JobStatus::Failed;
        addLocked(failed, 1);
        break;
    }
    job->status.store(status, std::memory_order_release);
    out.countersChanged = true;
    // Nobody listens: nothing to report, and the job's state is not kept alive for it.
    if (job->onFinished || finishedSignalConnected.load(std::memory_order_relaxed)) {
        out.finished.push_back(job);
        m_unreported.fetch_add(1, std::memory_order_relaxed);
    }
    // Wake waiters only when what they wait for may have become true.
    if (job->waiters > 0 || (m_idleWaiters.load(std::memory_order_relaxed) > 0 &&
                             running.load(std::memory_order_relaxed) == 0))
        out.notifyWaiters = true;
}

qint64 DispatcherCore::wallFromMonotonic(qint64 monoNs)
{
    // The UTC clock is read at most once per kWallResyncNs; in between, the wall time is the
    // monotonic stamp plus the last measured offset, off by the clock's slew over that
    // interval at most (NTP slews at most 0.5 ms/s: under 1 us here). A step of the wall
    // clock shows up within kWallResyncNs.
    const qint64 at = m_wallOffsetAtNs.load(std::memory_order_acquire);
    if (at != 0 && monoNs >= at && monoNs - at < kWallResyncNs)
        return monoNs + m_wallOffsetNs.load(std::memory_order_relaxed);
    const qint64 wall = wallNowNs();
    const qint64 mono = monotonicNowNs();
    m_wallOffsetNs.store(wall - mono, std::memory_order_relaxed);
    m_wallOffsetAtNs.store(mono, std::memory_order_release);
    return monoNs + (wall - mono);
}

void DispatcherCore::runDeferred(Deferred &out)
{
    for (auto &job : out.starts)
        postJob(job);
    out.starts.clear();
    if (!out.spawns.empty()) {
        auto self = shared_from_this();
        for (LoopPool *pool : out.spawns)
            pool->executor->post([self, pool] { self->runnerLoop(pool); });
        out.spawns.clear();
    }
    out.wakes.forEach([](Runner *r) { r->post(); });
    out.wakes.clear();
    for (auto &job : out.cancelRunning)
        job->cancel.cancel();
    out.cancelRunning.clear();
    if (out.notifyWaiters)
        m_stateCv.notify_all();
    out.notifyWaiters = false;
    if (!out.finished.empty()) {
        out.finished.forEach([this](const JobPtr &job) { notifyFinished(job); });
        const auto n = qint64(out.finished.size());
        out.finished.clear();
        if (m_unreported.fetch_sub(n, std::memory_order_acq_rel) == n &&
            m_idleWaiters.load(std::memory_order_acquire) > 0) {
            // Last report delivered: idle waiters may now return. Lock so none misses the wake.
            std::lock_guard lock(m_mutex);
            m_stateCv.notify_all();
        }
    }
    if (out.countersChanged) {
        out.countersChanged = false;
        touchCounters();
    }
}

void DispatcherCore::postJob(const JobPtr &job)
{
    Executor *ex = job->executor;
    auto self = shared_from_this();
    auto posted = std::make_shared<PostedJob>();
    posted->core = self;
    posted->job = job;
    posted->executorName = ex->name();
    ex->post([posted] {
        posted->ran = true;
        DispatcherCore *core = posted->core.get();
        { // Pairs with the admitting thread's unlock, so race checkers see the job's fields.
            std::lock_guard lock(core->m_mutex);
        }
        if (auto outcome = core->execute(posted->job))
            core->complete(posted->job, outcome->status, std::move(outcome->value),
                           std::move(outcome->error));
    });
}

std::optional<SyncOutcome> DispatcherCore::execute(const JobPtr &job)
{
    job->startedNs.store(monotonicNowNs(), std::memory_order_relaxed);
    if (job->start) {
        auto c = std::make_shared<Completion>();
        c->core = shared_from_this();
        c->job = job;
        c->token = CancellationToken(std::shared_ptr<CancelState>(job, &job->cancel));
        QString thrown;
        try {
            job->start(JobContext(c));
        } catch (const std::exception &e) {
            thrown = QString::fromLocal8Bit(e.what());
            if (thrown.isEmpty())
                thrown = Dispatcher::tr("the job threw an exception");
        } catch (...) {
            thrown = Dispatcher::tr("the job threw an exception that is not a std::exception");
        }
        if (!thrown.isNull() && !c->done.exchange(true))
            complete(job, JobStatus::Failed, {}, std::move(thrown));
        return std::nullopt;
    }

    SyncOutcome o;
    try {
        o.value = job->run(CancellationToken(std::shared_ptr<CancelState>(job, &job->cancel)));
    } catch (const std::exception &e) {
        o.status = JobStatus::Failed;
        o.error = QString::fromLocal8Bit(e.what());
        if (o.error.isEmpty())
            o.error = Dispatcher::tr("the job threw an exception");
    } catch (...) {
        o.status = JobStatus::Failed;
        o.error = Dispatcher::tr("the job threw an exception that is not a std::exception");
    }
    if (o.status == JobStatus::Succeeded && job->cancel.cancelled.load(std::memory_order_acquire)) {
        o.status = JobStatus::Cancelled;
        o.error = Dispatcher::tr("cancelled while running");
    }
    return o;
}

JobPtr DispatcherCore::takeLocked(LoopPool *pool, Deferred &out)
{
    JobPtr job;
    if (!pool->runQueue.empty()) {
        job = std::move(pool->runQueue.front());
        pool->runQueue.pop_front();
    }
    // Fill a slot a finish just freed; with an empty run queue the first admitted job is ours.
    dispatchLocked(pool, &job, out);
    return job;
}

void DispatcherCore::runnerLoop(LoopPool *pool)
{
    Runner *runner = nullptr;
    Deferred out;
    // Jobs this worker finished, dropped with the lock released (their state and the callables'
    // captures may be freed then, and must not run under the dispatcher lock) and in batches:
    // freeing a job's state costs about as much as the rest of a hand-off, so a worker with a
    // backlog pays it in one gap out of kRetireBatch, and an idle one before it parks.
    std::vector<JobPtr> retired;
    retired.reserve(kRetireBatch);
    // Taking the lock first also pairs with the admitting thread's unlock, so race checkers
    // see the job's fields.
    std::unique_lock lock(m_mutex);
    for (;;) {
        // Every worker gets here counted in pool->looking: started or woken.
        --pool->looking;
        if (JobPtr job = takeLocked(pool, out)) {
            ++pool->executing;
            for (;;) {
                // Leave what is left to another worker: wake one if nobody else is looking.
                wakeLocked(pool, out);
                lock.unlock();
                runDeferred(out);
                if (retired.size() >= kRetireBatch)
                    retired.clear();
                auto outcome = execute(job);
                qint64 finishedNs = 0, wallNs = 0;
                if (outcome) { // stamped before the lock: the lock is not part of the job
                    finishedNs = monotonicNowNs();
                    wallNs = wallFromMonotonic(finishedNs);
                }
                lock.lock();
                if (outcome)
                    finishLocked(job, outcome->status, std::move(outcome->value),
                                 std::move(outcome->error), out, finishedNs, wallNs);
                // The finishing worker takes its next job itself, under the one lock it needs
                // anyway to record the finish: no hand-off and no wake-up while a backlog lasts.
                JobPtr next = takeLocked(pool, out);
                if (!next)
                    break;
                retired.push_back(std::move(job));
                job = std::move(next);
            }
            retired.push_back(std::move(job));
            --pool->executing;
        }
        // Nothing to take. The lock is held; `out` may hold notifications of the last job.
        if (m_shutdown) {
            --pool->runners;
            lock.unlock();
            runDeferred(out);
            retired.clear();
            return;
        }
        if (!runner) {
            m_runnerStore.push_back(std::make_unique<Runner>());
            runner = m_runnerStore.back().get();
        }
        pool->idle.push_back(runner);
        lock.unlock();
        runDeferred(out);
        retired.clear();
        // Parks without a timeout: an idle dispatcher wakes nobody. Whoever pops this worker
        // from pool->idle counts it as looking and posts it.
        runner->wait();
        lock.lock();
    }
}

bool DispatcherCore::complete(const JobPtr &job, JobStatus status, QVariant value, QString error)
{
    Deferred out;
    {
        std::lock_guard lock(m_mutex);
        if (job->status.load(std::memory_order_relaxed) != JobStatus::Running)
            return false;
        finishLocked(job, status, std::move(value), std::move(error), out);
        dispatchLocked(nullptr, nullptr, out);
    }
    runDeferred(out);
    return true;
}

CancelOutcome DispatcherCore::cancel(const JobPtr &job)
{
    Deferred out;
    CancelOutcome outcome;
    {
        std::lock_guard lock(m_mutex);
        const JobStatus st = job->status.load(std::memory_order_relaxed);
        if (isFinal(st)) {
            return CancelOutcome::AlreadyFinished;
        } else if (st == JobStatus::Queued) {
            if (endQueuedLocked(job, JobStatus::Cancelled,
                                Dispatcher::tr("cancelled before it started"), out))
                dispatchLocked(nullptr, nullptr, out);
            outcome = CancelOutcome::Dequeued;
        } else {
            out.cancelRunning.push_back(job);
            outcome = CancelOutcome::Requested;
        }
    }
    runDeferred(out);
    return outcome;
}

int DispatcherCore::cancelKey(const QString &key)
{
    Deferred out;
    int count = 0;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_keys.find(key);
        if (it == m_keys.end())
            return 0;
        KeyState *ks = &it->second;
        // Jobs that hold this key beside others also wait in those keys' queues, whose next
        // jobs may now compete.
        std::vector<KeyState *> others;
        for (auto &[prio, dq] : ks->waiting) {
            Q_UNUSED(prio);
            for (auto &job : dq) {
                if (job->status.load(std::memory_order_relaxed) != JobStatus::Queued)
                    continue;
                if (!job->moreKeys.empty()) {
                    others.push_back(job->keyState);
                    others.insert(others.end(), job->moreKeys.begin(), job->moreKeys.end());
                }
                finishLocked(job, JobStatus::Cancelled, {},
                             Dispatcher::tr("cancelled before it started"), out);
                ++count;
            }
        }
        ks->waiting.clear();
        ks->head = nullptr;
        if (ks->running) {
            out.cancelRunning.push_back(ks->running->shared_from_this());
            ++count;
        }
        std::sort(others.begin(), others.end());
        others.erase(std::unique(others.begin(), others.end()), others.end());
        others.erase(std::remove(others.begin(), others.end(), ks), others.end());
        refreshAndDropKeysLocked(ks, others);
        if (!others.empty())
            dispatchLocked(nullptr, nullptr, out);
    }
    runDeferred(out);
    return count;
}

int DispatcherCore::cancelAllQueuedLocked(Deferred &out)
{
    int count = 0;
    auto cancelDeque = [&](std::deque<JobPtr> &dq) {
        for (auto &job : dq) {
            if (job->status.load(std::memory_order_relaxed) != JobStatus::Queued)
                continue;
            finishLocked(job, JobStatus::Cancelled, {},
                         Dispatcher::tr("cancelled before it started"), out);
            ++count;
        }
    };
    for (auto &entry : m_unkeyed)
        cancelDeque(entry.second);
    m_unkeyed.clear();
    m_readyKeys.clear();
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        KeyState &ks = it->second;
        for (auto &entry : ks.waiting)
            cancelDeque(entry.second);
        ks.waiting.clear();
        ks.head = nullptr;
        ks.inReady = false;
        if (!ks.busy)
            it = m_keys.erase(it);
        else
            ++it;
    }
    return count;
}

int DispatcherCore::cancelQueued(bool alsoRunning)
{
    Deferred out;
    int count = 0;
    {
        std::lock_guard lock(m_mutex);
        count = cancelAllQueuedLocked(out);
        if (alsoRunning) {
            for (JobState *j = m_runHead; j; j = j->runNext) {
                out.cancelRunning.push_back(j->shared_from_this());
                ++count;
            }
        }
    }
    runDeferred(out);
    return count;
}

void DispatcherCore::setPaused(bool p)
{
    Deferred out;
    {
        std::lock_guard lock(m_mutex);
        paused.store(p, std::memory_order_relaxed);
        if (!p)
            dispatchLocked(nullptr, nullptr, out);
    }
    runDeferred(out);
    touchCounters();
}

bool DispatcherCore::setCap(int newCap)
{
    Deferred out;
    {
        std::lock_guard lock(m_mutex);
        if (m_shutdown)
            return false;
        cap.store(newCap, std::memory_order_relaxed);
        dispatchLocked(nullptr, nullptr, out);
    }
    runDeferred(out);
    prestartRunners(m_pool, std::min(newCap, kMaxPrestartedRunners));
    touchCounters();
    return true;
}

void DispatcherCore::prestartRunners(Executor *ex, int count)
{
    LoopPool *pool = nullptr;
    int missing = 0;
    {
        std::lock_guard lock(m_mutex);
        if (m_shutdown)
            return;
        pool = loopPoolLocked(ex);
        missing = std::max(0, count - pool->runners);
        pool->runners += missing;
        pool->looking += missing; // each looks at the run queue once it runs
    }
    if (missing == 0)
        return;
    // Start one worker now and let it start the others: the caller (a constructor, setCap)
    // pays for one thread, not for `missing`, and jobs admitted meanwhile are taken by
    // whichever worker is up first.
    auto self = shared_from_this();
    ex->post([self, pool, missing] {
        for (int i = 1; i < missing; ++i)
            pool->executor->post([self, pool] { self->runnerLoop(pool); });
        self->runnerLoop(pool);
    });
}

bool DispatcherCore::waitForIdle(int msecs)
{
    std::unique_lock lock(m_mutex);
    // Idle includes every finished job's notifications having run.
    auto isIdle = [this] {
        return queued.load(std::memory_order_relaxed) == 0 &&
               running.load(std::memory_order_relaxed) == 0 &&
               m_unreported.load(std::memory_order_acquire) == 0;
    };
    ++m_idleWaiters;
    bool ok;
    if (msecs < 0) {
        m_stateCv.wait(lock, isIdle);
        ok = true;
    } else {
        ok = m_stateCv.wait_for(lock, std::chrono::milliseconds(msecs), isIdle);
    }
    --m_idleWaiters;
    return ok;
}

bool DispatcherCore::waitForJob(const JobPtr &job, int msecs)
{
    std::unique_lock lock(m_mutex);
    auto done = [&job] { return isFinal(job->status.load(std::memory_order_acquire)); };
    ++job->waiters;
    bool ok;
    if (msecs < 0) {
        m_stateCv.wait(lock, done);
        ok = true;
    } else {
        ok = m_stateCv.wait_for(lock, std::chrono::milliseconds(msecs), done);
    }
    --job->waiters;
    return ok;
}

ShutdownReport DispatcherCore::shutdown(int msecs)
{
    ShutdownReport report;
    Deferred out;
    {
        std::lock_guard lock(m_mutex);
        m_shutdown = true;
        accepting.store(false, std::memory_order_relaxed);
        report.cancelledQueued = cancelAllQueuedLocked(out);
        for (JobState *j = m_runHead; j; j = j->runNext)
            out.cancelRunning.push_back(j->shared_from_this());
        // Parked workers look once more (admitted jobs still run, with cancelled tokens) and
        // then end.
        auto release = [&out](LoopPool &pool) {
            for (Runner *r : pool.idle) {
                ++pool.looking;
                out.wakes.push_back(r);
            }
            pool.idle.clear();
        };
        release(m_mainPool);
        for (auto &entry : m_otherPools)
            release(*entry.second);
    }
    runDeferred(out);

    std::unique_lock lock(m_mutex);
    auto noneRunning = [this] { return running.load(std::memory_order_relaxed) == 0; };
    ++m_idleWaiters;
    if (msecs < 0)
        m_stateCv.wait(lock, noneRunning);
    else
        m_stateCv.wait_for(lock, std::chrono::milliseconds(msecs), noneRunning);
    --m_idleWaiters;
    for (JobState *j = m_runHead; j; j = j->runNext)
        report.unfinished.append(j->id);
    report.clean = report.unfinished.isEmpty();
    return report;
}

void DispatcherCore::detachFacade()
{
    std::lock_guard lock(m_facadeMutex);
    m_facade = nullptr;
}

QStringList DispatcherCore::busyKeys() const
{
    std::lock_guard lock(m_mutex);
    QStringList keys;
    for (const auto &[key, ks] : m_keys)
        if (ks.busy)
            keys.append(key);
    keys.sort();
    return keys;
}

void DispatcherCore::notifyFinished(const JobPtr &job)
{
    const bool wantSignal = finishedSignalConnected.load(std::memory_order_relaxed);
    if (!wantSignal && !job->onFinished)
        return;
    const JobResult result = job->toResult();
    if (wantSignal) {
        std::lock_guard lock(m_facadeMutex);
        if (m_facade)
            Q_EMIT m_facade->jobFinished(result);
    }
    if (!job->onFinished)
        return;
    if (!job->hasContext) {
        job->onFinished(result);
        return;
    }
    if (QObject *ctx = job->context.data())
        postTo(
            ctx, [fn = job->onFinished, result] { fn(result); }, Qt::QueuedConnection);
}

void DispatcherCore::touchCounters()
{
    if (countersPending.load(std::memory_order_relaxed) ||
        countersPending.exchange(true, std::memory_order_acq_rel))
        return;
    std::lock_guard lock(m_facadeMutex);
    if (!m_facade) {
        countersPending.store(false, std::memory_order_relaxed);
        return;
    }
    Dispatcher *facade = m_facade;
    QMetaObject::invokeMethod(facade, &Dispatcher::flushCounters, Qt::QueuedConnection);
}

void DispatcherCore::deadlineLoop()
{
    // Sleeps until the earliest deadline of a queued job; with none, it waits without a
    // timeout, so it wakes nobody while no job has a deadline.
    std::unique_lock lock(m_mutex);
    while (!m_deadlineStop) {
        if (m_deadlines.empty()) {
            m_deadlineCv.wait(lock);
            continue;
        }
        const auto first = m_deadlines.begin()->first;
        if (MonoClock::now() < first) {
            m_deadlineCv.wait_until(lock, first);
            continue;
        }
        Deferred out;
        bool unreserved = false;
        const auto now = MonoClock::now();
        while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
            JobPtr job = m_deadlines.begin()->second.lock();
            m_deadlines.erase(m_deadlines.begin());
            if (!job)
                continue;
            job->hasDeadlineEntry = false;
            if (job->status.load(std::memory_order_relaxed) != JobStatus::Queued)
                continue;
            unreserved |=
                endQueuedLocked(job, JobStatus::TimedOut,
                                Dispatcher::tr("still queued at its deadline; never started"), out);
        }
        if (unreserved)
            dispatchLocked(nullptr, nullptr, out);
        lock.unlock();
        runDeferred(out);
        lock.lock();
    }
}

} // namespace detail

// ---- Dispatcher (the facade) ------------------------------------------------------------

Dispatcher::Dispatcher(int cap, QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<PoolExecutor>())
{
    if (cap < kMinCap || cap > kMaxCap) {
        qCWarning(lcDispatcher, "cap %d is outside [%d, %d]; using %d", cap, kMinCap, kMaxCap,
                  std::clamp(cap, kMinCap, kMaxCap));
        cap = std::clamp(cap, kMinCap, kMaxCap);
    }
    d = std::make_shared<detail::DispatcherCore>(this, m_pool.get(), cap);
    m_counterTimer.setSingleShot(true);
    connect(&m_counterTimer, &QTimer::timeout, this, &Dispatcher::flushCounters);
    d->prestartRunners(m_pool.get(), std::min(cap, detail::kMaxPrestartedRunners));
}

Dispatcher::~Dispatcher()
{
    d->detachFacade();
    const ShutdownReport report = d->shutdown(-1);
    Q_UNUSED(report);
    m_pool->waitForDone();
}

JobHandle Dispatcher::submit(JobSpec spec)
{
    return d->submit(std::move(spec));
}

bool Dispatcher::setCap(int newCap, QString *error)
{
    if (newCap < kMinCap || newCap > kMaxCap) {
        if (error)
            *error = tr("The cap must be between %1 and %2 jobs at once; %3 is out of range.")
                         .arg(kMinCap)
                         .arg(kMaxCap)
                         .arg(newCap);
        return false;
    }
    if (!d->setCap(newCap)) {
        if (error)
            *error = tr("The dispatcher is shut down.");
        return false;
    }
    return true;
}

int Dispatcher::cap() const
{
    return d->cap.load(std::memory_order_relaxed);
}

int Dispatcher::cancelKey(const QString &key)
{
    return d->cancelKey(key);
}

int Dispatcher::cancelQueued()
{
    return d->cancelQueued(false);
}

int Dispatcher::cancelAll()
{
    return d->cancelQueued(true);
}

void Dispatcher::pause()
{
    d->setPaused(true);
}

void Dispatcher::resume()
{
    d->setPaused(false);
}

bool Dispatcher::isPaused() const
{
    return d->paused.load(std::memory_order_relaxed);
}

bool Dispatcher::isBusy() const
{
    return d->queued.load(std::memory_order_relaxed) + d->running.load(std::memory_order_relaxed) >
           0;
}

bool Dispatcher::waitForIdle(int msecs)
{
    return d->waitForIdle(msecs);
}

ShutdownReport Dispatcher::shutdown(int msecs)
{
    return d->shutdown(msecs);
}

bool Dispatcher::isShutDown() const
{
    return !d->accepting.load(std::memory_order_relaxed);
}

DispatcherCounters Dispatcher::counters() const
{
    DispatcherCounters c;
    c.submitted = d->submitted.load(std::memory_order_relaxed);
    c.queued = d->queued.load(std::memory_order_relaxed);
    c.running = d->running.load(std::memory_order_relaxed);
    c.succeeded = d->succeeded.load(std::memory_order_relaxed);
    c.failed = d->failed.load(std::memory_order_relaxed);
    c.cancelled = d->cancelled.load(std::memory_order_relaxed);
    c.timedOut = d->timedOut.load(std::memory_order_relaxed);
    c.rejected = d->rejected.load(std::memory_order_relaxed);
    c.peakRunning = d->peakRunning.load(std::memory_order_relaxed);
    c.cap = d->cap.load(std::memory_order_relaxed);
    c.paused = d->paused.load(std::memory_order_relaxed);
    return c;
}

QStringList Dispatcher::busyKeys() const
{
    return d->busyKeys();
}

Executor *Dispatcher::poolExecutor() const
{
    return m_pool.get();
}

void Dispatcher::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&Dispatcher::jobFinished))
        d->finishedSignalConnected.store(true, std::memory_order_relaxed);
}

void Dispatcher::disconnectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&Dispatcher::jobFinished) &&
        !isSignalConnected(QMetaMethod::fromSignal(&Dispatcher::jobFinished)))
        d->finishedSignalConnected.store(false, std::memory_order_relaxed);
}

void Dispatcher::flushCounters()
{
    if (m_sinceLastCounters.isValid()) {
        const qint64 elapsed = m_sinceLastCounters.elapsed();
        if (elapsed < kCounterIntervalMs) {
            if (!m_counterTimer.isActive())
                m_counterTimer.start(int(kCounterIntervalMs - elapsed));
            return;
        }
    }
    // Clear the flag before reading: a change after this read posts a new flush.
    d->countersPending.store(false, std::memory_order_release);
    m_sinceLastCounters.start();
    const bool active = d->consumeActivity();
    const DispatcherCounters c = counters();
    Q_EMIT countersChanged(c);
    const bool nowIdle = c.queued == 0 && c.running == 0;
    if (nowIdle && (!m_wasIdle || active))
        Q_EMIT idle();
    m_wasIdle = nowIdle;
}

} // namespace ld
