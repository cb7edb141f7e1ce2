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

class Bench;
class ProfileRegistry;
class SimGpibController;

/**
 * A set of simulated instruments served over ptys, loopback TCP and VXI-11 from one thread of their
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

    /** Where a GPIB instrument sits: behind which simulated controller, at which address. */
    struct GpibPlace
    {
        QString controller; ///< the controller's name; its entries below repeat for each device
        int board = 0;
        SimServer::Transport transport = SimServer::Transport::Pty;
        quint16 port = 0;
        int primary = 1;
        int secondary = -1;
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
        std::optional<GpibPlace> gpib; ///< set: behind a simulated GPIB controller
    };

    struct Entry
    {
        QString name;
        QString profileId;
        QString resource;
    };

    /** A simulated GPIB controller and the board the bench file binds it to. */
    struct ControllerEntry
    {
        QString name;
        int board = 0;
        QString resource;
    };

    explicit SimBench(QObject *parent = nullptr);
    ~SimBench() override;

    /**
     * Parses a bench description; errors read "instruments[1].transport: ...". Instruments
     * behind a simulated GPIB controller come from "gpib": [{"name", "board", "transport",
     * "port", "readTimeoutMs", "instruments": [{..., "address", "secondary"}]}].
     */
    static std::optional<QList<InstrumentSpec>> parse(const QByteArray &json, QString *error);
    /** Reads a bench file, or a built-in bench by name ("demo"). */
    static std::optional<QList<InstrumentSpec>> load(const QString &nameOrPath, QString *error);

    /** Starts every instrument; on any failure nothing stays running. Bounded, never hangs. */
    bool start(const ProfileRegistry &profiles, const QList<InstrumentSpec> &specs, QString *error);
    /** Stops serving and joins the bench thread (bounded wait). */
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    QList<Entry> instruments() const;

    /** Whose profile an instrument added by addInstrumentsTo() uses. */
    enum class ProfileChoice {
        Matched, ///< the one its *IDN? reply matches, as for a real instrument
        Pinned,  ///< the simulator's, set in the instrument's configuration
    };
    /**
     * Binds each simulated GPIB controller's board on `bench` (its `++read_tmo_ms` a quarter
     * of `timeoutMs`, so a read of a silent address ends before the query times out), adds
     * every instrument served here as simulated (`timeoutMs` per query), and keeps the pty
     * resources of instruments and controllers current when one comes back under a new path
     * after a disconnect fault (a controller's board is rebound with Bench::bindGpibBoard():
     * its instruments stay in their runs). On error what was added so far stays; `error` says
     * why. The one way the CLI, the window, the tests and the benchmarks put a simulated bench
     * onto a Bench.
     */
    bool addInstrumentsTo(Bench *bench, int timeoutMs, ProfileChoice profile,
                          QString *error = nullptr);
    QList<ControllerEntry> gpibControllers() const;
    /** Input the named controller got while a read was in progress; -1 when unknown. */
    int gpibOverlaps(const QString &controller) const;
    /** The last messages the named controller took, unescaped (see SimGpibController::log()). */
    QList<QByteArray> gpibLog(const QString &controller) const;
    /**
     * The port of the portmapper that serves the bench's VXI-11 instruments (0: none). Clients
     * other than VISA libraries find it through LABDISPATCH_VXI11_PORTMAPPER_PORT unless it
     * is 111.
     */
    quint16 vxi11PortmapperPort() const { return m_vxi11PortmapperPort; }
    /** The VISA resource string of `name`, empty when unknown. */
    QString resource(const QString &name) const;
    bool setFaults(const QString &name, const SimFaults &faults);
    std::optional<SimFaults> faults(const QString &name) const;
    bool setLatency(const QString &name, int latencyMs, int jitterMs);
    /**
     * The app's bench file: {"schema": 1, "gpib": [{board, controller}], "instruments":
     * [{name, profile, resource}]}; "gpib" only when a controller is simulated.
     */
    QByteArray benchFile() const;

Q_SIGNALS:
    /** A pty instrument came back under a new path after a "disconnect" fault. */
    void resourceChanged(const QString &name, const QString &resource);
    /** The pty of the controller of GPIB board `board` came back under a new path. */
    void gpibControllerChanged(int board, const QString &resource);

private:
    struct Running
    {
        QString name;
        QString profileId;
        SimServer *server = nullptr;       ///< Owned by m_root, on the bench thread.
        SimGpibController *gpib = nullptr; ///< Instead of `server`, for a GPIB instrument.
        int board = 0;
    };
    struct RunningController
    {
        QString name;
        int board = 0;
        SimGpibController *controller = nullptr; ///< Owned by m_root, on the bench thread.
    };
    const Running *find(const QString &name) const;
    const RunningController *findController(const QString &name) const;
    static QString resourceOf(const Running &r);
    static SimInstrument *instrumentOf(const Running &r);

    std::unique_ptr<QThread> m_thread;
    QObject *m_root = nullptr; ///< Parent of the servers; deleted on the bench thread.
    QList<Running> m_running;
    QList<RunningController> m_controllers;
    quint16 m_vxi11PortmapperPort = 0;
};

} // namespace ld
