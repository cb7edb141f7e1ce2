// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor.h"

#include "plans/plancursor_p.h"

#include <utility>

namespace ld {

using detail::StepNode;

namespace {

/** Every kind `steps` select by, resolved once into `ctx` (see Environment::resolve). */
void resolveKinds(const QList<PlanStep> &steps, detail::CursorContext &ctx)
{
    forEachStep(steps, [&ctx](const PlanStep &s) {
        const InstrumentSelector &selector = s.instruments;
        if (selector.names.isEmpty() && !selector.kind.isEmpty() &&
            !ctx.kinds.contains(selector.kind))
            ctx.kinds.insert(selector.kind, ctx.env.resolve(selector));
    });
}

} // namespace

PlanCursor::PlanCursor(Plan plan, Environment environment)
    : m_plan(std::move(plan))
    , m_ctx(std::make_unique<detail::CursorContext>())
{
    m_ctx->env = std::move(environment);
    m_rootStep.type = PlanStep::Type::Sequence;
    m_rootStep.body = m_plan.steps;
    resolveKinds(m_plan.steps, *m_ctx);
    m_ctx->ramps = anyStep(m_plan.steps, [](const PlanStep &s) { return s.ramp.has_value(); });
}

PlanCursor::~PlanCursor()
{
    m_root.reset(); // before the context its nodes point into
}

std::optional<PlanAction> PlanCursor::next(qint64 nowNs)
{
    m_ctx->now = nowNs;
    if (!m_root && !m_started) {
        m_started = true;
        m_root = std::make_unique<detail::SequenceNode>(m_rootStep, nullptr);
    }
    if (!m_root)
        return std::nullopt;
    auto a = m_root->next(*m_ctx);
    if (!a && m_root->isDone(*m_ctx))
        m_root.reset();
    return a;
}

void PlanCursor::finished(quint64 actionId, const Reading &reading, qint64 nowNs)
{
    m_ctx->now = nowNs;
    auto it = m_ctx->owners.find(actionId);
    if (it == m_ctx->owners.end())
        return;
    StepNode *node = it->second;
    node->actionFinished(*m_ctx, actionId, reading);
    progressed(node);
}

void PlanCursor::progressed(detail::StepNode *node)
{
    // Up to the root: each parent may drop the child on the path (and with it `node`).
    while (StepNode *parent = node->parent()) {
        parent->childProgressed(*m_ctx, node);
        node = parent;
    }
    if (m_root && m_root->isDone(*m_ctx))
        m_root.reset();
}

void PlanCursor::retract(quint64 actionId, qint64 nowNs)
{
    m_ctx->now = nowNs;
    auto it = m_ctx->owners.find(actionId);
    if (it == m_ctx->owners.end())
        return;
    StepNode *node = it->second;
    node->actionRetracted(*m_ctx, actionId);
    // A stopped run hands nothing out again: the node may be done now, as on a finish.
    progressed(node);
}

bool PlanCursor::isOver() const
{
    return m_started && !m_root && m_ctx->owners.empty();
}

qint64 PlanCursor::nextWakeNs() const
{
    return m_root && !m_ctx->stopped ? m_root->nextWakeNs() : -1;
}

void PlanCursor::remove(const QStringList &names)
{
    for (const QString &n : names)
        m_ctx->removed.insert(n);
}

void PlanCursor::stop()
{
    m_ctx->stopped = true;
    m_started = true;
    if (m_root && m_root->isDone(*m_ctx))
        m_root.reset();
}

bool PlanCursor::isStopped() const
{
    return m_ctx->stopped;
}

QString PlanCursor::failure() const
{
    return m_ctx->failure;
}

int PlanCursor::inFlight() const
{
    return int(m_ctx->owners.size());
}

QList<PlanCursor::Note> PlanCursor::takeNotes()
{
    return std::exchange(m_ctx->notes, {});
}

} // namespace ld
