// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "node/mqttclient.h"
#include "node/node.h"
#include "node/remotelab.h"
#include "nodefixture.h"
#include "plans/runengine.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"
#include "testbroker.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

#include <sys/socket.h>

using namespace ld;

namespace {
constexpr int kSafetyMs = 20000;

const char *kBenchJson = R"({
  "name": "node test",
  "instruments": [
    { "name": "sensor", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 12, "latencyMs": 2 },
    { "name": "dmm 1", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 11, "latencyMs": 2 }
  ]
})";
} // namespace

/**
 * Nodes and a controller through a real mosquitto: retained inventory and state, remote jobs,
 * duplicate delivery, a node killed mid-job, a broker restart.
 */
class TestNode : public QObject
{
    Q_OBJECT

private:
    ProfileRegistry m_profiles;
    std::unique_ptr<test::TestBroker> m_broker;
    QString m_nameA, m_nameB;
    std::unique_ptr<test::NodeFixture> m_a, m_b;
    std::unique_ptr<MqttClient> m_controllerClient;
    std::unique_ptr<Dispatcher> m_controllerDispatcher;
    std::unique_ptr<RemoteLab> m_lab;

    std::unique_ptr<test::NodeFixture> startNode(const QString &name, const QString &stateDir = {},
                                                 QStringList *warnings = nullptr,
                                                 std::optional<MqttClient::Options> broker = {})
    {
        return test::NodeFixture::start(m_profiles, kBenchJson, name,
                                        broker ? *broker : m_broker->clientOptions(), kSafetyMs,
                                        stateDir, warnings);
    }

    /** The retained messages under `filter` as a fresh subscriber sees them. */
    QHash<QString, QByteArray> retained(const QString &filter, int expected)
    {
        MqttClient c(m_broker->clientOptions());
        QHash<QString, QByteArray> seen;
        connect(&c, &MqttClient::messageReceived, &c, [&](const MqttMessage &m) {
            if (m.retain)
                seen.insert(m.topic, m.payload);
        });
        c.start();
        c.subscribe(filter, 1);
        if (!QTest::qWaitFor([&] { return seen.size() >= expected; }, kSafetyMs))
            qWarning("only %lld of %d retained messages", qint64(seen.size()), expected);
        return seen;
    }

    QList<JobResult> runAll(const QList<RemoteLab::Request> &requests)
    {
        QList<JobResult> results;
        QList<JobHandle> handles;
        for (const auto &r : requests)
            handles.append(m_lab->submit(r));
        if (!QTest::qWaitFor(
                [&] {
                    for (const JobHandle &h : handles)
                        if (!h.isFinished())
                            return false;
                    return true;
                },
                kSafetyMs))
            qWarning("jobs still pending after %d ms", kSafetyMs);
        for (const JobHandle &h : handles)
            results.append(h.result());
        return results;
    }

    /** A client that talks the protocol by hand: requests with ids of its choosing. */
    struct RawClient
    {
        std::unique_ptr<MqttClient> client;
        std::unique_ptr<QSignalSpy> answers;
        QString replies;
    };
    std::unique_ptr<RawClient> rawClient()
    {
        auto raw = std::make_unique<RawClient>();
        raw->client = std::make_unique<MqttClient>(m_broker->clientOptions());
        raw->answers =
            std::make_unique<QSignalSpy>(raw->client.get(), &MqttClient::messageReceived);
        raw->replies = test::TestBroker::uniqueName(QStringLiteral("tst/replies"));
        raw->client->start();
        raw->client->subscribe(raw->replies, 1);
        if (!QTest::qWaitFor([&] { return raw->client->isConnected(); }, kSafetyMs))
            qWarning("raw client did not connect");
        return raw;
    }
    bool sendRequest(RawClient &raw, const QString &node, const QString &jobId,
                     const QString &instrument = QStringLiteral("sensor"))
    {
        NodeProtocol::JobRequest r;
        r.jobId = jobId;
        r.instrument = instrument;
        r.operation = QStringLiteral("measure_temperature");
        return raw.client->publish({NodeProtocol::jobsTopic(node), NodeProtocol::encodeRequest(r),
                                    1, false, raw.replies, jobId.toUtf8()});
    }
    static std::optional<NodeProtocol::JobResponse> answerAt(const RawClient &raw, int i)
    {
        QString error;
        auto r = NodeProtocol::decodeResponse(raw.answers->at(i).at(0).value<MqttMessage>().payload,
                                              &error);
        if (!r)
            qWarning("bad answer: %s", qPrintable(error));
        return r;
    }
    /**
     * SCPI measurements of `instrument` on node `n` get no reply: a job on it runs until it is
     * cancelled, or ends as timed out after the instrument's 10 s timeout.
     */
    static void hangMeasurements(test::NodeFixture &n, const QString &instrument)
    {
        SimFaults f;
        f.flags = SimFaults::NoReply;
        f.onlyCommand = QByteArrayLiteral("MEAS");
        n.sim->setFaults(instrument, f);
    }

    static RemoteLab::Request request(const QString &node, const QString &instrument,
                                      const QString &op)
    {
        RemoteLab::Request r;
        r.node = node;
        r.instrument = instrument;
        r.operation = op;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        std::signal(SIGPIPE, SIG_IGN); // a killed node's last write goes to a dead socket
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 5);
    }

    void init()
    {
        if (!test::TestBroker::available())
            QSKIP(qPrintable(test::TestBroker::skipReason()));
        m_broker = std::make_unique<test::TestBroker>();
        QString error;
        QVERIFY2(m_broker->start(&error), qPrintable(error));
        m_nameA = test::TestBroker::uniqueName(QStringLiteral("pc-a"));
        m_nameB = test::TestBroker::uniqueName(QStringLiteral("pc-b"));
        m_a = startNode(m_nameA);
        m_b = startNode(m_nameB);
        QVERIFY(m_a && m_b);
        m_controllerClient = std::make_unique<MqttClient>(m_broker->clientOptions());
        m_controllerDispatcher = std::make_unique<Dispatcher>(4);
        RemoteLab::Options lo;
        lo.nodeLostGraceMs = 200;
        m_lab =
            std::make_unique<RemoteLab>(m_controllerClient.get(), m_controllerDispatcher.get(), lo);
        QVERIFY(m_controllerClient->start(&error));
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->node(m_nameA).online && m_lab->node(m_nameB).online,
                                 kSafetyMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_lab->instrument(m_nameA, QStringLiteral("sensor")).state,
                                  QStringLiteral("idle"), kSafetyMs);
    }

    void cleanup()
    {
        m_lab.reset();
        m_controllerDispatcher.reset();
        m_controllerClient.reset();
        m_a.reset();
        m_b.reset();
        m_broker.reset();
    }

    void nodePublishesPresenceInventoryAndStatesRetained()
    {
        const QString base = QStringLiteral("labdispatch/v1/") + m_nameA;
        const auto seen = retained(base + QStringLiteral("/#"), 4);
        QVERIFY2(seen.size() == 4, qPrintable(QStringList(seen.keys()).join(QLatin1Char(' '))));
        QCOMPARE(seen.value(base + QStringLiteral("/presence")), QByteArrayLiteral("online"));
        const QJsonObject inv =
            QJsonDocument::fromJson(seen.value(base + QStringLiteral("/inventory"))).object();
        QCOMPARE(inv.value(QStringLiteral("node")).toString(), m_nameA);
        const QJsonArray instruments = inv.value(QStringLiteral("instruments")).toArray();
        QCOMPARE(instruments.size(), 2);
        // A '/' in an instrument name is escaped, so it stays one topic level.
        const QJsonObject dmmState =
            QJsonDocument::fromJson(seen.value(base + QStringLiteral("/instruments/dmm 1/state")))
                .object();
        QCOMPARE(dmmState.value(QStringLiteral("name")).toString(), QStringLiteral("dmm 1"));
        QCOMPARE(dmmState.value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        QVERIFY(!dmmState.value(QStringLiteral("serial")).toString().isEmpty());
        // The controller sees the same lab, operations included.
        QCOMPARE(m_lab->nodes().size(), 2);
        const auto sensor = m_lab->instrument(m_nameA, QStringLiteral("sensor"));
        QVERIFY(sensor.nodeOnline);
        bool hasTemperature = false;
        for (const QJsonValue &op : sensor.operations)
            hasTemperature |= op.toObject().value(QStringLiteral("id")).toString() ==
                              QLatin1String("measure_temperature");
        QVERIFY(hasTemperature);
    }

    void remoteJobsRunOnBothNodesAndComeBackAsReadings()
    {
        QList<RemoteLab::Request> requests;
        for (int i = 0; i < 5; ++i) {
            requests.append(
                request(m_nameA, QStringLiteral("sensor"), QStringLiteral("measure_temperature")));
            requests.append(
                request(m_nameB, QStringLiteral("sensor"), QStringLiteral("measure_temperature")));
        }
        const auto results = runAll(requests);
        QCOMPARE(results.size(), 10);
        for (int i = 0; i < results.size(); ++i) {
            const JobResult &r = results.at(i);
            QVERIFY2(r.ok(), qPrintable(r.error));
            const Reading reading = r.value.value<Reading>();
            QVERIFY(!reading.isNull());
            QCOMPARE(reading->instrument,
                     RemoteLab::key(i % 2 ? m_nameB : m_nameA, QStringLiteral("sensor")));
            QVERIFY(std::holds_alternative<double>(reading->value));
            QVERIFY(!reading->unit.isEmpty());
        }
        QCOMPARE(m_a->node->jobsRun(), 5);
        QCOMPARE(m_b->node->jobsRun(), 5);
        QCOMPARE(m_a->bench->status(QStringLiteral("sensor")).jobsDone, 5);
    }

    void controllersCapHoldsAcrossTheLab()
    {
        QVERIFY(m_controllerDispatcher->setCap(2));
        QList<RemoteLab::Request> requests;
        for (int i = 0; i < 4; ++i)
            for (const QString &node : {m_nameA, m_nameB})
                for (const QString &inst : {QStringLiteral("sensor")})
                    requests.append(request(node, inst, QStringLiteral("measure_temperature")));
        for (const QString &node : {m_nameA, m_nameB})
            requests.append(
                request(node, QStringLiteral("dmm 1"), QStringLiteral("measure_voltage_dc")));
        const auto results = runAll(requests);
        for (const JobResult &r : results)
            QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(m_controllerDispatcher->counters().peakRunning <= 2);
        QCOMPARE(m_controllerDispatcher->counters().succeeded, qint64(requests.size()));
    }

    void errorsOnTheNodeComeBackAsFailedJobs_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QVariantMap>("parameters");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown instrument") << "nope"
                                            << "measure_temperature" << QVariantMap{} << "nope";
        QTest::newRow("operation the profile lacks")
            << "sensor"
            << "measure_voltage_dc" << QVariantMap{} << "measure_voltage_dc";
        // A controller that does not check (another version, a script on the broker) gets the
        // same refusal from the node as a local run.
        QTest::newRow("parameter the operation lacks")
            << "sensor"
            << "set_averaging" << QVariantMap{{QStringLiteral("cont"), 8}}
            << "unknown parameter 'cont' (set_averaging takes count)";
        QTest::newRow("control byte in a quoted text")
            << "dmm 1"
            << "display_text" << QVariantMap{{QStringLiteral("text"), QStringLiteral("a\x1b")}}
            << "control character";
    }
    void errorsOnTheNodeComeBackAsFailedJobs()
    {
        QFETCH(QString, instrument);
        QFETCH(QString, operation);
        QFETCH(QVariantMap, parameters);
        QFETCH(QString, expected);
        RemoteLab::Request r = request(m_nameA, instrument, operation);
        r.parameters = parameters;
        const auto results = runAll({r});
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).status, JobStatus::Failed);
        QVERIFY2(results.at(0).error.contains(expected), qPrintable(results.at(0).error));
        QCOMPARE(m_a->node->jobsRun(), 0); // refused before it reached the bench
    }

    void duplicateDeliveryRunsTheJobOnce()
    {
        MqttClient raw(m_broker->clientOptions());
        QSignalSpy answers(&raw, &MqttClient::messageReceived);
        raw.start();
        const QString replies = QStringLiteral("tst/replies/") + m_nameA;
        raw.subscribe(replies, 1);
        QTRY_VERIFY_WITH_TIMEOUT(raw.isConnected(), kSafetyMs);
        NodeProtocol::JobRequest r;
        r.jobId = test::TestBroker::uniqueName(QStringLiteral("dup"));
        r.instrument = QStringLiteral("sensor");
        r.operation = QStringLiteral("measure_temperature");
        const qint64 doneBefore = m_a->bench->status(QStringLiteral("sensor")).jobsDone;
        const MqttMessage m{NodeProtocol::jobsTopic(m_nameA),
                            NodeProtocol::encodeRequest(r),
                            1,
                            false,
                            replies,
                            r.jobId.toUtf8()};
        // Delivered again while it is on the bench: the node's dispatcher is paused, so it is
        // certainly unfinished when the copy arrives; the copy joins it.
        QSignalSpy accepted(m_a->node.get(), &Node::jobAccepted);
        m_a->dispatcher->pause();
        QVERIFY(raw.publish(m));
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kSafetyMs);
        QVERIFY(raw.publish(m));
        QTRY_COMPARE_WITH_TIMEOUT(m_a->node->duplicatesAnswered(), 1, kSafetyMs);
        QCOMPARE(answers.count(), 0);
        m_a->dispatcher->resume();
        // Both copies had the same reply address: one answer.
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 1, kSafetyMs);
        // Once more after it finished: answered from memory.
        QVERIFY(raw.publish(m));
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 2, kSafetyMs);
        QCOMPARE(answers.at(0).at(0).value<MqttMessage>().payload,
                 answers.at(1).at(0).value<MqttMessage>().payload);
        QCOMPARE(answers.at(1).at(0).value<MqttMessage>().correlationData, r.jobId.toUtf8());
        QCOMPARE(m_a->node->jobsRun(), 1);
        QCOMPARE(m_a->node->duplicatesAnswered(), 2);
        QCOMPARE(m_a->bench->status(QStringLiteral("sensor")).jobsDone, doneBefore + 1);
    }

    void badRequestIsAnsweredAndRunsNothing_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("words");
        QTest::newRow("not JSON") << QByteArrayLiteral("{not json") << QStringLiteral("JSON");
        QTest::newRow("a job format newer than the node's")
            << QByteArrayLiteral(
                   R"({"format":3,"id":"b1","instrument":"sensor","operation":"identify"})")
            << QStringLiteral("job format 3 is not one this node reads (1 to 2)");
        QTest::newRow("a command smuggling a second line")
            << QByteArrayLiteral(R"({"format":2,"id":"b2","instrument":"sensor","operation":)"
                                 R"("*OPC?","command":{"text":"*OPC?\n*RST","reply":"number"}})")
            << QStringLiteral("\"command.text\" must be one line");
        QTest::newRow("a command with parameters to fill")
            << QByteArrayLiteral(R"({"format":2,"id":"b3","instrument":"sensor","operation":"x",)"
                                 R"("parameters":{"v":1},"command":{"text":"X","reply":"none"}})")
            << QStringLiteral("takes no \"parameters\"");
        QTest::newRow("a command whose reply no profile names")
            << QByteArrayLiteral(R"({"format":2,"id":"b4","instrument":"sensor","operation":"x",)"
                                 R"("command":{"text":"X?","reply":"float"}})")
            << QStringLiteral("\"command.reply\"");
    }

    void badRequestIsAnsweredAndRunsNothing()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, words);
        MqttClient raw(m_broker->clientOptions());
        QSignalSpy answers(&raw, &MqttClient::messageReceived);
        raw.start();
        raw.subscribe(QStringLiteral("tst/bad"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(raw.isConnected(), kSafetyMs);
        QVERIFY(raw.publish({NodeProtocol::jobsTopic(m_nameA), payload, 1, false,
                             QStringLiteral("tst/bad"), QByteArrayLiteral("c1")}));
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 1, kSafetyMs);
        QString error;
        const auto r =
            NodeProtocol::decodeResponse(answers.at(0).at(0).value<MqttMessage>().payload, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->status, JobStatus::Rejected);
        QVERIFY2(r->error.contains(words), qPrintable(r->error));
        QCOMPARE(m_a->node->jobsRun(), 0);
    }

    void killedNodesJobsEndAsLostWhileTheOtherNodeGoesOn()
    {
        // Node A's sensor never answers, so its jobs are still running when A dies.
        hangMeasurements(*m_a, QStringLiteral("sensor"));
        QSignalSpy lost(m_lab.get(), &RemoteLab::nodeLost);
        QList<JobHandle> onA, onB;
        for (int i = 0; i < 3; ++i) {
            onA.append(m_lab->submit(
                request(m_nameA, QStringLiteral("sensor"), QStringLiteral("measure_temperature"))));
            onB.append(m_lab->submit(
                request(m_nameB, QStringLiteral("dmm 1"), QStringLiteral("measure_voltage_dc"))));
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_a->node->jobsRun() >= 1, kSafetyMs);
        m_a->kill();

        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, kSafetyMs);
        QCOMPARE(lost.at(0).at(0).toString(), m_nameA);
        for (const JobHandle &h : onA) {
            QTRY_VERIFY_WITH_TIMEOUT(h.isFinished(), kSafetyMs);
            QCOMPARE(h.status(), JobStatus::Failed);
            QVERIFY2(h.errorString().startsWith(QStringLiteral("node lost")),
                     qPrintable(h.errorString()));
        }
        for (const JobHandle &h : onB) {
            QTRY_VERIFY_WITH_TIMEOUT(h.isFinished(), kSafetyMs);
            QVERIFY2(h.status() == JobStatus::Succeeded, qPrintable(h.errorString()));
        }
        // New jobs for the lost node fail at once; the other node still serves.
        const auto after = runAll(
            {request(m_nameA, QStringLiteral("sensor"), QStringLiteral("measure_temperature")),
             request(m_nameB, QStringLiteral("sensor"), QStringLiteral("measure_temperature"))});
        QVERIFY(after.at(0).error.startsWith(QStringLiteral("node lost")));
        QVERIFY2(after.at(1).ok(), qPrintable(after.at(1).error));
        // What anyone joining later sees: the will left "offline" retained.
        const QString presence = NodeProtocol::presenceTopic(m_nameA);
        QCOMPARE(retained(presence, 1).value(presence), QByteArrayLiteral("offline"));
        QVERIFY(!m_lab->node(m_nameA).online);
    }

    void cancellingARunningRemoteJobStopsItOnTheNode()
    {
        // Uncancelled, the job would end as timed out.
        hangMeasurements(*m_a, QStringLiteral("sensor"));
        QSignalSpy answered(m_a->node.get(), &Node::jobAnswered);
        const JobHandle h = m_lab->submit(
            request(m_nameA, QStringLiteral("sensor"), QStringLiteral("measure_temperature")));
        QTRY_COMPARE_WITH_TIMEOUT(m_a->bench->status(QStringLiteral("sensor")).state,
                                  InstrumentState::Busy, kSafetyMs);
        QCOMPARE(m_a->node->jobsRun(), 1);
        h.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(h.status(), JobStatus::Cancelled, kSafetyMs);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, kSafetyMs);
        QCOMPARE(answered.at(0).at(1).value<JobStatus>(), JobStatus::Cancelled);
        // The node's "cancelled" reached the controller after the job had ended there.
        QTRY_COMPARE_WITH_TIMEOUT(m_lab->lateAnswers(), 1, kSafetyMs);
        QCOMPARE(h.status(), JobStatus::Cancelled);
        QCOMPARE(m_controllerDispatcher->counters().cancelled, 1);
        QCOMPARE(m_a->bench->status(QStringLiteral("sensor")).jobsDone, 0);
        // The instrument is free again and answers the next job.
        m_a->sim->setFaults(QStringLiteral("sensor"), SimFaults{});
        const auto after = runAll(
            {request(m_nameA, QStringLiteral("sensor"), QStringLiteral("measure_temperature"))});
        QVERIFY2(after.at(0).ok(), qPrintable(after.at(0).error));
        QCOMPARE(m_a->node->jobsRun(), 2);
    }

    void cancellingARemoteJobWaitingOnTheNodeDropsItUnrun()
    {
        // Another controller's long job holds the sensor, so ours waits on the node.
        hangMeasurements(*m_a, QStringLiteral("sensor"));
        auto other = rawClient();
        QSignalSpy accepted(m_a->node.get(), &Node::jobAccepted);
        QSignalSpy answered(m_a->node.get(), &Node::jobAnswered);
        const QString blocker = test::TestBroker::uniqueName(QStringLiteral("blocker"));
        QVERIFY(sendRequest(*other, m_nameA, blocker));
        QTRY_COMPARE_WITH_TIMEOUT(m_a->bench->status(QStringLiteral("sensor")).state,
                                  InstrumentState::Busy, kSafetyMs);
        const JobHandle h = m_lab->submit(
            request(m_nameA, QStringLiteral("sensor"), QStringLiteral("measure_temperature")));
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 2, kSafetyMs);
        const QString ours = accepted.at(1).at(0).toString();
        QCOMPARE(m_a->node->jobsRun(), 1);
        h.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, kSafetyMs);
        QCOMPARE(answered.at(0).at(0).toString(), ours);
        QCOMPARE(answered.at(0).at(1).value<JobStatus>(), JobStatus::Cancelled);
        QCOMPARE(h.status(), JobStatus::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(m_lab->lateAnswers(), 1, kSafetyMs);
        // Dropped, never run; the blocker still runs.
        QCOMPARE(m_a->node->jobsRun(), 1);
        QCOMPARE(m_a->bench->status(QStringLiteral("sensor")).state, InstrumentState::Busy);

        // The same cancel by hand for the running blocker: answered on its own reply address.
        QVERIFY(other->client->publish({NodeProtocol::cancelTopic(m_nameA),
                                        NodeProtocol::encodeCancel(blocker),
                                        1,
                                        false,
                                        {},
                                        {}}));
        QTRY_COMPARE_WITH_TIMEOUT(other->answers->count(), 1, kSafetyMs);
        const auto r = answerAt(*other, 0);
        QVERIFY(r);
        QCOMPARE(r->jobId, blocker);
        QCOMPARE(r->status, JobStatus::Cancelled);
        QCOMPARE(other->answers->at(0).at(0).value<MqttMessage>().correlationData,
                 blocker.toUtf8());
        QCOMPARE(m_a->node->jobsRun(), 1);
    }

    void cancelThatOvertakesItsRequestKeepsTheJobFromRunning()
    {
        auto raw = rawClient();
        const QString id = test::TestBroker::uniqueName(QStringLiteral("early"));
        QVERIFY(raw->client->publish({NodeProtocol::cancelTopic(m_nameA),
                                      NodeProtocol::encodeCancel(id),
                                      1,
                                      false,
                                      {},
                                      {}}));
        QSignalSpy answered(m_a->node.get(), &Node::jobAnswered);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, kSafetyMs);
        QVERIFY(sendRequest(*raw, m_nameA, id));
        QTRY_COMPARE_WITH_TIMEOUT(raw->answers->count(), 1, kSafetyMs);
        QCOMPARE(answerAt(*raw, 0)->status, JobStatus::Cancelled);
        QCOMPARE(m_a->node->jobsRun(), 0);
    }

    void restartedNodeAnswersFinishedIdsFromItsStateFolder()
    {
        QTemporaryDir state;
        QVERIFY(state.isValid());
        const QString name = test::TestBroker::uniqueName(QStringLiteral("pc-r"));
        auto raw = rawClient();
        const QString id = test::TestBroker::uniqueName(QStringLiteral("kept"));
        QByteArray firstAnswer;
        {
            auto n = startNode(name, state.path());
            QVERIFY(n);
            QVERIFY(sendRequest(*raw, name, id));
            QTRY_COMPARE_WITH_TIMEOUT(raw->answers->count(), 1, kSafetyMs);
            firstAnswer = raw->answers->at(0).at(0).value<MqttMessage>().payload;
            QCOMPARE(answerAt(*raw, 0)->status, JobStatus::Succeeded);
            QCOMPARE(n->node->jobsRun(), 1);
        }
        auto again = startNode(name, state.path());
        QVERIFY(again);
        QCOMPARE(again->node->rememberedJobs(), 1);
        QVERIFY(sendRequest(*raw, name, id));
        QTRY_COMPARE_WITH_TIMEOUT(raw->answers->count(), 2, kSafetyMs);
        QCOMPARE(raw->answers->at(1).at(0).value<MqttMessage>().payload, firstAnswer);
        QCOMPARE(again->node->jobsRun(), 0);
        QCOMPARE(again->node->duplicatesAnswered(), 1);
        QCOMPARE(again->bench->status(QStringLiteral("sensor")).jobsDone, 0);
    }

    void jobAcceptedWhenTheNodeDiedIsAnsweredNodeRestartedNeverRerun()
    {
        QTemporaryDir state;
        QVERIFY(state.isValid());
        const QString name = test::TestBroker::uniqueName(QStringLiteral("pc-r"));
        auto raw = rawClient();
        const QString id = test::TestBroker::uniqueName(QStringLiteral("half"));
        {
            auto n = startNode(name, state.path());
            QVERIFY(n);
            hangMeasurements(*n, QStringLiteral("sensor"));
            QVERIFY(sendRequest(*raw, name, id));
            QTRY_COMPARE_WITH_TIMEOUT(n->bench->status(QStringLiteral("sensor")).state,
                                      InstrumentState::Busy, kSafetyMs);
            n->kill();
        }
        QCOMPARE(raw->answers->count(), 0);
        auto again = startNode(name, state.path());
        QVERIFY(again);
        QVERIFY(sendRequest(*raw, name, id)); // the controller's redelivery
        QTRY_COMPARE_WITH_TIMEOUT(raw->answers->count(), 1, kSafetyMs);
        const auto r = answerAt(*raw, 0);
        QVERIFY(r);
        QCOMPARE(r->status, JobStatus::Failed);
        QVERIFY2(r->error.startsWith(QStringLiteral("node restarted")), qPrintable(r->error));
        QCOMPARE(again->node->jobsRun(), 0);
        QCOMPARE(again->bench->status(QStringLiteral("sensor")).jobsDone, 0);
    }

    void corruptStateFileWarnsAndTheNodeStartsWithAnEmptyMemory()
    {
        QTemporaryDir state;
        QVERIFY(state.isValid());
        QFile f(QDir(state.path()).filePath(JobMemory::stateFileName()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\":\"labdispatch-node-jobs\",\"version\":1}\n\x01\x02 not a record\n");
        f.close();
        QStringList warnings;
        const QString name = test::TestBroker::uniqueName(QStringLiteral("pc-c"));
        auto n = startNode(name, state.path(), &warnings);
        QVERIFY(n);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).contains(QStringLiteral("corrupt")), qPrintable(warnings.at(0)));
        QCOMPARE(n->node->rememberedJobs(), 0);
        QCOMPARE(n->node->stateFile(), f.fileName());
        // It serves as usual.
        auto raw = rawClient();
        QVERIFY(sendRequest(*raw, name, test::TestBroker::uniqueName(QStringLiteral("after"))));
        QTRY_COMPARE_WITH_TIMEOUT(raw->answers->count(), 1, kSafetyMs);
        QCOMPARE(answerAt(*raw, 0)->status, JobStatus::Succeeded);
    }

    void nodeAndControllerWorkOverTlsWithALogin()
    {
        if (!test::TestBroker::tlsAvailable())
            QSKIP(qPrintable(test::TestBroker::tlsSkipReason()));
        test::TestBroker secure;
        QString error;
        QVERIFY2(secure.useTls(&error), qPrintable(error));
        QVERIFY2(
            secure.start(&error, {QStringLiteral("node:n0de-pw"), QStringLiteral("ctl:c0ntrol")}),
            qPrintable(error));
        auto login = [&](const QString &user, const QString &password) {
            MqttClient::Options o = m_broker->clientOptions();
            o.port = secure.port();
            o.tls = MqttClient::Tls{secure.caFile(), {}, {}, {}, false};
            o.username = user;
            o.password = password;
            return o;
        };
        const QString name = test::TestBroker::uniqueName(QStringLiteral("pc-tls"));
        auto n =
            startNode(name, {}, nullptr, login(QStringLiteral("node"), QStringLiteral("n0de-pw")));
        QVERIFY(n);
        QVERIFY2(n->node->client().isConnected(), qPrintable(n->node->client().lastError()));
        MqttClient controller(login(QStringLiteral("ctl"), QStringLiteral("c0ntrol")));
        Dispatcher dispatcher(2);
        RemoteLab lab(&controller, &dispatcher, RemoteLab::Options{});
        QVERIFY(controller.start(&error));
        QTRY_COMPARE_WITH_TIMEOUT(lab.instrument(name, QStringLiteral("sensor")).state,
                                  QStringLiteral("idle"), kSafetyMs);
        const JobHandle h = lab.submit(
            request(name, QStringLiteral("sensor"), QStringLiteral("measure_temperature")));
        QTRY_VERIFY_WITH_TIMEOUT(h.isFinished(), kSafetyMs);
        QVERIFY2(h.status() == JobStatus::Succeeded, qPrintable(h.errorString()));
        QCOMPARE(h.result().value.value<Reading>()->instrument,
                 RemoteLab::key(name, QStringLiteral("sensor")));
        // The plain broker of this test never saw the node.
        QVERIFY(!m_lab->nodes().contains(name));

        // A controller with the right CA and a wrong password gets nothing, and says why.
        MqttClient intruder(login(QStringLiteral("ctl"), QStringLiteral("guess")));
        RemoteLab blind(&intruder, &dispatcher, RemoteLab::Options{});
        QSignalSpy refused(&intruder, &MqttClient::connectionError);
        QVERIFY(intruder.start(&error));
        QTRY_VERIFY_WITH_TIMEOUT(refused.count() >= 1, kSafetyMs);
        QVERIFY2(intruder.lastError().contains(QStringLiteral("authori"), Qt::CaseInsensitive),
                 qPrintable(intruder.lastError()));
        QVERIFY(blind.nodes().isEmpty());
    }

    void nodeThatNeverAnswersEndsItsJobsAsLostAfterTheTimeout()
    {
        RemoteLab::Request r =
            request(QStringLiteral("ghost"), QStringLiteral("x"), QStringLiteral("y"));
        r.timeoutMs = 200;
        const auto results = runAll({r});
        QCOMPARE(results.at(0).status, JobStatus::Failed);
        QVERIFY2(results.at(0).error.contains(QStringLiteral("node lost: ghost did not answer")),
                 qPrintable(results.at(0).error));
        QCOMPARE(m_lab->pendingJobs(), 0);
    }

    void brokerRestartNodeRepublishesItsRetainedStateAndServesAgain()
    {
        if (!m_broker->ownsProcess())
            QSKIP("an external broker cannot be restarted");
        QSignalSpy nodeBack(&m_a->node->client(), &MqttClient::connected);
        m_broker->kill();
        QTRY_VERIFY_WITH_TIMEOUT(!m_a->node->client().isConnected(), kSafetyMs);
        // Meanwhile the bench goes on locally.
        RunRequest local;
        local.instruments = {QStringLiteral("sensor")};
        local.operation = QStringLiteral("measure_temperature");
        QSignalSpy localDone(m_a->engine.get(), &RunEngine::runFinished);
        QVERIFY(m_a->engine->start(local) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(localDone.count(), 1, kSafetyMs);

        QString error;
        QVERIFY2(m_broker->restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(nodeBack.count() >= 1, kSafetyMs);
        // The broker keeps nothing (no persistence): only the node's republish can put these
        // back.
        const QString base = QStringLiteral("labdispatch/v1/") + m_nameA;
        const auto seen = retained(base + QStringLiteral("/#"), 4);
        QCOMPARE(seen.value(base + QStringLiteral("/presence")), QByteArrayLiteral("online"));
        QVERIFY(seen.contains(base + QStringLiteral("/inventory")));
        QVERIFY(seen.contains(base + QStringLiteral("/instruments/sensor/state")));
        QTRY_VERIFY_WITH_TIMEOUT(m_controllerClient->isConnected(), kSafetyMs);
        const auto results = runAll(
            {request(m_nameA, QStringLiteral("sensor"), QStringLiteral("measure_temperature"))});
        QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).error));
    }
};

QTEST_GUILESS_MAIN(TestNode)
#include "tst_node.moc"
