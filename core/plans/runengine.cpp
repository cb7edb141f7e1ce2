// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/runengine.h"

#include "io/devicetext.h"
#include "plans/limitwatch.h"
#include "plans/plancursor.h"
#include "plans/planvalidator.h"
#include "plans/runtarget.h"
#include "results/journal.h"
#include "scheduler/dispatcher.h"
#include "scheduler/postonce.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <deque>
#include <limits>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace ld {

namespace detail {

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

namespace {

/**
 * The one place a job result becomes a reading. A remote job's value is the node's reading
 * (its value and wall-clock stamps); the job id and monotonic stamps are this process's.
 */
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

} // namespace

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

} // namespace detail

using detail::EngineRun;

RunEngine::RunEngine(Dispatcher *dispatcher, QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
    , m_shared(std::make_shared<detail::EngineShared>())
{
    m_shared->runId = Journal::newRunId(wallNowNs());
    m_shared->post = PostOnce::create(this, [this] { drain(); });
}

RunEngine::~RunEngine()
{
    m_shared->post->detach();
    m_shared->journal.store(nullptr, std::memory_order_release);
    for (auto &[id, run] : m_runs)
        for (const auto &[action, handle] : run->jobs)
            handle.cancel();
    for (RunTarget *t : std::as_const(m_targets))
        t->setLostHandler({});
}

void RunEngine::addTarget(RunTarget *target)
{
    if (!target || m_targets.contains(target))
        return;
    m_targets.append(target);
    // A target that can run nothing more (a lab whose broker is gone for good): its
    // instruments leave the runs, whose jobs there have failed already.
    target->setLostHandler([this, target] {
        QStringList names;
        for (const auto &[id, run] : m_runs)
            for (const QString &n : std::as_const(run->instruments))
                if (target->claims(n) && !names.contains(n))
                    names.append(n);
        for (auto &[id, run] : m_runs) {
            run->cursor->remove(names);
            bool all = true;
            for (const QString &n : std::as_const(run->instruments))
                all = all && names.contains(n);
            if (all)
                run->cursor->stop();
        }
        std::vector<quint64> ids;
        for (const auto &[id, run] : m_runs)
            ids.push_back(id);
        for (quint64 id : ids)
            QMetaObject::invokeMethod(
                this, [this, id] { finishIfOver(id); }, Qt::QueuedConnection);
    });
}

void RunEngine::removeTarget(RunTarget *target)
{
    if (!m_targets.contains(target))
        return;
    QStringList names;
    for (const auto &[id, run] : m_runs)
        for (const QString &n : std::as_const(run->instruments))
            if (targetOf(n) == target && !names.contains(n))
                names.append(n);
    stop(names);
    target->setLostHandler({});
    m_targets.removeAll(target);
}

RunTarget *RunEngine::targetOf(const QString &name) const
{
    for (RunTarget *t : m_targets)
        if (t->claims(name))
            return t;
    return nullptr;
}

void RunEngine::setJournal(Journal *journal)
{
    m_shared->journal.store(journal, std::memory_order_release);
    if (journal) {
        // Readings carry the journal's run id from now on: its folder's name.
        const QString runId = QFileInfo(journal->journalPath()).dir().dirName();
        if (!runId.isEmpty())
            m_shared->runId = runId;
    }
}

int RunEngine::window() const
{
    return 2 * (m_dispatcher ? m_dispatcher->cap() : 1) + kWindowMargin;
}

QStringList RunEngine::resolve(const InstrumentSelector &selector) const
{
    // The validator's rule on the validator's instruments: a kind chooses, once each and in
    // name order, those planInstruments() gives that kind (the first target claiming a name
    // wins, one that cannot run has none).
    return PlanValidator::select(selector, planInstruments());
}

PlanInstruments RunEngine::planInstruments() const
{
    // One that cannot run now keeps no kind, so kind selectors (resolve()) skip it.
    PlanInstruments available;
    for (RunTarget *t : m_targets)
        for (const QString &n : t->instrumentNames()) {
            if (available.contains(n) || targetOf(n) != t)
                continue;
            const DriverProfile *p = t->profile(n);
            available.insert(n, {p, p && t->unavailable(n).isEmpty() ? p->kind : QString()});
        }
    return available;
}

QString RunEngine::validate(const Plan &plan, QStringList *instruments) const
{
    const PlanInstruments available = planInstruments();

    // What only the engine knows: an instrument the plan names that cannot run now (switched
    // off, not identified, its node offline).
    QStringList unavailable;
    QSet<QString> seen; // each instrument asked once, however many steps name it
    forEachStep(plan.steps, [&](const PlanStep &s) {
        for (const QString &name : PlanValidator::select(s.instruments, available)) {
            if (seen.contains(name) || !available.contains(name))
                continue; // no target has it: the validator says so, naming the field
            seen.insert(name);
            RunTarget *t = targetOf(name);
            const QString why = t ? t->unavailable(name) : QString();
            if (!why.isEmpty() && !unavailable.contains(why))
                unavailable.append(why);
            else if (t && why.isEmpty())
                instruments->append(name);
        }
    });
    if (!unavailable.isEmpty())
        return unavailable.join(QLatin1Char('\n'));
    return PlanValidator::validate(plan, available).join(QLatin1Char('\n'));
}

bool RunEngine::check(const Plan &plan, QString *error, QStringList *instruments) const
{
    QStringList names;
    const QString why = validate(plan, &names);
    if (error && !why.isEmpty())
        *error = why;
    if (instruments)
        *instruments = why.isEmpty() ? names : QStringList();
    return why.isEmpty();
}

bool RunEngine::check(const RunRequest &request, QString *error, QStringList *instruments) const
{
    if (const QString why = request.refusal(); !why.isEmpty()) {
        if (error)
            *error = why;
        if (instruments)
            instruments->clear();
        return false;
    }
    return check(request.toPlan(), error, instruments);
}

quint64 RunEngine::start(const RunRequest &request, QString *error,
                         std::shared_ptr<Journal> journal)
{
    if (const QString why = request.refusal(); !why.isEmpty()) {
        if (error)
            *error = why;
        return 0;
    }
    return start(request.toPlan(), error, {}, std::move(journal));
}

quint64 RunEngine::start(const Plan &plan, QString *error, ReadingCallback onReading,
                         std::shared_ptr<Journal> journal)
{
    QStringList names;
    if (const QString why = validate(plan, &names); !why.isEmpty()) {
        if (error)
            *error = why;
        return 0;
    }
    EngineRun &run = addRun(plan, names, std::move(onReading), std::move(journal));
    const quint64 id = run.id;
    pump(run);
    // Not from here: the caller has not seen the id yet.
    QMetaObject::invokeMethod(
        this, [this, id] { finishIfOver(id); }, Qt::QueuedConnection);
    return id;
}

quint64 RunEngine::startOperation(const QString &instrument,
                                  const DriverProfile::Operation &operation,
                                  const QVariantMap &parameters, int priority, QString *error,
                                  ReadingCallback onReading)
{
    RunTarget *target = targetOf(instrument);
    QString why =
        target ? target->unavailable(instrument)
               : QCoreApplication::translate("ld::Bench", "There is no instrument named '%1'.")
                     .arg(instrument);
    if (why.isEmpty())
        why = operation.format(parameters).error;
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return 0;
    }
    Plan plan;
    plan.priority = priority;
    EngineRun &run = addRun(plan, {instrument}, std::move(onReading));
    const quint64 id = run.id;
    // The run's cursor walks an empty plan and hands out nothing: this one action is the run.
    static const PlanStep kNoStep;
    PlanAction action;
    action.id = 1;
    action.instrument = instrument;
    action.step = &kNoStep;
    action.parameters = parameters;
    action.operation = operation;
    submit(run, {action});
    pump(run);
    QMetaObject::invokeMethod(
        this, [this, id] { finishIfOver(id); }, Qt::QueuedConnection);
    return id;
}

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
    RunTarget *target = targetOf(name);
    const QString why =
        target ? target->unavailable(name)
               : QCoreApplication::translate("ld::Bench", "There is no instrument named '%1'.")
                     .arg(name);
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

void RunEngine::stop(const QStringList &names)
{
    const std::vector<quint64> ids = endSteps(names);
    for (const QString &name : names)
        if (RunTarget *t = targetOf(name))
            t->cancel(name);
    for (quint64 id : ids) {
        const EngineRun &run = *m_runs.at(id);
        if (run.safeOnStop)
            for (const QString &n : run.instruments)
                if (names.contains(n))
                    applySafeState(id, n);
    }
    // Runs with nothing out end now; the others when their cancelled jobs come back.
    for (quint64 id : ids)
        QMetaObject::invokeMethod(
            this, [this, id] { finishIfOver(id); }, Qt::QueuedConnection);
}

void RunEngine::stopAll()
{
    QStringList names;
    for (const auto &[id, run] : m_runs)
        for (const QString &n : std::as_const(run->instruments))
            if (!names.contains(n))
                names.append(n);
    stop(names);
}

void RunEngine::pause(quint64 runId)
{
    if (auto it = m_runs.find(runId); it != m_runs.end()) {
        it->second->paused = true;
        it->second->held->store(true, std::memory_order_release);
        it->second->timer->stop();
    }
}

void RunEngine::resume(quint64 runId)
{
    if (auto it = m_runs.find(runId); it != m_runs.end() && it->second->paused) {
        it->second->paused = false;
        it->second->held->store(false, std::memory_order_release);
        pump(*it->second);
        QMetaObject::invokeMethod(
            this, [this, runId] { finishIfOver(runId); }, Qt::QueuedConnection);
    }
}

bool RunEngine::isPaused(quint64 runId) const
{
    auto it = m_runs.find(runId);
    return it != m_runs.end() && it->second->paused;
}

bool RunEngine::hasStarted(quint64 runId) const
{
    auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return false;
    if (it->second->started)
        return true;
    for (const auto &[action, handle] : it->second->jobs) {
        const JobStatus s = handle.status();
        if (s == JobStatus::Running || (isFinal(s) && handle.result().startedNs != 0))
            return true;
    }
    return false;
}

void RunEngine::cancelRun(quint64 runId)
{
    auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    it->second->cursor->stop();
    it->second->held->store(true, std::memory_order_release);
    it->second->timer->stop();
    for (const auto &[action, handle] : it->second->jobs)
        handle.cancel();
    QMetaObject::invokeMethod(
        this, [this, runId] { finishIfOver(runId); }, Qt::QueuedConnection);
}

void RunEngine::abort(quint64 runId)
{
    auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    cancelRun(runId);
    for (const QString &name : it->second->instruments)
        applySafeState(runId, name);
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

void RunEngine::abortInstrument(EngineRun &run, const QString &name)
{
    dropInstrument(run, name);
    // applySafeState() cancels its queued and running jobs (of every run) first.
    applySafeState(run.id, name);
}

void RunEngine::actOnLimits(EngineRun &run, const Reading &reading)
{
    for (const LimitWatch::Crossing &c : run.limits->feed(reading)) {
        const QString what =
            tr("%1: %2 %3 %4 is outside the limit (%5 %6)")
                .arg(c.limit.path, reading.quantityOrOperation(), QString::number(c.value),
                     reading->unit,
                     c.limit.min && c.bound == *c.limit.min ? QStringLiteral("min")
                                                            : QStringLiteral("max"),
                     QString::number(c.bound));
        switch (c.limit.action) {
        case PlanLimit::Action::Warn:
            log(BenchEvent::Severity::Warning, c.instrument, what);
            break;
        case PlanLimit::Action::Pause:
            log(BenchEvent::Severity::Warning, c.instrument,
                tr("%1; the run is paused until it is resumed or aborted").arg(what));
            pause(run.id);
            break;
        case PlanLimit::Action::AbortInstrument:
            if (run.abortedInstruments.contains(c.instrument))
                break; // a reading that was out when it was aborted
            run.abortedInstruments.append(c.instrument);
            log(BenchEvent::Severity::Error, c.instrument,
                tr("%1; its steps end and its safe state is applied").arg(what));
            abortInstrument(run, c.instrument);
            break;
        case PlanLimit::Action::AbortRun:
            if (run.cursor->isStopped())
                break; // aborted already
            log(BenchEvent::Severity::Error, c.instrument,
                tr("%1; the run is aborted and every instrument's safe state applied").arg(what));
            abort(run.id);
            return;
        }
    }
}

void RunEngine::allOutputsOff(const QStringList &names)
{
    const std::vector<quint64> ids = endSteps(names);
    for (const QString &name : names)
        applySafeState(0, name);
    for (quint64 id : ids)
        QMetaObject::invokeMethod(
            this, [this, id] { finishIfOver(id); }, Qt::QueuedConnection);
}

void RunEngine::applySafeState(quint64 runId, const QString &name)
{
    RunTarget *target = targetOf(name);
    const QString why =
        target ? target->unavailable(name)
               : QCoreApplication::translate("ld::Bench", "There is no instrument named '%1'.")
                     .arg(name);
    const DriverProfile *profile = target && why.isEmpty() ? target->profile(name) : nullptr;
    if (!profile) {
        const QString text =
            tr("the safe state could not be applied (%1); outputs may still be live").arg(why);
        log(BenchEvent::Severity::Error, name, text);
        Q_EMIT safeStateFinished(name, false, text);
        return;
    }
    // Its other jobs go first (queued and running, of every run), so nothing set after the
    // safe state undoes it.
    target->cancel(name);
    if (profile->safeState.isEmpty()) {
        Q_EMIT safeStateFinished(name, true, tr("its profile has no safe state"));
        return;
    }
    auto runIt = m_runs.find(runId);
    for (qsizetype i = 0; i < profile->safeState.size(); ++i) {
        const DriverProfile::SafeStep &step = profile->safeState.at(i);
        const DriverProfile::Operation *op = profile->operation(step.operation);
        if (!op) {
            m_safe[name].failures.append(tr("no operation '%1'").arg(step.operation));
            continue;
        }
        auto meta = std::make_shared<detail::ActionMeta>();
        const bool own = runIt != m_runs.end() && runIt->second->journal;
        meta->runId = own ? runIt->second->runId : m_shared->runId;
        meta->journal = own ? runIt->second->journal : nullptr;
        meta->instrument = name;
        meta->resource = target->resource(name);
        meta->identity = target->identity(name);
        meta->operation = op->id;
        meta->unit = op->unit;
        meta->quantity = op->quantity;
        meta->step = QStringLiteral("safeState[%1]").arg(i);
        for (const DriverProfile::Parameter &p : op->parameters) {
            const QVariant v = step.parameters.value(p.name, p.defaultValue);
            if (v.isValid())
                meta->parameters.append({p.name, v.toString()});
        }
        RunTarget::OperationJob job;
        job.instrument = name;
        job.operation = *op;
        job.parameters = step.parameters;
        job.priority = kSafePriority;
        const quint64 actionId = ++m_nextSafeAction;
        ++m_safe[name].remaining;
        if (runIt != m_runs.end())
            ++runIt->second->safeOut;
        auto slot = m_safeJobs.emplace(actionId, JobHandle()).first;
        slot->second = submitJob(target, std::move(job), std::move(meta),
                                 runIt != m_runs.end() ? runId : 0, actionId);
    }
    reportSafeState(name);
}

void RunEngine::safeDone(const Reading &reading, quint64 runId)
{
    if (auto it = m_runs.find(runId); it != m_runs.end())
        --it->second->safeOut;
    SafeProgress &p = m_safe[reading->instrument];
    --p.remaining;
    if (reading->status != JobStatus::Succeeded)
        p.failures.append(
            QStringLiteral("%1: %2 (%3)")
                .arg(reading->operation, reading->error, jobStatusName(reading->status)));
    reportSafeState(reading->instrument);
}

void RunEngine::reportSafeState(const QString &name)
{
    auto it = m_safe.find(name);
    if (it == m_safe.end() || it->second.remaining > 0)
        return;
    const QStringList failures = it->second.failures;
    m_safe.erase(it);
    if (failures.isEmpty()) {
        const QString text = tr("safe state applied");
        log(BenchEvent::Severity::Info, name, text);
        Q_EMIT safeStateFinished(name, true, text);
    } else {
        const QString text =
            tr("the safe state could not be applied (%1); outputs may still be live")
                .arg(failures.join(QStringLiteral("; ")));
        log(BenchEvent::Severity::Error, name, text);
        Q_EMIT safeStateFinished(name, false, text);
    }
}

int RunEngine::safeJobsPending() const
{
    return int(m_safeJobs.size());
}

int RunEngine::pendingJobs() const
{
    return int(m_shared->pending.load(std::memory_order_relaxed));
}

QStringList RunEngine::instruments(quint64 runId) const
{
    auto it = m_runs.find(runId);
    return it == m_runs.end() ? QStringList() : it->second->instruments;
}

QList<Reading> RunEngine::takeReadings(int max)
{
    QList<Reading> out;
    std::lock_guard lock(m_shared->mutex);
    auto &q = m_shared->readings;
    const qsizetype n =
        max < 0 ? qsizetype(q.size()) : std::min<qsizetype>(max, qsizetype(q.size()));
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        out.append(std::move(q.front()));
        q.pop_front();
    }
    return out;
}

qint64 RunEngine::readingsQueued() const
{
    std::lock_guard lock(m_shared->mutex);
    return qint64(m_shared->readings.size());
}

void RunEngine::log(BenchEvent::Severity severity, const QString &instrument, const QString &text)
{
    BenchEvent e;
    e.wallNs = wallNowNs();
    e.severity = severity;
    e.instrument = instrument;
    e.text = DeviceText::printable(text); // may quote what a device sent
    Q_EMIT eventLogged(e);
}

} // namespace ld
