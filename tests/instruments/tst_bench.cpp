// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchfixture.h"
#include "instruments/bench.h"
#include "instruments/benchdiscovery.h"
#include "instruments/benchfile.h"
#include "instruments/driverprofileloader.h"
#include "instruments/profileregistry.h"
#include "io/visaresource.h"
#include "plans/runengine.h"
#include "results/journal.h"
#include "results/journalreader.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>
#include <memory>

using namespace ld;

namespace {
/** A box with a level to set and read back, and a label that is unquoted SCPI text. */
const char *kLabelledProfile = R"({
  "schema": 1, "id": "test-labelled-box", "name": "Labelled box", "kind": "psu",
  "match": { "vendor": "^ACME$", "model": "^LBL-1$", "priority": 100 },
  "sim": { "vendor": "ACME", "model": "LBL-1" },
  "operations": [
    { "id": "identify", "name": "Identify", "kind": "query", "command": "*IDN?", "reply": "idn" },
    { "id": "set_level", "name": "Set level", "kind": "set", "command": "LEV {level}", "reply": "none",
      "parameters": [ { "name": "level", "type": "double", "default": 0 } ], "sim": { "store": "lev" } },
    { "id": "query_level", "name": "Level", "kind": "query", "command": "LEV?", "reply": "number",
      "sim": { "load": "lev" } },
    { "id": "set_label", "name": "Set label", "kind": "set", "command": "SYST:LABEL {label}",
      "reply": "none", "parameters": [ { "name": "label", "type": "string" } ] }
  ]
})";
} // namespace

/**
 * The instrument layer end to end: real sessions over ptys and loopback TCP to the simulated
 * bench, jobs through the dispatcher, faults, reconnects and the journal.
 */
class TestBench : public test::BenchFixture
{
    Q_OBJECT

private:
    /** Re-adds `name` with a changed configuration; the sim keeps serving it. */
    void reconfigure(const QString &name, const std::function<void(InstrumentConfig &)> &change)
    {
        InstrumentConfig c = m_bench->status(name).config;
        change(c);
        QString error;
        QVERIFY2(m_bench->updateInstrument(name, c, &error), qPrintable(error));
    }

    static int countStatus(const QList<Reading> &readings, JobStatus status)
    {
        return int(std::count_if(readings.cbegin(), readings.cend(),
                                 [status](const Reading &r) { return r->status == status; }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 5);
    }

    void init() { QVERIFY(startBench()); }

    void cleanup() { stopBench(); }

    void connectingIdentifiesEachInstrumentAndMatchesItsProfile()
    {
        waitAllIdle();
        QCOMPARE(m_bench->status(QStringLiteral("dmm")).profileId,
                 QStringLiteral("labdispatch-sim-dmm"));
        QCOMPARE(m_bench->status(QStringLiteral("sensor")).profileId,
                 QStringLiteral("labdispatch-sim-thermometer"));
        QVERIFY(!m_bench->status(QStringLiteral("psu")).identity.vendor.isEmpty());
        QVERIFY(!m_bench->status(QStringLiteral("psu")).identity.serial.isEmpty());
        QVERIFY(m_bench->profile(QStringLiteral("psu")) != nullptr);
    }

    void measurementsBecomeReadingsWithValueUnitAndIdentity()
    {
        waitAllIdle();
        const auto readings = runAndCollect(
            request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature"), 5));
        QCOMPARE(readings.size(), 5);
        for (const Reading &r : readings) {
            QCOMPARE(r->status, JobStatus::Succeeded);
            QCOMPARE(r->instrument, QStringLiteral("sensor"));
            QCOMPARE(r->operation, QStringLiteral("measure_temperature"));
            QVERIFY(std::holds_alternative<double>(r->value));
            QVERIFY(!r->unit.isEmpty());
            QVERIFY(!r->identity.model.isEmpty());
            QVERIFY(r->completedWallNs >= r->startedWallNs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_bench->status(QStringLiteral("sensor")).jobsDone, 5, kSafetyMs);
    }

    void theDmmReadsWhatThePsuWasSetToAcrossTheSerialPath()
    {
        // Not wired in this bench: the DMM path is checked for a numeric DC voltage over a pty.
        waitAllIdle();
        const auto readings = runAndCollect(
            request({QStringLiteral("dmm")}, QStringLiteral("measure_voltage_dc"), 3));
        QCOMPARE(readings.size(), 3);
        for (const Reading &r : readings)
            QVERIFY2(r->status == JobStatus::Succeeded, qPrintable(r->error));
    }

    void sharedOperationsAreTheIntersectionOfProfiles()
    {
        waitAllIdle();
        const auto ops = m_bench->sharedOperations({QStringLiteral("dmm"), QStringLiteral("psu")});
        QStringList ids;
        for (const auto &op : ops)
            ids.append(op.id);
        QVERIFY(ids.contains(QStringLiteral("identify")));
        QVERIFY(!ids.contains(QStringLiteral("measure_voltage_dc")));
        QVERIFY(m_bench->sharedOperations({QStringLiteral("nope")}).isEmpty());
    }

    void parametersOutsideTheProfileLimitsAreRefusedBeforeAnythingIsSent()
    {
        waitAllIdle();
        RunRequest r = request({QStringLiteral("psu")}, QStringLiteral("set_voltage"));
        r.parameters.insert(QStringLiteral("channel"), 1);
        r.parameters.insert(QStringLiteral("value"), 1e6);
        QString error;
        QCOMPARE(m_engine->start(r, &error), quint64(0));
        QVERIFY2(error.contains(QStringLiteral("psu")), qPrintable(error));
        QCOMPARE(m_dispatcher->counters().submitted, 3); // only the three connects
    }

    void aStringParameterCannotSmuggleACommandToTheInstrument()
    {
        // A simulated box whose `*RST` would put its level back to 0: the level it reads after
        // the attempt says whether `*RST` reached it.
        const auto loaded =
            DriverProfileLoader::parse(kLabelledProfile, QStringLiteral("labelled.json"));
        QVERIFY2(loaded.profile, qPrintable(loaded.error));
        m_profiles.addProfile(*loaded.profile);
        m_engine.reset();
        m_bench.reset();
        m_sim.reset();
        QString error;
        const auto specs = SimBench::parse(R"({"instruments": [
            { "name": "box", "profile": "test-labelled-box", "transport": "tcp", "seed": 5 }]})",
                                           &error);
        QVERIFY2(specs, qPrintable(error));
        m_sim = std::make_unique<SimBench>();
        QVERIFY2(m_sim->start(m_profiles, *specs, &error), qPrintable(error));
        m_bench = std::make_unique<Bench>(m_dispatcher.get(), &m_profiles);
        m_engine = std::make_unique<RunEngine>(m_dispatcher.get());
        m_engine->addTarget(m_bench.get());
        InstrumentConfig c;
        c.name = QStringLiteral("box");
        c.resource = m_sim->resource(c.name);
        c.timeoutMs = 2000;
        c.simulated = true;
        QVERIFY2(m_bench->addInstrument(c, &error), qPrintable(error));
        waitAllIdle();
        QCOMPARE(m_bench->status(c.name).profileId, QStringLiteral("test-labelled-box"));

        RunRequest set = request({c.name}, QStringLiteral("set_level"));
        set.parameters.insert(QStringLiteral("level"), 5);
        QCOMPARE(runAndCollect(set).size(), 1);

        RunRequest label = request({c.name}, QStringLiteral("set_label"));
        label.parameters.insert(QStringLiteral("label"), QStringLiteral("X;*RST"));
        const quint64 refused = m_engine->start(label, &error);
        if (refused != 0)
            runAndCollect(request({c.name}, QStringLiteral("identify"))); // let it reach the box
        const auto level = runAndCollect(request({c.name}, QStringLiteral("query_level")));
        QCOMPARE(level.size(), 1);
        QVERIFY2(level.at(0)->status == JobStatus::Succeeded, qPrintable(level.at(0)->error));
        QCOMPARE(std::get<double>(level.at(0)->value), 5.0); // no *RST reached the box
        QCOMPARE(refused, quint64(0));
        // The plan validator's words: the field, the value and the instrument.
        QVERIFY2(error.contains(QStringLiteral("label: ';' is not allowed")) &&
                     error.contains(QStringLiteral("(box)")),
                 qPrintable(error));
    }

    void aSilentInstrumentTimesOutTurnsRedAndTheOthersGoOn()
    {
        waitAllIdle();
        SimFaults faults;
        faults.flags = SimFaults::NoReply;
        QVERIFY(m_sim->setFaults(QStringLiteral("sensor"), faults));
        QSignalSpy events(m_engine.get(), &RunEngine::eventLogged); // the job's failure
        RunRequest r = request({QStringLiteral("sensor"), QStringLiteral("dmm")},
                               QStringLiteral("identify"), 2);
        const auto readings = runAndCollect(r);
        QCOMPARE(readings.size(), 4);
        int timedOut = 0, ok = 0;
        for (const Reading &reading : readings) {
            if (reading->instrument == QStringLiteral("sensor")) {
                QCOMPARE(reading->status, JobStatus::TimedOut);
                QVERIFY(!reading->error.isEmpty());
                ++timedOut;
            } else {
                QCOMPARE(reading->status, JobStatus::Succeeded);
                ++ok;
            }
        }
        QCOMPARE(timedOut, 2);
        QCOMPARE(ok, 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_bench->status(QStringLiteral("sensor")).state,
                                  InstrumentState::Error, kSafetyMs);
        QCOMPARE(m_bench->status(QStringLiteral("dmm")).state, InstrumentState::Idle);
        QVERIFY(!events.isEmpty());

        // Fault cleared: the next job succeeds and the light goes back to idle.
        QVERIFY(m_sim->setFaults(QStringLiteral("sensor"), SimFaults{}));
        const auto after = runAndCollect(
            request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature")));
        QCOMPARE(after.size(), 1);
        QVERIFY2(after.first()->status == JobStatus::Succeeded, qPrintable(after.first()->error));
        QTRY_COMPARE_WITH_TIMEOUT(m_bench->status(QStringLiteral("sensor")).state,
                                  InstrumentState::Idle, kSafetyMs);
    }

    void garbageEndsAsAFailureWithAClearMessage()
    {
        waitAllIdle();
        SimFaults faults;
        faults.flags = SimFaults::Garbage;
        faults.onlyCommand = "MEAS";
        QVERIFY(m_sim->setFaults(QStringLiteral("sensor"), faults));
        const auto readings = runAndCollect(
            request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature")));
        QCOMPARE(readings.size(), 1);
        QCOMPARE(readings.first()->status, JobStatus::Failed);
        QVERIFY(!readings.first()->error.isEmpty());
    }

    void eachFaultEndsWithItsFailureKind_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says"); ///< a piece of the error text, when it matters
        const struct
        {
            const char *link;
            const char *instrument;
            const char *operation;
        } links[] = {{"pty", "dmm", "measure_voltage_dc"},
                     {"tcp", "sensor", "measure_temperature"}};
        const struct
        {
            const char *fault;
            const char *status;
            const char *kind;
        } faults[] = {
            {"no-reply", "timed-out", "no-reply"},
            {"slow-reply", "timed-out", "no-reply"}, // later than the timeout: nothing came
            {"garbage", "failed", "garbled"},
            {"wrong-terminator", "timed-out", "partial-reply"},
            {"partial-reply", "timed-out", "partial-reply"},
            {"disconnect", "failed", "link-lost"},
        };
        for (const auto &l : links) {
            for (const auto &f : faults) {
                // The pty's hang-up says so, not QSerialPort's errno text.
                const bool hangUp =
                    qstrcmp(f.fault, "disconnect") == 0 && qstrcmp(l.link, "pty") == 0;
                QTest::addRow("%s on %s is %s/%s", f.fault, l.link, f.status, f.kind)
                    << QString::fromLatin1(l.instrument) << QString::fromLatin1(l.operation)
                    << QString::fromLatin1(f.fault) << QString::fromLatin1(f.status)
                    << QString::fromLatin1(f.kind)
                    << (hangUp ? QStringLiteral("hung up") : QString());
            }
        }
    }
    void eachFaultEndsWithItsFailureKind()
    {
        QFETCH(QString, instrument);
        QFETCH(QString, operation);
        QFETCH(QString, fault);
        QFETCH(QString, status);
        QFETCH(QString, kind);
        QFETCH(QString, says);
        waitAllIdle();
        reconfigure(instrument, [](InstrumentConfig &c) { c.timeoutMs = 400; });
        waitAllIdle();
        SimFaults faults;
        faults.flags = *SimFaults::fromName(fault);
        faults.onlyCommand = "MEAS";
        faults.slowReplyMs = 2000;
        faults.times = 1;
        QVERIFY(m_sim->setFaults(instrument, faults));
        const auto readings = runAndCollect(request({instrument}, operation));
        QCOMPARE(readings.size(), 1);
        const Reading &r = readings.first();
        QVERIFY2(jobStatusName(r->status) == status, qPrintable(r->error));
        QVERIFY2(failureKindName(r->failure) == kind, qPrintable(r->error));
        QVERIFY2(r->error.contains(says), qPrintable(r->error));
    }

    void aLostLinkIsReconnectedToTheSameInstrumentAndWorkResumes()
    {
        waitAllIdle();
        const Reading::Identity before = m_bench->status(QStringLiteral("psu")).identity;
        SimFaults faults;
        faults.flags = SimFaults::DisconnectMidReply;
        faults.onlyCommand = "*IDN";
        QVERIFY(m_sim->setFaults(QStringLiteral("psu"), faults));
        const auto lost =
            runAndCollect(request({QStringLiteral("psu")}, QStringLiteral("identify")));
        QCOMPARE(lost.size(), 1);
        QVERIFY(lost.first()->status != JobStatus::Succeeded);
        QVERIFY(m_sim->setFaults(QStringLiteral("psu"), SimFaults{}));
        // Backoff, reopen, *IDN? matches: idle again.
        QTRY_COMPARE_WITH_TIMEOUT(m_bench->status(QStringLiteral("psu")).state,
                                  InstrumentState::Idle, kSafetyMs);
        QCOMPARE(m_bench->status(QStringLiteral("psu")).identity, before);
        const auto after =
            runAndCollect(request({QStringLiteral("psu")}, QStringLiteral("identify")));
        QCOMPARE(after.size(), 1);
        QVERIFY2(after.first()->status == JobStatus::Succeeded, qPrintable(after.first()->error));
    }

    void aLostVxi11LinkIsCreatedAgainAndWorkResumes()
    {
        QString error;
        const auto specs = SimBench::parse(R"({"instruments": [
            {"name": "meter", "profile": "labdispatch-sim-dmm", "transport": "vxi11", "seed": 21,
             "latencyMs": 2}]})",
                                           &error);
        QVERIFY2(specs, qPrintable(error));
        SimBench sim;
        QVERIFY2(sim.start(m_profiles, *specs, &error), qPrintable(error));
        qputenv("LABDISPATCH_VXI11_PORTMAPPER_PORT", QByteArray::number(sim.vxi11PortmapperPort()));
        Dispatcher dispatcher(4);
        Bench bench(&dispatcher, &m_profiles);
        RunEngine engine(&dispatcher);
        engine.addTarget(&bench);
        InstrumentConfig c;
        c.name = QStringLiteral("meter");
        c.resource = sim.resource(c.name);
        c.timeoutMs = 500;
        c.simulated = true;
        QVERIFY2(bench.addInstrument(c, &error), qPrintable(error));
        bench.connectAll();
        QTRY_COMPARE_WITH_TIMEOUT(bench.status(c.name).state, InstrumentState::Idle, kSafetyMs);
        const Reading::Identity before = bench.status(c.name).identity;

        // The instrument hangs up halfway through a reply: the TCP connection, and with it the
        // VXI-11 link, is gone.
        SimFaults faults;
        faults.flags = SimFaults::DisconnectMidReply;
        faults.onlyCommand = "*IDN";
        QVERIFY(sim.setFaults(c.name, faults));
        const auto lost = runAndCollectOn(engine, request({c.name}, QStringLiteral("identify")));
        QCOMPARE(lost.size(), 1);
        QVERIFY(lost.first()->status != JobStatus::Succeeded);
        QVERIFY(sim.setFaults(c.name, SimFaults{}));
        // Backoff, portmapper, create_link, *IDN? matches: idle again.
        QTRY_COMPARE_WITH_TIMEOUT(bench.status(c.name).state, InstrumentState::Idle, kSafetyMs);
        QCOMPARE(bench.status(c.name).identity, before);
        const auto after = runAndCollectOn(engine, request({c.name}, QStringLiteral("identify")));
        QCOMPARE(after.size(), 1);
        QVERIFY2(after.first()->status == JobStatus::Succeeded, qPrintable(after.first()->error));
    }

    void anotherInstrumentOnTheSamePortIsAnErrorTheUserSees()
    {
        waitAllIdle();
        SimFaults faults;
        faults.flags = SimFaults::DisconnectMidReply | SimFaults::NewIdentity;
        faults.onlyCommand = "MEAS";
        QVERIFY(m_sim->setFaults(QStringLiteral("sensor"), faults));
        QSignalSpy events(m_bench.get(), &Bench::eventLogged);
        runAndCollect(request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature")));
        QTRY_VERIFY_WITH_TIMEOUT(m_bench->status(QStringLiteral("sensor"))
                                     .lastError.contains(QStringLiteral("another instrument")),
                                 kSafetyMs);
        QCOMPARE(m_bench->status(QStringLiteral("sensor")).state, InstrumentState::Error);
        bool logged = false;
        for (const auto &args : events)
            logged |=
                args.at(0).value<BenchEvent>().text.contains(QStringLiteral("another instrument"));
        QVERIFY(logged);
    }

    void aPinnedIdentityThatDoesNotMatchIsAnErrorAndNoJobRuns_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("wrong vendor") << QStringLiteral("vendor");
        QTest::newRow("wrong model") << QStringLiteral("model");
        QTest::newRow("wrong serial") << QStringLiteral("serial");
    }
    void aPinnedIdentityThatDoesNotMatchIsAnErrorAndNoJobRuns()
    {
        waitAllIdle();
        const Reading::Identity real = m_bench->status(QStringLiteral("sensor")).identity;
        QFETCH(QString, field);
        reconfigure(QStringLiteral("sensor"), [&](InstrumentConfig &c) {
            // The others pinned right: only the wrong one may refuse it.
            c.expect = {real.vendor, real.model, real.serial};
            QString *pin = field == QLatin1String("vendor")  ? &c.expect.vendor
                           : field == QLatin1String("model") ? &c.expect.model
                                                             : &c.expect.serial;
            *pin = QStringLiteral("SOMEONE-ELSE");
            c.profileId = QStringLiteral("labdispatch-sim-thermometer"); // so a run is accepted
        });
        m_bench->connectAll();
        QTRY_COMPARE_WITH_TIMEOUT(m_bench->status(QStringLiteral("sensor")).state,
                                  InstrumentState::Error, kSafetyMs);
        const QString error = m_bench->status(QStringLiteral("sensor")).lastError;
        QVERIFY2(error.contains(field + QStringLiteral(" SOMEONE-ELSE")), qPrintable(error));
        QVERIFY2(error.contains(real.serial), qPrintable(error)); // found: names who answered

        const auto readings = runAndCollect(
            request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature"), 3));
        QCOMPARE(readings.size(), 3);
        for (const Reading &r : readings) {
            QCOMPARE(r->status, JobStatus::Failed);
            QVERIFY2(r->error.contains(QStringLiteral("SOMEONE-ELSE")), qPrintable(r->error));
        }
        QCOMPARE(m_bench->status(QStringLiteral("sensor")).jobsDone, 0);
    }

    void aMatchingPinConnectsAndIsCheckedAgainOnReconnect()
    {
        waitAllIdle();
        const Reading::Identity real = m_bench->status(QStringLiteral("sensor")).identity;
        reconfigure(QStringLiteral("sensor"),
                    [&](InstrumentConfig &c) { c.expect.serial = real.serial; });
        waitAllIdle();
        // The link drops; the instrument that comes back reports another serial.
        SimFaults faults;
        faults.flags = SimFaults::DisconnectMidReply | SimFaults::NewIdentity;
        faults.onlyCommand = "MEAS";
        QVERIFY(m_sim->setFaults(QStringLiteral("sensor"), faults));
        runAndCollect(request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature")));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_bench->status(QStringLiteral("sensor"))
                .lastError.contains(QStringLiteral("expected serial ") + real.serial),
            kSafetyMs);
        QCOMPARE(m_bench->status(QStringLiteral("sensor")).state, InstrumentState::Error);
    }

    void identityPinsRoundTripThroughTheBenchFile()
    {
        reconfigure(QStringLiteral("dmm"), [](InstrumentConfig &c) {
            c.expect = {QStringLiteral("ACME"), QString(), QStringLiteral("SN 7")};
        });
        const QByteArray json = m_bench->file().toJson();
        QVERIFY2(json.contains("\"expect\""), json.constData());
        QVERIFY2(!json.contains("\"model\""), json.constData()); // an empty pin is not written
        Dispatcher d2(2);
        Bench copy(&d2, &m_profiles);
        QString error;
        QVERIFY2(BenchFile::load(&copy, json, &error), qPrintable(error));
        QVERIFY(copy.status(QStringLiteral("dmm")).config.expect ==
                m_bench->status(QStringLiteral("dmm")).config.expect);
        QVERIFY(copy.status(QStringLiteral("sensor")).config.expect.isEmpty());
    }

    void badIdentityPinsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("expect");
        QTest::addColumn<QString>("says");
        QTest::newRow("not an object") << QByteArray("\"SN 7\"") << QStringLiteral("expect");
        QTest::newRow("unknown field")
            << QByteArray(R"({"firmware": "1.0"})") << QStringLiteral("firmware");
        QTest::newRow("not a text")
            << QByteArray(R"({"serial": 7})") << QStringLiteral("expect.serial");
        QTest::newRow("a comma can never match")
            << QByteArray(R"({"model": "A,B"})") << QStringLiteral("A,B");
    }
    void badIdentityPinsAreRefusedWithAReason()
    {
        QFETCH(QByteArray, expect);
        QFETCH(QString, says);
        const QByteArray json = R"({"schema": 1, "instruments": [{"name": "x", "resource": )"
                                R"("TCPIP0::127.0.0.1::5025::SOCKET", "expect": )" +
                                expect + "}]}";
        Dispatcher d2(2);
        Bench copy(&d2, &m_profiles);
        QString error;
        QVERIFY(!BenchFile::load(&copy, json, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void jobsWaitForAReconnectInsteadOfFailingAtOnce()
    {
        waitAllIdle();
        // A timeout well beyond the first backoff (500 ms): a wait can end in a reconnect.
        reconfigure(QStringLiteral("sensor"), [](InstrumentConfig &c) { c.timeoutMs = 5000; });
        waitAllIdle();
        SimFaults faults;
        faults.flags = SimFaults::DisconnectMidReply;
        faults.onlyCommand = "MEAS";
        faults.times = 1; // the link drops once
        QVERIFY(m_sim->setFaults(QStringLiteral("sensor"), faults));
        QSignalSpy events(m_bench.get(), &Bench::eventLogged);
        const auto readings = runAndCollect(
            request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature"), 30));
        QCOMPARE(readings.size(), 30);
        // Only the job whose reply was cut fails; the others wait for the reconnect.
        QVERIFY2(countStatus(readings, JobStatus::Succeeded) >= 29,
                 qPrintable(QString::number(countStatus(readings, JobStatus::Succeeded))));
        bool reconnected = false;
        for (const auto &args : events)
            reconnected |= args.at(0).value<BenchEvent>().text.contains(u"reconnected");
        QVERIFY(reconnected);
    }

    void aDeadInstrumentFailsEachJobAtItsTimeoutWithTheReason()
    {
        waitAllIdle();
        reconfigure(QStringLiteral("sensor"), [](InstrumentConfig &c) { c.timeoutMs = 200; });
        waitAllIdle();
        m_sim->stop(); // every simulated instrument gone for good
        QTRY_COMPARE_WITH_TIMEOUT(m_bench->status(QStringLiteral("sensor")).state,
                                  InstrumentState::Reconnecting, kSafetyMs);
        const auto readings = runAndCollect(
            request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature"), 3));
        QCOMPARE(readings.size(), 3);
        for (const Reading &r : readings) {
            QCOMPARE(r->status, JobStatus::TimedOut);
            QCOMPARE(r->failure, FailureKind::LinkDown);
            QVERIFY2(r->error.contains(QStringLiteral("did not come back within 200 ms")),
                     qPrintable(r->error));
        }
    }

    void aRefusedReconnectNamesWhoAnswersInTheJobsError()
    {
        waitAllIdle();
        SimFaults faults;
        faults.flags = SimFaults::DisconnectMidReply | SimFaults::NewIdentity;
        faults.onlyCommand = "MEAS";
        QVERIFY(m_sim->setFaults(QStringLiteral("sensor"), faults));
        reconfigure(QStringLiteral("sensor"), [](InstrumentConfig &c) { c.timeoutMs = 1500; });
        waitAllIdle();
        const auto readings = runAndCollect(
            request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature"), 2));
        QCOMPARE(readings.size(), 2);
        // The first loses its link mid-reply; the second waits and learns who answers instead.
        const Reading &second = readings.at(1)->submittedMonoNs > readings.at(0)->submittedMonoNs
                                    ? readings.at(1)
                                    : readings.at(0);
        QVERIFY2(second->error.contains(QStringLiteral("another instrument answers")),
                 qPrintable(second->error));
        QVERIFY2(second->error.contains(QStringLiteral("-R1")), qPrintable(second->error));
        QVERIFY2(m_bench->status(QStringLiteral("sensor"))
                     .lastError.contains(QStringLiteral("another instrument answers")),
                 qPrintable(m_bench->status(QStringLiteral("sensor")).lastError));
    }

    void aSecondSpellingOfADeviceIsRefusedAndNotProbed_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("double slash") << QStringLiteral("//");
        QTest::newRow("dot segment") << QStringLiteral("/./");
        QTest::newRow("symbolic link") << QStringLiteral("link");
    }
    void aSecondSpellingOfADeviceIsRefusedAndNotProbed()
    {
        QFETCH(QString, how);
        const QString resource = m_bench->status(QStringLiteral("dmm")).config.resource;
        QString path = VisaResource::parse(resource).serialPortName(); // /dev/pts/N
        QTemporaryDir dir;
        if (how == QLatin1String("link")) {
            const QString link = dir.filePath(QStringLiteral("adapter"));
            QVERIFY(QFile::link(path, link));
            path = link;
        } else {
            path.replace(QStringLiteral("/pts/"), QStringLiteral("/pts") + how);
        }
        InstrumentConfig c;
        c.name = QStringLiteral("dmm again");
        c.resource = QStringLiteral("ASRL%1::INSTR").arg(path);
        QString error;
        QVERIFY(!m_bench->addInstrument(c, &error));
        QVERIFY2(error.contains(QStringLiteral("already on the bench as 'dmm'")),
                 qPrintable(error));

        DiscoveryRequest request;
        request.systemSerialPorts = false;
        request.serialPorts = {path};
        BenchDiscovery discovery(m_bench.get());
        QSignalSpy finished(&discovery, &BenchDiscovery::finished);
        QVERIFY(discovery.discover(request, &error) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        QCOMPARE(finished.first().at(1).toInt(), 0); // nothing probed
    }

    void benchFileRoundTripsAndABadFileChangesNothing()
    {
        const QByteArray json = m_bench->file().toJson();
        Dispatcher d2(2);
        Bench copy(&d2, &m_profiles);
        QString error;
        QVERIFY2(BenchFile::load(&copy, json, &error), qPrintable(error));
        QCOMPARE(copy.names(), m_bench->names());
        for (const QString &name : copy.names())
            QCOMPARE(copy.status(name).config.resource, m_bench->status(name).config.resource);
        QVERIFY(!BenchFile::load(&copy, "{\"schema\": 1, \"instruments\": [{\"name\": \"x\"}]}",
                                 &error));
        QVERIFY2(error.contains(QStringLiteral("instruments[0]")), qPrintable(error));
        QCOMPARE(copy.names(), m_bench->names());
        QVERIFY(!BenchFile::load(&copy, "not json", &error));
        QVERIFY(!error.isEmpty());
    }

    void aBenchFileUsingOneResourceTwiceChangesNothing_data()
    {
        QTest::addColumn<QString>("second");
        // Found by fuzz_benchfile: the second instrument on the same device was refused only
        // after the bench's instruments had been replaced by the first ones of the file.
        QTest::newRow("the same resource in other case")
            << QStringLiteral("tcpip0::192.168.1.5::5025::socket");
        QTest::newRow("the same device under another board spelling")
            << QStringLiteral("TCPIP00::192.168.1.5::5025::SOCKET");
    }
    void aBenchFileUsingOneResourceTwiceChangesNothing()
    {
        QFETCH(QString, second);
        const QStringList before = m_bench->names();
        QVERIFY(!before.isEmpty());
        QString error;
        QVERIFY(!BenchFile::load(
            m_bench.get(),
            QByteArray(
                "{\"schema\": 1, \"instruments\": [{\"name\": \"a\", \"resource\": "
                "\"TCPIP0::192.168.1.5::5025::SOCKET\"}, {\"name\": \"b\", \"resource\": \"") +
                second.toUtf8() + "\"}]}",
            &error));
        QVERIFY2(error.contains(QStringLiteral("instruments[1]")), qPrintable(error));
        QCOMPARE(m_bench->names(), before);
    }

    void aBenchFileNumberBeyondEveryIntegerIsRefused_data()
    {
        QTest::addColumn<QByteArray>("instrument");
        QTest::addColumn<QString>("reason");
        // Found by fuzz_benchfile: converting these to an integer before checking the range
        // was undefined behaviour (UBSan: float-cast-overflow).
        QTest::newRow("baud far beyond 64 bits")
            << QByteArray(R"("line": {"baud": 11520088888888888888888888888})")
            << QStringLiteral("baud must be a whole number");
        QTest::newRow("baud beyond 32 bits") << QByteArray(R"("line": {"baud": 8589934592})")
                                             << QStringLiteral("baud must be a whole number");
        QTest::newRow("timeout beyond every integer")
            << QByteArray(R"("timeoutMs": 1e300)") << QStringLiteral("timeoutMs");
        QTest::newRow("timeout beyond 32 bits")
            << QByteArray(R"("timeoutMs": -8589934592)") << QStringLiteral("timeoutMs");
        QTest::newRow("data bits beyond every integer")
            << QByteArray(R"("line": {"dataBits": 6.66667e+63})") << QStringLiteral("dataBits");
    }

    void aBenchFileNumberBeyondEveryIntegerIsRefused()
    {
        QFETCH(QByteArray, instrument);
        QFETCH(QString, reason);
        Dispatcher d2(2);
        Bench copy(&d2, &m_profiles);
        const QByteArray json = R"({"schema": 1, "instruments": [{"name": "x", )"
                                R"("resource": "ASRL/dev/ttyS0::INSTR", )" +
                                instrument + "}]}";
        QString error;
        QVERIFY(!BenchFile::load(&copy, json, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(copy.names().isEmpty());
    }

    void badInstrumentsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty name")
            << QString() << QStringLiteral("TCPIP0::127.0.0.1::5025::SOCKET")
            << QStringLiteral("name");
        QTest::newRow("garbage resource")
            << QStringLiteral("x") << QStringLiteral("USB::what") << QStringLiteral("x");
        QTest::newRow("duplicate name")
            << QStringLiteral("dmm") << QStringLiteral("TCPIP0::127.0.0.1::5025::SOCKET")
            << QStringLiteral("already");
    }
    void badInstrumentsAreRefusedWithAReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, resource);
        QFETCH(QString, expected);
        InstrumentConfig c;
        c.name = name;
        c.resource = resource;
        QString error;
        const int before = m_bench->names().size();
        QVERIFY(!m_bench->addInstrument(c, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(m_bench->names().size(), before);
    }

    void aBenchFileEntryIsCheckedWhenTheFileLoads_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"name": "x", "resource": "TCPIP0::127.0.0.1::5025::SOCKET", )";
        QTest::newRow("unknown profile")
            << head + R"("profile": "no-such-profile"})"
            << QStringLiteral(
                   "instruments[0]: x: profile: no driver profile has the id 'no-such-profile'.");
        QTest::newRow("line settings as one number in quotes")
            << head + R"("line": "9600"})"
            << QStringLiteral("instruments[0]: x: line: must be an object of serial settings "
                              "such as {\"baud\": 9600}, not '9600'");
        QTest::newRow("baud rate in quotes")
            << head + R"("line": {"baud": "9600"}})"
            << QStringLiteral("instruments[0]: x: line: baud must be a number, not \"9600\"");
        QTest::newRow("terminator as a number")
            << head + R"("line": {"readTerminator": 10}})"
            << QStringLiteral(
                   "instruments[0]: x: line: readTerminator must be a text in quotes, not 10");
    }
    void aBenchFileEntryIsCheckedWhenTheFileLoads()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, expected);
        const QByteArray before = m_bench->file().toJson();
        QString error;
        QVERIFY(!BenchFile::load(m_bench.get(), R"({"schema": 1, "instruments": [)" + entry + "]}",
                                 &error));
        QCOMPARE(error, expected);
        QCOMPARE(m_bench->file().toJson(), before);
    }

    void anInstrumentNamingAnUnknownProfileIsRefusedWhenAddedOrUpdated()
    {
        InstrumentConfig c;
        c.name = QStringLiteral("x");
        c.resource = QStringLiteral("TCPIP0::127.0.0.1::5025::SOCKET");
        c.profileId = QStringLiteral("no-such-profile");
        const QString expected =
            QStringLiteral("x: profile: no driver profile has the id 'no-such-profile'.");
        QString error;
        QVERIFY(!m_bench->addInstrument(c, &error));
        QCOMPARE(error, expected);
        QVERIFY(!m_bench->contains(c.name));
        // A refused update keeps the instrument as it was.
        InstrumentConfig dmm = m_bench->status(QStringLiteral("dmm")).config;
        const QString resource = dmm.resource;
        dmm.profileId = c.profileId;
        dmm.name = c.name;
        QVERIFY(!m_bench->updateInstrument(QStringLiteral("dmm"), dmm, &error));
        QCOMPARE(error, expected);
        QCOMPARE(m_bench->status(QStringLiteral("dmm")).config.resource, resource);
    }

    void discoveryFindsInstrumentsOnPtysAndLanAndMatchesTheirProfiles()
    {
        // A second simulated bench whose instruments are not on the Bench yet.
        QString error;
        auto specs = SimBench::parse(R"({"instruments": [
            { "name": "new-dmm", "profile": "labdispatch-sim-dmm", "transport": "pty", "seed": 21 },
            { "name": "new-gen", "profile": "labdispatch-sim-fgen", "transport": "tcp", "seed": 22 }
        ]})",
                                     &error);
        QVERIFY2(specs, qPrintable(error));
        SimBench other;
        QVERIFY2(other.start(m_profiles, *specs, &error), qPrintable(error));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();

        DiscoveryRequest request;
        request.systemSerialPorts = false;
        request.serialPorts = {other.resource(QStringLiteral("new-dmm")),
                               QStringLiteral("/dev/pts/no-such-pty")};
        request.lanAddresses = {other.resource(QStringLiteral("new-gen")),
                                QStringLiteral("127.0.0.1:%1").arg(deadPort)};
        request.timeoutMs = 1000;
        BenchDiscovery discovery(m_bench.get());
        QSignalSpy results(&discovery, &BenchDiscovery::discovered);
        QSignalSpy finished(&discovery, &BenchDiscovery::finished);
        const quint64 id = discovery.discover(request, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        QCOMPARE(finished.first().at(1).toInt(), 4);
        QCOMPARE(finished.first().at(2).toInt(), 2);
        QHash<QString, DiscoveredInstrument> byResource;
        for (const auto &args : results)
            byResource.insert(args.at(1).value<DiscoveredInstrument>().resource,
                              args.at(1).value<DiscoveredInstrument>());
        const auto dmm = byResource.value(other.resource(QStringLiteral("new-dmm")));
        QVERIFY(dmm.found);
        QCOMPARE(dmm.profileId, QStringLiteral("labdispatch-sim-dmm"));
        QVERIFY(!dmm.identity.serial.isEmpty());
        const auto gen = byResource.value(other.resource(QStringLiteral("new-gen")));
        QVERIFY(gen.found);
        QCOMPARE(gen.profileId, QStringLiteral("labdispatch-sim-fgen"));
        int failures = 0;
        for (const auto &r : std::as_const(byResource))
            if (!r.found) {
                QVERIFY(!r.error.isEmpty());
                ++failures;
            }
        QCOMPARE(failures, 2);
    }

    void discoveryNeverOpensAPortTheBenchUses()
    {
        DiscoveryRequest request;
        request.systemSerialPorts = false;
        for (const InstrumentStatus &s : m_bench->statuses()) {
            if (s.config.resource.startsWith(QLatin1String("ASRL")))
                request.serialPorts.append(s.config.resource);
            else
                request.lanAddresses.append(s.config.resource);
        }
        BenchDiscovery discovery(m_bench.get());
        QSignalSpy finished(&discovery, &BenchDiscovery::finished);
        QVERIFY(discovery.discover(request) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        QCOMPARE(finished.first().at(1).toInt(), 0);
        QCOMPARE(m_dispatcher->counters().submitted, 0);
    }

    void discoveryRefusesAnAddressItCannotRead_data()
    {
        QTest::addColumn<QString>("lan");
        QTest::newRow("no port") << QStringLiteral("127.0.0.1");
        QTest::newRow("port out of range") << QStringLiteral("localhost:70000");
        QTest::newRow("serial resource as LAN") << QStringLiteral("ASRL/dev/ttyS0::INSTR");
    }
    void discoveryRefusesAnAddressItCannotRead()
    {
        QFETCH(QString, lan);
        DiscoveryRequest request;
        request.systemSerialPorts = false;
        request.lanAddresses = {lan};
        QString error;
        BenchDiscovery discovery(m_bench.get());
        QCOMPARE(discovery.discover(request, &error), quint64(0));
        QVERIFY2(error.contains(lan), qPrintable(error));
    }

    void disablingAnInstrumentCancelsItsJobsAndRefusesRuns()
    {
        waitAllIdle();
        m_bench->setEnabled(QStringLiteral("dmm"), false);
        QCOMPARE(m_bench->status(QStringLiteral("dmm")).state, InstrumentState::Disabled);
        QString error;
        QCOMPARE(
            m_engine->start(request({QStringLiteral("dmm")}, QStringLiteral("identify")), &error),
            quint64(0));
        QVERIFY(error.contains(QStringLiteral("off")));
        m_bench->setEnabled(QStringLiteral("dmm"), true);
        m_bench->connectAll();
        QTRY_COMPARE_WITH_TIMEOUT(m_bench->status(QStringLiteral("dmm")).state,
                                  InstrumentState::Idle, kSafetyMs);
    }

    void aSimulatedPtyThatMovesStaysInTheRunWithItsMatchedProfile()
    {
        // The fixture's instruments have matched profiles (as `labdispatch run --sim`): a pty
        // that hangs up comes back under a new path, which the bench follows. The instrument
        // is the same device, so it keeps its profile and the interval run keeps it.
        const QString dmm = QStringLiteral("dmm");
        waitIdle({dmm});
        const QString profileId = m_bench->status(dmm).profileId;
        QVERIFY(!profileId.isEmpty());
        const QString before = m_sim->resource(dmm);
        QVERIFY(startIntervalRun({dmm}, QStringLiteral("measure_voltage_dc")) != 0);
        QVERIFY(m_sim->setFaults(dmm, disconnectOnMeasure()));
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->resource(dmm) != before, kSafetyMs);
        QVERIFY(m_sim->setFaults(dmm, SimFaults{}));
        QTRY_COMPARE_WITH_TIMEOUT(m_bench->status(dmm).config.resource, m_sim->resource(dmm),
                                  kSafetyMs);
        QCOMPARE(m_bench->status(dmm).config.profileId, profileId);
        // Readings come again over the new path, in the same run.
        QVERIFY(waitForSucceeded({dmm}, 3));
        QVERIFY(m_engine->hasActiveRuns());
        m_engine->stopAll();
    }
};

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
