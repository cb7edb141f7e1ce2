// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node/remoterunner.h"

#include "instruments/intervalschedule.h"
#include "instruments/profileregistry.h"
#include "node/remotelab.h"
#include "results/journal.h"
#include "scheduler/dispatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <mutex>
#include <vector>

namespace ld {

namespace detail {

/** A finished remote job on its way from whichever thread finished it to the runner's. */
struct RemoteCompletion
{
    quint64 runId = 0;
    QString instrument;
    JobResult result;
};

/**
 * What job callbacks share with the runner. The callbacks run on any thread and may outlive
 * the runner: they post only while `owner` is set, under the mutex the destructor takes.
 */
struct RemoteRunnerShared
{
    std::mutex mutex;
    RemoteRunner *owner = nullptr;
    std::vector<RemoteCompletion> queue;
};

struct RemoteRunState
{
    struct Meta
    {
        QString node;
        QString instrument;
        QString resource;
        QString unit;
        QString quantity;
        QList<Reading::Parameter> parameters;
        QVariantMap values; ///< sent to the node: the request's, defaults of its profile filled in
    };
    quint64 id = 0;
    Bench::RunRequest request;
    QHash<QString, Meta> metas;
    QHash<QString, int> inFlight;        ///< per instrument: jobs not finished
    QMultiHash<QString, JobHandle> jobs; ///< per instrument, for stop()
    QTimer *timer = nullptr;             ///< child of the runner; single-shot, the next wave
    IntervalSchedule schedule;           ///< an interval run's waves
    QElapsedTimer clock;
    bool submitting = true;
    int outstanding = 0;
    qint64 skipped = 0;
};

} // namespace detail

RemoteRunner::RemoteRunner(RemoteLab *lab, const ProfileRegistry *profiles, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_profiles(profiles)
    , m_shared(std::make_shared<detail::RemoteRunnerShared>())
{
    m_shared->owner = this;
    // Every job sent or queued has failed as "broker lost"; the runs end with them instead of
    // submitting more that would fail the same way.
    connect(lab, &RemoteLab::brokerLost, this, [this] {
        std::vector<quint64> ending;
        for (const auto &entry : m_runs)
            if (entry.second->submitting)
                ending.push_back(entry.first);
        for (quint64 id : ending)
            endSubmissions(*m_runs.at(id));
    });
}

RemoteRunner::~RemoteRunner()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->owner = nullptr;
        m_shared->queue.clear();
    }
    for (auto &entry : m_runs)
        for (const JobHandle &h : std::as_const(entry.second->jobs))
            h.cancel();
}

void RemoteRunner::setJournal(Journal *journal)
{
    m_journal = journal;
    // The journal's folder is its run id; remote readings join the controller's run.
    m_journalRunId = journal ? QFileInfo(journal->journalPath()).dir().dirName() : QString();
}

bool RemoteRunner::isRemoteName(const QString &name)
{
    return name.contains(QLatin1Char('/'));
}

namespace {
std::pair<QString, QString> splitName(const QString &name)
{
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {};
    return {name.left(slash), name.mid(slash + 1)};
}
} // namespace

const DriverProfile *RemoteRunner::profile(const QString &name) const
{
    if (!m_lab || !m_profiles)
        return nullptr;
    const auto [node, instrument] = splitName(name);
    const QString id =
        m_lab->instrument(node, instrument).status.value(QStringLiteral("profile")).toString();
    return id.isEmpty() ? nullptr : m_profiles->find(id);
}

InstrumentStatus RemoteRunner::status(const QString &name) const
{
    InstrumentStatus s;
    s.config.name = name;
    s.lastReading = m_last.value(name);
    if (!m_lab)
        return s;
    const auto [node, instrument] = splitName(name);
    const RemoteLab::RemoteInstrument remote = m_lab->instrument(node, instrument);
    const QJsonObject &o = remote.status;
    auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    s.config.resource = text("resource");
    s.config.simulated = o.value(QStringLiteral("simulated")).toBool();
    s.identity.vendor = text("vendor");
    s.identity.model = text("model");
    s.identity.serial = text("serial");
    s.identity.firmware = text("firmware");
    s.profileId = text("profile");
    s.profileName = text("profileName");
    s.lastError = text("error");
    s.jobsDone = qint64(o.value(QStringLiteral("jobsDone")).toDouble());
    s.jobsFailed = qint64(o.value(QStringLiteral("jobsFailed")).toDouble());
    s.state = InstrumentState::Offline;
    for (const InstrumentState st :
         {InstrumentState::Disabled, InstrumentState::Offline, InstrumentState::Connecting,
          InstrumentState::Idle, InstrumentState::Busy, InstrumentState::Error,
          InstrumentState::Reconnecting})
        if (instrumentStateName(st) == remote.state)
            s.state = st;
    if (!remote.nodeOnline) {
        // The retained state is the node's last word; with the node gone it is not current.
        s.state = InstrumentState::Offline;
        s.lastError = tr("the node '%1' is offline").arg(node);
    }
    return s;
}

QList<DriverProfile::Operation> RemoteRunner::sharedOperations(const QStringList &names) const
{
    if (names.isEmpty())
        return {};
    const DriverProfile *first = profile(names.constFirst());
    if (!first)
        return {};
    QList<DriverProfile::Operation> shared = first->operations;
    for (const QString &name : names) {
        const DriverProfile *p = profile(name);
        if (!p)
            return {};
        shared.removeIf([p](const DriverProfile::Operation &op) { return !p->operation(op.id); });
    }
    return shared;
}

std::unique_ptr<detail::RemoteRunState> RemoteRunner::prepare(const Bench::RunRequest &request,
                                                              QString *error) const
{
    auto fail = [error](const QString &message) -> std::unique_ptr<detail::RemoteRunState> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!m_lab)
        return fail(tr("Not connected to a lab."));
    // The checks a local run makes are said in Bench's words: one translation serves both.
    if (request.instruments.isEmpty())
        return fail(Bench::tr("Select at least one instrument."));
    if (request.repeat < 1)
        return fail(Bench::tr("Repeat must be at least 1, not %1.").arg(request.repeat));
    if (request.intervalMs < 0 || request.durationMs < 0)
        return fail(Bench::tr("Interval and duration cannot be negative."));

    auto run = std::make_unique<detail::RemoteRunState>();
    run->request = request;
    for (const QString &name : request.instruments) {
        const auto [node, instrument] = splitName(name);
        if (node.isEmpty() || !m_lab->node(node).instruments.contains(instrument))
            return fail(tr("No node of the lab has an instrument '%1'.").arg(name));
        const RemoteLab::RemoteInstrument remote = m_lab->instrument(node, instrument);
        if (!remote.nodeOnline)
            return fail(tr("The node '%1' is offline.").arg(node));
        const QString profileId = remote.status.value(QStringLiteral("profile")).toString();
        if (profileId.isEmpty())
            return fail(tr("'%1' is not identified yet on its node.").arg(name));
        const DriverProfile *p = m_profiles ? m_profiles->find(profileId) : nullptr;
        if (!p)
            return fail(tr("'%1' uses the profile '%2', which is not installed on this PC.")
                            .arg(name, profileId));
        const DriverProfile::Operation *op = p->operation(request.operation);
        if (!op)
            return fail(Bench::tr("'%1' (%2) has no operation '%3'.")
                            .arg(name, p->displayName(), request.operation));
        // The node checks again; checking here gives the user the error before anything is
        // sent, in the same words as for a local instrument.
        const DriverProfile::Command cmd = op->format(request.parameters);
        if (!cmd.ok())
            return fail(Bench::tr("%1: %2").arg(name, cmd.error));

        detail::RemoteRunState::Meta meta;
        meta.node = node;
        meta.instrument = instrument;
        meta.resource = remote.status.value(QStringLiteral("resource")).toString();
        meta.unit = op->unit;
        meta.quantity = op->quantity;
        for (const DriverProfile::Parameter &param : op->parameters) {
            const QVariant v = request.parameters.value(param.name, param.defaultValue);
            if (!v.isValid())
                continue;
            meta.parameters.append({param.name, v.toString()});
            meta.values.insert(param.name, v);
        }
        run->metas.insert(name, meta);
        run->inFlight.insert(name, 0);
    }
    return run;
}

bool RemoteRunner::check(const Bench::RunRequest &request, QString *error) const
{
    return prepare(request, error) != nullptr;
}

quint64 RemoteRunner::run(const Bench::RunRequest &request, QString *error)
{
    auto prepared = prepare(request, error);
    if (!prepared)
        return 0;
    prepared->id = ++m_nextRunId;
    prepared->clock.start();
    detail::RemoteRunState &run = *prepared;
    const quint64 id = run.id;
    m_runs.emplace(id, std::move(prepared));
    if (request.intervalMs > 0) {
        // Waves as on a local bench, under the same dispatcher's cap.
        const Dispatcher *dispatcher = m_lab->dispatcher();
        run.schedule = IntervalSchedule(request.instruments, request.intervalMs, request.durationMs,
                                        dispatcher ? dispatcher->cap() : 0);
        run.timer = new QTimer(this);
        run.timer->setTimerType(Qt::PreciseTimer);
        run.timer->setSingleShot(true);
        connect(run.timer, &QTimer::timeout, this, [this, id] {
            auto it = m_runs.find(id);
            if (it != m_runs.end())
                tick(*it->second);
        });
        tick(run);
    } else {
        for (int i = 0; i < request.repeat; ++i)
            for (const QString &name : request.instruments)
                submit(run, name);
        run.submitting = false;
    }
    return id;
}

void RemoteRunner::submit(detail::RemoteRunState &run, const QString &name)
{
    const detail::RemoteRunState::Meta &meta = run.metas[name];
    RemoteLab::Request r;
    r.node = meta.node;
    r.instrument = meta.instrument;
    r.operation = run.request.operation;
    r.parameters = meta.values;
    r.priority = run.request.priority;
    ++run.outstanding;
    ++run.inFlight[name];
    const std::shared_ptr<detail::RemoteRunnerShared> shared = m_shared;
    const quint64 runId = run.id;
    const JobHandle handle = m_lab->submit(r, [shared, runId, name](const JobResult &result) {
        std::lock_guard lock(shared->mutex);
        if (!shared->owner)
            return;
        const bool wake = shared->queue.empty();
        shared->queue.push_back({runId, name, result});
        if (wake) {
            RemoteRunner *owner = shared->owner;
            QMetaObject::invokeMethod(
                owner, [owner] { owner->drain(); }, Qt::QueuedConnection);
        }
    });
    run.jobs.insert(name, handle);
}

void RemoteRunner::tick(detail::RemoteRunState &run)
{
    // Waves due before the end still start when the wake-up comes late; then it may end.
    const qint64 now = run.clock.nsecsElapsed();
    const QStringList due = run.schedule.takeDue(now);
    for (const QString &name : due) {
        // As on a local bench: a remote instrument slower than the interval is not sent a
        // pile of requests; its tick is skipped and the user told once.
        if (run.inFlight.value(name) > 0) {
            if (run.skipped++ == 0)
                log(BenchEvent::Severity::Warning, name,
                    Bench::tr("slower than the %1 ms interval; skipping ticks while it is busy")
                        .arg(run.request.intervalMs));
            continue;
        }
        submit(run, name);
    }
    if (run.schedule.isOver(now)) {
        endSubmissions(run);
        return;
    }
    run.timer->start(run.schedule.msUntilNext(run.clock.nsecsElapsed()));
}

void RemoteRunner::endSubmissions(detail::RemoteRunState &run)
{
    run.submitting = false;
    if (run.timer) {
        run.timer->stop();
        run.timer->deleteLater();
        run.timer = nullptr;
    }
    const quint64 id = run.id;
    // Not from inside tick(): the run may be erased, and the caller still holds it.
    QMetaObject::invokeMethod(
        this, [this, id] { finishRunIfDone(id); }, Qt::QueuedConnection);
}

void RemoteRunner::finishRunIfDone(quint64 runId)
{
    auto it = m_runs.find(runId);
    if (it == m_runs.end() || it->second->submitting || it->second->outstanding > 0)
        return;
    m_runs.erase(it);
    Q_EMIT runFinished(runId);
}

void RemoteRunner::stop(const QStringList &names)
{
    std::vector<quint64> ended;
    for (auto &entry : m_runs) {
        detail::RemoteRunState &run = *entry.second;
        bool all = true;
        for (const QString &n : std::as_const(run.request.instruments))
            all = all && names.contains(n);
        if (all) {
            ended.push_back(entry.first);
        } else {
            for (const QString &n : names)
                run.request.instruments.removeAll(n);
            run.schedule.remove(names);
        }
    }
    for (quint64 id : ended)
        endSubmissions(*m_runs.at(id));
    // Cancelling a remote job ends it here at once; RemoteLab tells its node.
    for (auto &entry : m_runs)
        for (const QString &n : names)
            for (const JobHandle &h : entry.second->jobs.values(n))
                h.cancel();
}

void RemoteRunner::stopAll()
{
    QSet<QString> names;
    for (const auto &entry : m_runs)
        for (auto it = entry.second->metas.cbegin(); it != entry.second->metas.cend(); ++it)
            names.insert(it.key());
    stop(QStringList(names.cbegin(), names.cend()));
}

int RemoteRunner::pendingJobs() const
{
    int n = 0;
    for (const auto &entry : m_runs)
        n += entry.second->outstanding;
    return n;
}

QList<Reading> RemoteRunner::takeReadings(int max)
{
    const qsizetype n = max < 0 ? qsizetype(m_readings.size())
                                : std::min<qsizetype>(max, qsizetype(m_readings.size()));
    QList<Reading> out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        out.append(std::move(m_readings.front()));
        m_readings.pop_front();
    }
    return out;
}

void RemoteRunner::drain()
{
    std::vector<detail::RemoteCompletion> batch;
    {
        std::lock_guard lock(m_shared->mutex);
        batch.swap(m_shared->queue);
    }
    QSet<QString> changed;
    QSet<quint64> touched;
    for (detail::RemoteCompletion &c : batch) {
        auto it = m_runs.find(c.runId);
        if (it == m_runs.end())
            continue;
        detail::RemoteRunState &run = *it->second;
        const JobResult &r = c.result;
        const detail::RemoteRunState::Meta meta = run.metas.value(c.instrument);

        // The node's reading carries what it measured and when (its wall clock); the job's
        // id and monotonic times are this controller's, as for a local job.
        const bool remoteReading = r.value.metaType() == QMetaType::fromType<Reading>() &&
                                   !r.value.value<Reading>().isNull();
        Reading::Fields f =
            remoteReading ? r.value.value<Reading>().fields() : Reading::fieldsFromJob(r);
        const Reading::Fields local = Reading::fieldsFromJob(r);
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
        if (!m_journalRunId.isEmpty())
            f.runId = m_journalRunId;
        f.instrument = c.instrument;
        if (f.resource.isEmpty())
            f.resource = meta.resource;
        f.operation = run.request.operation;
        if (f.parameters.isEmpty())
            f.parameters = meta.parameters;
        if (f.unit.isEmpty())
            f.unit = meta.unit;
        if (f.quantity.isEmpty())
            f.quantity = meta.quantity;
        const Reading reading(std::move(f));

        if (m_journal && !m_journal->append(reading))
            log(BenchEvent::Severity::Error, c.instrument,
                tr("the reading was not journaled: %1").arg(m_journal->errorString()));
        if (r.status != JobStatus::Succeeded && r.status != JobStatus::Cancelled)
            log(r.status == JobStatus::TimedOut ? BenchEvent::Severity::Warning
                                                : BenchEvent::Severity::Error,
                c.instrument,
                QStringLiteral("%1: %2 (%3)")
                    .arg(run.request.operation, r.error, jobStatusName(r.status)));
        m_readings.push_back(reading);
        m_last.insert(c.instrument, reading);
        changed.insert(c.instrument);

        --run.outstanding;
        --run.inFlight[c.instrument];
        auto jobs = run.jobs.find(c.instrument);
        while (jobs != run.jobs.end() && jobs.key() == c.instrument) {
            if (jobs.value().id() == r.id)
                jobs = run.jobs.erase(jobs);
            else
                ++jobs;
        }
        touched.insert(c.runId);
    }
    for (const QString &name : std::as_const(changed))
        Q_EMIT instrumentChanged(name);
    if (!changed.isEmpty())
        Q_EMIT readingsAvailable();
    for (quint64 id : std::as_const(touched))
        finishRunIfDone(id);
}

void RemoteRunner::log(BenchEvent::Severity severity, const QString &instrument,
                       const QString &text)
{
    BenchEvent e;
    e.wallNs = wallNowNs();
    e.severity = severity;
    e.instrument = instrument;
    e.text = text;
    Q_EMIT eventLogged(e);
}

} // namespace ld
