// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/csvexporter.h"
#include "results/journal.h"
#include "results/journalformat_p.h"
#include "results/journalreader.h"
#include "results/rundescription.h"
#include "sampledata.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstring>
#include <set>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace ld;

namespace {

const QString kRun = QStringLiteral("run-1");

/**
 * A run of `readings` sample readings whose writer went away without a closing record, as a
 * crash leaves it; its journal's path, or empty if it could not be written.
 */
QString leftInterrupted(const QString &folder, const QString &run, JobId readings)
{
    Journal journal(folder);
    if (!journal.open(sample::runInfo(run)))
        return {};
    for (JobId id = 1; id <= readings; ++id)
        if (!journal.append(sample::reading(run, id)))
            return {};
    return journal.journalPath();
}

struct ReadBack
{
    RunInfo info;
    QList<Reading> readings;
    std::optional<RunEnd> end;
    int capChanges = 0;
    qint64 skippedBytes = 0;
    int damagedRegions = 0;
    bool endsTorn = false;
};

ReadBack readAll(const QString &path)
{
    ReadBack out;
    JournalReader reader(path);
    if (!reader.open())
        return out;
    out.info = reader.runInfo();
    Reading r;
    while (reader.next(r))
        out.readings.append(r);
    out.end = reader.runEnd();
    out.capChanges = int(reader.capChanges().size());
    out.skippedBytes = reader.skippedBytes();
    out.damagedRegions = reader.damagedRegions();
    out.endsTorn = reader.endsTorn();
    return out;
}

/** Equality that treats NaN as equal to NaN (sample readings carry NaNs on purpose). */
bool sameReading(const Reading &a, const Reading &b)
{
    const auto normalised = [](Reading::Fields f) {
        const auto fix = [](double v) { return std::isnan(v) ? -12345.678 : v; };
        if (auto *number = std::get_if<double>(&f.value))
            *number = fix(*number);
        if (auto *numbers = std::get_if<QList<double>>(&f.value)) {
            for (double &v : *numbers)
                v = fix(v);
        }
        return f;
    };
    return normalised(a.fields()) == normalised(b.fields());
}

/**
 * The child half of killedWriterLosesNoAcknowledgedReading: appends from four threads until
 * killed, printing each job id only after append() returned.
 */
int runJournalChild(const char *runsFolder, const char *runId)
{
    Journal journal(QString::fromLocal8Bit(runsFolder));
    const QString run = QString::fromLocal8Bit(runId);
    if (!journal.open(sample::runInfo(run)))
        return 3;
    std::atomic<JobId> nextId{1};
    std::vector<std::thread> writers;
    for (int t = 0; t < 4; ++t) {
        writers.emplace_back([&] {
            // Bounded so a lost parent cannot leave it running for ever.
            for (int i = 0; i < 200'000; ++i) {
                const JobId id = nextId.fetch_add(1);
                if (!journal.append(sample::reading(run, id)))
                    ::_exit(4);
                char line[32];
                const int n = std::snprintf(line, sizeof line, "%llu\n", (unsigned long long)id);
                // One write per line: atomic on a pipe, so lines never interleave.
                if (::write(STDOUT_FILENO, line, size_t(n)) != n)
                    ::_exit(5);
            }
        });
    }
    for (auto &w : writers)
        w.join();
    return 0;
}

/** A journal of small readings with one reading larger than the reader's chunk in the middle. */
struct EdgeJournal
{
    QByteArray bytes;
    QList<qint64> starts; ///< starts[i]: file offset of reading i; the last entry: the end
    int huge = -1;        ///< the index of the large reading
};

EdgeJournal makeEdgeJournal(const QString &folder)
{
    EdgeJournal out;
    const QString path = Journal::journalPath(folder, kRun);
    {
        Journal journal(folder);
        if (!journal.open(sample::runInfo(kRun)))
            return out;
        // About 5 chunks of small readings with one reading of 1.5 chunks among them.
        const int count = 5000;
        out.huge = count / 3;
        for (JobId id = 0; id < JobId(count); ++id) {
            // Odd readings carry plan context: the records at the edges are of both layouts.
            Reading::Fields f =
                (id % 2 ? sample::planReading(kRun, id) : sample::reading(kRun, id)).fields();
            if (int(id) == out.huge)
                f.value = QString(int(JournalReader::kReadChunk * 3 / 4), QChar(0x3bc)); // 2 B each
            if (!journal.append(Reading(std::move(f))))
                return out;
        }
    }
    JournalReader reader(path);
    if (!reader.open())
        return out;
    out.starts.append(reader.intactEnd());
    Reading r;
    while (reader.next(r))
        out.starts.append(reader.intactEnd());
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        out.bytes = file.readAll();
    return out;
}

/** A journal where a cap change record crosses the reader's chunk edges. */
struct CapEdgeJournal
{
    QByteArray bytes;
    int readings = 0;
    int capChanges = 0;
    struct Crossing
    {
        qint64 start;       ///< of the cap change record
        qint64 edge;        ///< the chunk edge inside it
        int readingsBefore; ///< readings journaled before it
        int capChangesBefore;
    };
    QList<Crossing> crossings;
};

CapEdgeJournal makeCapEdgeJournal(const QString &folder)
{
    namespace jf = journalformat;
    CapEdgeJournal out;
    const RunInfo info = sample::runInfo(kRun);
    const qint64 capRecord = jf::kFramingSize + jf::encodeCapChange(CapChange{}).size();
    qint64 offset =
        qint64(sizeof jf::kFileMagic) + jf::kFramingSize + jf::encodeRunInfo(info).size();
    {
        Journal journal(folder);
        if (!journal.open(info))
            return out;
        for (JobId id = 0; id < 4000; ++id) {
            const Reading reading =
                id % 2 ? sample::planReading(kRun, id) : sample::reading(kRun, id);
            const qint64 size = jf::readingRecord(reading.fields()).size();
            const qint64 edge =
                (offset / JournalReader::kReadChunk + 1) * JournalReader::kReadChunk;
            if (offset + size > edge) {
                // Cap changes up to the edge, the last one across it (unless they end on it).
                for (;;) {
                    if (edge - offset > 0 && edge - offset < capRecord)
                        out.crossings.append({offset, edge, out.readings, out.capChanges});
                    if (!journal.appendCapChange(out.capChanges % 64))
                        return out;
                    ++out.capChanges;
                    offset += capRecord;
                    if (offset >= edge)
                        break;
                }
            }
            if (!journal.append(reading))
                return out;
            ++out.readings;
            offset += size;
        }
    }
    QFile file(Journal::journalPath(folder, kRun));
    if (file.open(QIODevice::ReadOnly))
        out.bytes = file.readAll();
    if (out.bytes.size() != offset)
        out.bytes.clear(); // the offsets above were miscounted: the test must not go on
    return out;
}

/** The readings (by index) whose records contain file offset `at`. */
int recordAt(const EdgeJournal &j, qint64 at)
{
    for (qsizetype i = 0; i + 1 < j.starts.size(); ++i) {
        if (j.starts[i] <= at && at < j.starts[i + 1])
            return int(i);
    }
    return -1;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Journal journal(dir.path());
        const RunInfo info = sample::runInfo(kRun);
        QVERIFY2(journal.open(info), qPrintable(journal.errorString()));
        QList<Reading> written;
        for (JobId id = 1; id <= 60; ++id) {
            written.append(sample::reading(kRun, id));
            QVERIFY2(journal.append(written.last()), qPrintable(journal.errorString()));
        }
        QCOMPARE(journal.appendedCount(), quint64(60));
        QVERIFY(journal.close());
        QVERIFY(!journal.append(written.first()));

        const ReadBack back = readAll(Journal::journalPath(dir.path(), kRun));
        QCOMPARE(back.info, info);
        QCOMPARE(back.readings.size(), written.size());
        for (qsizetype i = 0; i < written.size(); ++i)
            QVERIFY2(sameReading(back.readings[i], written[i]), qPrintable(QString::number(i)));
        QVERIFY(back.end.has_value());
        QCOMPARE(back.end->readings, quint64(60));
        QCOMPARE(back.end->outcome, RunEnd::Outcome::Completed);
        QCOMPARE(back.skippedBytes, 0);
        QVERIFY(Journal::findInterrupted(dir.path()).isEmpty());
    }

    void planContextCapChangesAndIdentitiesSurviveARoundTrip()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        const RunInfo info = sample::planRunInfo(kRun);
        QVERIFY2(journal.open(info), qPrintable(journal.errorString()));
        QList<Reading> written;
        QList<int> capsAfter; // capsAfter[i]: cap changes journaled before reading i
        QList<int> caps;
        const qint64 wallBefore = wallNowNs();
        const qint64 monoBefore = monotonicNowNs();
        for (JobId id = 1; id <= 24; ++id) {
            if (id % 7 == 0) {
                caps.append(int(id / 7));
                QVERIFY2(journal.appendCapChange(caps.last()), qPrintable(journal.errorString()));
            }
            capsAfter.append(int(caps.size()));
            // Plan readings between simple ones: both layouts in one run.
            written.append(id % 5 == 0 ? sample::reading(kRun, id) : sample::planReading(kRun, id));
            QVERIFY2(journal.append(written.last()), qPrintable(journal.errorString()));
        }
        QVERIFY(!journal.appendCapChange(-1));
        QVERIFY(journal.close());
        QCOMPARE(journal.appendedCount(), quint64(24));

        JournalReader reader(journal.journalPath());
        QVERIFY(reader.open());
        QCOMPARE(reader.runInfo(), info);
        QCOMPARE(reader.runInfo().plan, sample::planJson());
        QCOMPARE(reader.runInfo().instruments[1].identity.serial, QStringLiteral("DP8C1\r\n=x"));
        Reading r;
        qsizetype i = 0;
        while (reader.next(r)) {
            QVERIFY2(i < written.size(), "more readings than written");
            QVERIFY2(sameReading(r, written[i]), qPrintable(QString::number(i)));
            // A cap change is read where it was journaled, between the readings.
            QCOMPARE(reader.capChanges().size(), qsizetype(capsAfter[i]));
            ++i;
        }
        QCOMPARE(i, written.size());
        QCOMPARE(reader.skippedBytes(), 0);
        QCOMPARE(reader.capChanges().size(), caps.size());
        qint64 lastMono = monoBefore;
        for (qsizetype k = 0; k < caps.size(); ++k) {
            const CapChange &change = reader.capChanges()[k];
            QCOMPARE(change.cap, caps[k]);
            QVERIFY(change.wallNs >= wallBefore && change.wallNs <= wallNowNs());
            QVERIFY(change.monoNs >= lastMono && change.monoNs <= monotonicNowNs());
            lastMono = change.monoNs;
        }
        QVERIFY(reader.runEnd().has_value());
        QCOMPARE(reader.runEnd()->readings, quint64(24));

        // The fast first pass sees the same steps and variable names.
        JournalReader scan(journal.journalPath());
        QVERIFY(scan.open());
        QString step;
        QStringList variables;
        i = 0;
        while (scan.nextContext(step, variables)) {
            QCOMPARE(step, written[i]->step);
            QStringList names;
            for (const auto &variable : written[i]->variables)
                names << variable.first;
            QCOMPARE(variables, names);
            ++i;
        }
        QCOMPARE(i, written.size());
        QCOMPARE(scan.capChanges(), reader.capChanges());
    }

    void failureKindsSurviveARoundTrip()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        QVERIFY(journal.open(sample::planRunInfo(kRun)));
        QList<Reading> written;
        std::set<FailureKind> kinds;
        for (JobId id = 1; id <= 27; ++id) {
            Reading::Fields f = sample::failedReading(kRun, id).fields();
            if (id % 2 == 0) { // a failed plan step's reading: context and kind together
                const Reading::Fields plan = sample::planReading(kRun, id).fields();
                f.step = plan.step;
                f.variables = plan.variables;
            }
            kinds.insert(f.failure);
            written.append(Reading(std::move(f)));
            QVERIFY2(journal.append(written.last()), qPrintable(journal.errorString()));
        }
        QVERIFY(journal.close());
        QCOMPARE(kinds.size(), size_t(FailureKind::Other) + 1);
        const ReadBack back = readAll(journal.journalPath());
        QCOMPARE(back.readings.size(), written.size());
        for (qsizetype i = 0; i < written.size(); ++i) {
            QCOMPARE(failureKindName(back.readings[i]->failure),
                     failureKindName(written[i]->failure));
            QVERIFY2(sameReading(back.readings[i], written[i]), qPrintable(QString::number(i)));
        }
        QCOMPARE(back.skippedBytes, 0);
    }

    void aJournalWrittenBeforeFailureKindsStillReads_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::newRow("simple run (layout 1)") << QStringLiteral("closed.ldj");
        QTest::newRow("plan run (layout 2)") << QStringLiteral("plan.ldj");
    }
    void aJournalWrittenBeforeFailureKindsStillReads()
    {
        // The fuzz seeds were written by the build before readings gained a failure kind; their
        // failed and timed-out readings read with none.
        QFETCH(QString, seed);
        const QString path = qEnvironmentVariable("LABDISPATCH_SOURCE_DIR") +
                             QStringLiteral("/tests/fuzz/corpus/journalreader/") + seed;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const ReadBack back = readAll(path);
        QCOMPARE(back.readings.size(), 12);
        QCOMPARE(back.skippedBytes, 0);
        int failed = 0;
        for (const Reading &r : back.readings) {
            QCOMPARE(failureKindName(r->failure), failureKindName(FailureKind::None));
            failed += r->status == JobStatus::Succeeded ? 0 : 1;
        }
        QVERIFY(failed > 0);
    }

    void aJournalWrittenBeforePlanContextStillReads()
    {
        // tests/results/data/journal-layout1.ldj was written by the build before readings
        // gained a step and variables: readings 1 to 6 of sample::reading, closed.
        const QString fixture = qEnvironmentVariable("LABDISPATCH_SOURCE_DIR") +
                                QStringLiteral("/tests/results/data/journal-layout1.ldj");
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
        const QString run = QStringLiteral("20261127T083525.000Z-0001");
        const ReadBack back = readAll(fixture);
        QCOMPARE(back.info, sample::runInfo(run));
        QVERIFY(back.info.plan.isEmpty());
        QCOMPARE(back.readings.size(), 6);
        for (JobId id = 1; id <= 6; ++id)
            QVERIFY2(sameReading(back.readings[qsizetype(id - 1)], sample::reading(run, id)),
                     qPrintable(QString::number(id)));
        QCOMPARE(back.skippedBytes, 0);
        QVERIFY(back.end.has_value());
        QCOMPARE(back.end->readings, quint64(6));

        // A run without plan context is still written byte for byte as then, so builds from
        // before read it too; only the closing record's time differs.
        QTemporaryDir dir;
        {
            Journal journal(dir.path());
            QVERIFY(journal.open(sample::runInfo(run)));
            for (JobId id = 1; id <= 6; ++id)
                QVERIFY(journal.append(sample::reading(run, id)));
            QVERIFY(journal.close());
        }
        QFile before(fixture);
        QFile now(Journal::journalPath(dir.path(), run));
        QVERIFY(before.open(QIODevice::ReadOnly) && now.open(QIODevice::ReadOnly));
        const QByteArray oldBytes = before.readAll();
        const QByteArray newBytes = now.readAll();
        QCOMPARE(newBytes.size(), oldBytes.size());
        QCOMPARE(newBytes.chopped(journalformat::endRecordSize()),
                 oldBytes.chopped(journalformat::endRecordSize()));
    }

    void damagedBytesLoseOnlyTheRecordsTheyHit_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("at");
        QTest::addColumn<QList<int>>("lost");
        QTest::addColumn<bool>("endsTorn");
        QTest::addColumn<int>("capChanges");
        // `at` is a reading index; records are numbered from 0, 20 readings in all; odd ones
        // carry a plan step and variables, and a cap change comes right before reading 10.
        QTest::newRow("cut inside the framing of reading 12")
            << "cutFraming" << 12 << QList<int>{12, 13, 14, 15, 16, 17, 18, 19} << true << 1;
        QTest::newRow("cut one byte short of the end")
            << "cutLast" << 19 << QList<int>{19} << true << 1;
        QTest::newRow("cut exactly at a record boundary")
            << "cutBoundary" << 15 << QList<int>{15, 16, 17, 18, 19} << false << 1;
        QTest::newRow("random garbage after the last record")
            << "garbage" << 20 << QList<int>{} << true << 1;
        QTest::newRow("garbage holding a fake record magic")
            << "fakeMagic" << 20 << QList<int>{} << true << 1;
        QTest::newRow("cut mid-record, then garbage")
            << "cutThenGarbage" << 18 << QList<int>{18, 19} << true << 1;
        QTest::newRow("flipped byte inside reading 7 costs only reading 7")
            << "flip" << 7 << QList<int>{7} << false << 1;
        QTest::newRow("zeroed space a killed writer reserved is the end, not damage")
            << "zeros" << 20 << QList<int>{} << false << 1;
        QTest::newRow("record torn by a kill, then reserved zeros")
            << "cutThenZeros" << 19 << QList<int>{19} << true << 1;
        QTest::newRow("flipped byte inside the cap change costs only the change")
            << "flipCap" << 10 << QList<int>{} << false << 0;
        QTest::newRow("cut inside the cap change")
            << "cutCap" << 10 << QList<int>{10, 11, 12, 13, 14, 15, 16, 17, 18, 19} << true << 0;
        QTest::newRow("flipped byte in the variables of reading 9 costs only reading 9")
            << "flipEnd" << 9 << QList<int>{9} << false << 1;
        QTest::newRow("flipped byte in the step of reading 13 costs only reading 13")
            << "flipStep" << 13 << QList<int>{13} << false << 1;
    }

    void theClosingRecordAtTheTailIsDecodedFromBytesThatStillExist()
    {
        // Found by fuzz_journalreader (ASan: heap-use-after-free): readRunEnd decoded the
        // closing record from a view into a temporary that was already destroyed.
        QTemporaryDir dir;
        Journal journal(dir.path());
        QVERIFY(journal.open(sample::runInfo(kRun)));
        for (JobId id = 1; id <= 3; ++id)
            QVERIFY(journal.append(sample::reading(kRun, id)));
        const QString path = journal.journalPath();
        QVERIFY(journal.close(RunEnd::Outcome::Stopped));
        const auto end = JournalReader::readRunEnd(path);
        QVERIFY(end.has_value());
        QCOMPARE(end->outcome, RunEnd::Outcome::Stopped);
        QCOMPARE(end->readings, quint64(3));
    }

    void damagedBytesLoseOnlyTheRecordsTheyHit()
    {
        QFETCH(QString, damage);
        QFETCH(int, at);
        QFETCH(QList<int>, lost);
        QFETCH(bool, endsTorn);
        QFETCH(int, capChanges);
        QTemporaryDir dir;
        const QString path = Journal::journalPath(dir.path(), kRun);
        const auto written = [](JobId id) {
            return id % 2 ? sample::planReading(kRun, id) : sample::reading(kRun, id);
        };
        {
            Journal journal(dir.path());
            QVERIFY(journal.open(sample::runInfo(kRun)));
            for (JobId id = 0; id < 20; ++id) {
                if (id == 10)
                    QVERIFY(journal.appendCapChange(2));
                QVERIFY(journal.append(written(id)));
            }
            // Destroyed unclosed: the file ends right after reading 19.
        }
        QList<qint64> boundary; // boundary[i]: where reading i starts; [20]: the end
        {
            JournalReader reader(path);
            QVERIFY(reader.open());
            boundary.append(reader.intactEnd());
            Reading r;
            while (reader.next(r))
                boundary.append(reader.intactEnd());
        }
        QCOMPARE(boundary.size(), 21);
        QCOMPARE(boundary.last(), QFileInfo(path).size());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QRandomGenerator random(42);
        QByteArray garbage(100, Qt::Uninitialized);
        for (char &c : garbage)
            c = char(random.bounded(256));
        if (damage == QLatin1String("cutFraming")) {
            QVERIFY(file.resize(boundary[at] + 5));
        } else if (damage == QLatin1String("cutLast")) {
            QVERIFY(file.resize(boundary[at + 1] - 1));
        } else if (damage == QLatin1String("cutBoundary")) {
            QVERIFY(file.resize(boundary[at]));
        } else if (damage == QLatin1String("garbage")) {
            QVERIFY(file.seek(file.size()));
            file.write(garbage);
        } else if (damage == QLatin1String("fakeMagic")) {
            QVERIFY(file.seek(file.size()));
            file.write(QByteArray("\xD7LDR\x10\x00\x00\x00\x00\x00\x00\x00\x02", 13) + garbage);
        } else if (damage == QLatin1String("cutThenGarbage")) {
            QVERIFY(file.resize(boundary[at] + 20));
            QVERIFY(file.seek(file.size()));
            file.write(garbage);
        } else if (damage == QLatin1String("zeros")) {
            QVERIFY(file.resize(file.size() + 100'000));
        } else if (damage == QLatin1String("cutThenZeros")) {
            QVERIFY(file.resize(boundary[at] + 40));
            QVERIFY(file.resize(file.size() + 100'000));
        } else if (damage == QLatin1String("cutCap")) {
            QVERIFY(file.resize(boundary[at] + 20)); // boundary[10]: where the cap change starts
        } else if (damage.startsWith(QLatin1String("flip"))) {
            QVERIFY(file.seek(boundary[at]));
            const QByteArray record = file.read(boundary[at + 1] - boundary[at]);
            const qint64 stepAt = record.indexOf(written(JobId(at))->step.toUtf8());
            const qint64 where = damage == QLatin1String("flipCap")    ? boundary[at] + 20
                                 : damage == QLatin1String("flipEnd")  ? boundary[at + 1] - 5
                                 : damage == QLatin1String("flipStep") ? boundary[at] + stepAt + 8
                                                                       : boundary[at] + 30;
            QVERIFY(file.seek(where));
            char c = 0;
            QVERIFY(file.getChar(&c));
            QVERIFY(file.seek(where));
            QVERIFY(file.putChar(char(c ^ 0x5A)));
        }
        file.close();

        const ReadBack back = readAll(path);
        QList<JobId> expected;
        for (int i = 0; i < 20; ++i) {
            if (!lost.contains(i))
                expected.append(JobId(i));
        }
        QList<JobId> recovered;
        for (const Reading &r : back.readings) {
            recovered.append(r->jobId);
            QVERIFY2(sameReading(r, written(r->jobId)), qPrintable(QString::number(r->jobId)));
        }
        QCOMPARE(recovered, expected);
        QCOMPARE(back.capChanges, capChanges);
        QCOMPARE(back.endsTorn, endsTorn);
        const bool damaged =
            damage != QLatin1String("cutBoundary") && damage != QLatin1String("zeros");
        QCOMPARE(back.skippedBytes > 0, damaged);
        QCOMPARE(back.damagedRegions, damaged ? 1 : 0);
    }

    void damageAtTheReadersBufferEdgesCostsOnlyTheRecordsItHits_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("torn tail inside the record that crosses each chunk edge") << "torn";
        QTest::newRow("each bit of the length of the record that crosses each chunk edge")
            << "length";
        QTest::newRow("torn inside and flipped length of a record larger than a chunk") << "huge";
    }
    void damageAtTheReadersBufferEdgesCostsOnlyTheRecordsItHits()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const EdgeJournal journal = makeEdgeJournal(dir.path());
        const qsizetype readings = journal.starts.size() - 1;
        QCOMPARE(readings, 5000);
        QVERIFY(journal.bytes.size() > 4 * JournalReader::kReadChunk);

        struct Case
        {
            QString name;
            QByteArray bytes;
            int firstLost; ///< readings [firstLost, lastLost] are lost, the rest is intact
            int lastLost;
        };
        QList<Case> cases;
        QList<int> targets; // records to damage: those crossing a chunk edge, or the huge one
        if (damage == QLatin1String("huge")) {
            targets.append(journal.huge);
        } else {
            for (qint64 edge = JournalReader::kReadChunk; edge < journal.bytes.size();
                 edge += JournalReader::kReadChunk) {
                const int i = recordAt(journal, edge);
                if (i >= 0 && i != journal.huge && journal.starts[i] != edge)
                    targets.append(i);
            }
            QVERIFY(targets.size() >= 4);
        }
        for (int i : targets) {
            const qint64 start = journal.starts[i];
            const qint64 end = journal.starts[i + 1];
            if (damage != QLatin1String("length")) {
                // Cut at offsets from the record's framing to its last byte, and at each chunk
                // edge the record spans, one byte either side.
                QList<qint64> cuts{start + 1, start + 8, start + 13, end - 1};
                for (qint64 e = JournalReader::kReadChunk; e < end;
                     e += JournalReader::kReadChunk) {
                    if (e > start)
                        cuts << e - 1 << e << e + 1;
                }
                for (qint64 cut : cuts) {
                    if (cut > start && cut < end)
                        cases.append({QStringLiteral("record %1 cut at %2").arg(i).arg(cut),
                                      journal.bytes.left(cut), i, int(readings) - 1});
                }
            }
            if (damage != QLatin1String("torn")) {
                for (int bit = 0; bit < 32; ++bit) {
                    QByteArray bytes = journal.bytes;
                    bytes[start + 4 + bit / 8] =
                        char(bytes[start + 4 + bit / 8] ^ (1 << (bit % 8)));
                    cases.append(
                        {QStringLiteral("record %1 length bit %2").arg(i).arg(bit), bytes, i, i});
                }
            }
        }
        QVERIFY(!cases.isEmpty());

        const QString path = Journal::journalPath(dir.path(), kRun);
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        for (const Case &c : std::as_const(cases)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(c.bytes), c.bytes.size());
            file.close();

            const ReadBack back = readAll(path);
            QList<JobId> expected;
            for (int i = 0; i < int(readings); ++i) {
                if (i < c.firstLost || i > c.lastLost)
                    expected.append(JobId(i));
            }
            QList<JobId> recovered;
            for (const Reading &r : back.readings)
                recovered.append(r->jobId);
            QVERIFY2(recovered == expected,
                     qPrintable(c.name + QStringLiteral(": %1 readings recovered, %2 expected")
                                             .arg(recovered.size())
                                             .arg(expected.size())));
            QVERIFY2(back.skippedBytes > 0 && back.damagedRegions == 1, qPrintable(c.name));

            // The exporter (the CLI's and the window's) keeps every intact reading and warns.
            const auto result = CsvExporter().exportJournal(path, csv);
            QVERIFY2(result.ok(), qPrintable(c.name + QStringLiteral(": ") + result.error));
            QCOMPARE(result.rows, qint64(expected.size()));
            QVERIFY2(result.warnings.join(QLatin1Char(' '))
                         .contains(QString::number(result.skippedBytes)),
                     qPrintable(c.name));
        }
    }

    void damagedCapChangesAtTheReadersBufferEdgesCostOnlyWhatTheyHit()
    {
        QTemporaryDir dir;
        const CapEdgeJournal journal = makeCapEdgeJournal(dir.path());
        QVERIFY(!journal.bytes.isEmpty());
        QVERIFY(journal.crossings.size() >= 2);
        const QString path = Journal::journalPath(dir.path(), kRun);
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        for (const auto &crossing : journal.crossings) {
            const qint64 end = crossing.start + journalformat::kFramingSize +
                               journalformat::encodeCapChange(CapChange{}).size();
            struct Case
            {
                QString name;
                QByteArray bytes;
                int readings;
                int capChanges;
            };
            QList<Case> cases;
            // Torn inside it, at the edge and a byte either side: what came before is kept.
            for (qint64 cut : {crossing.start + 1, crossing.start + 13, crossing.edge - 1,
                               crossing.edge, crossing.edge + 1, end - 1}) {
                if (cut > crossing.start && cut < end)
                    cases.append({QStringLiteral("cut at %1").arg(cut), journal.bytes.left(cut),
                                  crossing.readingsBefore, crossing.capChangesBefore});
            }
            // Each bit of its length flipped: only the change itself is lost.
            for (int bit = 0; bit < 32; ++bit) {
                QByteArray bytes = journal.bytes;
                const qint64 at = crossing.start + 4 + bit / 8;
                bytes[at] = char(bytes[at] ^ (1 << (bit % 8)));
                cases.append({QStringLiteral("length bit %1").arg(bit), bytes, journal.readings,
                              journal.capChanges - 1});
            }
            for (const Case &c : std::as_const(cases)) {
                const QString name =
                    QStringLiteral("cap change at %1, %2").arg(crossing.start).arg(c.name);
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                QCOMPARE(file.write(c.bytes), c.bytes.size());
                file.close();
                const ReadBack back = readAll(path);
                QVERIFY2(back.readings.size() == c.readings, qPrintable(name));
                QVERIFY2(back.capChanges == c.capChanges, qPrintable(name));
                QVERIFY2(back.skippedBytes > 0 && back.damagedRegions == 1, qPrintable(name));
                for (const Reading &r : back.readings) {
                    const Reading expected = r->jobId % 2 ? sample::planReading(kRun, r->jobId)
                                                          : sample::reading(kRun, r->jobId);
                    QVERIFY2(sameReading(r, expected), qPrintable(name));
                }
                const auto result = CsvExporter().exportJournal(path, csv);
                QVERIFY2(result.ok(), qPrintable(name + QStringLiteral(": ") + result.error));
                QCOMPARE(result.rows, qint64(c.readings));
            }
        }
    }

    void concurrentAppendsFromFourThreadsAreAllKept()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        QVERIFY(journal.open(sample::runInfo(kRun)));
        constexpr int kPerThread = 2000;
        std::vector<std::thread> threads;
        std::atomic<int> failures{0};
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kPerThread; ++i) {
                    if (!journal.append(sample::reading(kRun, JobId(t * kPerThread + i))))
                        ++failures;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY(journal.close());
        const ReadBack back = readAll(journal.journalPath());
        QSet<JobId> ids;
        for (const Reading &r : back.readings)
            ids.insert(r->jobId);
        QCOMPARE(back.readings.size(), 4 * kPerThread);
        QCOMPARE(ids.size(), 4 * kPerThread);
        QCOMPARE(back.skippedBytes, 0);
    }

    void interruptedRunsAreFoundAndCanBeClosed()
    {
        QTemporaryDir dir;
        {
            Journal closed(dir.path());
            QVERIFY(closed.open(sample::runInfo(QStringLiteral("a-closed"))));
            QVERIFY(closed.append(sample::reading(QStringLiteral("a-closed"), 1)));
            QVERIFY(closed.close(RunEnd::Outcome::Stopped));
        }
        for (const QString &run : {QStringLiteral("b-dropped"), QStringLiteral("c-torn")}) {
            Journal dropped(dir.path());
            QVERIFY(dropped.open(sample::runInfo(run)));
            for (JobId id = 1; id <= 5; ++id)
                QVERIFY(dropped.append(sample::reading(run, id)));
            // Destroyed without close(): what a crash leaves, minus the torn tail.
        }
        const QString torn = Journal::journalPath(dir.path(), QStringLiteral("c-torn"));
        QFile file(torn);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 9));
        file.close();

        auto found = Journal::findInterrupted(dir.path());
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].runId, QStringLiteral("b-dropped"));
        QCOMPARE(found[1].runId, QStringLiteral("c-torn"));
        QCOMPARE(found[1].info, sample::runInfo(QStringLiteral("c-torn")));
        QCOMPARE(found[1].journalPath, torn);

        QString error;
        QVERIFY2(Journal::closeInterrupted(torn, &error), qPrintable(error));
        found = Journal::findInterrupted(dir.path());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].runId, QStringLiteral("b-dropped"));
        const ReadBack back = readAll(torn);
        QCOMPARE(back.readings.size(), 4);
        QVERIFY(!back.endsTorn);
        QVERIFY(back.end.has_value());
        QCOMPARE(back.end->outcome, RunEnd::Outcome::Recovered);
        QCOMPARE(back.end->readings, quint64(4));
    }

    void aRunsStateTellsRunningStoppedAndInterruptedApart()
    {
        QTemporaryDir dir;
        const QString run = QStringLiteral("live");
        const QString path = Journal::journalPath(dir.path(), run);
        Journal journal(dir.path());
        QVERIFY(journal.open(sample::runInfo(run)));
        QVERIFY(journal.append(sample::reading(run, 1)));

        // Open for writing: running, never offered as interrupted, never closed by a recovery.
        QCOMPARE(Journal::runState(path), Journal::RunState::Running);
        QVERIFY(Journal::findInterrupted(dir.path()).isEmpty());
        QString error;
        QVERIFY(!Journal::closeInterrupted(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(journal.append(sample::reading(run, 2)));

        QVERIFY(journal.close(RunEnd::Outcome::Stopped));
        QCOMPARE(Journal::runState(path), Journal::RunState::Stopped);
        QCOMPARE(QByteArray(Journal::runStateWord(Journal::runState(path))), QByteArray("stopped"));

        // Garbage after the closing record hides neither the record nor the run's outcome.
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write(QByteArray(300, 'x') + QByteArray("\xD7LDR", 4) + QByteArray(40, '\1')) >
                0);
        file.close();
        QCOMPARE(Journal::runState(path), Journal::RunState::Stopped);
        QVERIFY(JournalReader::readRunEnd(path).has_value());
        QVERIFY(Journal::findInterrupted(dir.path()).isEmpty());
        const auto result =
            CsvExporter().exportJournal(path, dir.filePath(QStringLiteral("x.csv")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.runClosed);
        QCOMPARE(result.rows, 2);
        QCOMPARE(result.warnings.size(), 1); // the damaged bytes, not "no closing record"
        QVERIFY2(!result.warnings.first().contains(QStringLiteral("closing")),
                 qPrintable(result.warnings.first()));
    }

    void aRecoveredRunEndsWithItsLastIntactRecord()
    {
        // A killed writer leaves the zeros of its reserved space; the closing record a recovery
        // appends goes right after the last reading, not after the zeros.
        QTemporaryDir dir;
        const QString path = leftInterrupted(dir.path(), QStringLiteral("killed"), 3);
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 intact = file.size();
        QVERIFY(file.resize(intact + 100'000));
        file.close();
        QCOMPARE(Journal::runState(path), Journal::RunState::Interrupted);
        QString error;
        QVERIFY2(Journal::closeInterrupted(path, &error), qPrintable(error));
        QCOMPARE(Journal::runState(path), Journal::RunState::Recovered);
        const ReadBack back = readAll(path);
        QCOMPARE(back.readings.size(), 3);
        QCOMPARE(back.skippedBytes, 0);
        QCOMPARE(QFileInfo(path).size(), intact + journalformat::endRecordSize());
    }

    void aHandsOnRunsSourceSurvivesARoundTripAndIsDescribed_data()
    {
        QTest::addColumn<QByteArray>("plan");
        QTest::newRow("a front panel's run: no plan") << QByteArray();
        QTest::newRow("with a plan too") << sample::planJson();
    }
    void aHandsOnRunsSourceSurvivesARoundTripAndIsDescribed()
    {
        QFETCH(QByteArray, plan);
        QTemporaryDir dir;
        RunInfo info = sample::runInfo(QStringLiteral("handson"));
        info.plan = plan;
        info.source = QLatin1String(RunInfo::kSourceFrontPanel);
        {
            Journal journal(dir.path());
            QVERIFY2(journal.open(info), qPrintable(journal.errorString()));
            QVERIFY(journal.append(sample::reading(info.runId, 1)));
            QVERIFY(journal.close());
        }
        const ReadBack back = readAll(Journal::journalPath(dir.path(), info.runId));
        QCOMPARE(back.info, info);
        QCOMPARE(back.info.source, QStringLiteral("front panel"));
        QCOMPARE(back.readings.size(), 1);
        QVERIFY(RunDescription::lines(back.info, Journal::RunState::Completed, {})
                    .contains(QStringLiteral("source: front panel")));
    }

    void aRunMadeSafeAfterItsInterruptionIsNoLongerOfferedButStillReadsInterrupted()
    {
        QTemporaryDir dir;
        const QString path = leftInterrupted(dir.path(), QStringLiteral("killed"), 3);
        QVERIFY(!path.isEmpty());
        QCOMPARE(Journal::findInterrupted(dir.path()).size(), 1);
        QString error;
        QVERIFY2(Journal::markSafeStateApplied(path, &error), qPrintable(error));
        QCOMPARE(Journal::runState(path), Journal::RunState::SafeStateApplied);
        QVERIFY(Journal::findInterrupted(dir.path()).isEmpty());
        QCOMPARE(QByteArray(Journal::runStateWord(Journal::runState(path))),
                 QByteArray("INTERRUPTED,safe"));
        const ReadBack back = readAll(path);
        QCOMPARE(back.readings.size(), 3);
        QVERIFY(back.end.has_value());
        QCOMPARE(back.end->outcome, RunEnd::Outcome::SafeStateApplied);
        QCOMPARE(back.end->readings, quint64(3));
        QVERIFY(RunDescription::stateText(Journal::RunState::SafeStateApplied)
                    .startsWith(QStringLiteral("interrupted")));
        // A second mark, or a later "close them", leaves it as it is.
        QVERIFY(Journal::markSafeStateApplied(path, &error));
        QVERIFY(Journal::closeInterrupted(path, &error));
        QCOMPARE(Journal::runState(path), Journal::RunState::SafeStateApplied);
    }

    void badRunsFolderOrIdIsAClearError_data()
    {
        QTest::addColumn<QString>("runId");
        QTest::addColumn<bool>("folderIsAFile");
        QTest::newRow("run id climbing out of the folder") << "../escape" << false;
        QTest::newRow("empty run id") << "" << false;
        QTest::newRow("runs folder is a regular file") << "ok-id" << true;
    }
    void badRunsFolderOrIdIsAClearError()
    {
        QFETCH(QString, runId);
        QFETCH(bool, folderIsAFile);
        QTemporaryDir dir;
        QString folder = dir.filePath(QStringLiteral("runs"));
        if (folderIsAFile) {
            QFile f(folder);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        Journal journal(folder);
        QVERIFY(!journal.open(sample::runInfo(runId)));
        QVERIFY(!journal.errorString().isEmpty());
        QVERIFY(!journal.append(sample::reading(runId, 1)));
    }

    void openingAnExistingRunFailsAndKeepsIt()
    {
        QTemporaryDir dir;
        Journal first(dir.path());
        QVERIFY(first.open(sample::runInfo(kRun)));
        QVERIFY(first.append(sample::reading(kRun, 1)));
        QVERIFY(first.close());
        Journal second(dir.path());
        QVERIFY(!second.open(sample::runInfo(kRun)));
        QVERIFY(second.errorString().contains(QStringLiteral("journal")));
        QCOMPARE(readAll(Journal::journalPath(dir.path(), kRun)).readings.size(), 1);
    }

    void aFileThatIsNotAJournalIsRejected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("time,value\r\n1,2\r\n");
        f.close();
        JournalReader reader(path);
        QVERIFY(!reader.open());
        QVERIFY(reader.errorString().contains(QStringLiteral("not a LabDispatch journal")));
        Reading r;
        QVERIFY(!reader.next(r));
    }

    void killedWriterLosesNoAcknowledgedReading()
    {
        QTemporaryDir dir;
        const QString run = QStringLiteral("killed");
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--journal-child"), dir.path(), run});
        QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));
        QByteArray out;
        const QDeadlineTimer deadline(60'000);
        while (out.count('\n') < 5000 && !deadline.hasExpired() &&
               child.state() == QProcess::Running) {
            child.waitForReadyRead(1000);
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.count('\n') >= 5000, "the child did not report enough readings");
        child.kill(); // SIGKILL: no destructor, no close(), no flush in user space
        QVERIFY(child.waitForFinished(10'000));
        out += child.readAllStandardOutput();
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QSet<JobId> acknowledged;
        const QList<QByteArray> lines = out.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) // the last piece has no '\n'
            acknowledged.insert(lines[i].toULongLong());

        const ReadBack back = readAll(Journal::journalPath(dir.path(), run));
        QVERIFY(!back.end.has_value());
        QHash<JobId, Reading> journaled;
        for (const Reading &r : back.readings)
            journaled.insert(r->jobId, r);
        qsizetype missing = 0;
        for (JobId id : acknowledged) {
            const auto it = journaled.constFind(id);
            if (it == journaled.constEnd()) {
                ++missing;
                continue;
            }
            QCOMPARE(it.value()->completedWallNs, sample::reading(run, id)->completedWallNs);
            QCOMPARE(it.value()->operation, sample::reading(run, id)->operation);
        }
        QCOMPARE(missing, 0);
        QVERIFY(journaled.size() >= acknowledged.size());
        QVERIFY(acknowledged.size() >= 5000);
        QCOMPARE(Journal::findInterrupted(dir.path()).size(), 1);
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--journal-child") == 0)
        return runJournalChild(argv[2], argv[3]);
    QCoreApplication app(argc, argv);
    TestJournal suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "tst_journal.moc"
