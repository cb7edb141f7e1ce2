// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node/node.h"

#include "instruments/bench.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace ld {

namespace {
/** State changes come per job; the retained state is republished at most this often. */
constexpr int kStateCoalesceMs = 50;
} // namespace

Node::Node(Bench *bench, Options options, QObject *parent)
    : QObject(parent)
    , m_bench(bench)
    , m_options(std::move(options))
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
    connect(m_bench, &Bench::readingsAvailable, this, &Node::drainReadings);
    connect(m_bench, &Bench::runFinished, this, &Node::onRunFinished);
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
    if (message.topic != NodeProtocol::jobsTopic(m_options.name))
        return;
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
    auto it = m_jobs.find(request->jobId);
    if (it != m_jobs.end()) {
        // QoS 1 may deliver twice, and a controller may resend: the job runs once.
        ++m_duplicates;
        if (it->done) {
            if (!to.topic.isEmpty())
                reply(to, it->response);
        } else if (!to.topic.isEmpty() && !it->replyTo.contains(to)) {
            it->replyTo.append(to);
        }
        return;
    }
    Job job;
    job.request = *request;
    if (!to.topic.isEmpty())
        job.replyTo.append(to);
    m_jobs.insert(request->jobId, job);
    Q_EMIT jobAccepted(request->jobId);

    // Waiting per instrument, highest priority first, FIFO within a priority.
    std::deque<QString> &queue = m_waiting[request->instrument];
    auto pos = queue.end();
    while (pos != queue.begin() &&
           m_jobs.value(*std::prev(pos)).request.priority < request->priority)
        --pos;
    queue.insert(pos, request->jobId);
    pump(request->instrument);
}

void Node::pump(const QString &instrument)
{
    // One job per instrument on the bench at a time: its reading is then unambiguously the
    // job's, and the bench's dispatcher would serialise them by key anyway.
    while (!m_inFlight.contains(instrument)) {
        auto w = m_waiting.find(instrument);
        if (w == m_waiting.end() || w->empty()) {
            m_waiting.remove(instrument);
            return;
        }
        const QString jobId = w->front();
        w->pop_front();
        const NodeProtocol::JobRequest &req = m_jobs[jobId].request;
        Bench::RunRequest run;
        run.instruments = {instrument};
        run.operation = req.operation;
        run.parameters = req.parameters;
        run.priority = req.priority;
        QString error;
        const quint64 runId = m_bench->run(run, &error);
        if (runId == 0) {
            NodeProtocol::JobResponse r;
            r.status = JobStatus::Rejected;
            r.error = error;
            finish(jobId, std::move(r));
            continue;
        }
        ++m_jobsRun;
        m_inFlight.insert(instrument, {jobId, runId, {}});
        m_runs.insert(runId, instrument);
    }
}

void Node::drainReadings()
{
    for (const Reading &r : m_bench->takeReadings()) {
        auto it = m_inFlight.find(r->instrument);
        if (it != m_inFlight.end())
            it->reading = r;
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
    const QString instrument = m_runs.take(runId);
    if (instrument.isEmpty())
        return;
    drainReadings(); // the run's reading was queued before the run was reported finished
    const InFlight done = m_inFlight.take(instrument);
    NodeProtocol::JobResponse r;
    r.reading = done.reading;
    if (done.reading.isNull()) {
        r.status = JobStatus::Failed;
        r.error = tr("the job ended without a reading");
    } else {
        r.status = done.reading->status;
        r.error = done.reading->error;
    }
    finish(done.jobId, std::move(r));
    pump(instrument);
}

void Node::finish(const QString &jobId, NodeProtocol::JobResponse response)
{
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    response.jobId = jobId;
    response.node = m_options.name;
    it->done = true;
    it->response = NodeProtocol::encodeResponse(response);
    const QList<ReplyTo> targets = std::exchange(it->replyTo, {});
    const QByteArray payload = it->response;
    m_finishedOrder.push_back(jobId);
    while (int(m_finishedOrder.size()) > m_options.rememberedJobs) {
        m_jobs.remove(m_finishedOrder.front());
        m_finishedOrder.pop_front();
    }
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
