// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>

class QTimer;
class QUdpSocket;

namespace ld {

/**
 * Finds VXI-11 instruments by asking portmappers over UDP, as VISA libraries do: one GETPORT
 * call for the VXI-11 core program sent to each target (a broadcast address, or a host), and
 * every portmapper that answers with a port serves the core channel. Answers are collected
 * until the timeout; then finished() lists the hosts, in the order they answered.
 */
class Vxi11PortmapperProbe final : public QObject
{
    Q_OBJECT
public:
    explicit Vxi11PortmapperProbe(QObject *parent = nullptr);
    ~Vxi11PortmapperProbe() override;

    /**
     * Sends the call to every target's `port` and waits `timeoutMs` for answers. Targets
     * empty: the broadcast address of every IPv4 interface that is up, loopback excluded.
     */
    void start(QList<QHostAddress> targets, quint16 port, int timeoutMs);
    /** Ends the wait now (finished() follows on the next turn). */
    void stop();
    /** The portmapper port to use: LABDISPATCH_VXI11_PORTMAPPER_PORT when set, else 111. */
    static quint16 portFromEnvironment();
    /** The broadcast address of every IPv4 interface that is up, loopback excluded. */
    static QList<QHostAddress> interfaceBroadcasts();

Q_SIGNALS:
    /** A host whose portmapper serves the VXI-11 core channel at `corePort`. */
    void hostFound(const QHostAddress &host, quint16 corePort);
    /** After the timeout: every host found, and why no call went out (empty when all did). */
    void finished(const QList<QHostAddress> &hosts, const QString &error);

private:
    void readReplies();
    void finish();

    QUdpSocket *m_socket; // child
    QTimer *m_timer;      // child
    quint32 m_xid = 0;
    QList<QHostAddress> m_hosts;
    QString m_error;
};

} // namespace ld
