// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/vxi11transport.h"

#include "io/vxi11_p.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace ld {

using namespace detail;

namespace {

QString procedureName(quint32 procedure)
{
    switch (procedure) {
    case rpc::kPortmapGetPort:
        return QStringLiteral("GETPORT");
    case vxi11::CreateLink:
        return QStringLiteral("create_link");
    case vxi11::DeviceWrite:
        return QStringLiteral("device_write");
    case vxi11::DeviceRead:
        return QStringLiteral("device_read");
    case vxi11::DeviceClear:
        return QStringLiteral("device_clear");
    case vxi11::DestroyLink:
        return QStringLiteral("destroy_link");
    default:
        return QString::number(procedure);
    }
}

} // namespace

Vxi11Transport::Vxi11Transport(QString host, QString device, QObject *parent)
    : Transport(parent)
    , m_host(std::move(host))
    , m_device(std::move(device))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (state() == State::Opening) {
            fail(ErrorKind::ConnectTimeout,
                 tr("no VXI-11 link to %1 after %2 ms").arg(description()).arg(m_connectTimeoutMs));
        } else if (state() == State::Open && m_inFlight) {
            fail(ErrorKind::IoError, tr("%1 did not answer %2 within %3 ms")
                                         .arg(description(), procedureName(m_inFlight->procedure))
                                         .arg(m_inFlight->timeoutMs + kRpcGraceMs));
        }
    });
}

Vxi11Transport::~Vxi11Transport()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString Vxi11Transport::description() const
{
    const QString host =
        m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    return host + QStringLiteral("::") + m_device;
}

QString Vxi11Transport::errorText(quint32 code)
{
    switch (code) {
    case vxi11::SyntaxError:
        return tr("syntax error");
    case vxi11::DeviceNotAccessible:
        return tr("device not accessible");
    case vxi11::InvalidLinkIdentifier:
        return tr("invalid link identifier");
    case vxi11::ParameterError:
        return tr("parameter error");
    case vxi11::ChannelNotEstablished:
        return tr("channel not established");
    case vxi11::OperationNotSupported:
        return tr("operation not supported");
    case vxi11::OutOfResources:
        return tr("out of resources");
    case vxi11::DeviceLockedByAnotherLink:
        return tr("device locked by another link");
    case vxi11::NoLockHeldByThisLink:
        return tr("no lock held by this link");
    case vxi11::IoTimeout:
        return tr("I/O timeout");
    case vxi11::IoError:
        return tr("I/O error");
    case vxi11::InvalidAddress:
        return tr("invalid address (no such device name)");
    case vxi11::Abort:
        return tr("aborted");
    case vxi11::ChannelAlreadyEstablished:
        return tr("channel already established");
    default:
        return tr("error %1").arg(code);
    }
}

void Vxi11Transport::open()
{
    if (state() != State::Closed)
        return;
    setState(State::Opening);
    m_phase = Phase::Portmapper;
    m_calls.clear();
    m_inFlight.reset();
    m_maxRecvSize = 0;
    m_timer->start(m_connectTimeoutMs);
    startSocket(m_portmapperPort);
}

void Vxi11Transport::startSocket(quint16 port)
{
    dropSocket();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &Vxi11Transport::handleConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &Vxi11Transport::readAvailable);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &Vxi11Transport::handleError);
    connect(m_socket, &QTcpSocket::disconnected, this, &Vxi11Transport::handleDisconnected);
    m_socket->connectToHost(m_host, port);
}

void Vxi11Transport::dropSocket()
{
    m_records.clear();
    if (!m_socket)
        return;
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    if (socket->state() == QAbstractSocket::ConnectedState) {
        // Gracefully: a destroy_link just written still reaches the device.
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

void Vxi11Transport::close()
{
    if (state() == State::Closed)
        return;
    if (state() == State::Open && m_socket) {
        // Not queued behind a read in flight: the device handles it after that one, and
        // closing the connection destroys the link anyway (VXI-11 B.4.2).
        Call destroy{vxi11::DestroyLink, XdrWriter().u32(m_linkId).bytes(), 0, false};
        send(vxi11::kCoreProgram, vxi11::kCoreVersion, destroy);
    }
    setState(State::Closed);
    m_timer->stop();
    m_calls.clear();
    m_inFlight.reset();
    dropSocket();
    Q_EMIT closed();
}

bool Vxi11Transport::write(const QByteArray &bytes)
{
    if (state() != State::Open)
        return false;
    for (qsizetype offset = 0;; offset += m_maxRecvSize) {
        const QByteArray chunk = bytes.mid(offset, m_maxRecvSize);
        const bool last = offset + chunk.size() >= bytes.size();
        XdrWriter args;
        args.u32(m_linkId).u32(quint32(m_ioTimeoutMs)).u32(lockTimeout());
        args.u32(vxi11::WaitLock | (last ? vxi11::End : 0u)).opaque(chunk);
        enqueue(vxi11::DeviceWrite, args.bytes(), m_ioTimeoutMs, false);
        if (last)
            break;
    }
    if (std::exchange(m_replyExpected, false))
        enqueueRead();
    sendNext();
    return true;
}

void Vxi11Transport::beginExchange(const Exchange &exchange)
{
    m_ioTimeoutMs = std::max(0, exchange.timeoutMs);
    m_replyExpected = exchange.replyExpected;
    m_termChar = exchange.termChar;
}

quint32 Vxi11Transport::lockTimeout() const
{
    // Half the request's time: a lock held by another link is then reported as such, before
    // the session gives up on the request as timed out.
    return quint32(m_ioTimeoutMs / 2);
}

void Vxi11Transport::enqueueRead()
{
    XdrWriter args;
    args.u32(m_linkId).u32(m_readChunk).u32(quint32(m_ioTimeoutMs)).u32(lockTimeout());
    args.u32(vxi11::WaitLock | (m_termChar ? vxi11::TermCharSet : 0u));
    args.u32(m_termChar ? quint32(quint8(*m_termChar)) : 0u);
    enqueue(vxi11::DeviceRead, args.bytes(), m_ioTimeoutMs, false);
}

void Vxi11Transport::enqueueClear()
{
    XdrWriter args;
    args.u32(m_linkId).u32(vxi11::WaitLock).u32(lockTimeout()).u32(quint32(m_ioTimeoutMs));
    enqueue(vxi11::DeviceClear, args.bytes(), m_ioTimeoutMs, true);
}

void Vxi11Transport::enqueue(quint32 procedure, const QByteArray &arguments, int timeoutMs,
                             bool front)
{
    Call call{procedure, arguments, timeoutMs, false};
    if (front)
        m_calls.push_front(std::move(call));
    else
        m_calls.push_back(std::move(call));
}

void Vxi11Transport::discardInput()
{
    // A read still queued or under way answers a command the session gave up on: drop it,
    // and clear the device so that reply is not the next command's answer.
    const auto isRead = [](const Call &c) { return c.procedure == vxi11::DeviceRead; };
    bool abandoned = std::any_of(m_calls.begin(), m_calls.end(), isRead);
    m_calls.erase(std::remove_if(m_calls.begin(), m_calls.end(), isRead), m_calls.end());
    if (m_inFlight && isRead(*m_inFlight)) {
        m_inFlight->abandoned = true;
        abandoned = true;
    }
    if (abandoned) {
        enqueueClear();
        sendNext();
    }
}

void Vxi11Transport::sendNext()
{
    if (m_inFlight || m_calls.empty() || state() != State::Open)
        return;
    m_inFlight = std::move(m_calls.front());
    m_calls.pop_front();
    send(vxi11::kCoreProgram, vxi11::kCoreVersion, *m_inFlight);
    m_timer->start(m_inFlight->timeoutMs + kRpcGraceMs);
}

void Vxi11Transport::send(quint32 program, quint32 version, const Call &call)
{
    const QByteArray message =
        rpc::callHeader(++m_xid, program, version, call.procedure).bytes() + call.arguments;
    m_socket->write(rpc::record(message));
    m_socket->flush();
}

void Vxi11Transport::handleConnected()
{
    if (state() != State::Opening)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_phase == Phase::Portmapper) {
        XdrWriter args;
        args.u32(vxi11::kCoreProgram).u32(vxi11::kCoreVersion).u32(rpc::kIpProtoTcp).u32(0);
        m_inFlight = Call{rpc::kPortmapGetPort, args.bytes(), 0, false};
        send(rpc::kPortmapProgram, rpc::kPortmapVersion, *m_inFlight);
        return;
    }
    XdrWriter args;
    args.i32(QRandomGenerator::global()->bounded(1 << 30)); // clientId: only echoed back
    args.u32(0).u32(quint32(m_connectTimeoutMs)).opaque(m_device.toLatin1());
    m_inFlight = Call{vxi11::CreateLink, args.bytes(), 0, false};
    send(vxi11::kCoreProgram, vxi11::kCoreVersion, *m_inFlight);
}

void Vxi11Transport::readAvailable()
{
    if (!m_socket)
        return;
    m_records.append(m_socket->readAll());
    while (state() != State::Closed) {
        const std::optional<QByteArray> record = m_records.next();
        if (!record)
            break;
        handleRecord(*record);
    }
    if (state() != State::Closed && m_records.failed())
        fail(state() == State::Opening ? ErrorKind::OpenFailed : ErrorKind::ProtocolError,
             tr("%1 sent an RPC record over %2 bytes").arg(description()).arg(rpc::kMaxRecord));
}

void Vxi11Transport::handleRecord(const QByteArray &record)
{
    XdrReader reader(record);
    const quint32 xid = reader.u32();
    const quint32 type = reader.u32();
    if (!reader.ok() || type != rpc::kReply || !m_inFlight || xid != m_xid)
        return; // not the answer to the call under way: nothing waits for it
    const ErrorKind kind =
        state() == State::Opening ? ErrorKind::OpenFailed : ErrorKind::ProtocolError;
    const QString call = procedureName(m_inFlight->procedure);
    if (reader.u32() == rpc::kMsgDenied) {
        fail(kind, tr("%1 denied the RPC call %2").arg(description(), call));
        return;
    }
    reader.skipAuth();
    const quint32 stat = reader.u32();
    if (!reader.ok()) {
        fail(kind, tr("malformed RPC reply to %1 from %2").arg(call, description()));
        return;
    }
    if (stat != rpc::Success) {
        const QString why = stat == rpc::ProgUnavail ? tr("the program is not served there")
                            : stat == rpc::ProcUnavail
                                ? tr("the procedure is not served")
                                : tr("the call was not accepted (status %1)").arg(stat);
        fail(kind, tr("RPC call %1 to %2 failed: %3").arg(call, description(), why));
        return;
    }
    if (m_phase == Phase::Portmapper)
        handlePortmapperReply(reader);
    else
        handleCoreReply(reader);
}

void Vxi11Transport::handlePortmapperReply(XdrReader &reader)
{
    const quint32 port = reader.u32();
    m_inFlight.reset();
    if (!reader.ok() || port > 65535) {
        fail(ErrorKind::OpenFailed,
             tr("malformed GETPORT reply from the portmapper of %1").arg(description()));
        return;
    }
    if (port == 0) {
        fail(ErrorKind::OpenFailed,
             tr("%1 has no VXI-11 server: its portmapper (port %2) knows no core channel")
                 .arg(description())
                 .arg(m_portmapperPort));
        return;
    }
    m_phase = Phase::Core;
    startSocket(quint16(port));
}

void Vxi11Transport::handleCoreReply(XdrReader &reader)
{
    const Call call = std::move(*m_inFlight);
    m_inFlight.reset();
    if (state() == State::Open)
        m_timer->stop();
    const quint32 error = reader.u32();
    switch (call.procedure) {
    case vxi11::CreateLink: {
        const quint32 link = reader.u32();
        reader.u32(); // abortPort: the abort channel is not used
        const quint32 maxRecvSize = reader.u32();
        if (!reader.ok()) {
            fail(ErrorKind::OpenFailed,
                 tr("malformed create_link reply from %1").arg(description()));
            return;
        }
        if (error != vxi11::NoError) {
            fail(ErrorKind::OpenFailed,
                 tr("%1 refused the link: %2").arg(description(), errorText(error)));
            return;
        }
        m_linkId = link;
        // The specification promises at least 1024 bytes; a device saying less is taken at that.
        m_maxRecvSize = std::clamp<quint32>(maxRecvSize, 1024, rpc::kMaxRecord / 2);
        m_timer->stop();
        setState(State::Open);
        Q_EMIT opened();
        break;
    }
    case vxi11::DeviceRead: {
        const quint32 reason = reader.u32();
        const QByteArray data = reader.opaque(rpc::kMaxRecord);
        if (!reader.ok()) {
            fail(ErrorKind::ProtocolError,
                 tr("malformed device_read reply from %1").arg(description()));
            return;
        }
        if (error == vxi11::IoTimeout) {
            // Nothing came in time; the session's own timer reports it. Whatever the device
            // answers later must not answer the next command.
            if (!call.abandoned)
                enqueueClear();
            break;
        }
        if (error != vxi11::NoError) {
            fail(ErrorKind::ProtocolError,
                 tr("device_read from %1 failed: %2").arg(description(), errorText(error)));
            return;
        }
        if (call.abandoned)
            break;
        if (!(reason & (vxi11::EndIndicator | vxi11::TermChar)))
            enqueueRead(); // more of the same message waits on the device
        if (!data.isEmpty())
            Q_EMIT bytesReceived(data); // may close us: sendNext() checks the state
        break;
    }
    default:
        if (!reader.ok()) {
            fail(
                ErrorKind::ProtocolError,
                tr("malformed %1 reply from %2").arg(procedureName(call.procedure), description()));
            return;
        }
        if (error != vxi11::NoError) {
            fail(ErrorKind::ProtocolError,
                 tr("%1 on %2 failed: %3")
                     .arg(procedureName(call.procedure), description(), errorText(error)));
            return;
        }
        break;
    }
    sendNext();
}

void Vxi11Transport::handleError(QAbstractSocket::SocketError error)
{
    if (state() == State::Closed)
        return;
    if (state() == State::Opening) {
        fail(ErrorKind::OpenFailed, m_phase == Phase::Portmapper
                                        ? tr("cannot reach the portmapper of %1 on port %2: %3")
                                              .arg(description())
                                              .arg(m_portmapperPort)
                                              .arg(m_socket->errorString())
                                        : tr("cannot connect to the VXI-11 core channel of %1: %2")
                                              .arg(description(), m_socket->errorString()));
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        handleDisconnected();
        return;
    }
    fail(ErrorKind::IoError,
         tr("connection to %1: %2").arg(description(), m_socket->errorString()));
}

void Vxi11Transport::handleDisconnected()
{
    if (state() == State::Closed)
        return;
    if (state() == State::Opening) {
        fail(ErrorKind::OpenFailed,
             tr("%1 closed the connection while the link was being set up").arg(description()));
        return;
    }
    // Deliver what the device sent before closing, so a partial reply is seen as such.
    readAvailable();
    if (state() == State::Open)
        fail(ErrorKind::Disconnected, tr("%1 closed the connection").arg(description()));
}

void Vxi11Transport::fail(ErrorKind kind, const QString &message)
{
    setState(State::Closed);
    m_timer->stop();
    m_calls.clear();
    m_inFlight.reset();
    if (m_socket) {
        QTcpSocket *socket = std::exchange(m_socket, nullptr);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_records.clear();
    Q_EMIT errorOccurred(kind, message);
    Q_EMIT closed();
}

} // namespace ld
