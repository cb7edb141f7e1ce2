// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"
#include "results/reading.h"
#include "scheduler/jobhandle.h"

#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace ld {

/**
 * Where instruments live, as the run engine sees it: a local bench (each job on the
 * instrument's link, through the dispatcher) or the instruments of a lab's nodes (each job a
 * remote job over MQTT). The engine routes every instrument name to the target that claims
 * it, validates steps against the target's profiles, submits operation jobs and tells the target
 * about the readings it made.
 *
 * Every function is called on the engine's thread except the job's completion callback,
 * which the target calls from whichever thread finished the job.
 */
class RunTarget
{
public:
    /** One operation on one instrument; parameters already checked against the profile. */
    struct OperationJob
    {
        QString instrument;
        DriverProfile::Operation operation;
        QVariantMap parameters;
        int priority = 0;
        /** Called once, from any thread, when the job is final (rejected ones included). */
        std::function<void(const JobResult &)> onFinished;
        /**
         * When set, asked on the instrument's thread just before the job would touch the
         * instrument (a target whose ordersJobs() is true): false ends the job as Cancelled
         * with nothing sent.
         */
        std::function<bool()> mayStart;

        /** An operation the job runs after this one (`then`). */
        struct Then
        {
            DriverProfile::Operation operation;
            QVariantMap parameters;
        };
        /**
         * Operations on the same instrument the job runs after its own, in order, each only
         * once the one before it succeeded (a target whose ordersJobs() is true; others get
         * none). The job's result, onFinished's, is then the last one's that ran, and
         * `onStepFinished` gets each earlier one's on the instrument's thread as it ends,
         * stamped from its own start to its end (its submittedNs left 0).
         */
        QList<Then> then;
        std::function<void(const JobResult &)> onStepFinished;
        /**
         * With `then`: asked on the instrument's thread before each of them starts; false
         * ends the job there as Cancelled, the rest not run.
         */
        std::function<bool()> mayContinue;
    };

    virtual ~RunTarget();

    /** True when `name` is spelled as this target's ("node/instrument" is remote). */
    virtual bool claims(const QString &name) const = 0;
    /** The names it has now, in its order (kind selectors choose among these). */
    virtual QStringList instrumentNames() const = 0;
    /** The profile `name` uses, null before identification. */
    virtual const DriverProfile *profile(const QString &name) const = 0;
    /**
     * Why `name` cannot run now (unknown, switched off, not identified, node offline), in the
     * user's words; empty when it can.
     */
    virtual QString unavailable(const QString &name) const = 0;
    virtual QString resource(const QString &name) const = 0;
    virtual Reading::Identity identity(const QString &name) const = 0;

    /** Submits one job; the completion callback runs exactly once. */
    virtual JobHandle submit(OperationJob job) = 0;
    /**
     * True when the target starts `name`'s jobs one at a time in submission order (within a
     * priority) and asks OperationJob::mayStart: the engine may then submit an instrument's
     * next action before the previous one has finished.
     */
    virtual bool ordersJobs(const QString & /*name*/) const { return false; }
    /** Cancels every queued and running job of `name`. */
    virtual void cancel(const QString &name) = 0;
    /** Readings of this target's instruments, journaled and about to reach the UI. */
    virtual void noteReadings(const QList<Reading> &readings) = 0;

    /**
     * Set by the engine: the target calls it when none of its jobs can run any more (a lab
     * whose broker is gone for good), so the runs stop submitting to it.
     */
    void setLostHandler(std::function<void()> handler) { m_lost = std::move(handler); }

protected:
    void reportLost() const
    {
        if (m_lost)
            m_lost();
    }

private:
    std::function<void()> m_lost;
};

} // namespace ld
