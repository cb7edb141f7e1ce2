// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/nodeprotocol.h"
#include "scheduler/jobhandle.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace ld {

class Dispatcher;
class MqttClient;
class ThreadExecutor;
struct MqttMessage;

/**
 * The controller's view of a lab shared over MQTT: every node's presence, inventory and
 * instrument states (from their retained messages), and remote jobs. A remote job is an
 * asynchronous job of the controller's own dispatcher, keyed "node/instrument", so the
 * controller's cap holds across the lab; it publishes the request and holds its slot until
 * the node answers. A node that goes offline (its will) for longer than a grace period, or
 * that does not answer in time, ends its jobs as failed with "node lost". Cancelling a remote
 * job ends it here at once and tells its node, which drops or stops it; the node's answer to
 * a job that already ended here is ignored (and counted).
 *
 * When the broker connection drops, brokerDown() says so at once and the jobs wait: their
 * response timeouts pause, and jobs that start meanwhile are not sent. If the client is back
 * within Options::brokerLostGraceMs, every waiting job is sent (again, under the same id: a
 * node runs an id once and answers a repeat with its stored answer) and its timeout starts
 * afresh. Otherwise brokerLost() follows, and every job submitted before it, sent or still
 * queued in the dispatcher, fails with "broker lost" (the node is not to blame).
 */
class RemoteLab : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString controllerId;          ///< empty: a random one; names the reply topic
        int responseTimeoutMs = 30000; ///< per job, from publishing the request
        int nodeLostGraceMs = 2000;    ///< offline this long and its pending jobs are lost
        int brokerLostGraceMs = 10000; ///< the broker gone this long and every job is lost
    };

    struct RemoteInstrument
    {
        QString node;
        QString name;
        QString state; ///< instrumentStateName() as the node reported it; "" before any
        bool nodeOnline = false;
        QJsonObject status;    ///< the node's retained state message
        QJsonArray operations; ///< from the node's inventory
    };

    struct NodeInfo
    {
        QString name;
        bool online = false;
        QString bench;
        QStringList instruments;
    };

    /** What to run where. */
    struct Request
    {
        QString node;
        QString instrument;
        QString operation;
        QVariantMap parameters;
        /** Instead of a profile operation: this command, `operation` naming it. */
        std::optional<NodeProtocol::Command> command;
        int priority = 0;
        int timeoutMs = -1; ///< -1: Options::responseTimeoutMs
    };

    /** `client` (not owned) is started by the caller; this subscribes on it. */
    RemoteLab(MqttClient *client, Dispatcher *dispatcher, Options options,
              QObject *parent = nullptr);
    ~RemoteLab() override;

    QStringList nodes() const;
    NodeInfo node(const QString &name) const;
    QList<RemoteInstrument> instruments() const;
    RemoteInstrument instrument(const QString &node, const QString &name) const;
    static QString key(const QString &node, const QString &instrument);

    /**
     * Submits a remote job to the dispatcher. Its value on success is a Reading (QVariant)
     * whose instrument is "node/instrument". A node known to be offline fails it at once.
     */
    JobHandle submit(const Request &request,
                     std::function<void(const JobResult &)> onFinished = {});
    int pendingJobs() const { return int(m_pending.size()); }
    /** The dispatcher remote jobs run through (the controller's). */
    Dispatcher *dispatcher() const { return m_dispatcher; }
    /** Answers that came for jobs already ended here (cancelled, lost, timed out) and were
     * ignored. */
    qint64 lateAnswers() const { return m_lateAnswers; }

Q_SIGNALS:
    void nodeChanged(const QString &node);
    void instrumentChanged(const QString &node, const QString &instrument);
    /** The node has been offline for the grace period; its pending jobs failed. */
    void nodeLost(const QString &node);
    /** The broker connection dropped; jobs wait up to Options::brokerLostGraceMs for it. */
    void brokerDown(const QString &reason);
    /** The broker is back after brokerDown(); the waiting jobs were sent again. */
    void brokerBack();
    /** The broker stayed away for the grace period; every job submitted so far failed. */
    void brokerLost(const QString &reason);

private:
    struct Pending;
    void onMessage(const MqttMessage &message);
    void onResponse(const MqttMessage &message);
    void start(JobContext ctx, const Request &request);
    void failPending(const QString &jobId, const QString &error);
    /** Publishes the job's request and starts its response timeout. */
    bool send(Pending &pending, QString *error);
    void sendCancel(const QString &node, const QString &jobId);
    void loseNode(const QString &node);
    void onBrokerDown(const QString &reason);
    void onBrokerBack();
    void loseBroker();
    QString brokerLostText() const;

    QPointer<MqttClient> m_client; ///< not owned; may go before this does
    Dispatcher *m_dispatcher;
    Options m_options;
    QString m_repliesTopic;
    QString m_session; ///< random per instance, part of every job id
    std::unique_ptr<ThreadExecutor> m_executor;
    quint64 m_nextJob = 0;
    qint64 m_lateAnswers = 0;
    bool m_brokerDown = false;  ///< dropped, and not back yet
    QString m_brokerReason;     ///< why it dropped
    quint64 m_brokerLosses = 0; ///< jobs submitted before the latest loss fail when they start
    QTimer m_brokerGrace;
    struct NodeData
    {
        NodeInfo info;
        bool presenceKnown = false;
        QHash<QString, RemoteInstrument> instruments;
        QTimer *lostTimer = nullptr;
    };
    QHash<QString, NodeData> m_nodes;
    QHash<QString, std::shared_ptr<Pending>> m_pending; ///< by job id
};

} // namespace ld
