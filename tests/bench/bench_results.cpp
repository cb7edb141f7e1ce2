// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Journal append cost (one and four threads) and CSV export of a million readings: time and
// peak memory. The export runs in a child process (this binary with --export) so its VmHWM is
// the export's own peak, not the peak of writing the journal. Prints a table; not a test.
#include "../results/sampledata.h"
#include "results/csvexporter.h"
#include "results/journal.h"
#include "results/journalformat_p.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

using namespace ld;

namespace {

qint64 vmHwmKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

std::vector<Reading> prebuilt(const QString &run, JobId first, int count)
{
    std::vector<Reading> readings;
    readings.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        readings.push_back(sample::reading(run, first + JobId(i)));
    return readings;
}

/** Appends `perThread` readings from each of `threads` threads; returns ns for all of them. */
qint64 timeAppends(const QString &folder, const QString &run, int threads, int perThread)
{
    Journal journal(folder);
    if (!journal.open(sample::runInfo(run)))
        qFatal("%s", qPrintable(journal.errorString()));
    std::vector<std::vector<Reading>> work;
    for (int t = 0; t < threads; ++t)
        work.push_back(prebuilt(run, JobId(t) * JobId(perThread), perThread));
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&journal, &readings = work[size_t(t)]] {
            for (const Reading &r : readings)
                journal.append(r);
        });
    }
    for (auto &th : pool)
        th.join();
    const qint64 ns = timer.nsecsElapsed();
    journal.close();
    return ns;
}

int runExport(const char *journalPath, const char *csvPath, const char *layout)
{
    const qint64 before = vmHwmKiB();
    CsvExporter::Options options;
    options.layout =
        std::strcmp(layout, "wide") == 0 ? CsvExporter::Layout::Wide : CsvExporter::Layout::Long;
    QElapsedTimer timer;
    timer.start();
    const auto result = CsvExporter(options).exportJournal(QString::fromLocal8Bit(journalPath),
                                                           QString::fromLocal8Bit(csvPath));
    std::printf("%lld %lld %lld %lld\n", timer.nsecsElapsed(), (long long)result.rows, before,
                vmHwmKiB());
    return result.ok() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 5 && std::strcmp(argv[1], "--export") == 0)
        return runExport(argv[2], argv[3], argv[4]);
    QCoreApplication app(argc, argv);
    const int exportRows = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    QTemporaryDir dir(QStringLiteral("/tmp/bench_results-XXXXXX"));

    std::printf("%-44s %12s %14s\n", "journal append", "us/reading", "readings/s");
    const int perThread = 200'000;
    {
        // The CPU part alone (encode + frame + CRC), to split the append cost.
        const auto readings = prebuilt(QStringLiteral("encode"), 0, perThread);
        QElapsedTimer timer;
        timer.start();
        qint64 bytes = 0;
        for (const Reading &r : readings) {
            const QByteArray record = journalformat::readingRecord(r.fields());
            bytes += record.size();
        }
        const qint64 ns = timer.nsecsElapsed();
        std::printf("%-44s %12.2f %14.0f   (%.0f bytes/record)\n", "encode only, no I/O",
                    ns / 1e3 / perThread, perThread / (ns / 1e9), double(bytes) / perThread);
    }
    for (int threads : {1, 4}) {
        const int per = perThread / threads;
        const qint64 ns =
            timeAppends(dir.path(), QStringLiteral("append-%1").arg(threads), threads, per);
        const double total = double(per) * threads;
        std::printf("%-44s %12.2f %14.0f\n",
                    qPrintable(QStringLiteral("%1 thread(s), %2 readings").arg(threads).arg(total)),
                    ns / 1e3 / total, total / (ns / 1e9));
    }

    // A journal of `exportRows` readings, then the export in a child process.
    const QString run = QStringLiteral("export");
    {
        Journal journal(dir.path());
        journal.open(sample::runInfo(run));
        for (int i = 0; i < exportRows; ++i)
            journal.append(sample::reading(run, JobId(i)));
        journal.close();
    }
    const QString journalPath = Journal::journalPath(dir.path(), run);
    std::printf("\njournal of %d readings: %.1f MiB\n", exportRows,
                QFileInfo(journalPath).size() / 1048576.0);
    std::printf("%-20s %10s %12s %14s %16s %10s\n", "csv export", "rows", "seconds", "rows/s",
                "VmHWM before MiB", "peak MiB");
    for (const char *layout : {"long", "wide"}) {
        const QString csv = dir.filePath(QStringLiteral("out-%1.csv").arg(QLatin1String(layout)));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--export"), journalPath, csv, QLatin1String(layout)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            std::printf("%s export failed\n", layout);
            continue;
        }
        const QList<QByteArray> f = child.readAllStandardOutput().trimmed().split(' ');
        const double seconds = f.value(0).toLongLong() / 1e9;
        const qint64 rows = f.value(1).toLongLong();
        std::printf("%-20s %10lld %12.2f %14.0f %16.1f %10.1f\n", layout, rows, seconds,
                    rows / seconds, f.value(2).toLongLong() / 1024.0,
                    f.value(3).toLongLong() / 1024.0);
        std::printf("%-20s %.1f MiB\n", "  csv size", QFileInfo(csv).size() / 1048576.0);
        QFile::remove(csv);
    }
    return 0;
}
