// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "binaryprocess.h"
#include "instruments/profileregistry.h"
#include "node/mqttclient.h"
#include "node/remotelab.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"
#include "testbroker.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ld;

#ifndef LABDISPATCH_BINARY
#error "LABDISPATCH_BINARY must name the labdispatch executable"
#endif

namespace {
constexpr int kSafetyMs = 30000;

/** The instruments both PCs' benches are made of, served by this test's simulator. */
const char *kSim = R"({ "instruments": [
  { "name": "a sensor", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 1, "latencyMs": 2 },
  { "name": "a dmm", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 2, "latencyMs": 2 },
  { "name": "b sensor", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 3, "latencyMs": 300 },
  { "name": "b dmm", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 4, "latencyMs": 40 }
] })";

/** `labdispatch node` as its own process, with a bench file naming simulated instruments. */
struct NodeProcess
{
    QString name;
    QString stateDir;
    QString benchFile;
    test::BinaryProcess binary;

    bool start(const QString &broker, QString *error)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return binary.start(QStringLiteral(LABDISPATCH_BINARY),
                            {QStringLiteral("node"), QStringLiteral("--broker"), broker,
                             QStringLiteral("--name"), name, QStringLiteral("--bench"), benchFile,
                             QStringLiteral("--state-dir"), stateDir,
                             QStringLiteral("--runs-folder"), stateDir + QStringLiteral("/runs")},
                            error, kSafetyMs, env);
    }
    QProcess *process() const { return binary.process(); }
};
} // namespace

/**
 * Real `labdispatch node` processes, a real broker and an in-process controller: a node killed
 * with SIGKILL mid-job, the other going on, and the killed one restarted on its state folder.
 */
class TestNodeProcess : public QObject
{
    Q_OBJECT

private:
    ProfileRegistry m_profiles;
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestBroker> m_broker;
    std::unique_ptr<SimBench> m_sim;
    NodeProcess m_a, m_b;
    std::unique_ptr<MqttClient> m_client;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<RemoteLab> m_lab;

    /** An app bench file naming the simulator's `prefix` instruments "sensor" and "dmm 1". */
    bool writeBench(const QString &path, const QString &prefix)
    {
        QJsonArray instruments;
        for (const auto &[simName, name] :
             {std::pair{QStringLiteral("sensor"), QStringLiteral("sensor")},
              std::pair{QStringLiteral("dmm"), QStringLiteral("dmm 1")}}) {
            const QString resource = m_sim->resource(prefix + QLatin1Char(' ') + simName);
            if (resource.isEmpty())
                return false;
            // Long query timeouts: a job that hangs ends only when its node dies.
            instruments.append(QJsonObject{{QStringLiteral("name"), name},
                                           {QStringLiteral("resource"), resource},
                                           {QStringLiteral("timeoutMs"), 120000},
                                           {QStringLiteral("simulated"), true}});
        }
        QFile f(path);
        return f.open(QIODevice::WriteOnly) &&
               f.write(QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1},
                                                 {QStringLiteral("name"), prefix},
                                                 {QStringLiteral("instruments"), instruments}})
                           .toJson()) > 0;
    }

    bool labSeesIdle(const QString &node)
    {
        return m_lab->node(node).online &&
               m_lab->instrument(node, QStringLiteral("sensor")).state == QLatin1String("idle") &&
               m_lab->instrument(node, QStringLiteral("dmm 1")).state == QLatin1String("idle");
    }

    /** What anyone joining later sees: the retained presence of `node`. */
    QByteArray retainedPresence(const QString &node)
    {
        MqttClient c(m_broker->clientOptions());
        QByteArray presence;
        connect(&c, &MqttClient::messageReceived, &c, [&](const MqttMessage &m) {
            if (m.retain && m.topic == NodeProtocol::presenceTopic(node))
                presence = m.payload;
        });
        c.start();
        c.subscribe(NodeProtocol::presenceTopic(node), 1);
        if (!QTest::qWaitFor([&] { return !presence.isEmpty(); }, kSafetyMs))
            qWarning("no retained presence for %s", qPrintable(node));
        return presence;
    }

    /** Whether node `n` has written `jobId` into its job memory as accepted. */
    static bool acceptedInStateFile(const NodeProcess &n, const QString &jobId)
    {
        QFile f(QDir(n.stateDir).filePath(QStringLiteral("jobs.jsonl")));
        return f.open(QIODevice::ReadOnly) &&
               f.readAll().contains(QJsonDocument(QJsonObject{{QStringLiteral("accepted"), jobId}})
                                        .toJson(QJsonDocument::Compact));
    }

    static RemoteLab::Request request(const QString &node, const QString &instrument)
    {
        RemoteLab::Request r;
        r.node = node;
        r.instrument = instrument;
        r.operation = instrument == QLatin1String("sensor") ? QStringLiteral("measure_temperature")
                                                            : QStringLiteral("measure_voltage_dc");
        return r;
    }

    /** Measurements of simulated instrument `simName` are never answered. */
    void hang(const QString &simName)
    {
        SimFaults f;
        f.flags = SimFaults::NoReply;
        f.onlyCommand = QByteArrayLiteral("MEAS");
        QVERIFY(m_sim->setFaults(simName, f));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::TestBroker::available())
            QSKIP(qPrintable(test::TestBroker::skipReason()));
        QVERIFY2(QFile::exists(QStringLiteral(LABDISPATCH_BINARY)), LABDISPATCH_BINARY);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 5);
    }

    void init()
    {
        m_broker = std::make_unique<test::TestBroker>();
        QString error;
        QVERIFY2(m_broker->start(&error), qPrintable(error));
        m_sim = std::make_unique<SimBench>();
        const auto specs = SimBench::parse(kSim, &error);
        QVERIFY2(specs, qPrintable(error));
        QVERIFY2(m_sim->start(m_profiles, *specs, &error), qPrintable(error));

        const QString broker = QStringLiteral("%1:%2").arg(m_broker->host()).arg(m_broker->port());
        for (auto [node, prefix] :
             {std::pair{&m_a, QStringLiteral("a")}, std::pair{&m_b, QStringLiteral("b")}}) {
            node->name = test::TestBroker::uniqueName(QStringLiteral("pc-") + prefix);
            node->stateDir = m_dir.filePath(node->name);
            node->benchFile = m_dir.filePath(node->name + QStringLiteral(".json"));
            node->binary.setLogFile(m_dir.filePath(node->name + QStringLiteral(".log")));
            QVERIFY(writeBench(node->benchFile, prefix));
            QVERIFY2(node->start(broker, &error), qPrintable(error));
        }

        m_client = std::make_unique<MqttClient>(m_broker->clientOptions());
        m_dispatcher = std::make_unique<Dispatcher>(8);
        RemoteLab::Options lo;
        lo.nodeLostGraceMs = 200;
        lo.responseTimeoutMs = 120000; // "node lost" must come from the will, not a timeout
        m_lab = std::make_unique<RemoteLab>(m_client.get(), m_dispatcher.get(), lo);
        QVERIFY(m_client->start(&error));
        QTRY_VERIFY2_WITH_TIMEOUT(labSeesIdle(m_a.name) && labSeesIdle(m_b.name),
                                  qPrintable(m_a.binary.stderrText() + m_b.binary.stderrText()),
                                  kSafetyMs);
    }

    void cleanup()
    {
        m_lab.reset();
        m_dispatcher.reset();
        m_client.reset();
        m_a.binary.kill();
        m_b.binary.kill();
        m_sim.reset();
        m_broker.reset();
    }

    void sigkilledNodesJobsEndAsLostTheOtherGoesOnAndItsRestartReplaysNothing()
    {
        // Everything node A is asked to measure hangs, so A dies with all its jobs unfinished.
        hang(QStringLiteral("a sensor"));
        hang(QStringLiteral("a dmm"));
        if (QTest::currentTestFailed())
            return;
        QSignalSpy lost(m_lab.get(), &RemoteLab::nodeLost);
        QList<JobHandle> onA, onB;
        for (int i = 0; i < 3; ++i) {
            onA.append(m_lab->submit(request(m_a.name, QStringLiteral("sensor"))));
            onA.append(m_lab->submit(request(m_a.name, QStringLiteral("dmm 1"))));
        }
        for (int i = 0; i < 10; ++i) {
            onB.append(m_lab->submit(request(m_b.name, QStringLiteral("sensor"))));
            onB.append(m_lab->submit(request(m_b.name, QStringLiteral("dmm 1"))));
        }
        // A second controller's job, by hand with an id we know, waits on A behind ours.
        MqttClient raw(m_broker->clientOptions());
        QSignalSpy rawAnswers(&raw, &MqttClient::messageReceived);
        const QString replies = test::TestBroker::uniqueName(QStringLiteral("tst/replies"));
        raw.start();
        raw.subscribe(replies, 1);
        QTRY_VERIFY_WITH_TIMEOUT(raw.isConnected(), kSafetyMs);
        NodeProtocol::JobRequest waiting;
        waiting.jobId = test::TestBroker::uniqueName(QStringLiteral("raw"));
        waiting.instrument = QStringLiteral("sensor");
        waiting.operation = QStringLiteral("measure_temperature");
        const MqttMessage waitingRequest{NodeProtocol::jobsTopic(m_a.name),
                                         NodeProtocol::encodeRequest(waiting),
                                         1,
                                         false,
                                         replies,
                                         waiting.jobId.toUtf8()};
        QVERIFY(raw.publish(waitingRequest));

        // A is busy on both instruments (as it reports them), B on its sensor; the controller
        // holds B's queued jobs back over the kill, so some of B's work certainly spans it.
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->instrument(m_a.name, QStringLiteral("sensor")).state ==
                                         QLatin1String("busy") &&
                                     m_lab->instrument(m_a.name, QStringLiteral("dmm 1")).state ==
                                         QLatin1String("busy") &&
                                     m_lab->instrument(m_b.name, QStringLiteral("sensor")).state ==
                                         QLatin1String("busy"),
                                 kSafetyMs);
        // ... and A has recorded the hand-made job as accepted (it may run on A only later).
        QTRY_VERIFY_WITH_TIMEOUT(acceptedInStateFile(m_a, waiting.jobId), kSafetyMs);
        m_dispatcher->pause();
        int finishedOnB = 0;
        for (const JobHandle &h : onB)
            finishedOnB += h.isFinished() ? 1 : 0;
        m_a.process()->kill();
        QVERIFY(m_a.process()->waitForFinished(kSafetyMs));
        QCOMPARE(m_a.process()->exitStatus(), QProcess::CrashExit);
        m_dispatcher->resume();

        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, kSafetyMs);
        QCOMPARE(lost.at(0).at(0).toString(), m_a.name);
        for (const JobHandle &h : onA) {
            QTRY_VERIFY_WITH_TIMEOUT(h.isFinished(), kSafetyMs);
            QCOMPARE(h.status(), JobStatus::Failed);
            QVERIFY2(h.errorString().startsWith(QStringLiteral("node lost")),
                     qPrintable(h.errorString()));
            QVERIFY2(!h.errorString().contains(QStringLiteral("did not answer")),
                     qPrintable(h.errorString()));
        }
        // B's jobs, some still queued or running when A died, all succeed.
        QVERIFY(finishedOnB < onB.size());
        for (const JobHandle &h : onB) {
            QTRY_VERIFY_WITH_TIMEOUT(h.isFinished(), kSafetyMs);
            QVERIFY2(h.status() == JobStatus::Succeeded, qPrintable(h.errorString()));
            QCOMPARE(h.result().value.value<Reading>()->instrument.section(QLatin1Char('/'), 0, 0),
                     m_b.name);
        }
        QVERIFY(m_lab->node(m_b.name).online);
        QCOMPARE(retainedPresence(m_a.name), QByteArrayLiteral("offline"));
        QCOMPARE(retainedPresence(m_b.name), QByteArrayLiteral("online"));

        // A comes back on its state folder. The job it had accepted and never finished is
        // answered "node restarted" when delivered again, and not run: its instruments answer
        // now, so a rerun would have succeeded.
        m_sim->setFaults(QStringLiteral("a sensor"), SimFaults{});
        m_sim->setFaults(QStringLiteral("a dmm"), SimFaults{});
        QString error;
        QVERIFY2(
            m_a.start(QStringLiteral("%1:%2").arg(m_broker->host()).arg(m_broker->port()), &error),
            qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(labSeesIdle(m_a.name), qPrintable(m_a.binary.stderrText()),
                                  kSafetyMs);
        QCOMPARE(rawAnswers.count(), 0);
        QVERIFY(raw.publish(waitingRequest));
        QTRY_COMPARE_WITH_TIMEOUT(rawAnswers.count(), 1, kSafetyMs);
        QString why;
        const auto answer =
            NodeProtocol::decodeResponse(rawAnswers.at(0).at(0).value<MqttMessage>().payload, &why);
        QVERIFY2(answer, qPrintable(why));
        QCOMPARE(answer->jobId, waiting.jobId);
        QCOMPARE(answer->status, JobStatus::Failed);
        QVERIFY2(answer->error.startsWith(QStringLiteral("node restarted")),
                 qPrintable(answer->error));
        // And it serves new jobs.
        const JobHandle fresh = m_lab->submit(request(m_a.name, QStringLiteral("sensor")));
        QTRY_VERIFY_WITH_TIMEOUT(fresh.isFinished(), kSafetyMs);
        QVERIFY2(fresh.status() == JobStatus::Succeeded, qPrintable(fresh.errorString()));

        // A clean stop (SIGTERM) leaves "offline" too, and exits 0.
        m_b.process()->terminate();
        QVERIFY(m_b.process()->waitForFinished(kSafetyMs));
        QCOMPARE(m_b.process()->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_b.process()->exitCode(), 0);
        QCOMPARE(retainedPresence(m_b.name), QByteArrayLiteral("offline"));
    }
};

QTEST_GUILESS_MAIN(TestNodeProcess)
#include "tst_nodeprocess.moc"
