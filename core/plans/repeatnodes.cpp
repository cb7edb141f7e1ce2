// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace ld::detail {

namespace {

bool isOperation(PlanStep::Type type)
{
    return type == PlanStep::Type::Set || type == PlanStep::Type::Measure ||
           type == PlanStep::Type::Query;
}

} // namespace

// ---- RepeatCountNode -----------------------------------------------------------------------

std::optional<PlanAction> RepeatCountNode::startIteration(CursorContext &ctx)
{
    ++m_started;
    m_iterations.push_back(makeBody(step(), this, ctx));
    StepNode *it = m_iterations.back().get();
    if (auto a = it->next(ctx))
        return a;
    if (it->isDone(ctx)) {
        // Nothing to do (its instruments were stopped): no later iteration would have more.
        m_iterations.pop_back();
        m_empty = true;
    }
    return std::nullopt;
}

std::optional<PlanAction> RepeatCountNode::next(CursorContext &ctx)
{
    if (auto a = nextOf(ctx, m_iterations))
        return a;
    if (ctx.stopped || m_empty || m_started >= step().count)
        return std::nullopt;
    if (!m_iterations.empty()) {
        // The next iteration ahead of the unfinished ones, when they allow it.
        const std::optional<Names> running = tailOf(ctx, m_iterations);
        if (!running || !ctx.mayGoOn(*running, step().body.constFirst()))
            return std::nullopt;
    }
    return startIteration(ctx);
}

void RepeatCountNode::childProgressed(CursorContext &ctx, StepNode *child)
{
    if (!child->isDone(ctx))
        return;
    m_iterations.remove_if([child](const auto &it) { return it.get() == child; });
}

bool RepeatCountNode::isDone(const CursorContext &ctx) const
{
    if (!m_iterations.empty())
        return false;
    return ctx.stopped || m_empty || m_started >= step().count;
}

qint64 RepeatCountNode::nextWakeNs() const
{
    qint64 wake = -1;
    for (const auto &it : m_iterations)
        wake = earliest(wake, it->nextWakeNs());
    return wake;
}

std::optional<Names> RepeatCountNode::tail(const CursorContext &ctx) const
{
    if (ctx.stopped || (!m_empty && m_started < step().count))
        return std::nullopt;
    return tailOf(ctx, m_iterations);
}

// ---- RepeatIntervalNode --------------------------------------------------------------------

RepeatIntervalNode::RepeatIntervalNode(const PlanStep &step, StepNode *parent, CursorContext &ctx)
    : StepNode(step, parent)
    , m_origin(ctx.now) // waves are timed from when the step starts
    , m_perInstrument(step.body.size() == 1 && isOperation(step.body.constFirst().type))
{
    const QStringList firing =
        m_perInstrument ? ctx.resolve(step.body.constFirst().instruments) : QStringList{QString()};
    m_schedule = IntervalSchedule(firing, int(step.intervalMs), int(step.durationMs), ctx.env.cap);
}

void RepeatIntervalNode::takeDue(CursorContext &ctx)
{
    if (m_ended)
        return;
    const qint64 elapsed = ctx.now - m_origin;
    for (const QString &name : m_schedule.takeDue(elapsed)) {
        if (!name.isEmpty() && ctx.removed.contains(name))
            continue;
        // A firing still unfinished when the next is due is not piled up: the instrument is
        // slower than the interval; say so once, skip the tick.
        if (m_firings.count(name) ||
            std::find(m_due.cbegin(), m_due.cend(), name) != m_due.cend()) {
            if (!m_warned) {
                m_warned = true;
                ctx.notes.append(
                    {name, QCoreApplication::translate(
                               "ld::Bench",
                               "slower than the %1 ms interval; skipping ticks while it is busy")
                               .arg(step().intervalMs)});
            }
            continue;
        }
        m_due.push_back(name);
    }
    // Waves due before the end still start when the wake-up comes late; then it ends.
    if (m_schedule.isOver(elapsed))
        m_ended = true;
}

std::optional<PlanAction> RepeatIntervalNode::next(CursorContext &ctx)
{
    if (ctx.stopped) {
        m_ended = true;
        m_due.clear();
    }
    takeDue(ctx);
    for (auto &[name, firing] : m_firings)
        if (auto a = firing->next(ctx))
            return a;
    while (!m_due.empty()) {
        const QString name = m_due.front();
        m_due.pop_front();
        if (!name.isEmpty() && ctx.removed.contains(name))
            continue;
        std::unique_ptr<StepNode> firing =
            m_perInstrument
                ? std::make_unique<OperationNode>(step().body.constFirst(), this, ctx, name)
                : makeBody(step(), this, ctx);
        StepNode *f = firing.get();
        m_firings.emplace(name, std::move(firing));
        if (auto a = f->next(ctx))
            return a;
        if (f->isDone(ctx))
            m_firings.erase(name);
    }
    return std::nullopt;
}

void RepeatIntervalNode::childProgressed(CursorContext &ctx, StepNode *child)
{
    if (!child->isDone(ctx))
        return;
    for (auto it = m_firings.begin(); it != m_firings.end(); ++it)
        if (it->second.get() == child) {
            m_firings.erase(it);
            return;
        }
}

bool RepeatIntervalNode::isDone(const CursorContext &ctx) const
{
    if (!m_firings.empty())
        return false;
    if (ctx.stopped)
        return true;
    if (!m_ended || !m_due.empty())
        return false;
    return true;
}

qint64 RepeatIntervalNode::nextWakeNs() const
{
    if (m_ended)
        return -1;
    return m_origin + m_schedule.nextWakeNs();
}

} // namespace ld::detail
