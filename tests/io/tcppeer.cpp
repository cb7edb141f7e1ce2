// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcppeer.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace ld::test {

TcpPeer::TcpPeer(QObject *parent)
    : ScriptedPeer(parent)
    , m_server(new QTcpServer(this))
{
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            if (m_socket) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_socket = socket;
            connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket] { feed(socket->readAll()); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

TcpPeer::~TcpPeer() = default;

bool TcpPeer::isValid() const
{
    return m_server->isListening();
}

quint16 TcpPeer::port() const
{
    return m_server->serverPort();
}

QString TcpPeer::resource() const
{
    return QStringLiteral("TCPIP0::127.0.0.1::%1::SOCKET").arg(port());
}

void TcpPeer::send(const QByteArray &bytes)
{
    if (QTcpSocket *socket = m_socket.data())
        socket->write(bytes);
}

void TcpPeer::hangUp()
{
    if (QTcpSocket *socket = m_socket.data())
        socket->disconnectFromHost();
}

} // namespace ld::test
