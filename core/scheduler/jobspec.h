// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cancellationtoken.h"
#include "failurekind.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace ld {

class Executor;
class JobContext;
namespace detail {
struct Completion;
class DispatcherCore;
} // namespace detail

using JobId = quint64;
using MonoClock = std::chrono::steady_clock;

/** A job's life: Queued, then Running, then exactly one final state. */
enum class JobStatus : quint8 {
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    TimedOut, ///< did not finish in time: queued past its deadline, or the device never answered
    Rejected, ///< refused at submit (empty callable, dispatcher shut down)
};

/** Stable lower-case identifier ("succeeded", "timed-out", ...) for logs, CSV and the CLI. */
QString jobStatusName(JobStatus status);
inline bool isFinal(JobStatus s)
{
    return s != JobStatus::Queued && s != JobStatus::Running;
}

/** Nanoseconds on the monotonic clock the dispatcher stamps jobs with. */
inline qint64 monotonicNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(MonoClock::now().time_since_epoch())
        .count();
}
/** Nanoseconds since the Unix epoch, UTC. */
qint64 wallNowNs();

/** What a job ended with. An immutable value; cheap to copy across threads. */
struct JobResult
{
    JobId id = 0;
    QString key;
    int priority = 0;
    JobStatus status = JobStatus::Queued;
    QVariant value;
    QString error;
    /** Why it failed or timed out, when the job said; None for a success. */
    FailureKind failure = FailureKind::None;
    qint64 submittedNs = 0;    ///< monotonic
    qint64 startedNs = 0;      ///< monotonic; 0 if it never started
    qint64 finishedNs = 0;     ///< monotonic
    qint64 finishedWallNs = 0; ///< UTC, nanoseconds since the epoch

    bool ok() const { return status == JobStatus::Succeeded; }
};

/** A plain function job: runs on its executor, returns a value or throws to fail. */
using SyncJobFunction = std::function<QVariant(const CancellationToken &)>;
/** An asynchronous job: starts work and returns; the slot is held until the context finishes. */
using AsyncJobFunction = std::function<void(JobContext)>;

/**
 * What to run and under which rules. Exactly one of `run` and `start` is set.
 * A job holds `key` (the instrument) and every key in `alsoHolds` (the bus it shares, other
 * channels of one connection) while it runs; two jobs that share any key never run at the same
 * time. A job with several keys starts only once all of them are free, and holds them all
 * until it ends (see docs/architecture.md, "Jobs that hold several keys").
 */
struct JobSpec
{
    SyncJobFunction run;
    AsyncJobFunction start;
    QString key; ///< the instrument; reported in JobResult::key
    /** Further keys held with `key`; empty strings and repeats are ignored. Usually empty. */
    QStringList alsoHolds;
    int priority = 0; ///< higher first; FIFO within a priority
    /** A job still queued at this instant is not started and ends as TimedOut. */
    std::optional<MonoClock::time_point> deadline;
    /** Where the job runs; null means the dispatcher's thread pool. Must outlive the job. */
    Executor *executor = nullptr;
    /**
     * Called once with the result. With a `context`, on the context's thread through a queued
     * call (dropped if the context is gone); without one, on the thread that finished the job.
     */
    std::function<void(const JobResult &)> onFinished;
    QPointer<QObject> context;

    static JobSpec sync(SyncJobFunction fn, QString key = {}, int priority = 0);
    static JobSpec async(AsyncJobFunction fn, QString key = {}, int priority = 0);
};

/**
 * Handed to an asynchronous job: finish it exactly once, from any thread. If every copy is
 * destroyed without finishing, the job fails with a clear message instead of holding its
 * slot (and its instrument) forever.
 */
class JobContext
{
public:
    JobId id() const;
    const CancellationToken &token() const;
    bool isFinished() const;
    /** The first finishing call wins and returns true; later ones return false. */
    bool succeed(QVariant value = {});
    bool fail(const QString &error, FailureKind kind = FailureKind::Other);
    /** Ends the job as cancelled: for a job that honoured its token. */
    bool cancelled(const QString &reason = {});
    /** Ends the job as timed out: the device did not answer in time. */
    bool timedOut(const QString &reason, FailureKind kind = FailureKind::NoReply);

private:
    friend class detail::DispatcherCore;
    explicit JobContext(std::shared_ptr<detail::Completion> completion)
        : d(std::move(completion))
    {}
    std::shared_ptr<detail::Completion> d;
};

} // namespace ld

Q_DECLARE_METATYPE(ld::JobResult)
