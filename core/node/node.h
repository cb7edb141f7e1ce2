// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/jobmemory.h"
#include "node/mqttclient.h"
#include "node/nodeprotocol.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace ld {

class Bench;
class RunEngine;

/**
 * One PC's bench shared with the lab over MQTT (`labdispatch node`). Publishes presence
 * (retained "online", a will "offline"), the inventory and each instrument's state
 * (retained), and readings; runs each job request from controllers as a one-step run of the
 * engine on its own Bench, so its dispatcher keeps one job per instrument whoever asks
 * (highest priority first, FIFO within one), and the run's reading is the job's answer. A job
 * id seen before is answered
 * from memory and never run twice; with a state folder that memory survives restarts. A cancel
 * drops a waiting job or stops a running one, and either is answered "cancelled". Without a
 * broker the bench goes on (and journals, if the bench has a journal); on reconnect everything
 * retained is published again.
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
        /** Where the job memory is kept across restarts (JobMemory); empty: memory only. */
        QString stateDirectory;
    };

    /** `engine` (not owned) runs the jobs on `bench`, which must be one of its targets. */
    Node(Bench *bench, RunEngine *engine, Options options, QObject *parent = nullptr);
    ~Node() override;

    /**
     * Checks the name, opens the state folder (if any) and starts connecting (and
     * reconnecting) to the broker. Jobs the previous run accepted but never finished are
     * answered "node restarted" from then on, never run.
     */
    bool start(QString *error = nullptr);
    /** Publishes "offline" (retained) and leaves the broker cleanly. */
    void stop();

    QString name() const { return m_options.name; }
    MqttClient &client() { return *m_client; }
    /**
     * Jobs that started on the bench for requests (running or finished); duplicates answered
     * from memory and jobs cancelled while they waited are not counted.
     */
    qint64 jobsRun() const;
    qint64 duplicatesAnswered() const { return m_duplicates; }
    /** Finished jobs whose answers are remembered (read back from the state folder too). */
    int rememberedJobs() const { return m_memory.finishedCount(); }
    /** The job memory's file, empty without a state folder. */
    QString stateFile() const { return m_memory.isPersistent() ? m_memory.fileName() : QString(); }

Q_SIGNALS:
    /** A request was accepted (first delivery of its id). */
    void jobAccepted(const QString &jobId);
    /** A job's answer was published (or held until the broker is back). */
    void jobAnswered(const QString &jobId, ld::JobStatus status);
    /** Something the operator should know that does not stop the node (a corrupt state file). */
    void warning(const QString &text);

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
    /** A job accepted and not yet finished; finished ones live in m_memory. */
    struct Job
    {
        NodeProtocol::JobRequest request;
        QList<ReplyTo> replyTo;
        quint64 runId = 0; ///< its run of the engine
        Reading reading;   ///< the run's reading, once it came
        bool cancelRequested = false;
    };

    void onConnected();
    void onMessage(const MqttMessage &message);
    void onRequest(const MqttMessage &message);
    void onCancel(const MqttMessage &message);
    void publishInventory();
    void publishState(const QString &instrument);
    void flushStates();
    void drainReadings();
    void onRunFinished(quint64 runId);
    void finish(const QString &jobId, NodeProtocol::JobResponse response);
    void reply(const ReplyTo &to, const QByteArray &payload);

    Bench *m_bench;
    RunEngine *m_engine;
    Options m_options;
    std::unique_ptr<MqttClient> m_client;
    JobMemory m_memory;
    QHash<QString, Job> m_jobs;     ///< waiting or running
    QHash<quint64, QString> m_runs; ///< engine run id -> job id
    QSet<QString> m_dirtyStates;
    QHash<QString, QString> m_profiles; ///< instrument -> profile last in the inventory
    QTimer m_stateTimer;
    qint64 m_jobsRun = 0; ///< finished after they started
    qint64 m_duplicates = 0;
};

} // namespace ld
