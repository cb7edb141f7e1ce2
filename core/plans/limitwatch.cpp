// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/limitwatch.h"

#include <algorithm>
#include <variant>

namespace ld {

LimitWatch::LimitWatch(const Plan &plan, const Resolver &resolve)
{
    const auto add = [&](const PlanLimit &l, const QString &path) {
        QStringList names = l.instruments.names;
        if (names.isEmpty() && !l.instruments.kind.isEmpty()) {
            names = resolve(l.instruments);
            if (names.isEmpty())
                return; // no instrument of that kind: nothing to watch
        }
        m_limits.append({l, path, names, {}});
    };
    for (const PlanLimit &l : plan.limits)
        add(l, QString());
    forEachStep(plan.steps, [&](const PlanStep &s) {
        for (const PlanLimit &l : s.limits)
            add(l, s.path);
    });
}

bool LimitWatch::covers(const Watched &w, const QString &stepPath, const QString &instrument,
                        const QString &quantity)
{
    if (w.limit.quantity != quantity)
        return false;
    // Under a step: its own path, or a child's ("steps[2]." is not "steps[20]").
    if (!w.stepPath.isEmpty() && stepPath != w.stepPath &&
        !stepPath.startsWith(w.stepPath + QLatin1Char('.')))
        return false;
    return w.instruments.isEmpty() || w.instruments.contains(instrument);
}

bool LimitWatch::acts(const QString &stepPath, const QString &instrument,
                      const QString &quantity) const
{
    return std::any_of(m_limits.cbegin(), m_limits.cend(), [&](const Watched &w) {
        return w.limit.action != PlanLimit::Action::Warn &&
               covers(w, stepPath, instrument, quantity);
    });
}

QList<LimitWatch::Crossing> LimitWatch::feed(const Reading &reading)
{
    QList<Crossing> out;
    if (reading.isNull() || reading->status != JobStatus::Succeeded)
        return out;
    const double *value = std::get_if<double>(&reading->value);
    if (!value)
        return out;
    const QString quantity = reading.quantityOrOperation();
    const QString &instrument = reading->instrument;
    for (Watched &w : m_limits) {
        const PlanLimit &l = w.limit;
        if (!covers(w, reading->step, instrument, quantity))
            continue;
        const bool below = l.min && *value < *l.min;
        const bool above = l.max && *value > *l.max;
        if (!below && !above) {
            w.outside.remove(instrument);
            continue;
        }
        int &count = w.outside[instrument];
        if (++count < std::max(1, l.consecutive))
            continue;
        count = 0;
        out.append({l, instrument, *value, below ? *l.min : *l.max});
    }
    return out;
}

} // namespace ld
