// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/plan.h"
#include "plans/planvalidator.h"

#include <QCoreApplication>
#include <QStringList>

namespace ld {

/**
 * What a plan will do, for `labdispatch run --dry-run`: how many jobs it submits and the
 * least time it takes. Computed from the plan alone (nothing is expanded one job at a time),
 * for a plan PlanValidator accepts; counts stop at the largest quint64 rather than wrap.
 */
struct PlanSummary
{
    Q_DECLARE_TR_FUNCTIONS(ld::PlanSummary)

public:
    /**
     * Jobs the plan submits: each set, measure and query once per instrument it selects, times
     * the points of every enclosing sweep and the count of every enclosing repeat (an interval
     * repeat: its ticks, duration / interval rounded up); a stable wait's polls over its
     * `forMs` (the fewest it can take) and an `*OPC?` per instrument count too. A repeat until
     * stopped counts once, and `openEnded` says so. Extra sets a ramp makes are not in it.
     */
    quint64 jobs = 0;
    /** A repeat runs until stopped: `jobs` and `minimumMs` count one pass of it. */
    bool openEnded = false;
    /** Sets with a ramp among `jobs`: each is at least one set. */
    quint64 rampedSets = 0;
    /**
     * Extra sets the ramps need for the moves known before the run: from one point of a sweep
     * to the next when the ramped value is the sweep's variable. A move from the instrument's
     * present value is unknown and counted as no extra set, so the ramps make at least
     * `rampedSets + rampExtraSets` sets.
     */
    quint64 rampExtraSets = 0;
    /**
     * The least time the plan takes, in milliseconds: waits (a stable one at least its
     * `forMs`), interval repeats (their ticks but the last), ramp rates over the known moves;
     * the longest child of a parallel. Instruments' latency and the cap are not counted.
     */
    double minimumMs = 0;

    /** The summary of `plan` run on `instruments` (they resolve `{"kind": ...}`). */
    static PlanSummary of(const Plan &plan, const PlanInstruments &instruments);

    /** Lines for the terminal: the jobs, the ramps (if any) and the least duration. */
    QStringList text() const;

    /** A duration for the terminal, as text() writes it ("850 ms", "2.5 s", "3 min 5 s"). */
    static QString durationText(double ms);
};

} // namespace ld
