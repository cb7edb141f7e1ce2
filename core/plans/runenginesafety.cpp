// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/runengine.h"

#include "plans/limitwatch.h"
#include "plans/plancursor.h"
#include "plans/runengine_p.h"
#include "plans/runtarget.h"

namespace ld {

using detail::EngineRun;

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
    RunTarget *target = nullptr;
    const QString why = unavailable(name, &target);
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

} // namespace ld
