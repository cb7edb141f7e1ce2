// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/plan.h"
#include "results/reading.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ld {

/**
 * Watches a run's readings against its plan's limits (Plan::limits, always) and its steps'
 * (PlanStep::limits, for readings whose step path is that step's or lies under it). A
 * reading of the watched quantity from a chosen instrument outside [min, max] counts; one
 * inside resets the count; a reading without a number (failed, text) does neither. When an
 * instrument's count reaches the limit's `consecutive`, feed() reports a crossing and the
 * count starts again.
 *
 * Pure and single-threaded: the run engine feeds it every reading of the run on its thread
 * and acts on what it reports (RunEngine), so the limits are checked once, where every
 * reading of every target passes, and tested without instruments.
 */
class LimitWatch
{
public:
    /** A limit crossed: which, by whom, the value and the bound it passed. */
    struct Crossing
    {
        PlanLimit limit;
        QString instrument;
        double value = 0;
        double bound = 0;
    };

    /** The instruments a selector chooses (kind selectors are resolved once, here). */
    using Resolver = std::function<QStringList(const InstrumentSelector &)>;

    LimitWatch(const Plan &plan, const Resolver &resolve);

    bool isEmpty() const { return m_limits.isEmpty(); }
    /**
     * Whether a limit that acts on the run (any but warn) may watch readings of `quantity`
     * (Reading::quantityOrOperation()) from `instrument` at `stepPath`.
     */
    bool acts(const QString &stepPath, const QString &instrument, const QString &quantity) const;
    /** The crossings this reading completes, in the plan's order (plan limits first). */
    QList<Crossing> feed(const Reading &reading);

private:
    struct Watched;
    static bool covers(const Watched &w, const QString &stepPath, const QString &instrument,
                       const QString &quantity);

    struct Watched
    {
        PlanLimit limit;
        QString stepPath;            ///< empty: the whole plan
        QStringList instruments;     ///< empty: any
        QHash<QString, int> outside; ///< readings in a row outside, per instrument
    };
    QList<Watched> m_limits;
};

} // namespace ld
