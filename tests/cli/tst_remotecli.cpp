// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "binaryrun.h"
#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "journalinstruments.h"
#include "node/node.h"
#include "nodefixture.h"
#include "results/journal.h"
#include "results/journalreader.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"
#include "testbroker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace ld;

namespace {
constexpr int kSafetyMs = 30000;

const char *kBenchJson = R"({
  "name": "remote cli test",
  "instruments": [
    { "name": "sensor", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 21, "latencyMs": 1 },
    { "name": "dmm 1", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 22, "latencyMs": 1 }
  ]
})";

} // namespace

/**
 * The command line as a controller of a shared lab: the real binary runs `list --broker` and
 * `run --broker` against nodes on a private mosquitto, and what it prints and journals is
 * checked against what the nodes have.
 */
class TestRemoteCli : public QObject
{
    Q_OBJECT

private:
    using Result = test::BinaryResult;

    ProfileRegistry m_profiles;
    test::TestBroker m_broker;
    std::unique_ptr<test::NodeFixture> m_node;
    QTemporaryDir m_nodeRuns;
    std::unique_ptr<Journal> m_nodeJournal; ///< what the node measured, to compare with
    const QString m_nodeName = QStringLiteral("bench-a");

    QString broker() const { return QStringLiteral("127.0.0.1:%1").arg(m_broker.port()); }

    /** Runs the binary while this process's event loop serves the in-process node. */
    static Result runCli(const QStringList &args, int timeoutMs = 60000)
    {
        return test::runBinary(QStringLiteral(LABDISPATCH_BINARY), args, timeoutMs);
    }

    std::unique_ptr<test::NodeFixture> startNode(const QString &name)
    {
        return startNodeOn(m_broker, name);
    }

    /** A node `name` serving the simulated bench `json` in the lab of `broker`. */
    std::unique_ptr<test::NodeFixture>
    startNodeOn(const test::TestBroker &broker, const QString &name, const char *json = kBenchJson)
    {
        MqttClient::Options o;
        o.host = broker.host();
        o.port = broker.port();
        return test::NodeFixture::start(m_profiles, json, name, o, kSafetyMs);
    }

    /** True once `list` on the lab at `address` shows `count` instruments, every one idle. */
    static bool labIsIdle(const QString &address, qsizetype count)
    {
        const Result r = runCli({QStringLiteral("list"), QStringLiteral("--broker"), address,
                                 QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        for (const QJsonValue &v : list)
            if (v[QStringLiteral("state")].toString() != QLatin1String("idle"))
                return false;
        return r.exitCode == 0 && list.size() == count;
    }

    /** The readings of a journal, in order. */
    static QList<Reading> journalReadings(const QString &path)
    {
        JournalReader reader(path);
        QList<Reading> all;
        if (!reader.open())
            return all;
        Reading r;
        while (reader.next(r))
            all.append(r);
        return all;
    }

    /** The node-side readings, as its bench journaled them. */
    QList<Reading> nodeReadings() const
    {
        m_nodeJournal->sync();
        return journalReadings(m_nodeJournal->journalPath());
    }

    /** The instruments of the node whose profile offers `op`, as "node/name". */
    QStringList offering(const QString &op) const
    {
        QStringList names;
        for (const QString &name : m_node->bench->names()) {
            const DriverProfile *p = m_node->bench->profile(name);
            if (p && p->operation(op))
                names.append(m_nodeName + QLatin1Char('/') + name);
        }
        names.sort();
        return names;
    }

    static int freeClosedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort(); // closed again when probe goes
    }

private Q_SLOTS:
    void initTestCase()
    {
        std::signal(SIGPIPE, SIG_IGN);
        if (!test::TestBroker::available())
            QSKIP(qPrintable(test::TestBroker::skipReason()));
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 5);
        QString error;
        QVERIFY2(m_broker.start(&error), qPrintable(error));
        m_node = startNode(m_nodeName);
        QVERIFY(m_node);
        m_nodeJournal = std::make_unique<Journal>(m_nodeRuns.path());
        RunInfo info;
        info.startedWallNs = wallNowNs();
        info.runId = Journal::newRunId(info.startedWallNs);
        QVERIFY2(m_nodeJournal->open(info), qPrintable(m_nodeJournal->errorString()));
        m_node->engine->setJournal(m_nodeJournal.get());
        // The node publishes its retained inventory and states once connected; wait for them.
        QTRY_VERIFY_WITH_TIMEOUT(labIsIdle(broker(), m_node->bench->names().size()), kSafetyMs);
    }

    void cleanupTestCase()
    {
        if (m_node)
            m_node->engine->setJournal(nullptr);
        m_node.reset();
        m_nodeJournal.reset();
        m_broker.kill();
    }

    void listShowsEveryInstrumentAsItsNodeReportsIt()
    {
        const Result r = runCli({QStringLiteral("list"), QStringLiteral("--broker"), broker(),
                                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        const QList<InstrumentStatus> statuses = m_node->bench->statuses();
        QCOMPARE(list.size(), statuses.size());
        for (const InstrumentStatus &s : statuses) {
            QJsonObject found;
            for (const QJsonValue &v : list)
                if (v[QStringLiteral("name")].toString() == s.config.name)
                    found = v.toObject();
            QVERIFY2(!found.isEmpty(), qPrintable(s.config.name));
            QCOMPARE(found.value(QStringLiteral("node")).toString(), m_nodeName);
            QCOMPARE(found.value(QStringLiteral("online")).toBool(), true);
            QCOMPARE(found.value(QStringLiteral("state")).toString(), instrumentStateName(s.state));
            QCOMPARE(found.value(QStringLiteral("resource")).toString(), s.config.resource);
            QCOMPARE(found.value(QStringLiteral("vendor")).toString(), s.identity.vendor);
            QCOMPARE(found.value(QStringLiteral("model")).toString(), s.identity.model);
            QCOMPARE(found.value(QStringLiteral("serial")).toString(), s.identity.serial);
            QCOMPARE(found.value(QStringLiteral("firmware")).toString(), s.identity.firmware);
            QCOMPARE(found.value(QStringLiteral("profile")).toString(), s.profileId);
            QCOMPARE(found.value(QStringLiteral("simulated")).toBool(), s.config.simulated);
        }
    }

    void listTableHasOneRowPerInstrument()
    {
        const Result r = runCli({QStringLiteral("list"), QStringLiteral("--broker"), broker()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const InstrumentStatus &s : m_node->bench->statuses()) {
            bool seen = false;
            for (const QString &line : r.out.split(QLatin1Char('\n')))
                seen |= line.startsWith(m_nodeName) && line.contains(s.config.name) &&
                        line.contains(QStringLiteral("online")) &&
                        line.contains(s.identity.serial) && line.contains(s.profileId);
            QVERIFY2(seen, qPrintable(r.out));
        }
    }

    void runJournalsWhatTheNodeMeasured()
    {
        QTemporaryDir runs;
        const QString op = QStringLiteral("measure_temperature");
        const QStringList selection = offering(op);
        QVERIFY(!selection.isEmpty());
        const qint64 runBefore = m_node->node->jobsRun();
        const qsizetype nodeBefore = nodeReadings().size();
        const int repeat = 4;
        const Result r =
            runCli({QStringLiteral("run"), QStringLiteral("--broker"), broker(),
                    QStringLiteral("-i"), selection.join(QLatin1Char(',')), QStringLiteral("--op"),
                    op, QStringLiteral("--repeat"), QString::number(repeat),
                    QStringLiteral("--cap"), QStringLiteral("2"), QStringLiteral("--runs-folder"),
                    runs.path(), QStringLiteral("-q")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString runId = r.out.trimmed();
        QVERIFY2(Journal::isValidRunId(runId), qPrintable(r.out));
        QCOMPARE(m_node->node->jobsRun() - runBefore, qint64(repeat) * selection.size());

        const QList<Reading> mine = journalReadings(Journal::journalPath(runs.path(), runId));
        QCOMPARE(mine.size(), repeat * selection.size());
        const QList<Reading> theirs = nodeReadings().mid(nodeBefore);
        QCOMPARE(theirs.size(), mine.size());
        for (const Reading &m : mine) {
            QCOMPARE(m->status, JobStatus::Succeeded);
            QVERIFY2(selection.contains(m->instrument), qPrintable(m->instrument));
            // The same measurement the node journaled: same value, same completion time.
            bool matched = false;
            for (const Reading &t : theirs)
                matched |= m_nodeName + QLatin1Char('/') + t->instrument == m->instrument &&
                           t->value == m->value && t->completedWallNs == m->completedWallNs &&
                           t->identity == m->identity;
            QVERIFY2(matched, qPrintable(m->instrument));
        }
    }

    void runWithoutSelectionUsesEveryInstrumentOfferingTheOperation_data()
    {
        QTest::addColumn<QString>("op");
        QTest::newRow("thermometer only") << QStringLiteral("measure_temperature");
        QTest::newRow("dmm only") << QStringLiteral("measure_voltage_dc");
    }
    void runWithoutSelectionUsesEveryInstrumentOfferingTheOperation()
    {
        QFETCH(QString, op);
        const QStringList expected = offering(op);
        QVERIFY(!expected.isEmpty());
        QTemporaryDir runs;
        const Result r = runCli({QStringLiteral("run"), QStringLiteral("--broker"), broker(),
                                 QStringLiteral("--op"), op, QStringLiteral("--runs-folder"),
                                 runs.path(), QStringLiteral("-q")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QSet<QString> used;
        for (const Reading &m : journalReadings(Journal::journalPath(runs.path(), r.out.trimmed())))
            used.insert(m->instrument);
        QStringList usedList = used.values();
        usedList.sort();
        QCOMPARE(usedList, expected);
    }

    void usageErrorsExitTwoWithOneClearLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QString b = QStringLiteral("--broker");
        const QString live = QStringLiteral("LIVE"); // replaced by the running broker
        const QString run = QStringLiteral("run"), list = QStringLiteral("list");
        const QString op = QStringLiteral("--op"), i = QStringLiteral("-i");
        const QString temp = QStringLiteral("measure_temperature");
        QTest::newRow("port not a number")
            << QStringList{list, b, QStringLiteral("127.0.0.1:http")} << QStringLiteral("http");
        QTest::newRow("port out of range")
            << QStringList{list, b, QStringLiteral("127.0.0.1:70000")} << QStringLiteral("70000");
        QTest::newRow("no host") << QStringList{list, b, QStringLiteral(":1883")}
                                 << QStringLiteral("HOST:PORT");
        QTest::newRow("bench with broker")
            << QStringList{list, b, live, QStringLiteral("--sim"), QStringLiteral("demo")}
            << QStringLiteral("--sim");
        QTest::newRow("wait without broker")
            << QStringList{list, QStringLiteral("--wait-ms"), QStringLiteral("10")}
            << QStringLiteral("--broker");
        QTest::newRow("wait not a number")
            << QStringList{list, b, live, QStringLiteral("--wait-ms"), QStringLiteral("soon")}
            << QStringLiteral("soon");
        QTest::newRow("password file missing") << QStringList{list,
                                                              b,
                                                              live,
                                                              QStringLiteral("--user"),
                                                              QStringLiteral("u"),
                                                              QStringLiteral("--password-file"),
                                                              QStringLiteral("/nonexistent/pw")}
                                               << QStringLiteral("/nonexistent/pw");
        QTest::newRow("client cert without CA") << QStringList{list,
                                                               b,
                                                               live,
                                                               QStringLiteral("--tls-cert"),
                                                               QStringLiteral("/etc/hostname"),
                                                               QStringLiteral("--tls-key"),
                                                               QStringLiteral("/etc/hostname")}
                                                << QStringLiteral("--tls-ca");
        QTest::newRow("run without op") << QStringList{run, b, live} << QStringLiteral("--op");
        QTest::newRow("instrument without node")
            << QStringList{run, b, live, op, temp, i, QStringLiteral("sensor")}
            << QStringLiteral("NODE/INSTRUMENT");
        QTest::newRow("unknown node lists the lab")
            << QStringList{run, b, live, op, temp, i, QStringLiteral("nowhere/sensor")}
            << QStringLiteral("bench-a (online)");
        QTest::newRow("unknown instrument lists the lab")
            << QStringList{run, b, live, op, temp, i, QStringLiteral("bench-a/nope")}
            << QStringLiteral("dmm 1");
        QTest::newRow("operation the instrument lacks")
            << QStringList{run,
                           b,
                           live,
                           op,
                           QStringLiteral("fly_to_the_moon"),
                           i,
                           QStringLiteral("bench-a/sensor")}
            << QStringLiteral("fly_to_the_moon");
        QTest::newRow("operation nobody offers")
            << QStringList{run, b, live, op, QStringLiteral("fly_to_the_moon")}
            << QStringLiteral("fly_to_the_moon");
        QTest::newRow("node without broker")
            << QStringList{QStringLiteral("node"), QStringLiteral("--name"), QStringLiteral("x")}
            << QStringLiteral("--broker");
        QTest::newRow("node key without cert") << QStringList{QStringLiteral("node"),
                                                              QStringLiteral("--name"),
                                                              QStringLiteral("x"),
                                                              b,
                                                              live,
                                                              QStringLiteral("--tls-ca"),
                                                              QStringLiteral("/etc/hostname"),
                                                              QStringLiteral("--tls-key"),
                                                              QStringLiteral("/etc/hostname")}
                                               << QStringLiteral("--tls-cert");
    }
    void usageErrorsExitTwoWithOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        args.replaceInStrings(QStringLiteral("LIVE"), broker());
        QTemporaryDir runs;
        if (args.first() == QLatin1String("run"))
            args << QStringLiteral("--runs-folder") << runs.path();
        const qint64 before = m_node->node->jobsRun();
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_node->node->jobsRun(), before); // nothing was sent
        QVERIFY(QDir(runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void unreachableBrokerExitsOneNamingIt_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("list") << QStringLiteral("list");
        QTest::newRow("run") << QStringLiteral("run");
    }
    void unreachableBrokerExitsOneNamingIt()
    {
        QFETCH(QString, command);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(freeClosedPort());
        QTemporaryDir runs;
        QStringList args{command, QStringLiteral("--broker"), address,
                         QStringLiteral("--broker-timeout"), QStringLiteral("800")};
        if (command == QLatin1String("run"))
            args << QStringLiteral("--op") << QStringLiteral("measure_temperature")
                 << QStringLiteral("--runs-folder") << runs.path();
        const Result r = runCli(args, kSafetyMs);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(address) && r.err.contains(QStringLiteral("800 ms")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(QDir(runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void anOfflineNodeIsListedAndItsInstrumentsFailARun()
    {
        std::unique_ptr<test::NodeFixture> other = startNode(QStringLiteral("bench-b"));
        QVERIFY(other);
        const QStringList list{QStringLiteral("list"), QStringLiteral("--broker"), broker(),
                               QStringLiteral("--json")};
        const auto instrumentsOf = [](const Result &r, const QString &node) {
            qsizetype n = 0;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
                n += v[QStringLiteral("node")].toString() == node;
            return n;
        };
        // The lab knows bench-b's instruments before it goes.
        QTRY_COMPARE_WITH_TIMEOUT(instrumentsOf(runCli(list), QStringLiteral("bench-b")),
                                  other->bench->names().size(), kSafetyMs);
        other->node->stop(); // retained "offline"
        const Result listed = runCli(list);
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        int offline = 0, online = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            const bool isB = v[QStringLiteral("node")].toString() == QLatin1String("bench-b");
            (v[QStringLiteral("online")].toBool() ? online : offline) += 1;
            QCOMPARE(v[QStringLiteral("online")].toBool(), !isB);
        }
        QCOMPARE(offline, other->bench->names().size());
        QCOMPARE(online, m_node->bench->names().size());

        QTemporaryDir runs;
        QTemporaryDir dir;
        QFile plan(dir.filePath(QStringLiteral("plan.json")));
        const QByteArray json = R"({
  "schema": 1,
  "steps": [ { "measure": { "instruments": "bench-b/sensor", "operation": "measure_temperature" } } ]
})";
        QVERIFY(plan.open(QIODevice::WriteOnly) && plan.write(json) == json.size());
        plan.close();
        // Named with -i or by a plan, as an instrument that does not connect on a bench: the
        // run cannot happen now (1), the plan is not wrong (2).
        for (const QStringList &chosen :
             {QStringList{QStringLiteral("--op"), QStringLiteral("measure_temperature"),
                          QStringLiteral("-i"), QStringLiteral("bench-b/sensor")},
              QStringList{QStringLiteral("--plan"), plan.fileName()}}) {
            const Result r =
                runCli(QStringList{QStringLiteral("run"), QStringLiteral("--broker"), broker(),
                                   QStringLiteral("--runs-folder"), runs.path()} +
                       chosen);
            QVERIFY2(r.exitCode == 1, qPrintable(chosen.join(u' ') + QStringLiteral(": ") + r.err));
            QVERIFY2(
                r.err.contains(QStringLiteral("bench-b/sensor: the node 'bench-b' is offline")),
                qPrintable(r.err));
        }
        QCOMPARE(other->node->jobsRun(), 0);
    }

    void interruptingARemoteRunStopsItCleanly()
    {
        QTemporaryDir runs;
        QProcess p;
        p.start(QStringLiteral(LABDISPATCH_BINARY),
                {QStringLiteral("run"), QStringLiteral("--broker"), broker(), QStringLiteral("-i"),
                 m_nodeName + QStringLiteral("/sensor"), QStringLiteral("--op"),
                 QStringLiteral("measure_temperature"), QStringLiteral("--interval"),
                 QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("600000"),
                 QStringLiteral("--runs-folder"), runs.path()});
        QVERIFY(p.waitForStarted(10000));
        // The progress lines count readings already journaled; wait until some are.
        QString err;
        const QRegularExpression done(QStringLiteral("done (\\d+)"));
        qint64 reported = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                err += QString::fromUtf8(p.readAllStandardError());
                for (auto it = done.globalMatch(err); it.hasNext();)
                    reported = it.next().captured(1).toLongLong();
                return reported >= 3;
            }(),
            kSafetyMs);
        ::kill(pid_t(p.processId()), SIGINT); // what Ctrl-C sends
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, kSafetyMs);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        err += QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("interrupted")), qPrintable(err));
        const QString runId = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        JournalReader reader(Journal::journalPath(runs.path(), runId));
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        Reading r;
        qint64 readings = 0;
        while (reader.next(r))
            ++readings;
        QVERIFY(readings >= reported);
        // Closed as stopped, not left looking like a crash.
        QVERIFY(reader.runEnd().has_value());
        QCOMPARE(reader.runEnd()->outcome, RunEnd::Outcome::Stopped);
        QCOMPARE(reader.runEnd()->readings, quint64(readings));
    }

    void aBrokerThatDiesMidRunIsSaidAtOnceAndEndsTheRun()
    {
        // A broker and a node of its own: the suite's broker lives on for the other tests.
        test::TestBroker doomed;
        QString error;
        QVERIFY2(doomed.start(&error), qPrintable(error));
        std::unique_ptr<test::NodeFixture> node = startNodeOn(doomed, QStringLiteral("bench-d"));
        QVERIFY(node);
        QTemporaryDir runs;
        QProcess p;
        p.start(QStringLiteral(LABDISPATCH_BINARY),
                {QStringLiteral("run"), QStringLiteral("--broker"),
                 QStringLiteral("127.0.0.1:%1").arg(doomed.port()), QStringLiteral("-i"),
                 QStringLiteral("bench-d/sensor"), QStringLiteral("--op"),
                 QStringLiteral("measure_temperature"), QStringLiteral("--interval"),
                 QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("600000"),
                 QStringLiteral("--broker-timeout"), QStringLiteral("1000"),
                 QStringLiteral("--runs-folder"), runs.path()});
        QVERIFY(p.waitForStarted(10000));
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += QString::fromUtf8(p.readAllStandardError())).contains(QStringLiteral("done")),
            kSafetyMs);
        doomed.kill();
        // Said while the run still waits for the broker, before the run ends.
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += QString::fromUtf8(p.readAllStandardError())).contains(QStringLiteral("gone")),
            kSafetyMs);
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, kSafetyMs);
        err += QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("127.0.0.1:%1 is gone").arg(doomed.port())),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("did not come back within 1000 ms")), qPrintable(err));

        const QString runId = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        const QString journal = Journal::journalPath(runs.path(), runId);
        QVERIFY2(JournalReader::readRunEnd(journal).has_value(), qPrintable(journal));
        int brokerLost = 0;
        for (const Reading &r : journalReadings(journal)) {
            if (r->status == JobStatus::Succeeded)
                continue;
            QVERIFY2(r->error.startsWith(QLatin1String("broker lost")), qPrintable(r->error));
            ++brokerLost;
        }
        QVERIFY(brokerLost > 0);
    }

    void aKindsRemoteInstrumentsRunInTheJournalHeadersNameOrder()
    {
        // A lab of its own: a node whose meters it lists against their names' order.
        test::TestBroker lab;
        QString error;
        QVERIFY2(lab.start(&error), qPrintable(error));
        std::unique_ptr<test::NodeFixture> node =
            startNodeOn(lab, QStringLiteral("bench-m"), ld::test::kMetersOutOfOrderBench);
        QVERIFY(node);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(lab.port());
        QTRY_VERIFY_WITH_TIMEOUT(labIsIdle(address, 2), kSafetyMs);
        QTemporaryDir dir;
        QFile plan(dir.filePath(QStringLiteral("plan.json")));
        const QByteArray json = R"({
  "schema": 1,
  "steps": [ { "query": { "instruments": { "kind": "dmm" }, "operation": "identify" } } ]
})";
        QVERIFY(plan.open(QIODevice::WriteOnly) && plan.write(json) == json.size());
        plan.close();

        // One job at a time, in the order the step hands them out.
        const Result r = runCli({QStringLiteral("run"), QStringLiteral("--broker"), address,
                                 QStringLiteral("--plan"), plan.fileName(), QStringLiteral("--cap"),
                                 QStringLiteral("1"), QStringLiteral("--runs-folder"), dir.path(),
                                 QStringLiteral("-q")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const test::JournalInstruments journaled =
            test::journalInstruments(Journal::journalPath(dir.path(), r.out.trimmed()));
        const QStringList byName{QStringLiteral("bench-m/meter a"),
                                 QStringLiteral("bench-m/meter b")};
        QCOMPARE(journaled.header, byName);
        QCOMPARE(journaled.readings, byName);
    }

    void aRealNodeProcessBehindALoginIsListed_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("password") << false;
        QTest::newRow("TLS and password") << true;
    }
    void aRealNodeProcessBehindALoginIsListed()
    {
        QFETCH(bool, tls);
        test::TestBroker secured;
        QString error;
        if (tls && !secured.useTls(&error))
            QSKIP(qPrintable(error));
        if (!secured.start(&error, {QStringLiteral("lab:s3cret")}))
            QSKIP(qPrintable(error));
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &content) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() ? f.fileName()
                                                                                      : QString();
        };
        const QString bench = write(QStringLiteral("bench.json"), kBenchJson);
        const QString good = write(QStringLiteral("good"), "s3cret\n");
        const QString bad = write(QStringLiteral("bad"), "guess\n");
        QVERIFY(!bench.isEmpty() && !good.isEmpty() && !bad.isEmpty());
        const QString address = QStringLiteral("127.0.0.1:%1").arg(secured.port());
        QStringList login{QStringLiteral("--broker"), address, QStringLiteral("--user"),
                          QStringLiteral("lab")};
        if (tls)
            login << QStringLiteral("--tls-ca") << secured.caFile();

        QProcess node;
        node.start(QStringLiteral(LABDISPATCH_BINARY),
                   QStringList{QStringLiteral("node"), QStringLiteral("--name"),
                               QStringLiteral("proc-node"), QStringLiteral("--sim"), bench,
                               QStringLiteral("--runs-folder"), dir.path(),
                               QStringLiteral("--password-file"), good} +
                       login);
        QVERIFY(node.waitForStarted(10000));
        const auto stopNode = qScopeGuard([&] {
            node.terminate();
            if (!node.waitForFinished(10000))
                node.kill();
        });

        // The node connects its instruments after joining; wait until the lab says they are.
        QJsonArray list;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const Result r =
                    runCli(QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                       QStringLiteral("--password-file"), good} +
                           login);
                list = QJsonDocument::fromJson(r.out.toUtf8()).array();
                if (r.exitCode != 0 || list.isEmpty())
                    return false;
                for (const QJsonValue &v : list)
                    if (v[QStringLiteral("state")].toString() != QLatin1String("idle"))
                        return false;
                return true;
            }(),
            kSafetyMs);
        QString why;
        const auto specs = SimBench::parse(kBenchJson, &why);
        QVERIFY2(specs, qPrintable(why));
        QCOMPARE(list.size(), qsizetype(specs->size()));
        for (const QJsonValue &v : list) {
            QCOMPARE(v[QStringLiteral("node")].toString(), QStringLiteral("proc-node"));
            QVERIFY(!v[QStringLiteral("serial")].toString().isEmpty());
        }

        const Result refused =
            runCli(QStringList{QStringLiteral("list"), QStringLiteral("--password-file"), bad,
                               QStringLiteral("--broker-timeout"), QStringLiteral("1000")} +
                   login);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(address) && refused.err.contains(QStringLiteral("refused")),
                 qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestRemoteCli)
#include "tst_remotecli.moc"
