// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node/remotelab.h"

#include "node/mqttclient.h"
#include "scheduler/dispatcher.h"
#include "scheduler/executor.h"
#include "scheduler/handoff.h"

#include <QJsonDocument>
#include <QPointer>
#include <QThread>
#include <QUuid>

namespace ld {

struct RemoteLab::Pending
{
    Pending(JobContext c, QString n, QString i)
        : ctx(std::move(c))
        , node(std::move(n))
        , instrument(std::move(i))
    {}
    JobContext ctx;
    QString node;
    QString instrument;
    MqttMessage request; ///< sent again, same id, when the broker comes back
    int timeoutMs = 0;
    bool sent = false;
    QTimer timeout;
};

RemoteLab::RemoteLab(MqttClient *client, Dispatcher *dispatcher, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dispatcher(dispatcher)
    , m_options(std::move(options))
    , m_executor(std::make_unique<ThreadExecutor>(thread(), QStringLiteral("remote-lab")))
{
    if (m_options.controllerId.isEmpty())
        m_options.controllerId =
            QStringLiteral("c-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_repliesTopic = NodeProtocol::repliesTopic(m_options.controllerId);
    m_session = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString root = QString::fromLatin1(NodeProtocol::kRoot);
    m_client->subscribe(root + QStringLiteral("/+/presence"), 1);
    m_client->subscribe(root + QStringLiteral("/+/inventory"), 1);
    m_client->subscribe(root + QStringLiteral("/+/instruments/+/state"), 1);
    m_client->subscribe(m_repliesTopic, 1);
    connect(client, &MqttClient::messageReceived, this, &RemoteLab::onMessage);
    connect(client, &MqttClient::disconnected, this, &RemoteLab::onBrokerDown);
    connect(client, &MqttClient::connected, this, &RemoteLab::onBrokerBack);
    m_brokerGrace.setSingleShot(true);
    connect(&m_brokerGrace, &QTimer::timeout, this, &RemoteLab::loseBroker);
}

RemoteLab::~RemoteLab()
{
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        // Nobody waits for these any more; a node never saw those not sent.
        if (it.value()->sent)
            sendCancel(it.value()->node, it.key());
        it.value()->ctx.cancelled(tr("the controller closed"));
    }
}

QString RemoteLab::key(const QString &node, const QString &instrument)
{
    return node + QLatin1Char('/') + instrument;
}

QStringList RemoteLab::nodes() const
{
    QStringList names = m_nodes.keys();
    names.sort();
    return names;
}

RemoteLab::NodeInfo RemoteLab::node(const QString &name) const
{
    return m_nodes.value(name).info;
}

QList<RemoteLab::RemoteInstrument> RemoteLab::instruments() const
{
    QList<RemoteInstrument> all;
    for (const QString &n : nodes()) {
        const NodeData &d = m_nodes[n];
        for (const QString &i : d.info.instruments)
            all.append(instrument(n, i));
    }
    return all;
}

RemoteLab::RemoteInstrument RemoteLab::instrument(const QString &node, const QString &name) const
{
    const auto n = m_nodes.constFind(node);
    if (n == m_nodes.cend())
        return {};
    RemoteInstrument r = n->instruments.value(name);
    r.node = node;
    r.name = name;
    r.nodeOnline = n->info.online;
    return r;
}

void RemoteLab::onMessage(const MqttMessage &message)
{
    if (message.topic == m_repliesTopic) {
        onResponse(message);
        return;
    }
    const NodeProtocol::TopicInfo t = NodeProtocol::parseTopic(message.topic);
    if (t.kind.isEmpty() || t.kind == QLatin1String("jobs") || t.kind == QLatin1String("reading"))
        return;
    NodeData &d = m_nodes[t.node];
    d.info.name = t.node;
    if (t.kind == QLatin1String("presence")) {
        const bool online = message.payload == NodeProtocol::kOnline;
        d.presenceKnown = true;
        d.info.online = online;
        if (online) {
            if (d.lostTimer)
                d.lostTimer->stop();
        } else {
            if (!d.lostTimer) {
                d.lostTimer = new QTimer(this);
                d.lostTimer->setSingleShot(true);
                const QString node = t.node;
                connect(d.lostTimer, &QTimer::timeout, this, [this, node] { loseNode(node); });
            }
            d.lostTimer->start(m_options.nodeLostGraceMs);
        }
        Q_EMIT nodeChanged(t.node);
    } else if (t.kind == QLatin1String("inventory")) {
        const QJsonObject o = QJsonDocument::fromJson(message.payload).object();
        d.info.bench = o.value(QStringLiteral("bench")).toString();
        d.info.instruments.clear();
        for (const QJsonValue &v : o.value(QStringLiteral("instruments")).toArray()) {
            const QJsonObject i = v.toObject();
            const QString name = i.value(QStringLiteral("name")).toString();
            d.info.instruments.append(name);
            d.instruments[name].operations = i.value(QStringLiteral("operations")).toArray();
        }
        Q_EMIT nodeChanged(t.node);
    } else if (t.kind == QLatin1String("state")) {
        RemoteInstrument &i = d.instruments[t.instrument];
        i.status = QJsonDocument::fromJson(message.payload).object();
        i.state = i.status.value(QStringLiteral("state")).toString();
        Q_EMIT instrumentChanged(t.node, t.instrument);
    }
}

JobHandle RemoteLab::submit(const Request &request,
                            std::function<void(const JobResult &)> onFinished)
{
    QPointer<RemoteLab> self(this);
    const quint64 losses = m_brokerLosses;
    JobSpec spec = JobSpec::async(
        [self, request, losses](JobContext ctx) {
            if (!self) {
                ctx.fail(tr("the controller closed"));
                return;
            }
            // Queued while the broker was lost: it ends with the rest of that run.
            if (losses != self->m_brokerLosses) {
                ctx.fail(self->brokerLostText());
                return;
            }
            self->start(std::move(ctx), request);
        },
        key(request.node, request.instrument), request.priority);
    spec.executor = m_executor.get();
    spec.onFinished = std::move(onFinished);
    return m_dispatcher->submit(std::move(spec));
}

void RemoteLab::start(JobContext ctx, const Request &request)
{
    // On this object's thread (the executor), so the client and the maps are ours.
    if (ctx.token().isCancelled()) {
        ctx.cancelled();
        return;
    }
    if (m_brokerDown && !m_brokerGrace.isActive()) {
        ctx.fail(brokerLostText());
        return;
    }
    const auto n = m_nodes.constFind(request.node);
    if (n != m_nodes.cend() && n->presenceKnown && !n->info.online) {
        ctx.fail(tr("node lost: %1 is offline").arg(request.node));
        return;
    }
    // The session part keeps ids unique when a controller comes back under the same id: a
    // node remembers answers across restarts, and a repeated id would get an old one.
    const QString jobId = QStringLiteral("%1-%2-%3")
                              .arg(m_options.controllerId, m_session, QString::number(++m_nextJob));
    NodeProtocol::JobRequest r;
    r.jobId = jobId;
    r.instrument = request.instrument;
    r.operation = request.operation;
    r.parameters = request.parameters;
    r.command = request.command;
    r.priority = request.priority;
    auto p = std::make_shared<Pending>(ctx, request.node, request.instrument);
    p->request = {NodeProtocol::jobsTopic(request.node),
                  NodeProtocol::encodeRequest(r),
                  1,
                  false,
                  m_repliesTopic,
                  jobId.toUtf8()};
    p->timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : m_options.responseTimeoutMs;
    p->timeout.setSingleShot(true);
    connect(&p->timeout, &QTimer::timeout, this,
            [this, jobId, node = request.node, timeoutMs = p->timeoutMs] {
                // A node that is slow rather than gone would still hold its instrument for us.
                sendCancel(node, jobId);
                failPending(jobId, tr("node lost: %1 did not answer within %2 ms")
                                       .arg(node, QString::number(timeoutMs)));
            });
    // While the broker is down the job waits here, unsent, for it to come back.
    QString error;
    if (!m_brokerDown && !send(*p, &error)) {
        ctx.fail(tr("cannot send the job to %1: %2").arg(request.node, error));
        return;
    }
    m_pending.insert(jobId, p);
    QPointer<RemoteLab> self(this);
    ctx.token().onCancelled([self, jobId] {
        // Any thread: the rest happens on ours. The job ends here now; the node is told, and
        // its answer (cancelled, or done if it won the race) is then ignored.
        postTo(self, [self, jobId] {
            if (!self)
                return;
            if (const auto cancelled = self->m_pending.take(jobId)) {
                if (cancelled->sent)
                    self->sendCancel(cancelled->node, jobId);
                cancelled->ctx.cancelled();
            }
        });
    });
}

void RemoteLab::onResponse(const MqttMessage &message)
{
    const QString jobId = QString::fromUtf8(message.correlationData);
    const std::shared_ptr<Pending> p = m_pending.take(jobId);
    if (!p) {
        ++m_lateAnswers; // a duplicate answer, or one for a job already lost or cancelled
        return;
    }
    QString error;
    const auto r = NodeProtocol::decodeResponse(message.payload, &error);
    if (!r) {
        p->ctx.fail(tr("bad answer from %1: %2").arg(p->node, error));
        return;
    }
    switch (r->status) {
    case JobStatus::Succeeded: {
        Reading::Fields f = r->reading.isNull() ? Reading::Fields{} : r->reading.fields();
        f.instrument = key(p->node, p->instrument);
        p->ctx.succeed(QVariant::fromValue(Reading(std::move(f))));
        break;
    }
    case JobStatus::TimedOut:
        p->ctx.timedOut(r->error, r->failure);
        break;
    case JobStatus::Cancelled:
        p->ctx.cancelled(r->error);
        break;
    default:
        p->ctx.fail(r->error.isEmpty() ? jobStatusName(r->status) : r->error,
                    r->failure == FailureKind::None ? FailureKind::Other : r->failure);
        break;
    }
}

void RemoteLab::failPending(const QString &jobId, const QString &error)
{
    if (const std::shared_ptr<Pending> p = m_pending.take(jobId))
        p->ctx.fail(error);
}

bool RemoteLab::send(Pending &p, QString *error)
{
    *error = tr("the broker connection is closed");
    if (!m_client || !m_client->publish(p.request, error))
        return false;
    p.sent = true;
    p.timeout.start(p.timeoutMs);
    return true;
}

void RemoteLab::sendCancel(const QString &node, const QString &jobId)
{
    // QoS 1, held while the broker is down; a node that is gone never sees it, and needs not.
    if (m_client)
        m_client->publish(
            {NodeProtocol::cancelTopic(node), NodeProtocol::encodeCancel(jobId), 1, false, {}, {}});
}

void RemoteLab::loseNode(const QString &node)
{
    if (m_nodes.value(node).info.online)
        return;
    QStringList ids;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it.value()->node == node)
            ids.append(it.key());
    for (const QString &id : std::as_const(ids))
        failPending(id, tr("node lost: %1 went offline").arg(node));
    Q_EMIT nodeLost(node);
}

void RemoteLab::onBrokerDown(const QString &reason)
{
    if (!m_client || m_client->state() == MqttClient::State::Stopped)
        return; // closed on purpose
    m_brokerDown = true;
    m_brokerReason = reason;
    // Nobody can answer while the broker is gone: that time is not the node's.
    for (const std::shared_ptr<Pending> &p : std::as_const(m_pending))
        p->timeout.stop();
    m_brokerGrace.start(m_options.brokerLostGraceMs);
    Q_EMIT brokerDown(reason);
}

void RemoteLab::onBrokerBack()
{
    if (!m_brokerDown)
        return; // the first connect
    m_brokerDown = false;
    m_brokerGrace.stop();
    // Sent again under the same id: the node runs a job once, and answers a repeat with the
    // answer it stored (an answer sent while we were away is lost with our session).
    const QStringList ids = m_pending.keys();
    for (const QString &id : ids) {
        const std::shared_ptr<Pending> p = m_pending.value(id);
        QString error;
        if (p && !send(*p, &error))
            failPending(id, tr("cannot send the job to %1: %2").arg(p->node, error));
    }
    Q_EMIT brokerBack();
}

QString RemoteLab::brokerLostText() const
{
    return tr("broker lost: no connection to the broker for %1 ms (%2)")
        .arg(m_options.brokerLostGraceMs)
        .arg(m_brokerReason);
}

void RemoteLab::loseBroker()
{
    ++m_brokerLosses;
    const QString error = brokerLostText();
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        // Held for the reconnect: a node should not finish a job nobody waits for.
        if (it.value()->sent)
            sendCancel(it.value()->node, it.key());
        it.value()->ctx.fail(error);
    }
    Q_EMIT brokerLost(m_brokerReason);
}

} // namespace ld
