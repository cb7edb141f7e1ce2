// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window under load as a user has it: 256 simulated thermometers, one measurement each
// every 50 ms (5,120 jobs/s) through cap 64, journaled, with the window up (offscreen); beside
// them a plan (an I-V sweep of a supply read by a DMM wired to it, repeated) running from the
// plan editor, and a front panel reading another supply on an interval, all through the same
// dispatcher and cap. A probe thread posts a stamped call to the UI thread every 5 ms; its
// delivery delay is the event-loop latency, and the longest gaps between deliveries are the
// stalls, reported with the handlers the UI thread ran meanwhile. Every event the UI thread
// handles is timed in wall and in thread CPU time: on a shared machine the wall figures carry
// other processes' load, the CPU figures say what the window itself costs.
// Prints figures; not a test.
#include "frontpanel.h"
#include "mainwindow.h"
#include "planeditor.h"
#include "planrunpanel.h"
#include "plotpanel.h"
#include "runcontroller.h"

#include "instruments/bench.h"
#include "instruments/intervalschedule.h"
#include "instruments/profileregistry.h"
#include "operationspanel.h"
#include "plans/planfile.h"
#include "plans/runengine.h"
#include "results/journal.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QPaintEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
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
 * a profiler's view of the event loop, without one. The latest events are also kept in order
 * with their start and end, so a stall can name the handlers that ran during it.
 */
class ProfilingApplication : public QApplication
{
public:
    ProfilingApplication(int &argc, char **argv)
        : QApplication(argc, argv)
        , m_recent(kRecent)
    {}

    struct Group
    {
        qint64 count = 0;
        qint64 cpuNs = 0;
        qint64 maxCpuNs = 0;
        qint64 maxWallNs = 0;
        qint64 pixels = 0; ///< paint events: the area painted
    };
    /** One event the loop dispatched, on the wallNs() clock. */
    struct Handled
    {
        qint64 startNs = 0;
        qint64 endNs = 0;
        qint64 cpuNs = 0;
        QString name;
        QString paint; ///< the dearest paint inside it, "" if none
        qint64 paintWallNs = 0;
    };
    bool recording = false;
    QHash<QString, Group> groups;
    /** Paint events (nested in an update request) by widget class. */
    QHash<QString, Group> paints;
    Histogram handlerCpu;
    Histogram handlerWall;

    /** The events that ran (in part) between `fromNs` and `toNs`, dearest in wall time first. */
    QList<Handled> handledBetween(qint64 fromNs, qint64 toNs) const
    {
        QList<Handled> found;
        for (qsizetype i = 0; i < std::min<qsizetype>(m_handled, kRecent); ++i) {
            const Handled &h = m_recent.at(size_t((m_handled - 1 - i) % kRecent));
            if (h.endNs < fromNs)
                break;
            if (h.startNs <= toNs)
                found.append(h);
        }
        std::sort(found.begin(), found.end(), [](const Handled &a, const Handled &b) {
            return a.endNs - a.startNs > b.endNs - b.startNs;
        });
        return found;
    }

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
            if (t.wallNs > m_paintWallNs) {
                m_paintWallNs = t.wallNs;
                m_paint = name;
            }
            return t.result;
        }
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        // Named before: a DeferredDelete event deletes its receiver.
        const QString name = nameOf(receiver, int(event->type()));
        m_paint.clear();
        m_paintWallNs = 0;
        ++m_depth;
        const Timed t = timed(receiver, event);
        --m_depth;
        add(groups[name], t);
        handlerCpu.add(t.cpuNs);
        handlerWall.add(t.wallNs);
        Handled &h = m_recent[size_t(m_handled++ % kRecent)];
        h.startNs = t.startNs;
        h.endNs = t.startNs + t.wallNs;
        h.cpuNs = t.cpuNs;
        h.name = name;
        h.paint = m_paint;
        h.paintWallNs = m_paintWallNs;
        return t.result;
    }

private:
    static constexpr qint64 kRecent = 16384;
    struct Timed
    {
        bool result;
        qint64 cpuNs;
        qint64 wallNs;
        qint64 startNs;
    };
    Timed timed(QObject *receiver, QEvent *event)
    {
        const qint64 wall0 = wallNs();
        const qint64 cpu0 = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        return {result, threadCpuNs() - cpu0, wallNs() - wall0, wall0};
    }
    static Group &add(Group &g, const Timed &t)
    {
        ++g.count;
        g.cpuNs += t.cpuNs;
        g.maxCpuNs = std::max(g.maxCpuNs, t.cpuNs);
        g.maxWallNs = std::max(g.maxWallNs, t.wallNs);
        return g;
    }

    /** "Class(objectName) < ParentClass, event N": the name says which timer or widget. */
    static QString nameOf(QObject *receiver, int type)
    {
        auto text = [](QObject *o) {
            if (!o)
                return QStringLiteral("-");
            const QString cls = QLatin1String(o->metaObject()->className());
            return o->objectName().isEmpty() ? cls
                                             : QStringLiteral("%1(%2)").arg(cls, o->objectName());
        };
        return QStringLiteral("%1 < %2, event %3")
            .arg(text(receiver), text(receiver ? receiver->parent() : nullptr))
            .arg(type);
    }
    int m_depth = 0;
    std::vector<Handled> m_recent;
    qint64 m_handled = 0;
    QString m_paint;
    qint64 m_paintWallNs = 0;
};

/** A gap between two probe deliveries beyond the probe period, and what ran meanwhile. */
struct Stall
{
    qint64 atNs = 0; ///< when it ended, from the start of the measurement
    qint64 gapNs = 0;
    QList<ProfilingApplication::Handled> handled;
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

/** The plan the editor runs: an I-V sweep of `psu` read by `dmm`, again and again. */
QByteArray sweepPlan(const QString &psu, const QString &dmm)
{
    return QStringLiteral(R"({
  "schema": 1,
  "name": "I-V curve, repeated",
  "description": "bench_ui: the I-V curve of %1 channel 1 read by %2, again and again.",
  "safeOnStop": true,
  "steps": [
    { "set": { "instruments": "%1", "operation": "set_current", "parameters": { "channel": 1, "value": 1.0 } } },
    { "set": { "instruments": "%1", "operation": "set_output", "parameters": { "channel": 1, "state": "ON" } } },
    { "repeat": { "count": 100000, "body": [
      { "sweep": {
          "variable": "v", "from": 0, "to": 5, "points": 21,
          "body": [
            { "set": { "instruments": "%1", "operation": "set_voltage", "parameters": { "channel": 1, "value": "${v}" } } },
            { "wait": { "ms": 20 } },
            { "parallel": { "body": [
                { "measure": { "instruments": "%2", "operation": "measure_voltage_dc" } },
                { "measure": { "instruments": "%1", "operation": "measure_current", "parameters": { "channel": 1 } } }
            ] } }
          ]
      } }
    ] } },
    { "set": { "instruments": "%1", "operation": "set_output", "parameters": { "channel": 1, "state": "OFF" } } }
  ]
})")
        .arg(psu, dmm)
        .toUtf8();
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
                                      QStringLiteral("Simulated thermometers of the interval run."),
                                      QStringLiteral("n"), QStringLiteral("256"));
    const QCommandLineOption intervalOpt(QStringLiteral("interval"),
                                         QStringLiteral("ms between measurements of one."),
                                         QStringLiteral("ms"), QStringLiteral("50"));
    const QCommandLineOption capOpt(QStringLiteral("cap"), QStringLiteral("Dispatcher cap."),
                                    QStringLiteral("n"), QStringLiteral("64"));
    const QCommandLineOption planOpt(
        QStringLiteral("plan"),
        QStringLiteral("Run a plan from the plan editor on PSU A and DMM 1 (the default)."));
    const QCommandLineOption noPlanOpt(QStringLiteral("no-plan"),
                                       QStringLiteral("No plan, no plan editor."));
    const QCommandLineOption panelOpt(
        QStringLiteral("front-panel"),
        QStringLiteral("A front panel on PSU B reading every 100 ms (the default)."));
    const QCommandLineOption noPanelOpt(QStringLiteral("no-front-panel"),
                                        QStringLiteral("No front panel."));
    const QCommandLineOption xyOpt(QStringLiteral("xy"),
                                   QStringLiteral("The plot in XY mode (the sweep) instead of "
                                                  "against time (the thermometers)."));
    parser.addOptions({secondsOpt, countOpt, intervalOpt, capOpt, planOpt, noPlanOpt, panelOpt,
                       noPanelOpt, xyOpt});
    parser.process(app);
    const int seconds = std::max(2, parser.value(secondsOpt).toInt());
    const int count = std::max(1, parser.value(countOpt).toInt());
    const int intervalMs = std::max(1, parser.value(intervalOpt).toInt());
    const int cap = std::max(1, parser.value(capOpt).toInt());
    const bool withPlan = !parser.isSet(noPlanOpt);
    const bool withPanel = !parser.isSet(noPanelOpt);
    const bool xy = parser.isSet(xyOpt);
    const QString psuA = QStringLiteral("PSU A"), dmm1 = QStringLiteral("DMM 1"),
                  psuB = QStringLiteral("PSU B");
    constexpr int kPanelIntervalMs = 100;
    constexpr int kProbeMs = 5;

    ProfileRegistry profiles;
    profiles.addDirectory(QStringLiteral(":/profiles"));
    QList<SimBench::InstrumentSpec> specs;
    QStringList sensors;
    for (int i = 0; i < count; ++i) {
        SimBench::InstrumentSpec s;
        s.name = QStringLiteral("sensor %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        s.profileId = QStringLiteral("labdispatch-sim-thermometer");
        s.options.transport = i % 2 ? SimServer::Transport::Tcp : SimServer::Transport::Pty;
        s.options.seed = quint64(1000 + i);
        s.options.latencyMs = 1;
        specs.append(s);
        sensors.append(s.name);
    }
    auto extra = [&](const QString &name, const char *profile, quint64 seed) {
        SimBench::InstrumentSpec s;
        s.name = name;
        s.profileId = QLatin1String(profile);
        s.options.transport = SimServer::Transport::Tcp;
        s.options.seed = seed;
        s.options.latencyMs = 1;
        return s;
    };
    if (withPlan) {
        specs.append(extra(psuA, "labdispatch-sim-psu3", 1));
        SimBench::InstrumentSpec dmm = extra(dmm1, "labdispatch-sim-dmm", 2);
        dmm.wire = {psuA, QStringLiteral("measure_voltage"), 1};
        specs.append(dmm);
    }
    if (withPanel)
        specs.append(extra(psuB, "labdispatch-sim-psu3", 3));
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
    // The window's parts, found by name as the UI tests find them.
    auto *plot = window.findChild<PlotPanel *>(QStringLiteral("PlotPanel"));
    auto *operations = window.findChild<OperationsPanel *>(QStringLiteral("OperationsPanel"));
    auto *runControl = window.findChild<RunController *>(QStringLiteral("RunController"));
    if (!plot || !operations || !runControl) {
        std::fprintf(stderr, "bench_ui: the window lacks a plot, operations or runs part\n");
        return 1;
    }
    bench.connectAll();
    QElapsedTimer connectClock;
    connectClock.start();
    const int total = int(specs.size());
    while (connectClock.elapsed() < 60000) {
        int idle = 0;
        for (const InstrumentStatus &s : bench.statuses())
            idle += s.state == InstrumentState::Idle;
        if (idle == total)
            break;
        app.processEvents(QEventLoop::AllEvents, 50);
    }
    const double connectSeconds = double(connectClock.elapsed()) / 1e3;
    std::fprintf(stderr, "bench_ui: connected in %.1f s\n", connectSeconds);

    // From here on the bench is connected: everything the UI thread does counts, the user's
    // steps below included, each timed on its own.
    std::vector<double> latenciesMs;
    latenciesMs.reserve(size_t(seconds) * 250);
    std::vector<Stall> stalls; // the five longest, longest first
    qint64 stallCount = 0;     // gaps of more than 50 ms
    const qint64 startNs = wallNs();
    qint64 lastDeliveryNs = startNs;
    std::atomic<bool> probing{true};
    std::atomic<bool> measuring{true};
    std::thread probe([&] {
        while (probing.load()) {
            const qint64 posted = wallNs();
            QMetaObject::invokeMethod(
                &window,
                [&, posted] {
                    if (!measuring.load())
                        return;
                    const qint64 now = wallNs();
                    latenciesMs.push_back(double(now - posted) / 1e6);
                    const qint64 gap = now - lastDeliveryNs - kProbeMs * 1'000'000;
                    if (gap > 50'000'000)
                        ++stallCount;
                    if (stalls.size() < 5 || gap > stalls.back().gapNs) {
                        Stall stall{now - startNs, gap, app.handledBetween(lastDeliveryNs, now)};
                        stall.handled = stall.handled.mid(0, 4);
                        stalls.insert(std::upper_bound(stalls.begin(), stalls.end(), stall,
                                                       [](const Stall &a, const Stall &b) {
                                                           return a.gapNs > b.gapNs;
                                                       }),
                                      stall);
                        if (stalls.size() > 5)
                            stalls.pop_back();
                    }
                    lastDeliveryNs = now;
                },
                Qt::QueuedConnection);
            std::this_thread::sleep_for(std::chrono::milliseconds(kProbeMs));
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
    QElapsedTimer clock;
    clock.start();

    // The user's steps, one event each: a front panel reading on an interval, the plan editor
    // raised with the plan running, then every thermometer selected and run on the interval.
    QList<std::pair<QString, double>> setupMs;
    QList<std::function<bool()>> steps;
    if (withPanel)
        steps.append([&] {
            window.selectInstruments({psuB});
            auto *action = window.findChild<QAction *>(QStringLiteral("FrontPanelAction"));
            if (!action || !action->isEnabled()) {
                error = QStringLiteral("no front panel action for PSU B");
                return false;
            }
            action->trigger();
            auto *panel = window.findChild<FrontPanel *>(QStringLiteral("FrontPanel"));
            auto *every =
                panel ? panel->findChild<QSpinBox *>(QStringLiteral("AutoInterval")) : nullptr;
            auto *autoRead =
                panel ? panel->findChild<QCheckBox *>(QStringLiteral("AutoRead")) : nullptr;
            if (!every || !autoRead) {
                error = QStringLiteral("no front panel with an interval read for PSU B");
                return false;
            }
            every->setValue(kPanelIntervalMs);
            autoRead->setChecked(true);
            return true;
        });
    if (withPlan)
        steps.append([&] {
            auto *dock = window.findChild<QDockWidget *>(QStringLiteral("PlanDock"));
            auto *editor = window.findChild<PlanEditor *>();
            const PlanFile::Result plan = PlanFile::parse(sweepPlan(psuA, dmm1));
            if (!dock || !editor || !plan.plan) {
                error = QStringLiteral("no plan editor, or the plan: %1").arg(plan.error);
                return false;
            }
            dock->raise();
            editor->setPlan(*plan.plan);
            auto *run = editor->findChild<QPushButton *>(QStringLiteral("RunPlanButton"));
            if (!run || !run->isEnabled()) {
                error = QStringLiteral("the plan cannot run: %1")
                            .arg(editor->errors().join(QStringLiteral("; ")));
                return false;
            }
            run->click();
            if (editor->runPanel()->runId() == 0) {
                error = QStringLiteral("the plan did not start");
                return false;
            }
            return true;
        });
    if (xy)
        steps.append([&] {
            plot->setMode(PlotPanel::Mode::Xy);
            return true;
        });
    // Every thermometer selected: the plot draws its bounded number of graphs, as in the app.
    steps.append([&] {
        window.selectInstruments(sensors);
        operations->selectOperation(QStringLiteral("measure_temperature"));
        operations->setInterval(intervalMs, 0);
        return true;
    });
    // One run of every thermometer, started as the Run button does (the window's RunController
    // tracks it: its rows read "Run n"); the bench splits it into waves of the cap across the
    // interval.
    steps.append([&] {
        const auto request = operations->request(&error);
        if (!request)
            return false;
        const qsizetype before = runControl->runs().size();
        Q_EMIT operations->runRequested(*request);
        if (runControl->runs().size() == before) {
            error = QStringLiteral("the run did not start");
            return false;
        }
        return true;
    });
    const QStringList stepNames = [&] {
        QStringList names;
        if (withPanel)
            names.append(QStringLiteral("open a front panel, read every 100 ms"));
        if (withPlan)
            names.append(QStringLiteral("raise the plan editor, load and run the plan"));
        if (xy)
            names.append(QStringLiteral("plot in XY mode"));
        names.append(QStringLiteral("select every thermometer"));
        names.append(QStringLiteral("start the interval run"));
        return names;
    }();
    bool setupFailed = false;
    for (qsizetype i = 0; i < steps.size(); ++i)
        QTimer::singleShot(int(i) * 200, &window, [&, i] {
            if (setupFailed)
                return;
            const qint64 t0 = wallNs();
            if (!steps.at(i)()) {
                setupFailed = true;
                std::fprintf(stderr, "bench_ui: %s: %s\n", qPrintable(stepNames.at(i)),
                             qPrintable(error));
                QCoreApplication::exit(1);
                return;
            }
            setupMs.append({stepNames.at(i), double(wallNs() - t0) / 1e6});
            std::fprintf(stderr, "bench_ui: %s\n", qPrintable(stepNames.at(i)));
        });
    const int waves = IntervalSchedule::wavesFor(count, cap, intervalMs);
    QTimer::singleShot(10000, &window, [&] { rss10 = residentMiB(); });
    std::vector<double> rssEvery10s;
    QStringList splitEvery10s;
    QTimer rssTimer;
    QObject::connect(&rssTimer, &QTimer::timeout, &window, [&] {
        rssEvery10s.push_back(residentMiB());
        splitEvery10s.append(residentSplit());
    });
    rssTimer.start(10000);
    // exit(), not quit(): quit() closes the window first, and with outputs on it asks first.
    QTimer::singleShot(seconds * 1000, &app, [] { QCoreApplication::exit(0); });
    const int exitCode = app.exec();
    measuring.store(false);
    if (exitCode != 0 || setupFailed) {
        probing.store(false);
        probe.join();
        return 1;
    }
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

    std::fprintf(stderr, "bench_ui: measured, draining\n");
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
    std::printf("  plan: %s; front panel: %s; plot: %s; connected in %.1f s\n",
                withPlan ? "an I-V sweep of PSU A read by DMM 1, repeated" : "none",
                withPanel ? "PSU B, every measurement every 100 ms" : "none",
                xy ? "XY (the sweep)" : "against time (the thermometers)", connectSeconds);
    for (const auto &[name, ms] : std::as_const(setupMs))
        std::printf("  step \"%s\": %.1f ms\n", qPrintable(name), ms);
    std::printf("%-38s %12s\n", "figure", "value");
    std::printf("%-38s %12.0f\n", "jobs finished per second", double(finished) / elapsed);
    std::printf("%-38s %12.0f\n", "offered jobs per second", count * 1000.0 / intervalMs);
    std::printf("%-38s %12.2f\n", "UI event-loop latency p50 (ms)", percentile(latenciesMs, 0.5));
    std::printf("%-38s %12.2f\n", "UI event-loop latency p99 (ms)", percentile(latenciesMs, 0.99));
    std::printf("%-38s %12.2f\n", "UI event-loop latency max (ms)", percentile(latenciesMs, 1.0));
    std::printf("%-38s %12.2f\n", "worst stall (ms)",
                stalls.empty() ? 0.0 : double(stalls.front().gapNs) / 1e6);
    std::printf("%-38s %12lld\n", "stalls over 50 ms", static_cast<long long>(stallCount));
    std::printf("  the longest gaps between probe deliveries beyond the %d ms period (at s: gap "
                "ms; the longest handlers meanwhile: wall ms / CPU ms, and their dearest "
                "paint):\n",
                kProbeMs);
    for (const Stall &stall : stalls) {
        std::printf("    at %6.2f s: %7.2f ms\n", double(stall.atNs) / 1e9,
                    double(stall.gapNs) / 1e6);
        for (const ProfilingApplication::Handled &h : stall.handled) {
            std::printf("      %7.2f / %7.2f  %s", double(h.endNs - h.startNs) / 1e6,
                        double(h.cpuNs) / 1e6, qPrintable(h.name));
            if (!h.paint.isEmpty())
                std::printf(" (paint %s %.2f ms)", qPrintable(h.paint),
                            double(h.paintWallNs) / 1e6);
            std::printf("\n");
        }
        if (stall.handled.isEmpty())
            std::printf("      no handler ran: the UI thread waited for a core\n");
    }
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
    for (const QTableView *view : window.findChildren<QTableView *>())
        if (view->isVisible())
            std::printf("  a table of %d rows, its viewport %dx%d\n", view->model()->rowCount(),
                        view->viewport()->width(), view->viewport()->height());
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
    std::fflush(stdout);
    journal.close(RunEnd::Outcome::Stopped);
    return lost == 0 ? 0 : 1;
}
