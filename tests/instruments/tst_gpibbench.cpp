// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchfixture.h"
#include "instruments/benchdiscovery.h"
#include "instruments/benchfile.h"
#include "plans/runrequest.h"

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ld;

namespace {
/**
 * Two buses of four instruments each, one behind a GPIB-USB controller on a pty (board 0),
 * one behind a GPIB-ETHERNET controller on TCP (board 1), beside four instruments of their own.
 */
const char *kSimJson = R"({
  "gpib": [
    { "name": "usb", "board": 0, "transport": "pty", "instruments": [
      { "name": "u-dmm", "profile": "labdispatch-sim-dmm", "address": 5, "seed": 21, "latencyMs": 1 },
      { "name": "u-thermo", "profile": "labdispatch-sim-thermometer", "address": 7, "seed": 22 },
      { "name": "u-psu", "profile": "labdispatch-sim-psu3", "address": 9, "secondary": 2, "seed": 23 },
      { "name": "u-dmm2", "profile": "labdispatch-sim-dmm", "address": 11, "seed": 24, "latencyMs": 2 } ] },
    { "name": "eth", "board": 1, "transport": "tcp", "instruments": [
      { "name": "e-dmm", "profile": "labdispatch-sim-dmm", "address": 3, "seed": 31 },
      { "name": "e-thermo", "profile": "labdispatch-sim-thermometer", "address": 4, "seed": 32, "latencyMs": 1 },
      { "name": "e-psu", "profile": "labdispatch-sim-psu3", "address": 22, "seed": 33 },
      { "name": "e-fgen", "profile": "labdispatch-sim-fgen", "address": 30, "seed": 34 } ] }
  ],
  "instruments": [
    { "name": "p-dmm", "profile": "labdispatch-sim-dmm", "transport": "pty", "seed": 41 },
    { "name": "p-thermo", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 42 },
    { "name": "p-psu", "profile": "labdispatch-sim-psu3", "transport": "tcp", "seed": 43 },
    { "name": "p-fgen", "profile": "labdispatch-sim-fgen", "transport": "pty", "seed": 44 }
  ]
})";
/** JSON written with single quotes, which moc reads without trouble. */
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}
} // namespace

/**
 * GPIB end to end: instruments behind simulated Prologix-style controllers, jobs through the
 * dispatcher at cap 16 beside instruments of their own, the bench file's "gpib" boards.
 */
class TestGpibBench : public test::BenchFixture
{
    Q_OBJECT

private:
    QStringList m_live; ///< every instrument that answers

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 5);
    }

    void init()
    {
        // The controller's check: two exchanges on one bus at once would warn.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("starts an exchange while")));
        QVERIFY(startBench(kSimJson, 800));
        m_live.clear();
        for (const SimBench::Entry &e : m_sim->instruments())
            m_live.append(e.name);
    }

    void cleanup() { stopBench(); }

    void busesOfFourReadRightUnderCap16NeverTwoExchangesAtOnce()
    {
        QCOMPARE(m_bench->gpibBoards().size(), 2);
        waitIdle(m_live);
        // Each answers as itself: distinct serials, the model of its own profile.
        QSet<QString> serials;
        for (const QString &name : std::as_const(m_live)) {
            const InstrumentStatus s = m_bench->status(name);
            serials.insert(s.identity.serial);
            const QString kind = name.mid(2).remove(QRegularExpression(QStringLiteral("\\d")));
            QVERIFY2(s.profileId.contains(kind), qPrintable(name + QLatin1Char(' ') + s.profileId));
        }
        QCOMPARE(serials.size(), m_live.size());

        RunRequest r;
        r.instruments = m_live;
        r.operation = QStringLiteral("identify");
        r.repeat = 10;
        const QList<Reading> readings = runAndCollect(r);
        QCOMPARE(readings.size(), m_live.size() * 10);
        for (const Reading &reading : readings) {
            QVERIFY2(reading->status == JobStatus::Succeeded, qPrintable(reading->error));
            const QString serial = m_bench->status(reading->instrument).identity.serial;
            QVERIFY2(std::get<QString>(reading->value).contains(serial),
                     qPrintable(reading->instrument + QLatin1String(": ") +
                                std::get<QString>(reading->value)));
        }
        // The simulated controllers' own view: nothing arrived while a read was in progress.
        QCOMPARE(m_sim->gpibOverlaps(QStringLiteral("usb")), 0);
        QCOMPARE(m_sim->gpibOverlaps(QStringLiteral("eth")), 0);
        const QList<QByteArray> log = m_sim->gpibLog(QStringLiteral("usb"));
        QVERIFY(log.count("++read eoi") >= 4 * 11);
    }

    void aDeadAddressIsAClearTimeoutAndTheOthersGoOn()
    {
        // The board reads for 200 ms (a quarter of the bench's 800 ms): less than the ghost's.
        InstrumentConfig ghost;
        ghost.name = QStringLiteral("ghost");
        ghost.resource = QStringLiteral("GPIB0::20::INSTR");
        ghost.profileId = QStringLiteral("labdispatch-sim-dmm");
        ghost.timeoutMs = 600;
        QString error;
        QVERIFY2(m_bench->addInstrument(ghost, &error), qPrintable(error));
        waitIdle(m_live);
        QTRY_COMPARE_WITH_TIMEOUT(m_bench->status(QStringLiteral("ghost")).state,
                                  InstrumentState::Error, kSafetyMs);
        const QString why = m_bench->status(QStringLiteral("ghost")).lastError;
        QVERIFY2(why.contains(QLatin1String("no reply to '*IDN?' within 600 ms")), qPrintable(why));

        RunRequest r;
        r.instruments = m_live;
        r.operation = QStringLiteral("identify");
        r.repeat = 3;
        const QList<Reading> readings = runAndCollect(r);
        QCOMPARE(readings.size(), m_live.size() * 3);
        for (const Reading &reading : readings)
            QVERIFY2(reading->status == JobStatus::Succeeded, qPrintable(reading->error));
        // The abandoned read was followed by a device clear at the dead address.
        const QList<QByteArray> log = m_sim->gpibLog(QStringLiteral("usb"));
        const qsizetype clr = log.indexOf("++clr");
        QVERIFY(clr > 0);
        QCOMPARE(log.at(log.lastIndexOf("++addr 20", clr) + 1), QByteArray("*IDN?\n"));
    }

    void theBenchFileBindsBoardsAndRoundTrips()
    {
        const QByteArray saved = m_bench->file().toJson();
        const QList<GpibBoardConfig> boards = m_bench->gpibBoards();
        QCOMPARE(boards.size(), 2);
        QCOMPARE(boards.at(0).readTimeoutMs, 200);
        QString error;
        Bench other(m_dispatcher.get(), &m_profiles);
        QVERIFY2(BenchFile::load(&other, saved, &error), qPrintable(error));
        QCOMPARE(other.gpibBoards(), boards);
        QCOMPARE(other.file().toJson(), saved);
        QCOMPARE(boards.at(1).busKey(),
                 QStringLiteral("gpib1@") + m_sim->gpibControllers().at(1).resource);
    }

    void badGpibBindingsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("gpib");
        QTest::addColumn<QByteArray>("resource");
        QTest::addColumn<QString>("why");
        const QByteArray ok =
            json("[{'board': 0, 'controller': 'TCPIP::127.0.0.1::1234::SOCKET'}]");
        QTest::newRow("not a list")
            << json("{'board': 0}") << QByteArray("GPIB0::5::INSTR") << "gpib: must be a list";
        QTest::newRow("unknown key")
            << json("[{'board': 0, 'controller': 'ASRL/dev/ttyUSB0::INSTR', 'baud': 1}]")
            << QByteArray("GPIB0::5::INSTR") << "gpib[0]: unknown field 'baud'";
        QTest::newRow("controller on gpib itself")
            << json("[{'board': 0, 'controller': 'GPIB1::5::INSTR'}]")
            << QByteArray("GPIB0::5::INSTR") << "must be a serial port";
        QTest::newRow("controller missing")
            << json("[{'board': 0}]") << QByteArray("GPIB0::5::INSTR")
            << "controller's VISA resource is required";
        QTest::newRow("read timeout beyond the controller's 3000 ms")
            << json("[{'board': 0, 'controller': 'TCPIP::h::1234::SOCKET',"
                    "                             'readTimeoutMs': 5000}]")
            << QByteArray("GPIB0::5::INSTR") << "readTimeoutMs: must be from 1 to 3000";
        QTest::newRow("board bound twice")
            << json("[{'board': 0, 'controller': 'TCPIP::a::1234::SOCKET'},"
                    "                             {'board': 0, 'controller': "
                    "'TCPIP::b::1234::SOCKET'}]")
            << QByteArray("GPIB0::5::INSTR") << "board 0 is bound twice";
        QTest::newRow("one controller for two boards")
            << json("[{'board': 0, 'controller': 'TCPIP::a::1234::SOCKET'},"
                    "                             {'board': 1, 'controller': "
                    "'tcpip0::A::1234::socket'}]")
            << QByteArray("GPIB0::5::INSTR") << "serves two boards";
        QTest::newRow("board as text")
            << json("[{'board': '0', 'controller': 'TCPIP::a::1234::SOCKET'}]")
            << QByteArray("GPIB0::5::INSTR") << "board: a whole number";
        QTest::newRow("instrument on an unbound board")
            << ok << QByteArray("GPIB3::5::INSTR") << "GPIB board 3 has no controller";
        QTest::newRow("instrument on the controller's own port")
            << ok << QByteArray("TCPIP0::127.0.0.1::1234::SOCKET") << "is used twice";
    }
    void badGpibBindingsAreRefusedAndChangeNothing()
    {
        QFETCH(QByteArray, gpib);
        QFETCH(QByteArray, resource);
        QFETCH(QString, why);
        QString error;
        const QByteArray before = m_bench->file().toJson();
        const QByteArray file = json("{'schema': 1, 'gpib': ") + gpib +
                                json(", 'instruments': [{'name': 'x', 'resource': '") + resource +
                                json("'}]}");
        QVERIFY(!BenchFile::load(m_bench.get(), file, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QCOMPARE(m_bench->file().toJson(), before);
    }

    void anInstrumentOnAnUnboundBoardIsRefusedWhenAdded()
    {
        InstrumentConfig c;
        c.name = QStringLiteral("stray");
        c.resource = QStringLiteral("GPIB4::5::INSTR");
        QString error;
        QVERIFY(!m_bench->addInstrument(c, &error));
        QVERIFY2(error.contains(QLatin1String("GPIB board 4 has no controller")),
                 qPrintable(error));
    }

    void discoveryScansABoardsAddressesThroughItsController()
    {
        QString error;
        // u-dmm (5) is on the bench and not probed; u-psu answers at 9 secondary 2 only, so
        // the scan of primary addresses finds the thermometer and the second DMM.
        QVERIFY(m_bench->removeInstrument(QStringLiteral("u-thermo")));
        QVERIFY(m_bench->removeInstrument(QStringLiteral("u-dmm2")));
        BenchDiscovery discovery(m_bench.get());
        QSignalSpy found(&discovery, &BenchDiscovery::discovered);
        QSignalSpy finished(&discovery, &BenchDiscovery::finished);
        DiscoveryRequest request;
        request.systemSerialPorts = false;
        request.gpibBoards = {0};
        request.timeoutMs = 400;
        QList<DiscoveredInstrument> skipped;
        QVERIFY2(discovery.discover(request, &error, &skipped), qPrintable(error));
        QVERIFY(finished.wait(kSafetyMs));
        QCOMPARE(finished.at(0).at(1).toInt(), 29); // 30 addresses, one on the bench
        QCOMPARE(finished.at(0).at(2).toInt(), 2);
        QStringList hits;
        for (const auto &args : found) {
            const auto d = args.at(1).value<DiscoveredInstrument>();
            if (d.found)
                hits.append(d.resource + QLatin1Char('=') + d.profileId);
        }
        hits.sort();
        QCOMPARE(hits,
                 QStringList({QStringLiteral("GPIB0::11::INSTR=labdispatch-sim-dmm"),
                              QStringLiteral("GPIB0::7::INSTR=labdispatch-sim-thermometer")}));
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(m_sim->gpibOverlaps(QStringLiteral("usb")), 0);

        request.gpibBoards = {7};
        QCOMPARE(discovery.discover(request, &error), quint64(0));
        QVERIFY2(error.contains(QLatin1String("GPIB board 7 has no controller")),
                 qPrintable(error));
    }

    void aPtyControllerThatMovesKeepsItsInstrumentsInTheRun()
    {
        // A "disconnect" behind the GPIB-USB controller hangs up its pty, which comes back
        // under a new path; the bench rebinds board 0 there and the run on it goes on.
        const QStringList names{QStringLiteral("u-dmm"), QStringLiteral("u-dmm2")};
        waitIdle(names);
        const QString before = m_bench->gpibBoards().at(0).controller;
        QCOMPARE(before, m_sim->gpibControllers().at(0).resource);
        QVERIFY(before.startsWith(QLatin1String("ASRL/dev/pts/")));
        const QString profileId = m_bench->status(names.at(0)).profileId;
        QVERIFY(!profileId.isEmpty());
        QVERIFY(startIntervalRun(names, QStringLiteral("measure_voltage_dc")) != 0);
        QVERIFY(m_sim->setFaults(names.at(0), disconnectOnMeasure()));
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->gpibControllers().at(0).resource != before, kSafetyMs);
        QVERIFY(m_sim->setFaults(names.at(0), SimFaults{}));
        QTRY_COMPARE_WITH_TIMEOUT(m_bench->gpibBoards().at(0).controller,
                                  m_sim->gpibControllers().at(0).resource, kSafetyMs);
        // The same instruments, as they were configured, with the profile they matched.
        QCOMPARE(m_bench->names(), m_live);
        QCOMPARE(m_bench->status(names.at(0)).config.resource, QStringLiteral("GPIB0::5::INSTR"));
        QCOMPARE(m_bench->status(names.at(0)).profileId, profileId);
        // Readings come again from both, through the new pty, in the same run.
        QVERIFY(waitForSucceeded(names, 3));
        QVERIFY(m_engine->hasActiveRuns());
        m_engine->stopAll();
    }

    void rebindingToAControllerInUseIsRefusedAndChangesNothing()
    {
        GpibBoardConfig board = m_bench->gpibBoards().at(0);
        board.controller = m_bench->gpibBoards().at(1).controller;
        QString error;
        QVERIFY(!m_bench->bindGpibBoard(board, &error));
        QVERIFY2(error.contains(QLatin1String("the controller of GPIB1")), qPrintable(error));
        board.controller = m_sim->resource(QStringLiteral("p-dmm"));
        QVERIFY(!m_bench->bindGpibBoard(board, &error));
        QVERIFY2(error.contains(QLatin1String("as 'p-dmm'")), qPrintable(error));
        QCOMPARE(m_bench->gpibBoards().at(0).controller, m_sim->gpibControllers().at(0).resource);
    }
};

QTEST_GUILESS_MAIN(TestGpibBench)
#include "tst_gpibbench.moc"
