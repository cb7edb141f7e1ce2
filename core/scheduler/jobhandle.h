// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobspec.h"

#include <memory>

namespace ld {

namespace detail {
struct JobState;
}

/** What cancelling a job did. */
enum class CancelOutcome {
    Dequeued,        ///< it was queued; it ended as Cancelled and will never run
    Requested,       ///< it is running; its token is cancelled, it ends when it honours it
    AlreadyFinished, ///< it had already ended; nothing changed
    Unknown,         ///< an empty handle, or its dispatcher is gone
};

/** Observes and cancels one submitted job. Copies refer to the same job. */
class JobHandle
{
public:
    JobHandle() = default;

    bool isValid() const { return bool(d); }
    JobId id() const;
    JobStatus status() const;
    bool isFinished() const { return isFinal(status()); }
    /** The reason a job was rejected or failed; empty otherwise. */
    QString errorString() const;

    CancelOutcome cancel() const;
    /** Blocks up to `msecs` (-1: no limit). True once the job is final. Not on the UI thread. */
    bool waitForFinished(int msecs = -1) const;
    /** The job's result; meaningful once isFinished(). */
    JobResult result() const;

private:
    friend class detail::DispatcherCore;
    explicit JobHandle(std::shared_ptr<detail::JobState> state)
        : d(std::move(state))
    {}
    std::shared_ptr<detail::JobState> d;
};

} // namespace ld
