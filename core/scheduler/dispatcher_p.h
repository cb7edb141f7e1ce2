// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatcher.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>
#include <vector>

namespace ld::detail {

class DispatcherCore;
struct KeyState;

/** One job's shared state. Fields above `status` are immutable after submit. */
struct JobState : std::enable_shared_from_this<JobState>
{
    JobId id = 0;
    quint64 seq = 0;
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

    // Guarded by the core mutex.
    /** The job's first key; for a job with several, the one whose ready entry stands for it. */
    KeyState *keyState = nullptr;
    std::vector<KeyState *> moreKeys; ///< its other keys, distinct; empty for most jobs
    JobState *runPrev = nullptr;      ///< intrusive list of running jobs
    JobState *runNext = nullptr;
    std::multimap<MonoClock::time_point, std::weak_ptr<JobState>>::iterator deadlineIt;
    bool hasDeadlineEntry = false;
    int waiters = 0; ///< threads in waitForJob(); a finish wakes waiters only if set

    JobResult toResult() const;
};
using JobPtr = std::shared_ptr<JobState>;

/** Orders the queue: higher priority first, then older (smaller sequence) first. */
struct QueueOrder
{
    int priority;
    quint64 seq;
    bool operator<(const QueueOrder &o) const
    {
        return priority != o.priority ? priority > o.priority : seq < o.seq;
    }
};

/**
 * Jobs of one key. Only a free key's best job competes in the global order; a job with
 * several keys competes, through its first key, only once it is the best job of every one of
 * them and they are all free (until then its keys are reserved for it).
 */
struct KeyState
{
    QString key;
    bool busy = false;
    JobState *running = nullptr; ///< the job holding this key
    std::map<int, std::deque<JobPtr>, std::greater<int>> waiting;
    /** A free key's best queued job, kept current (null while busy: then nothing may start). */
    JobState *head = nullptr;
    bool inReady = false;
    QueueOrder readyOrder{0, 0};
};

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

/** A list that keeps its first element inline: the usual single item costs no allocation. */
template<class T> class InlineList
{
public:
    void push_back(T v)
    {
        if (!m_hasFirst) {
            m_first = std::move(v);
            m_hasFirst = true;
        } else {
            m_more.push_back(std::move(v));
        }
    }
    bool empty() const { return !m_hasFirst; }
    size_t size() const { return m_hasFirst ? 1 + m_more.size() : 0; }
    template<class F> void forEach(F f)
    {
        if (!m_hasFirst)
            return;
        f(m_first);
        for (auto &v : m_more)
            f(v);
    }
    void clear()
    {
        if (!m_hasFirst)
            return;
        m_first = T();
        m_hasFirst = false;
        m_more.clear();
    }

private:
    T m_first{};
    bool m_hasFirst = false;
    std::vector<T> m_more;
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
    InlineList<Runner *> wakes;
    InlineList<JobPtr> finished;       ///< finished jobs somebody listens to
    std::vector<JobPtr> cancelRunning; ///< running jobs whose tokens to cancel
    bool notifyWaiters = false;
    bool countersChanged = false;
};

/**
 * The dispatcher's state and logic, shared by the facade, the workers and asynchronous
 * completions, so that a late completion never touches a destroyed object.
 */
class DispatcherCore : public std::enable_shared_from_this<DispatcherCore>
{
public:
    bool consumeActivity() { return m_activitySinceFlush.exchange(false); }
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
    void prestartRunners(Executor *executor, int count);
    /** Finishes a running job from outside a runner (async completions, event-loop executors). */
    bool complete(const JobPtr &job, JobStatus status, QVariant value, QString error);

    // Counters: written under m_mutex, read from anywhere without it.
    std::atomic<qint64> submitted{0}, queued{0}, running{0}, succeeded{0}, failed{0}, cancelled{0},
        timedOut{0}, rejected{0}, peakRunning{0};
    std::atomic<int> cap{1};
    std::atomic<bool> paused{false};
    std::atomic<bool> accepting{true};
    std::atomic<bool> finishedSignalConnected{false};
    std::atomic<bool> countersPending{false};

private:
    friend struct Completion;
    void runnerLoop(LoopPool *pool);
    /** The next job for a worker of `pool`: an admitted one, or one it admits for itself. */
    JobPtr takeLocked(LoopPool *pool, Deferred &out);
    /** Makes sure some worker will look at `pool`'s run queue, waking or starting one. */
    void wakeLocked(LoopPool *pool, Deferred &out);
    LoopPool *loopPoolLocked(Executor *executor);
    /** Runs one job on this thread: the outcome of a plain job, nothing for an async one. */
    std::optional<SyncOutcome> execute(const JobPtr &job);
    void postJob(const JobPtr &job);

    void enqueueLocked(const JobPtr &job, const QStringList &moreKeys);
    KeyState *keyStateLocked(const QString &key);
    JobPtr pickLocked(Deferred &out);
    /**
     * Ends a queued job (cancelled, timed out) and lets its keys' next jobs compete. True if it
     * held several keys: their reservation for it ended, so the caller must dispatch.
     */
    bool endQueuedLocked(const JobPtr &job, JobStatus status, QString &&error, Deferred &out);
    void admitLocked(const JobPtr &job, LoopPool *self, JobPtr *mine, Deferred &out);
    void dispatchLocked(LoopPool *self, JobPtr *mine, Deferred &out);
    /** `finishedNs`/`wallNs` 0: stamped here. Workers stamp before taking the lock. */
    void finishLocked(const JobPtr &job, JobStatus status, QVariant &&value, QString &&error,
                      Deferred &out, qint64 finishedNs = 0, qint64 wallNs = 0);
    void releaseKeysLocked(JobState *job);
    void refreshKeyReadyLocked(KeyState *ks);
    /** Re-decides whether a job with several keys competes, after one of its keys changed. */
    void refreshAnchorLocked(JobState *job);
    bool admissibleLocked(const JobState *job) const;
    void setReadyLocked(KeyState *ks, const JobState *job);
    void dropKeyIfUnusedLocked(KeyState *ks);
    /** Lets each key's next job compete, then forgets keys nothing uses any more. */
    void refreshAndDropKeysLocked(KeyState *first, const std::vector<KeyState *> &more);
    int cancelAllQueuedLocked(Deferred &out);
    void runDeferred(Deferred &out);
    /** The UTC time of a monotonic stamp, without a clock read on most calls. */
    qint64 wallFromMonotonic(qint64 monoNs);
    void notifyFinished(const JobPtr &job);
    void touchCounters();
    void deadlineLoop();

    mutable std::mutex m_mutex;
    /** Notified only when a waited-on job finished, running reached 0 or the last report ran. */
    std::condition_variable m_stateCv;
    std::atomic<int> m_idleWaiters{0}; ///< in waitForIdle() or shutdown()
    /** Finished jobs whose notifications have not run yet; idle waits for them too. */
    std::atomic<qint64> m_unreported{0};
    Dispatcher *m_facade; ///< guarded by m_facadeMutex
    std::mutex m_facadeMutex;
    Executor *m_pool;
    quint64 m_nextSeq = 0;
    std::atomic<JobId> m_nextId{0};

    std::map<int, std::deque<JobPtr>, std::greater<int>> m_unkeyed;
    std::unordered_map<QString, KeyState> m_keys;
    std::set<std::pair<QueueOrder, KeyState *>> m_readyKeys;
    JobState *m_runHead = nullptr;

    LoopPool m_mainPool; ///< for m_pool
    std::unordered_map<Executor *, std::unique_ptr<LoopPool>> m_otherPools;
    std::vector<std::unique_ptr<Runner>> m_runnerStore; ///< freed with the core only
    bool m_shutdown = false;
    std::atomic<bool> m_activitySinceFlush{false};
    // Either may be read with the other from an older resync: the pair is then off by the
    // slew between two resyncs at most, which wallFromMonotonic accepts anyway.
    std::atomic<qint64> m_wallOffsetNs{0};
    std::atomic<qint64> m_wallOffsetAtNs{0};

    std::multimap<MonoClock::time_point, std::weak_ptr<JobState>> m_deadlines;
    std::condition_variable m_deadlineCv;
    std::thread m_deadlineThread;
    bool m_deadlineStop = false;
};

} // namespace ld::detail
