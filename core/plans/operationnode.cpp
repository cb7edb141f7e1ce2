// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor_p.h"

#include <algorithm>

namespace ld::detail {

OperationNode::OperationNode(const PlanStep &step, StepNode *parent, CursorContext &ctx,
                             const QString &only)
    : ActionNode(step, parent, ctx)
    , m_names(only.isEmpty() ? ctx.resolve(step.instruments) : QStringList{only})
{
    m_chained = true;
}

std::optional<PlanAction> OperationNode::next(CursorContext &ctx)
{
    while (!ctx.stopped && !m_retracted.empty()) {
        const Handed h = std::move(m_retracted.front());
        m_retracted.pop_front();
        if (!ctx.removed.contains(h.instrument))
            return handAgain(ctx, h);
    }
    while (!ctx.stopped && m_handed < m_names.size()) {
        const QString &name = m_names.at(m_handed++);
        if (ctx.removed.contains(name))
            continue;
        return hand(ctx, name, step().parameters);
    }
    return std::nullopt;
}

void OperationNode::actionFinished(CursorContext &ctx, quint64 actionId, const Reading &reading)
{
    release(ctx, actionId, reading);
}

void OperationNode::actionRetracted(CursorContext &ctx, quint64 actionId)
{
    Handed h = retract(ctx, actionId);
    if (!h.instrument.isEmpty())
        m_retracted.push_back(std::move(h));
}

bool OperationNode::isDone(const CursorContext &ctx) const
{
    if (hasUnfinished())
        return false;
    if (ctx.stopped)
        return true;
    return m_handed >= m_names.size() &&
           std::all_of(m_retracted.cbegin(), m_retracted.cend(),
                       [&ctx](const Handed &h) { return ctx.removed.contains(h.instrument); });
}

std::optional<Names> OperationNode::tail(const CursorContext &ctx) const
{
    if (ctx.stopped || m_handed < m_names.size() || !m_retracted.empty())
        return std::nullopt;
    return unfinishedTail();
}

} // namespace ld::detail
