// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor_p.h"

namespace ld::detail {

std::optional<PlanAction> SerialNode::next(CursorContext &ctx)
{
    if (auto a = nextOf(ctx, m_trailing)) // what was retracted there goes first
        return a;
    for (;;) {
        if (!m_current) {
            if (ctx.stopped || !hasMore())
                return std::nullopt;
            m_current = makeNext(ctx);
            if (!m_current)
                continue; // refused before the run started; not reached
        }
        if (auto a = m_current->next(ctx))
            return a;
        if (m_current->isDone(ctx)) {
            m_current.reset(); // done without an action (every instrument stopped): go on
            continue;
        }
        // The next child ahead of this one's unfinished actions, when they allow it.
        if (!hasMore())
            return std::nullopt;
        const std::optional<Names> running = m_current->tail(ctx);
        if (!running || !ctx.mayGoOn(*running, nextStep()))
            return std::nullopt;
        m_trailing.push_back(std::move(m_current));
    }
}

void SerialNode::childProgressed(CursorContext &ctx, StepNode *child)
{
    if (!child->isDone(ctx))
        return;
    if (child == m_current.get())
        m_current.reset();
    else
        m_trailing.remove_if([child](const auto &t) { return t.get() == child; });
}

bool SerialNode::isDone(const CursorContext &ctx) const
{
    if (!m_trailing.empty() || (m_current && !m_current->isDone(ctx)))
        return false;
    return ctx.stopped || !hasMore();
}

qint64 SerialNode::nextWakeNs() const
{
    qint64 wake = m_current ? m_current->nextWakeNs() : -1;
    for (const auto &t : m_trailing)
        wake = earliest(wake, t->nextWakeNs());
    return wake;
}

std::optional<Names> SerialNode::tail(const CursorContext &ctx) const
{
    if (ctx.stopped || hasMore())
        return std::nullopt;
    return tailOf(ctx, m_trailing, m_current.get());
}

} // namespace ld::detail
