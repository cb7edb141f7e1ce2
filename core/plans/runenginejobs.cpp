// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/runengine.h"

#include "plans/limitwatch.h"
#include "plans/plancursor.h"
#include "plans/runengine_p.h"
#include "plans/runtarget.h"
#include "results/journal.h"
#include "scheduler/dispatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <vector>

namespace ld {

namespace detail {

Reading assemble(const ActionMeta &meta, const JobResult &r)
{
    const Reading::Fields local = Reading::fieldsFromJob(r);
    const bool remote =
        r.value.metaType() == QMetaType::fromType<Reading>() && !r.value.value<Reading>().isNull();
    Reading::Fields f = remote ? r.value.value<Reading>().fields() : local;
    if (remote) {
        f.jobId = local.jobId;
        f.submittedMonoNs = local.submittedMonoNs;
        f.startedMonoNs = local.startedMonoNs;
        f.completedMonoNs = local.completedMonoNs;
        if (f.completedWallNs == 0) {
            f.submittedWallNs = local.submittedWallNs;
            f.startedWallNs = local.startedWallNs;
            f.completedWallNs = local.completedWallNs;
        }
        f.status = r.status;
        f.error = r.error;
        f.failure = r.failure; // the kind goes with the status and error it explains
    }
    f.runId = meta.runId;
    f.instrument = meta.instrument;
    if (f.resource.isEmpty())
        f.resource = meta.resource;
    if (f.identity == Reading::Identity{})
        f.identity = meta.identity;
    f.operation = meta.operation;
    if (f.parameters.isEmpty())
        f.parameters = meta.parameters;
    if (f.unit.isEmpty())
        f.unit = meta.unit;
    if (f.quantity.isEmpty())
        f.quantity = meta.quantity;
    f.step = meta.step;
    f.variables = meta.variables;
    return Reading(std::move(f));
}

} // namespace detail

using detail::EngineRun;

detail::EngineRun &RunEngine::addRun(const Plan &plan, const QStringList &instruments,
                                     ReadingCallback onReading, std::shared_ptr<Journal> journal)
{
    auto run = std::make_unique<EngineRun>();
    run->id = ++m_nextRunId;
    run->instruments = instruments;
    run->priority = plan.priority;
    run->onReading = std::move(onReading);
    run->runId = journal ? QFileInfo(journal->journalPath()).dir().dirName() : QString();
    run->journal = std::move(journal);
    run->safeOnStop = plan.safeOnStop;
    auto limits = std::make_unique<LimitWatch>(
        plan, [this](const InstrumentSelector &s) { return resolve(s); });
    if (!limits->isEmpty())
        run->limits = std::move(limits);
    PlanCursor::Environment env;
    env.resolve = [this](const InstrumentSelector &s) { return resolve(s); };
    env.cap = m_dispatcher ? m_dispatcher->cap() : 1;
    env.mayRunAhead = [this, watch = run->limits.get()](const PlanStep &step, const QString &name) {
        RunTarget *t = targetOf(name);
        if (!t || !t->ordersJobs(name))
            return false;
        if (!watch)
            return true;
        // A limit that pauses or aborts must see this reading before anything after it starts.
        const DriverProfile *p = t->profile(name);
        const DriverProfile::Operation *op = p ? p->operation(step.operation) : nullptr;
        return op && !watch->acts(step.path, name, op->quantity.isEmpty() ? op->id : op->quantity);
    };
    env.readback = [this](const QString &name,
                          const QString &setOperation) -> std::optional<DriverProfile::Operation> {
        RunTarget *t = targetOf(name);
        const DriverProfile *p = t ? t->profile(name) : nullptr;
        const DriverProfile::Operation *set = p ? p->operation(setOperation) : nullptr;
        const DriverProfile::Operation *query =
            set && !set->readback.isEmpty() ? p->operation(set->readback) : nullptr;
        if (!query)
            return std::nullopt;
        return *query;
    };
    run->cursor = std::make_unique<PlanCursor>(plan, std::move(env));
    run->timer = new QTimer(this);
    run->timer->setTimerType(Qt::PreciseTimer);
    run->timer->setSingleShot(true);
    const quint64 id = run->id;
    connect(run->timer, &QTimer::timeout, this, [this, id] {
        auto it = m_runs.find(id);
        if (it == m_runs.end())
            return;
        pump(*it->second);
        finishIfOver(id);
    });
    run->clock.start();
    EngineRun &r = *run;
    m_runs.emplace(id, std::move(run));
    return r;
}

namespace {
/** The longest a pump hands out jobs in one turn of the event loop (the window's thread). */
constexpr qint64 kPumpSliceNs = 2'000'000;
} // namespace

void RunEngine::pump(EngineRun &run)
{
    const qint64 now = run.clock.nsecsElapsed();
    bool more = false;
    if (!run.paused) {
        // An action handed out behind a set of this same pump on its instrument (a sweep
        // point's measure after its set) joins that set's job: nothing is decided between
        // them (the cursor hands nothing out behind an action whose reading a limit acts on),
        // and the one job saves a trip through the dispatcher and this thread.
        const int limit = window();
        std::vector<std::vector<PlanAction>> jobs;
        std::unordered_map<quint64, size_t> open; ///< a job's last action, when a set: the job
        while (run.jobsOut + int(jobs.size()) < limit) {
            // A slice at a time, so that a wave of many instruments does not hold the window's
            // thread for one long turn: the rest goes at the next turn of the event loop. Never
            // between a set and the action that joins its job.
            if (jobs.size() % 16 == 15 && open.empty() &&
                run.clock.nsecsElapsed() - now > kPumpSliceNs) {
                more = true;
                break;
            }
            std::optional<PlanAction> a = run.cursor->next(now);
            if (!a)
                break;
            const bool set = a->step->type == PlanStep::Type::Set && !a->operation;
            auto joined = a->after != 0 ? open.find(a->after) : open.end();
            size_t index = jobs.size();
            if (joined != open.end()) {
                index = joined->second;
                open.erase(joined);
                jobs[index].push_back(std::move(*a));
            } else {
                jobs.push_back({std::move(*a)});
            }
            if (set)
                open.emplace(jobs[index].back().id, index);
        }
        for (std::vector<PlanAction> &job : jobs)
            submit(run, job);
    }
    for (const PlanCursor::Note &n : run.cursor->takeNotes())
        log(BenchEvent::Severity::Warning, n.instrument, n.text);
    if (run.failure.isEmpty() && !run.cursor->failure().isEmpty()) {
        // A step failed the run (a wait timed out): it stops as on abort(), failed.
        run.failure = run.cursor->failure();
        log(BenchEvent::Severity::Error, {}, run.failure);
        for (const auto &[action, handle] : run.jobs)
            handle.cancel();
        const quint64 id = run.id;
        QMetaObject::invokeMethod(
            this, [this, id] { finishIfOver(id); }, Qt::QueuedConnection);
    }
    if (more && run.failure.isEmpty()) {
        run.timer->start(0);
        return;
    }
    // With the window full nothing could start at the wake-up: the next finish pumps again.
    const qint64 wake = run.paused || run.jobsOut >= window() ? -1 : run.cursor->nextWakeNs();
    if (wake < 0) {
        run.timer->stop();
        return;
    }
    // Whole milliseconds, rounded up: never early.
    const qint64 ms = std::max<qint64>(0, (wake - run.clock.nsecsElapsed() + 999'999) / 1'000'000);
    run.timer->start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void RunEngine::submit(EngineRun &run, const std::vector<PlanAction> &actions)
{
    // One instrument's actions (one unless pump() joined them), one job.
    const QString &name = actions.front().instrument;
    RunTarget *target = nullptr;
    const QString why = unavailable(name, &target);
    const DriverProfile *profile = target && why.isEmpty() ? target->profile(name) : nullptr;
    std::vector<const DriverProfile::Operation *> ops;
    for (const PlanAction &action : actions) {
        const DriverProfile::Operation *op = !profile ? nullptr
                                             : action.operation
                                                 ? &*action.operation
                                                 : profile->operation(action.step->operation);
        if (!op) {
            // Gone since the run started (removed, switched off, its node offline): its steps
            // in this run end, as if stopped; its jobs already out end on their own.
            if (!why.isEmpty())
                log(BenchEvent::Severity::Warning, name, why);
            dropInstrument(run, name);
            // The actions were handed out: they end here, without a job and without a reading.
            for (const PlanAction &a : actions)
                run.cursor->finished(a.id, Reading(), run.clock.nsecsElapsed());
            return;
        }
        ops.push_back(op);
    }
    std::vector<std::shared_ptr<const detail::ActionMeta>> metas;
    metas.reserve(actions.size());
    const QString resource = target->resource(name);
    const Reading::Identity identity = target->identity(name); // under the target's lock
    for (size_t i = 0; i < actions.size(); ++i) {
        const PlanAction &action = actions[i];
        const DriverProfile::Operation *op = ops[i];
        auto meta = std::make_shared<detail::ActionMeta>();
        meta->runId = run.journal ? run.runId : m_shared->runId;
        meta->journal = run.journal;
        meta->instrument = name;
        meta->resource = resource;
        meta->identity = identity;
        meta->operation = op->id;
        meta->unit = op->unit;
        meta->quantity = op->quantity;
        meta->step = action.step->path;
        meta->variables = action.variables;
        for (const DriverProfile::Parameter &p : op->parameters) {
            const QVariant v = action.parameters.value(p.name, p.defaultValue);
            if (v.isValid())
                meta->parameters.append({p.name, v.toString()});
        }
        metas.push_back(std::move(meta));
    }
    for (const auto &meta : metas)
        if (meta->step != run.lastStep || meta->variables != run.lastVariables) {
            run.lastStep = meta->step;
            run.lastVariables = meta->variables;
            Q_EMIT progress(run.id, run.lastStep, run.lastVariables);
        }

    const PlanAction &first = actions.front();
    RunTarget::OperationJob job;
    job.instrument = name;
    job.operation = *ops.front();
    job.parameters = first.parameters;
    job.priority = run.priority;
    for (size_t i = 1; i < actions.size(); ++i)
        job.then.append({*ops[i], actions[i].parameters});
    std::shared_ptr<detail::AheadGate> gate;
    if (first.after != 0) {
        // Behind its instrument's unfinished job: it starts only once that one succeeded. The
        // target starts the instrument's jobs in submission order (RunTarget::ordersJobs()).
        gate = std::make_shared<detail::AheadGate>();
        if (auto before = run.jobs.find(first.after); before != run.jobs.end())
            gate->after = before->second;
        gate->held = run.held;
        job.mayStart = [gate] { return gate->mayStart(); };
    }
    ++run.jobsOut;
    if (actions.size() == 1) {
        // Inserted before submitting: a job may finish (and be drained) before submit()
        // returns only through a queued call, but the slot must be taken either way.
        auto slot = run.jobs.emplace(first.id, JobHandle()).first;
        slot->second = submitJob(target, std::move(job), std::move(metas.front()), run.id, first.id,
                                 std::move(gate));
        return;
    }
    auto joined = std::make_shared<detail::JobActions>();
    for (const PlanAction &a : actions)
        joined->ids.push_back(a.id);
    joined->metas = std::move(metas);
    joined->submittedNs = monotonicNowNs();
    const std::shared_ptr<detail::EngineShared> sh = m_shared;
    const quint64 runId = run.id;
    // The instrument's thread, as each action but the last that ran ends: journaled at once,
    // delivered with the job's end so the cursor sees the job's actions end together.
    job.onStepFinished = [sh, joined](const JobResult &r) {
        JobResult step = r;
        step.submittedNs = joined->submittedNs;
        const size_t i = joined->readings.size();
        Reading reading = detail::assemble(*joined->metas.at(i), step);
        sh->journalReading(reading, joined->metas.at(i)->journal.get());
        joined->readings.push_back(std::move(reading));
    };
    // Paused or stopping between two of them: the rest wait, as actions submitted ahead do.
    job.mayContinue = [joined, held = run.held] {
        if (!held->load(std::memory_order_acquire))
            return true;
        joined->heldBack.store(true, std::memory_order_release);
        return false;
    };
    job.onFinished = [sh, joined, runId, gate](const JobResult &r) {
        if (gate)
            gate->after = JobHandle(); // ended while queued: its gate was never asked
        if (gate && gate->refused.load(std::memory_order_acquire))
            sh->retractActions(runId, *joined);
        else
            sh->completeActions(runId, *joined, r);
    };
    std::vector<JobHandle *> handles;
    for (const PlanAction &a : actions)
        handles.push_back(&run.jobs.emplace(a.id, JobHandle()).first->second);
    m_shared->pending.fetch_add(1, std::memory_order_relaxed);
    const JobHandle handle = target->submit(std::move(job));
    for (JobHandle *slot : handles)
        *slot = handle;
}

JobHandle RunEngine::submitJob(RunTarget *target, RunTarget::OperationJob job,
                               std::shared_ptr<const detail::ActionMeta> meta, quint64 runId,
                               quint64 actionId, std::shared_ptr<detail::AheadGate> gate)
{
    const std::shared_ptr<detail::EngineShared> sh = m_shared;
    job.onFinished = [sh, meta, runId, actionId, gate](const JobResult &r) {
        if (gate)
            gate->after = JobHandle(); // ended while queued: its gate was never asked
        if (gate && gate->refused.load(std::memory_order_acquire))
            sh->retract(runId, actionId);
        else
            sh->complete(runId, actionId, detail::assemble(*meta, r), meta->journal.get());
    };
    m_shared->pending.fetch_add(1, std::memory_order_relaxed);
    return target->submit(std::move(job));
}

void RunEngine::drain()
{
    std::vector<detail::EngineDone> done;
    std::vector<BenchEvent> events;
    bool haveReadings = false;
    {
        std::lock_guard lock(m_shared->mutex);
        done.swap(m_shared->done);
        events.swap(m_shared->events);
        haveReadings = !m_shared->readings.empty();
    }
    for (const BenchEvent &e : events)
        Q_EMIT eventLogged(e);

    std::unordered_map<RunTarget *, QList<Reading>> noted;
    std::vector<std::pair<ReadingCallback, Reading>> callbacks;
    std::vector<quint64> touched;
    for (detail::EngineDone &d : done) {
        if (d.retracted) {
            if (auto it = m_runs.find(d.runId); it != m_runs.end()) {
                it->second->jobs.erase(d.actionId);
                it->second->jobsOut -= d.lastOfJob ? 1 : 0;
                it->second->cursor->retract(d.actionId, it->second->clock.nsecsElapsed());
                touched.push_back(d.runId);
            }
            continue;
        }
        const Reading &r = d.reading;
        if (r->status != JobStatus::Succeeded && r->status != JobStatus::Cancelled)
            log(r->status == JobStatus::TimedOut ? BenchEvent::Severity::Warning
                                                 : BenchEvent::Severity::Error,
                r->instrument,
                QStringLiteral("%1: %2 (%3)")
                    .arg(r->operation, r->error, jobStatusName(r->status)));
        if (RunTarget *t = targetOf(r->instrument))
            noted[t].append(r);
        if (m_safeJobs.erase(d.actionId) > 0) {
            safeDone(r, d.runId);
            if (touched.empty() || touched.back() != d.runId)
                touched.push_back(d.runId);
            continue;
        }
        auto it = m_runs.find(d.runId);
        if (it == m_runs.end())
            continue;
        EngineRun &run = *it->second;
        run.jobs.erase(d.actionId);
        run.jobsOut -= d.lastOfJob ? 1 : 0;
        run.started = run.started || r->startedMonoNs != 0;
        run.cursor->finished(d.actionId, r, run.clock.nsecsElapsed());
        if (run.limits)
            actOnLimits(run, r);
        if (run.onReading)
            callbacks.emplace_back(run.onReading, r);
        if (touched.empty() || touched.back() != d.runId)
            touched.push_back(d.runId);
    }
    for (auto &[target, readings] : noted)
        target->noteReadings(readings);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (quint64 id : touched)
        if (auto it = m_runs.find(id); it != m_runs.end())
            pump(*it->second);
    if (haveReadings)
        Q_EMIT readingsAvailable();
    for (auto &[callback, reading] : callbacks)
        callback(reading);
    for (quint64 id : touched)
        finishIfOver(id);
}

void RunEngine::finishIfOver(quint64 runId)
{
    auto it = m_runs.find(runId);
    if (it == m_runs.end() || !it->second->jobs.empty() || it->second->safeOut > 0 ||
        !it->second->cursor->isOver())
        return;
    it->second->timer->deleteLater();
    const QString failure = it->second->failure;
    m_runs.erase(it);
    if (!failure.isEmpty())
        Q_EMIT runFailed(runId, failure);
    Q_EMIT runFinished(runId);
}

std::vector<quint64> RunEngine::endSteps(const QStringList &names)
{
    std::vector<quint64> ids;
    for (auto &[id, run] : m_runs) {
        bool all = true;
        for (const QString &n : std::as_const(run->instruments))
            all = all && names.contains(n);
        run->cursor->remove(names);
        if (all)
            run->cursor->stop();
        ids.push_back(id);
    }
    return ids;
}

void RunEngine::dropInstrument(EngineRun &run, const QString &name)
{
    run.cursor->remove({name});
    bool all = true;
    for (const QString &n : std::as_const(run.instruments))
        all = all && (n == name || !targetOf(n) || !targetOf(n)->unavailable(n).isEmpty());
    if (all)
        run.cursor->stop();
}

int RunEngine::pendingJobs() const
{
    return int(m_shared->pending.load(std::memory_order_relaxed));
}

} // namespace ld
