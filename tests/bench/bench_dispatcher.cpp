// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The dispatcher benchmark of issue 2: ld::Dispatcher side by side with raw QThreadPool, a plain
// mutex + condition-variable pool and the Go "func scheduler with a cap" it replaces, all in one
// run. It prints figures and PASS/MISS against the targets for information; the exit
// code is 0 whatever the figures say. `--quick` shrinks the job counts for a smoke run.

#include "baselines/condvarpool.h"
#include "baselines/goscheduler.h"
#include "scheduler/dispatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ld::bench {
namespace {

using Clock = std::chrono::steady_clock;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
        .count();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/** Nearest-rank percentile of an already sorted vector. */
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

std::string loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return "unknown";
    return f.readLine().trimmed().toStdString();
}

/** The real length of sleep_for(d) on this machine now: the median of `samples` sleeps. */
double measuredSleepNs(std::chrono::microseconds d, int samples)
{
    std::vector<double> v;
    v.reserve(size_t(samples));
    for (int i = 0; i < samples; ++i) {
        const qint64 t0 = nowNs();
        std::this_thread::sleep_for(d);
        v.push_back(double(nowNs() - t0));
    }
    return median(v);
}

/** A small index per thread, so hand-off gaps can be grouped by the worker that ran the jobs. */
std::atomic<int> g_nextThreadIndex{0};
int threadIndex()
{
    thread_local int index = g_nextThreadIndex.fetch_add(1, std::memory_order_relaxed);
    return index;
}

/** Running count and its maximum, measured from inside the jobs. */
struct PeakTracker
{
    std::atomic<int> running{0};
    std::atomic<int> peak{0};
    void enter()
    {
        const int now = running.fetch_add(1, std::memory_order_relaxed) + 1;
        int seen = peak.load(std::memory_order_relaxed);
        while (now > seen && !peak.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {
        }
    }
    void leave() { running.fetch_sub(1, std::memory_order_relaxed); }
};

/** A one-shot gate: jobs block on it until the benchmark opens it. */
class Gate
{
public:
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return m_open; });
    }
    void open()
    {
        {
            std::lock_guard lock(m_mutex);
            m_open = true;
        }
        m_cv.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_open = false;
};

// ---- Adapters: one shape for every implementation, so each case is written once ----------

/** ld::Dispatcher with plain (sync) jobs on its own pool. */
struct Ours
{
    static constexpr const char *kName = "ld::Dispatcher";
    explicit Ours(int cap)
        : d(cap)
    {}
    template<class F> void submit(F f)
    {
        d.submit(JobSpec::sync([f](const CancellationToken &) {
            f();
            return QVariant();
        }));
    }
    void waitAll() { d.waitForIdle(); }
    Dispatcher d;
};

/** Raw QThreadPool, setMaxThreadCount(cap), one QThreadPool::start(lambda) per job. */
struct RawQThreadPool
{
    static constexpr const char *kName = "QThreadPool (raw)";
    explicit RawQThreadPool(int cap) { pool.setMaxThreadCount(cap); }
    template<class F> void submit(F f) { pool.start(std::function<void()>(std::move(f))); }
    void waitAll() { pool.waitForDone(); }
    QThreadPool pool;
};

struct Condvar
{
    static constexpr const char *kName = "mutex+condvar pool";
    explicit Condvar(int cap)
        : pool(cap)
    {}
    template<class F> void submit(F f) { pool.submit(std::move(f)); }
    void waitAll() { pool.waitIdle(); }
    CondvarPool pool;
};

/** The Go design has no wait: the benchmark counts completions around each function. */
struct Go
{
    static constexpr const char *kName = "Go design (thread/job)";
    explicit Go(int cap)
        : sched(cap)
    {}
    template<class F> void submit(F f)
    {
        pending.fetch_add(1, std::memory_order_relaxed);
        sched.Do([this, f] {
            f();
            if (pending.fetch_sub(1, std::memory_order_acq_rel) == 1) {
                std::lock_guard lock(mutex);
                cv.notify_all();
            }
        });
    }
    void waitAll()
    {
        std::unique_lock lock(mutex);
        cv.wait(lock, [this] { return pending.load(std::memory_order_acquire) == 0; });
    }
    std::atomic<qint64> pending{0};
    std::mutex mutex;
    std::condition_variable cv;
    GoScheduler sched; // last: destroyed first, while the counters above still exist
};

/**
 * Runs `jobs` empty jobs and waits for them by counting, not with waitAll(): QThreadPool's
 * waitForDone() also ends the pool's threads, and a warm-up must leave them alive.
 */
template<class Impl> void warmUp(Impl &impl, int jobs, std::chrono::microseconds sleep = {})
{
    std::mutex mutex;
    std::condition_variable cv;
    int left = jobs;
    for (int i = 0; i < jobs; ++i)
        impl.submit([&] {
            if (sleep.count() > 0)
                std::this_thread::sleep_for(sleep);
            std::lock_guard lock(mutex);
            if (--left == 0)
                cv.notify_all();
        });
    std::unique_lock lock(mutex);
    cv.wait(lock, [&] { return left == 0; });
}

// ---- Results --------------------------------------------------------------------------------

struct Target
{
    std::string what;
    std::string figure;
    bool pass;
};
std::vector<Target> g_targets;

void target(std::string what, std::string figure, bool pass)
{
    g_targets.push_back({std::move(what), std::move(figure), pass});
}

std::string fmt(const char *format, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

// ---- B1: overhead ---------------------------------------------------------------------------

struct B1Result
{
    double perJob = 0; ///< submit of the first job to the end of the last, per job
    double submit = 0; ///< the submitting loop alone, per job
};

/** Median ns per empty job over `reps` runs, and the submit loop's share of it. */
template<class Impl> B1Result b1(int cap, int jobs, int reps)
{
    Impl impl(cap);
    warmUp(impl, 4 * cap); // threads exist before the clock starts
    std::vector<double> perJob, submit;
    for (int r = 0; r < reps; ++r) {
        const qint64 t0 = nowNs();
        for (int i = 0; i < jobs; ++i)
            impl.submit([] {});
        const qint64 t1 = nowNs();
        impl.waitAll();
        perJob.push_back(double(nowNs() - t0) / jobs);
        submit.push_back(double(t1 - t0) / jobs);
    }
    return {median(perJob), median(submit)};
}

// ---- B2: fidelity ---------------------------------------------------------------------------

struct B2Result
{
    double makespanNs = 0;
    double makespanWithoutCtorNs = 0;
    int peak = 0;
    qint64 countersPeak = -1; ///< ours only: counters().peakRunning
};

template<class Impl> void b2Burst(Impl &impl, PeakTracker &peak, int jobs)
{
    for (int i = 0; i < jobs; ++i)
        impl.submit([&peak] {
            peak.enter();
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            peak.leave();
        });
    impl.waitAll();
}

template<class Impl> qint64 countersPeakOf(Impl &)
{
    return -1;
}
template<> qint64 countersPeakOf<Ours>(Ours &o)
{
    return o.d.counters().peakRunning;
}

template<class Impl> B2Result b2(int cap, int jobs, bool cold)
{
    B2Result res;
    PeakTracker peak;
    if (cold) {
        const qint64 t0 = nowNs();
        auto impl = std::make_unique<Impl>(cap); // construction inside the timed region
        const qint64 t1 = nowNs();
        b2Burst(*impl, peak, jobs);
        const qint64 t2 = nowNs();
        res.makespanNs = double(t2 - t0);
        res.makespanWithoutCtorNs = double(t2 - t1);
        res.countersPeak = countersPeakOf(*impl);
    } else {
        Impl impl(cap);
        // A burst at full cap first: every thread exists and has run a job.
        warmUp(impl, 4 * cap, std::chrono::milliseconds(1));
        const qint64 t0 = nowNs();
        b2Burst(impl, peak, jobs);
        res.makespanNs = res.makespanWithoutCtorNs = double(nowNs() - t0);
        res.countersPeak = countersPeakOf(impl);
    }
    res.peak = peak.peak.load();
    return res;
}

// ---- B3: hand-off ---------------------------------------------------------------------------

struct B3Result
{
    double p50 = 0, p90 = 0, p99 = 0, max = 0;
    size_t gaps = 0;
    int threads = 0;
};

/**
 * All `cap` workers are held on a gate while `jobs` jobs queue up behind them; the gate opens
 * and each job records its start and end. A gap is the time from a job's end to the start of
 * the next job on the same worker thread.
 */
template<class Impl> B3Result b3(int cap, int jobs)
{
    std::vector<qint64> start(static_cast<size_t>(jobs)), end(static_cast<size_t>(jobs));
    std::vector<int> thread(static_cast<size_t>(jobs));
    Impl impl(cap);
    warmUp(impl, 4 * cap);

    Gate gate;
    for (int i = 0; i < cap; ++i)
        impl.submit([&gate] { gate.wait(); });
    qint64 *s = start.data();
    qint64 *e = end.data();
    int *t = thread.data();
    for (int i = 0; i < jobs; ++i)
        impl.submit([s, e, t, i] {
            s[i] = nowNs();
            t[i] = threadIndex();
            e[i] = nowNs();
        });
    gate.open();
    impl.waitAll();

    std::vector<std::vector<int>> byThread;
    for (int i = 0; i < jobs; ++i) {
        if (size_t(t[i]) >= byThread.size())
            byThread.resize(size_t(t[i]) + 1);
        byThread[size_t(t[i])].push_back(i);
    }
    std::vector<double> gaps;
    gaps.reserve(static_cast<size_t>(jobs));
    B3Result r;
    for (auto &idx : byThread) {
        if (idx.empty())
            continue;
        ++r.threads;
        std::sort(idx.begin(), idx.end(), [s](int a, int b) { return s[a] < s[b]; });
        for (size_t k = 1; k < idx.size(); ++k)
            gaps.push_back(double(s[idx[k]] - e[idx[k - 1]]));
    }
    std::sort(gaps.begin(), gaps.end());
    r.gaps = gaps.size();
    r.p50 = percentile(gaps, 50);
    r.p90 = percentile(gaps, 90);
    r.p99 = percentile(gaps, 99);
    r.max = gaps.empty() ? 0 : gaps.back();
    return r;
}

// ---- B4: keyed ------------------------------------------------------------------------------

struct B4Result
{
    double makespanNs = 0;
    double jobsPerSecond = 0;
    double lastMin = 0, lastMedian = 0, lastMax = 0;
    int overlaps = 0; ///< times a job found another job of its key running (must be 0)
    qint64 peak = 0;
};

/**
 * `keys` x `perKey` jobs that each sleep `jobLength`, cap `cap`. Interleaved submits key 0..N-1
 * round-robin (every instrument has a backlog); grouped submits all of key 0, then key 1, ...
 */
B4Result b4(int cap, int keys, int perKey, std::chrono::microseconds jobLength, bool interleaved)
{
    std::vector<QString> names;
    for (int k = 0; k < keys; ++k)
        names.push_back(QStringLiteral("inst-%1").arg(k));
    std::vector<std::atomic<qint64>> lastFinish(static_cast<size_t>(keys));
    std::vector<std::atomic<int>> busy(static_cast<size_t>(keys));
    for (int k = 0; k < keys; ++k) {
        lastFinish[size_t(k)] = 0;
        busy[size_t(k)] = 0;
    }
    std::atomic<int> overlaps{0};

    Dispatcher d(cap);
    { // warm, like B2 warm
        for (int i = 0; i < 4 * cap; ++i)
            d.submit(JobSpec::sync([](const CancellationToken &) { return QVariant(); }));
        d.waitForIdle();
    }
    const qint64 t0 = nowNs();
    auto submitOne = [&](int k) {
        d.submit(JobSpec::sync(
            [&, k](const CancellationToken &) {
                if (busy[size_t(k)].fetch_add(1, std::memory_order_relaxed) != 0)
                    overlaps.fetch_add(1, std::memory_order_relaxed);
                std::this_thread::sleep_for(jobLength);
                busy[size_t(k)].fetch_sub(1, std::memory_order_relaxed);
                lastFinish[size_t(k)].store(nowNs(), std::memory_order_relaxed);
                return QVariant();
            },
            names[size_t(k)]));
    };
    if (interleaved) {
        for (int j = 0; j < perKey; ++j)
            for (int k = 0; k < keys; ++k)
                submitOne(k);
    } else {
        for (int k = 0; k < keys; ++k)
            for (int j = 0; j < perKey; ++j)
                submitOne(k);
    }
    d.waitForIdle();
    const qint64 t1 = nowNs();

    B4Result r;
    r.makespanNs = double(t1 - t0);
    r.jobsPerSecond = double(keys) * perKey / (r.makespanNs / 1e9);
    std::vector<double> last;
    for (auto &f : lastFinish)
        last.push_back(double(f.load() - t0));
    std::sort(last.begin(), last.end());
    r.lastMin = last.front();
    r.lastMedian = median(last);
    r.lastMax = last.back();
    r.overlaps = overlaps.load();
    r.peak = d.counters().peakRunning;
    return r;
}

/** The same jobs without keys on raw QThreadPool: a throughput reference that ignores keys. */
double b4Unkeyed(int cap, int jobs, std::chrono::microseconds jobLength)
{
    RawQThreadPool p(cap);
    warmUp(p, 4 * cap);
    const qint64 t0 = nowNs();
    for (int i = 0; i < jobs; ++i)
        p.submit([jobLength] { std::this_thread::sleep_for(jobLength); });
    p.waitAll();
    return double(jobs) / (double(nowNs() - t0) / 1e9);
}

// ---- Driver ---------------------------------------------------------------------------------

int run(bool quick, const QStringList &cases)
{
    auto want = [&cases](const char *c) {
        return cases.isEmpty() || cases.contains(QLatin1String(c));
    };
    const int b1Jobs = quick ? 100'000 : 1'000'000;
    const int b1GoJobs = quick ? 5'000 : 20'000;
    const int b1Reps = quick ? 1 : 3;
    const int b3Jobs = quick ? 50'000 : 200'000;

    std::printf("LabDispatch dispatcher benchmark (issue 2)%s\n", quick ? " --quick" : "");
    std::printf("cores: %u, load average before: %s\n", std::thread::hardware_concurrency(),
                loadAverage().c_str());
    std::printf("All figures from this one run. Times in ns unless marked.\n\n");

    if (want("b1")) {
        std::printf(
            "B1 overhead: empty jobs, submit of the first to the end of the last, median of "
            "%d run(s)\n",
            b1Reps);
        std::printf("  %-24s %5s %10s %12s %12s\n", "implementation", "cap", "jobs", "ns/job",
                    "submit ns/job");
        auto printB1 = [](const char *name, int cap, int jobs, const B1Result &r) {
            std::printf("  %-24s %5d %10d %12.0f %12.0f\n", name, cap, jobs, r.perJob, r.submit);
            std::fflush(stdout);
        };
        for (int cap : {4, 64}) {
            const B1Result ours = b1<Ours>(cap, b1Jobs, b1Reps);
            printB1(Ours::kName, cap, b1Jobs, ours);
            const B1Result qtp = b1<RawQThreadPool>(cap, b1Jobs, b1Reps);
            printB1(RawQThreadPool::kName, cap, b1Jobs, qtp);
            printB1(Condvar::kName, cap, b1Jobs, b1<Condvar>(cap, b1Jobs, b1Reps));
            const B1Result go = b1<Go>(cap, b1GoJobs, b1Reps);
            printB1(Go::kName, cap, b1GoJobs, go);
            target("B1 cap " + std::to_string(cap) + ": ours <= raw QThreadPool",
                   fmt("%.2fx", ours.perJob / qtp.perJob), ours.perJob <= qtp.perJob);
            target("B1 cap " + std::to_string(cap) + ": >= 5x faster than Go design",
                   fmt("%.1fx", go.perJob / ours.perJob), go.perJob >= 5 * ours.perJob);
        }
    }
    if (want("b2")) {
        const int b2Cap = 64, b2Jobs = 2000;
        const double sleep1ms = measuredSleepNs(std::chrono::milliseconds(1), 200);
        const double ideal = std::ceil(double(b2Jobs) / b2Cap) * sleep1ms;
        std::printf(
            "\nB2 fidelity: %d jobs x sleep_for(1 ms), cap %d. One 1 ms sleep measured %.0f ns "
            "(median of 200);\n   ideal = ceil(%d/%d) x that = %.2f ms. Cold: the "
            "implementation is constructed just before; 'with ctor' times its construction.\n",
            b2Jobs, b2Cap, sleep1ms, b2Jobs, b2Cap, ideal / 1e6);
        std::printf("  %-24s %5s %11s %9s %14s %9s %6s %9s\n", "implementation", "start",
                    "makespan ms", "x ideal", "w/o ctor ms", "x ideal", "peak", "ctr.peak");
        auto printB2 = [&](const char *name, const char *kind, const B2Result &r) {
            std::printf("  %-24s %5s %11.2f %9.3f %14.2f %9.3f %6d %9s\n", name, kind,
                        r.makespanNs / 1e6, r.makespanNs / ideal, r.makespanWithoutCtorNs / 1e6,
                        r.makespanWithoutCtorNs / ideal, r.peak,
                        r.countersPeak < 0 ? "-" : std::to_string(r.countersPeak).c_str());
        };
        const B2Result oursWarm = b2<Ours>(b2Cap, b2Jobs, false);
        printB2(Ours::kName, "warm", oursWarm);
        const B2Result oursCold = b2<Ours>(b2Cap, b2Jobs, true);
        printB2(Ours::kName, "cold", oursCold);
        printB2(RawQThreadPool::kName, "warm", b2<RawQThreadPool>(b2Cap, b2Jobs, false));
        printB2(RawQThreadPool::kName, "cold", b2<RawQThreadPool>(b2Cap, b2Jobs, true));
        printB2(Condvar::kName, "warm", b2<Condvar>(b2Cap, b2Jobs, false));
        printB2(Condvar::kName, "cold", b2<Condvar>(b2Cap, b2Jobs, true));
        printB2(Go::kName, "warm", b2<Go>(b2Cap, b2Jobs, false));
        printB2(Go::kName, "cold", b2<Go>(b2Cap, b2Jobs, true));
        std::fflush(stdout);
        target("B2 warm makespan <= 1.10x ideal", fmt("%.3fx", oursWarm.makespanNs / ideal),
               oursWarm.makespanNs <= 1.10 * ideal);
        target("B2 cold makespan (ctor timed) <= 1.25x ideal",
               fmt("%.3fx", oursCold.makespanNs / ideal), oursCold.makespanNs <= 1.25 * ideal);
        target("B2 cold makespan (ctor not timed) <= 1.25x",
               fmt("%.3fx", oursCold.makespanWithoutCtorNs / ideal),
               oursCold.makespanWithoutCtorNs <= 1.25 * ideal);
        target("B2 peak running == cap (warm, cold)",
               std::to_string(oursWarm.countersPeak) + ", " + std::to_string(oursCold.countersPeak),
               oursWarm.countersPeak == b2Cap && oursCold.countersPeak == b2Cap &&
                   oursWarm.peak == b2Cap && oursCold.peak == b2Cap);
    }
    if (want("b3")) {
        const int b3Cap = 4;
        std::printf(
            "\nB3 hand-off: cap %d held on a gate while %d jobs queue; each job stamps "
            "steady_clock start/end.\n   Gap = one job's end to the next job's start on the "
            "same worker thread.\n",
            b3Cap, b3Jobs);
        std::printf("  %-24s %8s %8s %8s %10s %10s %8s\n", "implementation", "p50", "p90", "p99",
                    "max", "gaps", "threads");
        auto printB3 = [](const char *name, const B3Result &r) {
            std::printf("  %-24s %8.0f %8.0f %8.0f %10.0f %10zu %8d\n", name, r.p50, r.p90, r.p99,
                        r.max, r.gaps, r.threads);
        };
        const B3Result oursB3 = b3<Ours>(b3Cap, b3Jobs);
        printB3(Ours::kName, oursB3);
        printB3(RawQThreadPool::kName, b3<RawQThreadPool>(b3Cap, b3Jobs));
        printB3(Condvar::kName, b3<Condvar>(b3Cap, b3Jobs));
        std::printf("  %-24s (no worker thread runs two jobs: one thread per job)\n", Go::kName);
        std::fflush(stdout);
        target("B3 p50 hand-off < 200 ns", fmt("%.0f ns", oursB3.p50), oursB3.p50 < 200);
    }
    if (want("b4")) {
        const int b4Cap = 16, b4Keys = 256, b4PerKey = 100;
        const auto b4Len = std::chrono::microseconds(200);
        const double sleep200 = measuredSleepNs(b4Len, 200);
        const double b4Ideal = std::ceil(double(b4Keys) * b4PerKey / b4Cap) * sleep200;
        std::printf("\nB4 keyed: %d keys x %d jobs, each sleep_for(200 us) (sleeping, not busy: "
                    "instrument I/O waits), cap %d.\n   One 200 us sleep measured %.0f ns; ideal "
                    "makespan = ceil(%d/%d) x that = %.1f ms = %.0f jobs/s.\n   Last finish = when "
                    "each key's last job ended, ms after the first submit.\n",
                    b4Keys, b4PerKey, b4Cap, sleep200, b4Keys * b4PerKey, b4Cap, b4Ideal / 1e6,
                    b4Keys * b4PerKey / (b4Ideal / 1e9));
        std::printf("  %-30s %11s %9s %8s %8s %8s %8s %7s %6s %8s\n", "implementation",
                    "makespan ms", "jobs/s", "x ideal", "last min", "median", "max", "max/min",
                    "peak", "overlaps");
        B4Result b4Main;
        for (bool interleaved : {true, false}) {
            const B4Result r = b4(b4Cap, b4Keys, b4PerKey, b4Len, interleaved);
            if (interleaved)
                b4Main = r;
            std::printf("  %-30s %11.1f %9.0f %8.3f %8.1f %8.1f %8.1f %7.2f %6lld %8d\n",
                        interleaved ? "ld::Dispatcher, interleaved" : "ld::Dispatcher, key by key",
                        r.makespanNs / 1e6, r.jobsPerSecond, r.makespanNs / b4Ideal,
                        r.lastMin / 1e6, r.lastMedian / 1e6, r.lastMax / 1e6, r.lastMax / r.lastMin,
                        static_cast<long long>(r.peak), r.overlaps);
            std::fflush(stdout);
        }
        const double unkeyed = b4Unkeyed(b4Cap, b4Keys * b4PerKey, b4Len);
        std::printf("  %-30s %11.1f %9.0f %8.3f   (no keys: a throughput reference only)\n",
                    "QThreadPool, keys ignored", b4Keys * b4PerKey / unkeyed * 1e3, unkeyed,
                    (b4Keys * b4PerKey / unkeyed * 1e9) / b4Ideal);
        std::printf(
            "  %-30s %11.1f %9.0f %8.3f   (interleaved: every key ends in the last round)\n",
            "ideal", b4Ideal / 1e6, b4Keys * b4PerKey / (b4Ideal / 1e9), 1.0);
        target("B4 no two jobs of a key overlapped", std::to_string(b4Main.overlaps),
               b4Main.overlaps == 0);
    }

    std::printf("\nTargets (information only; the exit code is 0 regardless)\n");
    for (const auto &t : g_targets)
        std::printf("  %-46s %12s  %s\n", t.what.c_str(), t.figure.c_str(),
                    t.pass ? "PASS" : "MISS");
    std::printf("\nload average after: %s\n", loadAverage().c_str());
    return 0;
}

} // namespace
} // namespace ld::bench

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    QStringList cases; // b1..b4 on the command line run only those cases
    for (const QString &a : args.mid(1))
        if (!a.startsWith(QLatin1Char('-')))
            cases.append(a.toLower());
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("usage: bench_dispatcher [--quick] [b1] [b2] [b3] [b4]\n");
        return 0;
    }
    return ld::bench::run(quick, cases);
}
