// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/instrumentconfig.h"
#include "plans/plan.h"
#include "plans/plancursor.h"
#include "plans/planvalidator.h"
#include "plans/runrequest.h"
#include "plans/runtarget.h"
#include "results/reading.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <vector>

namespace ld {

class Dispatcher;
class Journal;

namespace detail {
struct ActionMeta;
struct AheadGate;
struct EngineRun;
struct EngineShared;
} // namespace detail

/**
 * The one run engine: runs plans (a simple run is the simplest one, RunRequest::toPlan())
 * on instruments wherever they live, through RunTargets (a local Bench, a lab's nodes). One
 * run may span targets: each instrument name goes to the target that claims it.
 *
 * A PlanCursor says what may start; the engine submits it, at most window() jobs of a run
 * unfinished at once, and refills as they finish, so a run's memory does not grow with its
 * length and stopping it cancels only what was submitted. Every finished job becomes a
 * Reading in one place, on the finishing thread: journaled first (when a journal is set),
 * then queued for takeReadings(); the engine's thread learns of it through one posted call
 * per batch (PostOnce).
 *
 * Lives on the UI (or main) thread, which must outlive the targets' jobs' callbacks only as
 * far as the destructor cancels them.
 */
class RunEngine : public QObject
{
    Q_OBJECT
public:
    /** Jobs a run keeps submitted beyond twice the cap (window()). */
    static constexpr int kWindowMargin = 16;
    /** Safe-state jobs go ahead of every other queued job. */
    static constexpr int kSafePriority = std::numeric_limits<int>::max();
    /** Per reading of one run, on the engine's thread, before runFinished(). */
    using ReadingCallback = std::function<void(const Reading &)>;

    explicit RunEngine(Dispatcher *dispatcher, QObject *parent = nullptr);
    /** Cancels every run's unfinished jobs; their completions then touch nothing here. */
    ~RunEngine() override;

    /** Not owned. Added targets are asked in order which claims a name. */
    void addTarget(RunTarget *target);
    /** Its instruments leave every run (as by stop()) and it is never called again. */
    void removeTarget(RunTarget *target);
    RunTarget *targetOf(const QString &name) const;

    /**
     * Readings of runs started without a journal of their own are appended here before anyone
     * else sees them. Not owned; may be null.
     */
    void setJournal(Journal *journal);

    /**
     * The most jobs one run has submitted and unfinished at once: 2 × the dispatcher's cap
     * (as it is now) + kWindowMargin. Twice the cap keeps a job queued behind every running
     * one, so a finishing worker starts the next at once instead of waiting for the engine's
     * thread to refill; the margin absorbs a burst of completions that thread has not
     * drained yet.
     */
    int window() const;

    /**
     * The instruments a plan may use now, as the validator sees them: every instrument of the
     * targets, each once (the first target claiming a name wins); one that cannot run now keeps
     * no kind. A kind selects among these (PlanValidator::select: in name order), in the
     * validator, the run's cursor and its limits alike.
     */
    PlanInstruments planInstruments() const;

    /**
     * The checks start() makes, without starting anything. With `instruments`, when it passes:
     * those the run would address (its instruments() and journal header), each once, in the
     * order the plan's steps select them (a kind's in name order); empty when it fails.
     */
    bool check(const Plan &plan, QString *error = nullptr,
               QStringList *instruments = nullptr) const;
    bool check(const RunRequest &request, QString *error = nullptr,
               QStringList *instruments = nullptr) const;
    /**
     * Validates (every instrument known and able to run, operations and parameters within
     * the profiles) and starts. Returns a run id (> 0), or 0 with `error`. With `journal`, the
     * run's readings (its safe-state jobs' too) go to it, not to setJournal()'s, and carry its
     * run id; every completion keeps it alive until it has appended, so the caller may close
     * it once runFinished() came.
     */
    quint64 start(const Plan &plan, QString *error = nullptr, ReadingCallback onReading = {},
                  std::shared_ptr<Journal> journal = {});
    quint64 start(const RunRequest &request, QString *error = nullptr,
                  std::shared_ptr<Journal> journal = {});
    /**
     * A run of one job: `operation` with `parameters` on `instrument`, where the operation
     * need not be one of its profile's (a node runs a controller's `*OPC?` so). Checked only
     * that the instrument can run now and that the operation formats; its reading has no step.
     */
    quint64 startOperation(const QString &instrument, const DriverProfile::Operation &operation,
                           const QVariantMap &parameters, int priority, QString *error = nullptr,
                           ReadingCallback onReading = {});

    /**
     * Ends the runs' steps on `names` and cancels their queued and running jobs. A run whose
     * plan asks for it (Plan::safeOnStop) then gets the safe state of those of its instruments.
     */
    void stop(const QStringList &names);
    void stopAll();
    /** No new jobs for the run until resume(); its running jobs go on. */
    void pause(quint64 runId);
    void resume(quint64 runId);
    /** Starts nothing more and cancels the run's own unfinished jobs (no one else's). */
    void cancelRun(quint64 runId);
    /** cancelRun(), then the safe state of every instrument of the run; it ends after them. */
    void abort(quint64 runId);
    /**
     * "All outputs off": every instrument of `names` gets its profile's safe state at once,
     * ahead of every queued job (kSafePriority); its other jobs are cancelled first and its
     * steps end in every run. safeStateFinished() reports each instrument.
     */
    void allOutputsOff(const QStringList &names);
    /** Safe-state jobs submitted and not finished. */
    int safeJobsPending() const;

    /** Jobs submitted and not finished, over every run. */
    int pendingJobs() const;
    bool hasActiveRuns() const { return !m_runs.empty(); }
    bool isActive(quint64 runId) const { return m_runs.count(runId) > 0; }
    bool isPaused(quint64 runId) const;
    /** True once one of the run's jobs started on its instrument (running, or finished after). */
    bool hasStarted(quint64 runId) const;
    /** The instruments a run addresses (as resolved when it started). */
    QStringList instruments(quint64 runId) const;

    /** Takes up to `max` queued readings, oldest first (any thread). */
    QList<Reading> takeReadings(int max = -1);
    qint64 readingsQueued() const;

Q_SIGNALS:
    /** New readings are queued; coalesced, not one per reading. */
    void readingsAvailable();
    void eventLogged(const ld::BenchEvent &event);
    /**
     * The step the run started its latest job from ("steps[2].sweep.body[0]") and the sweep
     * point it is at (the variables bound there, outermost first; empty outside sweeps).
     * Comes when either changes.
     */
    void progress(quint64 runId, const QString &step,
                  const QList<std::pair<QString, double>> &variables);
    /**
     * A step failed the run (a wait that was not stable or got no `*OPC?` by its timeout, a
     * ramp that could not read back or set): the error event was logged when it happened and
     * the run's jobs were cancelled. Comes once, just before the run's runFinished().
     */
    void runFailed(quint64 runId, const QString &error);
    /** A run has no more jobs to start or finish (after runFailed() when it failed). */
    void runFinished(quint64 runId);
    /**
     * An instrument's safe state is over: `ok` when every operation of it succeeded (or it
     * has none: `text` says so), else `text` says why its outputs may still be live.
     */
    void safeStateFinished(const QString &instrument, bool ok, const QString &text);

private:
    /**
     * The target of `name` in `*target`, and why a job cannot go to it now (empty: it can):
     * no target has it, or the target's reason (switched off, not identified, node offline).
     */
    QString unavailable(const QString &name, RunTarget **target) const;
    /**
     * A started run of `plan` on `instruments`, registered; nothing submitted yet. `journal`:
     * the run's own (see start()), or null for the engine's.
     */
    detail::EngineRun &addRun(const Plan &plan, const QStringList &instruments,
                              ReadingCallback onReading, std::shared_ptr<Journal> journal = {});
    void drain();
    void pump(detail::EngineRun &run);
    /** `actions`: one instrument's, one after another in one job (pump() joins them). */
    void submit(detail::EngineRun &run, const std::vector<PlanAction> &actions);
    void finishIfOver(quint64 runId);
    /** Every run's steps on `names` end (a run on nothing else stops); the runs' ids. */
    std::vector<quint64> endSteps(const QStringList &names);
    void actOnLimits(detail::EngineRun &run, const Reading &reading);
    void applySafeState(quint64 runId, const QString &name);
    void safeDone(const Reading &reading, quint64 runId);
    void reportSafeState(const QString &name);
    /** `name`'s steps end in `run`; the run's steps end when no instrument of it is left. */
    void dropInstrument(detail::EngineRun &run, const QString &name);
    void abortInstrument(detail::EngineRun &run, const QString &name);
    /** `gate`: an action submitted ahead (PlanAction::after); retracted when it refuses. */
    JobHandle submitJob(RunTarget *target, RunTarget::OperationJob job,
                        std::shared_ptr<const detail::ActionMeta> meta, quint64 runId,
                        quint64 actionId, std::shared_ptr<detail::AheadGate> gate = {});
    void log(BenchEvent::Severity severity, const QString &instrument, const QString &text);
    QString validate(const Plan &plan, QStringList *instruments) const;
    /** The instruments `selector` chooses now, by the validator's rule (planInstruments()). */
    QStringList resolve(const InstrumentSelector &selector) const;

    Dispatcher *m_dispatcher;
    QList<RunTarget *> m_targets;
    std::shared_ptr<detail::EngineShared> m_shared;
    std::map<quint64, std::unique_ptr<detail::EngineRun>> m_runs;
    quint64 m_nextRunId = 0;
    /** Safe-state jobs' action ids: apart from any cursor's. */
    quint64 m_nextSafeAction = quint64(1) << 62;
    struct SafeProgress
    {
        int remaining = 0;
        QStringList failures;
    };
    std::map<QString, SafeProgress> m_safe; ///< per instrument with safe-state jobs out
    std::map<quint64, JobHandle> m_safeJobs;
};

} // namespace ld
