// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "binaryrun.h"
#include "results/journalreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>

#include <sys/stat.h>

/**
 * The headless command line as scripts use it: the real binary, a simulated bench over ptys
 * and loopback TCP, exit codes, the journal and the CSV it leaves behind.
 */
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_healthyBench;
    QString m_faultyBench;

    using Result = ld::test::BinaryResult;

    static Result runCli(const QStringList &args, int timeoutMs = 60000)
    {
        // Options the window parses are checked with a window system at hand; never a real one.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return ld::test::runBinary(QStringLiteral(LABDISPATCH_BINARY), args, timeoutMs, env);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }

    static QStringList csvDataRows(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList rows;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QString l = QString::fromUtf8(line).trimmed();
            if (!l.isEmpty() && !l.startsWith(QLatin1Char('#')))
                rows.append(l);
        }
        return rows.mid(1); // the header row
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_healthyBench = writeFile(QStringLiteral("healthy.json"), R"({
  "instruments": [
    { "name": "t1", "profile": "labdispatch-sim-thermometer", "transport": "pty", "seed": 1, "latencyMs": 1 },
    { "name": "t2", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 2, "latencyMs": 1 }
  ]
})");
        m_faultyBench = writeFile(QStringLiteral("faulty.json"), R"({
  "instruments": [
    { "name": "good", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 3, "latencyMs": 1 },
    { "name": "bad", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 4, "latencyMs": 1,
      "faults": { "kinds": [ "garbage" ], "probability": 1.0, "only": "MEAS" } }
  ]
})");
        QVERIFY(!m_healthyBench.isEmpty() && !m_faultyBench.isEmpty());
    }

    void usageErrorsExitTwoWithOneClearLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QString sim = QStringLiteral("--sim");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("run without --op")
            << QStringList{QStringLiteral("run")} << QStringLiteral("--op");
        QTest::newRow("cap zero") << QStringList{QStringLiteral("run"), QStringLiteral("--op"),
                                                 QStringLiteral("x"), QStringLiteral("--cap"),
                                                 QStringLiteral("0")}
                                  << QStringLiteral("--cap");
        QTest::newRow("cap not a number")
            << QStringList{QStringLiteral("run"), QStringLiteral("--op"), QStringLiteral("x"),
                           QStringLiteral("--cap"), QStringLiteral("lots")}
            << QStringLiteral("lots");
        QTest::newRow("repeat negative")
            << QStringList{QStringLiteral("run"), QStringLiteral("--op"), QStringLiteral("x"),
                           QStringLiteral("--repeat"), QStringLiteral("-3")}
            << QStringLiteral("--repeat");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("run"), QStringLiteral("--frob")}
            << QStringLiteral("frob");
        QTest::newRow("interval without duration")
            << QStringList{QStringLiteral("run"), QStringLiteral("--op"), QStringLiteral("x"),
                           QStringLiteral("--interval"), QStringLiteral("10")}
            << QStringLiteral("--duration");
        QTest::newRow("missing bench file")
            << QStringList{QStringLiteral("list"), QStringLiteral("--bench"),
                           QStringLiteral("/nonexistent/bench.json")}
            << QStringLiteral("/nonexistent/bench.json");
        QTest::newRow("bench and sim")
            << QStringList{QStringLiteral("list"), QStringLiteral("--bench"), QStringLiteral("a"),
                           sim, QStringLiteral("demo")}
            << QStringLiteral("together");
        QTest::newRow("unknown sim bench")
            << QStringList{QStringLiteral("list"), sim, QStringLiteral("/nonexistent.json")}
            << QStringLiteral("--sim");
        QTest::newRow("export without csv")
            << QStringList{QStringLiteral("export"), QStringLiteral("run-1")}
            << QStringLiteral("usage");

        // Every command, and the window's own options, the same way.
        const QString unknown = QStringLiteral("--an-unknown-option");
        QTest::newRow("window: unknown option")
            << QStringList{unknown} << QStringLiteral("an-unknown-option");
        QTest::newRow("window: missing value")
            << QStringList{QStringLiteral("--cap")} << QStringLiteral("cap");
        QTest::newRow("window: cap out of range")
            << QStringList{QStringLiteral("--cap"), QStringLiteral("0")} << QStringLiteral("--cap");
        QTest::newRow("window: broker not HOST:PORT")
            << QStringList{QStringLiteral("--broker"), QStringLiteral(":1883")}
            << QStringLiteral("--broker");
        for (const char *command : {"run", "list", "profiles", "runs", "export", "demo", "node"})
            QTest::addRow("%s: unknown option", command)
                << QStringList{QLatin1String(command), unknown}
                << QStringLiteral("an-unknown-option");
        const auto missing = [](const char *command, const char *option) {
            QTest::addRow("%s: %s without its value", command, option)
                << QStringList{QLatin1String(command), QLatin1String(option)}
                << QString::fromLatin1(option).mid(2);
        };
        missing("run", "--op");
        missing("list", "--bench");
        missing("profiles", "--profiles");
        missing("runs", "--runs-folder");
        missing("demo", "--jobs");
        missing("node", "--name");
        QTest::newRow("export: --csv without its value")
            << QStringList{QStringLiteral("export"), QStringLiteral("run-1"),
                           QStringLiteral("--csv")}
            << QStringLiteral("csv");
        QTest::newRow("list: connect timeout not a number")
            << QStringList{QStringLiteral("list"), QStringLiteral("--connect-timeout"),
                           QStringLiteral("soon")}
            << QStringLiteral("--connect-timeout");
        QTest::newRow("demo: cap zero")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--cap"), QStringLiteral("0")}
            << QStringLiteral("--cap");
        QTest::newRow("node: cap not a number")
            << QStringList{QStringLiteral("node"),        QStringLiteral("--name"),
                           QStringLiteral("n"),           QStringLiteral("--broker"),
                           QStringLiteral("127.0.0.1:1"), QStringLiteral("--cap"),
                           QStringLiteral("lots")}
            << QStringLiteral("--cap");
        QTest::newRow("run: -i naming no instrument")
            << QStringList{QStringLiteral("run"),
                           sim,
                           m_healthyBench,
                           QStringLiteral("--op"),
                           QStringLiteral("measure_temperature"),
                           QStringLiteral("-i"),
                           QStringLiteral(",, ,")}
            << QStringLiteral("--instruments names no instrument");
    }
    void usageErrorsExitTwoWithOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Result r = runCli(args);
        QVERIFY2(r.exitCode == 2,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void badOperationOrParameterOnARealBenchIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown instrument")
            << QStringList{QStringLiteral("--op"), QStringLiteral("measure_temperature"),
                           QStringLiteral("-i"), QStringLiteral("nope")}
            << QStringLiteral("nope");
        QTest::newRow("operation nobody offers")
            << QStringList{QStringLiteral("--op"), QStringLiteral("fly_to_the_moon")}
            << QStringLiteral("fly_to_the_moon");
        QTest::newRow("parameter out of limits")
            << QStringList{QStringLiteral("--op"), QStringLiteral("set_averaging"),
                           QStringLiteral("-p"), QStringLiteral("count=100000")}
            << QStringLiteral("limit");
        QTest::newRow("misspelled parameter")
            << QStringList{QStringLiteral("--op"), QStringLiteral("set_averaging"),
                           QStringLiteral("-p"), QStringLiteral("cont=8")}
            << QStringLiteral("unknown parameter 'cont' (set_averaging takes count)");
    }
    void badOperationOrParameterOnARealBenchIsAUsageError()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, says);
        QTemporaryDir runs;
        const Result r =
            runCli(QStringList{QStringLiteral("run"), QStringLiteral("--sim"), m_healthyBench,
                               QStringLiteral("--runs-folder"), runs.path()} +
                   extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        // Refused before anything ran: no journal was started.
        QVERIFY(QDir(runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void inputsThatAreNotSmallRegularFilesAreRefusedWithAClearError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        // Devices, FIFOs and huge files: each is refused at once, never read until memory runs
        // out or a writer appears.
        QDir dir(m_dir.path());
        QVERIFY(dir.mkpath(QStringLiteral("inputs/profiles")));
        const QString zero = m_dir.filePath(QStringLiteral("inputs/zero.json"));
        const QString fifo = m_dir.filePath(QStringLiteral("inputs/fifo.json"));
        const QString huge = m_dir.filePath(QStringLiteral("inputs/huge.json"));
        const QString profiles = m_dir.filePath(QStringLiteral("inputs/profiles"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), profiles + QStringLiteral("/zero.json")));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QFile big(huge);
        QVERIFY(big.open(QIODevice::WriteOnly) && big.resize((qint64(32) << 20) + 1));
        big.close();
        const QString list = QStringLiteral("list");
        const QString bench = QStringLiteral("--bench");
        const QStringList broker{list,
                                 QStringLiteral("--broker"),
                                 QStringLiteral("127.0.0.1:1"),
                                 QStringLiteral("--user"),
                                 QStringLiteral("lab"),
                                 QStringLiteral("--password-file")};
        QTest::newRow("bench file linked to /dev/zero")
            << QStringList{list, bench, zero} << 2 << QStringLiteral("not a regular file");
        QTest::newRow("bench file that is a FIFO")
            << QStringList{list, bench, fifo} << 2 << QStringLiteral("not a regular file");
        QTest::newRow("bench file over 32 MiB")
            << QStringList{list, bench, huge} << 2 << QStringLiteral("larger than 32 MiB");
        QTest::newRow("password file linked to /dev/zero")
            << broker + QStringList{zero} << 2 << QStringLiteral("not a regular file");
        QTest::newRow("password file that is a FIFO")
            << broker + QStringList{fifo} << 2 << QStringLiteral("not a regular file");
        QTest::newRow("password file over 4 KiB")
            << broker + QStringList{huge} << 2 << QStringLiteral("larger than 4 KiB");
        QTest::newRow("profile linked to /dev/zero")
            << QStringList{QStringLiteral("profiles"), QStringLiteral("--profiles"), profiles} << 1
            << QStringLiteral("zero.json: cannot read: not a regular file");
    }
    void inputsThatAreNotSmallRegularFilesAreRefusedWithAClearError()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const Result r = runCli(args);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(r.exitCode, exitCode);
    }

    void aRunWhereEveryJobSucceedsExitsZeroAndExportsEveryReading()
    {
        QTemporaryDir runs;
        const QString csv = m_dir.filePath(QStringLiteral("ok.csv"));
        const Result r = runCli(
            {QStringLiteral("run"), QStringLiteral("--sim"), m_healthyBench, QStringLiteral("--op"),
             QStringLiteral("measure_temperature"), QStringLiteral("--repeat"), QStringLiteral("7"),
             QStringLiteral("--cap"), QStringLiteral("4"), QStringLiteral("--csv"), csv,
             QStringLiteral("--runs-folder"), runs.path(), QStringLiteral("-q")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString runId = r.out.trimmed();
        QVERIFY(QFileInfo::exists(runs.filePath(runId + QStringLiteral("/journal.ldj"))));
        const QStringList rows = csvDataRows(csv);
        QCOMPARE(rows.size(), 14);
        for (const QString &row : rows)
            QVERIFY2(row.contains(QStringLiteral(",succeeded,")), qPrintable(row));
    }

    void aSimulatedBenchWithGpibControllersRunsThroughItsBoards()
    {
        // --sim binds the simulated controllers' boards itself: GPIB-USB on a pty, and
        // GPIB-ETHERNET on loopback TCP.
        const QString bench = writeFile(QStringLiteral("gpib.json"), R"({
  "gpib": [
    { "name": "usb", "board": 0, "transport": "pty", "instruments": [
      { "name": "g-usb", "profile": "labdispatch-sim-thermometer", "address": 5, "seed": 11 } ] },
    { "name": "eth", "board": 1, "transport": "tcp", "instruments": [
      { "name": "g-eth", "profile": "labdispatch-sim-thermometer", "address": 7, "seed": 12 } ] }
  ]
})");
        QTemporaryDir runs;
        const QString csv = m_dir.filePath(QStringLiteral("gpib.csv"));
        const Result r =
            runCli({QStringLiteral("run"), QStringLiteral("--sim"), bench, QStringLiteral("--op"),
                    QStringLiteral("measure_temperature"), QStringLiteral("--repeat"),
                    QStringLiteral("3"), QStringLiteral("--csv"), csv,
                    QStringLiteral("--runs-folder"), runs.path(), QStringLiteral("-q")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList rows = csvDataRows(csv);
        QCOMPARE(rows.size(), 6);
        for (const QString &row : rows)
            QVERIFY2(row.contains(QStringLiteral(",succeeded,")), qPrintable(row));
    }

    void runsDetailsPrintsOneRunsHeaderAndWhatItsJournalHolds()
    {
        QTemporaryDir runs;
        const Result r = runCli(
            {QStringLiteral("run"), QStringLiteral("--sim"), m_healthyBench, QStringLiteral("--op"),
             QStringLiteral("measure_temperature"), QStringLiteral("--repeat"), QStringLiteral("2"),
             QStringLiteral("--cap"), QStringLiteral("3"), QStringLiteral("--runs-folder"),
             runs.path(), QStringLiteral("-q")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString runId = r.out.trimmed();
        const Result details = runCli({QStringLiteral("runs"), QStringLiteral("--details"), runId,
                                       QStringLiteral("--runs-folder"), runs.path()});
        QVERIFY2(details.exitCode == 0, qPrintable(details.err));
        const QStringList lines = details.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(QStringLiteral("run: ") + runId), qPrintable(details.out));
        QVERIFY2(lines.contains(QStringLiteral("run state: closed, completed")),
                 qPrintable(details.out));
        QVERIFY2(lines.contains(QStringLiteral("cap: 3")), qPrintable(details.out));
        QVERIFY2(lines.contains(QStringLiteral("readings: 4")), qPrintable(details.out));
        QVERIFY2(lines.contains(QStringLiteral("readings from plan steps: 0")),
                 qPrintable(details.out));
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^instrument: \\S+; resource: ")))
                     .size(),
                 2);

        const Result missing =
            runCli({QStringLiteral("runs"), QStringLiteral("--details"),
                    QStringLiteral("no-such-run"), QStringLiteral("--runs-folder"), runs.path()});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("no-such-run")), qPrintable(missing.err));
    }

    void aRunWithFailedJobsExitsOneAndStillExportsThem()
    {
        QTemporaryDir runs;
        const QString csv = m_dir.filePath(QStringLiteral("faulty.csv"));
        const Result r =
            runCli({QStringLiteral("run"), QStringLiteral("--sim"), m_faultyBench,
                    QStringLiteral("--op"), QStringLiteral("measure_temperature"),
                    QStringLiteral("--repeat"), QStringLiteral("3"), QStringLiteral("--csv"), csv,
                    QStringLiteral("--runs-folder"), runs.path(), QStringLiteral("-q")});
        QCOMPARE(r.exitCode, 1);
        const QStringList rows = csvDataRows(csv);
        QCOMPARE(rows.size(), 6);
        int failed = 0;
        for (const QString &row : rows)
            failed +=
                row.contains(QStringLiteral(",bad,")) && row.contains(QStringLiteral(",failed,"));
        QCOMPARE(failed, 3);
    }

    void listPrintsEveryInstrumentWithItsIdentity()
    {
        const Result r = runCli({QStringLiteral("list"), QStringLiteral("--sim"), m_healthyBench,
                                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
            QVERIFY(!o.value(QStringLiteral("vendor")).toString().isEmpty());
            QCOMPARE(o.value(QStringLiteral("profile")).toString(),
                     QStringLiteral("labdispatch-sim-thermometer"));
        }
    }

    void listDiscoverFindsLanServicesOnLoopbackAndSaysDnsSdWasSkipped()
    {
        // A port free for TCP and UDP: the simulator's portmapper serves both on it.
        quint16 port = 0;
        {
            QTcpServer tcp;
            QUdpSocket udp;
            QVERIFY(tcp.listen(QHostAddress::LocalHost, 0));
            port = tcp.serverPort();
            QVERIFY(udp.bind(QHostAddress::LocalHost, port));
        }
        const QString bench = writeFile(
            QStringLiteral("vxi11.json"),
            QStringLiteral(R"({"instruments": [{"name": "meter", "profile": "labdispatch-sim-dmm",
                "transport": "vxi11", "port": %1, "seed": 3, "latencyMs": 2}]})")
                .arg(port)
                .toUtf8());
        qputenv("LABDISPATCH_VXI11_PORTMAPPER_PORT", QByteArray::number(port));
        qputenv("DBUS_SYSTEM_BUS_ADDRESS",
                "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("no-bus"))));
        const Result r = runCli({QStringLiteral("list"), QStringLiteral("--sim"), bench,
                                 QStringLiteral("--discover"), QStringLiteral("--lan-services"),
                                 QStringLiteral("--broadcast"), QStringLiteral("127.255.255.255"),
                                 QStringLiteral("--probe-timeout"), QStringLiteral("3000"),
                                 QStringLiteral("--json")});
        qunsetenv("LABDISPATCH_VXI11_PORTMAPPER_PORT");
        qunsetenv("DBUS_SYSTEM_BUS_ADDRESS");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        bool meter = false;
        bool note = false;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("resource")).toString() ==
                QLatin1String("TCPIP0::127.0.0.1::inst0::INSTR")) {
                meter = o.value(QStringLiteral("onBenchAs")).toString() == QLatin1String("meter") &&
                        o.value(QStringLiteral("foundBy")).toString() ==
                            QLatin1String("VXI-11 portmapper");
            } else {
                note = o.value(QStringLiteral("resource")).toString().isEmpty() &&
                       o.value(QStringLiteral("error"))
                           .toString()
                           .contains(QLatin1String("DNS-SD browsing skipped"));
            }
        }
        QVERIFY2(meter && note, qPrintable(r.out));
    }

    void listOptionsOfDiscoveryNeedDiscover()
    {
        const Result r = runCli({QStringLiteral("list"), QStringLiteral("--lan-services")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--lan-services needs --discover")),
                 qPrintable(r.err));
    }

    void profilesListsEveryShippedProfile()
    {
        const Result r = runCli({QStringLiteral("profiles")});
        QCOMPARE(r.exitCode, 0);
        for (const char *id : {"generic-scpi", "labdispatch-sim-dmm", "labdispatch-sim-psu3",
                               "labdispatch-sim-thermometer", "labdispatch-sim-fgen"})
            QVERIFY2(r.out.contains(QLatin1String(id)), id);
    }

    void aKilledRunIsFoundInterruptedAndItsReadingsExport()
    {
        QTemporaryDir runs;
        QProcess p;
        p.start(QStringLiteral(LABDISPATCH_BINARY),
                {QStringLiteral("run"), QStringLiteral("--sim"), m_healthyBench,
                 QStringLiteral("--op"), QStringLiteral("measure_temperature"),
                 QStringLiteral("--interval"), QStringLiteral("5"), QStringLiteral("--duration"),
                 QStringLiteral("600000"), QStringLiteral("--runs-folder"), runs.path()});
        QVERIFY(p.waitForStarted());
        // Wait until the journal holds some readings, then kill without warning.
        QString journal;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QStringList dirs =
                    QDir(runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
                if (dirs.isEmpty())
                    return false;
                journal = runs.filePath(dirs.first() + QStringLiteral("/journal.ldj"));
                return p.readAllStandardError().contains("done") || QFileInfo(journal).size() > 0;
            }(),
            30000);
        QTest::qWait(300);
        // While it runs, it is running, not interrupted: its writer holds the journal's lock.
        const Result live =
            runCli({QStringLiteral("runs"), QStringLiteral("--runs-folder"), runs.path()});
        QCOMPARE(live.exitCode, 0);
        QVERIFY2(live.out.contains(QStringLiteral(" running ")), qPrintable(live.out));
        QVERIFY2(!live.out.contains(QStringLiteral("INTERRUPTED")), qPrintable(live.out));
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(10000));

        const Result listed =
            runCli({QStringLiteral("runs"), QStringLiteral("--runs-folder"), runs.path()});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("INTERRUPTED")), qPrintable(listed.out));
        const QString runId = listed.out.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0);
        const QString csv = m_dir.filePath(QStringLiteral("killed.csv"));
        const Result exported = runCli({QStringLiteral("export"), runId, QStringLiteral("--csv"),
                                        csv, QStringLiteral("--runs-folder"), runs.path()});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(!csvDataRows(csv).isEmpty());
    }

    void exportNeverReplacesAJournalOrSomethingThatIsNotAFile()
    {
        QTemporaryDir runs;
        const Result ran = runCli(
            {QStringLiteral("run"), QStringLiteral("--sim"), m_healthyBench, QStringLiteral("--op"),
             QStringLiteral("measure_temperature"), QStringLiteral("--repeat"), QStringLiteral("2"),
             QStringLiteral("--runs-folder"), runs.path(), QStringLiteral("-q")});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        const QString runId = ran.out.trimmed();
        const QString journal = runs.filePath(runId + QStringLiteral("/journal.ldj"));
        QFile original(journal);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray journalBytes = original.readAll();
        original.close();
        const QString fifo = m_dir.filePath(QStringLiteral("export.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

        const QStringList targets{journal, fifo, m_dir.path()};
        for (const QString &target : targets) {
            const Result r =
                runCli({QStringLiteral("export"), journal, QStringLiteral("--csv"), target});
            QVERIFY2(r.exitCode == 2, qPrintable(target + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(target), qPrintable(r.err));
        }
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), journalBytes);
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());

        // A run refuses an unusable --csv before it starts, not after it measured.
        QTemporaryDir noRuns;
        const Result refused = runCli(
            {QStringLiteral("run"), QStringLiteral("--sim"), m_healthyBench, QStringLiteral("--op"),
             QStringLiteral("measure_temperature"), QStringLiteral("--csv"), m_dir.path(),
             QStringLiteral("--runs-folder"), noRuns.path()});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(QDir(noRuns.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void exportToADashWritesTheCsvToStandardOutput()
    {
        QTemporaryDir runs;
        const Result ran = runCli(
            {QStringLiteral("run"), QStringLiteral("--sim"), m_healthyBench, QStringLiteral("--op"),
             QStringLiteral("measure_temperature"), QStringLiteral("--repeat"), QStringLiteral("3"),
             QStringLiteral("--runs-folder"), runs.path(), QStringLiteral("-q")});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        const Result r =
            runCli({QStringLiteral("export"), ran.out.trimmed(), QStringLiteral("--csv"),
                    QStringLiteral("-"), QStringLiteral("--runs-folder"), runs.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString csv = writeFile(QStringLiteral("stdout.csv"), r.out.toUtf8());
        const QStringList rows = csvDataRows(csv);
        QVERIFY2(rows.size() == 6, qPrintable(r.out)); // two instruments, three times each
        QVERIFY(r.out.startsWith(QStringLiteral("# LabDispatch CSV export")));
    }

    void aHangUpOrAClosedPipeStopsTheRunAndClosesIt_data()
    {
        QTest::addColumn<bool>("hangUp");
        QTest::newRow("terminal closed (SIGHUP)") << true;
        QTest::newRow("reader of its output gone (2>&1 | head -n 1)") << false;
    }
    void aHangUpOrAClosedPipeStopsTheRunAndClosesIt()
    {
        QFETCH(bool, hangUp);
        QTemporaryDir runs;
        const QString csv = runs.filePath(QStringLiteral("stopped.csv"));
        // Long enough that only the signal or the closed pipe can end it.
        const QStringList args{QStringLiteral("run"),
                               QStringLiteral("--sim"),
                               m_healthyBench,
                               QStringLiteral("--op"),
                               QStringLiteral("measure_temperature"),
                               QStringLiteral("--interval"),
                               QStringLiteral("20"),
                               QStringLiteral("--duration"),
                               QStringLiteral("600000"),
                               QStringLiteral("--csv"),
                               csv,
                               QStringLiteral("--runs-folder"),
                               runs.path()};
        QProcess p;
        if (hangUp) {
            p.start(QStringLiteral(LABDISPATCH_BINARY), args);
        } else {
            // As a user types it: head exits after the first progress line.
            p.start(QStringLiteral("/bin/sh"),
                    QStringList{QStringLiteral("-c"),
                                QStringLiteral("\"$0\" \"$@\" 2>&1 | head -n 1"),
                                QStringLiteral(LABDISPATCH_BINARY)} +
                        args);
        }
        QVERIFY(p.waitForStarted());
        if (hangUp) {
            // A progress line says the run is under way; then the terminal goes.
            QByteArray err;
            QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("done"), 30000);
            ::kill(pid_t(p.processId()), SIGHUP);
        }
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            QFAIL("the run went on");
        }
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        if (hangUp)
            QCOMPARE(p.exitCode(), 1);

        const QStringList dirs = QDir(runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(dirs.size(), 1);
        const auto end = ld::JournalReader::readRunEnd(
            runs.filePath(dirs.first() + QStringLiteral("/journal.ldj")));
        QVERIFY2(end.has_value(), "the journal was left interrupted");
        QCOMPARE(end->outcome, ld::RunEnd::Outcome::Stopped);
        QVERIFY(end->readings > 0);
        QCOMPARE(csvDataRows(csv).size(), qsizetype(end->readings));
    }

    void listPrintsDeviceTextWithoutItsControlCharacters()
    {
        // One identity a terminal must not obey (ESC, BEL), one in UTF-8 that must not be
        // mangled.
        const QString bench = writeFile(QStringLiteral("strange.json"), R"({
  "instruments": [
    { "name": "evil", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 5,
      "vendor": "\u001b[2J\u001b]0;owned\u0007ACME" },
    { "name": "umlaut", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 6,
      "vendor": "M\u00fcller Messtechnik", "model": "\u03a9-Meter" }
  ]
})");
        const Result r = runCli({QStringLiteral("list"), QStringLiteral("--sim"), bench});
        for (const QByteArray &bytes : {r.rawOut, r.rawErr})
            for (const char c : bytes)
                QVERIFY2(uchar(c) >= 0x20 || c == '\n', bytes.toHex(' ').constData());
        QVERIFY2(r.out.contains(QStringLiteral("\\x1b[2J")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::fromUtf8("M\xc3\xbcller Messtechnik \xce\xa9-Meter")),
                 qPrintable(r.out));
    }

    void aRefusedReconnectIsPrintedWithWhoAnswersInstead()
    {
        const QString bench = writeFile(QStringLiteral("swapped.json"), R"({
  "instruments": [
    { "name": "swapped", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 7,
      "faults": { "kinds": [ "disconnect", "new-identity" ], "only": "MEAS" } }
  ]
})");
        QTemporaryDir runs;
        const Result r = runCli(
            {QStringLiteral("run"), QStringLiteral("--sim"), bench, QStringLiteral("--op"),
             QStringLiteral("measure_temperature"), QStringLiteral("--repeat"), QStringLiteral("2"),
             QStringLiteral("--runs-folder"), runs.path(), QStringLiteral("-q")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("swapped: another instrument answers on")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("-R1")), qPrintable(r.err)); // who answers
    }

    void versionAndHelpExitZero()
    {
        const Result v = runCli({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("labdispatch ")));
        const Result h = runCli({QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QStringLiteral("--csv")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
