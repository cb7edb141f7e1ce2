// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/transport.h"

#include <QAbstractSocket>

class QTcpSocket;
class QTimer;

namespace ld {

/**
 * A raw TCP socket (LXI `::SOCKET`, serial-over-TCP servers) through QTcpSocket, with a connect
 * timeout and Nagle off, since SCPI traffic is small request/reply messages.
 */
class TcpTransport final : public Transport
{
    Q_OBJECT
public:
    static constexpr int kDefaultConnectTimeoutMs = 3000;

    TcpTransport(QString host, quint16 port, QObject *parent = nullptr);
    ~TcpTransport() override;

    void open() override;
    void close() override;
    bool write(const QByteArray &bytes) override;
    void discardInput() override;
    bool joinsCommands() const override { return true; }
    QString description() const override;

    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    int connectTimeout() const { return m_connectTimeoutMs; }

private:
    void handleConnected();
    void handleError(QAbstractSocket::SocketError error);
    void handleDisconnected();
    void readAvailable();
    void fail(ErrorKind kind, const QString &message);

    QString m_host;
    quint16 m_port;
    int m_connectTimeoutMs = kDefaultConnectTimeoutMs;
    QTcpSocket *m_socket;   // child: moves with this object to its I/O thread
    QTimer *m_connectTimer; // child
};

} // namespace ld
