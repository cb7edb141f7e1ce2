// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/vxi11portmapperprobe.h"

#include "io/oncrpc_p.h"
#include "io/vxi11_p.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>

namespace ld {

using namespace detail;

Vxi11PortmapperProbe::Vxi11PortmapperProbe(QObject *parent)
    : QObject(parent)
    , m_socket(new QUdpSocket(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Vxi11PortmapperProbe::finish);
    connect(m_socket, &QUdpSocket::readyRead, this, &Vxi11PortmapperProbe::readReplies);
}

Vxi11PortmapperProbe::~Vxi11PortmapperProbe() = default;

quint16 Vxi11PortmapperProbe::portFromEnvironment()
{
    bool ok = false;
    const int port = qEnvironmentVariableIntValue("LABDISPATCH_VXI11_PORTMAPPER_PORT", &ok);
    return ok && port > 0 && port <= 65535 ? quint16(port) : rpc::kPortmapPort;
}

QList<QHostAddress> Vxi11PortmapperProbe::interfaceBroadcasts()
{
    QList<QHostAddress> out;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        const auto flags = i.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            flags.testFlag(QNetworkInterface::IsLoopBack) ||
            !flags.testFlag(QNetworkInterface::CanBroadcast))
            continue;
        for (const QNetworkAddressEntry &entry : i.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol &&
                !entry.broadcast().isNull() && !out.contains(entry.broadcast()))
                out.append(entry.broadcast());
        }
    }
    return out;
}

void Vxi11PortmapperProbe::start(QList<QHostAddress> targets, quint16 port, int timeoutMs)
{
    m_hosts.clear();
    m_error.clear();
    if (targets.isEmpty())
        targets = interfaceBroadcasts();
    if (m_socket->state() != QAbstractSocket::BoundState &&
        !m_socket->bind(QHostAddress::AnyIPv4, 0)) {
        m_error = tr("cannot open a UDP socket for the VXI-11 portmapper probe: %1")
                      .arg(m_socket->errorString());
    }
    m_xid = QRandomGenerator::global()->generate();
    XdrWriter call =
        rpc::callHeader(m_xid, rpc::kPortmapProgram, rpc::kPortmapVersion, rpc::kPortmapGetPort);
    call.u32(vxi11::kCoreProgram).u32(vxi11::kCoreVersion).u32(rpc::kIpProtoTcp).u32(0);
    const QByteArray message = call.bytes();
    QStringList failed;
    for (const QHostAddress &target : std::as_const(targets)) {
        if (m_error.isEmpty() && m_socket->writeDatagram(message, target, port) < 0)
            failed.append(
                QStringLiteral("%1 (%2)").arg(target.toString(), m_socket->errorString()));
    }
    if (!failed.isEmpty())
        m_error = tr("the VXI-11 portmapper probe could not be sent to %1")
                      .arg(failed.join(QLatin1String(", ")));
    else if (targets.isEmpty() && m_error.isEmpty())
        m_error = tr("no network interface to broadcast the VXI-11 portmapper probe on");
    m_timer->start(std::max(0, timeoutMs));
}

void Vxi11PortmapperProbe::readReplies()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(4096);
        const QByteArray data = datagram.data(); // XdrReader keeps a reference
        XdrReader reader(data);
        const quint32 xid = reader.u32();
        const quint32 type = reader.u32();
        const quint32 status = reader.u32();
        reader.skipAuth();
        const quint32 accepted = reader.u32();
        const quint32 corePort = reader.u32();
        if (!reader.ok() || xid != m_xid || type != rpc::kReply || status != rpc::kMsgAccepted ||
            accepted != rpc::Success || corePort == 0 || corePort > 65535 || !m_timer->isActive())
            continue;
        QHostAddress host = datagram.senderAddress();
        if (host.protocol() == QAbstractSocket::IPv6Protocol) { // ::ffff:a.b.c.d
            bool ok = false;
            const quint32 v4 = host.toIPv4Address(&ok);
            if (ok)
                host = QHostAddress(v4);
        }
        if (m_hosts.contains(host))
            continue;
        m_hosts.append(host);
        Q_EMIT hostFound(host, quint16(corePort));
    }
}

void Vxi11PortmapperProbe::stop()
{
    if (m_timer->isActive())
        m_timer->start(0);
}

void Vxi11PortmapperProbe::finish()
{
    m_socket->close();
    Q_EMIT finished(m_hosts, m_error);
}

} // namespace ld
