// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Instruments through the whole stack (Bench -> Dispatcher -> InstrumentLink on the I/O threads
// -> ScpiSession -> pty / loopback TCP -> SimBench): aggregate queries per second of 64
// simulated instruments at caps 8 and 64 against what their simulated latency allows, and the
// threads and memory 256 open instruments cost, and 4 GPIB buses x 8 instruments behind
// simulated Prologix-style controllers against what one job per bus allows. Each case runs in a
// fresh process (this executable re-run with --case), so one case's heap never hides the next
// one's growth. Prints a table; never a verdict.

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "plans/runengine.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ld;

namespace {

constexpr int kThroughputInstruments = 64;
constexpr int kMemoryInstruments = 256;
constexpr int kLatencyMs = 5;
constexpr int kRepeat = 200;
constexpr int kSafetyMs = 180000;
constexpr int kBusRepeat = 50;

/** A simulated instrument type and the operation measured on it. */
struct Kind
{
    QString profile;
    QString operation;
    int exchangesPerJob; ///< query round trips one job makes (2 with SYST:ERR? draining)
    const char *label;
};
// The thermometer's profile does not drain the error queue: one query per job, so the latency
// ceiling is exact. The DMM's does (drainErrors): MEAS? then SYST:ERR?, two round trips a job.
const Kind kThermometer{QStringLiteral("labdispatch-sim-thermometer"),
                        QStringLiteral("measure_temperature"), 1, "thermo"};
const Kind kDmm{QStringLiteral("labdispatch-sim-dmm"), QStringLiteral("measure_voltage_dc"), 2,
                "dmm"};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Threads of a process by what they are, told apart by their names (/proc/<pid>/task/<tid>/comm).
 */
QString groupOf(const QByteArray &comm, bool isMain)
{
    if (isMain)
        return QStringLiteral("main");
    if (comm.startsWith("ld-simbench"))
        return QStringLiteral("sim");
    if (comm.startsWith("ld-io"))
        return QStringLiteral("io");
    if (comm.startsWith("ld-pool") || comm.startsWith("Thread (pooled)"))
        return QStringLiteral("pool");
    return QString::fromLatin1(comm);
}

struct Snapshot
{
    qint64 rssKb = 0;
    int threads = 0;
    std::map<QString, int> byGroup;
    std::map<QString, double> cpuSecByGroup;

    int count(const QString &g) const
    {
        const auto it = byGroup.find(g);
        return it == byGroup.end() ? 0 : it->second;
    }
    double cpu(const QString &g) const
    {
        const auto it = cpuSecByGroup.find(g);
        return it == cpuSecByGroup.end() ? 0 : it->second;
    }
};

Snapshot snapshot(pid_t pid)
{
    Snapshot s;
    const QString base = QStringLiteral("/proc/%1").arg(pid);
    for (const QByteArray &line : readFile(base + QStringLiteral("/status")).split('\n'))
        if (line.startsWith("VmRSS:"))
            s.rssKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
    const double tick = double(::sysconf(_SC_CLK_TCK));
    const QStringList tids =
        QDir(base + QStringLiteral("/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tids) {
        const QByteArray stat = readFile(base + QStringLiteral("/task/%1/stat").arg(tid));
        const int open = stat.indexOf('(');
        const int close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QString group = groupOf(stat.mid(open + 1, close - open - 1), tid.toInt() == pid);
        // After ") ": state is field 3; utime and stime are fields 14 and 15.
        const QList<QByteArray> f = stat.mid(close + 2).split(' ');
        ++s.threads;
        ++s.byGroup[group];
        if (f.size() > 12)
            s.cpuSecByGroup[group] += double(f[11].toLongLong() + f[12].toLongLong()) / tick;
    }
    return s;
}

/** Lets new threads start and name themselves before a snapshot counts them. */
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(100, &loop, &QEventLoop::quit);
    loop.exec();
}

/** Runs the event loop until `done` holds (checked on every event and every 5 ms) or `ms` pass. */
bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > ms)
            loop.quit();
    });
    if (done())
        return true;
    tick.start();
    loop.exec();
    return done();
}

QList<SimBench::InstrumentSpec> specs(const Kind &kind, int count, int latencyMs)
{
    QList<SimBench::InstrumentSpec> list;
    for (int i = 0; i < count; ++i) {
        SimBench::InstrumentSpec s;
        s.name = QStringLiteral("i%1").arg(i, 3, 10, QLatin1Char('0'));
        s.profileId = kind.profile;
        s.options.transport = i % 2 == 0 ? SimServer::Transport::Pty : SimServer::Transport::Tcp;
        s.options.seed = quint64(i + 1);
        s.options.latencyMs = latencyMs;
        s.options.jitterMs = 0;
        list.append(s);
    }
    return list;
}

/** As SimBench::addInstrumentsTo() does, for a simulator in another process (its entries). */
bool addAll(Bench &bench, const QList<SimBench::Entry> &entries)
{
    for (const auto &entry : entries) {
        InstrumentConfig c;
        c.name = entry.name;
        c.resource = entry.resource;
        c.timeoutMs = 2000;
        c.simulated = true;
        QString error;
        if (!bench.addInstrument(c, &error)) {
            std::fprintf(stderr, "addInstrument %s: %s\n", qPrintable(c.name), qPrintable(error));
            return false;
        }
    }
    return true;
}

/** connectAll(), then waits until every instrument is Idle. Returns ms, or -1 on time-out. */
qint64 connectAndWait(Bench &bench)
{
    QElapsedTimer clock;
    clock.start();
    bench.connectAll();
    const QStringList names = bench.names();
    const bool ok = waitUntil(
        [&] {
            for (const QString &n : names)
                if (bench.status(n).state != InstrumentState::Idle)
                    return false;
            return true;
        },
        kSafetyMs);
    if (!ok) {
        int idle = 0;
        for (const QString &n : names)
            idle += bench.status(n).state == InstrumentState::Idle ? 1 : 0;
        std::fprintf(stderr, "only %d of %lld instruments idle after %d ms\n", idle,
                     qlonglong(names.size()), kSafetyMs);
    }
    return ok ? clock.elapsed() : -1;
}

/** A successful job's start and completion (the dispatcher's monotonic stamps). */
struct Span
{
    QString instrument;
    qint64 startedNs = 0;
    qint64 completedNs = 0;
};

struct RunOutcome
{
    double seconds = 0;
    qint64 ok = 0;
    qint64 failed = 0;
    bool finished = false;
    std::vector<double> ptyMs, tcpMs; ///< started -> completed of each successful job
    std::vector<Span> spans;          ///< every successful job
};

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(double(v.size()) * q))];
}

/**
 * One run of `repeat` measure jobs on every instrument of `names` (empty: the whole bench),
 * readings drained as they come.
 */
RunOutcome runMeasure(Bench &bench, Dispatcher &dispatcher, const Kind &kind, int repeat,
                      const QStringList &names = {})
{
    RunOutcome out;
    RunEngine engine(&dispatcher);
    engine.addTarget(&bench);
    RunRequest r;
    r.instruments = names.isEmpty() ? bench.names() : names;
    r.operation = kind.operation;
    r.repeat = repeat;
    quint64 id = 0;
    QEventLoop loop;
    auto drain = [&] {
        for (const Reading &reading : engine.takeReadings()) {
            if (reading->status != JobStatus::Succeeded) {
                ++out.failed;
                continue;
            }
            ++out.ok;
            const double ms = double(reading->completedMonoNs - reading->startedMonoNs) / 1e6;
            (reading->resource.startsWith(QLatin1String("ASRL")) ? out.ptyMs : out.tcpMs)
                .push_back(ms);
            out.spans.push_back(
                {reading->instrument, reading->startedMonoNs, reading->completedMonoNs});
        }
    };
    const auto c1 = QObject::connect(&engine, &RunEngine::readingsAvailable, &loop, drain);
    const auto c2 =
        QObject::connect(&engine, &RunEngine::runFinished, &loop, [&](quint64 finished) {
            if (finished == id) {
                out.finished = true;
                loop.quit();
            }
        });
    QTimer::singleShot(kSafetyMs, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    QString error;
    id = engine.start(r, &error);
    if (id == 0) {
        std::fprintf(stderr, "run refused: %s\n", qPrintable(error));
        return out;
    }
    loop.exec();
    out.seconds = double(clock.nsecsElapsed()) / 1e9;
    drain();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return out;
}

/** Raises the soft descriptor limit when it is below `want`; says what it did. */
QString ensureFdLimit(rlim_t want)
{
    rlimit lim{};
    ::getrlimit(RLIMIT_NOFILE, &lim);
    if (lim.rlim_cur >= want)
        return QStringLiteral("RLIMIT_NOFILE %1/%2, no change needed")
            .arg(qulonglong(lim.rlim_cur))
            .arg(qulonglong(lim.rlim_max));
    const rlim_t before = lim.rlim_cur;
    lim.rlim_cur = std::min(want, lim.rlim_max);
    const bool ok = ::setrlimit(RLIMIT_NOFILE, &lim) == 0;
    return QStringLiteral("RLIMIT_NOFILE soft %1 -> %2 (%3)")
        .arg(qulonglong(before))
        .arg(qulonglong(lim.rlim_cur))
        .arg(ok ? QStringLiteral("setrlimit ok") : QStringLiteral("setrlimit FAILED"));
}

QString groupsText(const Snapshot &s)
{
    QStringList parts;
    for (const auto &[g, n] : s.byGroup)
        parts << QStringLiteral("%1=%2").arg(g).arg(n);
    return parts.join(QLatin1Char(' '));
}

// ---------------------------------------------------------------------------------------------
// Case 1: throughput of 64 instruments.

/**
 * `instruments` simulated instruments; `caps` empty: the standard cases (cap 8 and 64 at the
 * simulated latency, cap 64 at latency 0), else each cap at the simulated latency.
 */
int throughputCase(const Kind &kind, int round, int instruments, const std::vector<int> &caps)
{
    ProfileRegistry profiles;
    profiles.addDirectory(ProfileRegistry::builtinDirectory());
    SimBench sim;
    QString error;
    if (!sim.start(profiles, specs(kind, instruments, kLatencyMs), &error)) {
        std::fprintf(stderr, "sim: %s\n", qPrintable(error));
        return 1;
    }
    Dispatcher dispatcher(8);
    Bench bench(&dispatcher, &profiles);
    if (!sim.addInstrumentsTo(&bench, 2000, SimBench::ProfileChoice::Matched, &error)) {
        std::fprintf(stderr, "addInstrumentsTo: %s\n", qPrintable(error));
        return 1;
    }
    if (connectAndWait(bench) < 0)
        return 1;
    runMeasure(bench, dispatcher, kind, 5); // warm-up: sessions, allocator, runners; not measured

    struct Case
    {
        int cap;
        int latencyMs;
    };
    // Latency 0 shows what the machine and the stack do when the simulated device never waits.
    std::vector<Case> cases = {{8, kLatencyMs}, {64, kLatencyMs}, {64, 0}};
    if (kind.exchangesPerJob > 1)
        cases = {{64, kLatencyMs}};
    if (!caps.empty()) {
        cases.clear();
        for (int cap : caps)
            cases.push_back({cap, kLatencyMs});
    }
    for (const Case &c : cases) {
        dispatcher.setCap(c.cap);
        for (const auto &e : sim.instruments())
            sim.setLatency(e.name, c.latencyMs, 0);
        const Snapshot before = snapshot(::getpid());
        const RunOutcome out = runMeasure(bench, dispatcher, kind, kRepeat);
        const Snapshot after = snapshot(::getpid());
        // Queries, not jobs: a DMM job is two queries, each waiting the simulated latency.
        const double qps =
            out.seconds > 0 ? double(out.ok) * kind.exchangesPerJob / out.seconds : 0;
        const double ceiling =
            c.latencyMs > 0 ? std::min(c.cap, instruments) * 1000.0 / c.latencyMs : 0;
        auto cpuPct = [&](const QString &g) {
            return 100.0 * (after.cpu(g) - before.cpu(g)) / std::max(out.seconds, 1e-9);
        };
        double total = 0;
        for (const auto &[g, v] : after.cpuSecByGroup)
            total += v - before.cpu(g);
        double busyMs = 0;
        for (double v : out.ptyMs)
            busyMs += v;
        for (double v : out.tcpMs)
            busyMs += v;
        const int slotCount = std::min(c.cap, instruments);
        // Time a slot spends between jobs (dispatch, completion, hand-off), per job.
        const double idleMs =
            out.ok > 0 ? (slotCount * out.seconds * 1000.0 - busyMs) / double(out.ok) : 0;
        const QString ceilingText =
            ceiling > 0 ? QString::number(ceiling, 'f', 0) : QStringLiteral("-");
        const QString achievedText =
            ceiling > 0 ? QString::number(100.0 * qps / ceiling, 'f', 1) + QLatin1Char('%')
                        : QStringLiteral("-");
        std::printf("  %-5d %-6s %2d %4d %4d %6d %7lld %8.2f %7.0f %7s %8s %6lld %5s %6.2f %6.2f "
                    "%6.2f %6.2f "
                    "%6.2f | %4.0f %4.0f %4.0f %4.0f %4.0f %6.0f\n",
                    round, kind.label, kind.exchangesPerJob, instruments, c.cap, c.latencyMs,
                    qlonglong(out.ok + out.failed), out.seconds, qps, qPrintable(ceilingText),
                    qPrintable(achievedText), qlonglong(out.failed), out.finished ? "yes" : "NO",
                    percentile(out.ptyMs, 0.5), percentile(out.ptyMs, 0.99),
                    percentile(out.tcpMs, 0.5), percentile(out.tcpMs, 0.99), idleMs,
                    100.0 * total / out.seconds, cpuPct(QStringLiteral("sim")),
                    cpuPct(QStringLiteral("io")), cpuPct(QStringLiteral("main")),
                    cpuPct(QStringLiteral("pool")),
                    qps > 0 ? 1e6 * total / (qps * out.seconds) : 0.0);
        std::fflush(stdout);
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Case 2: threads and memory of 256 open instruments.

void printStage(const char *mode, int round, const char *stage, const Snapshot &s,
                const Snapshot &prev, const QString &note = QString())
{
    std::printf("  %-7s %-5d %-34s %7d %9lld %+9lld  %s%s%s\n", mode, round, stage, s.threads,
                qlonglong(s.rssKb), qlonglong(s.rssKb - prev.rssKb), qPrintable(groupsText(s)),
                note.isEmpty() ? "" : "  ", qPrintable(note));
    std::fflush(stdout);
}

/** The LabDispatch stages, the same whether the simulator runs in this process or not. */
int benchStages(const char *mode, int round, ProfileRegistry &profiles,
                const QList<SimBench::Entry> &entries, Snapshot prev, qint64 baseRss, pid_t simPid)
{
    const pid_t self = ::getpid();
    auto dispatcher = std::make_unique<Dispatcher>(64);
    settle();
    Snapshot s = snapshot(self);
    printStage(mode, round, "Dispatcher(cap 64)", s, prev);
    prev = s;
    auto bench = std::make_unique<Bench>(dispatcher.get(), &profiles);
    settle();
    s = snapshot(self);
    printStage(mode, round, "Bench (IoThreadPool)", s, prev);
    prev = s;
    const qint64 benchRss = s.rssKb;
    if (!addAll(*bench, entries))
        return 1;
    s = snapshot(self);
    printStage(mode, round, "256 x addInstrument", s, prev);
    prev = s;
    const Snapshot simBefore = simPid > 0 ? snapshot(simPid) : Snapshot();
    const qint64 ms = connectAndWait(*bench);
    if (ms < 0)
        return 1;
    s = snapshot(self);
    const Snapshot simAfter = simPid > 0 ? snapshot(simPid) : Snapshot();
    printStage(mode, round, "connectAll, all 256 Idle", s, prev,
               QStringLiteral("in %1 ms").arg(ms) +
                   (simPid > 0 ? QStringLiteral("; sim process %1 -> %2 kB with clients")
                                     .arg(simBefore.rssKb)
                                     .arg(simAfter.rssKb)
                               : QString()));
    prev = s;
    const qint64 openRss = s.rssKb;
    const RunOutcome out = runMeasure(*bench, *dispatcher, kThermometer, 10);
    s = snapshot(self);
    printStage(mode, round, "after 256 x 10 measure jobs", s, prev,
               QStringLiteral("%1 ok, %2 failed, %3 s")
                   .arg(out.ok)
                   .arg(out.failed)
                   .arg(out.seconds, 0, 'f', 2));
    std::printf("  %-7s %-5d per instrument: %.1f kB (Bench constructed -> all Idle), %.1f kB "
                "(process start -> all Idle)\n",
                mode, round, double(openRss - benchRss) / kMemoryInstruments,
                double(openRss - baseRss) / kMemoryInstruments);
    std::fflush(stdout);
    bench.reset();
    dispatcher.reset();
    return 0;
}

int memoryInProcess(int round)
{
    const pid_t self = ::getpid();
    ProfileRegistry profiles;
    profiles.addDirectory(ProfileRegistry::builtinDirectory());
    const Snapshot s0 = snapshot(self);
    printStage("inproc", round, "start (QCoreApplication, profiles)", s0, s0);
    SimBench sim;
    QString error;
    if (!sim.start(profiles, specs(kThermometer, kMemoryInstruments, kLatencyMs), &error)) {
        std::fprintf(stderr, "sim: %s\n", qPrintable(error));
        return 1;
    }
    settle();
    const Snapshot s1 = snapshot(self);
    printStage("inproc", round, "SimBench, 256 served (no clients)", s1, s0);
    const int rc = benchStages("inproc", round, profiles, sim.instruments(), s1, s0.rssKb, -1);
    sim.stop();
    return rc;
}

/**
 * The simulator in a child process forked before Qt starts, so this process holds LabDispatch
 * alone. The child prints its resources on a pipe and serves until the other pipe closes.
 */
int memorySplit(int argc, char **argv, int round)
{
    int toParent[2], toChild[2];
    if (::pipe(toParent) != 0 || ::pipe(toChild) != 0)
        return 1;
    const pid_t child = ::fork();
    if (child < 0)
        return 1;
    if (child == 0) {
        ::close(toParent[0]);
        ::close(toChild[1]);
        QCoreApplication app(argc, argv);
        ProfileRegistry profiles;
        profiles.addDirectory(ProfileRegistry::builtinDirectory());
        SimBench sim;
        QString error;
        QByteArray lines = "base " + QByteArray::number(snapshot(::getpid()).rssKb) + '\n';
        if (sim.start(profiles, specs(kThermometer, kMemoryInstruments, kLatencyMs), &error)) {
            for (const auto &e : sim.instruments())
                lines += (e.name + QLatin1Char('\t') + e.resource + QLatin1Char('\n')).toUtf8();
        }
        lines += "end\n";
        if (::write(toParent[1], lines.constData(), size_t(lines.size())) != lines.size())
            ::_exit(1);
        ::close(toParent[1]);
        char c;
        while (::read(toChild[0], &c, 1) > 0) {
        } // the sim serves on its own thread until the parent closes the pipe
        sim.stop();
        ::_exit(0);
    }
    ::close(toParent[1]);
    ::close(toChild[0]);
    QByteArray text;
    char buf[4096];
    ssize_t n;
    while (!text.endsWith("end\n") && (n = ::read(toParent[0], buf, sizeof buf)) > 0)
        text.append(buf, n);
    ::close(toParent[0]);

    QCoreApplication app(argc, argv);
    const pid_t self = ::getpid();
    ProfileRegistry profiles;
    profiles.addDirectory(ProfileRegistry::builtinDirectory());
    QList<SimBench::Entry> entries;
    qint64 simBaseKb = 0;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("base "))
            simBaseKb = line.mid(5).toLongLong();
        const QList<QByteArray> f = line.split('\t');
        if (f.size() == 2)
            entries.append(
                {QString::fromUtf8(f[0]), kThermometer.profile, QString::fromUtf8(f[1])});
    }
    int rc = 1;
    if (entries.size() == kMemoryInstruments) {
        const Snapshot s0 = snapshot(self);
        const Snapshot sim = snapshot(child);
        printStage("split", round, "start (QCoreApplication, profiles)", s0, s0,
                   QStringLiteral("sim process: %1 kB before SimBench::start, %2 threads, %3 kB "
                                  "with 256 served")
                       .arg(simBaseKb)
                       .arg(sim.threads)
                       .arg(sim.rssKb));
        rc = benchStages("split", round, profiles, entries, s0, s0.rssKb, child);
    } else {
        std::fprintf(stderr, "sim child gave %lld resources\n", qlonglong(entries.size()));
    }
    ::close(toChild[1]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return rc;
}

// ---------------------------------------------------------------------------------------------
// Case 3: shared GPIB buses.

constexpr int kBuses = 4;
constexpr int kPerBus = 8;

/** The bus of a GPIB instrument named "b<bus>-<k>"; -1 for the others. */
int busOf(const QString &instrument)
{
    if (!instrument.startsWith(QLatin1Char('b')))
        return -1;
    return instrument.mid(1, instrument.indexOf(QLatin1Char('-')) - 1).toInt();
}

/**
 * The most jobs that ran at once on one key, from their stamps: the spans grouped by `keyOf`
 * (-1: not counted), swept in time order, an end before a start at the same instant.
 */
int maxAtOnce(const std::vector<Span> &spans, const std::function<int(const QString &)> &keyOf)
{
    std::map<int, std::vector<std::pair<qint64, int>>> byKey;
    for (const Span &s : spans) {
        const int key = keyOf(s.instrument);
        if (key < 0)
            continue;
        byKey[key].push_back({s.startedNs, +1});
        byKey[key].push_back({s.completedNs, -1});
    }
    int most = 0;
    for (auto &[key, events] : byKey) {
        std::sort(events.begin(), events.end());
        int now = 0;
        for (const auto &[ns, delta] : events)
            most = std::max(most, now += delta);
    }
    return most;
}

double meanOf(const std::vector<double> &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return v.empty() ? 0 : sum / double(v.size());
}

void printBusRow(int round, const char *what, int instruments, int cap, const RunOutcome &out,
                 double bound, int maxOnKey, const QString &note)
{
    std::vector<double> ms = out.ptyMs;
    ms.insert(ms.end(), out.tcpMs.begin(), out.tcpMs.end());
    const double rate = out.seconds > 0 ? double(out.ok) / out.seconds : 0;
    std::printf("  %-5d %-22s %4d %4d %6lld %8.2f %8.1f %8.1f %7.1f%% %7d %6.2f %6.2f %6.2f %6lld "
                "%5s  %s\n",
                round, what, instruments, cap, qlonglong(out.ok + out.failed), out.seconds, rate,
                bound, bound > 0 ? 100.0 * rate / bound : 0.0, maxOnKey, percentile(ms, 0.5),
                percentile(ms, 0.99), meanOf(ms), qlonglong(out.failed),
                out.finished ? "yes" : "NO", qPrintable(note));
    std::fflush(stdout);
}

/**
 * 4 simulated controllers (two GPIB-ETHERNET on TCP, two GPIB-USB on ptys) with 8 thermometers
 * each, and for contrast 32 thermometers on raw sockets, all at kLatencyMs without jitter.
 * First each bus alone (its 8 instruments, cap 32: one job at a time, as the bus key allows)
 * gives its job time; the bound for 4 buses is the sum over buses of 1000 / that mean job time
 * (ms) jobs/s. Then all 32 GPIB instruments at cap 32, then the 32 raw sockets at cap 32.
 */
int busesCase(int round, int repeat)
{
    QJsonArray gpib;
    for (int b = 0; b < kBuses; ++b) {
        QJsonArray devices;
        for (int k = 0; k < kPerBus; ++k)
            devices.append(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("b%1-%2").arg(b).arg(k)},
                            {QStringLiteral("profile"), kThermometer.profile},
                            {QStringLiteral("address"), k + 1},
                            {QStringLiteral("seed"), b * kPerBus + k + 1},
                            {QStringLiteral("latencyMs"), kLatencyMs}});
        gpib.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("bus%1").arg(b)},
                                {QStringLiteral("board"), b},
                                {QStringLiteral("transport"),
                                 b < kBuses / 2 ? QStringLiteral("tcp") : QStringLiteral("pty")},
                                {QStringLiteral("instruments"), devices}});
    }
    QJsonArray raw;
    for (int i = 0; i < kBuses * kPerBus; ++i)
        raw.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("s%1").arg(i)},
                               {QStringLiteral("profile"), kThermometer.profile},
                               {QStringLiteral("transport"), QStringLiteral("tcp")},
                               {QStringLiteral("seed"), 100 + i},
                               {QStringLiteral("latencyMs"), kLatencyMs}});
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("gpib"), gpib},
                                                      {QStringLiteral("instruments"), raw}})
                                .toJson();

    ProfileRegistry profiles;
    profiles.addDirectory(ProfileRegistry::builtinDirectory());
    QString error;
    const auto list = SimBench::parse(json, &error);
    SimBench sim;
    if (!list || !sim.start(profiles, *list, &error)) {
        std::fprintf(stderr, "sim: %s\n", qPrintable(error));
        return 1;
    }
    Dispatcher dispatcher(32);
    Bench bench(&dispatcher, &profiles);
    if (!sim.addInstrumentsTo(&bench, InstrumentConfig().timeoutMs, SimBench::ProfileChoice::Pinned,
                              &error)) {
        std::fprintf(stderr, "addInstrumentsTo: %s\n", qPrintable(error));
        return 1;
    }
    if (connectAndWait(bench) < 0)
        return 1;
    QStringList onBus[kBuses];
    QStringList gpibNames, rawNames;
    for (const QString &name : bench.names()) {
        const int b = busOf(name);
        (b >= 0 ? gpibNames : rawNames).append(name);
        if (b >= 0)
            onBus[b].append(name);
    }
    runMeasure(bench, dispatcher, kThermometer, 5, gpibNames); // warm-up, not measured
    runMeasure(bench, dispatcher, kThermometer, 5, rawNames);

    double bound = 0;
    for (int b = 0; b < kBuses; ++b) {
        const RunOutcome alone = runMeasure(bench, dispatcher, kThermometer, repeat, onBus[b]);
        std::vector<double> ms = alone.ptyMs;
        ms.insert(ms.end(), alone.tcpMs.begin(), alone.tcpMs.end());
        const double jobMs = meanOf(ms);
        bound += jobMs > 0 ? 1000.0 / jobMs : 0;
        printBusRow(
            round,
            qPrintable(QStringLiteral("bus %1 alone (%2)")
                           .arg(b)
                           .arg(b < kBuses / 2 ? QStringLiteral("tcp") : QStringLiteral("pty"))),
            kPerBus, 32, alone, jobMs > 0 ? 1000.0 / jobMs : 0, maxAtOnce(alone.spans, busOf),
            QStringLiteral("bound = 1000 / mean job ms %1").arg(jobMs, 0, 'f', 3));
    }
    const RunOutcome shared = runMeasure(bench, dispatcher, kThermometer, repeat, gpibNames);
    QStringList overlaps;
    for (const SimBench::ControllerEntry &c : sim.gpibControllers())
        overlaps << QString::number(sim.gpibOverlaps(c.name));
    printBusRow(round, "4 buses x 8, shared", int(gpibNames.size()), 32, shared, bound,
                maxAtOnce(shared.spans, busOf),
                QStringLiteral("bound = sum of the 4 above; latency-only bound %1; controller "
                               "overlaps %2")
                    .arg(kBuses * 1000.0 / kLatencyMs, 0, 'f', 0)
                    .arg(overlaps.join(QLatin1Char('/'))));
    const RunOutcome sockets = runMeasure(bench, dispatcher, kThermometer, repeat * 4, rawNames);
    QHash<QString, int> keyOfName;
    for (const QString &name : rawNames)
        keyOfName.insert(name, int(keyOfName.size()));
    printBusRow(
        round, "32 raw sockets", int(rawNames.size()), 32, sockets,
        std::min<int>(32, int(rawNames.size())) * 1000.0 / kLatencyMs,
        maxAtOnce(sockets.spans, [&](const QString &name) { return keyOfName.value(name, -1); }),
        QStringLiteral("bound = 32 x 1000 / latency; max/key per instrument; "
                       "dispatcher peak %1")
            .arg(dispatcher.counters().peakRunning));
    return 0;
}

QString firstLine(const char *command)
{
    QByteArray out;
    if (FILE *p = ::popen(command, "r")) {
        char buf[512];
        while (std::fgets(buf, sizeof buf, p))
            out += buf;
        ::pclose(p);
    }
    return QString::fromLocal8Bit(out).trimmed();
}

int runSelf(const char *self, const QString &args)
{
    std::fflush(stdout);
    const QByteArray command = QByteArray("'") + self + "' " + args.toLocal8Bit();
    const int rc = std::system(command.constData());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : 1;
}

} // namespace

int main(int argc, char **argv)
{
    const QString limitNote = ensureFdLimit(4096);
    if (argc >= 3 && std::string(argv[1]) == "--case") {
        const std::string which = argv[2];
        const int round = argc >= 4 ? std::atoi(argv[3]) : 1;
        if (which == "split")
            return memorySplit(argc, argv, round);
        QCoreApplication app(argc, argv);
        if (which == "throughput") {
            // --case throughput ROUND [INSTRUMENTS [CAP...]]: a probe beside the standard cases;
            // a negative ROUND measures the DMM (two queries a job).
            const int n = argc >= 5 ? std::max(1, std::atoi(argv[4])) : kThroughputInstruments;
            std::vector<int> caps;
            for (int i = 5; i < argc; ++i)
                caps.push_back(std::max(1, std::atoi(argv[i])));
            return throughputCase(round < 0 ? kDmm : kThermometer, std::abs(round), n, caps);
        }
        if (which == "inproc")
            return memoryInProcess(round);
        if (which == "buses") // --case buses ROUND [JOBS PER INSTRUMENT]
            return busesCase(round, argc >= 5 ? std::max(1, std::atoi(argv[4])) : kBusRepeat);
        return 2;
    }

    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2;
    char self[4096] = {};
    if (::readlink("/proc/self/exe", self, sizeof self - 1) <= 0)
        return 0;
    std::printf("bench_instruments: machine: nproc %s, %s, %s\n", qPrintable(firstLine("nproc")),
                qPrintable(firstLine("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2")),
                qPrintable(firstLine("uname -sr")));
    std::printf("  load before: %s\n", qPrintable(firstLine("uptime")));
    std::printf("  %s; pty max %s, in use %s\n", qPrintable(limitNote),
                qPrintable(QString::fromLatin1(
                    readFile(QStringLiteral("/proc/sys/kernel/pty/max")).trimmed())),
                qPrintable(QString::fromLatin1(
                    readFile(QStringLiteral("/proc/sys/kernel/pty/nr")).trimmed())));
    std::printf("  each case runs in a fresh process; %d round(s)\n\n", rounds);

    std::printf("1. Aggregate throughput: %d instruments (half pty, half TCP), simulated latency "
                "%d ms, no jitter, no faults,\n   one Bench::run of %d jobs per instrument: thermo "
                "= '%s' (1 query/job), dmm = '%s' (MEAS? + SYST:ERR?, 2 queries/job);\n   "
                "q/s = queries per second; ceiling = min(cap, instruments) / latency queries/s\n",
                kThroughputInstruments, kLatencyMs, kRepeat, qPrintable(kThermometer.operation),
                qPrintable(kDmm.operation));
    std::printf("   job ms = a job's start to its completion (dispatcher timestamps), p50/p99 by "
                "transport; slot gap = (slots x wall - sum of job times) / jobs, the time a slot "
                "spends between jobs;\n   cpu%% = CPU time of the process and of its thread "
                "groups over the run / wall (200%% = both cores); us/q = process CPU per query\n");
    std::printf(
        "  %-5s %-6s %2s %4s %4s %6s %7s %8s %7s %7s %8s %6s %5s %6s %6s %6s %6s %6s | %4s %4s %4s "
        "%4s %4s %6s\n",
        "round", "type", "qj", "inst", "cap", "lat_ms", "jobs", "seconds", "q/s", "ceiling",
        "achieved", "failed", "done", "pty50", "pty99", "tcp50", "tcp99", "gap", "cpu", "sim", "io",
        "main", "pool", "us/q");
    for (int r = 1; r <= rounds; ++r)
        for (int sign : {1, -1})
            if (runSelf(self, QStringLiteral("--case throughput %1").arg(sign * r)) != 0)
                std::printf("  round %d: throughput case failed (see stderr)\n", r);

    std::printf("\n2. Threads and memory of %d open instruments (half pty, half TCP); RSS from "
                "VmRSS, threads from /proc/<pid>/task\n   inproc: simulator on its own thread "
                "in this process; split: simulator forked into a child process before Qt "
                "starts\n   groups: main, sim = ld-simbench, io = IoThreadPool (ld-io-N), pool "
                "= dispatcher runners (QThreadPool)\n",
                kMemoryInstruments);
    std::printf("  %-7s %-5s %-34s %7s %9s %9s  %s\n", "mode", "round", "stage", "threads",
                "rss_kB", "delta_kB", "threads by group");
    for (int r = 1; r <= rounds; ++r) {
        if (runSelf(self, QStringLiteral("--case inproc %1").arg(r)) != 0)
            std::printf("  round %d: inproc case failed (see stderr)\n", r);
        if (runSelf(self, QStringLiteral("--case split %1").arg(r)) != 0)
            std::printf("  round %d: split case failed (see stderr)\n", r);
    }
    std::printf(
        "\n3. Shared GPIB buses: %d simulated Prologix-style controllers (buses 0-1 "
        "GPIB-ETHERNET on TCP, 2-3 GPIB-USB on ptys) x %d thermometers,\n   latency %d "
        "ms, no jitter; %d '%s' jobs per instrument at cap 32; contrast: 32 thermometers on "
        "raw sockets, %d jobs each, cap 32.\n   bound (jobs/s) = what one job per bus "
        "allows: per bus 1000 / its mean job ms measured alone (its 8 instruments at cap "
        "32), summed over the buses;\n   max/key = most jobs running at once on one bus "
        "(one instrument for raw sockets), swept from the jobs' start and completion "
        "stamps;\n   job ms = a job's start to completion; overlaps = input a simulated "
        "controller got during a read (a second exchange on its bus)\n",
        kBuses, kPerBus, kLatencyMs, kBusRepeat, qPrintable(kThermometer.operation),
        kBusRepeat * 4);
    std::printf("  %-5s %-22s %4s %4s %6s %8s %8s %8s %8s %7s %6s %6s %6s %6s %5s  %s\n", "round",
                "case", "inst", "cap", "jobs", "seconds", "jobs/s", "bound", "share", "max/key",
                "job50", "job99", "jobavg", "failed", "done", "note");
    for (int r = 1; r <= rounds; ++r)
        if (runSelf(self, QStringLiteral("--case buses %1").arg(r)) != 0)
            std::printf("  round %d: buses case failed (see stderr)\n", r);
    std::printf("\n  load after: %s\n", qPrintable(firstLine("uptime")));
    return 0;
}
