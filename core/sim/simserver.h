// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simfaults.h"
#include "sim/siminstrument.h"
#include "sim/simreplay.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <random>

class QTcpServer;
class QTcpSocket;

namespace ld {

class ReplyClock;
class SimPty;

/**
 * Puts one SimInstrument on a wire: a pseudo-terminal or a loopback TCP port. Frames commands
 * by line, answers after the instrument's latency and jitter, and injects the switched-on
 * faults. Lives on the bench thread and never blocks it; faults, latency and resource() may
 * be used from any thread.
 */
class SimServer : public QObject
{
    Q_OBJECT
public:
    enum class Transport { Pty, Tcp, Vxi11 };

    struct Options
    {
        Transport transport = Transport::Pty;
        /** TCP: the instrument's port; VXI-11: the bench's portmapper port. 0: a free one. */
        quint16 port = 0;
        quint64 seed = 1; ///< Drives latency jitter and fault hits (values use their own).
        int latencyMs = 0;
        int jitterMs = 0;
        SimFaults faults;
    };

    /** @p clock times the replies; it lives on the server's thread. */
    SimServer(std::unique_ptr<SimInstrument> instrument, const Options &options, ReplyClock *clock,
              QObject *parent = nullptr);
    /**
     * Serves a recording instead (`labsim --replay`): its replies at their recorded latencies
     * (scaled by the replay's speed) plus the options' latency, and the faults on top.
     */
    SimServer(std::unique_ptr<SimReplay> replay, const Options &options, ReplyClock *clock,
              QObject *parent = nullptr);
    ~SimServer() override;

    /**
     * Opens the pty or listens on 127.0.0.1; a VXI-11 instrument is served by the bench's
     * SimVxi11Server instead. Call on the thread the server lives on.
     */
    bool start(QString *error);
    /** `ASRL/dev/pts/N::INSTR`, `TCPIP0::127.0.0.1::<port>::SOCKET` or a VXI-11 INSTR. */
    QString resource() const;
    /** Names the resource a SimVxi11Server serves this instrument under. */
    void setResource(const QString &resource);

    /**
     * A message link carried by another protocol (a VXI-11 link): every reply, fault-shaped
     * and on time, goes to `output`; a hang-up fault calls `hangUp` on a later event-loop
     * turn. Returns the link's id for the calls below; ids are never reused.
     */
    quint64 openLink(std::function<void(const QByteArray &)> output, std::function<void()> hangUp);
    /** Bytes the client wrote on link `id`; `end` ends a message as a newline does. */
    void linkInput(quint64 id, const QByteArray &bytes, bool end);
    /** Drops what link `id` has half received and every reply not yet sent (device clear). */
    void clearLink(quint64 id);
    void closeLink(quint64 id);
    /** The simulated instrument; null for a replay. */
    SimInstrument *instrument() const { return m_instrument.get(); }

    void setFaults(const SimFaults &faults);
    SimFaults faults() const;
    void setLatency(int latencyMs, int jitterMs);

Q_SIGNALS:
    /** A pty was replaced after a "disconnect" fault: clients find it under a new path. */
    void resourceChanged(const QString &resource);

private:
    struct Link;
    struct Pending
    {
        qint64 dueNs = 0;
        QByteArray bytes;
        bool dropAfter = false;
        /** Replay: drop the link once it has been idle this long after these bytes. */
        std::optional<qint64> idleHangUpNs;
    };

    void onBytes(Link *link, const QByteArray &data);
    void answer(Link *link, const QByteArray &line);
    void sendDue(Link *link);
    void dropLink(Link *link);
    /** Drops `link` at `dueNs` unless something arrives on it first. */
    void hangUpWhenIdle(Link *link, qint64 dueNs);
    Link *findLink(quint64 id) const;
    void removeDeadLinksLater();
    void acceptTcp();
    bool openPty(QString *error);
    void onNewConnection();

    std::unique_ptr<SimInstrument> m_instrument; // or
    std::unique_ptr<SimReplay> m_replay;
    Options m_options;
    mutable QMutex m_mutex; ///< Guards m_options.faults/latency and m_resource.
    QString m_resource;
    std::mt19937_64 m_rng;
    ReplyClock *m_clock;
    std::unique_ptr<SimPty> m_pty;
    std::unique_ptr<QTcpServer> m_tcp;
    std::deque<std::unique_ptr<Link>> m_links;
    bool m_hadConnection = false;
    quint64 m_nextLinkId = 0;
    int m_identityChanges = 0;
};

} // namespace ld
