// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobhandle.h"
#include "dispatcher_p.h"

#include <thread>

namespace ld {

JobId JobHandle::id() const
{
    return d ? d->id : 0;
}

JobStatus JobHandle::status() const
{
    return d ? d->status.load(std::memory_order_acquire) : JobStatus::Rejected;
}

QString JobHandle::errorString() const
{
    if (!d)
        return QStringLiteral("no job");
    if (!isFinal(d->status.load(std::memory_order_acquire)))
        return {};
    return d->error;
}

CancelOutcome JobHandle::cancel() const
{
    if (!d)
        return CancelOutcome::Unknown;
    if (auto core = d->core.lock())
        return core->cancel(d);
    return isFinal(status()) ? CancelOutcome::AlreadyFinished : CancelOutcome::Unknown;
}

bool JobHandle::waitForFinished(int msecs) const
{
    if (!d)
        return false;
    if (isFinal(status()))
        return true;
    if (auto core = d->core.lock())
        return core->waitForJob(d, msecs);
    return isFinal(status());
}

JobResult JobHandle::result() const
{
    return d ? d->toResult() : JobResult{};
}

} // namespace ld
