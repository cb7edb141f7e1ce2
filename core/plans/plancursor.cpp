// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor.h"

#include "plans/plancursor_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ld {

namespace detail {

namespace {

bool isOperation(PlanStep::Type type)
{
    return type == PlanStep::Type::Set || type == PlanStep::Type::Measure ||
           type == PlanStep::Type::Query;
}

/** The one step a body runs as a whole: itself when it is one step. */
std::unique_ptr<StepNode> makeBody(const PlanStep &owner, StepNode *parent, CursorContext &ctx)
{
    if (owner.body.size() == 1)
        return StepNode::create(owner.body.constFirst(), parent, ctx);
    return std::make_unique<SequenceNode>(owner, parent);
}

/** "${name}" as a whole string value is the variable's value; anything else is kept. */
QVariantMap substitute(const QVariantMap &parameters,
                       const QList<std::pair<QString, double>> &variables)
{
    if (variables.isEmpty())
        return parameters;
    static const QRegularExpression reference(QStringLiteral("^\\$\\{([^}]+)\\}$"));
    QVariantMap out = parameters;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it->typeId() != QMetaType::QString)
            continue;
        const QRegularExpressionMatch m = reference.match(it->toString());
        if (!m.hasMatch())
            continue;
        // The innermost binding of a name wins.
        for (auto v = variables.crbegin(); v != variables.crend(); ++v)
            if (v->first == m.captured(1)) {
                *it = v->second;
                break;
            }
    }
    return out;
}

qint64 earliest(qint64 a, qint64 b)
{
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return std::min(a, b);
}

} // namespace

bool StepNode::supported(PlanStep::Type type)
{
    switch (type) {
    case PlanStep::Type::Set:
    case PlanStep::Type::Measure:
    case PlanStep::Type::Query:
    case PlanStep::Type::Sequence:
    case PlanStep::Type::Parallel:
    case PlanStep::Type::Repeat:
        return true;
    case PlanStep::Type::Wait:
    case PlanStep::Type::Sweep:
        break;
    }
    return false;
}

std::unique_ptr<StepNode> StepNode::create(const PlanStep &step, StepNode *parent,
                                           CursorContext &ctx)
{
    switch (step.type) {
    case PlanStep::Type::Set:
    case PlanStep::Type::Measure:
    case PlanStep::Type::Query:
        return std::make_unique<OperationNode>(step, parent, ctx);
    case PlanStep::Type::Sequence:
        return std::make_unique<SequenceNode>(step, parent);
    case PlanStep::Type::Parallel:
        return std::make_unique<ParallelNode>(step, parent, ctx);
    case PlanStep::Type::Repeat:
        if (step.intervalMs > 0)
            return std::make_unique<RepeatIntervalNode>(step, parent, ctx);
        return std::make_unique<RepeatCountNode>(step, parent);
    case PlanStep::Type::Wait:
    case PlanStep::Type::Sweep:
        break;
    }
    return nullptr;
}

QList<std::pair<QString, double>> StepNode::variables() const
{
    std::vector<const StepNode *> chain;
    for (const StepNode *n = this; n; n = n->parent())
        chain.push_back(n);
    QList<std::pair<QString, double>> out;
    for (auto it = chain.crbegin(); it != chain.crend(); ++it)
        (*it)->bindings(out);
    return out;
}

// ---- OperationNode -------------------------------------------------------------------------

OperationNode::OperationNode(const PlanStep &step, StepNode *parent, CursorContext &ctx,
                             const QString &only)
    : StepNode(step, parent)
    , m_ctx(ctx)
    , m_names(only.isEmpty() ? ctx.env.resolve(step.instruments) : QStringList{only})
{}

OperationNode::~OperationNode()
{
    // A node goes only when done, or with the whole cursor: nothing points at it after.
    for (quint64 id : std::as_const(m_outstanding))
        m_ctx.owners.erase(id);
}

std::optional<PlanAction> OperationNode::next(CursorContext &ctx)
{
    while (m_handed < m_names.size()) {
        const QString &name = m_names.at(m_handed++);
        if (ctx.removed.contains(name))
            continue;
        PlanAction a;
        a.id = ++ctx.nextActionId;
        a.instrument = name;
        a.step = &step();
        a.variables = variables();
        a.parameters = substitute(step().parameters, a.variables);
        m_outstanding.insert(a.id);
        ctx.owners.emplace(a.id, this);
        return a;
    }
    return std::nullopt;
}

void OperationNode::actionFinished(CursorContext &ctx, quint64 actionId, const Reading &)
{
    m_outstanding.remove(actionId);
    ctx.owners.erase(actionId);
}

bool OperationNode::isDone(const CursorContext &ctx) const
{
    return m_outstanding.isEmpty() && (ctx.stopped || m_handed >= m_names.size());
}

// ---- SequenceNode --------------------------------------------------------------------------

std::optional<PlanAction> SequenceNode::next(CursorContext &ctx)
{
    for (;;) {
        if (!m_current) {
            if (m_index >= step().body.size())
                return std::nullopt;
            m_current = create(step().body.at(m_index++), this, ctx);
            if (!m_current)
                continue; // refused before the run started; not reached
        }
        if (auto a = m_current->next(ctx))
            return a;
        if (!m_current->isDone(ctx))
            return std::nullopt;
        m_current.reset(); // done without an action (every instrument stopped): go on
    }
}

void SequenceNode::childProgressed(CursorContext &ctx, StepNode *child)
{
    if (child == m_current.get() && m_current->isDone(ctx))
        m_current.reset();
}

bool SequenceNode::isDone(const CursorContext &ctx) const
{
    if (m_current && !m_current->isDone(ctx))
        return false;
    return ctx.stopped || m_index >= step().body.size();
}

qint64 SequenceNode::nextWakeNs() const
{
    return m_current ? m_current->nextWakeNs() : -1;
}

// ---- ParallelNode --------------------------------------------------------------------------

ParallelNode::ParallelNode(const PlanStep &step, StepNode *parent, CursorContext &ctx)
    : StepNode(step, parent)
{
    for (const PlanStep &s : step.body)
        if (auto child = create(s, this, ctx))
            m_children.push_back(std::move(child));
    m_turn = m_children.begin();
}

std::optional<PlanAction> ParallelNode::next(CursorContext &ctx)
{
    // Round robin from where the last action came: every child gets its turn at the window.
    for (size_t asked = 0, n = m_children.size(); asked < n; ++asked) {
        if (m_turn == m_children.end())
            m_turn = m_children.begin();
        auto it = m_turn++;
        if (auto a = (*it)->next(ctx))
            return a;
        if ((*it)->isDone(ctx)) {
            if (m_turn == std::next(it))
                m_turn = m_children.erase(it);
            else
                m_children.erase(it);
        }
    }
    return std::nullopt;
}

void ParallelNode::childProgressed(CursorContext &ctx, StepNode *child)
{
    if (!child->isDone(ctx))
        return;
    for (auto it = m_children.begin(); it != m_children.end(); ++it)
        if (it->get() == child) {
            if (m_turn == it)
                m_turn = m_children.erase(it);
            else
                m_children.erase(it);
            return;
        }
}

bool ParallelNode::isDone(const CursorContext &ctx) const
{
    for (const auto &c : m_children)
        if (!c->isDone(ctx))
            return false;
    return true;
}

qint64 ParallelNode::nextWakeNs() const
{
    qint64 wake = -1;
    for (const auto &c : m_children)
        wake = earliest(wake, c->nextWakeNs());
    return wake;
}

// ---- RepeatCountNode -----------------------------------------------------------------------

RepeatCountNode::RepeatCountNode(const PlanStep &step, StepNode *parent)
    : StepNode(step, parent)
    , m_pipelined(step.body.size() == 1 && isOperation(step.body.constFirst().type))
{}

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
    for (auto &it : m_iterations)
        if (auto a = it->next(ctx))
            return a;
    if (ctx.stopped || m_empty || m_started >= step().count)
        return std::nullopt;
    const size_t ahead = m_pipelined ? kAhead : 1;
    if (m_iterations.size() >= ahead)
        return std::nullopt;
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

// ---- RepeatIntervalNode --------------------------------------------------------------------

RepeatIntervalNode::RepeatIntervalNode(const PlanStep &step, StepNode *parent, CursorContext &ctx)
    : StepNode(step, parent)
    , m_origin(ctx.now) // waves are timed from when the step starts
    , m_perInstrument(step.body.size() == 1 && isOperation(step.body.constFirst().type))
{
    const QStringList firing = m_perInstrument ? ctx.env.resolve(step.body.constFirst().instruments)
                                               : QStringList{QString()};
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

} // namespace detail

using detail::StepNode;

// ---- PlanCursor ----------------------------------------------------------------------------

PlanCursor::PlanCursor(Plan plan, Environment environment)
    : m_plan(std::move(plan))
    , m_ctx(std::make_unique<detail::CursorContext>())
{
    m_ctx->env = std::move(environment);
    m_rootStep.type = PlanStep::Type::Sequence;
    m_rootStep.body = m_plan.steps;
}

PlanCursor::~PlanCursor()
{
    m_root.reset(); // before the context its nodes point into
}

QString PlanCursor::unsupportedStep(const Plan &plan)
{
    std::function<QString(const QList<PlanStep> &)> walk = [&](const QList<PlanStep> &steps) {
        for (const PlanStep &s : steps) {
            if (!StepNode::supported(s.type))
                return s.path.isEmpty() ? QStringLiteral("?") : s.path;
            if (const QString inner = walk(s.body); !inner.isEmpty())
                return inner;
        }
        return QString();
    };
    return walk(plan.steps);
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
    // Up to the root: each parent may drop the child on the path (and with it `node`).
    while (StepNode *parent = node->parent()) {
        parent->childProgressed(*m_ctx, node);
        node = parent;
    }
    if (m_root && m_root->isDone(*m_ctx))
        m_root.reset();
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

int PlanCursor::inFlight() const
{
    return int(m_ctx->owners.size());
}

QList<PlanCursor::Note> PlanCursor::takeNotes()
{
    return std::exchange(m_ctx->notes, {});
}

} // namespace ld
