// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/plan.h"
#include "plans/runengine.h"
#include "plans/runrequest.h"
#include "results/journal.h"
#include "results/reading.h"
#include "results/runinfo.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace ld {

class Dispatcher;
class OutputsOff;

/**
 * The runs the user starts in the window, each its own journaled run: a Run press opens a
 * journal whose header holds what the run was set up with (the operation and its parameters
 * or the plan, the cap at its start, every instrument's name, resource and identity), the
 * cap changes made while it goes, and its readings; the journal closes when the engine says
 * the run finished, as stopped when the user stopped it. What the user does by hand is on
 * record too: a front panel's actions go into one hands-on run per instrument (startHandsOn()),
 * and every safe-state round ("All outputs off") into a run of its own (journalOutputsOff()).
 * It also remembers the outputs switched on from here, so quitting can warn about them.
 */
class RunController : public QObject
{
    Q_OBJECT
public:
    /** A run started here, until the engine reports it finished. */
    struct Run
    {
        quint64 id = 0;
        QString title; ///< the operation's display name, or the plan's title
        QStringList instruments;
        RunRequest request; ///< a simple run's numbers; operation empty for a plan
        QElapsedTimer clock;
        bool stopped = false;             ///< the user stopped it
        std::shared_ptr<Journal> journal; ///< null when it could not be opened
    };

    /** `runsFolder` empty: runs are not journaled (tests that do not look at journals). */
    RunController(RunEngine *engine, Dispatcher *dispatcher, QString runsFolder,
                  QObject *parent = nullptr);
    /** Runs still going are journaled as stopped: the window is going away. */
    ~RunController() override;

    /** What the journals name as the bench ("demo (simulated)", a bench file's path). */
    void setBenchLabel(const QString &label) { m_benchLabel = label; }

    /** Checks, journals and starts a simple run; its id, or 0 with `why`. */
    quint64 start(const RunRequest &request, const QString &title, QString *why = nullptr);
    /** The same for a plan (the plan editor's); `onReading` as RunEngine::start() has it. */
    quint64 startPlan(const Plan &plan, const QString &title, QString *why = nullptr,
                      RunEngine::ReadingCallback onReading = {});

    /**
     * Starts a front panel's action (a one-job run, or reads on an interval) on its one
     * instrument, journaled in that instrument's hands-on run: opened at its first action
     * (header: the instrument's identity, the bench, RunInfo::kSourceFrontPanel), closed by
     * endHandsOn(). Every reading of the action (a measurement, a set, a read-back) goes to it.
     * Its id, or 0 with `why`.
     */
    quint64 startHandsOn(const RunRequest &request, QString *why = nullptr,
                         RunEngine::ReadingCallback onReading = {});
    /**
     * The instrument's front panel closed: its hands-on run closes as completed once the jobs
     * of its actions have come back (at once when none is out).
     */
    void endHandsOn(const QString &instrument);
    /** The journal of the instrument's open hands-on run; empty when it has none. */
    QString handsOnJournalPath(const QString &instrument) const;
    /**
     * Journals a finished safe-state round in a run of its own (RunInfo::kSourceOutputsOff):
     * per instrument, what was applied (the safe state, `why`) and how it went.
     */
    void journalOutputsOff(const OutputsOff &round, const QString &why);

    /**
     * The window applied the safe state for an interrupted run (its bar's Apply Safe State):
     * when every instrument of the run is here and each one whose profile has a safe state
     * is in `madeSafe`, the run is marked so (Journal::markSafeStateApplied(), as `labdispatch
     * safe` does) and is no longer offered. True when it was marked.
     */
    bool markSafeStateApplied(const Journal::Interrupted &run, const QStringList &madeSafe);

    /** Marks the runs on `names` (every run with `all`) as stopped by the user, then stops. */
    void stop(const QStringList &names);
    void stopAll();

    /** Journals a cap change in every run that is open. */
    void capChanged(int cap);

    const QMap<quint64, Run> &runs() const { return m_runs; }
    /** The run each instrument is part of (the newest when several). */
    QHash<QString, quint64> instrumentRuns() const;
    /** The journal of the newest run started here, open or closed; empty before any. */
    QString lastJournalPath() const { return m_lastJournalPath; }
    /** The journal of an open run; empty when it has none or is over. */
    QString journalPath(quint64 runId) const;
    /** "instrument" or "instrument channel N" switched on here and not off since, sorted. */
    QStringList outputsOn() const;
    /** The instruments with an output in outputsOn(). */
    QStringList instrumentsWithOutputsOn() const { return m_outputsOn.keys(); }
    /** Remembers an output switched on or off by `request` (a set_output). */
    void noteOutputs(const RunRequest &request);
    /** Forgets the outputs of an instrument that got its safe state. */
    void outputsSafe(const QString &instrument) { m_outputsOn.remove(instrument); }

Q_SIGNALS:
    void runStarted(quint64 runId);
    /** The engine finished the run; `stopped` when the user stopped it. */
    void runEnded(quint64 runId, bool stopped);
    /** Something went wrong with a journal (it could not be opened, appended or closed). */
    void problem(const QString &text);

private:
    /** An instrument's front-panel actions, journaled as one run. */
    struct HandsOn
    {
        std::shared_ptr<Journal> journal; ///< null when it could not be opened
        QSet<quint64> runs;               ///< the engine's runs of its actions not finished
        bool closing = false;             ///< the panel closed: close once `runs` is empty
    };

    /** The header of a run of `instruments` starting now: bench, cap, identities. */
    RunInfo header(const QStringList &instruments, const QStringList &operations) const;
    /** Opens a journal for `info`, or says why not (problem()) and returns null. */
    std::shared_ptr<Journal> openJournal(const RunInfo &info);
    void closeHandsOn(const QString &instrument, RunEnd::Outcome outcome);
    quint64 begin(const Plan &plan, Run run, const QStringList &operations, QString *why,
                  RunEngine::ReadingCallback onReading);
    void finished(quint64 runId);
    void markStopped(const QStringList &names);

    RunEngine *m_engine;
    Dispatcher *m_dispatcher;
    QString m_runsFolder;
    QString m_benchLabel;
    QString m_lastJournalPath;
    QMap<quint64, Run> m_runs;
    QMap<QString, HandsOn> m_handsOn;         ///< by instrument
    QHash<quint64, QString> m_handsOnRuns;    ///< the engine's run id: its instrument
    QMap<QString, QSet<QString>> m_outputsOn; ///< by instrument: its outputs' texts
};

} // namespace ld
