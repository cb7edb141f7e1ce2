// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node/labconnection.h"
#include "node/remotelab.h"
#include "node/remotetarget.h"
#include "nodefixture.h"
#include "plans/runengine.h"
#include "results/journal.h"
#include "results/journalreader.h"
#include "testbroker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <csignal>

using namespace ld;

namespace {
constexpr int kSafetyMs = 20000;

const char *kBenchJson = R"({
  "name": "runner test",
  "instruments": [
    { "name": "sensor", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 3, "latencyMs": 2 },
    { "name": "dmm", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 4, "latencyMs": 2 }
  ]
})";

/** A supply and a DMM wired to its output 1; the same on this PC and on the node. */
const char *kPlanBenchJson = R"({
  "name": "plan test",
  "instruments": [
    { "name": "psu", "profile": "labdispatch-sim-psu3", "transport": "tcp", "seed": 21, "latencyMs": 1 },
    { "name": "vdmm", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 22, "latencyMs": 1,
      "wire": { "instrument": "psu", "operation": "measure_voltage", "channel": 1 } }
  ]
})";

PlanStep operation(PlanStep::Type type, const QString &instrument, const QString &op,
                   const QVariantMap &parameters, const QString &path)
{
    PlanStep s;
    s.type = type;
    s.instruments.names = {instrument};
    s.operation = op;
    s.parameters = parameters;
    s.path = path;
    return s;
}

/**
 * Every kind of action a plan hands out, on instruments named with `prefix` ("" here,
 * "node/" on a node): the output on, a ramped set that reads back where it starts (nothing
 * has set the voltage yet), an I-V sweep (a set from the sweep variable, a measure), a wait
 * for `*OPC?`, a typed write and query.
 */
Plan everyAction(const QString &prefix)
{
    const QString psu = prefix + QStringLiteral("psu");
    const QString vdmm = prefix + QStringLiteral("vdmm");
    PlanStep sweep;
    sweep.type = PlanStep::Type::Sweep;
    sweep.path = QStringLiteral("steps[2]");
    sweep.variable = QStringLiteral("v");
    sweep.start = 0;
    sweep.stop = 5;
    sweep.points = 11;
    sweep.body = {operation(PlanStep::Type::Set, psu, QStringLiteral("set_voltage"),
                            {{QStringLiteral("value"), QStringLiteral("${v}")}},
                            QStringLiteral("steps[2].body[0]")),
                  operation(PlanStep::Type::Measure, vdmm, QStringLiteral("measure_voltage_dc"), {},
                            QStringLiteral("steps[2].body[1]"))};
    PlanStep opc = operation(PlanStep::Type::Wait, psu, {}, {}, QStringLiteral("steps[3]"));
    opc.waitKind = PlanStep::WaitKind::Opc;
    opc.timeoutMs = kSafetyMs;
    PlanStep ramped = operation(PlanStep::Type::Set, psu, QStringLiteral("set_voltage"),
                                {{QStringLiteral("value"), 2}}, QStringLiteral("steps[1]"));
    ramped.ramp = PlanRamp{QStringLiteral("value"), 1.0, std::nullopt};
    Plan plan;
    plan.steps = {
        operation(PlanStep::Type::Set, psu, QStringLiteral("set_output"),
                  {{QStringLiteral("state"), QStringLiteral("ON")}}, QStringLiteral("steps[0]")),
        ramped,
        sweep,
        opc,
        operation(PlanStep::Type::Set, vdmm, QStringLiteral("write"),
                  {{QStringLiteral("command"), QStringLiteral("SENS:VOLT:DC:NPLC 2")}},
                  QStringLiteral("steps[4]")),
        operation(PlanStep::Type::Query, vdmm, QStringLiteral("query"),
                  {{QStringLiteral("command"), QStringLiteral("SENS:VOLT:DC:NPLC?")}},
                  QStringLiteral("steps[5]")),
    };
    return plan;
}

/** What a reading says about the plan, its instrument's node left out. */
QString describe(const Reading &r, const QString &prefix)
{
    QString instrument = r->instrument;
    if (instrument.startsWith(prefix))
        instrument = instrument.mid(prefix.size());
    QStringList parameters;
    for (const auto &[name, value] : r->parameters)
        parameters.append(name + QLatin1Char('=') + value);
    QStringList variables;
    for (const auto &[name, value] : r->variables)
        variables.append(name + QLatin1Char('=') + QString::number(value));
    QString value;
    if (const double *d = std::get_if<double>(&r->value))
        value = QString::number(*d, 'f', 3); // the simulated DMM's noise is below 1 mV
    else if (const QString *text = std::get_if<QString>(&r->value))
        value = text->trimmed();
    return QStringLiteral("%1 %2 %3(%4) [%5] %6 %7")
        .arg(r->step, instrument, r->operation, parameters.join(QLatin1Char(',')),
             variables.join(QLatin1Char(',')), jobStatusName(r->status), value);
}
} // namespace

/**
 * Runs on remote instruments as the window and the command line make them: once, N times,
 * every T ms; checked before anything is sent, journaled, stopped, failed as "node lost"
 * when the node dies and as "broker lost" when the broker does; and a plan on a node's
 * instruments gives the readings it gives on this PC's. Against a real mosquitto and real
 * nodes.
 */
class TestRemoteTarget : public QObject
{
    Q_OBJECT

private:
    ProfileRegistry m_profiles;
    std::unique_ptr<test::TestBroker> m_broker;
    QString m_node;
    std::unique_ptr<test::NodeFixture> m_a;
    std::unique_ptr<MqttClient> m_client;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<RemoteLab> m_lab;
    std::unique_ptr<RemoteTarget> m_target;
    std::unique_ptr<RunEngine> m_engine;

    QString sensor() const { return RemoteLab::key(m_node, QStringLiteral("sensor")); }
    QString dmm() const { return RemoteLab::key(m_node, QStringLiteral("dmm")); }

    static RunRequest request(const QStringList &names, const QString &op, int repeat = 1)
    {
        RunRequest r;
        r.instruments = names;
        r.operation = op;
        r.repeat = repeat;
        return r;
    }

    /**
     * Replaces the fixture's controller with one whose broker timings the test chooses, and
     * makes the sensor take `measureMs` per measurement. False when it does not come up.
     */
    bool restartController(const MqttClient::Options &client, const RemoteLab::Options &lab,
                           int measureMs)
    {
        m_engine.reset();
        m_target.reset();
        m_lab.reset();
        m_client = std::make_unique<MqttClient>(client);
        m_lab = std::make_unique<RemoteLab>(m_client.get(), m_dispatcher.get(), lab);
        m_target = std::make_unique<RemoteTarget>(m_lab.get(), &m_profiles);
        m_engine = std::make_unique<RunEngine>(m_dispatcher.get());
        m_engine->addTarget(m_target.get());
        SimFaults slow;
        slow.flags = SimFaults::SlowReply;
        slow.slowReplyMs = measureMs;
        slow.onlyCommand = "MEAS";
        return m_client->start() && m_a->sim->setFaults(QStringLiteral("sensor"), slow) &&
               QTest::qWaitFor(
                   [&] { return m_target->status(sensor()).state == InstrumentState::Idle; },
                   kSafetyMs);
    }

    /** Runs `plan` on `engine` to its end: its readings, described, and why it failed. */
    static QStringList runPlan(RunEngine *engine, const Plan &plan, const QString &prefix,
                               QString *failure)
    {
        QSignalSpy finished(engine, &RunEngine::runFinished);
        QSignalSpy failed(engine, &RunEngine::runFailed);
        QString error;
        const quint64 id = engine->start(plan, &error);
        if (id == 0) {
            *failure = error;
            return {};
        }
        if (!finished.wait(kSafetyMs) && finished.isEmpty()) {
            *failure = QStringLiteral("the run did not finish");
            return {};
        }
        *failure = failed.isEmpty() ? QString() : failed.first().at(1).toString();
        QStringList out;
        for (const Reading &r : engine->takeReadings())
            out.append(describe(r, prefix));
        return out;
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
        m_node = QStringLiteral("pc-") + QUuid::createUuid().toString(QUuid::Id128).left(6);
        m_a = test::NodeFixture::start(m_profiles, kBenchJson, m_node, m_broker->clientOptions());
        QVERIFY(m_a);
        m_client = std::make_unique<MqttClient>(m_broker->clientOptions());
        m_dispatcher = std::make_unique<Dispatcher>(4);
        RemoteLab::Options lo;
        lo.nodeLostGraceMs = 200;
        m_lab = std::make_unique<RemoteLab>(m_client.get(), m_dispatcher.get(), lo);
        m_target = std::make_unique<RemoteTarget>(m_lab.get(), &m_profiles);
        m_engine = std::make_unique<RunEngine>(m_dispatcher.get());
        m_engine->addTarget(m_target.get());
        QVERIFY(m_client->start(&error));
        QTRY_COMPARE_WITH_TIMEOUT(m_target->status(sensor()).state, InstrumentState::Idle,
                                  kSafetyMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->status(dmm()).state, InstrumentState::Idle, kSafetyMs);
    }

    void cleanup()
    {
        m_engine.reset();
        m_target.reset();
        m_lab.reset();
        m_dispatcher.reset();
        m_client.reset();
        m_a.reset();
        m_broker.reset();
    }

    void statusFollowsTheNodesRetainedState()
    {
        const InstrumentStatus here = m_target->status(dmm());
        const InstrumentStatus there = m_a->bench->status(QStringLiteral("dmm"));
        QCOMPARE(here.config.name, dmm());
        QCOMPARE(here.config.resource, there.config.resource);
        QCOMPARE(here.identity.serial, there.identity.serial);
        QCOMPARE(here.identity.model, there.identity.model);
        QCOMPARE(here.profileId, there.profileId);
        QVERIFY(here.lastReading.isNull()); // nothing taken by this controller yet
    }

    void sharedOperationsComeFromTheLocalProfiles()
    {
        const auto sensorOps = m_target->sharedOperations({sensor()});
        QCOMPARE(sensorOps.size(),
                 m_profiles.find(QStringLiteral("labdispatch-sim-thermometer"))->operations.size());
        // The sensor and the DMM share only the IEEE 488.2 basics.
        const auto both = m_target->sharedOperations({sensor(), dmm()});
        QStringList ids;
        for (const auto &op : both)
            ids.append(op.id);
        QVERIFY(ids.contains(QStringLiteral("identify")));
        QVERIFY(!ids.contains(QStringLiteral("measure_temperature")));
        QVERIFY(!ids.contains(QStringLiteral("measure_voltage_dc")));
    }

    void repeatedRunJournalsAndQueuesEveryReading()
    {
        QTemporaryDir runs;
        QVERIFY(runs.isValid());
        Journal journal(runs.path());
        RunInfo info;
        info.runId = QStringLiteral("remote-run");
        info.startedWallNs = wallNowNs();
        QVERIFY2(journal.open(info), qPrintable(journal.errorString()));
        m_engine->setJournal(&journal);

        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        const quint64 id =
            m_engine->start(request({sensor(), dmm()}, QStringLiteral("identify"), 3), &error);
        QVERIFY2(id > 0, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSafetyMs);
        QCOMPARE(finished.at(0).at(0).toULongLong(), id);
        QCOMPARE(m_engine->pendingJobs(), 0);
        QVERIFY(!m_engine->hasActiveRuns());

        const QList<Reading> readings = m_engine->takeReadings();
        QCOMPARE(readings.size(), 6);
        QHash<QString, int> per;
        for (const Reading &r : readings) {
            QVERIFY2(r->status == JobStatus::Succeeded, qPrintable(r->error));
            QCOMPARE(r->operation, QStringLiteral("identify"));
            QCOMPARE(r->runId, QStringLiteral("remote-run"));
            ++per[r->instrument];
        }
        QCOMPARE(per.value(sensor()), 3);
        QCOMPARE(per.value(dmm()), 3);
        // Jobs ran through the controller's dispatcher, one per instrument at a time.
        QCOMPARE(m_dispatcher->counters().succeeded, qint64(6));
        QCOMPARE(m_target->lastReading(dmm())->instrument, dmm());

        m_engine->setJournal(nullptr);
        QVERIFY(journal.close());
        JournalReader reader(journal.journalPath());
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        QList<Reading> journaled;
        Reading r;
        while (reader.next(r))
            journaled.append(r);
        QCOMPARE(journaled.size(), readings.size());
        for (int i = 0; i < journaled.size(); ++i)
            QCOMPARE(journaled.at(i)->instrument, readings.at(i)->instrument);
    }

    void badRunsAreRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QVariantMap>("parameters");
        QTest::addColumn<int>("repeat");
        QTest::addColumn<QString>("words");
        const QVariantMap none;
        QTest::newRow("unknown instrument on a known node")
            << QStringLiteral("/nope") << "identify" << none << 1 << "nope";
        QTest::newRow("unknown node")
            << QStringLiteral("elsewhere/dmm") << "identify" << none << 1 << "elsewhere/dmm";
        QTest::newRow("operation the profile lacks")
            << QStringLiteral("/dmm") << "measure_temperature" << none << 1
            << "measure_temperature";
        QTest::newRow("parameter above the profile's limit")
            << QStringLiteral("/dmm") << "set_nplc" << QVariantMap{{QStringLiteral("nplc"), 1000.0}}
            << 1 << "100";
        QTest::newRow("repeat zero") << QStringLiteral("/dmm") << "identify" << none << 0 << "0";
        QTest::newRow("misspelled parameter")
            << QStringLiteral("/dmm") << "set_nplc" << QVariantMap{{QStringLiteral("npcl"), 1.0}}
            << 1 << "unknown parameter 'npcl' (set_nplc takes nplc)";
    }

    void badRunsAreRefusedBeforeAnythingIsSent()
    {
        QFETCH(QString, instrument);
        QFETCH(QString, operation);
        QFETCH(QVariantMap, parameters);
        QFETCH(int, repeat);
        QFETCH(QString, words);
        if (instrument.startsWith(QLatin1Char('/')))
            instrument.prepend(m_node);
        RunRequest r = request({instrument}, operation, repeat);
        r.parameters = parameters;
        QString error;
        QVERIFY(!m_engine->check(r, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
        QCOMPARE(m_engine->start(r, &error), quint64(0));
        QCOMPARE(m_dispatcher->counters().submitted, qint64(0));
        QCOMPARE(m_a->node->jobsRun(), 0);
    }

    void eachNodeJobCarriesOnlyItsOwnOperationsParameters()
    {
        // query_output takes a channel on the supply and nothing on the generator: the
        // supply's default channel must not reach the generator, whose node would refuse it.
        const QString other = m_node + QStringLiteral("-b");
        const auto b = test::NodeFixture::start(m_profiles, R"({"instruments": [
            { "name": "psu", "profile": "labdispatch-sim-psu3", "transport": "tcp", "seed": 5 },
            { "name": "fgen", "profile": "labdispatch-sim-fgen", "transport": "tcp", "seed": 6 }]})",
                                                other, m_broker->clientOptions());
        QVERIFY(b);
        const QString psu = RemoteLab::key(other, QStringLiteral("psu"));
        const QString fgen = RemoteLab::key(other, QStringLiteral("fgen"));
        QTRY_COMPARE_WITH_TIMEOUT(m_target->status(psu).state, InstrumentState::Idle, kSafetyMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->status(fgen).state, InstrumentState::Idle, kSafetyMs);

        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        QVERIFY2(m_engine->start(request({psu, fgen}, QStringLiteral("query_output")), &error) > 0,
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSafetyMs);
        const QList<Reading> readings = m_engine->takeReadings();
        QCOMPARE(readings.size(), 2);
        for (const Reading &r : readings)
            QVERIFY2(r->status == JobStatus::Succeeded,
                     qPrintable(r->instrument + QStringLiteral(": ") + r->error));
    }

    void intervalRunGoesOnUntilStopped()
    {
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        RunRequest r = request({sensor()}, QStringLiteral("measure_temperature"));
        r.intervalMs = 40;
        QString error;
        QVERIFY2(m_engine->start(r, &error) > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->readingsQueued() >= 3, kSafetyMs);
        QVERIFY(m_engine->hasActiveRuns());
        m_engine->stop({sensor()});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSafetyMs);
        QCOMPARE(m_engine->pendingJobs(), 0);
        const qint64 after = m_engine->readingsQueued();
        // Nothing more is sent once stopped: the node's count stays where it is.
        const qint64 ran = m_a->node->jobsRun();
        QTest::qWait(200);
        QCOMPARE(m_engine->readingsQueued(), after);
        QCOMPARE(m_a->node->jobsRun(), ran);
    }

    void slowInstrumentSkipsTicksInsteadOfPilingUp()
    {
        SimFaults slow;
        slow.flags = SimFaults::SlowReply;
        slow.slowReplyMs = 300;
        slow.onlyCommand = "MEAS";
        QVERIFY(m_a->sim->setFaults(QStringLiteral("sensor"), slow));
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QSignalSpy events(m_engine.get(), &RunEngine::eventLogged);
        int most = 0;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this,
                [&] { most = std::max(most, m_engine->pendingJobs()); });
        probe.start(5);
        RunRequest r = request({sensor()}, QStringLiteral("measure_temperature"));
        r.intervalMs = 20;
        r.durationMs = 1000;
        QString error;
        QVERIFY2(m_engine->start(r, &error) > 0, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSafetyMs);
        probe.stop();
        QCOMPARE(most, 1);
        bool told = false;
        for (const auto &e : std::as_const(events))
            told |= e.at(0).value<BenchEvent>().text.contains(QLatin1String("skipping"));
        QVERIFY(told);
        for (const Reading &reading : m_engine->takeReadings())
            QVERIFY2(reading->status == JobStatus::Succeeded, qPrintable(reading->error));
    }

    void nodeKilledMidJobEndsItAsNodeLost()
    {
        SimFaults stuck;
        stuck.flags = SimFaults::NoReply;
        stuck.onlyCommand = "MEAS";
        QVERIFY(m_a->sim->setFaults(QStringLiteral("sensor"), stuck));
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        QVERIFY2(
            m_engine->start(request({sensor()}, QStringLiteral("measure_temperature")), &error),
            qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_a->node->jobsRun(), 1, kSafetyMs);
        m_a->kill();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSafetyMs);
        const QList<Reading> readings = m_engine->takeReadings();
        QCOMPARE(readings.size(), 1);
        QCOMPARE(readings.at(0)->status, JobStatus::Failed);
        QVERIFY2(readings.at(0)->error.contains(QLatin1String("node lost")),
                 qPrintable(readings.at(0)->error));
        QCOMPARE(m_target->status(sensor()).state, InstrumentState::Offline);
        QVERIFY(
            !m_engine->check(request({sensor()}, QStringLiteral("measure_temperature")), &error));
        QVERIFY2(error.contains(m_node), qPrintable(error));
    }

    void aBrokerBackWithinTheGraceGetsTheAnswerOfAJobInFlight()
    {
        // The controller comes back well after the node, so the node's answer reaches the
        // restarted broker before anyone subscribed to it: only asking again gets it.
        MqttClient::Options slow = m_broker->clientOptions();
        slow.reconnectMinMs = slow.reconnectMaxMs = 3000;
        RemoteLab::Options lo;
        lo.responseTimeoutMs = 8000;
        lo.brokerLostGraceMs = kSafetyMs;
        QVERIFY(restartController(slow, lo, 1000));

        QSignalSpy down(m_lab.get(), &RemoteLab::brokerDown);
        QSignalSpy back(m_lab.get(), &RemoteLab::brokerBack);
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        QVERIFY2(
            m_engine->start(request({sensor()}, QStringLiteral("measure_temperature")), &error),
            qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_a->node->jobsRun(), 1, kSafetyMs);
        QVERIFY2(m_broker->restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2 * kSafetyMs);
        const QList<Reading> readings = m_engine->takeReadings();
        QCOMPARE(readings.size(), 1);
        QVERIFY2(readings.at(0)->status == JobStatus::Succeeded, qPrintable(readings.at(0)->error));
        QCOMPARE(down.size(), 1);
        QCOMPARE(back.size(), 1);
        QCOMPARE(m_a->node->jobsRun(), 1); // asked twice, run once
    }

    void aBrokerGoneForTheGraceEndsTheRunAsBrokerLost_data()
    {
        QTest::addColumn<int>("repeat");
        QTest::addColumn<int>("intervalMs");
        QTest::newRow("repeated: the jobs out fail too") << 20 << 0;
        QTest::newRow("every 50 ms for ten minutes: the run ends") << 1 << 50;
    }
    void aBrokerGoneForTheGraceEndsTheRunAsBrokerLost()
    {
        QFETCH(int, repeat);
        QFETCH(int, intervalMs);
        RemoteLab::Options lo;
        lo.brokerLostGraceMs = 1000; // the response timeout stays 30 s: beyond the safety net
        QVERIFY(restartController(m_broker->clientOptions(), lo, 100));

        QSignalSpy down(m_lab.get(), &RemoteLab::brokerDown);
        QSignalSpy lost(m_lab.get(), &RemoteLab::brokerLost);
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        RunRequest r = request({sensor()}, QStringLiteral("measure_temperature"), repeat);
        r.intervalMs = intervalMs;
        r.durationMs = intervalMs > 0 ? 600000 : 0;
        QString error;
        QVERIFY2(m_engine->start(r, &error) > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->readingsQueued() >= 2, kSafetyMs);
        m_broker->kill();
        QTRY_COMPARE_WITH_TIMEOUT(down.size(), 1, kSafetyMs);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSafetyMs);
        QCOMPARE(lost.size(), 1);
        QCOMPARE(m_engine->pendingJobs(), 0);

        const QList<Reading> readings = m_engine->takeReadings();
        // Only jobs that were out get an answer: the window keeps the rest unsubmitted.
        if (intervalMs == 0)
            QVERIFY(readings.size() <= repeat);
        int brokerLost = 0;
        for (const Reading &reading : readings) {
            if (reading->status == JobStatus::Succeeded)
                continue;
            QCOMPARE(reading->status, JobStatus::Failed);
            QVERIFY2(reading->error.startsWith(QLatin1String("broker lost")),
                     qPrintable(reading->error));
            ++brokerLost;
        }
        QVERIFY(brokerLost > 0);
        // A job started while the broker is known to be lost fails at once, the same way.
        QSignalSpy again(m_engine.get(), &RunEngine::runFinished);
        QVERIFY2(
            m_engine->start(request({sensor()}, QStringLiteral("measure_temperature")), &error),
            qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, kSafetyMs);
        const QList<Reading> after = m_engine->takeReadings();
        QCOMPARE(after.size(), 1);
        QVERIFY2(after.at(0)->error.startsWith(QLatin1String("broker lost")),
                 qPrintable(after.at(0)->error));
    }

    void engineDestroyedWithJobsPendingCancelsThem()
    {
        SimFaults stuck;
        stuck.flags = SimFaults::SlowReply;
        stuck.slowReplyMs = 2000;
        stuck.onlyCommand = "MEAS";
        QVERIFY(m_a->sim->setFaults(QStringLiteral("sensor"), stuck));
        QString error;
        QVERIFY2(
            m_engine->start(request({sensor()}, QStringLiteral("measure_temperature"), 3), &error),
            qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_dispatcher->counters().running >= 1, kSafetyMs);
        const qint64 submitted = m_dispatcher->counters().submitted;
        m_engine.reset();
        QTRY_VERIFY_WITH_TIMEOUT(m_dispatcher->counters().running == 0 &&
                                     m_dispatcher->counters().queued == 0,
                                 kSafetyMs);
        // Every job it had out; the third was never submitted (a node gets one at a time).
        QCOMPARE(m_dispatcher->counters().cancelled, submitted);
        QVERIFY(submitted >= 1 && submitted < 3);
    }

    void labConnectionReplacesItsPartsTogether()
    {
        LabConnection lab(m_dispatcher.get(), &m_profiles);
        QSignalSpy opened(&lab, &LabConnection::opened);
        QSignalSpy closing(&lab, &LabConnection::aboutToClose);
        QString error;
        QVERIFY2(lab.open(m_broker->clientOptions(), &error), qPrintable(error));
        QCOMPARE(opened.size(), 1);
        QVERIFY(lab.lab() && lab.target() && lab.client());
        QCOMPARE(lab.brokerText(),
                 QStringLiteral("%1:%2").arg(m_broker->host()).arg(m_broker->port()));
        QTRY_VERIFY_WITH_TIMEOUT(lab.lab()->node(m_node).online, kSafetyMs);
        QTRY_COMPARE_WITH_TIMEOUT(lab.target()->status(dmm()).state, InstrumentState::Idle,
                                  kSafetyMs);
        QVERIFY(lab.open(m_broker->clientOptions(), &error));
        QCOMPARE(closing.size(), 1);
        QCOMPARE(opened.size(), 2);
        lab.close();
        QCOMPARE(closing.size(), 2);
        QVERIFY(!lab.isOpen() && !lab.lab() && !lab.target());
        MqttClient::Options bad = m_broker->clientOptions();
        bad.port = 0;
        QVERIFY(!lab.open(bad, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!lab.isOpen());
    }

    void brokerAddressesAreParsed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host and port") << "lab.local:8883" << true << "lab.local" << 8883;
        QTest::newRow("host alone takes 1883") << "10.0.0.5" << true << "10.0.0.5" << 1883;
        QTest::newRow("spaces around are trimmed") << " b:1884 " << true << "b" << 1884;
        QTest::newRow("port zero") << "b:0" << false << "" << 0;
        QTest::newRow("port too big") << "b:65536" << false << "" << 0;
        QTest::newRow("port not a number") << "b:mqtt" << false << "" << 0;
        QTest::newRow("no host") << ":1883" << false << "" << 0;
        QTest::newRow("empty") << "" << false << "" << 0;
        QTest::newRow("space inside") << "my host:1883" << false << "" << 0;
    }

    void brokerAddressesAreParsed()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        MqttClient::Options o;
        QString error;
        QCOMPARE(LabConnection::parseBroker(text, &o, &error), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QFETCH(QString, host);
        QFETCH(int, port);
        QCOMPARE(o.host, host);
        QCOMPARE(o.port, port);
    }

    void aPlanOnANodeGivesTheReadingsItGivesHere()
    {
        // Two PCs with the same simulated supply and wired DMM: one's bench runs the plan
        // here (an engine of the test's own: its node drains its engine's readings), the
        // other's through its node.
        const QString here = m_node + QStringLiteral("-here");
        const QString there = m_node + QStringLiteral("-there");
        const auto local =
            test::NodeFixture::start(m_profiles, kPlanBenchJson, here, m_broker->clientOptions());
        QVERIFY(local);
        const auto remote =
            test::NodeFixture::start(m_profiles, kPlanBenchJson, there, m_broker->clientOptions());
        QVERIFY(remote);
        for (const QString &name : {QStringLiteral("psu"), QStringLiteral("vdmm")})
            QTRY_COMPARE_WITH_TIMEOUT(m_target->status(RemoteLab::key(there, name)).state,
                                      InstrumentState::Idle, kSafetyMs);
        RunEngine localEngine(local->dispatcher.get());
        localEngine.addTarget(local->bench.get());

        QString failure;
        const QStringList readingsHere = runPlan(&localEngine, everyAction({}), {}, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QString prefix = there + QLatin1Char('/');
        const QStringList readingsThere =
            runPlan(m_engine.get(), everyAction(prefix), prefix, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // Here, the plan did what it says: the ramp read back 0 V and went up 1 V a set, the
        // sweep measured each set voltage, the wait got its 1, the write and the query went
        // through.
        QVERIFY2(readingsHere.size() == 1 + 3 + 22 + 1 + 2,
                 qPrintable(readingsHere.join(QLatin1Char('\n'))));
        for (const QString &line :
             {QStringLiteral("steps[1] psu query_voltage_setpoint(channel=1) [] succeeded 0.000"),
              QStringLiteral("steps[1] psu set_voltage(channel=1,value=1) [] succeeded "),
              QStringLiteral("steps[1] psu set_voltage(channel=1,value=2) [] succeeded "),
              QStringLiteral("steps[2].body[0] psu set_voltage(channel=1,value=3.5) [v=3.5] "
                             "succeeded "),
              QStringLiteral("steps[2].body[1] vdmm measure_voltage_dc() [v=3.5] succeeded 3.500"),
              QStringLiteral("steps[3] psu *OPC?() [] succeeded 1.000"),
              QStringLiteral("steps[4] vdmm write(command=SENS:VOLT:DC:NPLC 2) [] succeeded "),
              QStringLiteral("steps[5] vdmm query(command=SENS:VOLT:DC:NPLC?) [] succeeded ")})
            QVERIFY2(std::any_of(readingsHere.cbegin(), readingsHere.cend(),
                                 [&line](const QString &l) { return l.startsWith(line); }),
                     qPrintable(line));
        // On the node, the very same.
        QCOMPARE(readingsThere, readingsHere);
    }
};

QTEST_GUILESS_MAIN(TestRemoteTarget)
#include "tst_remotetarget.moc"
