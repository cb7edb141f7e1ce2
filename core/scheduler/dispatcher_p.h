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
    KeyState *keyState = nullptr;
    JobState *runPrev = nullptr; ///< intrusive list of running jobs
    JobState *runNext = nullptr;
    std::multimap<MonoClock::time_point, std::weak_ptr<JobState>>::iterator deadlineIt;
    bool hasDeadlineEntry = false;

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

/** Jobs of one key. Only a free key's best job competes in the global order. */
struct KeyState
{
    QString key;
    bool busy = false;
    JobState *running = nullptr;
    std::map<int, std::deque<JobPtr>, std::greater<int>> waiting;
    size_t waitingCount = 0;
    bool inReady = false;
    QueueOrder readyOrder{0, 0};
};

/** A worker parked on a pool executor, waiting for a job handed to it directly. */
struct Runner
{
    std::condition_variable cv;
    JobPtr next;
    bool exit = false;
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

/** Work to do after the lock is released: start jobs, notify finishes. */
struct Deferred
{
    struct Start
    {
        JobPtr job;
        Runner *runner = nullptr; ///< an idle runner got the job; wake it
    };
    std::vector<Start> starts;
    std::vector<JobPtr> finished;
    std::vector<JobPtr> cancelRunning; ///< running jobs whose tokens to cancel
    bool notifyWaiters = false;
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
    void runnerLoop(Executor *executor, JobPtr job);
    /** Runs one job on this thread: the outcome of a plain job, nothing for an async one. */
    std::optional<SyncOutcome> execute(const JobPtr &job);
    void postJob(const JobPtr &job);

    void enqueueLocked(const JobPtr &job);
    JobPtr pickLocked(Deferred &out);
    void admitLocked(const JobPtr &job, Executor *self, JobPtr *mine, Deferred &out);
    void dispatchLocked(Executor *self, JobPtr *mine, Deferred &out);
    void finishLocked(const JobPtr &job, JobStatus status, QVariant &&value, QString &&error,
                      Deferred &out);
    void releaseKeyLocked(KeyState *ks);
    void refreshKeyReadyLocked(KeyState *ks);
    void dropKeyIfUnusedLocked(KeyState *ks);
    int cancelAllQueuedLocked(Deferred &out);
    void runDeferred(Deferred &out);
    void notifyFinished(const JobPtr &job);
    void touchCounters();
    void deadlineLoop();

    mutable std::mutex m_mutex;
    std::condition_variable m_stateCv; ///< job finished or idle; waited on by waiters only
    std::atomic<int> m_waiters{0};
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

    std::unordered_map<Executor *, std::vector<Runner *>> m_idleRunners;
    std::unordered_map<Executor *, int> m_runnerCount; ///< parked + busy runner loops
    bool m_shutdown = false;
    std::atomic<bool> m_activitySinceFlush{false};

    std::multimap<MonoClock::time_point, std::weak_ptr<JobState>> m_deadlines;
    std::condition_variable m_deadlineCv;
    std::thread m_deadlineThread;
    bool m_deadlineStop = false;
};

} // namespace ld::detail
