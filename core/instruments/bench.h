// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"
#include "instruments/gpibboardconfig.h"
#include "instruments/instrumentconfig.h"
#include "io/serialsettings.h"
#include "plans/runtarget.h"
#include "results/reading.h"
#include "scheduler/jobhandle.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace ld {

class Dispatcher;
class ProfileRegistry;

namespace detail {
class BenchPrivate;
struct BenchShared;
} // namespace detail

/** What Bench::discover() probes. */
struct DiscoveryRequest
{
    bool systemSerialPorts = true; ///< every port the system lists (QSerialPortInfo)
    QStringList serialPorts;       ///< more device paths or ASRL resources (ptys, adapters)
    QStringList lanAddresses;      ///< as AddressRange::expand() reads them (ranges too)
    QList<int> gpibBoards;         ///< boards of the bench: addresses 1-30 through the controller
    /**
     * Also probe what the LAN announces (LanBrowser): DNS-SD `_lxi._tcp`, `_vxi-11._tcp` and
     * `_scpi-raw._tcp` through Avahi, and the VXI-11 portmapper broadcast.
     */
    bool lanServices = false;
    /** Where the portmapper broadcast goes; empty: every interface's broadcast address. */
    QList<QHostAddress> portmapperTargets;
    SerialSettings line;  ///< line settings for the serial probes
    int timeoutMs = 1000; ///< per probe
};

/** One probed address: who answered *IDN? there, or why nobody did. */
struct DiscoveredInstrument
{
    QString resource;
    bool found = false;
    Reading::Identity identity;
    QString profileId; ///< the best matching profile; empty when none matches
    QString error;
    QString onBenchAs; ///< not probed: the bench's instrument of this name uses the address
    /**
     * How the address was found when the request did not name it ("DNS-SD _lxi._tcp", "VXI-11
     * portmapper"). A LAN note (no Avahi daemon...) has this, `error` and no resource.
     */
    QString foundBy;
};

/**
 * The instruments of one bench: registry, discovery, bench file, and the RunTarget through
 * which the run engine runs operations on them. Lives on the UI (or main) thread; every
 * instrument's session lives on one of a few I/O threads, and every job goes through the
 * dispatcher with the instrument's name as its key, so one instrument never runs two jobs.
 */
class Bench
    : public QObject
    , public RunTarget
{
    Q_OBJECT
public:
    Bench(Dispatcher *dispatcher, const ProfileRegistry *profiles, QObject *parent = nullptr);
    /** Cancels its jobs and closes every session (bounded). */
    ~Bench() override;

    bool addInstrument(const InstrumentConfig &config, QString *error = nullptr);
    bool updateInstrument(const QString &name, const InstrumentConfig &config,
                          QString *error = nullptr);
    bool removeInstrument(const QString &name);
    void setEnabled(const QString &name, bool enabled);
    QStringList names() const;
    bool contains(const QString &name) const;
    InstrumentStatus status(const QString &name) const;
    QList<InstrumentStatus> statuses() const;
    /** The profile in use by `name` (configured or matched), null before identification. */
    const DriverProfile *profile(const QString &name) const override;

    // RunTarget: local names never contain '/'.
    bool claims(const QString &name) const override;
    QStringList instrumentNames() const override { return names(); }
    QString unavailable(const QString &name) const override;
    QString resource(const QString &name) const override;
    Reading::Identity identity(const QString &name) const override;
    /** Runs on the instrument's link; the command is formatted here, once per job. */
    JobHandle submit(OperationJob job) override;
    void cancel(const QString &name) override;
    /** Counts them and keeps the last one in the instruments' status. */
    void noteReadings(const QList<Reading> &readings) override;

    /** Opens and identifies every enabled instrument that is not connected (through jobs). */
    void connectAll();
    /**
     * Probes addresses with *IDN? in parallel through the dispatcher (its cap holds; one probe
     * per address; lower priority than measurements). Addresses already on the bench are
     * skipped, never opened twice, and listed in `skipped` with the instrument using them.
     * Results arrive through discovered() and discoveryFinished(). Returns a discovery id, or
     * 0 with `error` for a bad address or a range of more than AddressRange::kMaxAddresses.
     */
    quint64 discover(const DiscoveryRequest &request, QString *error = nullptr,
                     QList<DiscoveredInstrument> *skipped = nullptr);
    void cancelDiscovery();

    /** Operations every one of `names` offers (by id), in the first one's order. */
    QList<DriverProfile::Operation> sharedOperations(const QStringList &names) const;

    /**
     * The largest bench file read (docs/architecture.md): some 70,000 instruments as toJson()
     * writes them, while a stray huge file cannot take the memory.
     */
    static constexpr qint64 kMaxFileBytes = qint64(32) << 20;

    /**
     * {"schema": 1, "name": ..., "gpib": [GpibBoardConfig...], "instruments":
     * [InstrumentConfig...]}; "gpib" only when a board is bound.
     */
    QByteArray toJson() const;
    /** Replaces the bench's GPIB boards and instruments; on any error nothing changes. */
    bool loadJson(const QByteArray &json, QString *error = nullptr);
    /** The GPIB boards and their controllers, by board number (from the bench file). */
    QList<GpibBoardConfig> gpibBoards() const;
    QString benchName() const;
    void setBenchName(const QString &name);

Q_SIGNALS:
    void instrumentAdded(const QString &name);
    void instrumentRemoved(const QString &name);
    /** State, identity, counters or last reading of `name` changed. */
    void instrumentChanged(const QString &name);
    void eventLogged(const ld::BenchEvent &event);
    void discovered(quint64 discoveryId, const ld::DiscoveredInstrument &result);
    void discoveryFinished(quint64 discoveryId, int probed, int found);

private:
    friend class detail::BenchPrivate;
    /** Applies what the I/O threads queued; posted once per batch, never per reading. */
    void flushShared();

    std::unique_ptr<detail::BenchPrivate> d;
};

} // namespace ld

Q_DECLARE_METATYPE(ld::DiscoveredInstrument)
