// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace ld {

/**
 * Which instruments a step addresses: named ones, or every instrument of the run whose
 * profile has a kind ("psu", "dmm"). Exactly one of the two is set in a valid plan.
 */
struct InstrumentSelector
{
    QStringList names;
    QString kind;

    bool isEmpty() const { return names.isEmpty() && kind.isEmpty(); }
};

/** A bound on a measured quantity and what to do when readings cross it. */
struct PlanLimit
{
    enum class Action {
        Warn,            ///< log it, go on
        Pause,           ///< pause the run; the user resumes or aborts
        AbortInstrument, ///< stop that instrument's remaining steps, apply its safe state
        AbortRun,        ///< stop the run, apply every instrument's safe state
    };
    QString path;                   ///< where it is written ("limits[0]", "steps[3].limits[1]")
    QString quantity;               ///< the readings it watches (Reading::quantityOrOperation())
    InstrumentSelector instruments; ///< empty: any instrument
    std::optional<double> min;
    std::optional<double> max;
    int consecutive = 1; ///< readings in a row outside the bounds before it acts
    Action action = Action::AbortRun;
};

/** How far and how fast a `set` may move its parameter: larger moves become several sets. */
struct PlanRamp
{
    QString parameter = QStringLiteral("value"); ///< the parameter that ramps
    std::optional<double> maxStep;               ///< largest change per set
    std::optional<double> maxRatePerSecond;      ///< largest change per second
};

/**
 * One step of a plan. A value type: containers hold children by value. Parameters are plain
 * values or references to plan variables, written "${name}" as a whole string value.
 */
struct PlanStep
{
    enum class Type {
        Set,      ///< a profile operation of kind set (or any operation), no data expected
        Measure,  ///< a profile operation whose reply is a reading
        Query,    ///< same as Measure; kept for plans that read text
        Wait,     ///< a duration, until a quantity is stable, or until *OPC?
        Sweep,    ///< a variable over values; `body` at every point
        Repeat,   ///< `body` a number of times, or every interval for a duration
        Parallel, ///< `body` children at once
        Sequence, ///< `body` one after another (a plan's top level is one)
    };
    enum class WaitKind { Duration, Stable, Opc };
    enum class SweepKind { Linear, Log, List };

    Type type = Type::Sequence;
    QString path; ///< "steps[2].sweep.body[0]": named in errors and recorded with readings

    // Set, Measure, Query; Wait (Stable: the quantity it polls; Opc: where *OPC? goes)
    InstrumentSelector instruments;
    QString operation;
    QVariantMap parameters;
    std::optional<PlanRamp> ramp; ///< Set only

    // Wait
    WaitKind waitKind = WaitKind::Duration;
    qint64 durationMs = 0;  ///< Duration: how long; Repeat: how long to go on (0: until stopped)
    double tolerance = 0;   ///< Stable: largest spread of the readings within `stableForMs`
    qint64 stableForMs = 0; ///< Stable: how long they must stay within `tolerance`
    qint64 pollMs = 0;      ///< Stable: time between readings
    qint64 timeoutMs = 0;   ///< Stable, Opc: give up (an error that ends the run) after this

    // Sweep
    QString variable;
    SweepKind sweepKind = SweepKind::Linear;
    double start = 0;
    double stop = 0;
    int points = 0;       ///< Linear, Log: number of values, both ends included
    QList<double> values; ///< List

    // Repeat
    int count = 0;         ///< > 0: this many times
    qint64 intervalMs = 0; ///< > 0: once every interval (for durationMs; 0: until stopped)

    // Sweep, Repeat, Parallel, Sequence
    QList<PlanStep> body;

    QList<PlanLimit> limits; ///< apply while this step (and its body) runs
};

/**
 * Calls `visit(step)` on every step of `steps` and of their bodies, depth first and in
 * pre-order: a step, then its body (recursively), then the step after it, so the visits come
 * in the order the plan file writes the steps. The one walk over a plan's steps: order-
 * sensitive lists (the instruments a run names, the operations it runs) rely on that order.
 */
template<typename Visit> void forEachStep(const QList<PlanStep> &steps, Visit &&visit)
{
    for (const PlanStep &step : steps) {
        visit(step);
        forEachStep(step.body, visit);
    }
}

/**
 * Whether `predicate(step)` holds for a step of `steps` or of their bodies. Walks as
 * forEachStep() does and stops at the first step that matches: no step after it is visited.
 */
template<typename Predicate> bool anyStep(const QList<PlanStep> &steps, Predicate &&predicate)
{
    for (const PlanStep &step : steps)
        if (predicate(step) || anyStep(step.body, predicate))
            return true;
    return false;
}

/**
 * The operations `steps` run, each once, in the order the plan names them first: what a run's
 * journal header lists (the command line's and the window's alike).
 */
inline QStringList operationsOf(const QList<PlanStep> &steps)
{
    QStringList ops;
    forEachStep(steps, [&ops](const PlanStep &step) {
        if (!step.operation.isEmpty() && !ops.contains(step.operation))
            ops.append(step.operation);
    });
    return ops;
}

/** A whole plan as a plan file holds it (docs/plans.md), or a simple run made into one. */
struct Plan
{
    static constexpr int kSchema = 1;

    int schema = kSchema;
    QString name;
    QString description;
    /** Steps run one after another (a Sequence). */
    QList<PlanStep> steps;
    /** Apply for the whole run. */
    QList<PlanLimit> limits;
    /** Apply the safe state when the user stops the run (it always is when a run aborts). */
    bool safeOnStop = false;
    /** Priority of the run's jobs in the dispatcher (higher first). */
    int priority = 0;
};

} // namespace ld
