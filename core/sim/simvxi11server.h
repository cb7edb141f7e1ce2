// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace ld {

class SimServer;
namespace detail {
class XdrReader;
}

/**
 * A VXI-11 instrument server on 127.0.0.1 for simulated instruments: a portmapper (ONC RPC
 * program 100000 version 2, GETPORT only, over TCP and, at the same port, over UDP on 127.0.0.1
 * and the loopback broadcast address 127.255.255.255 for the discovery probe) and the core channel
 * (program 0x0607AF), serving each added SimServer under a device name. Links, device_write/read
 * with END and the terminating character, device_clear, trigger, remote/local, read_stb, locks and
 * destroy_link follow the VXI-11 specification; the abort channel is not served. Replies keep
 * the instrument's latency and faults (SimServer shapes them). Lives on the bench thread.
 */
class SimVxi11Server : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint16 portmapperPort = 0; ///< 0 picks a free port; 111 is where VISA libraries look.
        quint32 maxRecvSize = 4096; ///< told to clients in create_link; larger writes fail
    };

    explicit SimVxi11Server(const Options &options, QObject *parent = nullptr);
    ~SimVxi11Server() override;

    /** Before start() only. */
    void setOptions(const Options &options) { m_options = options; }
    bool start(QString *error);
    quint16 portmapperPort() const;
    quint16 corePort() const;
    /** Serves `server`'s instrument (which must outlive this) as device `name`. */
    void addDevice(const QString &name, SimServer *server);

private:
    struct Connection;
    struct DeviceLink;

    /** Binds the portmapper's TCP and UDP sockets at `port` (0: a free one); `why` on failure. */
    bool bindPortmapper(quint16 port, QString *why);
    void acceptPortmapper();
    void acceptCore();
    void onRecords(Connection *connection);
    void handleCall(Connection *connection, const QByteArray &record);
    void handlePortmapperCall(Connection *connection, quint32 xid, quint32 procedure,
                              detail::XdrReader &args);
    QByteArray portmapperAnswer(quint32 xid, quint32 procedure, detail::XdrReader &args) const;
    void readPortmapperDatagrams(QUdpSocket *socket);
    void handleCoreCall(Connection *connection, quint32 xid, quint32 procedure,
                        const QByteArray &record, detail::XdrReader &args);
    bool serveRead(DeviceLink *link);
    void finishRead(DeviceLink *link, quint32 error);
    void resumeLater(Connection *connection);
    void retryParked();
    void reply(Connection *connection, const QByteArray &message);
    void closeConnection(Connection *connection);
    void destroyLink(DeviceLink *link);
    DeviceLink *findLink(Connection *connection, quint32 lid) const;
    bool lockedByOther(const DeviceLink *link) const;

    Options m_options;
    std::unique_ptr<QTcpServer> m_portmapper;
    std::unique_ptr<QTcpServer> m_core;
    std::unique_ptr<QUdpSocket> m_portmapperUdp;       ///< answers, from 127.0.0.1
    std::unique_ptr<QUdpSocket> m_portmapperBroadcast; ///< 127.255.255.255: receives only
    QHash<QString, SimServer *> m_devices; ///< device name (lower case) -> its instrument
    QHash<QString, quint32> m_locks;       ///< device name (lower case) -> link holding the lock
    std::vector<std::unique_ptr<Connection>> m_connections;
    quint32 m_nextLinkId = 0;
};

} // namespace ld
