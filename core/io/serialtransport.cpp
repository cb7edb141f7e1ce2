// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/serialtransport.h"

#include "io/writenow_p.h"

#include <poll.h>

namespace ld {

namespace {

/** True when the other end of `fd` hung up (a pty whose master closed, a USB adapter gone). */
bool peerHungUp(int fd)
{
    if (fd < 0)
        return false;
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0 && (p.revents & (POLLHUP | POLLERR)) != 0;
}

QSerialPort::Parity toQt(SerialSettings::Parity p)
{
    switch (p) {
    case SerialSettings::Parity::Even:
        return QSerialPort::EvenParity;
    case SerialSettings::Parity::Odd:
        return QSerialPort::OddParity;
    case SerialSettings::Parity::Mark:
        return QSerialPort::MarkParity;
    case SerialSettings::Parity::Space:
        return QSerialPort::SpaceParity;
    case SerialSettings::Parity::None:
        break;
    }
    return QSerialPort::NoParity;
}

QSerialPort::StopBits toQt(SerialSettings::StopBits s)
{
    switch (s) {
    case SerialSettings::StopBits::OneAndHalf:
        return QSerialPort::OneAndHalfStop;
    case SerialSettings::StopBits::Two:
        return QSerialPort::TwoStop;
    case SerialSettings::StopBits::One:
        break;
    }
    return QSerialPort::OneStop;
}

QSerialPort::FlowControl toQt(SerialSettings::FlowControl f)
{
    switch (f) {
    case SerialSettings::FlowControl::Hardware:
        return QSerialPort::HardwareControl;
    case SerialSettings::FlowControl::Software:
        return QSerialPort::SoftwareControl;
    case SerialSettings::FlowControl::None:
        break;
    }
    return QSerialPort::NoFlowControl;
}

} // namespace

SerialTransport::SerialTransport(QString portName, SerialSettings settings, QObject *parent)
    : Transport(parent)
    , m_portName(std::move(portName))
    , m_settings(std::move(settings))
    , m_port(new QSerialPort(this))
{
    m_port->setReadBufferSize(kReadBufferSize);
    connect(m_port, &QSerialPort::readyRead, this, &SerialTransport::readAvailable);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialTransport::handleError);
}

SerialTransport::~SerialTransport()
{
    // Close quietly: no signals to a half-destroyed owner.
    m_port->disconnect(this);
    if (m_port->isOpen())
        m_port->close();
}

void SerialTransport::open()
{
    if (state() != State::Closed)
        return;
    setState(State::Opening);
    QString error;
    bool ok = m_settings.validate(&error);
    if (ok) {
        m_port->setPortName(m_portName);
        ok = m_port->open(QIODevice::ReadWrite);
        if (!ok)
            error = tr("cannot open serial port %1: %2").arg(m_portName, m_port->errorString());
    } else {
        error = tr("bad serial settings for %1: %2").arg(m_portName, error);
    }
    // Line settings after open(), as QSerialPort applies them to the open descriptor; ptys
    // accept 8N1/8N2 only, so a refused setting is an open failure with the reason.
    const auto applied = [this](bool set, const char *what, QString *message) {
        if (!set && message->isEmpty())
            *message = tr("serial port %1 refused %2: %3")
                           .arg(m_portName, QLatin1String(what), m_port->errorString());
        return set;
    };
    if (ok) {
        ok = applied(m_port->setBaudRate(m_settings.baudRate), "the baud rate", &error) &&
             applied(m_port->setDataBits(QSerialPort::DataBits(m_settings.dataBits)),
                     "the data bits", &error) &&
             applied(m_port->setParity(toQt(m_settings.parity)), "the parity", &error) &&
             applied(m_port->setStopBits(toQt(m_settings.stopBits)), "the stop bits", &error) &&
             applied(m_port->setFlowControl(toQt(m_settings.flowControl)), "the flow control",
                     &error);
        if (!ok)
            m_port->close();
    }
    // Report on the next event loop turn, as TCP does, so callers never re-enter from open().
    reportOpenLater(ok, error, [this] {
        if (m_port->bytesAvailable() > 0)
            readAvailable();
    });
}

void SerialTransport::close()
{
    if (state() == State::Closed)
        return;
    setState(State::Closed);
    m_port->close();
    Q_EMIT closed();
}

bool SerialTransport::write(const QByteArray &bytes)
{
    if (state() != State::Open)
        return false;
    // Straight to the descriptor while nothing waits in Qt's buffer (see writeNow()).
    const qsizetype sent =
        m_port->bytesToWrite() == 0 ? detail::writeNow(m_port->handle(), bytes, false) : 0;
    if (sent == bytes.size())
        return true;
    const QByteArray rest = sent == 0 ? bytes : bytes.mid(sent);
    if (m_port->write(rest) != rest.size())
        return false;
    // Send now rather than on the next write notification: saves an event-loop round per
    // command. flush() writes what the OS takes without blocking; the rest follows as usual.
    // Not after a partial direct write: the descriptor was full a moment ago, and QSerialPort
    // takes a write that finds no room (EAGAIN) for an error; its write notifier waits instead.
    if (sent == 0)
        m_port->flush();
    return true;
}

void SerialTransport::discardInput()
{
    if (!m_port->isOpen())
        return;
    m_port->clear(QSerialPort::Input); // tcflush(TCIFLUSH): also what the OS holds
    m_port->readAll();
}

void SerialTransport::readAvailable()
{
    deliverAvailable(m_port);
}

void SerialTransport::handleError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError ||
        state() != State::Open)
        return;
    // A hang-up (a pty whose master closed, an unplugged adapter) comes as whichever error the
    // failing call met first: EIO on a read, ENOTTY or EOPNOTSUPP from an ioctl. Ask the
    // descriptor itself, so the link is reported lost rather than as a puzzling errno.
    if (peerHungUp(int(m_port->handle()))) {
        fail(ErrorKind::Disconnected, tr("serial port %1 hung up").arg(m_portName));
        return;
    }
    // A read that fails or returns nothing on an open port means the device is gone; the
    // notifier would otherwise fire again at once, so close here.
    const bool gone = error == QSerialPort::ResourceError || error == QSerialPort::ReadError;
    fail(gone ? ErrorKind::Disconnected : ErrorKind::IoError,
         tr("serial port %1: %2").arg(m_portName, m_port->errorString()));
}

void SerialTransport::fail(ErrorKind kind, const QString &message)
{
    setState(State::Closed);
    m_port->close();
    Q_EMIT errorOccurred(kind, message);
    Q_EMIT closed();
}

} // namespace ld
