// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result runCli(const QStringList &args, int timeoutMs = 60000)
    {
        QProcess p;
        p.start(QStringLiteral(LABDISPATCH_BINARY), args);
        Result r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
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
    }
    void usageErrorsExitTwoWithOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
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
