// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A plan through the whole stack (RunEngine -> PlanCursor -> Bench -> Dispatcher -> I/O threads
// -> loopback TCP -> SimBench): N simulated thermometers in one `parallel` group, each sweeping
// its averaging count over P points (a set and a measure at each), against the ceiling the
// simulated latency allows; the same instruments as a simple run (a measure P times each); and,
// when /usr/bin/python3 has PyVISA, the same sweep written the way Python labs write it
// (pyvisa_sweep.py: PyVISA-py, a thread per instrument) against the same simulated
// instruments, in the same run. Prints a table; never a verdict (docs/benchmarks.md).
//
// Usage: bench_plans [--instruments N] [--points P] [--latency MS] [--cap C] [--rounds R]
//                    [--python PATH | --no-python]

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "plans/runengine.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <tuple>
#include <vector>

using namespace ld;

namespace {

constexpr int kSafetyMs = 600000;
/** The thermometer's averaging count takes 1 to 64: the sweep's values go round in that. */
constexpr int kMaxAveraging = 64;

struct Options
{
    int instruments = 64;
    int points = 100;
    int latencyMs = 5;
    int cap = 64;
    int rounds = 1;
    QString python = QStringLiteral("/usr/bin/python3"); ///< empty: no PyVISA case
};

/** What one case did: its points, failures, wall time and CPU. */
struct Outcome
{
    qint64 jobs = 0;   ///< jobs (LabDispatch) or commands (PyVISA) that succeeded
    qint64 points = 0; ///< measurements that succeeded
    qint64 failed = 0;
    double seconds = 0;
    double mainCpuSeconds = -1;   ///< this process's main thread: the engine's own work
    double processCpuSeconds = 0; ///< this process: engine, I/O threads, dispatcher, simulator
    double otherCpuSeconds = -1;  ///< the Python process, for the PyVISA case
    bool finished = false;
    /** The run's wall timeline (LabDispatch cases); negative when not measured. */
    double firstJobMs = -1; ///< start() to the first job started on an instrument
    double gapMeanUs = -1;  ///< one job's end to the next job's start on its instrument
    double gapP99Us = -1;
    double lastToEndMs = -1; ///< the last job's end to runFinished
};

/** A job as its readings saw it: started on `instrument` and ended (its last reading). */
struct JobSpan
{
    QString instrument;
    JobId jobId = 0;
    qint64 startedNs = 0;
    qint64 completedNs = 0;
};

/**
 * Fills `out`'s timeline from the jobs' stamps: how long the run took to get going, how long an
 * instrument waited between a reply and its next job (the lookahead running dry shows here),
 * and how long the run took to end after the last reply.
 */
void timeline(std::vector<JobSpan> spans, qint64 startNs, qint64 endNs, Outcome *out)
{
    if (spans.empty())
        return;
    std::sort(spans.begin(), spans.end(), [](const JobSpan &a, const JobSpan &b) {
        return std::tie(a.instrument, a.startedNs) < std::tie(b.instrument, b.startedNs);
    });
    std::vector<double> gaps;
    qint64 first = spans.front().startedNs;
    qint64 last = spans.front().completedNs;
    for (size_t i = 0; i < spans.size(); ++i) {
        first = std::min(first, spans[i].startedNs);
        last = std::max(last, spans[i].completedNs);
        if (i > 0 && spans[i].instrument == spans[i - 1].instrument)
            gaps.push_back(double(spans[i].startedNs - spans[i - 1].completedNs) / 1e3);
    }
    out->firstJobMs = double(first - startNs) / 1e6;
    out->lastToEndMs = double(endNs - last) / 1e6;
    if (gaps.empty())
        return;
    double sum = 0;
    for (double g : gaps)
        sum += g;
    out->gapMeanUs = sum / double(gaps.size());
    std::sort(gaps.begin(), gaps.end());
    out->gapP99Us = gaps.at(std::min(gaps.size() - 1, gaps.size() * 99 / 100));
}

double cpuSeconds(clockid_t clock)
{
    timespec t{};
    ::clock_gettime(clock, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/** The value of the averaging count at point `i` (1 to 64, round and round). */
int averagingAt(int i)
{
    return i % kMaxAveraging + 1;
}

QList<SimBench::InstrumentSpec> specs(const Options &o)
{
    QList<SimBench::InstrumentSpec> list;
    for (int i = 0; i < o.instruments; ++i) {
        SimBench::InstrumentSpec s;
        s.name = QStringLiteral("t%1").arg(i, 3, 10, QLatin1Char('0'));
        s.profileId = QStringLiteral("labdispatch-sim-thermometer");
        // TCP for every instrument: PyVISA reaches them as TCPIP SOCKET resources too.
        s.options.transport = SimServer::Transport::Tcp;
        s.options.seed = quint64(i + 1);
        s.options.latencyMs = o.latencyMs;
        s.options.jitterMs = 0;
        list.append(s);
    }
    return list;
}

/** Connects every instrument of `bench`; false when they are not all idle within kSafetyMs. */
bool connectAll(Bench &bench)
{
    const QStringList names = bench.names();
    auto allIdle = [&] {
        return std::all_of(names.cbegin(), names.cend(), [&](const QString &n) {
            return bench.status(n).state == InstrumentState::Idle;
        });
    };
    QEventLoop loop;
    QObject::connect(&bench, &Bench::instrumentChanged, &loop, [&] {
        if (allIdle())
            loop.quit();
    });
    QTimer::singleShot(kSafetyMs, &loop, &QEventLoop::quit);
    bench.connectAll();
    if (!allIdle())
        loop.exec();
    return allIdle();
}

/**
 * One `parallel` group: for every instrument a sweep of `n` over `points` values, its body
 * the averaging count set to ${n} and a temperature measured.
 */
Plan sweepPlan(const QStringList &names, int points)
{
    PlanStep group;
    group.type = PlanStep::Type::Parallel;
    group.path = QStringLiteral("steps[0]");
    QList<double> values;
    for (int i = 0; i < points; ++i)
        values.append(averagingAt(i));
    for (int i = 0; i < names.size(); ++i) {
        const QString at = QStringLiteral("steps[0].body[%1]").arg(i);
        PlanStep set;
        set.type = PlanStep::Type::Set;
        set.path = at + QStringLiteral(".body[0]");
        set.instruments.names = {names.at(i)};
        set.operation = QStringLiteral("set_averaging");
        set.parameters = {{QStringLiteral("count"), QStringLiteral("${n}")}};
        PlanStep measure;
        measure.type = PlanStep::Type::Measure;
        measure.path = at + QStringLiteral(".body[1]");
        measure.instruments.names = {names.at(i)};
        measure.operation = QStringLiteral("measure_temperature");
        PlanStep sweep;
        sweep.type = PlanStep::Type::Sweep;
        sweep.path = at;
        sweep.variable = QStringLiteral("n");
        sweep.sweepKind = PlanStep::SweepKind::List;
        sweep.values = values;
        sweep.body = {set, measure};
        group.body.append(sweep);
    }
    Plan plan;
    plan.name = QStringLiteral("bench_plans");
    plan.steps = {group};
    return plan;
}

/** Runs `start` (a plan or a simple run) on `engine` to its end, readings drained as they come. */
Outcome runOnEngine(RunEngine &engine, const std::function<quint64(QString *)> &start)
{
    Outcome out;
    quint64 id = 0;
    QEventLoop loop;
    std::vector<JobSpan> spans;
    auto drain = [&] {
        for (const Reading &r : engine.takeReadings()) {
            if (r->status != JobStatus::Succeeded) {
                ++out.failed;
                continue;
            }
            // A job's readings come one after another: its last one ends it.
            if (spans.empty() || spans.back().jobId != r->jobId)
                spans.push_back({r->instrument, r->jobId, r->startedMonoNs, r->completedMonoNs});
            else
                spans.back().completedNs = r->completedMonoNs;
            ++out.jobs;
            if (r->operation == QLatin1String("measure_temperature"))
                ++out.points;
        }
    };
    const auto c1 = QObject::connect(&engine, &RunEngine::readingsAvailable, &loop, drain);
    qint64 endNs = 0;
    const auto c2 = QObject::connect(&engine, &RunEngine::runFinished, &loop, [&](quint64 done) {
        if (done == id) {
            endNs = monotonicNowNs();
            out.finished = true;
            loop.quit();
        }
    });
    QTimer::singleShot(kSafetyMs, &loop, &QEventLoop::quit);
    const double main0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    const double process0 = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    QElapsedTimer clock;
    clock.start();
    const qint64 startNs = monotonicNowNs();
    QString error;
    id = start(&error);
    if (id == 0) {
        std::fprintf(stderr, "run refused: %s\n", qPrintable(error));
        return out;
    }
    loop.exec();
    out.seconds = double(clock.nsecsElapsed()) / 1e9;
    out.mainCpuSeconds = cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - main0;
    out.processCpuSeconds = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - process0;
    drain();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    timeline(std::move(spans), startNs, endNs, &out);
    return out;
}

/** pyvisa_sweep.py on `resources`; finished false (with a note on stderr) when it could not. */
Outcome runPyvisa(const Options &o, const QStringList &resources)
{
    Outcome out;
    QProcess script;
    QStringList args{QStringLiteral(LABDISPATCH_PYVISA_SWEEP), QStringLiteral("--points"),
                     QString::number(o.points), QStringLiteral("--max-averaging"),
                     QString::number(kMaxAveraging)};
    args += resources;
    const double process0 = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    script.start(o.python, args);
    // The simulator serves the script from its own thread: this one may block.
    if (!script.waitForFinished(kSafetyMs) || script.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "pyvisa_sweep.py did not finish: %s\n",
                     qPrintable(script.errorString()));
        script.kill();
        script.waitForFinished(5000);
        return out;
    }
    out.processCpuSeconds = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - process0;
    if (script.exitCode() == 77) {
        std::fprintf(stderr, "PyVISA case skipped: %s\n",
                     script.readAllStandardError().trimmed().constData());
        return out;
    }
    const QJsonObject r = QJsonDocument::fromJson(script.readAllStandardOutput()).object();
    if (script.exitCode() != 0 || r.isEmpty()) {
        std::fprintf(stderr, "pyvisa_sweep.py failed (exit %d): %s\n", script.exitCode(),
                     script.readAllStandardError().constData());
        return out;
    }
    out.points = qint64(r.value(QStringLiteral("points")).toDouble());
    out.jobs = 2 * out.points;
    out.failed = qint64(r.value(QStringLiteral("failed")).toDouble());
    out.seconds = r.value(QStringLiteral("seconds")).toDouble();
    out.otherCpuSeconds = r.value(QStringLiteral("cpu_seconds")).toDouble();
    out.finished = true;
    return out;
}

void printRow(int round, const char *what, const Options &o, const Outcome &out)
{
    // Every point waits for one reply (the measure; the set has none): the instruments at once,
    // as far as the cap lets them, is the ceiling.
    const double ceiling =
        o.latencyMs > 0 ? std::min(o.cap, o.instruments) * 1000.0 / o.latencyMs : 0;
    const double pps = out.seconds > 0 ? double(out.points) / out.seconds : 0;
    const double perJob = out.jobs > 0 ? 1e6 / double(out.jobs) : 0;
    auto perJobText = [perJob](double seconds) {
        return seconds >= 0 ? QString::number(seconds * perJob, 'f', 1) : QStringLiteral("-");
    };
    // The engine's thread per point: what the plan's second reading per point costs it.
    const QString perPoint =
        out.mainCpuSeconds >= 0 && out.points > 0
            ? QString::number(out.mainCpuSeconds * 1e6 / double(out.points), 'f', 1)
            : QStringLiteral("-");
    std::printf("  %-5d %-8s %4d %4d %4d %3d %7lld %8.3f %9.0f %8.0f %6.1f%% %6lld %8s %8s "
                "%8.1f %8s %4s\n",
                round, what, o.instruments, o.points, o.cap, o.latencyMs, qlonglong(out.jobs),
                out.seconds, pps, ceiling, ceiling > 0 ? 100.0 * pps / ceiling : 0.0,
                qlonglong(out.failed), qPrintable(perJobText(out.mainCpuSeconds)),
                qPrintable(perPoint), out.processCpuSeconds * perJob,
                qPrintable(perJobText(out.otherCpuSeconds)), out.finished ? "yes" : "NO");
    if (out.firstJobMs >= 0)
        std::printf("        %-8s first job %.2f ms after start(); reply to the next job on its "
                    "instrument mean %.1f us, p99 %.1f us; last reply to the end %.2f ms\n",
                    what, out.firstJobMs, out.gapMeanUs, out.gapP99Us, out.lastToEndMs);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption instruments(QStringLiteral("instruments"),
                                         QStringLiteral("Simulated instruments (64)."),
                                         QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption points(QStringLiteral("points"),
                                    QStringLiteral("Sweep points per instrument (100)."),
                                    QStringLiteral("P"), QStringLiteral("100"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Simulated reply latency in ms (5)."),
                                     QStringLiteral("MS"), QStringLiteral("5"));
    const QCommandLineOption cap(QStringLiteral("cap"),
                                 QStringLiteral("The dispatcher's cap (64)."), QStringLiteral("C"),
                                 QStringLiteral("64"));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Rounds of the three cases (1)."),
                                    QStringLiteral("R"), QStringLiteral("1"));
    const QCommandLineOption python(QStringLiteral("python"),
                                    QStringLiteral("The Python with PyVISA (/usr/bin/python3)."),
                                    QStringLiteral("PATH"), QStringLiteral("/usr/bin/python3"));
    const QCommandLineOption noPython(QStringLiteral("no-python"),
                                      QStringLiteral("Leave out the PyVISA case."));
    parser.addOptions({instruments, points, latency, cap, rounds, python, noPython});
    parser.process(app);
    Options o;
    o.instruments = std::max(1, parser.value(instruments).toInt());
    o.points = std::max(1, parser.value(points).toInt());
    o.latencyMs = std::max(0, parser.value(latency).toInt());
    o.cap = std::clamp(parser.value(cap).toInt(), Dispatcher::kMinCap, Dispatcher::kMaxCap);
    o.rounds = std::max(1, parser.value(rounds).toInt());
    o.python = parser.isSet(noPython) ? QString() : parser.value(python);
    if (!o.python.isEmpty() && !QFile::exists(o.python)) {
        std::fprintf(stderr, "%s not found: the PyVISA case is left out\n", qPrintable(o.python));
        o.python.clear();
    }

    ProfileRegistry profiles;
    profiles.addDirectory(ProfileRegistry::builtinDirectory());
    SimBench sim;
    QString error;
    if (!sim.start(profiles, specs(o), &error)) {
        std::fprintf(stderr, "sim: %s\n", qPrintable(error));
        return 1;
    }
    Dispatcher dispatcher(o.cap);
    Bench bench(&dispatcher, &profiles);
    QStringList resources;
    for (const SimBench::Entry &entry : sim.instruments()) {
        InstrumentConfig c;
        c.name = entry.name;
        c.resource = entry.resource;
        c.timeoutMs = 5000;
        c.simulated = true;
        if (!bench.addInstrument(c, &error)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(c.name), qPrintable(error));
            return 1;
        }
        resources.append(entry.resource);
    }
    if (!connectAll(bench)) {
        std::fprintf(stderr, "the simulated instruments did not all connect\n");
        return 1;
    }
    const QStringList names = bench.names();
    RunEngine engine(&dispatcher);
    engine.addTarget(&bench);
    const Plan plan = sweepPlan(names, o.points);
    RunRequest simple;
    simple.instruments = names;
    simple.operation = QStringLiteral("measure_temperature");
    simple.repeat = o.points;
    // Warm-up (sessions, allocator, the engine's first run): not measured.
    RunRequest warm = simple;
    warm.repeat = 3;
    runOnEngine(engine, [&](QString *e) { return engine.start(warm, e); });

    std::printf("bench_plans: %d simulated thermometers (TCP), %d points each, %d ms latency, "
                "cap %d\n",
                o.instruments, o.points, o.latencyMs, o.cap);
    std::printf("  plan: one parallel group, a sweep per instrument, set_averaging ${n} + "
                "measure_temperature per point\n  simple: measure_temperature repeated %d times "
                "on every instrument (RunRequest)\n  pyvisa: pyvisa_sweep.py, PyVISA-py @py, a "
                "thread per instrument, the plan's commands\n",
                o.points);
    std::printf("  %-5s %-8s %4s %4s %4s %3s %7s %8s %9s %8s %7s %6s %8s %8s %8s %8s %4s\n",
                "round", "case", "inst", "pts", "cap", "ms", "jobs", "seconds", "points/s",
                "ceiling", "of ceil", "failed", "main us", "main/pt", "proc us", "py us", "done");
    for (int round = 1; round <= o.rounds; ++round) {
        printRow(round, "plan", o,
                 runOnEngine(engine, [&](QString *e) { return engine.start(plan, e); }));
        printRow(round, "simple", o,
                 runOnEngine(engine, [&](QString *e) { return engine.start(simple, e); }));
        if (!o.python.isEmpty())
            printRow(round, "pyvisa", o, runPyvisa(o, resources));
    }
    std::printf("  jobs: successful jobs (PyVISA: commands); main us, proc us: CPU of this "
                "process's main thread (the engine's own work) and of the whole process "
                "(simulator included) per job; main/pt: the main thread's CPU per point in us; py "
                "us: the Python process's CPU per command\n");
    return 0;
}
