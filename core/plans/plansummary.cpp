// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plansummary.h"

#include <QtNumeric>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ld {

namespace {

using Type = PlanStep::Type;

quint64 add(quint64 a, quint64 b)
{
    quint64 sum = 0;
    return qAddOverflow(a, b, &sum) ? std::numeric_limits<quint64>::max() : sum;
}

quint64 times(quint64 a, quint64 b)
{
    quint64 product = 0;
    return qMulOverflow(a, b, &product) ? std::numeric_limits<quint64>::max() : product;
}

void append(PlanSummary &to, const PlanSummary &s)
{
    to.jobs = add(to.jobs, s.jobs);
    to.rampedSets = add(to.rampedSets, s.rampedSets);
    to.rampExtraSets = add(to.rampExtraSets, s.rampExtraSets);
    to.minimumMs += s.minimumMs;
    to.openEnded = to.openEnded || s.openEnded;
}

PlanSummary repeated(PlanSummary s, quint64 n)
{
    s.jobs = times(s.jobs, n);
    s.rampedSets = times(s.rampedSets, n);
    s.rampExtraSets = times(s.rampExtraSets, n);
    s.minimumMs *= double(n);
    return s;
}

class Counter
{
public:
    explicit Counter(const PlanInstruments &instruments)
        : m_instruments(instruments)
    {}

    PlanSummary steps(const QList<PlanStep> &steps) const
    {
        PlanSummary sum;
        for (const PlanStep &step : steps)
            append(sum, this->step(step));
        return sum;
    }

private:
    quint64 selected(const PlanStep &step) const
    {
        return quint64(PlanValidator::select(step.instruments, m_instruments).size());
    }

    PlanSummary step(const PlanStep &step) const
    {
        PlanSummary s;
        switch (step.type) {
        case Type::Set:
        case Type::Measure:
        case Type::Query:
            s.jobs = selected(step);
            if (step.type == Type::Set && step.ramp)
                s.rampedSets = s.jobs;
            break;
        case Type::Wait:
            switch (step.waitKind) {
            case PlanStep::WaitKind::Duration:
                s.minimumMs = double(step.durationMs);
                break;
            case PlanStep::WaitKind::Stable:
                // Stable for `forMs` takes readings at its start and every poll to its end.
                s.jobs = times(selected(step),
                               quint64(step.stableForMs / std::max<qint64>(step.pollMs, 1)) + 1);
                s.minimumMs = double(step.stableForMs);
                break;
            case PlanStep::WaitKind::Opc:
                s.jobs = selected(step);
                break;
            }
            break;
        case Type::Sweep:
            s = sweep(step);
            break;
        case Type::Repeat:
            s = repeat(step);
            break;
        case Type::Sequence:
            s = steps(step.body);
            break;
        case Type::Parallel:
            for (const PlanStep &child : step.body) {
                const PlanSummary c = this->step(child);
                const double longest = std::max(s.minimumMs, c.minimumMs);
                append(s, c);
                s.minimumMs = longest;
            }
            break;
        }
        return s;
    }

    PlanSummary repeat(const PlanStep &step) const
    {
        const PlanSummary once = steps(step.body);
        if (step.intervalMs <= 0)
            return repeated(once, quint64(std::max(step.count, 0)));
        if (step.durationMs <= 0) {
            PlanSummary s = once;
            s.openEnded = true;
            return s;
        }
        // Ticks at 0, T, 2T, ... before the duration ends (as IntervalSchedule deals them).
        const quint64 ticks = quint64((step.durationMs + step.intervalMs - 1) / step.intervalMs);
        PlanSummary s = repeated(once, ticks);
        s.minimumMs = double(ticks - 1) * double(step.intervalMs) + once.minimumMs;
        return s;
    }

    PlanSummary sweep(const PlanStep &step) const
    {
        const QList<double> values = PlanValidator::sweepValues(step);
        PlanSummary s = repeated(steps(step.body), quint64(values.size()));
        const QString reference = QStringLiteral("${%1}").arg(step.variable);
        for (const PlanStep *set : rampedSetsOf(step.body)) {
            if (set->parameters.value(set->ramp->parameter).toString() != reference)
                continue;
            const quint64 instruments = selected(*set);
            for (qsizetype i = 1; i < values.size(); ++i) {
                const double move = std::fabs(values.at(i) - values.at(i - 1));
                // A move of k sets (as the cursor ramps it): the point's own set and k - 1
                // before it.
                const qint64 sets = PlanValidator::rampSets(values.at(i - 1), values.at(i),
                                                            set->ramp->maxStep.value_or(0));
                s.rampExtraSets = add(s.rampExtraSets, times(instruments, quint64(sets - 1)));
                if (set->ramp->maxRatePerSecond && *set->ramp->maxRatePerSecond > 0)
                    s.minimumMs += move / *set->ramp->maxRatePerSecond * 1000.0;
            }
        }
        return s;
    }

    /** The ramped sets run once per point of the sweep whose body this is. */
    static QList<const PlanStep *> rampedSetsOf(const QList<PlanStep> &body)
    {
        QList<const PlanStep *> sets;
        for (const PlanStep &step : body) {
            if (step.type == Type::Set && step.ramp)
                sets.append(&step);
            else if (step.type == Type::Sequence || step.type == Type::Parallel)
                sets.append(rampedSetsOf(step.body));
        }
        return sets;
    }

    const PlanInstruments &m_instruments;
};

} // namespace

QString PlanSummary::durationText(double ms)
{
    if (ms < 1000)
        return PlanSummary::tr("%1 ms").arg(std::ceil(ms));
    const double seconds = ms / 1000;
    if (seconds < 60)
        return PlanSummary::tr("%1 s").arg(QString::number(seconds, 'g', 3));
    // Beyond a million hours (or not a number at all, for a plan the validator refuses) the
    // figure only says how large it is, and no whole number could hold it.
    if (!(seconds < 3.6e9))
        return PlanSummary::tr("%1 h").arg(QString::number(seconds / 3600, 'g', 3));
    const qint64 whole = qint64(std::ceil(seconds));
    if (whole < 3600)
        return PlanSummary::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
    return PlanSummary::tr("%1 h %2 min").arg(whole / 3600).arg(whole % 3600 / 60);
}

PlanSummary PlanSummary::of(const Plan &plan, const PlanInstruments &instruments)
{
    return Counter(instruments).steps(plan.steps);
}

QStringList PlanSummary::text() const
{
    QStringList lines;
    lines.append(openEnded ? tr("jobs: %1 in one pass; a repeat runs until stopped").arg(jobs)
                           : tr("jobs: %1").arg(jobs));
    if (rampedSets > 0)
        lines.append(tr("ramped sets: at least %1 (%2 sets with a ramp, %3 more for the moves "
                        "between sweep points; a move from an instrument's present value is "
                        "unknown before the run)")
                         .arg(add(rampedSets, rampExtraSets))
                         .arg(rampedSets)
                         .arg(rampExtraSets));
    lines.append(openEnded ? tr("duration: at least %1 per pass of the repeat that runs until "
                                "stopped (waits, intervals and ramp rates; instruments' latency "
                                "not included)")
                                 .arg(durationText(minimumMs))
                           : tr("duration: at least %1 (waits, intervals and ramp rates; "
                                "instruments' latency not included)")
                                 .arg(durationText(minimumMs)));
    return lines;
}

} // namespace ld
