// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/plan.h"

#include <QLocale>
#include <QTreeWidgetItem>

#include <cmath>
#include <optional>

namespace ld {

/** How the editor writes an instrument selector in one field: "PSU A, DMM 1" or "kind: psu". */
inline QString selectorText(const InstrumentSelector &selector)
{
    if (!selector.kind.isEmpty())
        return QStringLiteral("kind: ") + selector.kind;
    return selector.names.join(QStringLiteral(", "));
}

/** The selector selectorText() wrote; an empty text selects nothing. */
inline InstrumentSelector parseSelector(const QString &text)
{
    InstrumentSelector selector;
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("kind:"))) {
        selector.kind = t.mid(5).trimmed();
        return selector;
    }
    for (const QString &name : t.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            selector.names.append(name.trimmed());
    return selector;
}

/** A number as the user types it: the C form ("0.5") or the locale's ("0,5"). */
inline std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

/** A number written back into a field, every digit a double holds and no more. */
inline QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

/**
 * A row of the plan editor's step tree: the step's own fields (its body is the item's
 * children, so `step.body` stays empty here).
 */
class PlanStepItem : public QTreeWidgetItem
{
public:
    explicit PlanStepItem(const PlanStep &step)
        : QTreeWidgetItem(UserType)
        , m_step(step)
    {
        m_step.body.clear();
    }

    const PlanStep &step() const { return m_step; }
    void setStep(const PlanStep &step)
    {
        m_step = step;
        m_step.body.clear();
    }
    bool isContainer() const
    {
        return m_step.type == PlanStep::Type::Sweep || m_step.type == PlanStep::Type::Repeat ||
               m_step.type == PlanStep::Type::Parallel || m_step.type == PlanStep::Type::Sequence;
    }

private:
    PlanStep m_step;
};

} // namespace ld
