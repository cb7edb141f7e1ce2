// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace ld::detail {

namespace {

constexpr qint64 kNsPerMs = 1'000'000;

} // namespace

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

} // namespace ld::detail
