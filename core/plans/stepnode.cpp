// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor_p.h"

#include "plans/planvalidator.h"

#include <algorithm>

namespace ld::detail {

namespace {

/**
 * The instruments of the first action `step` hands out when it starts, if that action is a
 * set (no ramp), measure or query: what an action handed out ahead may come from. `isSet`:
 * whether it is a set.
 */
std::optional<QStringList> firstInstruments(const PlanStep &step, const CursorContext &ctx,
                                            bool *isSet)
{
    switch (step.type) {
    case PlanStep::Type::Set:
        if (step.ramp)
            return std::nullopt;
        *isSet = true;
        return ctx.resolve(step.instruments);
    case PlanStep::Type::Measure:
    case PlanStep::Type::Query:
        return ctx.resolve(step.instruments);
    case PlanStep::Type::Sequence:
        break;
    case PlanStep::Type::Sweep:
        if (PlanValidator::sweepCount(step) < 1)
            return std::nullopt;
        break;
    case PlanStep::Type::Repeat:
        if (step.intervalMs > 0 || step.count < 1)
            return std::nullopt;
        break;
    default:
        return std::nullopt;
    }
    if (step.body.isEmpty())
        return std::nullopt;
    return firstInstruments(step.body.constFirst(), ctx, isSet);
}

/** `names` sorted, each once: equal names are neighbours, so no hash of them is needed. */
void sortUnique(Names &names)
{
    if (names.size() < 2)
        return;
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
}

} // namespace

std::unique_ptr<StepNode> makeBody(const PlanStep &owner, StepNode *parent, CursorContext &ctx)
{
    if (owner.body.size() == 1)
        return StepNode::create(owner.body.constFirst(), parent, ctx);
    return std::make_unique<SequenceNode>(owner, parent);
}

QVariantMap substitute(const QVariantMap &parameters,
                       const QList<std::pair<QString, double>> &variables)
{
    if (variables.isEmpty())
        return parameters;
    QVariantMap out = parameters;
    for (auto it = out.begin(); it != out.end(); ++it) {
        const QStringView name = PlanValidator::variableReference(*it);
        if (name.isEmpty())
            continue;
        // The innermost binding of a name wins.
        for (auto v = variables.crbegin(); v != variables.crend(); ++v)
            if (v->first == name) {
                *it = v->second; // `name` views the old value: nothing reads it after this
                break;
            }
    }
    return out;
}

bool succeeded(const Reading &reading)
{
    return !reading.isNull() && reading->status == JobStatus::Succeeded;
}

std::optional<double> number(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return v.toDouble();
    default:
        return std::nullopt;
    }
}

std::optional<double> value(const Reading &reading)
{
    if (reading.isNull())
        return std::nullopt;
    if (const double *v = std::get_if<double>(&reading->value))
        return *v;
    return std::nullopt;
}

qint64 earliest(qint64 a, qint64 b)
{
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return std::min(a, b);
}

std::unique_ptr<StepNode> StepNode::create(const PlanStep &step, StepNode *parent,
                                           CursorContext &ctx)
{
    switch (step.type) {
    case PlanStep::Type::Set:
        if (step.ramp)
            return std::make_unique<RampNode>(step, parent, ctx);
        return std::make_unique<OperationNode>(step, parent, ctx);
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
    case PlanStep::Type::Sweep:
        return std::make_unique<SweepNode>(step, parent);
    case PlanStep::Type::Wait:
        switch (step.waitKind) {
        case PlanStep::WaitKind::Duration:
            return std::make_unique<DurationWaitNode>(step, parent, ctx);
        case PlanStep::WaitKind::Stable:
            return std::make_unique<StableWaitNode>(step, parent, ctx);
        case PlanStep::WaitKind::Opc:
            return std::make_unique<OpcWaitNode>(step, parent, ctx);
        }
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

// ---- CursorContext -------------------------------------------------------------------------

QStringList CursorContext::resolve(const InstrumentSelector &selector) const
{
    return selector.names.isEmpty() ? kinds.value(selector.kind) : selector.names;
}

void CursorContext::fail(const QString &text)
{
    if (failure.isEmpty())
        failure = text;
    stopped = true;
}

QString CursorContext::setpointKey(const QString &instrument, const QString &operation,
                                   const QString &parameter, const QVariantMap &parameters)
{
    QString key = instrument + QChar(0x1f) + operation + QChar(0x1f) + parameter;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        if (it.key() != parameter)
            key += QChar(0x1f) + it.key() + QLatin1Char('=') + it->toString();
    return key;
}

int CursorContext::unfinishedOn(const QString &instrument) const
{
    const auto it = chains.constFind(instrument);
    return it == chains.cend() ? 0 : int(it->size());
}

bool CursorContext::mayGoOn(const Names &tail, const PlanStep &next) const
{
    if (stopped || tail.isEmpty())
        return false;
    bool isSet = false;
    const std::optional<QStringList> first = firstInstruments(next, *this, &isSet);
    if (!first)
        return false;
    // A set goes ahead only with room for the action after it (a sweep point's measure),
    // which the engine runs in the set's job: so an instrument's jobs stay whole points.
    const int room = isSet ? 2 : 1;
    Names names;
    for (const QString &n : *first)
        if (!removed.contains(n))
            names.append(n);
    // Exactly the same instruments: an action on another one would not wait for these.
    Names running = tail;
    sortUnique(running);
    sortUnique(names);
    if (names != running)
        return false;
    return std::all_of(running.cbegin(), running.cend(), [this, room](const QString &n) {
        return unfinishedOn(n) + room <= PlanCursor::kAhead + 1;
    });
}

std::optional<PlanAction> nextOf(CursorContext &ctx, Trailing &nodes)
{
    for (auto it = nodes.begin(); it != nodes.end();) {
        if (auto a = (*it)->next(ctx))
            return a;
        it = (*it)->isDone(ctx) ? nodes.erase(it) : std::next(it);
    }
    return std::nullopt;
}

std::optional<Names> tailOf(const CursorContext &ctx, const Trailing &nodes,
                            const StepNode *current)
{
    Names out;
    if (current) {
        const std::optional<Names> t = current->tail(ctx);
        if (!t)
            return std::nullopt;
        out = *t;
    }
    for (const auto &node : nodes) {
        const std::optional<Names> t = node->tail(ctx);
        if (!t)
            return std::nullopt;
        out.append(t->constData(), t->size());
    }
    return out;
}

} // namespace ld::detail
