// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor_p.h"

#include "plans/planvalidator.h"

namespace ld::detail {

SweepNode::SweepNode(const PlanStep &step, StepNode *parent)
    : SerialNode(step, parent)
    , m_count(step.body.isEmpty() ? 0 : PlanValidator::sweepCount(step))
{}

std::unique_ptr<StepNode> SweepNode::makeNext(CursorContext &ctx)
{
    m_value = PlanValidator::sweepValue(step(), m_index++);
    return makeBody(step(), this, ctx);
}

void SweepNode::bindings(QList<std::pair<QString, double>> &out) const
{
    if (m_index > 0)
        out.append({step().variable, m_value});
}

} // namespace ld::detail
