// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission.h"
#include "dispatcher.h"
#include "postonce.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace ld::detail {

class DispatcherCore;

/** How many idle workers a pool keeps ready ahead of a burst, at most. */
constexpr int kMaxPrestartedRunners = 256;

/** One job's shared state. Fields above `status` are immutable after submit. */
struct JobState : std::enable_shared_from_this<JobState>
{
    JobId id = 0;
    QString key;
    int priority = 0;
    std::optional<MonoClock::time_point> deadline;
    Executor *executor = nullptr;
    SyncJobFunction run;
    AsyncJobFunction start;
    std::function<void(const JobResult &)> onFinished;
    QPointer<QObject> context;
    bool hasContext = false;
    qint64 submittedNs = 0;
    std::weak_ptr<DispatcherCore> core;

    /** Written with release once value/error/times are in place; read with acquire. */
    std::atomic<JobStatus> status{JobStatus::Queued};
    CancelState cancel;
    // Written by the one thread that finishes the job, before the release store of status.
    std::atomic<qint64> startedNs{0};
    qint64 finishedNs = 0;
    qint64 finishedWallNs = 0;
    QVariant value;
    QString error;
    FailureKind failure = FailureKind::None; ///< set by complete(); Other for an unsaid failure

    int waiters = 0; ///< threads in waitForJob(); guarded by the core mutex

    JobResult toResult() const;
};
using JobPtr = std::shared_ptr<JobState>;

/**
 * A pool worker's private wake-up. It is posted after the dispatcher lock is released, so a
 * woken worker never blocks on the lock its waker still holds. The core owns every Runner until
 * it is destroyed, so a late post never touches freed memory.
 */
struct Runner
{
    std::mutex mutex;
    std::condition_variable cv;
    bool posted = false;

    void post();
    void wait();
};

/**
 * The admitted jobs of one looping executor (a thread pool) and the workers that run them.
 * Admitted jobs wait in one shared run queue that any awake worker takes from; a parked worker
 * is woken only when no other worker is already about to look at the queue. Guarded by the
 * core mutex.
 */
struct LoopPool
{
    explicit LoopPool(Executor *ex)
        : executor(ex)
    {}
    Executor *executor;
    std::deque<JobPtr> runQueue; ///< admitted (counted as running), not yet taken; FIFO
    std::vector<Runner *> idle;  ///< parked workers
    int looking = 0;             ///< workers woken or started that will look before parking
    int runners = 0;             ///< live worker loops: parked, looking or running a job
    int executing = 0;           ///< workers between taking a job and recording its end
};

/** Finishes an asynchronous job exactly once; fails it if every JobContext copy is dropped. */
struct Completion
{
    std::shared_ptr<DispatcherCore> core;
    JobPtr job;
    CancellationToken token;
    std::atomic<bool> done{false};
    ~Completion();
};

/** What a plain function job returned. */
struct SyncOutcome
{
    JobStatus status = JobStatus::Succeeded;
    QVariant value;
    QString error;
};

/** Work to do after the lock is released: wake workers, start jobs, notify finishes. */
struct Deferred
{
    std::vector<JobPtr> starts;     ///< admitted jobs for executors that cannot loop
    std::vector<LoopPool *> spawns; ///< start one more worker loop on each
    std::vector<Runner *> wakes;
    std::vector<JobPtr> finished;      ///< finished jobs somebody listens to
    std::vector<JobPtr> cancelRunning; ///< running jobs whose tokens to cancel
    /** Ended jobs, released unlocked: destroying a job's callables may run anything. */
    std::vector<JobPtr> ended;
    bool notifyWaiters = false;
    bool countersChanged = false;
};

/**
 * The threading around Admission: the lock, the jobs' states, the workers that run them, the
 * completions and notifications. Shared by the facade, the workers and asynchronous
 * completions, so that a late completion never touches a destroyed object.
 *
 * dispatchercore.cpp holds the admission side (submit, cancel, finish, deadlines, waits);
 * dispatcherworkers.cpp the execution side (pool workers, posting to other executors,
 * running a job).
 */
class DispatcherCore : public std::enable_shared_from_this<DispatcherCore>
{
public:
    DispatcherCore(Dispatcher *facade, Executor *pool, int cap);
    ~DispatcherCore();

    JobHandle submit(JobSpec &&spec);
    bool setCap(int cap);
    CancelOutcome cancel(const JobPtr &job);
    int cancelKey(const QString &key);
    int cancelQueued(bool alsoRunning);
    void setPaused(bool paused);
    bool waitForIdle(int msecs);
    bool waitForJob(const JobPtr &job, int msecs);
    ShutdownReport shutdown(int msecs);
    void detachFacade();
    QStringList busyKeys() const;
    /** Starts workers on `executor` until it has `count`, so a first burst finds them up. */
    void prestartRunners(Executor *executor, int count);
    /** Finishes a running job from outside a runner (async completions, event-loop executors). */
    bool complete(const JobPtr &job, JobStatus status, QVariant value, QString error,
                  FailureKind failure = FailureKind::None);
    bool consumeActivity() { return m_activitySinceFlush.exchange(false); }

    // Counters: written under m_mutex, read from anywhere without it.
    std::atomic<qint64> submitted{0}, queued{0}, running{0}, succeeded{0}, failed{0}, cancelled{0},
        timedOut{0}, rejected{0}, peakRunning{0};
    std::atomic<int> cap{1};
    std::atomic<bool> paused{false};
    std::atomic<bool> accepting{true};
    std::atomic<bool> finishedSignalConnected{false};

private:
    friend struct Completion;

    // Admission side (dispatchercore.cpp).
    /** Starts what Admission allows; ends the queued jobs it found past their deadline. */
    void dispatchLocked(LoopPool *self, JobPtr *mine, Deferred &out);
    /** Hands an admitted job to its executor: `*mine` if the calling worker can run it. */
    void admitLocked(const JobPtr &job, LoopPool *self, JobPtr *mine, Deferred &out);
    /**
     * Records a job's end: out of Admission (if still there), counters, result, listeners.
     * `finishedNs`/`wallNs` 0: stamped here. Workers stamp before taking the lock.
     */
    void finishLocked(JobPtr job, JobStatus status, QVariant &&value, QString &&error,
                      Deferred &out, qint64 finishedNs = 0, qint64 wallNs = 0);
    /** Ends the given queued jobs, already out of Admission, with one status. */
    void endQueuedLocked(const std::vector<JobId> &ids, JobStatus status, const QString &error,
                         Deferred &out);
    void publishCountsLocked();
    int cancelAllQueuedLocked(Deferred &out);
    void runDeferred(Deferred &out);
    void notifyFinished(const JobPtr &job);
    void deadlineLoop();

    // Execution side (dispatcherworkers.cpp).
    void runnerLoop(LoopPool *pool);
    /** The next job for a worker of `pool`: an admitted one, or one it admits for itself. */
    JobPtr takeLocked(LoopPool *pool, Deferred &out);
    /** Makes sure some worker will look at `pool`'s run queue, waking or starting one. */
    void wakeLocked(LoopPool *pool, Deferred &out);
    LoopPool *loopPoolLocked(Executor *executor);
    /** Runs one job on this thread: the outcome of a plain job, nothing for an async one. */
    std::optional<SyncOutcome> execute(const JobPtr &job);
    void postJob(const JobPtr &job);
    /** Wakes parked workers so that they see the shutdown and end. */
    void releaseRunnersLocked(Deferred &out);

    mutable std::mutex m_mutex;
    Admission m_admission;
    std::unordered_map<JobId, JobPtr> m_jobs; ///< queued and running
    /** Notified only when a waited-on job finished, running reached 0 or the last report ran. */
    std::condition_variable m_stateCv;
    std::atomic<int> m_idleWaiters{0}; ///< in waitForIdle() or shutdown()
    /** Finished jobs whose notifications have not run yet; idle waits for them too. */
    std::atomic<qint64> m_unreported{0};
    Dispatcher *m_facade; ///< guarded by m_facadeMutex
    std::mutex m_facadeMutex;
    /** The facade's counters flush (countersChanged()), posted once until it runs. */
    std::shared_ptr<PostOnce> m_counterFlush;
    Executor *m_pool;
    std::atomic<JobId> m_nextId{0};
    bool m_shutdown = false;
    std::atomic<bool> m_activitySinceFlush{false};

    LoopPool m_mainPool; ///< for m_pool
    std::unordered_map<Executor *, std::unique_ptr<LoopPool>> m_otherPools;
    std::vector<std::unique_ptr<Runner>> m_runnerStore; ///< freed with the core only

    std::condition_variable m_deadlineCv;
    std::thread m_deadlineThread; ///< started with the first deadline
    bool m_deadlineStop = false;
};

} // namespace ld::detail
