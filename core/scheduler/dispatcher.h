// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "executor.h"
#include "jobhandle.h"
#include "jobspec.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace ld {

namespace detail {
class DispatcherCore;
}

/** A snapshot of the dispatcher's counters. Each field was read without the dispatcher's lock. */
struct DispatcherCounters
{
    qint64 submitted = 0;
    qint64 queued = 0;
    qint64 running = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 cancelled = 0;
    qint64 timedOut = 0;
    qint64 rejected = 0;
    qint64 peakRunning = 0;
    int cap = 0;
    bool paused = false;

    qint64 finished() const { return succeeded + failed + cancelled + timedOut; }
};

/** What shutdown() achieved within its bound. */
struct ShutdownReport
{
    bool clean = true;       ///< every running job finished in time
    int cancelledQueued = 0; ///< queued jobs that ended as Cancelled
    QList<JobId> unfinished; ///< jobs still running when the bound expired
};

/**
 * The capped dispatcher: admission control for jobs. At most cap() jobs run at once, at most
 * one per key; highest priority first, FIFO within a priority; a job whose key is busy never
 * blocks other keys. A job may hold several keys (JobSpec::alsoHolds): it starts only when all
 * are free and it is the first in line on each, counts once against the cap, and is never
 * starved by later jobs on any of its keys. The next job is started by the finishing worker
 * itself: no polling, no timers, and an idle dispatcher wakes no thread.
 *
 * Every public function is thread-safe. Signals are emitted from worker threads (jobFinished)
 * or this object's thread (countersChanged, idle); connect with the default connection type to
 * receive them on the receiver's thread.
 */
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinCap = 1;
    static constexpr int kMaxCap = 4096;
    /** countersChanged() is emitted at most once per this interval (about 60 Hz). */
    static constexpr int kCounterIntervalMs = 16;

    explicit Dispatcher(int cap, QObject *parent = nullptr);
    /** Shuts down (queued jobs cancelled, running ones asked to stop) and waits for them. */
    ~Dispatcher() override;

    /**
     * Queues a job. Never blocks on running jobs. A job that cannot be accepted (empty or
     * double callable, dispatcher shut down) comes back already final as Rejected, with the
     * reason in errorString(); nothing else is disturbed.
     */
    JobHandle submit(JobSpec spec);

    /**
     * Changes the cap, from any thread, while jobs run. Raising starts queued jobs at once;
     * lowering starts nothing until fewer than `cap` run, and interrupts nothing. Returns false
     * with a message for a cap outside [kMinCap, kMaxCap], leaving the cap unchanged.
     */
    bool setCap(int cap, QString *error = nullptr);
    int cap() const;

    /**
     * Cancels the queued jobs that hold `key` (as JobSpec::key or in JobSpec::alsoHolds) and
     * requests cancellation of the running one that holds it. Returns how many.
     */
    int cancelKey(const QString &key);
    /** Cancels every queued job. Returns how many. */
    int cancelQueued();
    /** cancelQueued() plus a cancellation request to every running job. */
    int cancelAll();

    /** While paused, queued jobs stay queued; running ones go on. */
    void pause();
    void resume();
    bool isPaused() const;

    /** True while any job is queued or running (the Go design's IsRunning()). */
    bool isBusy() const;
    /** Blocks until nothing is queued or running, up to `msecs` (-1: no limit). */
    bool waitForIdle(int msecs = -1);
    /**
     * Stops intake for good, cancels every queued job, requests cancellation of running ones
     * and waits for them up to `msecs`. Reports the jobs still running after that.
     */
    ShutdownReport shutdown(int msecs);
    bool isShutDown() const;

    DispatcherCounters counters() const;
    /** Keys held by a running job now, every key of a job with several. */
    QStringList busyKeys() const;
    /** The private thread pool, for jobs that name no executor. */
    Executor *poolExecutor() const;

Q_SIGNALS:
    /** One per finished job, emitted on the finishing thread. Prefer onFinished for per-job work.
     */
    void jobFinished(const ld::JobResult &result);
    /** Coalesced: at most once per kCounterIntervalMs, never once per job. */
    void countersChanged(const ld::DispatcherCounters &counters);
    /** Nothing queued or running any more (coalesced like countersChanged). */
    void idle();

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    friend class detail::DispatcherCore;
    void flushCounters();

    std::unique_ptr<PoolExecutor> m_pool;
    std::shared_ptr<detail::DispatcherCore> d;
    QTimer m_counterTimer;
    QElapsedTimer m_sinceLastCounters;
    bool m_wasIdle = true;
};

} // namespace ld

Q_DECLARE_METATYPE(ld::DispatcherCounters)
