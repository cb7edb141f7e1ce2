// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/runrequest.h"

#include <QCoreApplication>

namespace ld {

QString RunRequest::refusal() const
{
    if (instruments.isEmpty())
        return QCoreApplication::translate("ld::Bench", "Select at least one instrument.");
    if (repeat < 1)
        return QCoreApplication::translate("ld::Bench", "Repeat must be at least 1, not %1.")
            .arg(repeat);
    if (intervalMs < 0 || durationMs < 0)
        return QCoreApplication::translate("ld::Bench",
                                           "Interval and duration cannot be negative.");
    return {};
}

Plan RunRequest::toPlan() const
{
    auto measure = [this](const QStringList &names) {
        PlanStep s;
        s.type = PlanStep::Type::Measure;
        s.instruments.names = names;
        s.operation = operation;
        s.parameters = parameters;
        return s;
    };
    Plan plan;
    plan.priority = priority;
    if (intervalMs > 0) {
        PlanStep r;
        r.type = PlanStep::Type::Repeat;
        r.intervalMs = intervalMs;
        r.durationMs = durationMs;
        r.body = {measure(instruments)};
        plan.steps = {r};
        return plan;
    }
    PlanStep parallel;
    parallel.type = PlanStep::Type::Parallel;
    for (const QString &name : instruments) {
        PlanStep r;
        r.type = PlanStep::Type::Repeat;
        r.count = repeat;
        r.body = {measure({name})};
        parallel.body.append(r);
    }
    plan.steps = {parallel};
    return plan;
}

} // namespace ld
