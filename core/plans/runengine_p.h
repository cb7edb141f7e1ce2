// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/limitwatch.h"
#include "plans/plancursor.h"
#include "plans/runengine.h"
#include "results/journal.h"
#include "scheduler/postonce.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

class QTimer;

namespace ld::detail {

/** What a completion needs to make a reading; made once per job on the engine's thread. */
struct ActionMeta
{
    QString runId;                    ///< the journal's
    std::shared_ptr<Journal> journal; ///< the run's own; null: the engine's (setJournal())
    QString instrument;
    QString resource;
    Reading::Identity identity;
    QString operation;
    QList<Reading::Parameter> parameters;
    QString unit;
    QString quantity;
    QString step;
    QList<std::pair<QString, double>> variables;
};

/**
 * The one place a job result becomes a reading. A remote job's value is the node's reading
 * (its value and wall-clock stamps); the job id and monotonic stamps are this process's.
 */
Reading assemble(const ActionMeta &meta, const JobResult &r);

/** A finished action on its way from the finishing thread to the engine's. */
struct EngineDone
{
    quint64 runId = 0;
    quint64 actionId = 0;
    Reading reading;        ///< null when retracted
    bool retracted = false; ///< not started (AheadGate, or the one before it in its job failed)
    bool lastOfJob = true;  ///< its job's last action: the job is over
};

/**
 * The actions one job runs one after another (RunTarget::OperationJob::then): their meta
 * and the readings of those that ended before the job did, made on the instrument's thread.
 */
struct JobActions
{
    std::vector<quint64> ids;
    std::vector<std::shared_ptr<const ActionMeta>> metas;
    std::vector<Reading> readings;
    qint64 submittedNs = 0;
    /** The run paused or stopped between two of them: the rest did not start. */
    std::atomic<bool> heldBack{false};
};

/**
 * What decides, on the instrument's thread just before it starts, whether an action submitted
 * ahead (PlanAction::after) may: the job before it on its instrument has succeeded and the run
 * is not paused or stopping. Else it sends nothing, makes no reading, and the cursor hands it
 * out again (PlanCursor::retract()).
 */
struct AheadGate
{
    JobHandle after;
    std::shared_ptr<const std::atomic<bool>> held;
    std::atomic<bool> refused{false};

    bool mayStart()
    {
        const bool ok =
            !held->load(std::memory_order_acquire) && after.status() == JobStatus::Succeeded;
        after = JobHandle(); // a chain of gates keeps no finished job alive
        if (!ok)
            refused.store(true, std::memory_order_release);
        return ok;
    }
};

/**
 * What completions share with the engine. Kept alive by whoever holds it, so a completion
 * that comes after the engine is gone touches nothing destroyed.
 */
struct EngineShared
{
    std::mutex mutex; // short sections only: push or swap
    std::vector<EngineDone> done;
    std::deque<Reading> readings;
    std::vector<BenchEvent> events;
    std::atomic<Journal *> journal{nullptr};
    std::atomic<qint64> pending{0};
    QString runId; ///< readings' run id (the journal's); engine thread only
    std::shared_ptr<PostOnce> post;

    /**
     * Any thread: appends to the run's journal (`own`) or the engine's. The journal first:
     * once append() returns, a crash cannot lose this reading; only then may anyone else see
     * it (deliver()).
     */
    void journalReading(const Reading &reading, Journal *own)
    {
        Journal *j = own ? own : journal.load(std::memory_order_acquire);
        if (j && !j->append(reading)) {
            BenchEvent e;
            e.wallNs = wallNowNs();
            e.severity = BenchEvent::Severity::Error;
            e.instrument = reading->instrument;
            e.text = QCoreApplication::translate("ld::Bench", "could not journal a reading: %1")
                         .arg(j->errorString());
            std::lock_guard lock(mutex);
            events.push_back(std::move(e));
        }
    }

    /** Any thread: one job's actions, journaled already, queued for the engine's thread. */
    void deliver(EngineDone *first, size_t count)
    {
        {
            std::lock_guard lock(mutex);
            for (size_t i = 0; i < count; ++i) {
                if (!first[i].retracted)
                    readings.push_back(first[i].reading);
                done.push_back(std::move(first[i]));
            }
        }
        pending.fetch_sub(1, std::memory_order_relaxed);
        post->request();
    }

    /** Any thread: a job of one action ended with `reading`. */
    void complete(quint64 run, quint64 action, Reading reading, Journal *own)
    {
        journalReading(reading, own);
        EngineDone d{run, action, std::move(reading)};
        deliver(&d, 1);
    }

    /** Any thread: a job of one action held back by its AheadGate, journaling nothing. */
    void retract(quint64 run, quint64 action)
    {
        EngineDone d{run, action, Reading(), true};
        deliver(&d, 1);
    }

    /**
     * Any thread: a job of several actions ended with `r`, the result of the first of them
     * that did not succeed or of the last. Those after it did not run: retracted (handed out
     * again, as behind a failed action), or cancelled with the job.
     */
    void completeActions(quint64 run, JobActions &job, const JobResult &r)
    {
        if (job.heldBack.load(std::memory_order_acquire)) {
            // Those that ran were delivered as they ended; the rest are handed out again.
            std::vector<EngineDone> out;
            for (size_t i = 0; i < job.ids.size(); ++i)
                out.push_back({run, job.ids.at(i),
                               i < job.readings.size() ? job.readings.at(i) : Reading(),
                               i >= job.readings.size(), i + 1 == job.ids.size()});
            deliver(out.data(), out.size());
            return;
        }
        const size_t ran = job.readings.size();
        JobResult last = r;
        if (ran > 0 && last.startedNs != 0) // it started when the one before it ended
            last.startedNs = job.readings.back()->completedMonoNs;
        Reading reading = assemble(*job.metas.at(ran), last);
        journalReading(reading, job.metas.at(ran)->journal.get());
        job.readings.push_back(std::move(reading));
        std::vector<EngineDone> out;
        out.reserve(job.ids.size());
        for (size_t i = 0; i < job.ids.size(); ++i) {
            EngineDone d{run, job.ids.at(i), {}, false, i + 1 == job.ids.size()};
            if (i < job.readings.size()) {
                d.reading = job.readings.at(i);
            } else if (r.status == JobStatus::Cancelled) {
                JobResult cancelled = r;
                cancelled.startedNs = 0;
                cancelled.value = {};
                d.reading = assemble(*job.metas.at(i), cancelled);
                journalReading(d.reading, job.metas.at(i)->journal.get());
            } else {
                d.retracted = true;
            }
            out.push_back(std::move(d));
        }
        deliver(out.data(), out.size());
    }

    /** Any thread: a job of several actions held back by its AheadGate. */
    void retractActions(quint64 run, const JobActions &job)
    {
        std::vector<EngineDone> out;
        for (size_t i = 0; i < job.ids.size(); ++i)
            out.push_back({run, job.ids.at(i), Reading(), true, i + 1 == job.ids.size()});
        deliver(out.data(), out.size());
    }
};

/** One run: its cursor, clock, window and the jobs it has out. */
struct EngineRun
{
    quint64 id = 0;
    std::unique_ptr<PlanCursor> cursor;
    QStringList instruments;
    QElapsedTimer clock;
    QTimer *timer = nullptr; // child of the engine; single-shot, the cursor's next wake-up
    std::unique_ptr<LimitWatch> limits; ///< null when the plan has none
    bool safeOnStop = false;
    bool paused = false;
    /** Paused or stopping: its jobs submitted ahead do not start (AheadGate). */
    std::shared_ptr<std::atomic<bool>> held = std::make_shared<std::atomic<bool>>(false);
    bool started = false;           ///< a finished job of it had started
    QString failure;                ///< why a step failed the run (runFailed()), once it did
    int safeOut = 0;                ///< its safe-state jobs not finished: it ends after them
    QStringList abortedInstruments; ///< by a limit: their later crossings change nothing
    int priority = 0;
    QString lastStep;
    QList<std::pair<QString, double>> lastVariables;
    RunEngine::ReadingCallback onReading;
    std::shared_ptr<Journal> journal;            ///< its own, or null
    QString runId;                               ///< its readings' (its journal's folder name)
    std::unordered_map<quint64, JobHandle> jobs; ///< by action id (one job may run several)
    int jobsOut = 0;                             ///< jobs submitted and not over: the window
};

} // namespace ld::detail
