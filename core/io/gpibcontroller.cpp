// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/gpibcontroller.h"

#include "io/gpibtransport.h"

#include <QThread>
#include <QTimer>

#include <algorithm>

namespace ld {

namespace {

constexpr char kEsc = 27;

/** A Prologix-style controller names itself in its `++ver` answer. */
bool isControllerVersion(const QString &line)
{
    return line.contains(QLatin1String("GPIB"), Qt::CaseInsensitive) ||
           line.contains(QLatin1String("Prologix"), Qt::CaseInsensitive);
}

} // namespace

GpibController::GpibController(int board, std::unique_ptr<Transport> transport,
                               const Options &options, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_options(options)
    , m_transport(transport.release())
    , m_versionTimer(new QTimer(this))
{
    Q_ASSERT(m_transport);
    m_transport->setParent(this);
    m_options.readTimeoutMs = std::clamp(m_options.readTimeoutMs, 1, 3000);
    m_versionTimer->setSingleShot(true);
    connect(m_versionTimer, &QTimer::timeout, this, &GpibController::onVersionTimeout);
    connect(m_transport, &Transport::opened, this, &GpibController::onOpened);
    connect(m_transport, &Transport::bytesReceived, this, &GpibController::onBytes);
    connect(m_transport, &Transport::errorOccurred, this, &GpibController::onTransportError);
}

GpibController::~GpibController()
{
    m_transport->disconnect(this);
    // The clients outlive us only when their owner is careless; they then fail to send.
    for (GpibTransport *client : m_clients)
        client->m_controller = nullptr;
}

QString GpibController::description() const
{
    return tr("GPIB%1 through %2").arg(QString::number(m_board), m_transport->description());
}

std::unique_ptr<Transport> GpibController::createTransport(int primary, int secondary)
{
    Q_ASSERT(thread() == QThread::currentThread());
    auto *client = new GpibTransport(this, primary, secondary);
    m_clients.push_back(client);
    return std::unique_ptr<Transport>(client);
}

QByteArray GpibController::escape(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size() + 8);
    for (const char c : data) {
        if (c == '\r' || c == '\n' || c == kEsc || c == '+')
            out.append(kEsc);
        out.append(c);
    }
    return out;
}

void GpibController::openFor(GpibTransport *client)
{
    switch (m_phase) {
    case Phase::Ready:
        // Reported on the next turn, as every transport does: callers never re-enter.
        QMetaObject::invokeMethod(
            client, [client] { client->controllerReady(); }, Qt::QueuedConnection);
        return;
    case Phase::Opening:
    case Phase::Identifying:
        return; // told when the controller is ready
    case Phase::Closed:
        break;
    }
    m_phase = Phase::Opening;
    m_transport->open();
}

void GpibController::closeFor(GpibTransport *client)
{
    if (m_reader == client)
        m_reader = nullptr;
    const bool anyInUse = std::any_of(m_clients.begin(), m_clients.end(), [](GpibTransport *c) {
        return c->state() != Transport::State::Closed;
    });
    if (anyInUse || m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_versionTimer->stop();
    m_transport->close();
}

void GpibController::detach(GpibTransport *client)
{
    if (m_reader == client)
        m_reader = nullptr;
    m_clients.erase(std::remove(m_clients.begin(), m_clients.end(), client), m_clients.end());
}

bool GpibController::command(const QByteArray &line)
{
    return m_transport->write(line + '\n');
}

bool GpibController::address(GpibTransport *client)
{
    if (client->primary() == m_addressedPrimary && client->secondary() == m_addressedSecondary)
        return true;
    // ++addr takes the secondary address as the bus encodes it: 96 + the VISA value.
    QByteArray line = "++addr " + QByteArray::number(client->primary());
    if (client->secondary() >= 0)
        line += ' ' + QByteArray::number(96 + client->secondary());
    if (!command(line))
        return false;
    m_addressedPrimary = client->primary();
    m_addressedSecondary = client->secondary();
    return true;
}

bool GpibController::send(GpibTransport *client, const QByteArray &data)
{
    if (m_phase != Phase::Ready)
        return false;
    if (m_reader && m_reader != client) {
        // Not a second serialisation mechanism: a check that the bus key did its job.
        ++m_overlaps;
        qWarning("ld::GpibController: %s: %s starts an exchange while %s is in one; refused",
                 qPrintable(description()), qPrintable(client->description()),
                 qPrintable(m_reader->description()));
        return false;
    }
    // An unescaped LF ends the message for the controller; with ++eos 3 it adds nothing, and
    // with ++eoi 1 it asserts EOI on the last byte, which is the session's own terminator.
    return address(client) && m_transport->write(escape(data) + '\n');
}

void GpibController::read(GpibTransport *client)
{
    if (m_phase != Phase::Ready || !address(client))
        return;
    m_reader = client;
    command(QByteArrayLiteral("++read eoi"));
}

void GpibController::endRead(GpibTransport *client, bool abandoned)
{
    if (m_reader == client)
        m_reader = nullptr;
    // The device may still hold (part of) the reply, or be stuck mid-message: a selected
    // device clear empties its buffers, so its next reply is the one asked for.
    if (abandoned && m_phase == Phase::Ready && address(client))
        command(QByteArrayLiteral("++clr"));
}

void GpibController::onOpened()
{
    m_phase = Phase::Identifying;
    m_input.clear();
    m_lastLine.clear();
    m_transport->discardInput();
    m_versionTimer->start(m_options.versionTimeoutMs);
    command(QByteArrayLiteral("++ver"));
}

void GpibController::onBytes(const QByteArray &bytes)
{
    if (m_phase == Phase::Ready) {
        // Only the instrument asked to talk gets bytes; anything else is late or stray.
        if (m_reader)
            m_reader->deliver(bytes);
        return;
    }
    if (m_phase != Phase::Identifying)
        return;
    m_input.append(bytes);
    qsizetype end;
    while ((end = m_input.indexOf('\n')) >= 0) {
        const QString line = QString::fromLatin1(m_input.left(end)).trimmed();
        m_input.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        if (isControllerVersion(line)) {
            m_version = line;
            becomeReady();
            return;
        }
        m_lastLine = line; // stale output, or not a controller: the timeout decides
    }
    if (m_input.size() > 4096)
        m_input.clear();
}

void GpibController::onVersionTimeout()
{
    if (m_phase != Phase::Identifying)
        return;
    const QString message =
        m_lastLine.isEmpty()
            ? tr("%1: no answer to ++ver within %2 ms; is it a Prologix-style GPIB controller?")
                  .arg(description())
                  .arg(m_options.versionTimeoutMs)
            : tr("%1 is not a Prologix-style GPIB controller: it answered ++ver with '%2'")
                  .arg(description(), m_lastLine.left(80));
    m_transport->close();
    fail(message);
}

void GpibController::becomeReady()
{
    m_versionTimer->stop();
    m_input.clear();
    m_addressedPrimary = -1;
    m_addressedSecondary = -1;
    m_reader = nullptr;
    // Genuine Prologix firmware writes its settings to EEPROM on every change unless told
    // not to; clones read ++savecfg differently, so only Prologix is told.
    if (m_version.contains(QLatin1String("Prologix"), Qt::CaseInsensitive))
        command(QByteArrayLiteral("++savecfg 0"));
    const bool ok =
        command(QByteArrayLiteral("++mode 1")) && command(QByteArrayLiteral("++auto 0")) &&
        command(QByteArrayLiteral("++eoi 1")) && command(QByteArrayLiteral("++eos 3")) &&
        command("++read_tmo_ms " + QByteArray::number(m_options.readTimeoutMs)) &&
        command(QByteArrayLiteral("++ifc"));
    if (!ok) {
        m_transport->close();
        fail(tr("%1: cannot configure the controller").arg(description()));
        return;
    }
    m_phase = Phase::Ready;
    // A copy: a client's slot may close or destroy transports.
    const std::vector<GpibTransport *> clients = m_clients;
    for (GpibTransport *client : clients) {
        if (std::find(m_clients.begin(), m_clients.end(), client) != m_clients.end())
            client->controllerReady();
    }
}

void GpibController::onTransportError(Transport::ErrorKind kind, const QString &message)
{
    Q_UNUSED(kind)
    fail(tr("%1: %2").arg(description(), message));
}

void GpibController::fail(const QString &message)
{
    m_phase = Phase::Closed;
    m_versionTimer->stop();
    m_reader = nullptr;
    const std::vector<GpibTransport *> clients = m_clients;
    for (GpibTransport *client : clients) {
        if (std::find(m_clients.begin(), m_clients.end(), client) == m_clients.end())
            continue;
        // Opening clients fail to open; open ones (when the controller is lost) disconnect.
        client->controllerFailed(client->state() == Transport::State::Opening, message);
    }
}

} // namespace ld
