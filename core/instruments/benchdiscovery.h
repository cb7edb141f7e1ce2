// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/serialsettings.h"
#include "results/reading.h"
#include "scheduler/jobhandle.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <map>
#include <memory>

namespace ld {

class Bench;
class LanBrowser;
struct LanService;

namespace detail {
struct DiscoveryShared;
} // namespace detail

/** What BenchDiscovery::discover() probes. */
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
 * Finds instruments for a bench: probes addresses with *IDN? through the bench's dispatcher
 * and I/O threads, never opening a device the bench already uses. Lives on the bench's thread
 * and must not outlive the bench; cancels its probes when it dies.
 */
class BenchDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit BenchDiscovery(Bench *bench, QObject *parent = nullptr);
    ~BenchDiscovery() override;

    /**
     * Probes addresses with *IDN? in parallel through the dispatcher (its cap holds; one probe
     * per address; lower priority than measurements). Addresses already on the bench are
     * skipped, never opened twice, and listed in `skipped` with the instrument using them.
     * Results arrive through discovered() and finished(). Returns a discovery id, or 0 with
     * `error` for a bad address or a range of more than AddressRange::kMaxAddresses.
     */
    quint64 discover(const DiscoveryRequest &request, QString *error = nullptr,
                     QList<DiscoveredInstrument> *skipped = nullptr);
    /** Cancels every probe still queued or running; they still report, as cancelled. */
    void cancel();

Q_SIGNALS:
    void discovered(quint64 discoveryId, const ld::DiscoveredInstrument &result);
    void finished(quint64 discoveryId, int probed, int found);

private:
    struct Round
    {
        int total = 0; ///< results to come; a LAN browse under way counts as one
        int reported = 0;
        int found = 0;
        QSet<QString> devices;    ///< deviceKey()s already probed or skipped
        DiscoveryRequest request; ///< for the probes of what the LAN browse finds
        QPointer<LanBrowser> lan; ///< child of this while it browses
    };
    /** Probes `resource` with *IDN? on an I/O thread; the result joins round `id`. */
    void submitProbe(quint64 id, const QString &resource, const QString &foundBy);
    /** Counts `result` in round `id` and reports it; the last one ends the round. */
    void report(quint64 id, const DiscoveredInstrument &result);
    void finishIfDone(quint64 id);
    /**
     * What the LAN browse of round `id` found: each new address is probed like the others,
     * one the bench uses is reported as such, and each note is a result without a resource.
     */
    void lanBrowsed(quint64 id, const QList<LanService> &services, const QStringList &notes);

    /** Applies what the probes reported; posted once per batch. */
    void flushResults();

    Bench *m_bench;
    std::shared_ptr<detail::DiscoveryShared> m_shared;
    std::map<quint64, Round> m_rounds;
    quint64 m_nextId = 0;
    QList<JobHandle> m_probes;
};

} // namespace ld

Q_DECLARE_METATYPE(ld::DiscoveredInstrument)
