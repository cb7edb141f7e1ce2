// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/csvexporter.h"
#include "results/csvfield.h"
#include "results/journal.h"
#include "results/journalreader.h"
#include "sampledata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace ld;

namespace {

const QString kRun = QStringLiteral("run-csv");

/** Writes `count` sample readings (or the given ones) to a closed journal; returns its path. */
QString writeJournal(const QString &folder, int count, bool close = true)
{
    Journal journal(folder);
    if (!journal.open(sample::runInfo(kRun)))
        return {};
    for (JobId id = 1; id <= JobId(count); ++id)
        journal.append(sample::reading(kRun, id));
    if (close)
        journal.close();
    return Journal::journalPath(folder, kRun);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Data lines (after the comment block), split on CRLF; only for exports without quoted CR/LF. */
QList<QByteArray> dataLines(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    QList<QByteArray> out;
    for (QByteArray &line : lines) {
        if (line.startsWith("# ") || line.isEmpty())
            continue;
        if (line.endsWith('\r'))
            line.chop(1);
        out.append(line);
    }
    return out;
}

/**
 * The formula-injection rule as docs/results.md states it, written independently of csvfield:
 * the oracle for the round trip. A plain signed number is data, not a formula.
 */
QString guarded(const QString &text)
{
    static const QString kStarters = QStringLiteral("=+-@\t\r");
    static const QRegularExpression kPlainNumber(
        QStringLiteral("^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
    if (text.isEmpty() || !kStarters.contains(text.front()) || kPlainNumber.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + text;
}

} // namespace

class TestCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellQuotesAndGuardsAsRfc4180AndOwaspSay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("foreign");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain text stays bare") << "volt" << true << "volt";
        QTest::newRow("empty stays empty") << "" << true << "";
        QTest::newRow("comma is quoted") << "a,b" << true << "\"a,b\"";
        QTest::newRow("quote is doubled and quoted")
            << "say \"hi\"" << true << "\"say \"\"hi\"\"\"";
        QTest::newRow("LF is quoted") << "a\nb" << true << "\"a\nb\"";
        QTest::newRow("CRLF is quoted") << "a\r\nb" << true << "\"a\r\nb\"";
        QTest::newRow("leading = is guarded") << "=1+2" << true << "'=1+2";
        QTest::newRow("leading + before a formula is guarded") << "+A1*2" << true << "'+A1*2";
        QTest::newRow("leading - before a formula is guarded") << "-1+2" << true << "'-1+2";
        QTest::newRow("leading - before a function is guarded")
            << "-SUM(A1)" << true << "'-SUM(A1)";
        QTest::newRow("signed number followed by text is guarded") << "+1.5 V" << true << "'+1.5 V";
        QTest::newRow("sign alone is guarded") << "-" << true << "'-";
        QTest::newRow("signed point without digits is guarded") << "+." << true << "'+.";
        QTest::newRow("exponent without digits is guarded") << "+1E+" << true << "'+1E+";
        QTest::newRow("signed infinity is guarded") << "-inf" << true << "'-inf";
        QTest::newRow("signed hex is guarded") << "+0x10" << true << "'+0x10";
        QTest::newRow("device number with + and exponent stays a number")
            << "+1.234567E+00" << true << "+1.234567E+00";
        QTest::newRow("device number with - and exponent stays a number")
            << "-9.9E37" << true << "-9.9E37";
        QTest::newRow("device negative decimal stays a number") << "-1.5" << true << "-1.5";
        QTest::newRow("device signed integer stays a number") << "+1" << true << "+1";
        QTest::newRow("signed number without leading digit stays a number")
            << "-.5e-3" << true << "-.5e-3";
        QTest::newRow("signed number with trailing point stays a number") << "+5." << true << "+5.";
        QTest::newRow("leading @ is guarded") << "@SUM(A1)" << true << "'@SUM(A1)";
        QTest::newRow("leading tab is guarded") << "\tx" << true << "'\tx";
        QTest::newRow("leading CR is guarded and quoted") << "\rx" << true << "\"'\rx\"";
        QTest::newRow("guarded formula with comma and quotes is also quoted")
            << "=HYPERLINK(\"u\",\"t\")" << true << "\"'=HYPERLINK(\"\"u\"\",\"\"t\"\")\"";
        QTest::newRow("our own negative number is not mangled") << "-1.5" << false << "-1.5";
        QTest::newRow("our own -inf is not mangled") << "-inf" << false << "-inf";
        QTest::newRow("= inside the text is harmless") << "a=b" << true << "a=b";
        QTest::newRow("non-ASCII passes through") << "µV Ω 测" << true << "µV Ω 测";
    }
    void cellQuotesAndGuardsAsRfc4180AndOwaspSay()
    {
        QFETCH(QString, text);
        QFETCH(bool, foreign);
        QFETCH(QString, expected);
        QCOMPARE(csvfield::cell(text, foreign ? csvfield::Origin::Foreign : csvfield::Origin::Ours),
                 expected);
    }

    void numbersAreShortestAndReadBackExactly_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one tenth") << 0.1 << "0.1";
        QTest::newRow("negative") << -1.5 << "-1.5";
        QTest::newRow("negative zero keeps its sign") << -0.0 << "-0";
        QTest::newRow("tiny") << 1e-300 << "1e-300";
        QTest::newRow("17 significant digits") << 123456789012345678.0 << "123456789012345680";
        QTest::newRow("exponent when shorter") << 1.5e300 << "1.5e+300";
        QTest::newRow("third") << 1.0 / 3 << "0.3333333333333333";
    }
    void numbersAreShortestAndReadBackExactly()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        const QString text = csvfield::number(value);
        QCOMPARE(text, expected);
        QCOMPARE(std::strtod(text.toLatin1().constData(), nullptr), value);
    }

    void timestampsAreIso8601UtcWithNanoseconds_data()
    {
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00.000000000+00:00";
        QTest::newRow("one ns before the epoch")
            << qint64(-1) << "1969-12-31T23:59:59.999999999+00:00";
        QTest::newRow("nanoseconds kept")
            << qint64(1'795'768'525'123'456'789) << "2026-11-27T08:35:25.123456789+00:00";
        QTest::newRow("leap day") << qint64(1'709'208'000'000'000'000)
                                  << "2024-02-29T12:00:00.000000000+00:00";
        QTest::newRow("y2k") << qint64(946'684'800'000'000'000)
                             << "2000-01-01T00:00:00.000000000+00:00";
    }
    void timestampsAreIso8601UtcWithNanoseconds()
    {
        QFETCH(qint64, ns);
        QFETCH(QString, expected);
        QCOMPARE(csvfield::timestamp(ns), expected);
    }

    void elapsedSecondsAreExact_data()
    {
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << "0.000000000";
        QTest::newRow("one and a half") << qint64(1'500'000'000) << "1.500000000";
        QTest::newRow("one ns early") << qint64(-1) << "-0.000000001";
        QTest::newRow("a long run") << qint64(86'400'000'000'007) << "86400.000000007";
    }
    void elapsedSecondsAreExact()
    {
        QFETCH(qint64, ns);
        QFETCH(QString, expected);
        QCOMPARE(csvfield::seconds(ns), expected);
    }

    void headerBlockNamesTheRunAndCannotBeBrokenByDeviceText()
    {
        QTemporaryDir dir;
        const QString journal = writeJournal(dir.path(), 3);
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        const auto result = CsvExporter().exportJournal(journal, csv);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QByteArray bytes = readFile(csv);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("# bench: Bench \"A\", room 2\r\n"));
        QVERIFY(bytes.contains("# cap: 4\r\n"));
        QVERIFY(bytes.contains("# operations: measure-voltage, sweep\r\n"));
        QVERIFY(bytes.contains("# instrument: dmm1; resource: ASRL/dev/pts/3::INSTR; identity: "
                               "Keysight, 34465A, MY123, A.02.14\r\n"));
        // The serial number holds CR LF '=': it must stay on its comment line.
        QVERIFY(bytes.contains("identity: Rigol, DP832, DP8C1  =x, 00.01.16\r\n"));
        QVERIFY(bytes.contains("# run state: closed, completed\r\n"));
        QVERIFY(bytes.contains("\r\ntimestamp,elapsed_s,job_id,instrument,operation,parameters,"
                               "quantity,value,unit,status,failure,error\r\n"));
        QCOMPARE(result.rows, 3);
        QCOMPARE(result.readings, 3);
        QVERIFY(result.warnings.isEmpty());
    }

    void anIvSweepExportsRowsOfSetVoltageAndMeasuredCurrent()
    {
        // A supply swept 0 to 5 V in 11 points, the DMM measuring the current at each point
        // through 1 kOhm: each measurement's row holds the voltage it was taken at.
        QTemporaryDir dir;
        Journal journal(dir.path());
        const RunInfo info = sample::planRunInfo(kRun);
        QVERIFY(journal.open(info));
        JobId id = 1;
        const auto append = [&](const QString &instrument, const QString &step,
                                Reading::Value value, double v) {
            Reading::Fields f = sample::reading(kRun, 1).fields();
            f.jobId = id++;
            f.instrument = instrument;
            f.operation = instrument == QLatin1String("psu1") ? QStringLiteral("set-voltage")
                                                              : QStringLiteral("measure-current");
            f.parameters = {};
            f.quantity =
                instrument == QLatin1String("psu1") ? QString() : QStringLiteral("current");
            f.unit = instrument == QLatin1String("psu1") ? QString() : QStringLiteral("A");
            f.value = std::move(value);
            f.status = JobStatus::Succeeded;
            f.step = step;
            f.variables = {{QStringLiteral("v"), v}};
            return journal.append(Reading(std::move(f)));
        };
        for (int point = 0; point < 11; ++point) {
            const double v = 0.5 * point;
            QVERIFY(
                append(QStringLiteral("psu1"), QStringLiteral("steps[1].sweep.body[0]"), {}, v));
            QVERIFY(append(QStringLiteral("dmm1"), QStringLiteral("steps[1].sweep.body[1]"),
                           v / 1000, v));
        }
        QVERIFY(journal.close());
        const QString csv = dir.filePath(QStringLiteral("iv.csv"));
        const auto result = CsvExporter().exportJournal(journal.journalPath(), csv);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 22);

        const QList<QByteArray> lines = dataLines(readFile(csv));
        QCOMPARE(lines.size(), 23);
        QCOMPARE(lines[0], "timestamp,elapsed_s,job_id,instrument,operation,parameters,quantity,"
                           "value,unit,status,failure,error,step,v");
        int measured = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            QCOMPARE(cells.size(), 14);
            if (cells[3] != "dmm1")
                continue;
            const double v = 0.5 * measured++;
            QCOMPARE(cells[12], "steps[1].sweep.body[1]");
            QCOMPARE(cells[13], csvfield::number(v).toLatin1());
            QCOMPARE(cells[7], csvfield::number(v / 1000).toLatin1());
            QCOMPARE(cells[8], "A");
        }
        QCOMPARE(measured, 11);
    }

    void theFailureColumnNamesEachFailuresKindAndIsEmptyForASuccess()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        QVERIFY(journal.open(sample::runInfo(kRun)));
        QList<Reading> written;
        for (JobId id = 1; id <= 18; ++id) {
            Reading::Fields f = sample::failedReading(kRun, id).fields();
            f.error = f.error.isEmpty() ? QString() : QStringLiteral("e"); // one line per row
            if (f.status == JobStatus::Succeeded)
                f.value = double(id);
            written.append(Reading(std::move(f)));
            QVERIFY(journal.append(written.last()));
        }
        QVERIFY(journal.close());
        const QString csv = dir.filePath(QStringLiteral("failures.csv"));
        const auto result = CsvExporter().exportJournal(journal.journalPath(), csv);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QList<QByteArray> lines = dataLines(readFile(csv));
        QCOMPARE(lines.size(), written.size() + 1);
        const QList<QByteArray> header = lines[0].split(',');
        const qsizetype status = header.indexOf("status");
        QCOMPARE(header.value(status + 1), "failure");
        QCOMPARE(header.value(status + 2), "error");
        int succeeded = 0;
        for (qsizetype i = 0; i < written.size(); ++i) {
            const QList<QByteArray> cells = lines[i + 1].split(',');
            QCOMPARE(cells.size(), header.size());
            const Reading &r = written[i];
            QCOMPARE(QString::fromLatin1(cells[status]), jobStatusName(r->status));
            const QString expected =
                r->failure == FailureKind::None ? QString() : failureKindName(r->failure);
            QCOMPARE(QString::fromLatin1(cells[status + 1]), expected);
            if (r->status == JobStatus::Succeeded) {
                QVERIFY(cells[status + 1].isEmpty());
                ++succeeded;
            }
        }
        QVERIFY(succeeded > 0);
    }

    void planColumnsAreNamedByTheVariablesWithoutClashes()
    {
        // Variables in the order the run first bound them; one named like a fixed column gets
        // "var:", and a reading outside the sweeps leaves its cells empty.
        QTemporaryDir dir;
        Journal journal(dir.path());
        QVERIFY(journal.open(sample::runInfo(kRun)));
        for (JobId id = 1; id <= 8; ++id) {
            Reading::Fields f =
                (id == 1 ? sample::reading(kRun, id) : sample::planReading(kRun, id)).fields();
            f.value = double(id); // no device text: one line per row
            QVERIFY(journal.append(Reading(std::move(f))));
        }
        QVERIFY(journal.close());
        const QString csv = dir.filePath(QStringLiteral("plan.csv"));
        const auto result = CsvExporter().exportJournal(journal.journalPath(), csv);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 8);
        const QList<QByteArray> lines = dataLines(readFile(csv));
        QVERIFY(lines[0].endsWith(",error,step,v,var:value,T\xc2\xb5"));
        const QList<QByteArray> simple = lines[1].split(',');
        QCOMPARE(simple.mid(simple.size() - 4), (QList<QByteArray>{"", "", "", ""}));
        const QList<QByteArray> outside = lines[4].split(','); // reading 4: no variables
        QCOMPARE(outside.mid(outside.size() - 4),
                 (QList<QByteArray>{"steps[1].sweep.body[1].sweep.body[0]", "", "", ""}));
        const QList<QByteArray> inside = lines[7].split(','); // reading 7
        QCOMPARE(
            inside.mid(inside.size() - 4),
            (QList<QByteArray>{"steps[1].sweep.body[1].sweep.body[0]", "3.5", "-7", "7e-300"}));
    }

    void headerBlockHoldsThePlanAndEveryCapChange()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        const RunInfo info = sample::planRunInfo(kRun);
        QVERIFY(journal.open(info));
        QVERIFY(journal.append(sample::reading(kRun, 1)));
        QVERIFY(journal.appendCapChange(1));
        QVERIFY(journal.append(sample::reading(kRun, 2)));
        QVERIFY(journal.appendCapChange(3));
        QVERIFY(journal.close());
        for (const auto layout : {CsvExporter::Layout::Long, CsvExporter::Layout::Wide}) {
            CsvExporter::Options options;
            options.layout = layout;
            const QString csv = dir.filePath(QStringLiteral("caps.csv"));
            const auto result = CsvExporter(options).exportJournal(journal.journalPath(), csv);
            QVERIFY2(result.ok(), qPrintable(result.error));
            const QString text = QString::fromUtf8(readFile(csv));
            static const QRegularExpression kCaps(QStringLiteral(
                "# cap: 4\r\n# cap changed: 1 at 20\\S+\\+00:00 \\(elapsed_s -?\\d+\\.\\d{9}\\)\r\n"
                "# cap changed: 3 at 20\\S+ \\(elapsed_s -?\\d+\\.\\d{9}\\)\r\n# operations:"));
            QVERIFY2(kCaps.match(text).hasMatch(), qPrintable(text.left(1200)));
            QVERIFY2(text.contains(QStringLiteral(
                         "# plan: {\"name\":\"I-V \u00b5A\",\"schema\":1,\"steps\":[{\"sweep\":"
                         "{\"body\":[],\"points\":11,\"start\":0,\"stop\":5,\"variable\":"
                         "\"v\"}}]}\r\n")),
                     qPrintable(text.left(1200)));
            QCOMPARE(result.rows, layout == CsvExporter::Layout::Long ? 2 : 1);
        }
    }

    void byteOrderMarkIsWrittenOnlyWhenAskedFor()
    {
        QTemporaryDir dir;
        const QString journal = writeJournal(dir.path(), 1);
        const QString csv = dir.filePath(QStringLiteral("excel.csv"));
        CsvExporter::Options options;
        options.byteOrderMark = true;
        options.headerBlock = false;
        QVERIFY(CsvExporter(options).exportJournal(journal, csv).ok());
        QVERIFY(readFile(csv).startsWith("\xEF\xBB\xBFtimestamp,"));
    }

    void wideLayoutKeepsEachSeriesWithItsOwnTimestamps()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        RunInfo info = sample::runInfo(kRun);
        QVERIFY(journal.open(info));
        // dmm1 voltage x3, psu1 current x2, dmm1 voltage in mV x1 (a different unit is a
        // different column), interleaved in completion order.
        struct Row
        {
            const char *instrument;
            const char *quantity;
            const char *unit;
            double value;
        };
        const Row plan[] = {{"dmm1", "voltage", "V", 1.25}, {"psu1", "current", "A", -0.5},
                            {"dmm1", "voltage", "V", 1.5},  {"dmm1", "voltage", "mV", 7},
                            {"dmm1", "voltage", "V", 1.75}, {"psu1", "current", "A", 0.25}};
        QList<Reading> written;
        JobId id = 1;
        for (const Row &p : plan) {
            Reading::Fields f = sample::reading(kRun, 1).fields();
            f.jobId = id;
            f.instrument = QString::fromLatin1(p.instrument);
            f.quantity = QString::fromLatin1(p.quantity);
            f.unit = QString::fromLatin1(p.unit);
            f.value = p.value;
            f.status = JobStatus::Succeeded;
            f.completedWallNs = info.startedWallNs + qint64(id) * 1'000'000'007;
            f.completedMonoNs = info.startedMonoNs + qint64(id) * 1'000'000'003;
            written.append(Reading(f));
            QVERIFY(journal.append(written.last()));
            ++id;
        }
        QVERIFY(journal.close());
        CsvExporter::Options options;
        options.layout = CsvExporter::Layout::Wide;
        const QString csv = dir.filePath(QStringLiteral("wide.csv"));
        const auto result = CsvExporter(options).exportJournal(journal.journalPath(), csv);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 3);

        const QList<QByteArray> lines = dataLines(readFile(csv));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], "dmm1 voltage timestamp,dmm1 voltage elapsed_s,dmm1 voltage (V),"
                           "dmm1 voltage status,psu1 current timestamp,psu1 current elapsed_s,"
                           "psu1 current (A),psu1 current status,dmm1 voltage timestamp,"
                           "dmm1 voltage elapsed_s,dmm1 voltage (mV),dmm1 voltage status");
        const auto cells = [&](int index) {
            const Reading &r = written[index];
            return QStringList{csvfield::timestamp(r->completedWallNs),
                               csvfield::seconds(r->completedMonoNs - info.startedMonoNs),
                               csvfield::number(std::get<double>(r->value)),
                               QStringLiteral("succeeded")}
                .join(QLatin1Char(','));
        };
        const QString empty = QStringLiteral(",,,");
        QCOMPARE(QString::fromUtf8(lines[1]),
                 cells(0) + QLatin1Char(',') + cells(1) + QLatin1Char(',') + cells(3));
        QCOMPARE(QString::fromUtf8(lines[2]),
                 cells(2) + QLatin1Char(',') + cells(5) + QLatin1Char(',') + empty);
        QCOMPARE(QString::fromUtf8(lines[3]),
                 cells(4) + QLatin1Char(',') + empty + QLatin1Char(',') + empty);
    }

    void cancelLeavesTheExistingTargetUntouched_data()
    {
        QTest::addColumn<bool>("wide");
        QTest::newRow("long layout, cancelled from the progress callback") << false;
        QTest::newRow("wide layout, cancelled from the progress callback") << true;
    }
    void cancelLeavesTheExistingTargetUntouched()
    {
        QFETCH(bool, wide);
        QTemporaryDir dir;
        const QString journal = writeJournal(dir.path(), 20'000);
        const QString csv = dir.filePath(QStringLiteral("keep.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous export\n");
        }
        CancellationSource source;
        int calls = 0;
        CsvExporter::Options options;
        options.layout = wide ? CsvExporter::Layout::Wide : CsvExporter::Layout::Long;
        const auto result = CsvExporter(options).exportJournal(journal, csv, source.token(),
                                                               [&](qint64 done, qint64 total) {
                                                                   QVERIFY(done <= total);
                                                                   ++calls;
                                                                   source.cancel();
                                                               });
        QCOMPARE(result.status, CsvExporter::Result::Status::Cancelled);
        QCOMPARE(calls, 1);
        QCOMPARE(readFile(csv), QByteArray("previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.csv")});
    }

    void badJournalOrTargetFailsClearlyAndWritesNothing_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::newRow("the journal does not exist") << "missingJournal";
        QTest::newRow("the journal is some other file") << "notAJournal";
        QTest::newRow("the target folder does not exist") << "missingFolder";
        QTest::newRow("the target is a folder") << "targetIsFolder";
    }
    void badJournalOrTargetFailsClearlyAndWritesNothing()
    {
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QString journal = writeJournal(dir.path(), 5);
        QString csv = dir.filePath(QStringLiteral("keep.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous export\n");
        }
        if (problem == QLatin1String("missingJournal"))
            journal = dir.filePath(QStringLiteral("nope.ldj"));
        else if (problem == QLatin1String("notAJournal"))
            journal = csv;
        else if (problem == QLatin1String("missingFolder"))
            csv = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        else
            csv = dir.path();
        const auto result = CsvExporter().exportJournal(journal, csv);
        QCOMPARE(result.status, CsvExporter::Result::Status::Failed);
        QVERIFY(!result.error.isEmpty());
        const bool aboutTarget = problem.contains(QLatin1String("Folder"));
        QVERIFY2(result.error.contains(aboutTarget ? csv : journal), qPrintable(result.error));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("keep.csv"))),
                 QByteArray("previous export\n"));
    }

    void tornJournalExportsEveryIntactReadingAndSaysWhatWasSkipped()
    {
        QTemporaryDir dir;
        const QString journal = writeJournal(dir.path(), 50, false);
        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 10)); // tears reading 50
        QVERIFY(f.seek(f.size()));
        f.write("\xD7LDR garbage after a crash");
        f.close();
        const QString csv = dir.filePath(QStringLiteral("torn.csv"));
        const auto result = CsvExporter().exportJournal(journal, csv);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.readings, 49);
        QCOMPARE(result.rows, 49);
        QVERIFY(result.skippedBytes > 0);
        QCOMPARE(result.damagedRegions, 1);
        QVERIFY(!result.runClosed);
        QCOMPARE(result.warnings.size(), 2);
        QVERIFY(readFile(csv).contains("# run state: interrupted (no closing record)\r\n"));
    }

    void aRunStillGoingExportsAsOpenNotInterrupted()
    {
        // The window exports its own run while it goes on: nothing was lost, so the export
        // must not say "interrupted".
        QTemporaryDir dir;
        Journal live(dir.path());
        QVERIFY(live.open(sample::runInfo(kRun)));
        for (JobId id = 1; id <= 5; ++id)
            QVERIFY(live.append(sample::reading(kRun, id)));
        const QString csv = dir.filePath(QStringLiteral("live.csv"));
        const auto result = CsvExporter().exportJournal(live.journalPath(), csv);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, 5);
        QVERIFY(result.runOpen);
        QVERIFY(!result.runClosed);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(!result.warnings.first().contains(QStringLiteral("interrupted")),
                 qPrintable(result.warnings.first()));
        QVERIFY(readFile(csv).contains("# run state: open (still running"));
        QVERIFY(live.close(RunEnd::Outcome::Stopped));
        QVERIFY(CsvExporter().exportJournal(live.journalPath(), csv).warnings.isEmpty());
        QVERIFY(readFile(csv).contains("# run state: closed, stopped early\r\n"));
    }

    void pythonCsvModuleReadsBackEveryValueOfTheJournal()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFile::exists(python))
            QSKIP("/usr/bin/python3 is not installed");
        const QString script = qEnvironmentVariable("LABDISPATCH_SOURCE_DIR") +
                               QStringLiteral("/tests/results/csv_roundtrip.py");
        QVERIFY2(QFile::exists(script), qPrintable(script));
        QTemporaryDir dir;
        const QString journal = writeJournal(dir.path(), 300);
        const QString csv = dir.filePath(QStringLiteral("roundtrip.csv"));
        CsvExporter::Options options;
        options.byteOrderMark = true; // the reader must cope with it
        const auto result = CsvExporter(options).exportJournal(journal, csv);
        QVERIFY2(result.ok(), qPrintable(result.error));

        QProcess py;
        py.start(python, {script, csv});
        QVERIFY(py.waitForFinished(60'000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QList<QByteArray> rows = py.readAllStandardOutput().split('\n');

        JournalReader reader(journal);
        QVERIFY(reader.open());
        const RunInfo info = reader.runInfo();
        Reading r;
        qsizetype i = 0;
        while (reader.next(r)) {
            QVERIFY2(i < rows.size(), "python saw fewer rows than the journal holds");
            const QJsonObject row = QJsonDocument::fromJson(rows[i++]).object();
            QCOMPARE(row.value(QStringLiteral("timestamp_ns")).toString().toLongLong(),
                     r->completedWallNs);
            QCOMPARE(row.value(QStringLiteral("elapsed_ns")).toString().toLongLong(),
                     r->completedMonoNs - info.startedMonoNs);
            QCOMPARE(row.value(QStringLiteral("job_id")).toString().toULongLong(), r->jobId);
            QCOMPARE(row.value(QStringLiteral("instrument")).toString(), guarded(r->instrument));
            QCOMPARE(row.value(QStringLiteral("operation")).toString(), guarded(r->operation));
            QCOMPARE(row.value(QStringLiteral("quantity")).toString(), guarded(r->quantity));
            QCOMPARE(row.value(QStringLiteral("unit")).toString(), guarded(r->unit));
            QCOMPARE(row.value(QStringLiteral("status")).toString(), jobStatusName(r->status));
            QCOMPARE(row.value(QStringLiteral("error")).toString(), guarded(r->error));
            QStringList parameters;
            for (const auto &[name, value] : r->parameters)
                parameters << name + QLatin1Char('=') + value;
            QCOMPARE(row.value(QStringLiteral("parameters")).toString(),
                     guarded(parameters.join(QLatin1Char(';'))));

            QList<double> expected;
            if (const auto *number = std::get_if<double>(&r->value))
                expected = {*number};
            else if (const auto *numbers = std::get_if<QList<double>>(&r->value))
                expected = *numbers;
            if (const auto *text = std::get_if<QString>(&r->value)) {
                QCOMPARE(row.value(QStringLiteral("value")).toString(), guarded(*text));
                continue;
            }
            const QJsonArray hex = row.value(QStringLiteral("value_hex")).toArray();
            QCOMPARE(hex.size(), expected.size());
            for (qsizetype k = 0; k < expected.size(); ++k) {
                const double back = std::strtod(hex[k].toString().toLatin1().constData(), nullptr);
                if (std::isnan(expected[k]))
                    QVERIFY(std::isnan(back));
                else
                    QCOMPARE(back, expected[k]);
                QCOMPARE(std::signbit(back), std::signbit(expected[k]));
            }
        }
        QCOMPARE(i, 300);
        QVERIFY2(rows.size() == 301 && rows.last().isEmpty(), "python saw more rows");
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
