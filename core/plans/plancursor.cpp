// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor.h"

#include "plans/plancursor_p.h"
#include "plans/planvalidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

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

constexpr qint64 kNsPerMs = 1'000'000;

bool succeeded(const Reading &reading)
{
    return !reading.isNull() && reading->status == JobStatus::Succeeded;
}

/** A parameter's value when it is a number (not text that looks like one). */
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

/** A reading's value when it is one number. */
std::optional<double> value(const Reading &reading)
{
    if (reading.isNull())
        return std::nullopt;
    if (const double *v = std::get_if<double>(&reading->value))
        return *v;
    return std::nullopt;
}

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
        return ctx.env.resolve(step.instruments);
    case PlanStep::Type::Measure:
    case PlanStep::Type::Query:
        return ctx.env.resolve(step.instruments);
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

QStringList sortedUnique(QStringList names)
{
    names.sort();
    names.removeDuplicates();
    return names;
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

bool CursorContext::mayGoOn(const QStringList &tail, const PlanStep &next) const
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
    QStringList names = *first;
    names.removeIf([this](const QString &n) { return removed.contains(n); });
    // Exactly the same instruments: an action on another one would not wait for these.
    const QStringList running = sortedUnique(tail);
    if (sortedUnique(names) != running)
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

std::optional<QStringList> tailOf(const CursorContext &ctx, const Trailing &nodes,
                                  const StepNode *current)
{
    QStringList out;
    if (current) {
        const std::optional<QStringList> t = current->tail(ctx);
        if (!t)
            return std::nullopt;
        out = *t;
    }
    for (const auto &node : nodes) {
        const std::optional<QStringList> t = node->tail(ctx);
        if (!t)
            return std::nullopt;
        out += *t;
    }
    return out;
}

// ---- ActionNode ----------------------------------------------------------------------------

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
    m_unfinished.emplace(a.id,
                         Handed{a.instrument, a.parameters, a.operation.has_value(), a.variables});
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

std::optional<QStringList> ActionNode::unfinishedTail(const CursorContext &ctx) const
{
    QStringList out;
    for (const auto &[id, handed] : m_unfinished) {
        if (!ctx.env.mayRunAhead || !ctx.env.mayRunAhead(step(), handed.instrument))
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
    if (step().type == PlanStep::Type::Set && !h.ownOperation && succeeded(reading)) {
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

// ---- OperationNode -------------------------------------------------------------------------

OperationNode::OperationNode(const PlanStep &step, StepNode *parent, CursorContext &ctx,
                             const QString &only)
    : ActionNode(step, parent, ctx)
    , m_names(only.isEmpty() ? ctx.env.resolve(step.instruments) : QStringList{only})
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

std::optional<QStringList> OperationNode::tail(const CursorContext &ctx) const
{
    if (ctx.stopped || m_handed < m_names.size() || !m_retracted.empty())
        return std::nullopt;
    return unfinishedTail(ctx);
}

// ---- RampNode ------------------------------------------------------------------------------

RampNode::RampNode(const PlanStep &step, StepNode *parent, CursorContext &ctx)
    : ActionNode(step, parent, ctx)
{
    const QString &parameter = step.ramp->parameter;
    const QList<std::pair<QString, double>> bound = variables();
    for (const QString &name : ctx.env.resolve(step.instruments)) {
        Track t;
        t.instrument = name;
        t.parameters = substitute(step.parameters, bound);
        t.to = number(t.parameters.value(parameter)).value_or(0);
        const auto known = ctx.setpoints.find(
            CursorContext::setpointKey(name, step.operation, parameter, t.parameters));
        if (known != ctx.setpoints.end()) {
            t.known = true;
            t.from = known->second.value;
            t.steps = stepsFor(t.from, t.to, step.ramp->maxStep.value_or(0));
            t.dueNs = known->second.atNs + spacingNs(t);
        }
        m_tracks.push_back(std::move(t));
    }
}

qint64 RampNode::stepsFor(double from, double to, double maxStep)
{
    if (!(maxStep > 0))
        return 1;
    // A hair of tolerance: 0 to 5 by 1 is five sets, not six for a rounding error.
    const double n = std::ceil(std::abs(to - from) / maxStep * (1 - 1e-12));
    return std::max<qint64>(1, qint64(std::min(n, 1e15)));
}

double RampNode::valueAt(const Track &t, qint64 i) const
{
    return i >= t.steps ? t.to : t.from + (t.to - t.from) * double(i) / double(t.steps);
}

qint64 RampNode::spacingNs(const Track &t) const
{
    const std::optional<double> rate = step().ramp->maxRatePerSecond;
    if (!rate || !(*rate > 0))
        return 0;
    const double seconds = std::abs(t.to - t.from) / double(t.steps) / *rate;
    return qint64(std::ceil(seconds * 1e9));
}

std::optional<PlanAction> RampNode::next(CursorContext &ctx)
{
    if (ctx.stopped)
        return std::nullopt;
    for (Track &t : m_tracks) {
        if (t.finished || ctx.removed.contains(t.instrument) || isUnfinished(t.instrument))
            continue;
        if (!t.known) {
            std::optional<DriverProfile::Operation> query =
                ctx.env.readback ? ctx.env.readback(t.instrument, step().operation) : std::nullopt;
            if (!query) {
                ctx.fail(QCoreApplication::translate(
                             "ld::PlanCursor", "%1: cannot ramp %2 on '%3': nothing reads it back")
                             .arg(step().path, step().ramp->parameter, t.instrument));
                return std::nullopt;
            }
            // The read-back takes the set's parameters but the value (a channel).
            QVariantMap parameters;
            for (const DriverProfile::Parameter &p : std::as_const(query->parameters))
                if (t.parameters.contains(p.name))
                    parameters.insert(p.name, t.parameters.value(p.name));
            return hand(ctx, t.instrument, parameters, std::move(query));
        }
        if (t.done < t.steps && ctx.now >= t.dueNs) {
            QVariantMap parameters = t.parameters;
            parameters.insert(step().ramp->parameter, valueAt(t, t.done + 1));
            return hand(ctx, t.instrument, parameters);
        }
    }
    return std::nullopt;
}

void RampNode::actionFinished(CursorContext &ctx, quint64 actionId, const Reading &reading)
{
    const Handed h = release(ctx, actionId, reading);
    auto t = std::find_if(m_tracks.begin(), m_tracks.end(),
                          [&h](const Track &k) { return k.instrument == h.instrument; });
    if (t == m_tracks.end())
        return;
    if (reading.isNull() || reading->status == JobStatus::Cancelled || ctx.stopped) {
        t->finished = true; // the instrument left the run, or the run is stopping
        return;
    }
    if (h.ownOperation) {
        const std::optional<double> from = succeeded(reading) ? value(reading) : std::nullopt;
        if (!from) {
            ctx.fail(QCoreApplication::translate(
                         "ld::PlanCursor", "%1: could not read back %2 on '%3' before ramping: %4")
                         .arg(step().path, step().ramp->parameter, t->instrument,
                              reading->error.isEmpty()
                                  ? QCoreApplication::translate("ld::PlanCursor", "no number")
                                  : reading->error));
            return;
        }
        t->known = true;
        t->from = *from;
        t->steps = stepsFor(t->from, t->to, step().ramp->maxStep.value_or(0));
        t->dueNs = ctx.now;
        return;
    }
    if (!succeeded(reading)) {
        ctx.fail(
            QCoreApplication::translate("ld::PlanCursor", "%1: the ramp on '%2' stopped at %3: %4")
                .arg(step().path, t->instrument)
                .arg(valueAt(*t, t->done))
                .arg(reading->error));
        return;
    }
    ++t->done;
    t->dueNs = ctx.now + spacingNs(*t);
    t->finished = t->done >= t->steps;
}

bool RampNode::isDone(const CursorContext &ctx) const
{
    if (hasUnfinished())
        return false;
    if (ctx.stopped)
        return true;
    return std::all_of(m_tracks.cbegin(), m_tracks.cend(), [&ctx](const Track &t) {
        return t.finished || ctx.removed.contains(t.instrument);
    });
}

qint64 RampNode::nextWakeNs() const
{
    qint64 wake = -1;
    for (const Track &t : m_tracks)
        if (t.known && !t.finished && t.done < t.steps && !isUnfinished(t.instrument))
            wake = earliest(wake, t.dueNs);
    return wake;
}

// ---- DurationWaitNode ----------------------------------------------------------------------

DurationWaitNode::DurationWaitNode(const PlanStep &step, StepNode *parent, CursorContext &ctx)
    : StepNode(step, parent)
    , m_until(ctx.now + step.durationMs * kNsPerMs)
{}

bool DurationWaitNode::isDone(const CursorContext &ctx) const
{
    return ctx.stopped || ctx.now >= m_until;
}

// ---- StableWaitNode ------------------------------------------------------------------------

StableWaitNode::StableWaitNode(const PlanStep &step, StepNode *parent, CursorContext &ctx)
    : ActionNode(step, parent, ctx)
    , m_names(ctx.env.resolve(step.instruments))
    , m_deadline(ctx.now + step.timeoutMs * kNsPerMs)
    , m_handed(m_names.size()) // no round yet: the first starts at once
{}

QString StableWaitNode::unstable(const QString &name, qint64 now) const
{
    const auto it = m_history.find(name);
    if (it == m_history.end() || it->second.window.empty())
        return QCoreApplication::translate("ld::PlanCursor", "no reading from '%1'").arg(name);
    const History &h = it->second;
    double lo = h.window.front().second;
    double hi = lo;
    for (const auto &[when, v] : h.window) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (hi - lo > step().tolerance)
        return QCoreApplication::translate("ld::PlanCursor",
                                           "the readings of '%1' spanned %2 (tolerance %3)")
            .arg(name)
            .arg(hi - lo)
            .arg(step().tolerance);
    if (now - h.firstNs < step().stableForMs * kNsPerMs)
        return QCoreApplication::translate("ld::PlanCursor", "'%1' read for less than %2 ms")
            .arg(name)
            .arg(step().stableForMs);
    return {};
}

std::optional<PlanAction> StableWaitNode::next(CursorContext &ctx)
{
    if (ctx.stopped || m_stable)
        return std::nullopt;
    if (ctx.now >= m_deadline) {
        QString why;
        for (const QString &name : std::as_const(m_names))
            if (!ctx.removed.contains(name) && why.isEmpty())
                why = unstable(name, ctx.now);
        ctx.fail(
            QCoreApplication::translate("ld::PlanCursor", "%1: %2 was not stable within %3 ms: %4")
                .arg(step().path, step().operation)
                .arg(step().timeoutMs)
                .arg(why));
        return std::nullopt;
    }
    if (m_handed >= m_names.size()) {
        // A new round once the last one is in and the poll interval has passed.
        if (hasUnfinished() || (m_roundAt >= 0 && ctx.now < m_roundAt + step().pollMs * kNsPerMs))
            return std::nullopt;
        m_roundAt = ctx.now;
        m_handed = 0;
    }
    while (m_handed < m_names.size()) {
        const QString &name = m_names.at(m_handed++);
        if (!ctx.removed.contains(name))
            return hand(ctx, name, step().parameters);
    }
    return std::nullopt;
}

void StableWaitNode::actionFinished(CursorContext &ctx, quint64 actionId, const Reading &reading)
{
    const Handed h = release(ctx, actionId, reading);
    if (const std::optional<double> v = succeeded(reading) ? value(reading) : std::nullopt) {
        History &history = m_history[h.instrument];
        if (history.firstNs < 0)
            history.firstNs = ctx.now;
        history.window.emplace_back(ctx.now, *v);
        const qint64 from = ctx.now - step().stableForMs * kNsPerMs;
        while (history.window.front().first < from)
            history.window.pop_front();
    }
    if (ctx.stopped || hasUnfinished() || m_handed < m_names.size())
        return;
    // A round is in: stable when every instrument still in the run is.
    bool stable = true;
    for (const QString &name : std::as_const(m_names))
        stable = stable && (ctx.removed.contains(name) || unstable(name, ctx.now).isEmpty());
    m_stable = stable;
}

bool StableWaitNode::isDone(const CursorContext &ctx) const
{
    if (hasUnfinished())
        return false;
    return ctx.stopped || m_stable ||
           std::all_of(m_names.cbegin(), m_names.cend(),
                       [&ctx](const QString &n) { return ctx.removed.contains(n); });
}

qint64 StableWaitNode::nextWakeNs() const
{
    if (m_stable)
        return -1;
    if (hasUnfinished() || m_roundAt < 0 || m_handed < m_names.size())
        return m_deadline;
    return std::min(m_deadline, m_roundAt + step().pollMs * kNsPerMs);
}

// ---- OpcWaitNode ---------------------------------------------------------------------------

OpcWaitNode::OpcWaitNode(const PlanStep &step, StepNode *parent, CursorContext &ctx)
    : ActionNode(step, parent, ctx)
    , m_pending(ctx.env.resolve(step.instruments))
    , m_deadline(ctx.now + step.timeoutMs * kNsPerMs)
{}

DriverProfile::Operation OpcWaitNode::opcOperation()
{
    DriverProfile::Operation op;
    op.id = QStringLiteral("*OPC?");
    op.name = QStringLiteral("*OPC?");
    op.kind = DriverProfile::OperationKind::Query;
    op.command = QStringLiteral("*OPC?");
    op.reply = DriverProfile::ReplyType::Number;
    op.repeatSafe = true;
    return op;
}

std::optional<PlanAction> OpcWaitNode::next(CursorContext &ctx)
{
    if (ctx.stopped)
        return std::nullopt;
    m_pending.removeIf([&ctx](const QString &n) { return ctx.removed.contains(n); });
    if (m_pending.isEmpty())
        return std::nullopt;
    if (ctx.now >= m_deadline) {
        ctx.fail(QCoreApplication::translate("ld::PlanCursor",
                                             "%1: *OPC? did not answer 1 within %2 ms on %3")
                     .arg(step().path)
                     .arg(step().timeoutMs)
                     .arg(QLatin1Char('\'') + m_pending.join(QLatin1String("', '")) +
                          QLatin1Char('\'')));
        return std::nullopt;
    }
    for (const QString &name : std::as_const(m_pending))
        if (!isUnfinished(name))
            return hand(ctx, name, {}, opcOperation());
    return std::nullopt;
}

void OpcWaitNode::actionFinished(CursorContext &ctx, quint64 actionId, const Reading &reading)
{
    const Handed h = release(ctx, actionId, reading);
    if (reading.isNull() || reading->status == JobStatus::Cancelled || ctx.stopped) {
        m_pending.removeAll(h.instrument);
        return;
    }
    if (reading->status == JobStatus::TimedOut)
        return; // still busy: asked again
    const std::optional<double> v = succeeded(reading) ? value(reading) : std::nullopt;
    if (v && *v == 1) {
        m_pending.removeAll(h.instrument);
        return;
    }
    ctx.fail(QCoreApplication::translate("ld::PlanCursor", "%1: *OPC? on '%2' failed: %3")
                 .arg(step().path, h.instrument,
                      reading->error.isEmpty()
                          ? QCoreApplication::translate("ld::PlanCursor", "it did not answer 1")
                          : reading->error));
}

bool OpcWaitNode::isDone(const CursorContext &ctx) const
{
    if (hasUnfinished())
        return false;
    return ctx.stopped || std::all_of(m_pending.cbegin(), m_pending.cend(),
                                      [&ctx](const QString &n) { return ctx.removed.contains(n); });
}

qint64 OpcWaitNode::nextWakeNs() const
{
    return m_pending.isEmpty() ? -1 : m_deadline;
}

// ---- SweepNode -----------------------------------------------------------------------------

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

// ---- SequenceNode --------------------------------------------------------------------------

std::optional<PlanAction> SequenceNode::next(CursorContext &ctx)
{
    if (auto a = nextOf(ctx, m_trailing)) // what was retracted there goes first
        return a;
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
        if (m_current->isDone(ctx)) {
            m_current.reset(); // done without an action (every instrument stopped): go on
            continue;
        }
        // The next step ahead of this one's unfinished actions, when they allow it.
        const std::optional<QStringList> running = m_current->tail(ctx);
        if (m_index >= step().body.size() || !running ||
            !ctx.mayGoOn(*running, step().body.at(m_index)))
            return std::nullopt;
        m_trailing.push_back(std::move(m_current));
    }
}

void SequenceNode::childProgressed(CursorContext &ctx, StepNode *child)
{
    if (!child->isDone(ctx))
        return;
    if (child == m_current.get())
        m_current.reset();
    else
        m_trailing.remove_if([child](const auto &t) { return t.get() == child; });
}

bool SequenceNode::isDone(const CursorContext &ctx) const
{
    if (!m_trailing.empty() || (m_current && !m_current->isDone(ctx)))
        return false;
    return ctx.stopped || m_index >= step().body.size();
}

qint64 SequenceNode::nextWakeNs() const
{
    qint64 wake = m_current ? m_current->nextWakeNs() : -1;
    for (const auto &t : m_trailing)
        wake = earliest(wake, t->nextWakeNs());
    return wake;
}

std::optional<QStringList> SequenceNode::tail(const CursorContext &ctx) const
{
    if (ctx.stopped || m_index < step().body.size())
        return std::nullopt;
    return tailOf(ctx, m_trailing, m_current.get());
}

// ---- ParallelNode --------------------------------------------------------------------------

ParallelNode::ParallelNode(const PlanStep &step, StepNode *parent, CursorContext &ctx)
    : StepNode(step, parent)
{
    for (const PlanStep &s : step.body)
        if (auto child = create(s, this, ctx))
            m_children.push_back({std::move(child)});
    m_turn = m_children.begin();
    // Every instrument each child's steps name, as they resolve now.
    std::function<void(const PlanStep &, QSet<QString> &)> names = [&](const PlanStep &s,
                                                                       QSet<QString> &out) {
        for (const QString &n : ctx.env.resolve(s.instruments))
            out.insert(n);
        for (const PlanStep &b : s.body)
            names(b, out);
    };
    QSet<QString> seen;
    m_independent = true;
    for (const PlanStep &s : step.body) {
        QSet<QString> mine;
        names(s, mine);
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
        const std::optional<QStringList> running = tailOf(ctx, m_iterations);
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

std::optional<QStringList> RepeatCountNode::tail(const CursorContext &ctx) const
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
