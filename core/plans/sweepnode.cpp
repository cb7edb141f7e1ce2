// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor_p.h"

#include "plans/planvalidator.h"

namespace ld::detail {

SweepNode::SweepNode(const PlanStep &step, StepNode *parent)
    : StepNode(step, parent)
    , m_count(step.body.isEmpty() ? 0 : PlanValidator::sweepCount(step))
{}

std::optional<PlanAction> SweepNode::next(CursorContext &ctx)
{
    if (auto a = nextOf(ctx, m_trailing)) // what was retracted there goes first
        return a;
    for (;;) {
        if (!m_body) {
            if (ctx.stopped || m_index >= m_count)
                return std::nullopt;
            m_value = PlanValidator::sweepValue(step(), m_index++);
            m_body = makeBody(step(), this, ctx);
        }
        if (auto a = m_body->next(ctx))
            return a;
        if (m_body->isDone(ctx)) {
            m_body.reset();
            continue;
        }
        // The next point ahead of this one's unfinished actions, when they allow it.
        const std::optional<QStringList> running = m_body->tail(ctx);
        if (m_index >= m_count || !running || !ctx.mayGoOn(*running, step().body.constFirst()))
            return std::nullopt;
        m_trailing.push_back(std::move(m_body));
    }
}

void SweepNode::childProgressed(CursorContext &ctx, StepNode *child)
{
    if (!child->isDone(ctx))
        return;
    if (child == m_body.get())
        m_body.reset();
    else
        m_trailing.remove_if([child](const auto &t) { return t.get() == child; });
}

bool SweepNode::isDone(const CursorContext &ctx) const
{
    if (!m_trailing.empty() || (m_body && !m_body->isDone(ctx)))
        return false;
    return ctx.stopped || m_index >= m_count;
}

qint64 SweepNode::nextWakeNs() const
{
    qint64 wake = m_body ? m_body->nextWakeNs() : -1;
    for (const auto &t : m_trailing)
        wake = earliest(wake, t->nextWakeNs());
    return wake;
}

void SweepNode::bindings(QList<std::pair<QString, double>> &out) const
{
    if (m_index > 0)
        out.append({step().variable, m_value});
}

std::optional<QStringList> SweepNode::tail(const CursorContext &ctx) const
{
    if (ctx.stopped || m_index < m_count)
        return std::nullopt;
    return tailOf(ctx, m_trailing, m_body.get());
}

} // namespace ld::detail
