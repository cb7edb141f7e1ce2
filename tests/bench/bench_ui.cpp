// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window under load: 256 simulated instruments, one measurement each every 50 ms
// (5,120 jobs/s) through cap 64, journaled, with the window up (offscreen). A probe thread posts
// a stamped call to the UI thread every 5 ms; its delivery delay is the event-loop latency.
// Prints figures; not a test.
#include "mainwindow.h"
#include "plotpanel.h"
#include "simulatedbench.h"

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "operationspanel.h"
#include "results/journal.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using namespace ld;

namespace {
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? double(fields.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) /
                                   (1024.0 * 1024.0)
                             : 0;
}

/** RssAnon/RssFile/RssShmem in MiB: heap growth and mapped files (the journal) look alike in RSS.
 */
QString residentSplit()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList parts;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("RssAnon") || line.startsWith("RssFile") || line.startsWith("RssShmem"))
            parts.append(
                QString::number(line.simplified().split(' ').value(1).toDouble() / 1024.0, 'f', 1));
    }
    return parts.join(QLatin1Char('/'));
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Run length."),
                                        QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption countOpt(QStringLiteral("instruments"),
                                      QStringLiteral("Simulated instruments."), QStringLiteral("n"),
                                      QStringLiteral("256"));
    const QCommandLineOption intervalOpt(QStringLiteral("interval"),
                                         QStringLiteral("ms between measurements of one."),
                                         QStringLiteral("ms"), QStringLiteral("50"));
    const QCommandLineOption capOpt(QStringLiteral("cap"), QStringLiteral("Dispatcher cap."),
                                    QStringLiteral("n"), QStringLiteral("64"));
    parser.addOptions({secondsOpt, countOpt, intervalOpt, capOpt});
    parser.process(app);
    const int seconds = std::max(2, parser.value(secondsOpt).toInt());
    const int count = std::max(1, parser.value(countOpt).toInt());
    const int intervalMs = std::max(1, parser.value(intervalOpt).toInt());
    const int cap = std::max(1, parser.value(capOpt).toInt());

    ProfileRegistry profiles;
    profiles.addDirectory(QStringLiteral(":/profiles"));
    QList<SimBench::InstrumentSpec> specs;
    for (int i = 0; i < count; ++i) {
        SimBench::InstrumentSpec s;
        s.name = QStringLiteral("sensor %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        s.profileId = QStringLiteral("labdispatch-sim-thermometer");
        s.options.transport = i % 2 ? SimServer::Transport::Tcp : SimServer::Transport::Pty;
        s.options.seed = quint64(1000 + i);
        s.options.latencyMs = 1;
        specs.append(s);
    }
    QTemporaryDir runs;
    Dispatcher dispatcher(cap);
    Journal journal(runs.path());
    SimBench sim;
    Bench bench(&dispatcher, &profiles);
    QString error;
    if (!sim.start(profiles, specs, &error) || !SimulatedBench::populate(&sim, &bench, &error)) {
        std::fprintf(stderr, "bench_ui: %s\n", qPrintable(error));
        return 1;
    }
    RunInfo info;
    info.startedWallNs = wallNowNs();
    info.startedMonoNs = monotonicNowNs();
    info.runId = Journal::newRunId(info.startedWallNs);
    info.bench = QStringLiteral("bench_ui");
    info.cap = cap;
    if (!journal.open(info)) {
        std::fprintf(stderr, "bench_ui: %s\n", qPrintable(journal.errorString()));
        return 1;
    }
    bench.setJournal(&journal);

    MainWindow::Context context;
    context.bench = &bench;
    context.dispatcher = &dispatcher;
    context.profiles = &profiles;
    context.journal = &journal;
    context.simulated = true;
    MainWindow window(context);
    window.resize(1600, 1000);
    window.show();
    bench.connectAll();
    QElapsedTimer connectClock;
    connectClock.start();
    while (connectClock.elapsed() < 60000) {
        int idle = 0;
        for (const InstrumentStatus &s : bench.statuses())
            idle += s.state == InstrumentState::Idle;
        if (idle == count)
            break;
        app.processEvents(QEventLoop::AllEvents, 50);
    }

    // Every instrument selected: the plot draws its bounded number of graphs, as in the app.
    window.selectInstruments(bench.names());
    window.operationsPanel()->selectOperation(QStringLiteral("measure_temperature"));
    window.operationsPanel()->setInterval(intervalMs, 0);
    const auto request = window.operationsPanel()->request(&error);
    if (!request) {
        std::fprintf(stderr, "bench_ui: %s\n", qPrintable(error));
        return 1;
    }
    Bench::RunRequest r = *request;
    r.instruments = bench.names();

    std::vector<double> latenciesMs;
    latenciesMs.reserve(size_t(seconds) * 250);
    std::atomic<bool> probing{true};
    QElapsedTimer clock;
    clock.start();
    std::thread probe([&] {
        while (probing.load()) {
            const qint64 posted = clock.nsecsElapsed();
            QMetaObject::invokeMethod(
                &window,
                [&, posted] { latenciesMs.push_back(double(clock.nsecsElapsed() - posted) / 1e6); },
                Qt::QueuedConnection);
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });

    const double rssStart = residentMiB();
    double rss10 = 0;
    const double cpuStart = cpuSeconds();
    const qint64 replotsStart = window.plotPanel()->replotCount();
    const qint64 fullStart = window.plotPanel()->fullReplotCount();
    const qint64 skippedStart = window.plotPanel()->skippedReplotCount();
    const qint64 ticksStart = window.displayTicks();
    const qint64 finishedStart = dispatcher.counters().finished();
    if (bench.run(r, &error) == 0) {
        std::fprintf(stderr, "bench_ui: %s\n", qPrintable(error));
        return 1;
    }
    QTimer::singleShot(10000, &window, [&] { rss10 = residentMiB(); });
    std::vector<double> rssEvery10s;
    QStringList splitEvery10s;
    QTimer rssTimer;
    QObject::connect(&rssTimer, &QTimer::timeout, &window, [&] {
        rssEvery10s.push_back(residentMiB());
        splitEvery10s.append(residentSplit());
    });
    rssTimer.start(10000);
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    const qint64 replots = window.plotPanel()->replotCount() - replotsStart;
    const qint64 tickCount = window.displayTicks() - ticksStart;
    const qint64 finished = dispatcher.counters().finished() - finishedStart;
    const double rssEnd = residentMiB();
    probing.store(false);
    probe.join();

    // Drain: stop, let the last jobs finish, then take every reading still queued.
    bench.stopAll();
    QElapsedTimer drain;
    drain.start();
    while ((bench.pendingJobs() > 0 || bench.readingsQueued() > 0) && drain.elapsed() < 30000) {
        app.processEvents(QEventLoop::AllEvents, 20);
        window.displayTick();
    }
    app.processEvents();
    window.displayTick();
    const qint64 journaled = qint64(journal.appendedCount());
    const qint64 lost = journaled - window.readingsTaken();
    const DispatcherCounters c = dispatcher.counters();

    std::printf("bench_ui: %d instruments, one measurement each every %d ms, cap %d, %.1f s\n",
                count, intervalMs, cap, elapsed);
    std::printf("%-38s %12s\n", "figure", "value");
    std::printf("%-38s %12.0f\n", "jobs finished per second", double(finished) / elapsed);
    std::printf("%-38s %12.0f\n", "offered jobs per second", count * 1000.0 / intervalMs);
    std::printf("%-38s %12.2f\n", "UI event-loop latency p50 (ms)", percentile(latenciesMs, 0.5));
    std::printf("%-38s %12.2f\n", "UI event-loop latency p99 (ms)", percentile(latenciesMs, 0.99));
    std::printf("%-38s %12.2f\n", "UI event-loop latency max (ms)", percentile(latenciesMs, 1.0));
    std::printf("%-38s %12.1f\n", "replots per second", double(replots) / elapsed);
    std::printf("  %-36s %12.1f\n", "of them with axes and legend, per s",
                double(window.plotPanel()->fullReplotCount() - fullStart) / elapsed);
    std::printf("  %-36s %12.1f\n", "skipped for the frame budget, per s",
                double(window.plotPanel()->skippedReplotCount() - skippedStart) / elapsed);
    std::vector<double> ticks;
    for (double t : window.tickCostsMs())
        ticks.push_back(t);
    std::printf("%-38s %12.1f\n", "display ticks per second", double(tickCount) / elapsed);
    std::printf("%-38s %12.2f\n", "display tick cost p50 (ms)", percentile(ticks, 0.5));
    std::printf("%-38s %12.2f\n", "display tick cost p99 (ms)", percentile(ticks, 0.99));
    const auto sections = window.tickSectionNs();
    const char *names[] = {"drain readings", "table rows", "gauges and log", "plot"};
    for (int i = 0; i < 4; ++i)
        std::printf("  %-36s %12.2f\n",
                    qPrintable(QStringLiteral("%1, ms per second").arg(QLatin1String(names[i]))),
                    double(sections[size_t(i)]) / 1e6 / elapsed);
    std::printf("%-38s %12.0f\n", "CPU, whole process (% of one core)", 100.0 * cpu / elapsed);
    std::printf("%-38s %12.1f\n", "resident memory at start (MiB)", rssStart);
    std::printf("%-38s %12.1f\n", "resident memory at 10 s (MiB)", rss10);
    std::printf("%-38s %12.1f\n", "resident memory at end (MiB)", rssEnd);
    std::printf("  resident memory every 10 s (MiB):");
    for (double m : rssEvery10s)
        std::printf(" %.1f", m);
    std::printf("\n");
    std::printf("  anon/file/shmem every 10 s (MiB): %s\n",
                qPrintable(splitEvery10s.join(QLatin1Char(' '))));
    std::printf("%-38s %12lld\n", "readings journaled", static_cast<long long>(journaled));
    std::printf("%-38s %12lld\n", "readings shown by the window",
                static_cast<long long>(window.readingsTaken()));
    std::printf("%-38s %12lld\n", "readings lost", static_cast<long long>(lost));
    std::printf("%-38s %12lld\n", "failed + timed out jobs",
                static_cast<long long>(c.failed + c.timedOut));
    journal.close(RunEnd::Outcome::Stopped);
    return lost == 0 ? 0 : 1;
}
