// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher_p.h"
#include "scheduler/handoff.h"

#include <QMetaObject>
#include <algorithm>

namespace ld::detail {

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
        r.failure = r.status == JobStatus::Failed && failure == FailureKind::None
                        ? FailureKind::Other
                        : failure;
        r.startedNs = startedNs.load(std::memory_order_relaxed);
        r.finishedNs = finishedNs;
        r.finishedWallNs = finishedWallNs;
    }
    return r;
}

Completion::~Completion()
{
    if (!done.exchange(true) && core)
        core->complete(
            job, JobStatus::Failed, {},
            Dispatcher::tr("the asynchronous job dropped its context without finishing"));
}

DispatcherCore::DispatcherCore(Dispatcher *facade, Executor *pool, int initialCap)
    : m_admission(initialCap)
    , m_facade(facade)
    , m_counterFlush(PostOnce::create(facade, [facade] { facade->flushCounters(); }))
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

    AdmissionRequest request{job->id, job->priority, {}, job->deadline};
    if (!job->key.isEmpty() || !spec.alsoHolds.isEmpty()) {
        request.keys = std::move(spec.alsoHolds);
        request.keys.prepend(job->key);
    }

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
            rejected.fetch_add(1, std::memory_order_relaxed);
            job->status.store(JobStatus::Rejected, std::memory_order_release);
            out.countersChanged = true;
            if (job->onFinished || finishedSignalConnected.load(std::memory_order_relaxed)) {
                out.finished.push_back(job);
                m_unreported.fetch_add(1, std::memory_order_relaxed);
            }
        } else {
            submitted.fetch_add(1, std::memory_order_relaxed);
            const auto earliest = m_admission.nextDeadline();
            m_jobs.emplace(job->id, job);
            m_admission.enqueue(request);
            if (job->deadline) {
                // One thread sleeps until the earliest deadline; it exists after the first.
                if (!m_deadlineThread.joinable())
                    m_deadlineThread = std::thread([this] { deadlineLoop(); });
                else if (!earliest || *job->deadline < *earliest)
                    m_deadlineCv.notify_one();
            }
            dispatchLocked(nullptr, nullptr, out);
        }
    }
    if (!m_activitySinceFlush.load(std::memory_order_relaxed))
        m_activitySinceFlush.store(true, std::memory_order_relaxed);
    runDeferred(out);
    return JobHandle(job);
}

void DispatcherCore::dispatchLocked(LoopPool *self, JobPtr *mine, Deferred &out)
{
    std::vector<JobId> expired;
    // The clock is read only when some queued job has a deadline to compare with.
    const auto now = m_admission.nextDeadline() ? MonoClock::now() : MonoClock::time_point::min();
    while (const auto id = m_admission.admitNext(now, expired))
        admitLocked(m_jobs.at(*id), self, mine, out);
    endQueuedLocked(expired, JobStatus::TimedOut,
                    Dispatcher::tr("still queued at its deadline; never started"), out);
    publishCountsLocked();
}

void DispatcherCore::admitLocked(const JobPtr &job, LoopPool *self, JobPtr *mine, Deferred &out)
{
    job->status.store(JobStatus::Running, std::memory_order_release);
    out.countersChanged = true;
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

void DispatcherCore::publishCountsLocked()
{
    queued.store(m_admission.queuedCount(), std::memory_order_relaxed);
    const qint64 now = m_admission.runningCount();
    running.store(now, std::memory_order_relaxed);
    if (now > peakRunning.load(std::memory_order_relaxed))
        peakRunning.store(now, std::memory_order_relaxed);
}

void DispatcherCore::finishLocked(JobPtr job, JobStatus status, QVariant &&value, QString &&error,
                                  Deferred &out, qint64 finishedNs, qint64 wallNs)
{
    const JobStatus prev = job->status.load(std::memory_order_relaxed);
    if (isFinal(prev))
        return;
    if (prev == JobStatus::Running)
        m_admission.finishRunning(job->id);
    else
        m_admission.cancelQueued(job->id); // a no-op if Admission already let it go
    publishCountsLocked();
    m_jobs.erase(job->id);
    job->finishedNs = finishedNs ? finishedNs : monotonicNowNs();
    job->finishedWallNs = wallNs ? wallNs : wallNowNs();
    job->value = std::move(value);
    job->error = std::move(error);
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
    out.countersChanged = true;
    // Wake waiters only when what they wait for may have become true.
    if (job->waiters > 0 || (m_idleWaiters.load(std::memory_order_relaxed) > 0 &&
                             running.load(std::memory_order_relaxed) == 0))
        out.notifyWaiters = true;
    // Nobody listens: nothing to report, and the job's state is not kept alive for it.
    if (job->onFinished || finishedSignalConnected.load(std::memory_order_relaxed)) {
        out.finished.push_back(job);
        m_unreported.fetch_add(1, std::memory_order_relaxed);
    }
    out.ended.push_back(std::move(job));
}

void DispatcherCore::endQueuedLocked(const std::vector<JobId> &ids, JobStatus status,
                                     const QString &error, Deferred &out)
{
    for (JobId id : ids)
        finishLocked(m_jobs.at(id), status, {}, QString(error), out);
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
    for (Runner *r : out.wakes)
        r->post();
    out.wakes.clear();
    for (auto &job : out.cancelRunning)
        job->cancel.cancel();
    out.cancelRunning.clear();
    if (out.notifyWaiters)
        m_stateCv.notify_all();
    out.notifyWaiters = false;
    if (!out.finished.empty()) {
        for (const JobPtr &job : out.finished)
            notifyFinished(job);
        const auto n = qint64(out.finished.size());
        out.finished.clear();
        if (m_unreported.fetch_sub(n, std::memory_order_acq_rel) == n &&
            m_idleWaiters.load(std::memory_order_acquire) > 0) {
            // Last report delivered: idle waiters may now return. Lock so none misses the wake.
            std::lock_guard lock(m_mutex);
            m_stateCv.notify_all();
        }
    }
    out.ended.clear();
    if (out.countersChanged) {
        out.countersChanged = false;
        m_counterFlush->request();
    }
}

bool DispatcherCore::complete(const JobPtr &job, JobStatus status, QVariant value, QString error,
                              FailureKind failure)
{
    Deferred out;
    {
        std::lock_guard lock(m_mutex);
        if (job->status.load(std::memory_order_relaxed) != JobStatus::Running)
            return false;
        job->failure = failure;
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
        if (isFinal(st))
            return CancelOutcome::AlreadyFinished;
        if (st == JobStatus::Queued) {
            finishLocked(job, JobStatus::Cancelled, {},
                         Dispatcher::tr("cancelled before it started"), out);
            dispatchLocked(nullptr, nullptr, out); // it may have reserved keys for itself
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
        JobId holder = 0;
        const std::vector<JobId> ids = m_admission.cancelKey(key, &holder);
        endQueuedLocked(ids, JobStatus::Cancelled, Dispatcher::tr("cancelled before it started"),
                        out);
        count = int(ids.size());
        if (holder) {
            out.cancelRunning.push_back(m_jobs.at(holder));
            ++count;
        }
        if (!ids.empty())
            dispatchLocked(nullptr, nullptr, out);
    }
    runDeferred(out);
    return count;
}

int DispatcherCore::cancelAllQueuedLocked(Deferred &out)
{
    const std::vector<JobId> ids = m_admission.cancelAllQueued();
    endQueuedLocked(ids, JobStatus::Cancelled, Dispatcher::tr("cancelled before it started"), out);
    return int(ids.size());
}

int DispatcherCore::cancelQueued(bool alsoRunning)
{
    Deferred out;
    int count = 0;
    {
        std::lock_guard lock(m_mutex);
        count = cancelAllQueuedLocked(out);
        if (alsoRunning) {
            for (JobId id : m_admission.runningJobs()) {
                out.cancelRunning.push_back(m_jobs.at(id));
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
        m_admission.setPaused(p);
        paused.store(p, std::memory_order_relaxed);
        dispatchLocked(nullptr, nullptr, out);
    }
    runDeferred(out);
    m_counterFlush->request();
}

bool DispatcherCore::setCap(int newCap)
{
    Deferred out;
    {
        std::lock_guard lock(m_mutex);
        if (m_shutdown)
            return false;
        m_admission.setCap(newCap);
        cap.store(newCap, std::memory_order_relaxed);
        dispatchLocked(nullptr, nullptr, out);
    }
    runDeferred(out);
    prestartRunners(m_pool, std::min(newCap, kMaxPrestartedRunners));
    m_counterFlush->request();
    return true;
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
        for (JobId id : m_admission.runningJobs())
            out.cancelRunning.push_back(m_jobs.at(id));
        releaseRunnersLocked(out);
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
    for (JobId id : m_admission.runningJobs())
        report.unfinished.append(id);
    report.clean = report.unfinished.isEmpty();
    return report;
}

void DispatcherCore::detachFacade()
{
    m_counterFlush->detach();
    std::lock_guard lock(m_facadeMutex);
    m_facade = nullptr;
}

QStringList DispatcherCore::busyKeys() const
{
    std::lock_guard lock(m_mutex);
    return m_admission.busyKeys();
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

void DispatcherCore::deadlineLoop()
{
    // Sleeps until the earliest deadline of a queued job; with none, it waits without a
    // timeout, so it wakes nobody while no job has a deadline.
    std::unique_lock lock(m_mutex);
    while (!m_deadlineStop) {
        const auto first = m_admission.nextDeadline();
        if (!first) {
            m_deadlineCv.wait(lock);
            continue;
        }
        if (MonoClock::now() < *first) {
            m_deadlineCv.wait_until(lock, *first);
            continue;
        }
        Deferred out;
        endQueuedLocked(m_admission.expire(MonoClock::now()), JobStatus::TimedOut,
                        Dispatcher::tr("still queued at its deadline; never started"), out);
        dispatchLocked(nullptr, nullptr, out); // an expired job may have reserved keys
        lock.unlock();
        runDeferred(out);
        lock.lock();
    }
}

} // namespace ld::detail
