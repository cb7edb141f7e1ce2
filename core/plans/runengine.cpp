// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/runengine.h"

#include "io/devicetext.h"
#include "plans/planvalidator.h"
#include "plans/runengine_p.h"
#include "plans/runtarget.h"
#include "results/journal.h"
#include "scheduler/dispatcher.h"
#include "scheduler/postonce.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <mutex>

namespace ld {

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

QString RunEngine::unavailable(const QString &name, RunTarget **target) const
{
    *target = targetOf(name);
    if (!*target)
        return QCoreApplication::translate("ld::Bench", "There is no instrument named '%1'.")
            .arg(name);
    return (*target)->unavailable(name);
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
    RunTarget *target = nullptr;
    QString why = unavailable(instrument, &target);
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
