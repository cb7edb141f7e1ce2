// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The soak (issue 17): 256 simulated instruments (DMMs, supplies, thermometers, ovens; pty,
// loopback TCP, VXI-11 and GPIB behind simulated controllers) with every runtime fault switched
// on at a low probability, measured every --interval ms for --minutes through the real stack
// (SimBench -> Bench -> RunEngine -> Dispatcher, a journaled run), readings taken the way the
// CLI takes them. Every --report-seconds one row: memory, descriptors, threads, journal size,
// readings per second, failures by kind, instruments offline, load. Prints figures and a
// summary; never a verdict.

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "plans/runengine.h"
#include "results/journal.h"
#include "results/journalreader.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include <malloc.h>
#include <sys/resource.h>

using namespace ld;

namespace {

struct Options
{
    int instruments = 256;
    double minutes = 60;
    int reportSeconds = 60;
    int intervalMs = 250;
    int cap = 64;
    double faultRate = 0.002;
    int latencyMs = 5;
    int jitterMs = 2;
    int timeoutMs = 1000;
    int slowReplyMs = 1500;
    int warmupMinutes = 5;
    QStringList faults;
    /** Pinned as the window does; Matched (by *IDN?) as the CLI does unless told otherwise. */
    SimBench::ProfileChoice profiles = SimBench::ProfileChoice::Pinned;
};

/** A simulated instrument kind of the mix and what the run measures on it. */
struct Kind
{
    const char *profile;
    const char *operation;
    const char *prefix;
};
const Kind kKinds[] = {
    {"labdispatch-sim-dmm", "measure_voltage_dc", "dmm"},
    {"labdispatch-sim-psu3", "measure_voltage", "psu"},
    {"labdispatch-sim-thermometer", "measure_temperature", "thermo"},
    {"labdispatch-sim-oven", "measure_temperature", "oven"},
};

/** What the soak's bench holds, by I/O path. */
struct Mix
{
    int pty = 0;
    int tcp = 0;
    int vxi11 = 0;
    int gpibPty = 0; ///< behind a controller on a pty (a GPIB-USB adapter)
    int gpibTcp = 0; ///< behind a controller on TCP (a GPIB-ETHERNET one)
};

Mix mixFor(int instruments)
{
    Mix m;
    // 1/16 each for VXI-11 and for the two GPIB controllers (at most 30 addresses each); the
    // rest half pty, half TCP.
    m.vxi11 = instruments / 16;
    m.gpibPty = std::min(30, instruments / 32);
    m.gpibTcp = std::min(30, instruments / 32);
    const int rest = instruments - m.vxi11 - m.gpibPty - m.gpibTcp;
    m.pty = (rest + 1) / 2;
    m.tcp = rest / 2;
    return m;
}

/** The simulator's bench description (docs/simulator.md) for the mix. */
QByteArray simBenchJson(const Options &o, const Mix &mix)
{
    int n = 0;
    auto instrument = [&](const QString &transport) {
        const Kind &k = kKinds[n % std::size(kKinds)];
        QJsonObject i{
            {QStringLiteral("name"),
             QStringLiteral("%1-%2").arg(QLatin1String(k.prefix)).arg(n, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("profile"), QLatin1String(k.profile)},
            {QStringLiteral("seed"), n + 1},
            {QStringLiteral("latencyMs"), o.latencyMs},
            {QStringLiteral("jitterMs"), o.jitterMs}};
        if (!transport.isEmpty())
            i.insert(QStringLiteral("transport"), transport);
        ++n;
        return i;
    };
    QJsonArray instruments;
    for (int i = 0; i < mix.pty + mix.tcp + mix.vxi11; ++i)
        instruments.append(instrument(i < mix.pty             ? QStringLiteral("pty")
                                      : i < mix.pty + mix.tcp ? QStringLiteral("tcp")
                                                              : QStringLiteral("vxi11")));
    QJsonArray gpib;
    int board = 0;
    for (const auto &[count, transport] : {std::pair{mix.gpibPty, QStringLiteral("pty")},
                                           std::pair{mix.gpibTcp, QStringLiteral("tcp")}}) {
        if (count == 0)
            continue;
        QJsonArray behind;
        for (int a = 0; a < count; ++a) {
            QJsonObject i = instrument({});
            i.insert(QStringLiteral("address"), a + 1);
            behind.append(i);
        }
        gpib.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("bus%1").arg(board)},
                                {QStringLiteral("board"), board},
                                {QStringLiteral("transport"), transport},
                                {QStringLiteral("instruments"), behind}});
        ++board;
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("instruments"), instruments},
                                     {QStringLiteral("gpib"), gpib}})
        .toJson();
}

QByteArray readProc(const char *path)
{
    QFile f(QString::fromLatin1(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** What /proc and glibc's allocator say about this process and the machine now. */
struct Sample
{
    qint64 rssKb = 0;
    qint64 anonKb = 0;
    qint64 heapKb = 0;  ///< in use by malloc: small and mmapped blocks (uordblks + hblkhd)
    qint64 arenaKb = 0; ///< the arenas' memory from the system, all of them (arena)
    qint64 freeKb = 0;  ///< free bytes the arenas keep (fordblks)
    int threads = 0;
    int fds = 0;
    double load1 = 0;
};

Sample sample()
{
    Sample s;
    for (const QByteArray &line : readProc("/proc/self/status").split('\n')) {
        const auto value = [&line] {
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ')[0];
        };
        if (line.startsWith("VmRSS:"))
            s.rssKb = value().toLongLong();
        else if (line.startsWith("RssAnon:"))
            s.anonKb = value().toLongLong();
        else if (line.startsWith("Threads:"))
            s.threads = value().toInt();
    }
    const struct mallinfo2 m = ::mallinfo2();
    s.heapKb = qint64((m.uordblks + m.hblkhd) / 1024);
    s.arenaKb = qint64(m.arena / 1024);
    s.freeKb = qint64(m.fordblks / 1024);
    s.fds = int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
    s.load1 = readProc("/proc/loadavg").split(' ').value(0).toDouble();
    return s;
}

/**
 * The failure kind of a reading as the report counts it: its status and the kind its job gave
 * ("timed-out/no-reply", "failed/link-lost"), or the status alone when it has no kind.
 */
QString failureKind(const Reading &r)
{
    const QString status = jobStatusName(r->status);
    if (r->failure == FailureKind::None)
        return status;
    return status + QLatin1Char('/') + failureKindName(r->failure);
}

/** One report row's figures. */
struct Row
{
    double minutes = 0;
    Sample s;
    qint64 journalBytes = 0;
    qint64 journaled = 0;
    double readingsPerSecond = 0;
    qint64 ok = 0;
    std::map<QString, qint64> failed;
    int offline = 0;
    int silent = 0;
    int linkLost = 0;
    int reconnected = 0;
};

void printRowHeader(const QStringList &kinds)
{
    std::printf("| min | RSS kB | anon kB | heap kB | arena kB | free kB | fds | threads | journal "
                "kB | readings/s | ok |");
    for (const QString &k : kinds)
        std::printf(" %s |", qPrintable(k));
    std::printf(
        " lost | back | offline | silent | load |\n|---|---|---|---|---|---|---|---|---|---|---|");
    for (int i = 0; i < kinds.size(); ++i)
        std::printf("---|");
    std::printf("---|---|---|---|---|\n");
}

void printRow(const Row &r, const QStringList &kinds)
{
    std::printf("| %.1f | %lld | %lld | %lld | %lld | %lld | %d | %d | %lld | %.1f | %lld |",
                r.minutes, qlonglong(r.s.rssKb), qlonglong(r.s.anonKb), qlonglong(r.s.heapKb),
                qlonglong(r.s.arenaKb), qlonglong(r.s.freeKb), r.s.fds, r.s.threads,
                qlonglong(r.journalBytes / 1024), r.readingsPerSecond, qlonglong(r.ok));
    for (const QString &k : kinds) {
        const auto it = r.failed.find(k);
        std::printf(" %lld |", qlonglong(it == r.failed.end() ? 0 : it->second));
    }
    std::printf(" %d | %d | %d | %d | %.2f |\n", r.linkLost, r.reconnected, r.offline, r.silent,
                r.s.load1);
    std::fflush(stdout);
}

/** Least-squares slope of y over x; 0 with fewer than two points. */
double slope(const std::vector<double> &x, const std::vector<double> &y)
{
    const size_t n = x.size();
    if (n < 2)
        return 0;
    double mx = 0, my = 0;
    for (size_t i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0, sxx = 0;
    for (size_t i = 0; i < n; ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxx > 0 ? sxy / sxx : 0;
}

Options parseOptions(const QCoreApplication &app)
{
    Options d;
    QCommandLineParser p;
    p.addHelpOption();
    auto opt = [&p](const char *name, const char *help, const QString &def) {
        QCommandLineOption o(QLatin1String(name), QLatin1String(help), QStringLiteral("V"), def);
        p.addOption(o);
        return o;
    };
    const auto instruments =
        opt("instruments", "Simulated instruments (256).", QStringLiteral("256"));
    const auto minutes = opt("minutes", "Length of the run in minutes (60).", QStringLiteral("60"));
    const auto report = opt("report-seconds", "Seconds between rows (60).", QStringLiteral("60"));
    const auto interval =
        opt("interval", "Each instrument measured every MS (250).", QStringLiteral("250"));
    const auto cap = opt("cap", "The dispatcher's cap (64).", QStringLiteral("64"));
    const auto rate = opt("fault-rate", "Probability a reply is hit by a fault (0.002).",
                          QStringLiteral("0.002"));
    const auto faults = opt("faults", "Fault kinds, comma separated (every runtime one).",
                            QStringLiteral("no-reply,slow-reply,garbage,wrong-terminator,"
                                           "partial-reply,disconnect"));
    const auto latency = opt("latency", "Simulated reply latency in ms (5).", QStringLiteral("5"));
    const auto jitter = opt("jitter", "Simulated latency jitter in ms (2).", QStringLiteral("2"));
    const auto timeout =
        opt("timeout", "Instruments' query timeout in ms (1000).", QStringLiteral("1000"));
    const auto slow =
        opt("slow-reply-ms", "How late a slow reply comes (1500).", QStringLiteral("1500"));
    const auto warmup =
        opt("warmup-minutes", "Rows left out of the slopes (5).", QStringLiteral("5"));
    const auto profiles =
        opt("profiles", "pinned (as the window) or matched (by *IDN?).", QStringLiteral("pinned"));
    p.process(app);
    d.profiles = p.value(profiles) == QLatin1String("matched") ? SimBench::ProfileChoice::Matched
                                                               : SimBench::ProfileChoice::Pinned;
    d.instruments = std::max(1, p.value(instruments).toInt());
    d.minutes = std::max(0.1, p.value(minutes).toDouble());
    d.reportSeconds = std::max(1, p.value(report).toInt());
    d.intervalMs = std::max(1, p.value(interval).toInt());
    d.cap = std::clamp(p.value(cap).toInt(), Dispatcher::kMinCap, Dispatcher::kMaxCap);
    d.faultRate = std::clamp(p.value(rate).toDouble(), 0.0, 1.0);
    d.faults = p.value(faults).split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.latencyMs = std::max(0, p.value(latency).toInt());
    d.jitterMs = std::max(0, p.value(jitter).toInt());
    d.timeoutMs = std::max(1, p.value(timeout).toInt());
    d.slowReplyMs = std::max(1, p.value(slow).toInt());
    d.warmupMinutes = std::max(0, p.value(warmup).toInt());
    for (const QString &f : std::as_const(d.faults))
        if (!SimFaults::fromName(f)) {
            std::fprintf(stderr, "unknown fault '%s' (one of %s)\n", qPrintable(f),
                         qPrintable(SimFaults::names().join(QStringLiteral(", "))));
            std::exit(2);
        }
    return d;
}

/** A parallel group of one interval repeat per kind, each measuring its kind's instruments. */
Plan soakPlan(const Options &o, const Bench &bench)
{
    PlanStep group;
    group.type = PlanStep::Type::Parallel;
    group.path = QStringLiteral("steps[0]");
    int i = 0;
    for (const Kind &k : kKinds) {
        QStringList names;
        for (const QString &n : bench.names())
            if (n.startsWith(QLatin1String(k.prefix) + QLatin1Char('-')))
                names.append(n);
        if (names.isEmpty())
            continue;
        PlanStep measure;
        measure.type = PlanStep::Type::Measure;
        measure.path = QStringLiteral("steps[0].parallel.body[%1].repeat.body[0]").arg(i);
        measure.instruments.names = names;
        measure.operation = QLatin1String(k.operation);
        PlanStep repeat;
        repeat.type = PlanStep::Type::Repeat;
        repeat.path = QStringLiteral("steps[0].parallel.body[%1]").arg(i);
        repeat.intervalMs = o.intervalMs;
        repeat.durationMs = qint64(o.minutes * 60000.0);
        repeat.body = {measure};
        group.body.append(repeat);
        ++i;
    }
    Plan plan;
    plan.name = QStringLiteral("bench_soak");
    plan.steps = {group};
    return plan;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parseOptions(app);

    rlimit lim{};
    ::getrlimit(RLIMIT_NOFILE, &lim);
    if (lim.rlim_cur < 4096) {
        lim.rlim_cur = std::min<rlim_t>(4096, lim.rlim_max);
        ::setrlimit(RLIMIT_NOFILE, &lim);
    }

    const Mix mix = mixFor(o.instruments);
    ProfileRegistry profiles;
    profiles.addDirectory(ProfileRegistry::builtinDirectory());
    QString error;
    const auto specs = SimBench::parse(simBenchJson(o, mix), &error);
    SimBench sim;
    if (!specs || !sim.start(profiles, *specs, &error)) {
        std::fprintf(stderr, "sim: %s\n", qPrintable(error));
        return 1;
    }
    if (sim.vxi11PortmapperPort() != 0)
        qputenv("LABDISPATCH_VXI11_PORTMAPPER_PORT", QByteArray::number(sim.vxi11PortmapperPort()));

    Dispatcher dispatcher(o.cap);
    Bench bench(&dispatcher, &profiles);
    if (!sim.addInstrumentsTo(&bench, o.timeoutMs, o.profiles, &error)) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return 1;
    }
    int linkLost = 0, reconnected = 0;
    QObject::connect(&bench, &Bench::eventLogged, &bench, [&](const BenchEvent &e) {
        if (!e.aboutLink)
            return;
        if (e.text.startsWith(QLatin1String("link lost")))
            ++linkLost;
        else if (e.text.startsWith(QLatin1String("reconnected")))
            ++reconnected;
    });

    // Connected and identified before the run starts, so the first row is the run's alone (a
    // pinned profile is known before *IDN?: wait for the connection, not the profile).
    bench.connectAll();
    QElapsedTimer connectClock;
    connectClock.start();
    auto identified = [&] {
        int n = 0;
        for (const InstrumentStatus &s : bench.statuses())
            n += s.state == InstrumentState::Idle && !s.profileId.isEmpty() ? 1 : 0;
        return n;
    };
    while (identified() < bench.names().size() && connectClock.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const int joined = identified();
    // The faults come on once the bench is up: an instrument the faults kept from connecting
    // would not join the run (with matched profiles the run would be refused).
    SimFaults faults;
    for (const QString &f : o.faults)
        faults.flags |= *SimFaults::fromName(f);
    faults.probability = o.faultRate;
    faults.slowReplyMs = o.slowReplyMs;
    for (const SimBench::Entry &e : sim.instruments())
        sim.setFaults(e.name, faults);

    QTemporaryDir runs;
    Journal journal(runs.path());
    RunInfo info;
    info.startedWallNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    info.startedMonoNs = monotonicNowNs();
    info.runId = Journal::newRunId(info.startedWallNs);
    info.bench = QStringLiteral("bench_soak");
    info.cap = o.cap;
    for (const InstrumentStatus &s : bench.statuses())
        info.instruments.append({s.config.name, s.config.resource, s.identity});
    const Plan plan = soakPlan(o, bench);
    auto shared = std::shared_ptr<Journal>(&journal, [](Journal *) {});
    if (!journal.open(info)) {
        std::fprintf(stderr, "journal: %s\n", qPrintable(journal.errorString()));
        return 1;
    }

    std::printf("bench_soak: %d simulated instruments: %d pty, %d TCP, %d VXI-11, %d GPIB behind a "
                "pty controller, %d behind a TCP one; %d identified in %lld ms\n",
                o.instruments, mix.pty, mix.tcp, mix.vxi11, mix.gpibPty, mix.gpibTcp, joined,
                qlonglong(connectClock.elapsed()));
    std::printf("  profiles in turn: dmm (measure_voltage_dc), psu3 (measure_voltage), "
                "thermometer and oven (measure_temperature)\n");
    std::printf("  faults %s at probability %g per reply (slow reply %d ms late); latency %d ms "
                "+- %d; query timeout %d ms; profiles %s\n",
                qPrintable(o.faults.join(QLatin1Char(','))), o.faultRate, o.slowReplyMs,
                o.latencyMs, o.jitterMs, o.timeoutMs,
                o.profiles == SimBench::ProfileChoice::Pinned ? "pinned" : "matched");
    std::printf("  every instrument every %d ms for %g min at cap %d; a row every %d s; journal in "
                "%s\n\n",
                o.intervalMs, o.minutes, o.cap, o.reportSeconds, qPrintable(runs.path()));

    RunEngine engine(&dispatcher);
    engine.addTarget(&bench);

    qint64 received = 0;
    qint64 periodReadings = 0, periodOk = 0;
    std::map<QString, qint64> periodFailed, totalFailed;
    std::map<QString, QString> firstText; // an example error per kind
    std::map<QString, qint64> lastReadingMs;
    QElapsedTimer clock;
    auto drain = [&] {
        for (const Reading &r : engine.takeReadings()) {
            ++received;
            ++periodReadings;
            lastReadingMs[r->instrument] = clock.elapsed();
            if (r->status == JobStatus::Succeeded) {
                ++periodOk;
                continue;
            }
            const QString kind = failureKind(r);
            ++periodFailed[kind];
            ++totalFailed[kind];
            if (!firstText.count(kind))
                firstText[kind] = r->error;
        }
    };
    QObject::connect(&engine, &RunEngine::readingsAvailable, &engine, drain);

    std::vector<Row> rows;
    // Fixed columns, so every row has the same; any other kind is counted in "other" and named
    // in the summary.
    const QStringList kinds{
        QStringLiteral("timed-out/no-reply"),  QStringLiteral("timed-out/partial-reply"),
        QStringLiteral("timed-out/link-down"), QStringLiteral("failed/garbled"),
        QStringLiteral("failed/link-lost"),    QStringLiteral("other")};
    bool headerPrinted = false;
    int lostBefore = 0, backBefore = 0;
    QElapsedTimer period;
    auto report = [&] {
        drain();
        Row r;
        r.minutes = double(clock.elapsed()) / 60000.0;
        r.s = sample();
        r.journalBytes = QFileInfo(journal.journalPath()).size();
        r.journaled = qint64(journal.appendedCount());
        r.readingsPerSecond =
            double(periodReadings) * 1000.0 / double(std::max<qint64>(1, period.restart()));
        r.ok = periodOk;
        r.failed = periodFailed;
        for (const InstrumentStatus &s : bench.statuses())
            r.offline += s.state == InstrumentState::Idle || s.state == InstrumentState::Busy ||
                                 s.state == InstrumentState::Error
                             ? 0
                             : 1;
        for (const QString &n : bench.names()) {
            const auto it = lastReadingMs.find(n);
            r.silent += it == lastReadingMs.end() ||
                                clock.elapsed() - it->second > qint64(o.reportSeconds) * 1000
                            ? 1
                            : 0;
        }
        r.linkLost = linkLost - lostBefore;
        r.reconnected = reconnected - backBefore;
        lostBefore = linkLost;
        backBefore = reconnected;
        for (const auto &[k, n] : periodFailed)
            if (!kinds.contains(k))
                r.failed[QStringLiteral("other")] += n;
        if (!headerPrinted) {
            printRowHeader(kinds);
            headerPrinted = true;
        }
        printRow(r, kinds);
        rows.push_back(r);
        periodReadings = periodOk = 0;
        periodFailed.clear();
    };

    QTimer reporter;
    QObject::connect(&reporter, &QTimer::timeout, &reporter, report);
    bool finished = false;
    QString runError;
    quint64 runId = 0;
    QObject::connect(&engine, &RunEngine::runFinished, &engine, [&](quint64 id) {
        if (id == runId) {
            finished = true;
            QCoreApplication::quit();
        }
    });
    QObject::connect(&engine, &RunEngine::runFailed, &engine,
                     [&](quint64, const QString &why) { runError = why; });
    const Sample atStart = sample();
    std::printf("before the run: RSS %lld kB (anon %lld; heap in use %lld, arenas %lld, free in "
                "them %lld), %d fds, %d threads, load %.2f\n\n",
                qlonglong(atStart.rssKb), qlonglong(atStart.anonKb), qlonglong(atStart.heapKb),
                qlonglong(atStart.arenaKb), qlonglong(atStart.freeKb), atStart.fds, atStart.threads,
                atStart.load1);
    clock.start();
    period.start();
    runId = engine.start(plan, &error, {}, shared);
    if (runId == 0) {
        std::fprintf(stderr, "run refused: %s\n", qPrintable(error));
        return 1;
    }
    reporter.start(o.reportSeconds * 1000);
    // A run that never ends on its own would be a finding too: give it a minute more at most.
    QTimer::singleShot(qint64(o.minutes * 60000.0) + 60000, &app, &QCoreApplication::quit);
    QCoreApplication::exec();
    reporter.stop();
    const qint64 runMs = clock.elapsed();
    report();
    journal.close();
    const qint64 journalBytes = QFileInfo(journal.journalPath()).size();
    JournalReader reader(journal.journalPath());
    qint64 inFile = -1;
    if (reader.open()) {
        Reading r;
        while (reader.next(r)) {
        }
        inFile = reader.readingsRead();
    }

    // Summary.
    std::vector<double> x, rss, anon, heap, arena, rate;
    int fdMin = INT_MAX, fdMax = 0, thMin = INT_MAX, thMax = 0;
    double loadMin = 1e9, loadMax = 0;
    for (size_t i = 0; i + 1 < rows.size() || (rows.size() == 1 && i == 0); ++i) {
        const Row &r = rows[i]; // the last row is a partial period: left out
        loadMin = std::min(loadMin, r.s.load1);
        loadMax = std::max(loadMax, r.s.load1);
        if (r.minutes < o.warmupMinutes && rows.size() > size_t(o.warmupMinutes) + 2)
            continue;
        x.push_back(r.minutes);
        rss.push_back(double(r.s.rssKb));
        anon.push_back(double(r.s.anonKb));
        heap.push_back(double(r.s.heapKb));
        arena.push_back(double(r.s.arenaKb));
        rate.push_back(r.readingsPerSecond);
        fdMin = std::min(fdMin, r.s.fds);
        fdMax = std::max(fdMax, r.s.fds);
        thMin = std::min(thMin, r.s.threads);
        thMax = std::max(thMax, r.s.threads);
    }
    double mean = 0, sd = 0;
    for (double v : rate)
        mean += v;
    mean /= double(std::max<size_t>(1, rate.size()));
    for (double v : rate)
        sd += (v - mean) * (v - mean);
    sd = rate.size() > 1 ? std::sqrt(sd / double(rate.size() - 1)) : 0;
    const auto [rmin, rmax] = rate.empty() ? std::pair{0.0, 0.0}
                                           : std::pair{*std::min_element(rate.begin(), rate.end()),
                                                       *std::max_element(rate.begin(), rate.end())};
    const double ideal = 1000.0 * joined / o.intervalMs;
    qint64 failedTotal = 0;
    for (const auto &[k, n] : totalFailed)
        failedTotal += n;

    std::printf("\n| summary (rows from minute %d on, the last partial row left out) | value |\n"
                "|---|---|\n",
                rows.size() > size_t(o.warmupMinutes) + 2 ? o.warmupMinutes : 0);
    std::printf("| run | %.1f min, %s%s |\n", double(runMs) / 60000.0,
                finished ? "finished on its own" : "did NOT finish on its own",
                runError.isEmpty() ? ""
                                   : qPrintable(QStringLiteral(" (failed: %1)").arg(runError)));
    std::printf("| RSS slope | %+.0f kB/h (VmRSS), %+.0f kB/h (RssAnon) |\n", slope(x, rss) * 60,
                slope(x, anon) * 60);
    std::printf("| heap slope | %+.0f kB/h (in use), %+.0f kB/h (arenas) |\n", slope(x, heap) * 60,
                slope(x, arena) * 60);
    std::printf("| RSS first / last row | %lld / %lld kB |\n",
                qlonglong(rows.empty() ? 0 : rows.front().s.rssKb),
                qlonglong(rows.empty() ? 0 : rows.back().s.rssKb));
    std::printf("| fds min / max | %d / %d |\n| threads min / max | %d / %d |\n", fdMin, fdMax,
                thMin, thMax);
    std::printf("| readings/s mean (sd; min-max) | %.1f (%.1f; %.1f-%.1f); ideal %.0f |\n", mean,
                sd, rmin, rmax, ideal);
    std::printf("| readings received / journaled / in the file | %lld / %lld / %lld |\n",
                qlonglong(received), qlonglong(journal.appendedCount()), qlonglong(inFile));
    std::printf("| journal | %.1f MB |\n", double(journalBytes) / 1048576.0);
    std::printf("| failed in total | %lld of %lld (%.3f%%) |\n", qlonglong(failedTotal),
                qlonglong(received), received ? 100.0 * double(failedTotal) / double(received) : 0);
    for (const auto &[k, n] : totalFailed)
        std::printf("| %s | %lld; e.g. \"%s\" |\n", qPrintable(k), qlonglong(n),
                    qPrintable(firstText[k].left(140)));
    std::printf("| links lost / reconnected | %d / %d |\n", linkLost, reconnected);
    std::printf("| load average (1 min) | %.2f-%.2f |\n", loadMin, loadMax);
    int offline = 0;
    QStringList gone;
    for (const InstrumentStatus &s : bench.statuses())
        if (s.state != InstrumentState::Idle && s.state != InstrumentState::Busy &&
            s.state != InstrumentState::Error) {
            ++offline;
            if (gone.size() < 8)
                gone << QStringLiteral("%1 (%2: %3)")
                            .arg(s.config.name, instrumentStateName(s.state), s.lastError.left(80));
        }
    std::printf("| instruments not connected at the end | %d%s%s |\n", offline,
                gone.isEmpty() ? "" : ": ", qPrintable(gone.join(QStringLiteral(", "))));
    return 0;
}
