// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/instrumentlink.h"

#include "instruments/profileregistry.h"
#include "io/gpibcontroller.h"
#include "io/scpireply.h"
#include "io/scpisession.h"
#include "io/transport.h"
#include "io/visaresource.h"
#include "scheduler/handoff.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace ld::detail {

namespace {
Reading::Identity toIdentity(const IdnInfo &idn)
{
    return Reading::Identity{idn.vendor, idn.model, idn.serial, idn.firmware};
}

/**
 * Ends a job whose link did not become ready with what stopped it; false when it is ready.
 * A link that is not ready could not be opened or did not come back: link-down.
 */
bool endUnready(JobContext &ctx, JobStatus status, const QString &error)
{
    switch (status) {
    case JobStatus::Succeeded:
        return false;
    case JobStatus::TimedOut:
        ctx.timedOut(error, FailureKind::LinkDown);
        break;
    case JobStatus::Cancelled:
        ctx.cancelled(error);
        break;
    default:
        ctx.fail(error, FailureKind::LinkDown);
        break;
    }
    return true;
}

/** A reply value the dispatcher and the results layer understand. */
QVariant toJobValue(const QVariant &parsed)
{
    switch (parsed.typeId()) {
    case QMetaType::QStringList:
        return parsed.toStringList().join(QLatin1Char(','));
    case QMetaType::QByteArray:
        return QString::fromLatin1(parsed.toByteArray().toHex());
    default:
        return parsed;
    }
}
} // namespace

InstrumentLink::InstrumentLink(InstrumentConfig config, const ProfileRegistry *profiles,
                               std::shared_ptr<BenchShared> shared,
                               std::shared_ptr<LinkAnchor> anchor, GpibController *controller)
    : m_config(std::move(config))
    , m_profiles(profiles)
    , m_shared(std::move(shared))
    , m_anchor(std::move(anchor))
    , m_controller(controller)
    , m_sharesBus(controller != nullptr)
    , m_reconnectTimer(new QTimer(this))
    , m_waitTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &InstrumentLink::onReconnectDue);
    m_waitTimer->setSingleShot(true);
    m_waitTimer->setTimerType(Qt::PreciseTimer);
    connect(m_waitTimer, &QTimer::timeout, this, &InstrumentLink::expireWaiters);
}

InstrumentLink::~InstrumentLink()
{
    {
        std::lock_guard lock(m_anchor->mutex);
        m_anchor->link = nullptr;
    }
    m_shutDown = true;
    // Deleting the session ends its exchanges as Cancelled, which finishes their jobs.
    delete m_session;
    m_session = nullptr;
    callWaiters(JobStatus::Failed, tr("the instrument was removed"));
}

void InstrumentLink::setTraceRing(std::shared_ptr<TraceRing> ring)
{
    m_trace = std::move(ring);
    if (m_session)
        m_session->setTraceRing(m_trace.get());
}

void InstrumentLink::shutdown()
{
    m_shutDown = true;
    m_reconnectTimer->stop();
    if (m_session)
        m_session->close();
    m_ready = false;
    m_connecting = false;
    callWaiters(JobStatus::Failed, tr("the instrument was switched off"));
}

void InstrumentLink::setState(InstrumentState state, std::optional<QString> error)
{
    if (state == m_state && !error)
        return;
    m_state = state;
    StatusDelta delta;
    delta.name = m_config.name;
    delta.state = state;
    delta.lastError = std::move(error);
    m_shared->push(std::move(delta));
}

void InstrumentLink::callWaiters(JobStatus status, const QString &error)
{
    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    m_waitTimer->stop();
    for (auto &w : waiters)
        w.then(status, error);
}

void InstrumentLink::expireWaiters()
{
    // An attempt under way is bounded by the session's own timeouts; its end decides.
    if (m_connecting || m_waiters.empty())
        return;
    const qint64 now = monotonicNowNs();
    std::vector<Waiter> expired;
    qint64 next = std::numeric_limits<qint64>::max();
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->deadlineNs <= now) {
            expired.push_back(std::move(*it));
            it = m_waiters.erase(it);
        } else {
            next = std::min(next, it->deadlineNs);
            ++it;
        }
    }
    if (!m_waiters.empty())
        m_waitTimer->start(int((next - now + 999999) / 1000000));
    const QString message =
        tr("the link did not come back within %1 ms: %2").arg(m_config.timeoutMs).arg(m_downReason);
    for (auto &w : expired)
        w.then(JobStatus::TimedOut, message);
}

void InstrumentLink::cancelWaiter(quint64 id)
{
    const auto it = std::find_if(m_waiters.begin(), m_waiters.end(),
                                 [id](const Waiter &w) { return w.id == id; });
    if (it == m_waiters.end())
        return;
    Ready then = std::move(it->then);
    m_waiters.erase(it);
    then(JobStatus::Cancelled, tr("cancelled while waiting for the link"));
}

bool InstrumentLink::isReady() const
{
    return m_ready && m_session && m_session->isOpen();
}

void InstrumentLink::ensureReady(const CancellationToken &token, Ready then)
{
    if (isReady()) {
        then(JobStatus::Succeeded, {});
        return;
    }
    if (m_shutDown) {
        then(JobStatus::Failed, tr("the instrument is switched off"));
        return;
    }
    // Wait for the link, through the backoff and as many attempts as fit, up to the
    // instrument's timeout: one disconnect must not fail every job queued behind it. The job
    // holds its slot meanwhile, as it would waiting for a slow reply.
    const quint64 id = ++m_nextWaiterId;
    const qint64 deadline = monotonicNowNs() + qint64(m_config.timeoutMs) * 1000000;
    const bool first = m_waiters.empty();
    m_waiters.push_back({id, deadline, std::move(then)});
    if (first || m_waitTimer->remainingTime() > m_config.timeoutMs)
        m_waitTimer->start(m_config.timeoutMs);
    whenCancelled(token, [id](InstrumentLink *self) { self->cancelWaiter(id); });
    if (!m_connecting && !m_reconnectTimer->isActive())
        startConnect();
}

void InstrumentLink::onReconnectDue()
{
    // On a shared bus only a job may talk: the next one that needs this link connects at once
    // (ensureReady() finds no timer running). A job waiting now holds the bus, so go ahead.
    if (m_sharesBus && m_waiters.empty())
        return;
    startConnect();
}

void InstrumentLink::startConnect()
{
    if (m_shutDown || m_connecting)
        return;
    m_connecting = true;
    m_ready = false;
    setState(m_expected ? InstrumentState::Reconnecting : InstrumentState::Connecting);
    if (!m_session) {
        QString why;
        const VisaResource resource = VisaResource::parse(m_config.resource, &why);
        std::unique_ptr<Transport> transport;
        if (resource.kind() == VisaResource::Kind::Gpib) {
            if (m_controller)
                transport =
                    m_controller->createTransport(resource.gpibPrimary(), resource.gpibSecondary());
            else
                why = tr("no controller serves GPIB board %1").arg(resource.board());
        } else {
            transport = Transport::create(resource, m_config.line);
        }
        if (!transport) {
            connectFailed(tr("cannot use '%1': %2").arg(m_config.resource, why), false);
            return;
        }
        m_session = new ScpiSession(std::move(transport), this);
        ScpiSession::Options options;
        options.timeoutMs = m_config.timeoutMs;
        options.readTerminator = m_config.line.readTerminator;
        options.writeTerminator = m_config.line.writeTerminator;
        m_session->setOptions(options);
        m_session->setTraceRing(m_trace.get());
        connect(m_session, &ScpiSession::opened, this, &InstrumentLink::onOpened);
        connect(m_session, &ScpiSession::openFailed, this,
                [this](const QString &message) { connectFailed(message, false); });
        connect(m_session, &ScpiSession::disconnected, this, &InstrumentLink::onDisconnected);
    }
    m_session->open();
}

void InstrumentLink::onOpened()
{
    m_session->query(QByteArrayLiteral("*IDN?"),
                     [this](const ScpiReply &reply) { onIdentified(reply); });
}

void InstrumentLink::onIdentified(const ScpiReply &reply)
{
    if (m_shutDown)
        return;
    if (!reply.ok()) {
        connectFailed(tr("no valid answer to *IDN?: %1").arg(reply.message), false);
        return;
    }
    QString why;
    const auto idn = IdnInfo::parse(reply.response(), &why);
    if (!idn) {
        connectFailed(tr("the answer to *IDN? is not an identity: %1").arg(why), false);
        return;
    }
    if (!m_config.expect.matches(toIdentity(*idn))) {
        connectFailed(tr("not the instrument the bench expects on %1: expected %2, found %3")
                          .arg(m_config.resource, m_config.expect.toString(), idn->toString()),
                      true);
        return;
    }
    if (m_expected && !m_expected->sameInstrument(*idn)) {
        connectFailed(tr("another instrument answers on %1: expected %2, found %3")
                          .arg(m_config.resource, m_expected->toString(), idn->toString()),
                      true);
        return;
    }
    const bool reconnected = m_expected.has_value();
    m_expected = *idn;
    m_connecting = false;
    m_ready = true;
    m_backoffMs = kFirstBackoffMs;
    m_downReason.clear();

    StatusDelta delta;
    delta.name = m_config.name;
    delta.identity = toIdentity(*idn);
    QString profileId = m_config.profileId;
    if (profileId.isEmpty()) {
        if (const DriverProfile *p = m_profiles->match(idn->vendor, idn->model))
            profileId = p->id;
    }
    delta.profileId = profileId;
    delta.state = InstrumentState::Idle;
    delta.lastError = QString();
    m_state = InstrumentState::Idle;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->identities.insert(m_config.name, *delta.identity);
    }
    m_shared->push(std::move(delta));
    if (reconnected)
        m_shared->log(BenchEvent::Severity::Info, m_config.name,
                      tr("reconnected to %1").arg(idn->toString()), true);
    callWaiters(JobStatus::Succeeded, {});
}

void InstrumentLink::connectFailed(const QString &message, bool wrongInstrument)
{
    m_connecting = false;
    m_ready = false;
    if (m_session)
        m_session->close();
    m_downReason = message;
    if (m_expected) {
        // It was here before: keep trying, and show why meanwhile. Jobs go on waiting, each
        // until its deadline.
        setState(wrongInstrument ? InstrumentState::Error : InstrumentState::Reconnecting, message);
        m_shared->log(wrongInstrument ? BenchEvent::Severity::Error : BenchEvent::Severity::Warning,
                      m_config.name, message, true);
        scheduleReconnect();
        expireWaiters();
    } else {
        // Never connected: no attempt follows by itself, so nothing is worth waiting for.
        setState(InstrumentState::Error, message);
        m_shared->log(BenchEvent::Severity::Error, m_config.name, message, true);
        callWaiters(JobStatus::Failed, message);
    }
}

void InstrumentLink::onDisconnected(const QString &message)
{
    if (m_shutDown)
        return;
    m_ready = false;
    m_downReason = tr("link lost: %1").arg(message);
    m_shared->log(BenchEvent::Severity::Warning, m_config.name,
                  tr("link lost: %1; reconnecting").arg(message), true);
    if (m_connecting) {
        connectFailed(message, false);
        return;
    }
    if (m_expected) {
        setState(InstrumentState::Reconnecting, message);
        scheduleReconnect();
    } else {
        setState(InstrumentState::Offline, message);
    }
}

void InstrumentLink::scheduleReconnect()
{
    if (m_shutDown)
        return;
    m_reconnectTimer->start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void InstrumentLink::connectJob(JobContext ctx)
{
    if (ctx.token().isCancelled()) {
        ctx.cancelled();
        return;
    }
    ensureReady(ctx.token(), [this, ctx](JobStatus status, const QString &error) mutable {
        if (endUnready(ctx, status, error))
            return;
        ctx.succeed(m_expected->toString());
    });
}

void InstrumentLink::operationJob(const OperationCall &call, JobContext ctx,
                                  std::shared_ptr<const OperationChain> then)
{
    if (ctx.token().isCancelled()) {
        ctx.cancelled();
        return;
    }
    if (isReady()) {
        // The usual case: no waiter to build, so the call is copied once (into the reply's
        // callback), not twice.
        startOperation(call, std::move(ctx), std::move(then), 0);
        return;
    }
    ensureReady(ctx.token(),
                [this, call, ctx, then](JobStatus status, const QString &error) mutable {
                    if (endUnready(ctx, status, error))
                        return;
                    startOperation(call, std::move(ctx), std::move(then), 0);
                });
}

namespace {

/** Sends only: no step reads a reply and no error queue is drained after it. */
bool writesOnly(const ScpiRequest &request)
{
    if (request.drainsErrors() || request.steps().isEmpty())
        return false;
    return std::all_of(request.steps().cbegin(), request.steps().cend(), [](const auto &step) {
        return step.kind == ScpiRequest::Step::Kind::Write;
    });
}

} // namespace

void InstrumentLink::startOperation(const OperationCall &call, JobContext ctx,
                                    std::shared_ptr<const OperationChain> then, size_t next)
{
    if (ctx.token().isCancelled()) {
        ctx.cancelled();
        return;
    }
    setState(InstrumentState::Busy);
    const CancellationToken token = ctx.token();
    const qint64 startedNs = then ? monotonicNowNs() : 0;
    quint64 id = 0;
    if (then && next < then->calls.size() && writesOnly(call.request) &&
        (!then->mayContinue || then->mayContinue())) {
        // A set that reads nothing goes out in one exchange with the call after it: nothing
        // is decided between them, and an exchange of its own would cost the link's thread a
        // turn of its event loop for a write (a sweep point's set and measure).
        const OperationCall &following = then->calls.at(next);
        ScpiRequest both = call.request;
        for (const ScpiRequest::Step &step : following.request.steps())
            both.add(step);
        if (following.request.drainsErrors())
            both.drainErrors(following.request.drainCommand(), following.request.drainMaxCount());
        const int sets = int(call.request.steps().size());
        const qint64 sentWallNs = wallNowNs();
        id = m_session->exchange(both, [this, call, ctx = std::move(ctx), then = std::move(then),
                                        next, startedNs, sets,
                                        sentWallNs](const ScpiReply &r) mutable {
            if (r.status != ScpiReply::Status::Ok && r.failedStep >= 0 && r.failedStep < sets) {
                // The set itself did not go out: the call after it never ran.
                finishJob(ctx, settleOperation(call, r));
                return;
            }
            JobResult step;
            step.id = ctx.id();
            step.status = JobStatus::Succeeded;
            step.startedNs = startedNs;
            step.finishedNs = startedNs; // it left with the next call's command, at once
            step.finishedWallNs = sentWallNs;
            if (then->stepFinished)
                then->stepFinished(step);
            const Outcome outcome = settleOperation(then->calls.at(next), r, sets);
            goOn(std::move(ctx), std::move(then), next + 1, outcome, startedNs);
        });
    } else {
        id = m_session->exchange(call.request, [this, call, ctx = std::move(ctx),
                                                then = std::move(then), next,
                                                startedNs](const ScpiReply &r) mutable {
            goOn(std::move(ctx), std::move(then), next, settleOperation(call, r), startedNs);
        });
    }
    // A cancel from any thread reaches the session on this thread; late replies are
    // discarded by the session's resync.
    whenCancelled(token, [id](InstrumentLink *self) {
        if (self->m_session)
            self->m_session->cancel(id);
    });
}

void InstrumentLink::goOn(JobContext ctx, std::shared_ptr<const OperationChain> then, size_t next,
                          const Outcome &outcome, qint64 startedNs)
{
    if (!then || next >= then->calls.size() || outcome.status != JobStatus::Succeeded) {
        finishJob(ctx, outcome);
        return;
    }
    // The same job goes on with the next operation: this one's result is its own.
    JobResult step;
    step.id = ctx.id();
    step.status = outcome.status;
    step.value = outcome.value;
    step.startedNs = startedNs;
    step.finishedNs = monotonicNowNs();
    step.finishedWallNs = wallNowNs();
    if (then->stepFinished)
        then->stepFinished(step);
    if (then->mayContinue && !then->mayContinue()) {
        ctx.cancelled(QCoreApplication::translate("ld::Bench", "held back before it started"));
        return;
    }
    const OperationCall &following = then->calls.at(next);
    startOperation(following, std::move(ctx), std::move(then), next + 1);
}

void InstrumentLink::whenCancelled(const CancellationToken &token,
                                   std::function<void(InstrumentLink *)> fn)
{
    // A cancel may come from any thread; the link may be gone by the time it arrives.
    token.onCancelled([anchor = m_anchor, fn = std::move(fn)] {
        std::lock_guard lock(anchor->mutex);
        if (anchor->link)
            postTo(
                anchor->link,
                [anchor, fn] {
                    if (InstrumentLink *self = anchor->guard.data())
                        fn(self);
                },
                Qt::QueuedConnection);
    });
}

InstrumentLink::Outcome InstrumentLink::settleOperation(const OperationCall &call,
                                                        const ScpiReply &reply, int firstStep)
{
    switch (reply.status) {
    case ScpiReply::Status::Ok:
        break;
    case ScpiReply::Status::Timeout:
        setState(InstrumentState::Error, reply.message);
        return {JobStatus::TimedOut, {}, reply.message, reply.failure};
    case ScpiReply::Status::Cancelled:
        setState(m_ready ? InstrumentState::Idle : m_state);
        return {JobStatus::Cancelled, {}, reply.message};
    case ScpiReply::Status::Disconnected:
        // The session's disconnected signal starts the reconnect; the job just fails.
        return {JobStatus::Failed, {}, reply.message, reply.failure};
    case ScpiReply::Status::ProtocolError:
        setState(InstrumentState::Error, reply.message);
        return {JobStatus::Failed, {}, reply.message, reply.failure};
    }

    QVariant value;
    if (call.replyStep >= 0) {
        const auto parsed = call.operation.parseReply(reply.response(firstStep + call.replyStep));
        if (!parsed.ok()) {
            const QString message =
                tr("unexpected reply to %1: %2")
                    .arg(QString::fromLatin1(call.request.steps().value(call.replyStep).command),
                         parsed.error);
            setState(InstrumentState::Error, message);
            return {JobStatus::Failed, {}, message, FailureKind::Garbled};
        }
        value = toJobValue(parsed.value);
    }
    if (!reply.errors.isEmpty()) {
        QStringList texts;
        for (const ScpiError &e : reply.errors)
            texts.append(QStringLiteral("%1,\"%2\"").arg(e.code).arg(e.message));
        const QString message =
            tr("the instrument reported: %1").arg(texts.join(QStringLiteral("; ")));
        setState(InstrumentState::Error, message);
        return {JobStatus::Failed, {}, message, FailureKind::DeviceError};
    }
    setState(InstrumentState::Idle);
    return {JobStatus::Succeeded, std::move(value), {}};
}

void InstrumentLink::finishJob(JobContext &ctx, const Outcome &outcome)
{
    switch (outcome.status) {
    case JobStatus::Succeeded:
        ctx.succeed(outcome.value);
        return;
    case JobStatus::TimedOut:
        ctx.timedOut(outcome.error, outcome.failure);
        return;
    case JobStatus::Cancelled:
        ctx.cancelled(outcome.error);
        return;
    default:
        ctx.fail(outcome.error, outcome.failure);
        return;
    }
}

} // namespace ld::detail
