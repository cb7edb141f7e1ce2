// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node/node.h"

#include "instruments/bench.h"
#include "plans/runengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace ld {

namespace {
/** State changes come per job; the retained state is republished at most this often. */
constexpr int kStateCoalesceMs = 50;
} // namespace

Node::Node(Bench *bench, RunEngine *engine, Options options, QObject *parent)
    : QObject(parent)
    , m_bench(bench)
    , m_engine(engine)
    , m_options(std::move(options))
    , m_memory(m_options.rememberedJobs)
{
    MqttClient::Options &b = m_options.broker;
    if (b.clientId.isEmpty())
        b.clientId = QStringLiteral("ld-node-%1-%2")
                         .arg(m_options.name, QUuid::createUuid().toString(QUuid::Id128).left(8));
    b.will = MqttMessage{NodeProtocol::presenceTopic(m_options.name),
                         QByteArray(NodeProtocol::kOffline),
                         1,
                         true,
                         {},
                         {}};
    m_client = std::make_unique<MqttClient>(b, this);
    connect(m_client.get(), &MqttClient::connected, this, &Node::onConnected);
    connect(m_client.get(), &MqttClient::messageReceived, this, &Node::onMessage);

    m_stateTimer.setSingleShot(true);
    m_stateTimer.setInterval(kStateCoalesceMs);
    connect(&m_stateTimer, &QTimer::timeout, this, &Node::flushStates);
    connect(m_bench, &Bench::instrumentChanged, this, [this](const QString &name) {
        m_dirtyStates.insert(name);
        if (!m_stateTimer.isActive())
            m_stateTimer.start();
    });
    connect(m_bench, &Bench::instrumentAdded, this, [this](const QString &name) {
        publishInventory();
        publishState(name);
    });
    connect(m_bench, &Bench::instrumentRemoved, this, [this](const QString &name) {
        publishInventory();
        // An empty retained message deletes the retained state.
        m_client->publish({NodeProtocol::stateTopic(m_options.name, name), {}, 1, true, {}, {}});
    });
    connect(m_engine, &RunEngine::readingsAvailable, this, &Node::drainReadings);
    connect(m_engine, &RunEngine::runFinished, this, &Node::onRunFinished);
}

Node::~Node()
{
    stop();
}

bool Node::start(QString *error)
{
    if (!NodeProtocol::isValidNodeName(m_options.name)) {
        if (error)
            *error = tr("the node name '%1' must be 1 to 64 letters, digits, '-', '_' or '.'")
                         .arg(m_options.name);
        return false;
    }
    if (!m_options.stateDirectory.isEmpty() && !m_memory.isPersistent()) {
        QString why, warn;
        if (!m_memory.open(m_options.stateDirectory, &why, &warn)) {
            if (error)
                *error = tr("job memory: %1").arg(why);
            return false;
        }
        if (!warn.isEmpty())
            Q_EMIT warning(warn);
        // Accepted, maybe half run, when the node died: running it again could repeat what the
        // instrument already did, so a redelivery gets this answer instead.
        for (const QString &jobId : m_memory.interrupted()) {
            NodeProtocol::JobResponse r;
            r.status = JobStatus::Failed;
            r.error = tr("node restarted: %1 was accepted before the node restarted and is not "
                         "run again")
                          .arg(jobId);
            finish(jobId, std::move(r));
        }
    }
    return m_client->start(error);
}

void Node::stop()
{
    if (m_client->state() == MqttClient::State::Stopped)
        return;
    if (m_client->isConnected())
        m_client->publish({NodeProtocol::presenceTopic(m_options.name),
                           QByteArray(NodeProtocol::kOffline),
                           1,
                           true,
                           {},
                           {}});
    m_client->stop();
}

void Node::onConnected()
{
    // Everything retained again: the broker may have restarted without persistence.
    m_client->subscribe(NodeProtocol::jobsTopic(m_options.name), 1);
    m_client->subscribe(NodeProtocol::cancelTopic(m_options.name), 1);
    m_client->publish({NodeProtocol::presenceTopic(m_options.name),
                       QByteArray(NodeProtocol::kOnline),
                       1,
                       true,
                       {},
                       {}});
    publishInventory();
    for (const QString &name : m_bench->names())
        publishState(name);
}

void Node::publishInventory()
{
    QJsonArray instruments;
    for (const InstrumentStatus &s : m_bench->statuses()) {
        QJsonObject i;
        i.insert(QStringLiteral("name"), s.config.name);
        i.insert(QStringLiteral("resource"), s.config.resource);
        i.insert(QStringLiteral("simulated"), s.config.simulated);
        i.insert(QStringLiteral("profile"), s.profileId);
        QJsonArray ops;
        if (const DriverProfile *p = m_bench->profile(s.config.name)) {
            for (const DriverProfile::Operation &op : p->operations) {
                QJsonObject o;
                o.insert(QStringLiteral("id"), op.id);
                o.insert(QStringLiteral("name"), op.name);
                o.insert(QStringLiteral("unit"), op.unit);
                o.insert(QStringLiteral("quantity"), op.quantity);
                QJsonArray params;
                for (const DriverProfile::Parameter &par : op.parameters)
                    params.append(par.name);
                o.insert(QStringLiteral("parameters"), params);
                ops.append(o);
            }
        }
        i.insert(QStringLiteral("operations"), ops);
        instruments.append(i);
        m_profiles.insert(s.config.name, s.profileId);
    }
    QJsonObject o;
    o.insert(QStringLiteral("node"), m_options.name);
    o.insert(QStringLiteral("bench"), m_bench->benchName());
    o.insert(QStringLiteral("instruments"), instruments);
    m_client->publish({NodeProtocol::inventoryTopic(m_options.name),
                       QJsonDocument(o).toJson(QJsonDocument::Compact),
                       1,
                       true,
                       {},
                       {}});
}

void Node::publishState(const QString &instrument)
{
    if (!m_bench->contains(instrument))
        return;
    m_client->publish({NodeProtocol::stateTopic(m_options.name, instrument),
                       NodeProtocol::encodeState(m_bench->status(instrument)),
                       1,
                       true,
                       {},
                       {}});
}

void Node::flushStates()
{
    bool inventoryStale = false;
    for (const QString &name : std::as_const(m_dirtyStates)) {
        publishState(name);
        if (m_bench->contains(name) && m_bench->status(name).profileId != m_profiles.value(name))
            inventoryStale = true; // identified: its operations are known now
    }
    m_dirtyStates.clear();
    if (inventoryStale)
        publishInventory();
}

void Node::onMessage(const MqttMessage &message)
{
    if (message.topic == NodeProtocol::jobsTopic(m_options.name))
        onRequest(message);
    else if (message.topic == NodeProtocol::cancelTopic(m_options.name))
        onCancel(message);
}

void Node::onRequest(const MqttMessage &message)
{
    const ReplyTo to{message.responseTopic, message.correlationData};
    QString error;
    const auto request = NodeProtocol::decodeRequest(message.payload, &error);
    if (!request) {
        NodeProtocol::JobResponse r;
        r.node = m_options.name;
        r.jobId = QStringLiteral("?");
        r.status = JobStatus::Rejected;
        r.error = tr("bad job request: %1").arg(error);
        if (!to.topic.isEmpty())
            reply(to, NodeProtocol::encodeResponse(r));
        return;
    }
    // QoS 1 may deliver twice, and a controller may resend: the job runs once.
    if (m_memory.isFinished(request->jobId)) {
        ++m_duplicates;
        if (!to.topic.isEmpty())
            reply(to, m_memory.answer(request->jobId));
        return;
    }
    auto it = m_jobs.find(request->jobId);
    if (it != m_jobs.end()) {
        ++m_duplicates;
        if (!to.topic.isEmpty() && !it->replyTo.contains(to))
            it->replyTo.append(to);
        return;
    }
    // Saved before it can run: a node killed from here on answers it "node restarted".
    if (!m_memory.accepted(request->jobId))
        Q_EMIT warning(tr("job memory: %1").arg(m_memory.errorString()));
    Job job;
    job.request = *request;
    if (!to.topic.isEmpty())
        job.replyTo.append(to);
    Q_EMIT jobAccepted(request->jobId);

    // A run of one job on the instrument: the dispatcher orders it among the instrument's
    // other jobs (priority, then FIFO) and runs one at a time.
    const QString jobId = request->jobId;
    const RunEngine::ReadingCallback onReading = [this, jobId](const Reading &r) {
        auto found = m_jobs.find(jobId);
        if (found != m_jobs.end())
            found->reading = r;
    };
    error.clear();
    quint64 runId = 0;
    if (request->command) {
        // A command the controller formatted (a plan's `*OPC?`), sent as it is: `*OPC?` to
        // any instrument, anything else only where the profile lets commands be typed.
        const DriverProfile *profile = m_bench->profile(request->instrument);
        if (profile && !profile->rawScpi && request->command->text != QLatin1String("*OPC?"))
            error = tr("the profile of '%1' lets no command be typed (rawScpi is false); only "
                       "*OPC? is sent as a command")
                        .arg(request->instrument);
        else
            runId = m_engine->startOperation(request->instrument,
                                             request->command->toOperation(request->operation), {},
                                             request->priority, &error, onReading);
    } else {
        // A profile operation: one Measure step, checked against this node's profile.
        PlanStep step;
        step.type = PlanStep::Type::Measure;
        step.instruments.names = {request->instrument};
        step.operation = request->operation;
        step.parameters = request->parameters;
        Plan plan;
        plan.priority = request->priority;
        plan.steps = {step};
        runId = m_engine->start(plan, &error, onReading);
    }
    if (runId == 0) {
        m_jobs.insert(jobId, job);
        NodeProtocol::JobResponse r;
        r.status = JobStatus::Rejected;
        r.error = error;
        finish(jobId, std::move(r));
        return;
    }
    job.runId = runId;
    m_jobs.insert(jobId, job);
    m_runs.insert(runId, jobId);
}

qint64 Node::jobsRun() const
{
    qint64 running = 0;
    for (const Job &job : m_jobs)
        running += job.runId != 0 && m_engine->hasStarted(job.runId) ? 1 : 0;
    return m_jobsRun + running;
}

void Node::onCancel(const MqttMessage &message)
{
    QString error;
    const auto jobId = NodeProtocol::decodeCancel(message.payload, &error);
    if (!jobId) {
        Q_EMIT warning(tr("bad cancel: %1").arg(error));
        return;
    }
    if (m_memory.isFinished(*jobId))
        return; // too late: its answer stands
    auto it = m_jobs.find(*jobId);
    if (it == m_jobs.end()) {
        // Overtook its request: remembered as cancelled, so the request never runs.
        NodeProtocol::JobResponse r;
        r.status = JobStatus::Cancelled;
        r.error = tr("cancelled before it arrived");
        finish(*jobId, std::move(r));
        return;
    }
    // Cancelled in the dispatcher: dropped if it waits, stopped if it runs; either way its
    // run ends with a cancelled reading, which answers it.
    it->cancelRequested = true;
    m_engine->cancelRun(it->runId);
}

void Node::drainReadings()
{
    for (const Reading &r : m_engine->takeReadings()) {
        if (m_options.publishReadings && m_client->isConnected())
            m_client->publish(
                {NodeProtocol::readingTopic(m_options.name, r->instrument, r.quantityOrOperation()),
                 QJsonDocument(NodeProtocol::readingToJson(r)).toJson(QJsonDocument::Compact),
                 0,
                 false,
                 {},
                 {}});
    }
}

void Node::onRunFinished(quint64 runId)
{
    const QString jobId = m_runs.take(runId);
    if (jobId.isEmpty())
        return;
    const Job job = m_jobs.value(jobId);
    NodeProtocol::JobResponse r;
    r.reading = job.reading;
    if (job.reading.isNull()) {
        r.status = JobStatus::Failed;
        r.error = tr("the job ended without a reading");
    } else {
        r.status = job.reading->status;
        r.error = job.reading->error;
        r.failure = job.reading->failure;
        const bool started = job.reading->startedMonoNs != 0;
        if (started)
            ++m_jobsRun;
        if (r.status == JobStatus::Cancelled && job.cancelRequested)
            r.error = started ? tr("cancelled while running: %1").arg(r.error)
                              : tr("cancelled before it ran");
    }
    finish(jobId, std::move(r));
}

void Node::finish(const QString &jobId, NodeProtocol::JobResponse response)
{
    response.jobId = jobId;
    response.node = m_options.name;
    const QByteArray payload = NodeProtocol::encodeResponse(response);
    const QList<ReplyTo> targets = m_jobs.take(jobId).replyTo;
    // Saved before it leaves: a redelivery after a restart gets this same answer.
    if (!m_memory.finished(jobId, payload))
        Q_EMIT warning(tr("job memory: %1").arg(m_memory.errorString()));
    for (const ReplyTo &to : targets)
        reply(to, payload);
    Q_EMIT jobAnswered(jobId, response.status);
}

void Node::reply(const ReplyTo &to, const QByteArray &payload)
{
    // QoS 1: while the broker is down the answer is held and sent on reconnect.
    m_client->publish({to.topic, payload, 1, false, {}, to.correlation});
}

} // namespace ld
