// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"
#include "instruments/gpibboardconfig.h"
#include "instruments/instrumentconfig.h"
#include "io/serialsettings.h"
#include "io/traceevent.h"
#include "plans/runtarget.h"
#include "results/reading.h"
#include "scheduler/jobhandle.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace ld {

struct BenchFile;
class Dispatcher;
class ProfileRegistry;

namespace detail {
class BenchPrivate;
struct BenchShared;
struct ProbeSite;
} // namespace detail

/**
 * The instruments of one bench: their registry, and the RunTarget through which the run
 * engine runs operations on them. Lives on the UI (or main) thread; every
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
    /** The dispatcher runs one job per instrument (its key) at a time, FIFO per priority. */
    bool ordersJobs(const QString &name) const override;
    void cancel(const QString &name) override;
    /** Counts them and keeps the last one in the instruments' status. */
    void noteReadings(const QList<Reading> &readings) override;

    /**
     * Records `name`'s traffic (docs/tracing.md) from now on, or stops: each write and read with
     * its bytes, connects, reconnects, losses, timeouts and errors, into a ring bounded by
     * TraceRing's limits. Off by default. What was recorded stays readable when it is switched
     * off, until the instrument is removed.
     */
    void setTracing(const QString &name, bool on);
    bool isTracing(const QString &name) const;
    /** What `name`'s ring holds, oldest first (briefly waits for the instrument's I/O thread). */
    QList<TraceEvent> traceEvents(const QString &name) const;
    /**
     * Asks for `name`'s events from sequence number `from` on (TraceRing::eventsFrom), without
     * waiting: traceFetched() brings them, on this thread, with the sequence to ask from next.
     */
    void fetchTrace(const QString &name, qint64 from);

    /** Opens and identifies every enabled instrument that is not connected (through jobs). */
    void connectAll();
    /** Operations every one of `names` offers (by id), in the first one's order. */
    QList<DriverProfile::Operation> sharedOperations(const QStringList &names) const;

    /** What a bench file of this bench holds: its name, GPIB boards and instruments. */
    BenchFile file() const;
    /**
     * Replaces the bench's name, GPIB boards and instruments with the file's; on any error
     * (a profile nobody loaded, a GPIB instrument on a board the file does not bind: named
     * "instruments[2]: ...") nothing changes.
     */
    bool load(const BenchFile &file, QString *error = nullptr);
    /**
     * Binds GPIB board `config.board` to its controller. A board bound already moves to the
     * new controller (an adapter back under a new path): its instruments keep their names,
     * configuration, status and matched profile, and a run on them goes on (their jobs in
     * flight end as cancelled, the next ones open the new controller). Refused, changing
     * nothing, when the config is invalid or its controller is in use by something else.
     */
    bool bindGpibBoard(const GpibBoardConfig &config, QString *error = nullptr);
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
    /** What fetchTrace() asked for; `next`: the sequence number to fetch from next time. */
    void traceFetched(const QString &name, const QList<ld::TraceEvent> &events, qint64 next);

private:
    friend class detail::BenchPrivate;
    friend class BenchDiscovery;
    /** The instrument (or GPIB controller) using the device `deviceKey`; empty when none. */
    QString deviceUser(const QString &deviceKey) const;
    bool hasGpibBoard(int board) const;
    /** Where a probe of `resource` runs: the next I/O thread, or its GPIB board's. */
    detail::ProbeSite probeSite(const QString &resource);
    Dispatcher *dispatcher() const;
    const ProfileRegistry *profiles() const;
    /** Applies what the I/O threads queued; posted once per batch, never per reading. */
    void flushShared();

    std::unique_ptr<detail::BenchPrivate> d;
};

} // namespace ld
