// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcontroller.h"

#include "outputsoff.h"

#include "plans/planfile.h"
#include "plans/runtarget.h"
#include "results/journal.h"
#include "results/runinfo.h"
#include "scheduler/dispatcher.h"

#include <QCoreApplication>

#include <functional>

namespace ld {

namespace {

/** The operation a journaled safe-state round's readings name. */
constexpr char kSafeStateOperation[] = "safe_state";

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
    // The window is going away with a front panel open: what was done by hand ends here.
    for (const HandsOn &handsOn : std::as_const(m_handsOn))
        if (handsOn.journal)
            handsOn.journal->close(RunEnd::Outcome::Stopped);
}

RunInfo RunController::header(const QStringList &instruments, const QStringList &operations) const
{
    RunInfo info;
    info.startedWallNs = wallNowNs();
    info.startedMonoNs = monotonicNowNs();
    info.runId = Journal::newRunId(info.startedWallNs);
    info.appVersion = QCoreApplication::applicationVersion();
    info.bench = m_benchLabel;
    info.cap = m_dispatcher->cap();
    info.operations = operations;
    for (const QString &name : instruments) {
        const RunTarget *target = m_engine->targetOf(name);
        info.instruments.append({name, target ? target->resource(name) : QString(),
                                 target ? target->identity(name) : Reading::Identity{}});
    }
    return info;
}

std::shared_ptr<Journal> RunController::openJournal(const RunInfo &info)
{
    auto journal = std::make_shared<Journal>(m_runsFolder);
    if (journal->open(info))
        return journal;
    Q_EMIT problem(
        tr("This run is not journaled, its readings are not kept: %1").arg(journal->errorString()));
    return {};
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
    // The run's instruments as the engine will address them, those a kind chooses included:
    // the header lists each, so an interrupted run's safe state reaches every one.
    Run run;
    if (!m_engine->check(plan, why, &run.instruments))
        return 0;
    run.title = title.isEmpty() ? plan.name : title;
    return begin(plan, run, operationsOf(plan.steps), why, std::move(onReading));
}

quint64 RunController::begin(const Plan &plan, Run run, const QStringList &operations, QString *why,
                             RunEngine::ReadingCallback onReading)
{
    // The journal is open before the first job can finish.
    if (!m_runsFolder.isEmpty()) {
        RunInfo info = header(run.instruments, operations);
        info.plan = PlanFile::toJson(plan);
        run.journal = openJournal(info);
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

quint64 RunController::startHandsOn(const RunRequest &request, QString *why,
                                    RunEngine::ReadingCallback onReading)
{
    if (request.instruments.size() != 1) {
        if (why)
            *why = tr("A front panel operates one instrument");
        return 0;
    }
    if (!m_engine->check(request, why))
        return 0;
    const QString instrument = request.instruments.constFirst();
    const bool opening = !m_handsOn.contains(instrument);
    HandsOn &handsOn = m_handsOn[instrument];
    // A panel opened again before the old one's last jobs came back goes on in the same run.
    handsOn.closing = false;
    if (opening && !m_runsFolder.isEmpty()) {
        RunInfo info = header({instrument}, {});
        info.source = QLatin1String(RunInfo::kSourceFrontPanel);
        handsOn.journal = openJournal(info);
    }
    const quint64 id =
        m_engine->start(request.toPlan(), why, std::move(onReading), handsOn.journal);
    if (id == 0) {
        if (handsOn.runs.isEmpty() && opening)
            closeHandsOn(instrument, RunEnd::Outcome::Stopped);
        return 0;
    }
    handsOn.runs.insert(id);
    m_handsOnRuns.insert(id, instrument);
    noteOutputs(request);
    return id;
}

void RunController::endHandsOn(const QString &instrument)
{
    const auto it = m_handsOn.find(instrument);
    if (it == m_handsOn.end())
        return;
    it->closing = true;
    if (it->runs.isEmpty())
        closeHandsOn(instrument, RunEnd::Outcome::Completed);
}

void RunController::closeHandsOn(const QString &instrument, RunEnd::Outcome outcome)
{
    const HandsOn handsOn = m_handsOn.take(instrument);
    if (handsOn.journal && !handsOn.journal->close(outcome))
        Q_EMIT problem(tr("%1: the journal of its front panel could not be closed: %2")
                           .arg(instrument, handsOn.journal->errorString()));
}

QString RunController::handsOnJournalPath(const QString &instrument) const
{
    const auto it = m_handsOn.constFind(instrument);
    return it != m_handsOn.cend() && it->journal ? it->journal->journalPath() : QString();
}

void RunController::journalOutputsOff(const OutputsOff &round, const QString &why)
{
    const QStringList names = round.instruments();
    if (m_runsFolder.isEmpty() || names.isEmpty())
        return;
    RunInfo info = header(names, {QLatin1String(kSafeStateOperation)});
    info.startedWallNs = round.startedWallNs();
    info.startedMonoNs = round.startedMonoNs();
    info.runId = Journal::newRunId(info.startedWallNs);
    info.source = QLatin1String(RunInfo::kSourceOutputsOff);
    const std::shared_ptr<Journal> journal = openJournal(info);
    if (!journal)
        return;
    const QMap<QString, QString> results = round.results();
    const qint64 endedWallNs = wallNowNs();
    const qint64 endedMonoNs = monotonicNowNs();
    for (const RunInfo::Instrument &instrument : std::as_const(info.instruments)) {
        Reading::Fields f;
        f.runId = info.runId;
        f.instrument = instrument.name;
        f.resource = instrument.resource;
        f.identity = instrument.identity;
        f.operation = QLatin1String(kSafeStateOperation);
        f.parameters = {{QStringLiteral("reason"), why}};
        const auto result = results.constFind(instrument.name);
        if (result == results.cend()) {
            f.status = JobStatus::TimedOut;
            f.error = tr("no answer in time; its outputs may still be live");
        } else if (round.failed().contains(instrument.name)) {
            f.status = JobStatus::Failed;
            f.error = *result;
        } else {
            f.value = *result;
        }
        f.submittedWallNs = f.startedWallNs = info.startedWallNs;
        f.submittedMonoNs = f.startedMonoNs = info.startedMonoNs;
        f.completedWallNs = endedWallNs;
        f.completedMonoNs = endedMonoNs;
        if (!journal->append(Reading(std::move(f))))
            Q_EMIT problem(tr("%1: could not journal it: %2").arg(why, journal->errorString()));
    }
    if (!journal->close(round.unanswered().isEmpty() ? RunEnd::Outcome::Completed
                                                     : RunEnd::Outcome::Stopped))
        Q_EMIT problem(
            tr("%1: its journal could not be closed: %2").arg(why, journal->errorString()));
}

bool RunController::markSafeStateApplied(const Journal::Interrupted &run,
                                         const QStringList &madeSafe)
{
    QStringList names;
    for (const RunInfo::Instrument &i : run.info.instruments) {
        if (!m_engine->targetOf(i.name))
            return false; // not on this bench: nothing here made it safe
        names.append(i.name);
    }
    const QStringList needed = OutputsOff::withSafeState(m_engine, names);
    if (needed.isEmpty())
        return false;
    for (const QString &name : needed)
        if (!madeSafe.contains(name))
            return false;
    QString why;
    if (!Journal::markSafeStateApplied(run.journalPath, &why)) {
        Q_EMIT problem(tr("Could not mark the run %1 as made safe: %2").arg(run.runId, why));
        return false;
    }
    return true;
}

void RunController::finished(quint64 runId)
{
    if (const auto handsOn = m_handsOnRuns.constFind(runId); handsOn != m_handsOnRuns.cend()) {
        const QString instrument = *handsOn;
        m_handsOnRuns.erase(handsOn);
        const auto it = m_handsOn.find(instrument);
        if (it != m_handsOn.end()) {
            it->runs.remove(runId);
            if (it->closing && it->runs.isEmpty())
                closeHandsOn(instrument, RunEnd::Outcome::Completed);
        }
        return;
    }
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
