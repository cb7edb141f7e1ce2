// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window under load: 256 simulated instruments, one measurement each every 50 ms
// (5,120 jobs/s) through cap 64, journaled, with the window up (offscreen). A probe thread posts
// a stamped call to the UI thread every 5 ms; its delivery delay is the event-loop latency.
// Every event the UI thread handles is timed in wall and in thread CPU time: on a shared machine
// the wall figures carry other processes' load, the CPU figures say what the window itself costs.
// Prints figures; not a test.
#include "mainwindow.h"
#include "plotpanel.h"

#include "instruments/bench.h"
#include "instruments/intervalschedule.h"
#include "instruments/profileregistry.h"
#include "operationspanel.h"
#include "plans/runengine.h"
#include "results/journal.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QPaintEvent>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <time.h>
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

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

qint64 wallNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

/**
 * Durations in 10 us bins up to 1 s, allocated and zeroed up front: recording never allocates,
 * so the figures do not move the resident memory they sit beside.
 */
class Histogram
{
public:
    Histogram()
        : m_bins(100000, 0)
    {}
    void add(qint64 ns)
    {
        m_bins[size_t(std::clamp<qint64>(ns / 10'000, 0, qint64(m_bins.size()) - 1))]++;
        ++m_count;
    }
    /** The p-quantile in ms (upper edge of its bin). */
    double percentileMs(double p) const
    {
        const quint64 rank = quint64(p * double(m_count));
        quint64 seen = 0;
        for (size_t i = 0; i < m_bins.size(); ++i) {
            seen += m_bins[i];
            if (seen > rank || (seen == m_count && m_bins[i] > 0))
                return double(i + 1) * 0.01;
        }
        return 0;
    }

private:
    std::vector<quint32> m_bins;
    quint64 m_count = 0;
};

/**
 * Times each event the UI thread dispatches from its loop (nested sends count in their outer
 * event), grouped by receiver class, its parent's class and the event type: the same work as
 * a profiler's view of the event loop, without one.
 */
class ProfilingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Group
    {
        qint64 count = 0;
        qint64 cpuNs = 0;
        qint64 maxCpuNs = 0;
        qint64 maxWallNs = 0;
        qint64 pixels = 0; ///< paint events: the area painted
    };
    bool recording = false;
    QHash<QString, Group> groups;
    /** Paint events (nested in an update request) by widget class. */
    QHash<QString, Group> paints;
    Histogram handlerCpu;
    Histogram handlerWall;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!recording || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (event->type() == QEvent::Paint) {
            qint64 area = 0;
            for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                area += qint64(r.width()) * r.height();
            // A view's viewport paints for the view.
            QObject *owner = receiver->objectName() == QLatin1String("qt_scrollarea_viewport")
                                 ? receiver->parent()
                                 : receiver;
            const QString name = QLatin1String(owner->metaObject()->className());
            const Timed t = timed(receiver, event);
            add(paints[name], t).pixels += area;
            return t.result;
        }
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        // Named before: a DeferredDelete event deletes its receiver.
        const QString name = nameOf(receiver, int(event->type()));
        ++m_depth;
        const Timed t = timed(receiver, event);
        --m_depth;
        add(groups[name], t);
        handlerCpu.add(t.cpuNs);
        handlerWall.add(t.wallNs);
        return t.result;
    }

private:
    struct Timed
    {
        bool result;
        qint64 cpuNs;
        qint64 wallNs;
    };
    Timed timed(QObject *receiver, QEvent *event)
    {
        const qint64 wall0 = wallNs();
        const qint64 cpu0 = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        return {result, threadCpuNs() - cpu0, wallNs() - wall0};
    }
    static Group &add(Group &g, const Timed &t)
    {
        ++g.count;
        g.cpuNs += t.cpuNs;
        g.maxCpuNs = std::max(g.maxCpuNs, t.cpuNs);
        g.maxWallNs = std::max(g.maxWallNs, t.wallNs);
        return g;
    }

    static QString nameOf(QObject *receiver, int type)
    {
        QObject *parent = receiver ? receiver->parent() : nullptr;
        return QStringLiteral("%1 < %2, event %3")
            .arg(QLatin1String(receiver ? receiver->metaObject()->className() : "?"),
                 QLatin1String(parent ? parent->metaObject()->className() : "-"))
            .arg(type);
    }
    int m_depth = 0;
};

/** The `most` dearest groups by CPU; the last column is `last(group)`. */
template<typename Last>
void printGroups(const char *title, const QHash<QString, ProfilingApplication::Group> &groups,
                 int most, double elapsed, Last last)
{
    std::printf("  %s:\n", title);
    QList<std::pair<QString, ProfilingApplication::Group>> rows;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.second.cpuNs > b.second.cpuNs; });
    for (qsizetype i = 0; i < std::min<qsizetype>(most, rows.size()); ++i) {
        const auto &[name, g] = rows.at(i);
        std::printf("    %-52s %7.2f %7.1f %7.2f %7.2f\n", qPrintable(name),
                    double(g.cpuNs) / 1e6 / elapsed, double(g.count) / elapsed,
                    double(g.maxCpuNs) / 1e6, last(g));
    }
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
    ProfilingApplication app(argc, argv);
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
    if (!sim.start(profiles, specs, &error) ||
        !sim.addInstrumentsTo(&bench, 2000, SimBench::ProfileChoice::Pinned, &error)) {
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
    RunEngine engine(&dispatcher);
    engine.addTarget(&bench);
    engine.setJournal(&journal);

    MainWindow::Context context;
    context.bench = &bench;
    context.engine = &engine;
    context.dispatcher = &dispatcher;
    context.profiles = &profiles;
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
    auto *operations = window.findChild<OperationsPanel *>(QStringLiteral("OperationsPanel"));
    auto *plot = window.findChild<PlotPanel *>(QStringLiteral("PlotPanel"));
    operations->selectOperation(QStringLiteral("measure_temperature"));
    operations->setInterval(intervalMs, 0);
    const auto request = operations->request(&error);
    if (!request) {
        std::fprintf(stderr, "bench_ui: %s\n", qPrintable(error));
        return 1;
    }
    // One run of every instrument, as the window's Run button starts it; the bench splits it
    // into waves of the cap across the interval.
    RunRequest run = *request;
    run.instruments = bench.names();
    const int waves = IntervalSchedule::wavesFor(count, cap, intervalMs);

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
    const qint64 uiCpuStart = threadCpuNs();
    app.recording = true;
    const qint64 replotsStart = plot->replotCount();
    const qint64 fullStart = plot->fullReplotCount();
    const qint64 skippedStart = plot->skippedReplotCount();
    const qint64 ticksStart = window.displayTicks();
    const qint64 finishedStart = dispatcher.counters().finished();
    QTimer::singleShot(0, &window, [&] {
        QString why;
        if (engine.start(run, &why) == 0)
            std::fprintf(stderr, "bench_ui: %s\n", qPrintable(why));
    });
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
    const double uiCpu = double(threadCpuNs() - uiCpuStart) / 1e9;
    app.recording = false;
    const qint64 replots = plot->replotCount() - replotsStart;
    const qint64 tickCount = window.displayTicks() - ticksStart;
    const qint64 finished = dispatcher.counters().finished() - finishedStart;
    const double rssEnd = residentMiB();
    probing.store(false);
    probe.join();

    // Drain: stop, let the last jobs finish, then take every reading still queued.
    engine.stopAll();
    QElapsedTimer drain;
    drain.start();
    while ((engine.pendingJobs() > 0 || engine.readingsQueued() > 0) && drain.elapsed() < 30000) {
        app.processEvents(QEventLoop::AllEvents, 20);
        window.displayTick();
    }
    app.processEvents();
    window.displayTick();
    const qint64 journaled = qint64(journal.appendedCount());
    const qint64 lost = journaled - window.readingsTaken();
    const DispatcherCounters c = dispatcher.counters();

    std::printf("bench_ui: %d instruments, one measurement each every %d ms, cap %d, %.1f s, "
                "one run in %d wave(s) %.1f ms apart\n",
                count, intervalMs, cap, elapsed, waves, double(intervalMs) / waves);
    std::printf("%-38s %12s\n", "figure", "value");
    std::printf("%-38s %12.0f\n", "jobs finished per second", double(finished) / elapsed);
    std::printf("%-38s %12.0f\n", "offered jobs per second", count * 1000.0 / intervalMs);
    std::printf("%-38s %12.2f\n", "UI event-loop latency p50 (ms)", percentile(latenciesMs, 0.5));
    std::printf("%-38s %12.2f\n", "UI event-loop latency p99 (ms)", percentile(latenciesMs, 0.99));
    std::printf("%-38s %12.2f\n", "UI event-loop latency max (ms)", percentile(latenciesMs, 1.0));
    std::printf("%-38s %12.1f\n", "replots per second", double(replots) / elapsed);
    std::printf("  %-36s %12.1f\n", "of them with axes and legend, per s",
                double(plot->fullReplotCount() - fullStart) / elapsed);
    std::printf("  %-36s %12.1f\n", "skipped for the frame budget, per s",
                double(plot->skippedReplotCount() - skippedStart) / elapsed);
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
    std::printf("%-38s %12.1f\n", "CPU, UI thread (% of one core)", 100.0 * uiCpu / elapsed);
    std::printf("%-38s %12.2f\n", "UI handler CPU p99 (ms)", app.handlerCpu.percentileMs(0.99));
    std::printf("%-38s %12.2f\n", "UI handler CPU max (ms)", app.handlerCpu.percentileMs(1.0));
    std::printf("%-38s %12.2f\n", "UI handler wall p99 (ms)", app.handlerWall.percentileMs(0.99));
    printGroups("UI thread by receiver < parent, event type (CPU ms per second, count per second, "
                "CPU max ms, wall max ms)",
                app.groups, 12, elapsed,
                [](const ProfilingApplication::Group &g) { return double(g.maxWallNs) / 1e6; });
    printGroups("paint events by widget (CPU ms per second, count per second, CPU max ms, "
                "kilopixels per paint)",
                app.paints, 8, elapsed, [](const ProfilingApplication::Group &g) {
                    return double(g.pixels) / 1e3 / double(std::max<qint64>(1, g.count));
                });
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
