// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simfaults.h"
#include "sim/simserver.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace ld {

class ProfileRegistry;

/**
 * A set of simulated instruments served over ptys and loopback TCP from one thread of their
 * own, started from a bench description (docs/simulator.md). The same class serves the tests,
 * the app's demo bench and labsim. Public functions are for the thread that owns the bench;
 * setFaults()/setLatency() take effect at the next reply.
 */
class SimBench : public QObject
{
    Q_OBJECT
public:
    /** A DMM's "wired" operations read `operation` of `instrument` on `channel`. */
    struct Wire
    {
        QString instrument;
        QString operation;
        int channel = 1;
    };

    struct InstrumentSpec
    {
        QString name;
        QString profileId;
        SimServer::Options options; ///< Transport, port, seed, latency, jitter, faults.
        QString serial;             ///< Empty: derived from the seed.
        QString vendor;             ///< Empty: the profile's (sim hints) or the simulator's.
        QString model;              ///< Empty: the profile's or its id.
        QString firmware;           ///< Empty: the profile's or "1.0.0".
        Wire wire;
        /** Time constant of readings that follow a setpoint (an oven); 0: the profile's. */
        int timeConstantMs = 0;
    };

    struct Entry
    {
        QString name;
        QString profileId;
        QString resource;
    };

    explicit SimBench(QObject *parent = nullptr);
    ~SimBench() override;

    /** Parses a bench description; errors read "instruments[1].transport: ...". */
    static std::optional<QList<InstrumentSpec>> parse(const QByteArray &json, QString *error);
    /** Reads a bench file, or a built-in bench by name ("demo"). */
    static std::optional<QList<InstrumentSpec>> load(const QString &nameOrPath, QString *error);

    /** Starts every instrument; on any failure nothing stays running. Bounded, never hangs. */
    bool start(const ProfileRegistry &profiles, const QList<InstrumentSpec> &specs, QString *error);
    /** Stops serving and joins the bench thread (bounded wait). */
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    QList<Entry> instruments() const;
    /** The VISA resource string of `name`, empty when unknown. */
    QString resource(const QString &name) const;
    bool setFaults(const QString &name, const SimFaults &faults);
    std::optional<SimFaults> faults(const QString &name) const;
    bool setLatency(const QString &name, int latencyMs, int jitterMs);
    /** The app's bench file: {"schema": 1, "instruments": [{name, profile, resource}]}. */
    QByteArray benchFile() const;

Q_SIGNALS:
    /** A pty instrument came back under a new path after a "disconnect" fault. */
    void resourceChanged(const QString &name, const QString &resource);

private:
    struct Running
    {
        QString name;
        QString profileId;
        SimServer *server = nullptr; ///< Owned by m_root, on the bench thread.
    };
    const Running *find(const QString &name) const;

    std::unique_ptr<QThread> m_thread;
    QObject *m_root = nullptr; ///< Parent of the servers; deleted on the bench thread.
    QList<Running> m_running;
};

} // namespace ld
