// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor_p.h"

#include <algorithm>

namespace ld::detail {

ActionNode::ActionNode(const PlanStep &step, StepNode *parent, CursorContext &ctx)
    : StepNode(step, parent)
    , m_ctx(ctx)
{}

ActionNode::~ActionNode()
{
    // A node goes only when done, or with the whole cursor: nothing points at it after.
    while (!m_unfinished.empty())
        forget(m_ctx, m_unfinished.begin()->first);
}

PlanAction ActionNode::hand(CursorContext &ctx, const QString &instrument,
                            const QVariantMap &parameters,
                            std::optional<DriverProfile::Operation> operation)
{
    PlanAction a;
    a.instrument = instrument;
    a.step = &step();
    a.variables = variables();
    a.parameters = substitute(parameters, a.variables);
    a.operation = std::move(operation);
    return record(ctx, std::move(a));
}

PlanAction ActionNode::handAgain(CursorContext &ctx, const Handed &handed)
{
    PlanAction a;
    a.instrument = handed.instrument;
    a.step = &step();
    a.variables = handed.variables;
    a.parameters = handed.parameters;
    return record(ctx, std::move(a));
}

PlanAction ActionNode::record(CursorContext &ctx, PlanAction a)
{
    a.id = ++ctx.nextActionId;
    std::deque<quint64> &chain = ctx.chains[a.instrument];
    // Behind an unfinished action of its instrument: it may start only once that one has
    // succeeded (PlanAction::after). Only an OperationNode's can be handed out again.
    if (!chain.empty() && m_chained)
        a.after = chain.back();
    chain.push_back(a.id);
    // Asked once, here: what it depends on (the instrument's target, the plan's limits) stays
    // as it is for the run, and a tail is asked far more often than an action is handed out.
    const bool mayRunAhead = ctx.env.mayRunAhead && ctx.env.mayRunAhead(step(), a.instrument);
    m_unfinished.emplace(a.id, Handed{a.instrument, a.parameters, a.operation.has_value(),
                                      a.variables, mayRunAhead});
    ctx.owners.emplace(a.id, this);
    return a;
}

ActionNode::Handed ActionNode::forget(CursorContext &ctx, quint64 actionId)
{
    ctx.owners.erase(actionId);
    auto it = m_unfinished.find(actionId);
    if (it == m_unfinished.end())
        return {};
    Handed h = std::move(it->second);
    m_unfinished.erase(it);
    auto chain = ctx.chains.find(h.instrument);
    if (chain != ctx.chains.end()) {
        chain->erase(std::remove(chain->begin(), chain->end(), actionId), chain->end());
        if (chain->empty())
            ctx.chains.erase(chain);
    }
    return h;
}

ActionNode::Handed ActionNode::retract(CursorContext &ctx, quint64 actionId)
{
    return forget(ctx, actionId);
}

std::optional<Names> ActionNode::unfinishedTail() const
{
    Names out;
    for (const auto &[id, handed] : m_unfinished) {
        if (!handed.mayRunAhead)
            return std::nullopt;
        out.append(handed.instrument);
    }
    return out;
}

ActionNode::Handed ActionNode::release(CursorContext &ctx, quint64 actionId, const Reading &reading)
{
    Handed h = forget(ctx, actionId);
    if (h.instrument.isEmpty())
        return h;
    if (ctx.ramps && step().type == PlanStep::Type::Set && !h.ownOperation && succeeded(reading)) {
        for (auto p = h.parameters.cbegin(); p != h.parameters.cend(); ++p)
            if (const std::optional<double> v = number(*p))
                ctx.setpoints[CursorContext::setpointKey(h.instrument, step().operation, p.key(),
                                                         h.parameters)] = {*v, ctx.now};
    }
    return h;
}

bool ActionNode::isUnfinished(const QString &instrument) const
{
    for (const auto &[id, handed] : m_unfinished)
        if (handed.instrument == instrument)
            return true;
    return false;
}

} // namespace ld::detail
