// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simgpibcontroller.h"

#include "sim/simpty.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace ld {

namespace {

constexpr char kEsc = 27;
constexpr qsizetype kMaxInput = 64 * 1024;

} // namespace

SimGpibController::SimGpibController(SimServer::Transport transport, quint16 port, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_port(port)
    , m_readTimer(new QTimer(this))
{
    m_readTimer->setSingleShot(true);
    m_readTimer->setTimerType(Qt::PreciseTimer);
}

SimGpibController::~SimGpibController()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SimGpibController::addDevice(const QString &name, int primary, int secondary,
                                  std::unique_ptr<SimInstrument> instrument,
                                  const SimServer::Options &options)
{
    auto device = std::make_unique<Device>();
    device->name = name;
    device->primary = primary;
    device->secondary = secondary;
    device->instrument = std::move(instrument);
    device->options = options;
    m_devices.push_back(std::move(device));
}

bool SimGpibController::start(QString *error)
{
    if (m_transport == SimServer::Transport::Pty) {
        m_pty = std::make_unique<SimPty>();
        connect(m_pty.get(), &SimPty::received, this, &SimGpibController::onBytes);
        if (!m_pty->open(error))
            return false;
        QMutexLocker lock(&m_mutex);
        m_resource = QStringLiteral("ASRL%1::INSTR").arg(m_pty->path());
        return true;
    }
    m_tcp = std::make_unique<QTcpServer>();
    if (!m_tcp->listen(QHostAddress::LocalHost, m_port)) {
        *error = QStringLiteral("127.0.0.1:%1: %2").arg(m_port).arg(m_tcp->errorString());
        m_tcp.reset();
        return false;
    }
    connect(m_tcp.get(), &QTcpServer::newConnection, this, &SimGpibController::acceptTcp);
    QMutexLocker lock(&m_mutex);
    m_resource = QStringLiteral("TCPIP0::127.0.0.1::%1::SOCKET").arg(m_tcp->serverPort());
    return true;
}

QString SimGpibController::resource() const
{
    QMutexLocker lock(&m_mutex);
    return m_resource;
}

QString SimGpibController::deviceResource(const QString &name, int board) const
{
    const Device *d = find(name);
    if (!d)
        return {};
    return d->secondary < 0 ? QStringLiteral("GPIB%1::%2::INSTR").arg(board).arg(d->primary)
                            : QStringLiteral("GPIB%1::%2::%3::INSTR")
                                  .arg(board)
                                  .arg(d->primary)
                                  .arg(d->secondary);
}

QStringList SimGpibController::deviceNames() const
{
    QStringList names;
    for (const auto &d : m_devices)
        names.append(d->name);
    return names;
}

SimInstrument *SimGpibController::instrument(const QString &name) const
{
    const Device *d = find(name);
    return d ? d->instrument.get() : nullptr;
}

SimGpibController::Device *SimGpibController::find(const QString &name) const
{
    for (const auto &d : m_devices) {
        if (d->name == name)
            return d.get();
    }
    return nullptr;
}

bool SimGpibController::setFaults(const QString &name, const SimFaults &faults)
{
    Device *d = find(name);
    if (!d)
        return false;
    QMutexLocker lock(&m_mutex);
    d->options.faults = faults;
    return true;
}

std::optional<SimFaults> SimGpibController::faults(const QString &name) const
{
    const Device *d = find(name);
    if (!d)
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    return d->options.faults;
}

bool SimGpibController::setLatency(const QString &name, int latencyMs, int jitterMs)
{
    Device *d = find(name);
    if (!d)
        return false;
    QMutexLocker lock(&m_mutex);
    d->options.latencyMs = std::max(0, latencyMs);
    d->options.jitterMs = std::max(0, jitterMs);
    return true;
}

QList<QByteArray> SimGpibController::log() const
{
    QMutexLocker lock(&m_mutex);
    return m_log.mid(m_logOldest) + m_log.first(m_logOldest);
}

void SimGpibController::clearLog()
{
    QMutexLocker lock(&m_mutex);
    m_log.clear();
    m_logOldest = 0;
}

void SimGpibController::acceptTcp()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        // One host at a time, as on the GPIB-ETHERNET: a new connection replaces the old.
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
        }
        m_socket = socket;
        m_input.clear();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket == m_socket)
                onBytes(socket->readAll());
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void SimGpibController::onBytes(const QByteArray &data)
{
    if (m_reading)
        ++m_overlaps; // the host did not wait for the reply it asked for
    m_input.append(data);
    if (m_input.size() > kMaxInput)
        m_input.clear();
    process();
}

void SimGpibController::process()
{
    // Message by message, in order, and not while a read is in progress.
    while (!m_reading) {
        QByteArray message;
        bool escaped = false;
        qsizetype end = -1;
        for (qsizetype i = 0; i < m_input.size(); ++i) {
            const char c = m_input.at(i);
            if (escaped) {
                message.append(c);
                escaped = false;
            } else if (c == kEsc) {
                escaped = true;
            } else if (c == '\r' || c == '\n') {
                end = i;
                break;
            } else {
                message.append(c);
            }
        }
        if (end < 0)
            return;
        // "++" at the start, unescaped, makes a controller command.
        const bool isCommand = m_input.startsWith("++");
        m_input.remove(0, end + 1);
        if (message.isEmpty())
            continue;
        {
            QMutexLocker lock(&m_mutex);
            if (m_log.size() < kLogLimit) {
                m_log.append(message);
            } else {
                m_log[m_logOldest] = message;
                m_logOldest = (m_logOldest + 1) % kLogLimit;
            }
        }
        if (isCommand)
            handleCommand(message.mid(2).trimmed());
        else
            handleData(message);
    }
}

void SimGpibController::handleCommand(const QByteArray &command)
{
    const QList<QByteArray> words = command.simplified().split(' ');
    const QByteArray name = words.value(0).toLower();
    const auto number = [&](int index, int fallback) {
        bool ok = false;
        const int v = words.value(index).toInt(&ok);
        return ok ? v : fallback;
    };
    if (name == "ver") {
        send(m_transport == SimServer::Transport::Pty
                 ? "Prologix GPIB-USB Controller version 6.107 (LabDispatch simulator)\r\n"
                 : "Prologix GPIB-ETHERNET Controller version 01.06.06.00 (LabDispatch "
                   "simulator)\r\n");
    } else if (name == "addr") {
        if (words.size() == 1) {
            send(QByteArray::number(m_primary) +
                 (m_secondary < 0 ? QByteArray() : ' ' + QByteArray::number(96 + m_secondary)) +
                 "\r\n");
            return;
        }
        m_primary = std::clamp(number(1, m_primary), 0, 30);
        const int sad = number(2, -1);
        m_secondary = sad >= 96 && sad <= 126 ? sad - 96 : -1;
    } else if (name == "read") {
        startRead();
    } else if (name == "read_tmo_ms") {
        m_readTimeoutMs = std::clamp(number(1, m_readTimeoutMs), 1, 3000);
    } else if (name == "auto") {
        m_auto = number(1, 0) == 1;
    } else if (name == "clr") {
        // Selected device clear: the device drops its input and output.
        if (Device *d = addressed())
            d->output.clear();
    }
    // ++mode, ++eoi, ++eos, ++ifc, ++savecfg and others: accepted, nothing to simulate.
}

SimGpibController::Device *SimGpibController::addressed()
{
    for (const auto &d : m_devices) {
        if (d->primary == m_primary && d->secondary == m_secondary)
            return d.get();
    }
    return nullptr;
}

void SimGpibController::handleData(const QByteArray &data)
{
    Device *d = addressed();
    if (d) {
        QByteArray message = data;
        while (message.endsWith('\n') || message.endsWith('\r'))
            message.chop(1);
        const std::optional<QByteArray> reply =
            message.trimmed().isEmpty() ? std::nullopt : d->instrument->handle(message);
        if (reply) {
            std::optional<SimFaults::Fault> hit;
            {
                QMutexLocker lock(&m_mutex);
                hit = d->options.faults.draw(message, m_rng);
            }
            const QByteArray terminator = d->instrument->profile().readTerminator;
            d->output = *reply + terminator;
            d->dropAfterRead = false;
            d->slow = false;
            if (hit) {
                const QByteArray half = reply->left(std::max<qsizetype>(1, reply->size() / 2));
                switch (*hit) {
                case SimFaults::NoReply:
                    d->output.clear();
                    break;
                case SimFaults::SlowReply:
                    // Later than the controller waits: this read ends empty, the reply stays.
                    d->slow = true;
                    break;
                case SimFaults::Garbage:
                    d->output = SimFaults::garbage(m_rng) + terminator;
                    break;
                case SimFaults::WrongTerminator:
                    d->output = *reply + (terminator.endsWith('\r') ? "\n" : "\r");
                    break;
                case SimFaults::PartialReply:
                    d->output = half;
                    break;
                case SimFaults::DisconnectMidReply:
                    d->output = half;
                    d->dropAfterRead = true;
                    break;
                default:
                    break;
                }
            }
        }
    }
    if (m_auto)
        startRead();
}

void SimGpibController::startRead()
{
    m_reading = true;
    Device *d = addressed();
    int delay = -1;
    if (d && !d->output.isEmpty()) {
        QMutexLocker lock(&m_mutex);
        delay = d->options.latencyMs;
        if (d->options.jitterMs > 0)
            delay += std::uniform_int_distribution<int>(-d->options.jitterMs,
                                                        d->options.jitterMs)(m_rng);
        delay = std::max(0, delay);
    }
    if (d && std::exchange(d->slow, false))
        delay = -1; // a slow reply: ready for the next read, not this one
    if (delay < 0 || delay >= m_readTimeoutMs) {
        // Nobody talks: the real controller gives up after ++read_tmo_ms and sends nothing.
        m_readTimer->disconnect(this);
        connect(m_readTimer, &QTimer::timeout, this, &SimGpibController::endRead);
        m_readTimer->start(m_readTimeoutMs);
        return;
    }
    m_readTimer->disconnect(this);
    connect(m_readTimer, &QTimer::timeout, this, [this, d] {
        const QByteArray bytes = std::exchange(d->output, QByteArray());
        const bool drop = std::exchange(d->dropAfterRead, false);
        // Sent while still "reading": whatever the host sends in reply comes after this.
        send(bytes);
        endRead();
        if (drop)
            hangUp();
    });
    m_readTimer->start(delay);
}

void SimGpibController::endRead()
{
    m_reading = false;
    // Queued to the event loop: input that came meanwhile is handled in a fresh turn.
    QMetaObject::invokeMethod(this, &SimGpibController::process, Qt::QueuedConnection);
}

void SimGpibController::send(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
    else if (m_pty)
        m_pty->write(bytes);
}

void SimGpibController::hangUp()
{
    m_input.clear();
    m_reading = false;
    m_readTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        m_socket = nullptr;
        return;
    }
    if (m_pty) {
        // Closed and opened again, as an unplugged adapter comes back (under a new path).
        m_pty->close();
        QString error;
        if (!m_pty->open(&error))
            return;
        const QString resource = QStringLiteral("ASRL%1::INSTR").arg(m_pty->path());
        {
            QMutexLocker lock(&m_mutex);
            m_resource = resource;
        }
        Q_EMIT resourceChanged(resource);
    }
}

} // namespace ld
