// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simvxi11server.h"

#include "io/oncrpc_p.h"
#include "io/vxi11_p.h"
#include "sim/simserver.h"

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>
#include <deque>
#include <optional>

namespace ld {

using namespace detail;

namespace {

/** An RPC reply to a denied call with a program version out of range (RFC 5531 9). */
QByteArray mismatchReply(quint32 xid, quint32 version)
{
    XdrWriter w = rpc::acceptedReply(xid, rpc::ProgMismatch);
    w.u32(version).u32(version);
    return w.bytes();
}

/** The result of a core procedure that failed with `error`, shaped as that procedure's. */
QByteArray errorResult(quint32 procedure, quint32 error)
{
    XdrWriter w;
    w.u32(error);
    switch (procedure) {
    case vxi11::CreateLink:
        w.u32(0).u32(0).u32(0);
        break;
    case vxi11::DeviceWrite:
    case vxi11::DeviceReadStb:
        w.u32(0);
        break;
    case vxi11::DeviceRead:
        w.u32(0).opaque({});
        break;
    default:
        break;
    }
    return w.bytes();
}

} // namespace

/** One link made by create_link: a message link into the instrument's SimServer. */
struct SimVxi11Server::DeviceLink
{
    quint32 lid = 0;
    QString device; ///< lower case
    SimServer *server = nullptr;
    quint64 simLink = 0;
    Connection *connection = nullptr;
    std::deque<QByteArray> output; ///< whole replies; each ends with END
    // The device_read waiting for output, if any.
    bool reading = false;
    quint32 readXid = 0;
    quint32 requestSize = 0;
    std::optional<char> termChar;
    QTimer readTimer;
};

/** One client connection to the portmapper or the core channel; calls run one at a time. */
struct SimVxi11Server::Connection
{
    QPointer<QTcpSocket> socket;
    bool core = false;
    bool closed = false;
    rpc::RecordReader records;
    /** A call is waiting (a read for data, a call for a lock): later records wait too. */
    bool blocked = false;
    QByteArray parked; ///< the call waiting for a lock
    QTimer lockTimer;  ///< ends the lock wait
    std::vector<std::unique_ptr<DeviceLink>> links;
    QObject guard; ///< Gone with the connection: a queued pump for it is dropped.
};

SimVxi11Server::SimVxi11Server(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

SimVxi11Server::~SimVxi11Server()
{
    for (const auto &connection : m_connections) {
        for (const auto &link : connection->links)
            link->server->closeLink(link->simLink);
        if (connection->socket) {
            connection->socket->disconnect(this);
            connection->socket->abort();
        }
    }
}

bool SimVxi11Server::start(QString *error)
{
    m_core = std::make_unique<QTcpServer>();
    if (!m_core->listen(QHostAddress::LocalHost, 0)) {
        *error = QStringLiteral("VXI-11 core channel on 127.0.0.1: ") + m_core->errorString();
        return false;
    }
    connect(m_core.get(), &QTcpServer::newConnection, this, &SimVxi11Server::acceptCore);
    // The portmapper listens on TCP and, at the same port, on UDP (127.0.0.1, and the loopback
    // broadcast address 127.255.255.255 so a broadcast probe reaches it). TCP and UDP ports are
    // separate: a port free for one may be taken for the other by another process. A port of
    // our choosing is tried again elsewhere (UDP first: the probe needs it); a fixed one fails
    // and says which half is taken.
    constexpr int kAttempts = 16;
    const bool anyPort = m_options.portmapperPort == 0;
    QString why;
    for (int attempt = 0; attempt < (anyPort ? kAttempts : 1); ++attempt) {
        if (bindPortmapper(m_options.portmapperPort, &why))
            return true;
    }
    *error = anyPort ? tr("VXI-11 portmapper on 127.0.0.1: no port free for both TCP and UDP "
                          "in %1 tries; the last: %2")
                           .arg(kAttempts)
                           .arg(why)
                     : tr("VXI-11 portmapper on 127.0.0.1: %1").arg(why);
    return false;
}

bool SimVxi11Server::bindPortmapper(quint16 port, QString *why)
{
    m_portmapper.reset();
    m_portmapperUdp = std::make_unique<QUdpSocket>();
    m_portmapperBroadcast = std::make_unique<QUdpSocket>();
    const auto taken = [](const char *protocol, const char *address, quint16 at,
                          const QString &reason) {
        return tr("%1 port %2 on %3 cannot be bound: %4 (another simulator or portmapper?)")
            .arg(QLatin1String(protocol), QString::number(at), QLatin1String(address), reason);
    };
    if (!m_portmapperUdp->bind(QHostAddress::LocalHost, port)) {
        *why = taken("UDP", "127.0.0.1", port, m_portmapperUdp->errorString());
        return false;
    }
    port = m_portmapperUdp->localPort();
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        *why = taken("TCP", "127.0.0.1", port, tcp->errorString());
        return false;
    }
    if (!m_portmapperBroadcast->bind(QHostAddress(QStringLiteral("127.255.255.255")), port)) {
        *why = taken("UDP", "127.255.255.255", port, m_portmapperBroadcast->errorString());
        return false;
    }
    m_portmapper = std::move(tcp);
    connect(m_portmapper.get(), &QTcpServer::newConnection, this,
            &SimVxi11Server::acceptPortmapper);
    for (QUdpSocket *socket : {m_portmapperUdp.get(), m_portmapperBroadcast.get()})
        connect(socket, &QUdpSocket::readyRead, this,
                [this, socket] { readPortmapperDatagrams(socket); });
    return true;
}

quint16 SimVxi11Server::portmapperPort() const
{
    return m_portmapper ? m_portmapper->serverPort() : 0;
}

quint16 SimVxi11Server::corePort() const
{
    return m_core ? m_core->serverPort() : 0;
}

void SimVxi11Server::addDevice(const QString &name, SimServer *server)
{
    m_devices.insert(name.toLower(), server);
}

void SimVxi11Server::acceptPortmapper()
{
    while (QTcpSocket *socket = m_portmapper->nextPendingConnection()) {
        auto connection = std::make_unique<Connection>();
        connection->socket = socket;
        Connection *raw = connection.get();
        connect(socket, &QTcpSocket::readyRead, this, [this, raw] { onRecords(raw); });
        connect(socket, &QTcpSocket::disconnected, this, [this, raw] { closeConnection(raw); });
        m_connections.push_back(std::move(connection));
    }
}

void SimVxi11Server::acceptCore()
{
    while (QTcpSocket *socket = m_core->nextPendingConnection()) {
        auto connection = std::make_unique<Connection>();
        connection->socket = socket;
        connection->core = true;
        Connection *raw = connection.get();
        raw->lockTimer.setSingleShot(true);
        connect(&raw->lockTimer, &QTimer::timeout, this, [this, raw] {
            // The lock was not released in time: the parked call fails with "locked".
            XdrReader r(raw->parked);
            const quint32 xid = r.u32();
            r.u32(), r.u32(), r.u32(), r.u32();
            const quint32 procedure = r.u32();
            raw->parked.clear();
            reply(raw, rpc::acceptedReply(xid, rpc::Success).bytes() +
                           errorResult(procedure, vxi11::DeviceLockedByAnotherLink));
            raw->blocked = false;
            resumeLater(raw);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, raw] { onRecords(raw); });
        connect(socket, &QTcpSocket::disconnected, this, [this, raw] { closeConnection(raw); });
        m_connections.push_back(std::move(connection));
    }
}

void SimVxi11Server::onRecords(Connection *connection)
{
    if (connection->closed)
        return;
    if (connection->socket)
        connection->records.append(connection->socket->readAll());
    while (!connection->closed && !connection->blocked) {
        const std::optional<QByteArray> record = connection->records.next();
        if (!record)
            break;
        handleCall(connection, *record);
    }
    if (connection->records.failed())
        closeConnection(connection);
}

void SimVxi11Server::handleCall(Connection *connection, const QByteArray &record)
{
    XdrReader r(record);
    const rpc::CallHeader call = rpc::readCallHeader(r);
    if (!r.ok() || call.type != rpc::kCall) {
        closeConnection(connection); // not ONC RPC: nothing sensible to answer
        return;
    }
    if (call.rpcVersion != rpc::kRpcVersion) {
        XdrWriter w;
        w.u32(call.xid).u32(rpc::kReply).u32(rpc::kMsgDenied).u32(0).u32(2).u32(2); // RPC_MISMATCH
        reply(connection, w.bytes());
        return;
    }
    const quint32 expected = connection->core ? vxi11::kCoreProgram : rpc::kPortmapProgram;
    const quint32 expectedVersion = connection->core ? vxi11::kCoreVersion : rpc::kPortmapVersion;
    if (call.program != expected) {
        reply(connection, rpc::acceptedReply(call.xid, rpc::ProgUnavail).bytes());
        return;
    }
    if (call.version != expectedVersion) {
        reply(connection, mismatchReply(call.xid, expectedVersion));
        return;
    }
    if (connection->core)
        handleCoreCall(connection, call.xid, call.procedure, record, r);
    else
        handlePortmapperCall(connection, call.xid, call.procedure, r);
}

void SimVxi11Server::handlePortmapperCall(Connection *connection, quint32 xid, quint32 procedure,
                                          XdrReader &r)
{
    reply(connection, portmapperAnswer(xid, procedure, r));
}

QByteArray SimVxi11Server::portmapperAnswer(quint32 xid, quint32 procedure, XdrReader &r) const
{
    if (procedure == 0) // NULL: a ping
        return rpc::acceptedReply(xid, rpc::Success).bytes();
    if (procedure != rpc::kPortmapGetPort)
        return rpc::acceptedReply(xid, rpc::ProcUnavail).bytes();
    const quint32 program = r.u32();
    const quint32 version = r.u32();
    const quint32 protocol = r.u32();
    r.u32(); // port: ignored in GETPORT
    if (!r.ok())
        return rpc::acceptedReply(xid, rpc::GarbageArgs).bytes();
    const bool ours = program == vxi11::kCoreProgram && version == vxi11::kCoreVersion &&
                      protocol == rpc::kIpProtoTcp;
    XdrWriter w = rpc::acceptedReply(xid, rpc::Success);
    w.u32(ours ? corePort() : 0);
    return w.bytes();
}

void SimVxi11Server::readPortmapperDatagrams(QUdpSocket *socket)
{
    while (socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram(4096);
        const QByteArray data = datagram.data(); // XdrReader keeps a reference
        XdrReader r(data);
        const rpc::CallHeader call = rpc::readCallHeader(r);
        // Only well-formed portmapper calls are answered: errors are not sent back to a call
        // that may have been a broadcast, as broadcast RPC servers do (RFC 5531 section 9).
        if (!r.ok() || call.type != rpc::kCall || call.rpcVersion != rpc::kRpcVersion ||
            call.program != rpc::kPortmapProgram || call.version != rpc::kPortmapVersion)
            continue;
        // Answered from 127.0.0.1, whichever address the call went to, as a host answers a
        // broadcast from its own address.
        m_portmapperUdp->writeDatagram(portmapperAnswer(call.xid, call.procedure, r),
                                       datagram.senderAddress(), quint16(datagram.senderPort()));
    }
}

void SimVxi11Server::handleCoreCall(Connection *connection, quint32 xid, quint32 procedure,
                                    const QByteArray &record, XdrReader &r)
{
    const auto answer = [&](const QByteArray &result) {
        reply(connection, rpc::acceptedReply(xid, rpc::Success).bytes() + result);
    };
    const auto garbage = [&] {
        reply(connection, rpc::acceptedReply(xid, rpc::GarbageArgs).bytes());
    };

    if (procedure == vxi11::CreateLink) {
        r.i32(); // clientId
        const bool lockDevice = r.u32() != 0;
        r.u32(); // lock_timeout: create_link does not wait for a lock here
        const QString device = QString::fromLatin1(r.opaque(256)).toLower();
        if (!r.ok())
            return garbage();
        SimServer *server = m_devices.value(device);
        if (!server)
            return answer(errorResult(procedure, vxi11::InvalidAddress));
        if (lockDevice && m_locks.contains(device))
            return answer(errorResult(procedure, vxi11::DeviceLockedByAnotherLink));
        auto link = std::make_unique<DeviceLink>();
        DeviceLink *raw = link.get();
        raw->lid = ++m_nextLinkId;
        raw->device = device;
        raw->server = server;
        raw->connection = connection;
        raw->readTimer.setSingleShot(true);
        connect(&raw->readTimer, &QTimer::timeout, this,
                [this, raw] { finishRead(raw, vxi11::IoTimeout); });
        const quint32 lid = raw->lid;
        raw->simLink = server->openLink(
            [this, raw](const QByteArray &bytes) {
                raw->output.push_back(bytes);
                if (raw->reading)
                    serveRead(raw);
            },
            [this, lid] {
                // The "disconnect" fault: the instrument hangs up on the link's connection.
                for (const auto &c : m_connections) {
                    for (const auto &l : c->links) {
                        if (l->lid == lid)
                            return closeConnection(c.get());
                    }
                }
            });
        if (lockDevice)
            m_locks.insert(device, raw->lid);
        connection->links.push_back(std::move(link));
        XdrWriter w;
        w.u32(vxi11::NoError).u32(lid).u32(0).u32(m_options.maxRecvSize);
        return answer(w.bytes());
    }

    // Every other procedure starts with the link id.
    const quint32 lid = r.u32();
    quint32 flags = 0;
    quint32 lockTimeout = 0;
    quint32 ioTimeout = 0;
    quint32 requestSize = 0;
    quint32 termChar = 0;
    QByteArray data;
    switch (procedure) {
    case vxi11::DeviceWrite:
        ioTimeout = r.u32();
        lockTimeout = r.u32();
        flags = r.u32();
        data = r.opaque(rpc::kMaxRecord);
        break;
    case vxi11::DeviceRead:
        requestSize = r.u32();
        ioTimeout = r.u32();
        lockTimeout = r.u32();
        flags = r.u32();
        termChar = r.u32();
        break;
    case vxi11::DeviceReadStb:
    case vxi11::DeviceTrigger:
    case vxi11::DeviceClear:
    case vxi11::DeviceRemote:
    case vxi11::DeviceLocal:
        flags = r.u32();
        lockTimeout = r.u32();
        ioTimeout = r.u32();
        break;
    case vxi11::DeviceLock:
        flags = r.u32();
        lockTimeout = r.u32();
        break;
    case vxi11::DeviceUnlock:
    case vxi11::DestroyLink:
        break;
    case 20: // device_enable_srq
    case 25: // create_intr_chan
    case 26: // destroy_intr_chan
        return answer(errorResult(procedure, vxi11::OperationNotSupported));
    case 22: { // device_docmd
        XdrWriter w;
        w.u32(vxi11::OperationNotSupported).opaque({});
        return answer(w.bytes());
    }
    default:
        reply(connection, rpc::acceptedReply(xid, rpc::ProcUnavail).bytes());
        return;
    }
    if (!r.ok())
        return garbage();
    DeviceLink *link = findLink(connection, lid);
    if (!link)
        return answer(errorResult(procedure, vxi11::InvalidLinkIdentifier));

    if (procedure != vxi11::DeviceUnlock && procedure != vxi11::DestroyLink &&
        lockedByOther(link)) {
        if ((flags & vxi11::WaitLock) && lockTimeout > 0) {
            // Waits for the holder to let go, up to lock_timeout (VXI-11 B.6.3); the calls
            // behind it on this connection wait too.
            connection->parked = record;
            connection->blocked = true;
            connection->lockTimer.start(int(std::min<quint32>(lockTimeout, 1u << 30)));
            return;
        }
        return answer(errorResult(procedure, vxi11::DeviceLockedByAnotherLink));
    }

    switch (procedure) {
    case vxi11::DeviceWrite: {
        if (quint32(data.size()) > m_options.maxRecvSize)
            return answer(errorResult(procedure, vxi11::ParameterError));
        link->server->linkInput(link->simLink, data, flags & vxi11::End);
        XdrWriter w;
        w.u32(vxi11::NoError).u32(quint32(data.size()));
        return answer(w.bytes());
    }
    case vxi11::DeviceRead:
        if (requestSize == 0)
            return answer(errorResult(procedure, vxi11::ParameterError));
        link->reading = true;
        link->readXid = xid;
        link->requestSize = requestSize;
        link->termChar = (flags & vxi11::TermCharSet) ? std::optional<char>(char(termChar & 0xff))
                                                      : std::nullopt;
        if (!serveRead(link)) {
            connection->blocked = true;
            link->readTimer.start(int(std::min<quint32>(ioTimeout, 1u << 30)));
        }
        return;
    case vxi11::DeviceReadStb: {
        XdrWriter w;
        w.u32(vxi11::NoError).u32(link->output.empty() ? 0 : 0x10); // MAV: a reply waits
        return answer(w.bytes());
    }
    case vxi11::DeviceClear:
        link->server->clearLink(link->simLink);
        link->output.clear();
        return answer(errorResult(procedure, vxi11::NoError));
    case vxi11::DeviceLock:
        m_locks.insert(link->device, link->lid);
        return answer(errorResult(procedure, vxi11::NoError));
    case vxi11::DeviceUnlock: {
        if (m_locks.value(link->device) != link->lid || !m_locks.contains(link->device))
            return answer(errorResult(procedure, vxi11::NoLockHeldByThisLink));
        m_locks.remove(link->device);
        answer(errorResult(procedure, vxi11::NoError));
        retryParked();
        return;
    }
    case vxi11::DestroyLink:
        destroyLink(link);
        return answer(errorResult(procedure, vxi11::NoError));
    default: // trigger, remote, local: the simulated instruments have no trigger or front panel
        return answer(errorResult(procedure, vxi11::NoError));
    }
}

bool SimVxi11Server::serveRead(DeviceLink *link)
{
    if (link->output.empty())
        return false;
    QByteArray &front = link->output.front();
    qsizetype take = std::min<qsizetype>(link->requestSize, front.size());
    quint32 reason = 0;
    if (link->termChar) {
        const qsizetype at = front.indexOf(*link->termChar);
        if (at >= 0 && at < take) {
            take = at + 1;
            reason |= vxi11::TermChar;
        }
    }
    if (take == front.size())
        reason |= vxi11::EndIndicator;
    if (take == qsizetype(link->requestSize))
        reason |= vxi11::RequestCount;
    const QByteArray data = front.left(take);
    front.remove(0, take);
    if (front.isEmpty())
        link->output.pop_front();
    XdrWriter w = rpc::acceptedReply(link->readXid, rpc::Success);
    w.u32(vxi11::NoError).u32(reason).opaque(data);
    link->reading = false;
    link->readTimer.stop();
    Connection *connection = link->connection;
    reply(connection, w.bytes());
    if (connection->blocked) {
        connection->blocked = false;
        resumeLater(connection);
    }
    return true;
}

void SimVxi11Server::resumeLater(Connection *connection)
{
    // Later: this may run inside SimServer::sendDue() or a link's timer, which must finish
    // before a call on the connection destroys that link.
    QMetaObject::invokeMethod(
        &connection->guard, [this, connection] { onRecords(connection); }, Qt::QueuedConnection);
}

void SimVxi11Server::finishRead(DeviceLink *link, quint32 error)
{
    if (!link->reading)
        return;
    link->reading = false;
    reply(link->connection, rpc::acceptedReply(link->readXid, rpc::Success).bytes() +
                                errorResult(vxi11::DeviceRead, error));
    link->connection->blocked = false;
    resumeLater(link->connection);
}

void SimVxi11Server::retryParked()
{
    for (const auto &c : m_connections) {
        if (c->parked.isEmpty() || c->closed)
            continue;
        c->lockTimer.stop();
        const QByteArray record = std::exchange(c->parked, QByteArray());
        c->blocked = false;
        Connection *connection = c.get();
        QMetaObject::invokeMethod(
            &connection->guard,
            [this, connection, record] {
                if (connection->blocked || connection->closed)
                    return;
                handleCall(connection, record);
                onRecords(connection);
            },
            Qt::QueuedConnection);
    }
}

void SimVxi11Server::reply(Connection *connection, const QByteArray &message)
{
    if (connection->socket && !connection->closed) {
        connection->socket->write(rpc::record(message));
        connection->socket->flush();
    }
}

SimVxi11Server::DeviceLink *SimVxi11Server::findLink(Connection *connection, quint32 lid) const
{
    for (const auto &link : connection->links) {
        if (link->lid == lid)
            return link.get();
    }
    return nullptr;
}

bool SimVxi11Server::lockedByOther(const DeviceLink *link) const
{
    const auto it = m_locks.constFind(link->device);
    return it != m_locks.constEnd() && *it != link->lid;
}

void SimVxi11Server::destroyLink(DeviceLink *link)
{
    Connection *connection = link->connection;
    link->server->closeLink(link->simLink);
    const bool heldLock =
        m_locks.value(link->device) == link->lid && m_locks.contains(link->device);
    if (heldLock)
        m_locks.remove(link->device);
    connection->links.erase(std::remove_if(connection->links.begin(), connection->links.end(),
                                           [link](const auto &l) { return l.get() == link; }),
                            connection->links.end());
    if (heldLock)
        retryParked();
}

void SimVxi11Server::closeConnection(Connection *connection)
{
    if (connection->closed)
        return;
    connection->closed = true;
    connection->lockTimer.stop();
    // Closing the connection destroys its links and releases their locks (VXI-11 B.4.2).
    while (!connection->links.empty())
        destroyLink(connection->links.back().get());
    if (QTcpSocket *socket = connection->socket.data()) {
        socket->disconnect(this);
        socket->flush();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
    }
    // The connection may be the sender of the signal that brought us here: free it later.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_connections.erase(std::remove_if(m_connections.begin(), m_connections.end(),
                                               [](const auto &c) { return c->closed; }),
                                m_connections.end());
        },
        Qt::QueuedConnection);
}

} // namespace ld
