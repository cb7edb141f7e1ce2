// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/**
 * Recording and replay end to end, with the real binaries: `labdispatch run --trace` against
 * a simulated bench, `labsim --replay` of the transcript, the same run against the replay,
 * and `labdispatch trace` reading transcripts.
 */
class TestTraceCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result runCli(const QStringList &args, int timeoutMs = 120000)
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

    /** One simulated thermometer on loopback TCP, with `faults` (a JSON object) if given. */
    QString simBench(const QString &name, const QByteArray &faults)
    {
        return writeFile(name, R"({ "instruments": [ { "name": "t1", "profile": )"
                               R"("labdispatch-sim-thermometer", "transport": "tcp", "seed": 5, )"
                               R"("latencyMs": 1)" +
                                   (faults.isEmpty() ? QByteArray() : ", \"faults\": " + faults) +
                                   " } ] }");
    }

    /** Starts `labsim --replay` and returns the resource it serves `instrument` under. */
    QString startReplay(QProcess &labsim, const QStringList &args, const QString &instrument)
    {
        labsim.start(QStringLiteral(LABSIM_BINARY), args);
        QByteArray out;
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && labsim.state() != QProcess::NotRunning) {
            labsim.waitForReadyRead(200);
            out += labsim.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                const QList<QByteArray> fields = line.split('\t');
                if (fields.size() == 3 && fields[0] == instrument.toUtf8() && fields[1] == "replay")
                    return QString::fromUtf8(fields[2]);
            }
        }
        qWarning("labsim said: %s %s", out.constData(), labsim.readAllStandardError().constData());
        return {};
    }

    /** A bench file with one instrument at `resource` and no profile: identity picks it. */
    QString replayBench(const QString &resource)
    {
        QJsonObject instrument{{QStringLiteral("name"), QStringLiteral("t1")},
                               {QStringLiteral("resource"), resource}};
        QJsonObject root{{QStringLiteral("schema"), 1},
                         {QStringLiteral("instruments"), QJsonArray{instrument}}};
        return writeFile(QStringLiteral("replay-bench.json"), QJsonDocument(root).toJson());
    }

    /** Each data row's `column` ("value", "status") of a long-layout CSV. */
    static QStringList csvColumn(const QString &path, const QString &column)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList out;
        qsizetype index = -1;
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList cells = line.split(QLatin1Char(','));
            if (index < 0)
                index = cells.indexOf(column);
            else
                out.append(cells.value(index));
        }
        return out;
    }

    Result measure(const QStringList &benchArgs, const QString &csv, const QStringList &more = {})
    {
        QTemporaryDir runs;
        return runCli(benchArgs +
                      QStringList{QStringLiteral("--op"), QStringLiteral("measure_temperature"),
                                  QStringLiteral("--repeat"), QStringLiteral("4"),
                                  QStringLiteral("--csv"), csv, QStringLiteral("--runs-folder"),
                                  runs.path(), QStringLiteral("-q")} +
                      more);
    }

    /** Measures on the simulated thermometer with `faults`, recording into `trace`. */
    Result record(const QByteArray &faults, const QString &trace, const QString &csv)
    {
        return measure({QStringLiteral("run"), QStringLiteral("--sim"),
                        simBench(QStringLiteral("recorded.json"), faults)},
                       csv, {QStringLiteral("--trace"), trace});
    }

    /** Serves `trace` with `labsim --replay` and `options`, and measures on the replay. */
    Result replay(const QString &trace, const QStringList &options, const QString &csv)
    {
        QProcess labsim;
        const QString resource = startReplay(
            labsim, QStringList{QStringLiteral("--replay"), trace} + options, QStringLiteral("t1"));
        Result r;
        if (resource.isEmpty())
            r.err = QStringLiteral("labsim --replay served nothing");
        else
            r = measure({QStringLiteral("run"), QStringLiteral("--bench"), replayBench(resource)},
                        csv);
        labsim.terminate();
        if (!labsim.waitForFinished(10000)) {
            labsim.kill();
            labsim.waitForFinished();
        }
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aReplayGivesTheRecordedReadingsValueForValue_data()
    {
        QTest::addColumn<QString>("match");
        QTest::addColumn<QString>("transport");
        QTest::newRow("in the recorded order, over TCP")
            << QStringLiteral("order") << QStringLiteral("tcp");
        QTest::newRow("looked up by command, over a pty")
            << QStringLiteral("command") << QStringLiteral("pty");
    }
    void aReplayGivesTheRecordedReadingsValueForValue()
    {
        QFETCH(QString, match);
        QFETCH(QString, transport);
        const QString trace = m_dir.filePath(QStringLiteral("healthy.trace"));
        const QString recorded = m_dir.filePath(QStringLiteral("recorded.csv"));
        const Result r = record({}, trace, recorded);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList values = csvColumn(recorded, QStringLiteral("value"));
        QCOMPARE(values.size(), 4);

        const QString replayed = m_dir.filePath(QStringLiteral("replayed.csv"));
        const Result again =
            replay(trace,
                   {QStringLiteral("--transport"), transport, QStringLiteral("--match"), match,
                    QStringLiteral("--speed"), QStringLiteral("2")},
                   replayed);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(csvColumn(replayed, QStringLiteral("value")), values);
    }

    void aRecordedFaultReplaysAsTheSameJobStatus_data()
    {
        QTest::addColumn<QByteArray>("faults");
        QTest::addColumn<QString>("status");
        QTest::newRow("a timeout") << QByteArray(R"({"kinds": ["no-reply"], "times": 1, )"
                                                 R"("only": "MEAS"})")
                                   << QStringLiteral("timed-out");
        QTest::newRow("a hang-up mid-reply")
            << QByteArray(R"({"kinds": ["disconnect"], "times": 1, "only": "MEAS"})")
            << QStringLiteral("failed");
    }
    void aRecordedFaultReplaysAsTheSameJobStatus()
    {
        QFETCH(QByteArray, faults);
        QFETCH(QString, status);
        const QString trace = m_dir.filePath(QStringLiteral("fault.trace"));
        const QString recorded = m_dir.filePath(QStringLiteral("fault-recorded.csv"));
        const Result r = record(faults, trace, recorded);
        QVERIFY2(r.exitCode == 1, qPrintable(r.err));
        const QStringList statuses = csvColumn(recorded, QStringLiteral("status"));
        QCOMPARE(statuses.size(), 4);
        QVERIFY2(statuses.contains(status), qPrintable(statuses.join(QLatin1Char(' '))));

        const QString replayed = m_dir.filePath(QStringLiteral("fault-replayed.csv"));
        const Result again =
            replay(trace, {QStringLiteral("--transport"), QStringLiteral("tcp")}, replayed);
        QVERIFY2(again.exitCode == 1, qPrintable(again.err));
        QCOMPARE(csvColumn(replayed, QStringLiteral("status")), statuses);
        QCOMPARE(csvColumn(replayed, QStringLiteral("value")),
                 csvColumn(recorded, QStringLiteral("value")));
    }

    void traceFiltersAndConvertsATranscript_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("lines"); // what follows the header, without the times
        QTest::newRow("everything")
            << QStringList{}
            << QStringList{QStringLiteral("a > \"MEAS?\\n\""), QStringLiteral("b > \"*IDN?\\n\""),
                           QStringLiteral("a < \"1.5\\n\""),
                           QStringLiteral("b timeout \"no reply\""),
                           QStringLiteral("a disconnect \"hung up\"")};
        QTest::newRow("one instrument")
            << QStringList{QStringLiteral("--instrument"), QStringLiteral("b")}
            << QStringList{QStringLiteral("b > \"*IDN?\\n\""),
                           QStringLiteral("b timeout \"no reply\"")};
        QTest::newRow("faults only") << QStringList{QStringLiteral("--errors")}
                                     << QStringList{QStringLiteral("b timeout \"no reply\""),
                                                    QStringLiteral("a disconnect \"hung up\"")};
        QTest::newRow("seconds into the transcript")
            << QStringList{QStringLiteral("--from"), QStringLiteral("+1"), QStringLiteral("--to"),
                           QStringLiteral("+2.5")}
            << QStringList{QStringLiteral("b > \"*IDN?\\n\""), QStringLiteral("a < \"1.5\\n\"")};
        QTest::newRow("wall time")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-12-06T12:00:02Z")}
            << QStringList{QStringLiteral("a < \"1.5\\n\""),
                           QStringLiteral("b timeout \"no reply\""),
                           QStringLiteral("a disconnect \"hung up\"")};
        QTest::newRow("bytes in hex")
            << QStringList{QStringLiteral("--hex"), QStringLiteral("-i"), QStringLiteral("a"),
                           QStringLiteral("--to"), QStringLiteral("+2")}
            << QStringList{QStringLiteral("a > hex:4d4541533f0a"),
                           QStringLiteral("a < hex:312e350a")};
    }
    void traceFiltersAndConvertsATranscript()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, lines);
        const QString file = writeFile(QStringLiteral("filter.trace"),
                                       "# labdispatch transcript 1\n"
                                       "2026-12-06T12:00:00.000000Z +0.000000 a > \"MEAS?\\n\"\n"
                                       "2026-12-06T12:00:01.000000Z +1.000000 b > \"*IDN?\\n\"\n"
                                       "2026-12-06T12:00:02.000000Z +2.000000 a < \"1.5\\n\"\n"
                                       "2026-12-06T12:00:03.000000Z +3.000000 b timeout \"no "
                                       "reply\"\n"
                                       "2026-12-06T12:00:04.000000Z +4.000000 a disconnect "
                                       "\"hung up\"\n");
        const Result r = runCli(QStringList{QStringLiteral("trace"), file} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList got = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(got.value(0), QStringLiteral("# labdispatch transcript 1"));
        got.removeFirst();
        for (QString &line : got)
            line = line.section(QLatin1Char(' '), 2); // without the wall and monotonic times
        QCOMPARE(got, lines);
    }

    void traceNamesTheLineOfAMalformedTranscript()
    {
        const QString file = writeFile(QStringLiteral("bad.trace"),
                                       "# labdispatch transcript 1\n"
                                       "2026-12-06T12:00:00.000000Z +0.000000 a > \"MEAS?\\n\"\n"
                                       "2026-12-06T12:00:00.000000Z +0.000000 a beep\n");
        const Result r = runCli({QStringLiteral("trace"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 3: unknown event kind 'beep'")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestTraceCli)
#include "tst_tracecli.moc"
