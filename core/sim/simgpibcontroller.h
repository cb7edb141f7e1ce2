// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simfaults.h"
#include "sim/siminstrument.h"
#include "sim/simserver.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <random>
#include <vector>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace ld {

class SimPty;

/**
 * A simulated Prologix-style GPIB controller (GPIB-USB on a pty, GPIB-ETHERNET on loopback
 * TCP) with simulated instruments at GPIB addresses behind it. Speaks the `++` commands as the
 * controller's manual describes them: messages end at an unescaped CR or LF, ESC escapes CR,
 * LF, ESC and '+'; `++addr`, `++read [eoi]` (a device that has nothing to say, or no device
 * at the address, answers nothing and the read ends after `++read_tmo_ms`, as on the real
 * one), `++clr`, `++ifc`, `++ver`, `++mode`, `++auto`, `++eoi`, `++eos`, `++read_tmo_ms`,
 * `++savecfg`. Like the real controller it works through its input in order: while a read is
 * in progress, input waits; such input is counted in overlaps() (a host that keeps the bus
 * to one exchange at a time sends none). Lives on one thread (the sim bench's); the faults,
 * latency, counters and the log may be used from any thread.
 */
class SimGpibController : public QObject
{
    Q_OBJECT
public:
    SimGpibController(SimServer::Transport transport, quint16 port, QObject *parent = nullptr);
    ~SimGpibController() override;

    /** Before start(): an instrument at `primary` (`secondary` 0-30 or -1), latency and faults
     * from `options` (its transport and port are unused). */
    void addDevice(const QString &name, int primary, int secondary,
                   std::unique_ptr<SimInstrument> instrument, const SimServer::Options &options);
    bool start(QString *error);
    /** The controller: `ASRL/dev/pts/N::INSTR` or `TCPIP0::127.0.0.1::<port>::SOCKET`. */
    QString resource() const;
    /** `GPIB<board>::<primary>[::<secondary>]::INSTR` of `name`, empty when unknown. */
    QString deviceResource(const QString &name, int board) const;
    QStringList deviceNames() const;
    SimInstrument *instrument(const QString &name) const;

    bool setFaults(const QString &name, const SimFaults &faults);
    std::optional<SimFaults> faults(const QString &name) const;
    bool setLatency(const QString &name, int latencyMs, int jitterMs);

    /** Input that arrived while a read was in progress: a second exchange on the bus. */
    int overlaps() const { return m_overlaps.load(); }
    /** How many messages log() keeps: the newest, so a long run shows its latest exchanges. */
    static constexpr qsizetype kLogLimit = 10000;
    /** The last kLogLimit messages taken, unescaped, oldest first: "++addr 5", "*IDN?\n". */
    QList<QByteArray> log() const;
    void clearLog();

Q_SIGNALS:
    /** The pty was opened again under a new path after a hang-up ("disconnect" fault). */
    void resourceChanged(const QString &resource);

private:
    struct Device
    {
        QString name;
        int primary = 0;
        int secondary = -1;
        std::unique_ptr<SimInstrument> instrument;
        SimServer::Options options; ///< latency, jitter, faults; guarded by m_mutex
        QByteArray output;          ///< what the device would say when addressed to talk
        bool dropAfterRead = false;
        bool slow = false; ///< the next read ends empty; the output waits for the one after
    };

    void onBytes(const QByteArray &data);
    void process();
    void handleCommand(const QByteArray &command);
    void handleData(const QByteArray &data);
    void startRead();
    void endRead();
    void send(const QByteArray &bytes);
    void hangUp();
    void acceptTcp();
    Device *addressed();
    Device *find(const QString &name) const;

    SimServer::Transport m_transport;
    quint16 m_port;
    std::unique_ptr<SimPty> m_pty;
    std::unique_ptr<QTcpServer> m_tcp;
    QPointer<QTcpSocket> m_socket;
    QTimer *m_readTimer; // child: a read in progress ends when it fires
    std::vector<std::unique_ptr<Device>> m_devices;
    QByteArray m_input;
    bool m_reading = false;
    int m_primary = 0;
    int m_secondary = -1;
    int m_readTimeoutMs = 500;
    bool m_auto = false;
    std::mt19937_64 m_rng{0x6b1bu};
    std::atomic<int> m_overlaps{0};
    mutable QMutex m_mutex; ///< guards m_resource, m_log and the devices' options
    QString m_resource;
    QList<QByteArray> m_log; ///< a ring once it holds kLogLimit: m_logOldest is its start
    qsizetype m_logOldest = 0;
};

} // namespace ld
