// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/tcptransport.h"

#include "io/writenow_p.h"

#include <QTcpSocket>
#include <QTimer>

namespace ld {

TcpTransport::TcpTransport(QString host, quint16 port, QObject *parent)
    : Transport(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_socket(new QTcpSocket(this))
    , m_connectTimer(new QTimer(this))
{
    m_socket->setReadBufferSize(kReadBufferSize);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        fail(ErrorKind::ConnectTimeout,
             tr("no connection to %1 after %2 ms").arg(description()).arg(m_connectTimeoutMs));
    });
    connect(m_socket, &QTcpSocket::connected, this, &TcpTransport::handleConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpTransport::readAvailable);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpTransport::handleError);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpTransport::handleDisconnected);
}

TcpTransport::~TcpTransport()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

QString TcpTransport::description() const
{
    const QString host =
        m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    return QStringLiteral("%1:%2").arg(host, QString::number(m_port));
}

void TcpTransport::open()
{
    if (state() != State::Closed)
        return;
    setState(State::Opening);
    m_connectTimer->start(m_connectTimeoutMs);
    m_socket->connectToHost(m_host, m_port);
}

void TcpTransport::close()
{
    if (state() == State::Closed)
        return;
    setState(State::Closed);
    m_connectTimer->stop();
    m_socket->abort();
    Q_EMIT closed();
}

bool TcpTransport::write(const QByteArray &bytes)
{
    if (state() != State::Open)
        return false;
    // Straight to the socket while nothing waits in Qt's buffer (see writeNow()).
    const qsizetype sent = m_socket->bytesToWrite() == 0
                               ? detail::writeNow(m_socket->socketDescriptor(), bytes, true)
                               : 0;
    if (sent == bytes.size())
        return true;
    const QByteArray rest = sent == 0 ? bytes : bytes.mid(sent);
    if (m_socket->write(rest) != rest.size())
        return false;
    // Send now rather than on the next write notification: saves an event-loop round per
    // command. flush() writes what the OS takes without blocking; the rest follows as usual.
    // Not after a partial direct write: the descriptor was full a moment ago, and QSerialPort
    // takes a write that finds no room (EAGAIN) for an error; its write notifier waits instead.
    if (sent == 0)
        m_socket->flush();
    return true;
}

void TcpTransport::discardInput()
{
    // Only what Qt has already read can be dropped; bytes still in the kernel arrive later and
    // are handled by the session's stale-input rules.
    m_socket->readAll();
}

void TcpTransport::handleConnected()
{
    if (state() != State::Opening)
        return;
    m_connectTimer->stop();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    setState(State::Open);
    Q_EMIT opened();
}

void TcpTransport::readAvailable()
{
    deliverAvailable(m_socket);
}

void TcpTransport::handleError(QAbstractSocket::SocketError error)
{
    if (state() == State::Closed)
        return;
    if (state() == State::Opening) {
        fail(ErrorKind::OpenFailed,
             tr("cannot connect to %1: %2").arg(description(), m_socket->errorString()));
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        handleDisconnected();
        return;
    }
    fail(ErrorKind::IoError,
         tr("connection to %1: %2").arg(description(), m_socket->errorString()));
}

void TcpTransport::handleDisconnected()
{
    if (state() != State::Open)
        return;
    // Deliver what the peer sent before closing, so a partial reply is seen as such.
    readAvailable();
    fail(ErrorKind::Disconnected, tr("%1 closed the connection").arg(description()));
}

void TcpTransport::fail(ErrorKind kind, const QString &message)
{
    setState(State::Closed);
    m_connectTimer->stop();
    m_socket->abort();
    Q_EMIT errorOccurred(kind, message);
    Q_EMIT closed();
}

} // namespace ld
