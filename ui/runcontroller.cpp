// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcontroller.h"

#include "plans/planfile.h"
#include "plans/runtarget.h"
#include "results/journal.h"
#include "results/runinfo.h"
#include "scheduler/dispatcher.h"

#include <QCoreApplication>

#include <functional>

namespace ld {

namespace {

/** The instruments and operations a plan names, in the order it names them. */
void collect(const QList<PlanStep> &steps, QStringList *instruments, QStringList *operations)
{
    for (const PlanStep &s : steps) {
        for (const QString &name : s.instruments.names)
            if (!instruments->contains(name))
                instruments->append(name);
        if (!s.operation.isEmpty() && !operations->contains(s.operation))
            operations->append(s.operation);
        collect(s.body, instruments, operations);
    }
}

} // namespace

RunController::RunController(RunEngine *engine, Dispatcher *dispatcher, QString runsFolder,
                             QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_dispatcher(dispatcher)
    , m_runsFolder(std::move(runsFolder))
{
    connect(engine, &RunEngine::runFinished, this, &RunController::finished);
}

RunController::~RunController()
{
    for (const Run &run : std::as_const(m_runs))
        if (run.journal)
            run.journal->close(RunEnd::Outcome::Stopped);
}

quint64 RunController::start(const RunRequest &request, const QString &title, QString *why)
{
    if (!m_engine->check(request, why))
        return 0;
    Run run;
    run.title = title.isEmpty() ? request.operation : title;
    run.instruments = request.instruments;
    run.request = request;
    const quint64 id = begin(request.toPlan(), run, {request.operation}, why, {});
    if (id != 0)
        noteOutputs(request);
    return id;
}

quint64 RunController::startPlan(const Plan &plan, const QString &title, QString *why,
                                 RunEngine::ReadingCallback onReading)
{
    if (!m_engine->check(plan, why))
        return 0;
    Run run;
    run.title = title.isEmpty() ? plan.name : title;
    QStringList operations;
    // Instruments a kind selects are named by the plan in the header, not one by one.
    collect(plan.steps, &run.instruments, &operations);
    return begin(plan, run, operations, why, std::move(onReading));
}

quint64 RunController::begin(const Plan &plan, Run run, const QStringList &operations, QString *why,
                             RunEngine::ReadingCallback onReading)
{
    // The journal is open before the first job can finish.
    if (!m_runsFolder.isEmpty()) {
        RunInfo info;
        info.startedWallNs = wallNowNs();
        info.startedMonoNs = monotonicNowNs();
        info.runId = Journal::newRunId(info.startedWallNs);
        info.appVersion = QCoreApplication::applicationVersion();
        info.bench = m_benchLabel;
        info.cap = m_dispatcher->cap();
        info.operations = operations;
        info.plan = PlanFile::toJson(plan);
        for (const QString &name : std::as_const(run.instruments)) {
            const RunTarget *target = m_engine->targetOf(name);
            info.instruments.append({name, target ? target->resource(name) : QString(),
                                     target ? target->identity(name) : Reading::Identity{}});
        }
        auto journal = std::make_shared<Journal>(m_runsFolder);
        if (journal->open(info))
            run.journal = std::move(journal);
        else
            Q_EMIT problem(tr("This run is not journaled, its readings are not kept: %1")
                               .arg(journal->errorString()));
    }
    const quint64 id = m_engine->start(plan, why, std::move(onReading), run.journal);
    if (id == 0) {
        if (run.journal)
            run.journal->close(RunEnd::Outcome::Stopped);
        return 0;
    }
    run.id = id;
    run.clock.start();
    if (run.journal)
        m_lastJournalPath = run.journal->journalPath();
    m_runs.insert(id, std::move(run));
    Q_EMIT runStarted(id);
    return id;
}

void RunController::finished(quint64 runId)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    const Run run = *it;
    m_runs.erase(it);
    // Every job of the run has come back (the engine says so only then): nothing appends
    // after this close.
    if (run.journal &&
        !run.journal->close(run.stopped ? RunEnd::Outcome::Stopped : RunEnd::Outcome::Completed))
        Q_EMIT problem(tr("Run %1: its journal could not be closed: %2")
                           .arg(runId)
                           .arg(run.journal->errorString()));
    Q_EMIT runEnded(runId, run.stopped);
}

void RunController::markStopped(const QStringList &names)
{
    for (Run &run : m_runs) {
        bool every = true;
        for (const QString &name : std::as_const(run.instruments))
            every = every && names.contains(name);
        run.stopped = run.stopped || every;
    }
}

void RunController::stop(const QStringList &names)
{
    markStopped(names);
    m_engine->stop(names);
}

void RunController::stopAll()
{
    for (Run &run : m_runs)
        run.stopped = true;
    m_engine->stopAll();
}

void RunController::capChanged(int cap)
{
    for (const Run &run : std::as_const(m_runs))
        if (run.journal && !run.journal->appendCapChange(cap))
            Q_EMIT problem(tr("Run %1: could not journal the cap change: %2")
                               .arg(run.id)
                               .arg(run.journal->errorString()));
}

QHash<QString, quint64> RunController::instrumentRuns() const
{
    QHash<QString, quint64> out;
    for (const Run &run : m_runs)
        for (const QString &name : run.instruments)
            out.insert(name, run.id);
    return out;
}

QString RunController::journalPath(quint64 runId) const
{
    const auto it = m_runs.constFind(runId);
    return it != m_runs.cend() && it->journal ? it->journal->journalPath() : QString();
}

void RunController::noteOutputs(const RunRequest &request)
{
    if (request.operation != QLatin1String("set_output"))
        return;
    const QString state = request.parameters.value(QStringLiteral("state")).toString();
    const QVariant channel = request.parameters.value(QStringLiteral("channel"));
    const bool on =
        state.compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0 || state == QLatin1String("1");
    for (const QString &name : request.instruments) {
        const QString output =
            channel.isValid() ? tr("%1 channel %2").arg(name, channel.toString()) : name;
        QSet<QString> &outputs = m_outputsOn[name];
        if (on)
            outputs.insert(output);
        else
            outputs.remove(output);
        if (outputs.isEmpty())
            m_outputsOn.remove(name);
    }
}

QStringList RunController::outputsOn() const
{
    QStringList out;
    for (const QSet<QString> &outputs : m_outputsOn)
        out += outputs.values();
    out.sort();
    return out;
}

} // namespace ld
