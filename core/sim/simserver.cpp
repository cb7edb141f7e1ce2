// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simserver.h"

#include "io/writenow_p.h"
#include "sim/replyclock.h"
#include "sim/simpty.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace ld {

namespace {

/** A client that never sends a terminator must not make the simulator grow without end. */
constexpr qsizetype kMaxLine = 64 * 1024;

/**
 * Sends at once while nothing waits in Qt's buffer: QTcpSocket::write() would wake the bench
 * thread's event loop twice more per reply (see detail::writeNow()). The rest, or an error,
 * goes through Qt as before.
 */
void sendNow(QTcpSocket *socket, const QByteArray &bytes)
{
    const qsizetype sent =
        socket->bytesToWrite() == 0 ? detail::writeNow(socket->socketDescriptor(), bytes, true) : 0;
    if (sent < bytes.size())
        socket->write(sent == 0 ? bytes : bytes.mid(sent));
}

} // namespace

/** One client connection: the pty (always one) or an accepted TCP socket. */
struct SimServer::Link
{
    QPointer<QTcpSocket> socket; ///< Null for the pty and message links.
    quint64 id = 0;
    std::function<void(const QByteArray &)> output; ///< Message links only.
    std::function<void()> hangUp;                   ///< Message links only.
    QByteArray input;
    std::deque<Pending> queue;
    QObject guard;        ///< Gone with the link: a reply the clock still holds for it is dropped.
    quint64 arrivals = 0; ///< Input so far, in chunks: an idle hang-up waits for none more.
    bool dead = false;
};

SimServer::SimServer(std::unique_ptr<SimInstrument> instrument, const Options &options,
                     ReplyClock *clock, QObject *parent)
    : QObject(parent)
    , m_instrument(std::move(instrument))
    , m_options(options)
    , m_rng(options.seed ^ 0x5eedf00dULL)
    , m_clock(clock)
{}

SimServer::SimServer(std::unique_ptr<SimReplay> replay, const Options &options, ReplyClock *clock,
                     QObject *parent)
    : QObject(parent)
    , m_replay(std::move(replay))
    , m_options(options)
    , m_rng(options.seed ^ 0x5eedf00dULL)
    , m_clock(clock)
{}

SimServer::~SimServer()
{
    for (const auto &link : m_links) {
        if (link->socket) {
            link->socket->disconnect(this);
            link->socket->abort();
        }
    }
    m_links.clear();
}

bool SimServer::start(QString *error)
{
    if (m_options.transport == Transport::Pty)
        return openPty(error);
    if (m_options.transport == Transport::Vxi11)
        return true;
    m_tcp = std::make_unique<QTcpServer>();
    if (!m_tcp->listen(QHostAddress::LocalHost, m_options.port)) {
        *error = QStringLiteral("127.0.0.1:%1: %2").arg(m_options.port).arg(m_tcp->errorString());
        m_tcp.reset();
        return false;
    }
    connect(m_tcp.get(), &QTcpServer::newConnection, this, &SimServer::acceptTcp);
    QMutexLocker lock(&m_mutex);
    m_resource = QStringLiteral("TCPIP0::127.0.0.1::%1::SOCKET").arg(m_tcp->serverPort());
    return true;
}

bool SimServer::openPty(QString *error)
{
    if (!m_pty) {
        m_pty = std::make_unique<SimPty>();
        auto link = std::make_unique<Link>();
        Link *raw = link.get();
        connect(m_pty.get(), &SimPty::received, this,
                [this, raw](const QByteArray &data) { onBytes(raw, data); });
        m_links.push_back(std::move(link));
    }
    if (!m_pty->open(error))
        return false;
    QMutexLocker lock(&m_mutex);
    m_resource = QStringLiteral("ASRL%1::INSTR").arg(m_pty->path());
    return true;
}

QString SimServer::resource() const
{
    QMutexLocker lock(&m_mutex);
    return m_resource;
}

void SimServer::setResource(const QString &resource)
{
    QMutexLocker lock(&m_mutex);
    m_resource = resource;
}

quint64 SimServer::openLink(std::function<void(const QByteArray &)> output,
                            std::function<void()> hangUp)
{
    onNewConnection();
    auto link = std::make_unique<Link>();
    link->id = ++m_nextLinkId;
    link->output = std::move(output);
    link->hangUp = std::move(hangUp);
    m_links.push_back(std::move(link));
    return m_nextLinkId;
}

SimServer::Link *SimServer::findLink(quint64 id) const
{
    for (const auto &link : m_links) {
        if (link->id == id && !link->dead)
            return link.get();
    }
    return nullptr;
}

void SimServer::linkInput(quint64 id, const QByteArray &bytes, bool end)
{
    Link *link = findLink(id);
    if (!link)
        return;
    onBytes(link, end && !bytes.endsWith('\n') ? bytes + '\n' : bytes);
}

void SimServer::clearLink(quint64 id)
{
    if (Link *link = findLink(id)) {
        link->input.clear();
        link->queue.clear(); // a reply still on the clock finds the queue empty
    }
}

void SimServer::closeLink(quint64 id)
{
    if (Link *link = findLink(id)) {
        link->dead = true;
        link->queue.clear();
        removeDeadLinksLater();
    }
}

void SimServer::setFaults(const SimFaults &faults)
{
    QMutexLocker lock(&m_mutex);
    m_options.faults = faults;
}

SimFaults SimServer::faults() const
{
    QMutexLocker lock(&m_mutex);
    return m_options.faults;
}

void SimServer::setLatency(int latencyMs, int jitterMs)
{
    QMutexLocker lock(&m_mutex);
    m_options.latencyMs = std::max(0, latencyMs);
    m_options.jitterMs = std::max(0, jitterMs);
}

void SimServer::acceptTcp()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        onNewConnection();
        // Ours, not the listener's: what the server still holds is in its own object tree.
        socket->setParent(this);
        auto link = std::make_unique<Link>();
        Link *raw = link.get();
        raw->socket = socket;
        connect(socket, &QTcpSocket::readyRead, this,
                [this, raw] { onBytes(raw, raw->socket->readAll()); });
        connect(socket, &QTcpSocket::disconnected, this, [this, raw] { dropLink(raw); });
        m_links.push_back(std::move(link));
    }
}

void SimServer::onNewConnection()
{
    if (m_hadConnection && m_instrument && faults().has(SimFaults::NewIdentity)) {
        SimInstrument::Identity id = m_instrument->identity();
        const qsizetype dash = id.serial.indexOf(QLatin1String("-R"));
        id.serial = (dash < 0 ? id.serial : id.serial.left(dash)) +
                    QStringLiteral("-R%1").arg(++m_identityChanges);
        m_instrument->setIdentity(id);
    }
    m_hadConnection = true;
}

void SimServer::onBytes(Link *link, const QByteArray &data)
{
    if (link->dead)
        return;
    ++link->arrivals;
    link->input.append(data);
    qsizetype newline;
    while (!link->dead && (newline = link->input.indexOf('\n')) >= 0) {
        QByteArray line = link->input.left(newline);
        link->input.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            answer(link, line);
    }
    if (link->input.size() > kMaxLine) {
        link->input.clear();
        if (m_instrument)
            m_instrument->pushError(-363, QStringLiteral("Input buffer overrun"));
    }
}

void SimServer::answer(Link *link, const QByteArray &line)
{
    std::optional<QByteArray> reply;
    QByteArray terminator;
    qint64 recordedNs = 0;
    bool hangUp = false;
    std::optional<qint64> idleHangUpNs;
    if (m_replay) {
        SimReplay::Reply recorded = m_replay->answer(line);
        if (recorded.bytes.isEmpty() && !recorded.hangUp) {
            // None came when recorded: a timeout replays as one; the link idle since the command.
            if (recorded.idleHangUpNs)
                hangUpWhenIdle(link, ReplyClock::nowNs() + *recorded.idleHangUpNs);
            return;
        }
        idleHangUpNs = recorded.idleHangUpNs;
        // Split off the terminator, so that faults shape the recorded reply as any other.
        const qsizetype body = recorded.bytes.endsWith("\r\n") ? recorded.bytes.size() - 2
                               : recorded.bytes.endsWith('\n') ? recorded.bytes.size() - 1
                                                               : recorded.bytes.size();
        terminator = recorded.bytes.mid(body);
        reply = recorded.bytes.left(body);
        recordedNs = recorded.delayNs;
        hangUp = recorded.hangUp;
    } else {
        reply = m_instrument->handle(line);
        if (!reply)
            return;
        terminator = m_instrument->profile().readTerminator;
    }
    SimFaults faults;
    int latency = 0;
    int jitter = 0;
    std::optional<SimFaults::Fault> hit;
    {
        QMutexLocker lock(&m_mutex);
        hit = m_options.faults.draw(line, m_rng);
        faults = m_options.faults;
        latency = m_options.latencyMs;
        jitter = m_options.jitterMs;
    }
    qint64 delay = latency;
    if (jitter > 0)
        delay += std::uniform_int_distribution<int>(-jitter, jitter)(m_rng);
    Pending pending;
    pending.bytes = *reply + terminator;
    pending.dropAfter = hangUp;
    pending.idleHangUpNs = idleHangUpNs;

    if (hit) {
        const QByteArray half = reply->left(std::max<qsizetype>(1, reply->size() / 2));
        switch (*hit) {
        case SimFaults::NoReply:
            return;
        case SimFaults::SlowReply:
            delay += faults.slowReplyMs;
            break;
        case SimFaults::Garbage:
            pending.bytes = SimFaults::garbage(m_rng) + terminator;
            break;
        case SimFaults::WrongTerminator:
            pending.bytes = *reply + (terminator.endsWith('\r') ? "\n" : "\r");
            break;
        case SimFaults::PartialReply:
            pending.bytes = half;
            break;
        case SimFaults::DisconnectMidReply:
            pending.bytes = half;
            pending.dropAfter = true;
            break;
        default:
            break;
        }
    }
    // Replies leave in order, whatever the jitter says: a real instrument answers in sequence.
    const qint64 now = ReplyClock::nowNs();
    pending.dueNs = now + std::max<qint64>(0, delay) * 1000000 + recordedNs;
    const bool waiting = !link->queue.empty(); // Then the clock already holds the front's time.
    if (waiting)
        pending.dueNs = std::max(pending.dueNs, link->queue.back().dueNs);
    link->queue.push_back(std::move(pending));
    if (!waiting)
        sendDue(link);
}

void SimServer::sendDue(Link *link)
{
    while (!link->dead && !link->queue.empty()) {
        Pending &front = link->queue.front();
        if (front.dueNs > ReplyClock::nowNs()) {
            // To the nanosecond, never early: QTimer's whole milliseconds added half a one.
            m_clock->at(front.dueNs, &link->guard, [this, link] { sendDue(link); });
            return;
        }
        const Pending p = std::move(front);
        link->queue.pop_front();
        if (link->socket)
            sendNow(link->socket, p.bytes);
        else if (link->output)
            link->output(p.bytes);
        else if (m_pty)
            m_pty->write(p.bytes);
        if (p.dropAfter) {
            dropLink(link);
            return;
        }
        if (p.idleHangUpNs)
            hangUpWhenIdle(link, ReplyClock::nowNs() + *p.idleHangUpNs);
    }
}

void SimServer::hangUpWhenIdle(Link *link, qint64 dueNs)
{
    const quint64 arrivals = link->arrivals;
    m_clock->at(dueNs, &link->guard, [this, link, arrivals] {
        // A command that came meanwhile, or a reply still to go, means the link is not idle.
        if (!link->dead && link->arrivals == arrivals && link->queue.empty())
            dropLink(link);
    });
}

void SimServer::dropLink(Link *link)
{
    if (link->output) {
        if (link->dead)
            return;
        link->dead = true;
        link->queue.clear();
        // Later: the carrier's hang-up closes links, which must not happen inside sendDue().
        QMetaObject::invokeMethod(this, link->hangUp, Qt::QueuedConnection);
        removeDeadLinksLater();
        return;
    }
    if (!link->socket) {
        // The pty: hang up on the client and come back under a new path, as a USB adapter
        // that is unplugged and plugged in again does.
        link->queue.clear(); // A reply still on the clock finds the queue empty.
        link->input.clear();
        m_pty->close();
        m_hadConnection = true;
        onNewConnection();
        QString error;
        if (openPty(&error))
            Q_EMIT resourceChanged(resource());
        return;
    }
    if (link->dead)
        return;
    link->dead = true;
    link->queue.clear();
    if (QTcpSocket *socket = link->socket.data()) {
        socket->disconnect(this);
        // Hand the partial reply to the kernel before closing; deleting the socket at once
        // would discard what it still buffers.
        socket->flush();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        // Closed already (the client hung up, or nothing was left to send): no disconnected()
        // is coming, and the socket would stay until the server goes.
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
    }
    removeDeadLinksLater();
}

void SimServer::removeDeadLinksLater()
{
    // The link may be the sender of the signal that brought us here: free it later.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_links.erase(std::remove_if(m_links.begin(), m_links.end(),
                                         [](const auto &l) { return l->dead; }),
                          m_links.end());
        },
        Qt::QueuedConnection);
}

} // namespace ld
