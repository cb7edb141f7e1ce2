// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ld::detail {

RampNode::RampNode(const PlanStep &step, StepNode *parent, CursorContext &ctx)
    : ActionNode(step, parent, ctx)
{
    const QString &parameter = step.ramp->parameter;
    const QList<std::pair<QString, double>> bound = variables();
    for (const QString &name : ctx.env.resolve(step.instruments)) {
        Track t;
        t.instrument = name;
        t.parameters = substitute(step.parameters, bound);
        t.to = number(t.parameters.value(parameter)).value_or(0);
        const auto known = ctx.setpoints.find(
            CursorContext::setpointKey(name, step.operation, parameter, t.parameters));
        if (known != ctx.setpoints.end()) {
            t.known = true;
            t.from = known->second.value;
            t.steps = stepsFor(t.from, t.to, step.ramp->maxStep.value_or(0));
            t.dueNs = known->second.atNs + spacingNs(t);
        }
        m_tracks.push_back(std::move(t));
    }
}

qint64 RampNode::stepsFor(double from, double to, double maxStep)
{
    if (!(maxStep > 0))
        return 1;
    // A hair of tolerance: 0 to 5 by 1 is five sets, not six for a rounding error.
    const double n = std::ceil(std::abs(to - from) / maxStep * (1 - 1e-12));
    return std::max<qint64>(1, qint64(std::min(n, 1e15)));
}

double RampNode::valueAt(const Track &t, qint64 i) const
{
    return i >= t.steps ? t.to : t.from + (t.to - t.from) * double(i) / double(t.steps);
}

qint64 RampNode::spacingNs(const Track &t) const
{
    const std::optional<double> rate = step().ramp->maxRatePerSecond;
    if (!rate || !(*rate > 0))
        return 0;
    const double seconds = std::abs(t.to - t.from) / double(t.steps) / *rate;
    return qint64(std::ceil(seconds * 1e9));
}

std::optional<PlanAction> RampNode::next(CursorContext &ctx)
{
    if (ctx.stopped)
        return std::nullopt;
    for (Track &t : m_tracks) {
        if (t.finished || ctx.removed.contains(t.instrument) || isUnfinished(t.instrument))
            continue;
        if (!t.known) {
            std::optional<DriverProfile::Operation> query =
                ctx.env.readback ? ctx.env.readback(t.instrument, step().operation) : std::nullopt;
            if (!query) {
                ctx.fail(QCoreApplication::translate(
                             "ld::PlanCursor", "%1: cannot ramp %2 on '%3': nothing reads it back")
                             .arg(step().path, step().ramp->parameter, t.instrument));
                return std::nullopt;
            }
            // The read-back takes the set's parameters but the value (a channel).
            QVariantMap parameters;
            for (const DriverProfile::Parameter &p : std::as_const(query->parameters))
                if (t.parameters.contains(p.name))
                    parameters.insert(p.name, t.parameters.value(p.name));
            return hand(ctx, t.instrument, parameters, std::move(query));
        }
        if (t.done < t.steps && ctx.now >= t.dueNs) {
            QVariantMap parameters = t.parameters;
            parameters.insert(step().ramp->parameter, valueAt(t, t.done + 1));
            return hand(ctx, t.instrument, parameters);
        }
    }
    return std::nullopt;
}

void RampNode::actionFinished(CursorContext &ctx, quint64 actionId, const Reading &reading)
{
    const Handed h = release(ctx, actionId, reading);
    auto t = std::find_if(m_tracks.begin(), m_tracks.end(),
                          [&h](const Track &k) { return k.instrument == h.instrument; });
    if (t == m_tracks.end())
        return;
    if (reading.isNull() || reading->status == JobStatus::Cancelled || ctx.stopped) {
        t->finished = true; // the instrument left the run, or the run is stopping
        return;
    }
    if (h.ownOperation) {
        const std::optional<double> from = succeeded(reading) ? value(reading) : std::nullopt;
        if (!from) {
            ctx.fail(QCoreApplication::translate(
                         "ld::PlanCursor", "%1: could not read back %2 on '%3' before ramping: %4")
                         .arg(step().path, step().ramp->parameter, t->instrument,
                              reading->error.isEmpty()
                                  ? QCoreApplication::translate("ld::PlanCursor", "no number")
                                  : reading->error));
            return;
        }
        t->known = true;
        t->from = *from;
        t->steps = stepsFor(t->from, t->to, step().ramp->maxStep.value_or(0));
        t->dueNs = ctx.now;
        return;
    }
    if (!succeeded(reading)) {
        ctx.fail(
            QCoreApplication::translate("ld::PlanCursor", "%1: the ramp on '%2' stopped at %3: %4")
                .arg(step().path, t->instrument)
                .arg(valueAt(*t, t->done))
                .arg(reading->error));
        return;
    }
    ++t->done;
    t->dueNs = ctx.now + spacingNs(*t);
    t->finished = t->done >= t->steps;
}

bool RampNode::isDone(const CursorContext &ctx) const
{
    if (hasUnfinished())
        return false;
    if (ctx.stopped)
        return true;
    return std::all_of(m_tracks.cbegin(), m_tracks.cend(), [&ctx](const Track &t) {
        return t.finished || ctx.removed.contains(t.instrument);
    });
}

qint64 RampNode::nextWakeNs() const
{
    qint64 wake = -1;
    for (const Track &t : m_tracks)
        if (t.known && !t.finished && t.done < t.steps && !isUnfinished(t.instrument))
            wake = earliest(wake, t.dueNs);
    return wake;
}

} // namespace ld::detail
