// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench.h"
#include "instruments/driverprofile.h"
#include "results/reading.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <map>
#include <memory>

namespace ld {

class Journal;
class ProfileRegistry;
class RemoteLab;

namespace detail {
struct RemoteRunnerShared;
struct RemoteRunState;
} // namespace detail

/**
 * Runs on remote instruments what Bench runs on local ones: an operation once, N times, or
 * every T ms for a duration, on instruments named "node/instrument". Each job is a RemoteLab
 * job of the controller's own dispatcher, so the controller's cap and the one-job-per-instrument
 * rule hold across local and remote instruments alike.
 *
 * Operations come from the controller's own profiles, found by the profile id the node reports:
 * parameters are typed and checked against the same limits before anything is sent. A repeating
 * run skips a tick while the instrument's previous job is unfinished (as Bench does), so a slow
 * node never piles up requests. Every finished job, failed ones included, becomes a Reading:
 * journaled first (when a journal is set), then queued for takeReadings(). When the lab loses
 * its broker (RemoteLab::brokerLost) every run ends: its jobs have failed as "broker lost".
 *
 * Lives on the thread of its RemoteLab (the UI thread in the window).
 */
class RemoteRunner : public QObject
{
    Q_OBJECT
public:
    RemoteRunner(RemoteLab *lab, const ProfileRegistry *profiles, QObject *parent = nullptr);
    /** Stops every run and cancels the jobs still queued or running. */
    ~RemoteRunner() override;

    /** Readings are appended here first. Not owned; may be null. */
    void setJournal(Journal *journal);

    /** True for "node/instrument"; local instrument names never contain '/'. */
    static bool isRemoteName(const QString &name);

    /** The profile of a remote instrument as its node reports it, if this PC has it. */
    const DriverProfile *profile(const QString &name) const;
    /** Operations every one of `names` offers (by id), in the first one's order. */
    QList<DriverProfile::Operation> sharedOperations(const QStringList &names) const;

    /** The checks run() makes (instruments known and online, operation, limits). */
    bool check(const Bench::RunRequest &request, QString *error = nullptr) const;
    /** Starts a run; returns its id (> 0), or 0 with `error`. */
    quint64 run(const Bench::RunRequest &request, QString *error = nullptr);
    /** Stops repeating runs on `names` and cancels their queued and running jobs. */
    void stop(const QStringList &names);
    void stopAll();

    int pendingJobs() const;
    bool hasActiveRuns() const { return !m_runs.empty(); }
    /** Takes up to `max` readings, oldest first. */
    QList<Reading> takeReadings(int max = -1);
    qint64 readingsQueued() const { return qint64(m_readings.size()); }
    /**
     * A remote instrument as a table row: the node's retained state, offline while its node
     * is, and the newest reading this controller took (null before any).
     */
    InstrumentStatus status(const QString &name) const;
    /** The newest reading of `name` taken by this controller (null before any). */
    Reading lastReading(const QString &name) const { return m_last.value(name); }

Q_SIGNALS:
    /** New readings are queued; one signal per batch of completions. */
    void readingsAvailable();
    void eventLogged(const ld::BenchEvent &event);
    /** lastReading() of `name` changed. */
    void instrumentChanged(const QString &name);
    void runFinished(quint64 runId);

private:
    std::unique_ptr<detail::RemoteRunState> prepare(const Bench::RunRequest &request,
                                                    QString *error) const;
    void submit(detail::RemoteRunState &run, const QString &name);
    void tick(detail::RemoteRunState &run);
    void endSubmissions(detail::RemoteRunState &run);
    void drain();
    void finishRunIfDone(quint64 runId);
    void log(BenchEvent::Severity severity, const QString &instrument, const QString &text);

    QPointer<RemoteLab> m_lab;
    const ProfileRegistry *m_profiles;
    Journal *m_journal = nullptr;
    QString m_journalRunId;
    std::shared_ptr<detail::RemoteRunnerShared> m_shared;
    std::map<quint64, std::unique_ptr<detail::RemoteRunState>> m_runs;
    quint64 m_nextRunId = 0;
    std::deque<Reading> m_readings;
    QHash<QString, Reading> m_last;
};

} // namespace ld
