// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"
#include "dispatcher_p.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("ld::Dispatcher", text);
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
            core->complete(
                job, JobStatus::Failed, {},
                tr("the executor '%1' stopped before the job could run").arg(executorName));
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

Completion::~Completion()
{
    if (!done.exchange(true) && core)
        core->complete(job, JobStatus::Failed, {},
                       tr("the asynchronous job dropped its context without finishing"));
}

DispatcherCore::DispatcherCore(Dispatcher *facade, Executor *pool, int initialCap)
    : m_facade(facade)
    , m_pool(pool)
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
        rejection = tr("the job has no function to run");
    else if (job->run && job->start)
        rejection = tr("the job has both a plain and an asynchronous function; set exactly one");

    Deferred out;
    {
        std::lock_guard lock(m_mutex);
        if (rejection.isEmpty() && m_shutdown)
            rejection = tr("the dispatcher is shut down and accepts no more jobs");
        if (!rejection.isEmpty()) {
            job->finishedNs = monotonicNowNs();
            job->finishedWallNs = wallNowNs();
            job->error = rejection;
            rejected.fetch_add(1, std::memory_order_relaxed);
            job->status.store(JobStatus::Rejected, std::memory_order_release);
            out.finished.push_back(job);
            m_unreported.fetch_add(1, std::memory_order_relaxed);
        } else {
            job->seq = m_nextSeq++;
            submitted.fetch_add(1, std::memory_order_relaxed);
            queued.fetch_add(1, std::memory_order_relaxed);
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
            enqueueLocked(job);
            dispatchLocked(nullptr, nullptr, out);
        }
    }
    if (!m_activitySinceFlush.load(std::memory_order_relaxed))
        m_activitySinceFlush.store(true, std::memory_order_relaxed);
    runDeferred(out);
    return JobHandle(job);
}

void DispatcherCore::enqueueLocked(const JobPtr &job)
{
    if (job->key.isEmpty()) {
        m_unkeyed[job->priority].push_back(job);
        return;
    }
    auto it = m_keys.find(job->key);
    if (it == m_keys.end()) {
        it = m_keys.emplace(job->key, KeyState{}).first;
        it->second.key = job->key;
    }
    KeyState *ks = &it->second;
    job->keyState = ks;
    ks->waiting[job->priority].push_back(job);
    ++ks->waitingCount;
    if (!ks->busy)
        refreshKeyReadyLocked(ks);
}

void DispatcherCore::refreshKeyReadyLocked(KeyState *ks)
{
    // Drop jobs that ended while queued (cancelled, timed out) from the fronts, then let the
    // key's best live job compete in the global order with its original sequence number, so a
    // key that was busy keeps its place and is not starved.
    const JobState *best = nullptr;
    for (auto it = ks->waiting.begin(); it != ks->waiting.end() && !best;) {
        auto &dq = it->second;
        while (!dq.empty() &&
               dq.front()->status.load(std::memory_order_relaxed) != JobStatus::Queued) {
            dq.pop_front();
            --ks->waitingCount;
        }
        if (dq.empty()) {
            it = ks->waiting.erase(it);
            continue;
        }
        best = dq.front().get();
    }
    const QueueOrder order = best ? QueueOrder{best->priority, best->seq} : QueueOrder{0, 0};
    if (ks->inReady && (!best || ks->busy || order.priority != ks->readyOrder.priority ||
                        order.seq != ks->readyOrder.seq)) {
        m_readyKeys.erase({ks->readyOrder, ks});
        ks->inReady = false;
    }
    if (best && !ks->busy && !ks->inReady) {
        ks->readyOrder = order;
        m_readyKeys.insert({order, ks});
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

void DispatcherCore::releaseKeyLocked(KeyState *ks)
{
    ks->busy = false;
    ks->running = nullptr;
    refreshKeyReadyLocked(ks);
    dropKeyIfUnusedLocked(ks);
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
            auto first = ks->waiting.begin();
            job = std::move(first->second.front());
            first->second.pop_front();
            --ks->waitingCount;
            if (first->second.empty())
                ks->waiting.erase(first);
        } else {
            job = std::move(unkeyed->front());
            unkeyed->pop_front();
        }

        if (job->deadline && *job->deadline <= MonoClock::now()) {
            KeyState *ks = job->keyState;
            finishLocked(job, JobStatus::TimedOut, {},
                         tr("still queued at its deadline; never started"), out);
            if (ks) {
                refreshKeyReadyLocked(ks);
                dropKeyIfUnusedLocked(ks);
            }
            continue;
        }
        return job;
    }
}

void DispatcherCore::admitLocked(const JobPtr &job, Executor *self, JobPtr *mine, Deferred &out)
{
    queued.fetch_sub(1, std::memory_order_relaxed);
    const qint64 now = running.fetch_add(1, std::memory_order_relaxed) + 1;
    if (now > peakRunning.load(std::memory_order_relaxed))
        peakRunning.store(now, std::memory_order_relaxed);
    job->status.store(JobStatus::Running, std::memory_order_release);
    if (KeyState *ks = job->keyState) {
        ks->busy = true;
        ks->running = job.get();
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
    if (mine && !*mine && ex == self) {
        *mine = job;
        return;
    }
    if (ex->runsLoops()) {
        auto &idle = m_idleRunners[ex];
        if (!idle.empty()) {
            Runner *r = idle.back();
            idle.pop_back();
            r->next = job;
            // Notify under the lock: once we let go, the runner may run the job, park again
            // or exit, and its Runner (on its stack) may be gone.
            r->cv.notify_one();
            return;
        }
        ++m_runnerCount[ex];
    }
    out.starts.push_back({job, nullptr});
}

void DispatcherCore::dispatchLocked(Executor *self, JobPtr *mine, Deferred &out)
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
                                  QString &&error, Deferred &out)
{
    const JobStatus prev = job->status.load(std::memory_order_relaxed);
    if (isFinal(prev))
        return;
    job->finishedNs = monotonicNowNs();
    job->finishedWallNs = wallNowNs();
    job->value = std::move(value);
    job->error = std::move(error);
    if (prev == JobStatus::Running) {
        running.fetch_sub(1, std::memory_order_relaxed);
        if (job->runPrev)
            job->runPrev->runNext = job->runNext;
        else
            m_runHead = job->runNext;
        if (job->runNext)
            job->runNext->runPrev = job->runPrev;
        job->runPrev = job->runNext = nullptr;
        if (KeyState *ks = job->keyState)
            releaseKeyLocked(ks);
    } else {
        queued.fetch_sub(1, std::memory_order_relaxed);
        if (job->hasDeadlineEntry) {
            m_deadlines.erase(job->deadlineIt);
            job->hasDeadlineEntry = false;
        }
    }
    job->keyState = nullptr;
    switch (status) {
    case JobStatus::Succeeded:
        succeeded.fetch_add(1, std::memory_order_relaxed);
        break;
    case JobStatus::Cancelled:
        cancelled.fetch_add(1, std::memory_order_relaxed);
        break;
    case JobStatus::TimedOut:
        timedOut.fetch_add(1, std::memory_order_relaxed);
        break;
    default:
        status = JobStatus::Failed;
        failed.fetch_add(1, std::memory_order_relaxed);
        break;
    }
    job->status.store(status, std::memory_order_release);
    out.finished.push_back(job);
    m_unreported.fetch_add(1, std::memory_order_relaxed);
    if (m_waiters.load(std::memory_order_relaxed) > 0)
        out.notifyWaiters = true;
}

void DispatcherCore::runDeferred(Deferred &out)
{
    for (auto &s : out.starts)
        postJob(s.job);
    for (auto &job : out.cancelRunning)
        job->cancel.cancel();
    if (out.notifyWaiters)
        m_stateCv.notify_all();
    for (auto &job : out.finished)
        notifyFinished(job);
    if (!out.finished.empty() &&
        m_unreported.fetch_sub(qint64(out.finished.size()), std::memory_order_acq_rel) ==
            qint64(out.finished.size()) &&
        m_waiters.load(std::memory_order_acquire) > 0) {
        // Last report delivered: idle waiters may now return. Lock so none misses the wake.
        std::lock_guard lock(m_mutex);
        m_stateCv.notify_all();
    }
    if (!out.finished.empty() || !out.starts.empty())
        touchCounters();
}

void DispatcherCore::postJob(const JobPtr &job)
{
    Executor *ex = job->executor;
    auto self = shared_from_this();
    if (ex->runsLoops()) {
        ex->post([self, ex, job]() mutable { self->runnerLoop(ex, std::move(job)); });
        return;
    }
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
                thrown = tr("the job threw an exception");
        } catch (...) {
            thrown = tr("the job threw an exception that is not a std::exception");
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
            o.error = tr("the job threw an exception");
    } catch (...) {
        o.status = JobStatus::Failed;
        o.error = tr("the job threw an exception that is not a std::exception");
    }
    if (o.status == JobStatus::Succeeded && job->cancel.cancelled.load(std::memory_order_acquire)) {
        o.status = JobStatus::Cancelled;
        o.error = tr("cancelled while running");
    }
    return o;
}

void DispatcherCore::runnerLoop(Executor *ex, JobPtr job)
{
    Runner self;
    // Taking the lock first also pairs with the admitting thread's unlock, so race checkers
    // see the job's fields.
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (job) {
            lock.unlock();
            auto outcome = execute(job);
            Deferred out;
            lock.lock();
            // The finishing worker takes its next job itself, under the one lock it needs
            // anyway to record the finish: no hand-off and no wake-up while a backlog lasts.
            if (outcome)
                finishLocked(job, outcome->status, std::move(outcome->value),
                             std::move(outcome->error), out);
            job.reset();
            dispatchLocked(ex, &job, out);
            // Park before notifying, so a job submitted meanwhile is handed to this worker
            // instead of starting another one.
            if (!job && !m_shutdown)
                m_idleRunners[ex].push_back(&self);
            lock.unlock();
            runDeferred(out);
            lock.lock();
            if (job)
                continue;
        } else if (!m_shutdown) {
            m_idleRunners[ex].push_back(&self);
        }
        if (m_shutdown && !self.next) {
            auto &idle = m_idleRunners[ex];
            idle.erase(std::remove(idle.begin(), idle.end(), &self), idle.end());
            --m_runnerCount[ex];
            return;
        }
        self.cv.wait(lock, [&self] { return self.next || self.exit; });
        if (!self.next) {
            --m_runnerCount[ex];
            return;
        }
        job = std::move(self.next);
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
            KeyState *ks = job->keyState;
            finishLocked(job, JobStatus::Cancelled, {}, tr("cancelled before it started"), out);
            if (ks) {
                refreshKeyReadyLocked(ks);
                dropKeyIfUnusedLocked(ks);
            }
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
        for (auto &[prio, dq] : ks->waiting) {
            Q_UNUSED(prio);
            for (auto &job : dq) {
                if (job->status.load(std::memory_order_relaxed) != JobStatus::Queued)
                    continue;
                finishLocked(job, JobStatus::Cancelled, {}, tr("cancelled before it started"), out);
                ++count;
            }
        }
        ks->waiting.clear();
        ks->waitingCount = 0;
        if (ks->running) {
            out.cancelRunning.push_back(ks->running->shared_from_this());
            ++count;
        }
        refreshKeyReadyLocked(ks);
        dropKeyIfUnusedLocked(ks);
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
            finishLocked(job, JobStatus::Cancelled, {}, tr("cancelled before it started"), out);
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
        ks.waitingCount = 0;
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
    int missing = 0;
    {
        std::lock_guard lock(m_mutex);
        if (m_shutdown)
            return;
        missing = std::max(0, count - m_runnerCount[ex]);
        m_runnerCount[ex] += missing;
    }
    auto self = shared_from_this();
    for (int i = 0; i < missing; ++i)
        ex->post([self, ex] { self->runnerLoop(ex, nullptr); });
}

bool DispatcherCore::waitForIdle(int msecs)
{
    std::unique_lock lock(m_mutex);
    auto isIdle = [this] {
        return queued.load(std::memory_order_relaxed) == 0 &&
               running.load(std::memory_order_relaxed) == 0;
    };
    ++m_waiters;
    bool ok;
    if (msecs < 0) {
        m_stateCv.wait(lock, isIdle);
        ok = true;
    } else {
        ok = m_stateCv.wait_for(lock, std::chrono::milliseconds(msecs), isIdle);
    }
    --m_waiters;
    return ok;
}

bool DispatcherCore::waitForJob(const JobPtr &job, int msecs)
{
    std::unique_lock lock(m_mutex);
    auto done = [&job] { return isFinal(job->status.load(std::memory_order_acquire)); };
    ++m_waiters;
    bool ok;
    if (msecs < 0) {
        m_stateCv.wait(lock, done);
        ok = true;
    } else {
        ok = m_stateCv.wait_for(lock, std::chrono::milliseconds(msecs), done);
    }
    --m_waiters;
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
        for (auto &[ex, idle] : m_idleRunners) {
            Q_UNUSED(ex);
            for (Runner *r : idle) {
                r->exit = true;
                r->cv.notify_one();
            }
            idle.clear();
        }
    }
    runDeferred(out);

    std::unique_lock lock(m_mutex);
    auto noneRunning = [this] { return running.load(std::memory_order_relaxed) == 0; };
    ++m_waiters;
    if (msecs < 0)
        m_stateCv.wait(lock, noneRunning);
    else
        m_stateCv.wait_for(lock, std::chrono::milliseconds(msecs), noneRunning);
    --m_waiters;
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
        QMetaObject::invokeMethod(
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
        const auto now = MonoClock::now();
        while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
            JobPtr job = m_deadlines.begin()->second.lock();
            m_deadlines.erase(m_deadlines.begin());
            if (!job)
                continue;
            job->hasDeadlineEntry = false;
            if (job->status.load(std::memory_order_relaxed) != JobStatus::Queued)
                continue;
            KeyState *ks = job->keyState;
            finishLocked(job, JobStatus::TimedOut, {},
                         tr("still queued at its deadline; never started"), out);
            if (ks) {
                refreshKeyReadyLocked(ks);
                dropKeyIfUnusedLocked(ks);
            }
        }
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
