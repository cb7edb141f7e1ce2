// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"
#include "plans/plan.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace ld {

/** An instrument a run may use, as the validator sees it: its profile (null: not identified). */
struct PlanInstrument
{
    const DriverProfile *profile = nullptr;
    QString kind; ///< the profile's kind ("psu"), or what the bench file pins
};

/** The instruments a run may use, by name. */
using PlanInstruments = QMap<QString, PlanInstrument>;

/**
 * Checks a plan before anything runs, against the instruments the run may use: every
 * instrument, kind and operation exists; every parameter passes its profile's own checks
 * (DriverProfile::Parameter::normalise, Operation::format) at every sweep point; variables are
 * bound once by an enclosing sweep; bodies, counts, times, ramps and limits make sense.
 *
 * Sweep points: a parameter holds a constant or one variable's value, and a profile checks each
 * parameter alone, so a parameter bound to a variable is checked at every value that variable
 * takes (not at every combination of the variables: that would repeat the same checks). Once a
 * plan has taken kMaxChecks checks in all, its remaining parameters are checked at their
 * variable's smallest and largest value only, so validating any plan file takes bounded time
 * (docs/plans.md says so).
 */
class PlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(ld::PlanValidator)

public:
    static constexpr qint64 kMaxChecks = 1'000'000;
    /** The most errors reported; a plan that has more has a fault that repeats. */
    static constexpr int kMaxErrors = 50;

    /**
     * Every problem found, each "<JSON path>: <what>"
     * ("steps[1].sweep.body[0].set.parameters.value: voltage 35 V above the limit 30 V (psu1, at
     * v = 35)"); empty when the plan may run.
     */
    static QStringList validate(const Plan &plan, const PlanInstruments &instruments);

    /** The instruments a selector picks among `instruments`: names as given, or a kind's in name
     * order. */
    static QStringList select(const InstrumentSelector &selector,
                              const PlanInstruments &instruments);

    /**
     * Whether `name` may name a plan variable: letters, digits and `_`, not first a digit.
     */
    static bool isVariableName(QStringView name);
    /**
     * The variable a parameter's value refers to when it is a string that is exactly
     * "${name}" with a valid name (isVariableName()); empty otherwise. The one rule the
     * validator checks and the cursor substitutes by.
     */
    static QStringView variableReference(const QVariant &value);

    /**
     * The values a sweep step binds, in order: linear and log ones from `start` to `stop`
     * (both included, exactly), listed ones as listed. Empty for a sweep that is not valid.
     */
    static QList<double> sweepValues(const PlanStep &step);
    /**
     * How many values sweepValues() gives, and the i-th (0 <= i < sweepCount()), computed
     * as they come: the one sweep arithmetic, which the cursor runs too.
     */
    static qsizetype sweepCount(const PlanStep &step);
    static double sweepValue(const PlanStep &step, qsizetype i);
    /**
     * The sets a ramp makes of a move from `from` to `to` with sets of at most `maxStep` (at
     * least 1, at most 10^15): what the cursor sets and the summary counts.
     */
    static qint64 rampSets(double from, double to, double maxStep);
};

} // namespace ld
