// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/scpisession.h"

#include "io/tracering.h"

#include <QTimer>

#include <algorithm>

namespace ld {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/** `failure` when the caller named one, else the usual kind of `status`. */
FailureKind failureOf(ScpiReply::Status status, FailureKind failure)
{
    if (failure != FailureKind::None)
        return failure;
    switch (status) {
    case ScpiReply::Status::Timeout:
        return FailureKind::NoReply;
    case ScpiReply::Status::ProtocolError:
        return FailureKind::Protocol;
    case ScpiReply::Status::Disconnected:
        return FailureKind::LinkLost;
    case ScpiReply::Status::Ok:
    case ScpiReply::Status::Cancelled:
        break;
    }
    return FailureKind::None;
}

} // namespace

ScpiSession::ScpiSession(std::unique_ptr<Transport> transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport.release())
    , m_stepTimer(new QTimer(this))
    , m_quietTimer(new QTimer(this))
{
    Q_ASSERT(m_transport);
    // A child, not a unique_ptr member: moveToThread() must carry the transport along.
    m_transport->setParent(this);
    m_stepTimer->setSingleShot(true);
    m_quietTimer->setSingleShot(true);
    m_drainStep.kind = ScpiRequest::Step::Kind::Line;
    m_clock.start();
    connect(m_stepTimer, &QTimer::timeout, this, &ScpiSession::onStepTimer);
    connect(m_quietTimer, &QTimer::timeout, this, &ScpiSession::endResync);
    connect(m_transport, &Transport::bytesReceived, this, &ScpiSession::onBytes);
    connect(m_transport, &Transport::errorOccurred, this, &ScpiSession::onTransportError);
    connect(m_transport, &Transport::closed, this, &ScpiSession::closed);
    connect(m_transport, &Transport::opened, this, [this] {
        record(std::exchange(m_everOpened, true) ? TraceEvent::Kind::Reconnect
                                                 : TraceEvent::Kind::Connect,
               m_transport->description().toUtf8());
        Q_EMIT opened();
        startNext();
    });
}

ScpiSession::~ScpiSession()
{
    m_transport->disconnect(this);
    cancelAll();
}

void ScpiSession::open()
{
    m_transport->open();
}

void ScpiSession::close()
{
    if (m_transport->state() != Transport::State::Closed)
        record(TraceEvent::Kind::Close, {});
    cancelAll();
    m_transport->close();
}

quint64 ScpiSession::exchange(ScpiRequest request, Callback done)
{
    const quint64 id = ++m_nextId;
    if (m_transport->state() == Transport::State::Closed) {
        deliverLater(id, std::move(done), ScpiReply::Status::Disconnected,
                     tr("%1 is not open").arg(m_transport->description()), FailureKind::LinkDown);
        return id;
    }
    if (request.steps().isEmpty()) {
        deliverLater(id, std::move(done), ScpiReply::Status::Ok, {});
        return id;
    }
    m_queue.push_back({id, std::move(request), std::move(done)});
    // Sent at once when idle (no event-loop round trip per query); a reply that completes
    // synchronously (write-only request, failed write) is delivered later by finish().
    m_inExchange = true;
    startNext();
    m_inExchange = false;
    return id;
}

bool ScpiSession::cancel(quint64 id)
{
    if (m_current && m_current->id == id) {
        finish(ScpiReply::Status::Cancelled,
               tr("cancelled while waiting for %1").arg(commandText()));
        return true;
    }
    const auto it =
        std::find_if(m_queue.begin(), m_queue.end(), [id](const Pending &p) { return p.id == id; });
    if (it == m_queue.end())
        return false;
    Pending p = std::move(*it);
    m_queue.erase(it);
    ScpiReply reply;
    reply.id = p.id;
    reply.status = ScpiReply::Status::Cancelled;
    reply.message = tr("cancelled before it was sent");
    if (p.done)
        p.done(reply);
    return true;
}

void ScpiSession::cancelAll()
{
    failQueued(ScpiReply::Status::Cancelled, tr("cancelled before it was sent"));
    if (m_current)
        finish(ScpiReply::Status::Cancelled,
               tr("cancelled while waiting for %1").arg(commandText()));
    // finish() may have started nothing (queue empty), but a callback may have queued more.
    failQueued(ScpiReply::Status::Cancelled, tr("cancelled before it was sent"));
}

void ScpiSession::deliverLater(quint64 id, Callback done, ScpiReply::Status status,
                               const QString &message, FailureKind failure)
{
    ScpiReply reply;
    reply.id = id;
    reply.status = status;
    reply.message = message;
    reply.failure = failureOf(status, failure);
    postCallback(std::move(done), std::move(reply));
}

void ScpiSession::postCallback(Callback done, ScpiReply reply)
{
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done), reply = std::move(reply)] {
            if (done)
                done(reply);
        },
        Qt::QueuedConnection);
}

void ScpiSession::failQueued(ScpiReply::Status status, const QString &message, FailureKind failure)
{
    while (!m_queue.empty()) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        ScpiReply reply;
        reply.id = p.id;
        reply.status = status;
        reply.message = message;
        reply.failure = failureOf(status, failure);
        if (p.done)
            p.done(reply);
    }
}

void ScpiSession::startNext()
{
    if (m_current || m_resyncing || m_queue.empty() || !m_transport->isOpen())
        return;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    m_reply = ScpiReply();
    m_reply.id = m_current->id;
    m_stepIndex = 0;
    m_draining = false;
    m_drained = 0;
    runStep();
}

const ScpiRequest::Step &ScpiSession::currentStep() const
{
    return m_draining ? m_drainStep : m_current->request.steps().at(m_stepIndex);
}

QString ScpiSession::commandText() const
{
    if (!m_current)
        return {};
    return QLatin1Char('\'') + QString::fromLatin1(currentStep().command.left(80)) +
           QLatin1Char('\'');
}

void ScpiSession::runStep()
{
    // Whatever is buffered now answers nothing we will ask: drop it before sending.
    m_transport->discardInput();
    discard(m_buffer.size());
    m_buffer.clear();
    m_scanFrom = 0;
    m_payload = QByteArray();

    // On a stream, writes that read nothing go out in one write with the step after them: the
    // instrument takes them in one read (a sweep point's set and measure), not a wake-up each.
    qsizetype last = m_stepIndex; // the last step this write carries
    if (!m_draining && m_transport->joinsCommands()) {
        const QList<ScpiRequest::Step> &steps = m_current->request.steps();
        while (steps.at(last).kind == ScpiRequest::Step::Kind::Write && last + 1 < steps.size())
            ++last;
    }
    const ScpiRequest::Step &step =
        m_draining ? m_drainStep : m_current->request.steps().at(last); // the one read after

    const int timeoutMs = step.timeoutMs >= 0 ? step.timeoutMs : m_options.timeoutMs;
    // A line may end at a one-byte terminator; a block holds any byte, so only END ends it.
    const QByteArray &term = m_options.readTerminator;
    Transport::Exchange exchange;
    exchange.timeoutMs = timeoutMs;
    exchange.replyExpected = step.kind != ScpiRequest::Step::Kind::Write;
    if (step.kind == ScpiRequest::Step::Kind::Line && term.size() == 1)
        exchange.termChar = term.at(0);
    m_inTransportExchange = true;
    m_transport->beginExchange(exchange);
    QByteArray bytes;
    for (qsizetype i = m_stepIndex; i <= last; ++i) {
        const QByteArray one = (i == last ? step : m_current->request.steps().at(i)).command +
                               m_options.writeTerminator;
        record(TraceEvent::Kind::Write, one); // each command as its own line in the trace
        bytes += one;
    }
    if (!m_transport->write(bytes)) {
        // Names the first command: none of them went out (ScpiReply::failedStep says which).
        const QString message =
            tr("cannot send %1 to %2").arg(commandText(), m_transport->description());
        record(TraceEvent::Kind::Error, message.toUtf8());
        finish(ScpiReply::Status::Disconnected, message);
        return;
    }
    // The writes before the last one are done: they read nothing.
    for (; m_stepIndex < last; ++m_stepIndex)
        m_reply.responses.append(QByteArray());
    switch (step.kind) {
    case ScpiRequest::Step::Kind::Write:
        stepDone({});
        return;
    case ScpiRequest::Step::Kind::Line:
        m_read = Read::Line;
        break;
    case ScpiRequest::Step::Kind::Block:
        m_read = Read::Block;
        m_blockPhase = BlockPhase::Hash;
        break;
    }
    armStepTimer(timeoutMs);
}

void ScpiSession::armStepTimer(int ms)
{
    const qint64 now = m_clock.nsecsElapsed();
    m_stepDeadlineNs = now + qint64(ms) * 1000000;
    // A running timer that fires at or before the deadline is kept: onStepTimer() re-arms it
    // for the rest. One that would fire later (a shorter timeout than the last) is restarted.
    if (m_stepTimer->isActive() && m_stepTimerDueNs <= m_stepDeadlineNs)
        return;
    m_stepTimerDueNs = m_stepDeadlineNs;
    m_stepTimer->start(ms);
}

void ScpiSession::onStepTimer()
{
    m_stepTimerDueNs = -1;
    if (!m_current || m_read == Read::None)
        return; // the step it was armed for is over; nothing waits now
    const qint64 left = m_stepDeadlineNs - m_clock.nsecsElapsed();
    if (left > 0) {
        // Rounded up: a step never times out before its time (coarse timers may fire early).
        m_stepTimerDueNs = m_stepDeadlineNs;
        m_stepTimer->start(int((left + 999999) / 1000000));
        return;
    }
    onStepTimeout();
}

void ScpiSession::onBytes(const QByteArray &bytes)
{
    record(TraceEvent::Kind::Read, bytes);
    if (m_resyncing) {
        discard(bytes.size());
        if (m_resyncClock.elapsed() >= m_options.resyncMaxMs)
            endResync();
        else
            m_quietTimer->start(m_options.resyncQuietMs);
        return;
    }
    if (m_read == Read::None) {
        discard(bytes.size()); // unsolicited or late: belongs to no pending request
        return;
    }
    m_buffer.append(bytes);
    m_peakBuffered = std::max(m_peakBuffered, m_buffer.size());
    process();
}

void ScpiSession::process()
{
    // Each pass either completes the step (which may start the next) or waits for more bytes.
    if (m_read == Read::Line)
        processLine();
    else if (m_read == Read::Block)
        processBlock();
}

bool ScpiSession::processLine()
{
    const QByteArray &term = m_options.readTerminator;
    const qsizetype from = std::max<qsizetype>(0, m_scanFrom - (term.size() - 1));
    const qsizetype end = m_buffer.indexOf(term, from);
    if (end < 0) {
        if (m_buffer.size() > m_options.maxLineBytes) {
            finish(ScpiReply::Status::ProtocolError,
                   tr("reply to %1 exceeds %2 bytes without a terminator")
                       .arg(commandText())
                       .arg(m_options.maxLineBytes));
            return false;
        }
        m_scanFrom = m_buffer.size();
        return false;
    }
    if (end > m_options.maxLineBytes) {
        finish(ScpiReply::Status::ProtocolError, tr("reply to %1 is %2 bytes, over the limit of %3")
                                                     .arg(commandText())
                                                     .arg(end)
                                                     .arg(m_options.maxLineBytes));
        return false;
    }
    QByteArray line = m_buffer.left(end);
    if (term == "\n" && line.endsWith('\r'))
        line.chop(1);
    m_buffer.remove(0, end + term.size());
    stepDone(line);
    return true;
}

bool ScpiSession::processBlock()
{
    const QByteArray &term = m_options.readTerminator;
    for (;;) {
        switch (m_blockPhase) {
        case BlockPhase::Hash: {
            qsizetype i = 0;
            while (i < m_buffer.size() && isBlank(m_buffer.at(i)))
                ++i;
            m_buffer.remove(0, i);
            if (m_buffer.isEmpty())
                return false;
            if (m_buffer.at(0) != '#') {
                finish(ScpiReply::Status::ProtocolError,
                       tr("reply to %1 is not a block: it starts with '%2'")
                           .arg(commandText(),
                                QString::fromLatin1(m_buffer.left(16).toPercentEncoding(" ,.+-"))));
                return false;
            }
            m_buffer.remove(0, 1);
            m_blockPhase = BlockPhase::Digit;
            break;
        }
        case BlockPhase::Digit: {
            if (m_buffer.isEmpty())
                return false;
            const char d = m_buffer.at(0);
            if (d < '0' || d > '9') {
                finish(ScpiReply::Status::ProtocolError,
                       tr("malformed block header in the reply to %1: '#' followed by '%2'")
                           .arg(commandText(),
                                QString::fromLatin1(QByteArray(1, d).toPercentEncoding())));
                return false;
            }
            m_buffer.remove(0, 1);
            m_lengthDigits = d - '0';
            m_scanFrom = 0;
            m_blockPhase = m_lengthDigits == 0 ? BlockPhase::Indefinite : BlockPhase::Length;
            break;
        }
        case BlockPhase::Length: {
            if (m_buffer.size() < m_lengthDigits)
                return false;
            const QByteArray digits = m_buffer.left(m_lengthDigits);
            bool ok = true;
            for (const char c : digits)
                ok = ok && c >= '0' && c <= '9';
            if (!ok) {
                finish(ScpiReply::Status::ProtocolError,
                       tr("malformed block length '%1' in the reply to %2")
                           .arg(QString::fromLatin1(digits.toPercentEncoding()), commandText()));
                return false;
            }
            const qint64 length = digits.toLongLong();
            if (length > m_options.maxBlockBytes) {
                finish(ScpiReply::Status::ProtocolError,
                       tr("block of %1 bytes in the reply to %2 exceeds the limit of %3")
                           .arg(length)
                           .arg(commandText())
                           .arg(m_options.maxBlockBytes));
                return false;
            }
            m_buffer.remove(0, m_lengthDigits);
            m_blockRemaining = length;
            m_payload.reserve(qsizetype(std::min<qint64>(length, 1 << 20)));
            m_blockPhase = BlockPhase::Payload;
            break;
        }
        case BlockPhase::Payload: {
            // By length, never by line: the payload may hold terminator bytes.
            const qsizetype take = qsizetype(std::min<qint64>(m_blockRemaining, m_buffer.size()));
            m_payload.append(m_buffer.constData(), take);
            m_buffer.remove(0, take);
            m_blockRemaining -= take;
            if (m_blockRemaining > 0)
                return false;
            m_blockPhase = BlockPhase::Trailer;
            break;
        }
        case BlockPhase::Trailer: {
            if (m_buffer.isEmpty())
                return false;
            qsizetype skip = 0;
            if (term == "\n" && m_buffer.startsWith('\r'))
                skip = 1;
            if (m_buffer.size() < skip + term.size()) {
                if (!term.startsWith(m_buffer.mid(skip)))
                    skip = -1;
                else
                    return false;
            }
            if (skip < 0 || m_buffer.mid(skip, term.size()) != term) {
                finish(
                    ScpiReply::Status::ProtocolError,
                    tr("unexpected bytes after the block in the reply to %1").arg(commandText()));
                return false;
            }
            m_buffer.remove(0, skip + term.size());
            stepDone(std::exchange(m_payload, QByteArray()));
            return true;
        }
        case BlockPhase::Indefinite: {
            const qsizetype from = std::max<qsizetype>(0, m_scanFrom - (term.size() - 1));
            const qsizetype end = m_buffer.indexOf(term, from);
            if (end < 0) {
                if (m_buffer.size() > m_options.maxBlockBytes) {
                    finish(ScpiReply::Status::ProtocolError,
                           tr("indefinite block in the reply to %1 exceeds %2 bytes")
                               .arg(commandText())
                               .arg(m_options.maxBlockBytes));
                    return false;
                }
                m_scanFrom = m_buffer.size();
                return false;
            }
            const QByteArray payload = m_buffer.left(end);
            m_buffer.remove(0, end + term.size());
            stepDone(payload);
            return true;
        }
        }
    }
}

void ScpiSession::stepDone(const QByteArray &response)
{
    m_read = Read::None; // disarms the step timer (see onStepTimer)
    endTransportExchange(false);
    if (m_draining) {
        QString why;
        const std::optional<ScpiError> entry = ScpiError::parse(response, &why);
        if (!entry) {
            finish(ScpiReply::Status::ProtocolError,
                   tr("error queue reply to %1: %2").arg(commandText(), why), FailureKind::Garbled);
            return;
        }
        if (entry->isNoError()) {
            finish(ScpiReply::Status::Ok, {});
            return;
        }
        m_reply.errors.append(*entry);
        const int max = m_current->request.drainMaxCount() >= 0 ? m_current->request.drainMaxCount()
                                                                : m_options.maxErrorDrain;
        if (++m_drained >= max) {
            m_reply.errorQueueTruncated = true;
            finish(ScpiReply::Status::Ok, {});
            return;
        }
        runStep();
        return;
    }
    m_reply.responses.append(response);
    if (++m_stepIndex < m_current->request.steps().size()) {
        runStep();
        return;
    }
    if (m_current->request.drainsErrors()) {
        m_draining = true;
        m_drainStep.command = m_current->request.drainCommand();
        runStep();
        return;
    }
    finish(ScpiReply::Status::Ok, {});
}

void ScpiSession::onStepTimeout()
{
    if (!m_current)
        return;
    if (m_read == Read::Block && m_blockPhase == BlockPhase::Trailer && m_buffer.isEmpty()) {
        // The whole payload came but no terminator: accept it (some devices omit it).
        stepDone(std::exchange(m_payload, QByteArray()));
        return;
    }
    const int ms = currentStep().timeoutMs >= 0 ? currentStep().timeoutMs : m_options.timeoutMs;
    const qsizetype partial = m_buffer.size() + m_payload.size();
    finish(ScpiReply::Status::Timeout,
           partial > 0 ? tr("incomplete reply to %1 after %2 ms (%3 bytes received)")
                             .arg(commandText())
                             .arg(ms)
                             .arg(partial)
                       : tr("no reply to %1 within %2 ms").arg(commandText()).arg(ms),
           partial > 0 ? FailureKind::PartialReply : FailureKind::NoReply);
}

void ScpiSession::finish(ScpiReply::Status status, const QString &message, FailureKind failure)
{
    const bool wasReading = m_read != Read::None;
    m_read = Read::None;
    if (!m_current)
        return;
    endTransportExchange(status != ScpiReply::Status::Ok);
    ScpiReply reply = std::move(m_reply);
    m_reply = ScpiReply();
    reply.status = status;
    reply.message = message;
    reply.failure = failureOf(status, failure);
    if (status == ScpiReply::Status::Timeout)
        record(TraceEvent::Kind::Timeout, message.toUtf8());
    else if (status == ScpiReply::Status::ProtocolError)
        record(TraceEvent::Kind::Error, message.toUtf8());
    if (status != ScpiReply::Status::Ok && !m_draining)
        reply.failedStep = m_stepIndex;
    Callback done = std::move(m_current->done);
    m_current.reset();
    discard(m_buffer.size() + m_payload.size());
    m_buffer = QByteArray();
    m_payload = QByteArray();
    const bool unsynced = status == ScpiReply::Status::Timeout ||
                          status == ScpiReply::Status::ProtocolError ||
                          (status == ScpiReply::Status::Cancelled && wasReading);
    if (unsynced && m_transport->isOpen())
        beginResync();
    if (m_inExchange) {
        postCallback(std::move(done), std::move(reply));
        QMetaObject::invokeMethod(this, &ScpiSession::startNext, Qt::QueuedConnection);
        return;
    }
    if (done)
        done(reply);
    startNext();
}

void ScpiSession::endTransportExchange(bool abandoned)
{
    if (std::exchange(m_inTransportExchange, false))
        m_transport->endExchange(abandoned);
}

void ScpiSession::recordEvent(TraceEvent::Kind kind, const QByteArray &data)
{
    m_trace->record(kind, data);
}

void ScpiSession::beginResync()
{
    m_resyncing = true;
    m_resyncClock.start();
    m_quietTimer->start(m_options.resyncQuietMs);
}

void ScpiSession::endResync()
{
    m_quietTimer->stop();
    if (!m_resyncing)
        return;
    m_resyncing = false;
    startNext();
}

void ScpiSession::onTransportError(Transport::ErrorKind kind, const QString &message)
{
    m_quietTimer->stop();
    m_resyncing = false;
    const bool opening =
        kind == Transport::ErrorKind::OpenFailed || kind == Transport::ErrorKind::ConnectTimeout;
    record(opening ? TraceEvent::Kind::Error : TraceEvent::Kind::Disconnect, message.toUtf8());
    if (opening) {
        failQueued(ScpiReply::Status::Disconnected, message, FailureKind::LinkDown);
        Q_EMIT openFailed(message);
        return;
    }
    const FailureKind failure =
        kind == Transport::ErrorKind::ProtocolError ? FailureKind::Protocol : FailureKind::LinkLost;
    if (m_current)
        finish(ScpiReply::Status::Disconnected,
               tr("%1 while waiting for %2").arg(message, commandText()), failure);
    failQueued(ScpiReply::Status::Disconnected, message, failure);
    Q_EMIT disconnected(message);
}

} // namespace ld
