// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduler/jobspec.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <utility>
#include <variant>

namespace ld {

/**
 * One finished job's result as the lab sees it: which instrument did what, what came back and
 * when. Immutable and cheap to copy (one shared pointer), so it crosses threads by value.
 */
class Reading
{
public:
    /** What `*IDN?` said; plain strings so results do not depend on the instrument layer. */
    struct Identity
    {
        QString vendor;
        QString model;
        QString serial;
        QString firmware;
        bool operator==(const Identity &o) const
        {
            return vendor == o.vendor && model == o.model && serial == o.serial &&
                   firmware == o.firmware;
        }
    };
    /** An operation parameter as the user gave it, in order ("range" = "10"). */
    using Parameter = std::pair<QString, QString>;
    /** Nothing, one number, a list of numbers (a sweep, a trace) or device text. */
    using Value = std::variant<std::monostate, double, QList<double>, QString>;

    /** The fields; build one, then freeze it into a Reading. */
    struct Fields
    {
        QString runId;
        JobId jobId = 0;
        QString instrument; ///< the bench's name for it ("dmm1")
        QString resource;   ///< VISA resource string
        Identity identity;
        QString operation;
        QList<Parameter> parameters;
        Value value;
        QString unit;
        QString quantity; ///< what the value is ("voltage"); empty means the operation name
        JobStatus status = JobStatus::Succeeded;
        QString error;
        /** Why it failed or timed out (failureKindName()); None for a success. */
        FailureKind failure = FailureKind::None;
        // Wall clock: UTC nanoseconds since the epoch. Monotonic: ld::monotonicNowNs().
        qint64 submittedWallNs = 0;
        qint64 startedWallNs = 0; ///< 0 if the job never started
        qint64 completedWallNs = 0;
        qint64 submittedMonoNs = 0;
        qint64 startedMonoNs = 0;
        qint64 completedMonoNs = 0;
        /** The plan step that took it ("steps[2].sweep.body[0]"); empty for a simple run. */
        QString step;
        /** The plan variables at that point, in the order the plan binds them ("v" = 0.5). */
        QList<std::pair<QString, double>> variables;

        bool operator==(const Fields &o) const;
        bool operator!=(const Fields &o) const { return !(*this == o); }
    };

    /** A null reading (isNull()), for containers and metatypes. */
    Reading();
    explicit Reading(Fields fields);

    bool isNull() const { return !d; }
    const Fields &fields() const { return *d; }
    const Fields *operator->() const { return d.get(); }

    /** The quantity, or the operation name when the quantity is empty: the series a value is. */
    QString quantityOrOperation() const;

    /**
     * Job id, status, error, failure kind, the three times and a double / list / text value from a
     * dispatcher result. Only the completion has a wall time there, so the other wall times
     * are derived from the monotonic differences (immune to clock steps during the job).
     */
    static Fields fieldsFromJob(const JobResult &result);

    bool operator==(const Reading &o) const;
    bool operator!=(const Reading &o) const { return !(*this == o); }

private:
    std::shared_ptr<const Fields> d;
};

} // namespace ld

Q_DECLARE_METATYPE(ld::Reading)
