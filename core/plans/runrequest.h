// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/plan.h"

#include <QStringList>
#include <QVariantMap>

namespace ld {

/**
 * A simple run: an operation on some instruments, once, N times, or every T ms for a
 * duration. The simplest plan (toPlan()); the window's run panel and `labdispatch run` make
 * these.
 */
struct RunRequest
{
    QStringList instruments;
    QString operation;      ///< an operation id all their profiles share
    QVariantMap parameters; ///< by parameter name; defaults fill gaps
    int repeat = 1;         ///< runs per instrument (when intervalMs == 0)
    int intervalMs = 0;     ///< > 0: one run per instrument every intervalMs ...
    int durationMs = 0;     ///< ... for this long (0 with an interval: until stopped)
    int priority = 0;

    /**
     * Why the numbers cannot make a run ("Repeat must be at least 1"), or empty. Said in the
     * words (and translation context) a local bench always used.
     */
    QString refusal() const;

    /**
     * The plan it is. Repeat N: a Parallel of one Repeat(count N) of a Measure per instrument,
     * so the instruments stay independent (a slow one never holds the others back). Interval:
     * one Repeat(interval, duration) of a Measure on every instrument, run in waves of the cap.
     * Step paths are empty: a simple run's readings carry no step.
     */
    Plan toPlan() const;
};

} // namespace ld
