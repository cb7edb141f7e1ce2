// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor_p.h"

namespace ld::detail {

ParallelNode::ParallelNode(const PlanStep &step, StepNode *parent, CursorContext &ctx)
    : StepNode(step, parent)
{
    for (const PlanStep &s : step.body)
        if (auto child = create(s, this, ctx))
            m_children.push_back({std::move(child)});
    m_turn = m_children.begin();
    // Every instrument each child's steps name: the run's, fixed when it started.
    QSet<QString> seen;
    m_independent = true;
    for (const PlanStep &s : step.body) {
        QSet<QString> mine;
        const auto name = [&](const PlanStep &n) {
            for (const QString &i : ctx.resolve(n.instruments))
                mine.insert(i);
        };
        name(s);
        forEachStep(s.body, name);
        if (seen.intersects(mine))
            m_independent = false;
        seen.unite(mine);
    }
}

void ParallelNode::erase(Children::iterator it)
{
    if (m_turn == it)
        m_turn = m_children.erase(it);
    else
        m_children.erase(it);
}

std::optional<PlanAction> ParallelNode::next(CursorContext &ctx)
{
    // Round robin from where the last action came: every child gets its turn at the window.
    for (size_t asked = 0, n = m_children.size(); asked < n; ++asked) {
        if (m_turn == m_children.end())
            m_turn = m_children.begin();
        auto it = m_turn++;
        if (it->idle && !ctx.stopped && (it->wakeNs < 0 || it->wakeNs > ctx.now))
            continue;
        it->idle = false;
        if (auto a = it->node->next(ctx))
            return a;
        if (it->node->isDone(ctx)) {
            erase(it);
        } else if (m_independent) {
            it->idle = true;
            it->wakeNs = it->node->nextWakeNs();
        }
    }
    return std::nullopt;
}

void ParallelNode::childProgressed(CursorContext &ctx, StepNode *child)
{
    for (auto it = m_children.begin(); it != m_children.end(); ++it)
        if (it->node.get() == child) {
            if (child->isDone(ctx))
                erase(it);
            else
                it->idle = false;
            return;
        }
}

bool ParallelNode::isDone(const CursorContext &ctx) const
{
    for (const Child &c : m_children)
        if (!c.node->isDone(ctx))
            return false;
    return true;
}

qint64 ParallelNode::nextWakeNs() const
{
    qint64 wake = -1;
    for (const Child &c : m_children)
        wake = earliest(wake, c.idle ? c.wakeNs : c.node->nextWakeNs());
    return wake;
}

} // namespace ld::detail
