// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobspec.h"
#include "dispatcher_p.h"

namespace ld {

QString jobStatusName(JobStatus status)
{
    switch (status) {
    case JobStatus::Queued:
        return QStringLiteral("queued");
    case JobStatus::Running:
        return QStringLiteral("running");
    case JobStatus::Succeeded:
        return QStringLiteral("succeeded");
    case JobStatus::Failed:
        return QStringLiteral("failed");
    case JobStatus::Cancelled:
        return QStringLiteral("cancelled");
    case JobStatus::TimedOut:
        return QStringLiteral("timed-out");
    case JobStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("unknown");
}

qint64 wallNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

JobSpec JobSpec::sync(SyncJobFunction fn, QString key, int priority)
{
    JobSpec s;
    s.run = std::move(fn);
    s.key = std::move(key);
    s.priority = priority;
    return s;
}

JobSpec JobSpec::async(AsyncJobFunction fn, QString key, int priority)
{
    JobSpec s;
    s.start = std::move(fn);
    s.key = std::move(key);
    s.priority = priority;
    return s;
}

JobId JobContext::id() const
{
    return d->job->id;
}

const CancellationToken &JobContext::token() const
{
    return d->token;
}

bool JobContext::isFinished() const
{
    return d->done.load(std::memory_order_acquire);
}

bool JobContext::succeed(QVariant value)
{
    if (d->done.exchange(true, std::memory_order_acq_rel))
        return false;
    return d->core->complete(d->job, JobStatus::Succeeded, std::move(value), {});
}

bool JobContext::fail(const QString &error, FailureKind kind)
{
    if (d->done.exchange(true, std::memory_order_acq_rel))
        return false;
    return d->core->complete(d->job, JobStatus::Failed, {}, error, kind);
}

bool JobContext::cancelled(const QString &reason)
{
    if (d->done.exchange(true, std::memory_order_acq_rel))
        return false;
    return d->core->complete(d->job, JobStatus::Cancelled, {},
                             reason.isEmpty() ? QStringLiteral("cancelled while running") : reason);
}

bool JobContext::timedOut(const QString &reason, FailureKind kind)
{
    if (d->done.exchange(true, std::memory_order_acq_rel))
        return false;
    return d->core->complete(d->job, JobStatus::TimedOut, {}, reason, kind);
}

} // namespace ld
