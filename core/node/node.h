// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/mqttclient.h"
#include "node/nodeprotocol.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>

namespace ld {

class Bench;

/**
 * One PC's bench shared with the lab over MQTT (`labdispatch node`). Publishes presence
 * (retained "online", a will "offline"), the inventory and each instrument's state
 * (retained), and readings; runs job requests from controllers on its own Bench, so its
 * dispatcher keeps one job per instrument whoever asks. A job id seen before is answered
 * from memory and never run twice. Without a broker the bench goes on (and journals, if the
 * bench has a journal); on reconnect everything retained is published again.
 */
class Node : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString name;
        MqttClient::Options broker; ///< the will and client id are filled in by the node
        int rememberedJobs = 4096;  ///< finished job ids kept for duplicate detection
        bool publishReadings = true;
    };

    Node(Bench *bench, Options options, QObject *parent = nullptr);
    ~Node() override;

    /** Checks the name and starts connecting (and reconnecting) to the broker. */
    bool start(QString *error = nullptr);
    /** Publishes "offline" (retained) and leaves the broker cleanly. */
    void stop();

    QString name() const { return m_options.name; }
    MqttClient &client() { return *m_client; }
    /** Jobs run on the bench for requests; duplicates answered from memory are not counted. */
    qint64 jobsRun() const { return m_jobsRun; }
    qint64 duplicatesAnswered() const { return m_duplicates; }

Q_SIGNALS:
    /** A request was accepted (first delivery of its id). */
    void jobAccepted(const QString &jobId);
    /** A job's answer was published (or held until the broker is back). */
    void jobAnswered(const QString &jobId, ld::JobStatus status);

private:
    struct ReplyTo
    {
        QString topic;
        QByteArray correlation;
        bool operator==(const ReplyTo &o) const
        {
            return topic == o.topic && correlation == o.correlation;
        }
    };
    struct Job
    {
        NodeProtocol::JobRequest request;
        QList<ReplyTo> replyTo;
        bool done = false;
        QByteArray response;
    };
    struct InFlight
    {
        QString jobId;
        quint64 runId = 0;
        Reading reading;
    };

    void onConnected();
    void onMessage(const MqttMessage &message);
    void publishInventory();
    void publishState(const QString &instrument);
    void flushStates();
    void drainReadings();
    void pump(const QString &instrument);
    void onRunFinished(quint64 runId);
    void finish(const QString &jobId, NodeProtocol::JobResponse response);
    void reply(const ReplyTo &to, const QByteArray &payload);

    Bench *m_bench;
    Options m_options;
    std::unique_ptr<MqttClient> m_client;
    QHash<QString, Job> m_jobs;
    std::deque<QString> m_finishedOrder;           ///< oldest first, for forgetting
    QHash<QString, std::deque<QString>> m_waiting; ///< per instrument, by priority then FIFO
    QHash<QString, InFlight> m_inFlight;           ///< per instrument: at most one at a time
    QHash<quint64, QString> m_runs;                ///< bench run id -> instrument
    QSet<QString> m_dirtyStates;
    QHash<QString, QString> m_profiles; ///< instrument -> profile last in the inventory
    QTimer m_stateTimer;
    qint64 m_jobsRun = 0;
    qint64 m_duplicates = 0;
};

} // namespace ld
