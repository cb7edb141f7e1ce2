// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler/dispatcher.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <map>
#include <memory>
#include <stdexcept>
#include <thread>

using namespace ld;
using namespace std::chrono_literals;

namespace {
/** Generous safety net for waits that should succeed quickly; never decides a verdict. */
constexpr int kSafetyMs = 10000;

/** A job that reports its start and then blocks until released (or cancelled). */
struct Gate
{
    QSemaphore started;
    QSemaphore release;
    std::atomic<int> running{0};
    std::atomic<int> peak{0};

    JobSpec job(QString key = {}, int priority = 0)
    {
        return JobSpec::sync(
            [this](const CancellationToken &token) -> QVariant {
                const int now = ++running;
                int p = peak.load();
                while (now > p && !peak.compare_exchange_weak(p, now)) {
                }
                started.release();
                while (!release.tryAcquire(1, 5)) {
                    if (token.isCancelled()) {
                        --running;
                        return QStringLiteral("stopped");
                    }
                }
                --running;
                return QStringLiteral("released");
            },
            std::move(key), priority);
    }
};

/** Records the order in which jobs start. */
struct OrderLog
{
    QMutex mutex;
    QStringList order;
    JobSpec job(const QString &name, QString key = {}, int priority = 0)
    {
        return JobSpec::sync(
            [this, name](const CancellationToken &) -> QVariant {
                QMutexLocker lock(&mutex);
                order.append(name);
                return name;
            },
            std::move(key), priority);
    }
};
/**
 * Jobs that hold a list of keys (the first is JobSpec::key, the rest JobSpec::alsoHolds) until
 * released by name. Records the order they start in and every start that found one of its keys
 * already held by a running job.
 */
struct KeyBench
{
    QMutex mutex;
    QStringList started;
    QHash<QString, int> holders;
    int overlaps = 0;
    std::map<QString, std::unique_ptr<QSemaphore>> releases;

    /** A gated job ends when released (or cancelled); an ungated one at once. */
    JobSpec job(const QString &name, const QStringList &keys, int priority = 0, bool gated = true)
    {
        QSemaphore *release = nullptr;
        if (gated) {
            QMutexLocker lock(&mutex);
            auto &sem = releases[name];
            sem = std::make_unique<QSemaphore>();
            release = sem.get();
        }
        JobSpec spec = JobSpec::sync(
            [this, name, keys, release](const CancellationToken &token) -> QVariant {
                {
                    QMutexLocker lock(&mutex);
                    for (const QString &k : keys)
                        if (holders[k]++ > 0)
                            ++overlaps;
                    started.append(name);
                }
                while (release && !release->tryAcquire(1, 5))
                    if (token.isCancelled())
                        break;
                QMutexLocker lock(&mutex);
                for (const QString &k : keys)
                    --holders[k];
                return name;
            },
            keys.value(0), priority);
        spec.alsoHolds = keys.mid(1);
        return spec;
    }
    void release(const QString &name)
    {
        QMutexLocker lock(&mutex);
        releases.at(name)->release();
    }
    bool hasStarted(const QString &name)
    {
        QMutexLocker lock(&mutex);
        return started.contains(name);
    }
    QStringList startOrder()
    {
        QMutexLocker lock(&mutex);
        return started;
    }
};

/**
 * Returns once every admission decided by the finishes seen so far has been made: a finish and
 * the admissions it allows happen under one hold of the dispatcher's lock, which busyKeys()
 * takes. A job still Queued after this was refused, not merely late.
 */
void settle(Dispatcher &d)
{
    d.busyKeys();
}
} // namespace

class TestDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submittedJobSucceedsWithItsValue()
    {
        Dispatcher d(4);
        JobHandle h =
            d.submit(JobSpec::sync([](const CancellationToken &) { return QVariant(42); }));
        QVERIFY(h.isValid());
        QVERIFY(h.waitForFinished(kSafetyMs));
        QCOMPARE(h.status(), JobStatus::Succeeded);
        QCOMPARE(h.result().value.toInt(), 42);
        QVERIFY(h.result().startedNs >= h.result().submittedNs);
        QVERIFY(h.result().finishedNs >= h.result().startedNs);
        QVERIFY(h.result().finishedWallNs > 0);
    }

    void capReachedNextIsNotStarted()
    {
        Dispatcher d(2);
        Gate gate;
        JobHandle a = d.submit(gate.job());
        JobHandle b = d.submit(gate.job());
        JobHandle c = d.submit(gate.job());
        QVERIFY(gate.started.tryAcquire(2, kSafetyMs));
        // Two run; the third must not start while both hold their slots.
        QVERIFY(!gate.started.tryAcquire(1, 100));
        QCOMPARE(c.status(), JobStatus::Queued);
        QCOMPARE(d.counters().running, 2);
        QCOMPARE(d.counters().queued, 1);
        gate.release.release(1);
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs));
        gate.release.release(2);
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(gate.peak.load(), 2);
        QCOMPARE(d.counters().peakRunning, 2);
    }

    void raisingCapStartsQueuedJobsAtOnce()
    {
        Dispatcher d(1);
        Gate gate;
        for (int i = 0; i < 4; ++i)
            d.submit(gate.job());
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs));
        QVERIFY(d.setCap(4));
        // The three queued jobs start without any job finishing first.
        QVERIFY(gate.started.tryAcquire(3, kSafetyMs));
        QCOMPARE(d.counters().running, 4);
        gate.release.release(4);
        QVERIFY(d.waitForIdle(kSafetyMs));
    }

    void everyAdmittedJobGetsAWorkerAtOnce_data()
    {
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("startCap");
        QTest::newRow("burst of 2 wakes a second parked worker") << 2 << 2;
        QTest::newRow("burst of 16 chain-wakes parked workers") << 16 << 16;
        QTest::newRow("cap raised 1 -> 16 wakes workers for the admitted jobs") << 16 << 1;
        QTest::newRow("cap 300 starts workers beyond the 256 prestarted") << 300 << 300;
    }
    void everyAdmittedJobGetsAWorkerAtOnce()
    {
        // Admitted jobs wait in a shared run queue; with all of them blocking, each must still
        // get its own worker without any job finishing first (woken, chain-woken or started).
        QFETCH(int, cap);
        QFETCH(int, startCap);
        Dispatcher d(startCap);
        Gate gate;
        for (int i = 0; i < cap; ++i)
            d.submit(gate.job());
        if (startCap != cap)
            QVERIFY(d.setCap(cap));
        QVERIFY(gate.started.tryAcquire(cap, kSafetyMs));
        QCOMPARE(gate.peak.load(), cap);
        QCOMPARE(d.counters().running, cap);
        gate.release.release(cap);
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(d.counters().succeeded, cap);
    }

    void idleDispatcherTakesLaterBurstsToo()
    {
        // Workers that ran out of work (spinning or parked) are found again by later submits.
        Dispatcher d(4);
        for (int round = 0; round < 50; ++round) {
            std::atomic<int> ran{0};
            for (int i = 0; i < 10; ++i)
                d.submit(JobSpec::sync([&ran](const CancellationToken &) {
                    ++ran;
                    return QVariant();
                }));
            QVERIFY(d.waitForIdle(kSafetyMs));
            QCOMPARE(ran.load(), 10);
            if (round % 10 == 0)
                QThread::msleep(5); // long enough for every worker to park
        }
        QCOMPARE(d.counters().succeeded, 500);
    }

    void waitForIdleReturnsOnlyAfterEveryOnFinishedRan()
    {
        Dispatcher d(4);
        constexpr int kJobs = 200;
        std::atomic<int> reported{0};
        for (int i = 0; i < kJobs; ++i) {
            JobSpec spec = JobSpec::sync([](const CancellationToken &) { return QVariant(); });
            spec.onFinished = [&reported](const JobResult &) {
                std::this_thread::yield(); // a slow listener: the job is long final by now
                ++reported;
            };
            d.submit(std::move(spec));
        }
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(reported.load(), kJobs);
    }

    void finishTimesLieBetweenSubmitAndWaitReturning()
    {
        // Finish stamps are taken outside the lock and the UTC one from the monotonic one; both
        // must still describe an instant inside the job's observed life.
        Dispatcher d(2);
        for (int i = 0; i < 20; ++i) {
            const qint64 wall0 = wallNowNs();
            const qint64 mono0 = monotonicNowNs();
            JobHandle h = d.submit(JobSpec::sync([](const CancellationToken &) {
                std::this_thread::sleep_for(std::chrono::microseconds(200));
                return QVariant();
            }));
            QVERIFY(h.waitForFinished(kSafetyMs));
            const qint64 mono1 = monotonicNowNs();
            const qint64 wall1 = wallNowNs();
            const JobResult r = h.result();
            QVERIFY(r.startedNs >= mono0 && r.startedNs <= r.finishedNs);
            QVERIFY(r.finishedNs <= mono1);
            QVERIFY2(r.finishedWallNs >= wall0 && r.finishedWallNs <= wall1,
                     qPrintable(QStringLiteral("%1 not in [%2, %3]")
                                    .arg(r.finishedWallNs)
                                    .arg(wall0)
                                    .arg(wall1)));
        }
    }

    void loweringCapStartsNothingUntilRunningDropsBelowIt()
    {
        Dispatcher d(3);
        Gate gate;
        for (int i = 0; i < 5; ++i)
            d.submit(gate.job());
        QVERIFY(gate.started.tryAcquire(3, kSafetyMs));
        QVERIFY(d.setCap(1));
        // Lowering interrupts nothing.
        QCOMPARE(gate.running.load(), 3);
        gate.release.release(1);
        QTRY_COMPARE_WITH_TIMEOUT(d.counters().running, 2, kSafetyMs);
        QVERIFY(!gate.started.tryAcquire(1, 100)); // 2 running >= cap 1: nothing new
        gate.release.release(1);
        QTRY_COMPARE_WITH_TIMEOUT(d.counters().running, 1, kSafetyMs);
        QVERIFY(!gate.started.tryAcquire(1, 100)); // 1 running == cap 1: nothing new
        gate.release.release(1);
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs)); // 0 < 1: one starts
        QCOMPARE(d.counters().queued, 1);
        gate.release.release(2);
        QVERIFY(d.waitForIdle(kSafetyMs));
    }

    void capOutsideTheRangeIsRefusedWithAMessage_data()
    {
        QTest::addColumn<int>("cap");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("zero") << 0 << false;
        QTest::newRow("negative") << -1 << false;
        QTest::newRow("one above the maximum") << Dispatcher::kMaxCap + 1 << false;
        QTest::newRow("int max") << std::numeric_limits<int>::max() << false;
        QTest::newRow("minimum") << Dispatcher::kMinCap << true;
        QTest::newRow("1024") << 1024 << true;
        QTest::newRow("maximum") << Dispatcher::kMaxCap << true;
    }
    void capOutsideTheRangeIsRefusedWithAMessage()
    {
        QFETCH(int, cap);
        QFETCH(bool, accepted);
        Dispatcher d(7);
        QString error;
        QCOMPARE(d.setCap(cap, &error), accepted);
        QCOMPARE(d.cap(), accepted ? cap : 7);
        if (!accepted) {
            QVERIFY(error.contains(QString::number(cap)));
            QVERIFY(error.contains(QString::number(Dispatcher::kMaxCap)));
        }
        QVERIFY(Dispatcher::kMaxCap >= 1024);
    }

    void nextJobRunsOnTheFinishingWorkersThread()
    {
        // The completion path starts the next job: with a backlog, the worker that finished a
        // job runs the next one itself instead of handing it to another thread.
        Dispatcher d(1);
        d.pause();
        QMutex m;
        QList<QThread *> threads;
        for (int i = 0; i < 5; ++i)
            d.submit(JobSpec::sync([&](const CancellationToken &) -> QVariant {
                QMutexLocker lock(&m);
                threads.append(QThread::currentThread());
                return {};
            }));
        d.resume();
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(threads.size(), 5);
        for (QThread *t : threads)
            QCOMPARE(t, threads.first());
    }

    void higherPriorityFirstAndFifoWithinAPriority()
    {
        Dispatcher d(1);
        d.pause();
        OrderLog log;
        d.submit(log.job(QStringLiteral("low-1"), {}, 0));
        d.submit(log.job(QStringLiteral("high-1"), {}, 5));
        d.submit(log.job(QStringLiteral("low-2"), {}, 0));
        d.submit(log.job(QStringLiteral("keyed-high-2"), QStringLiteral("k"), 5));
        d.submit(log.job(QStringLiteral("mid-1"), QStringLiteral("j"), 2));
        d.submit(log.job(QStringLiteral("high-3"), {}, 5));
        d.resume();
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(log.order, (QStringList{QStringLiteral("high-1"), QStringLiteral("keyed-high-2"),
                                         QStringLiteral("high-3"), QStringLiteral("mid-1"),
                                         QStringLiteral("low-1"), QStringLiteral("low-2")}));
    }

    void jobsOfOneKeyNeverOverlapAndRunInOrder()
    {
        Dispatcher d(8);
        std::atomic<int> inKey{0};
        std::atomic<int> overlaps{0};
        QMutex m;
        QList<int> order;
        for (int i = 0; i < 200; ++i)
            d.submit(JobSpec::sync(
                [&, i](const CancellationToken &) -> QVariant {
                    if (++inKey > 1)
                        ++overlaps;
                    {
                        QMutexLocker lock(&m);
                        order.append(i);
                    }
                    QThread::yieldCurrentThread();
                    --inKey;
                    return {};
                },
                QStringLiteral("dmm-1")));
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(overlaps.load(), 0);
        QCOMPARE(order.size(), 200);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(order.at(i), i);
    }

    void busyKeyDoesNotBlockLaterJobsOfOtherKeys()
    {
        Dispatcher d(2);
        Gate gate;
        d.submit(gate.job(QStringLiteral("A")));
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs));
        JobHandle a2 = d.submit(gate.job(QStringLiteral("A")));
        JobHandle b1 = d.submit(gate.job(QStringLiteral("B")));
        // B1 was submitted after A2, but A is busy: B1 takes the free slot.
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs));
        QCOMPARE(b1.status(), JobStatus::Running);
        QCOMPARE(a2.status(), JobStatus::Queued);
        QCOMPARE(d.busyKeys(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        gate.release.release(3);
        QVERIFY(d.waitForIdle(kSafetyMs));
    }

    void jobsThatShareAKeyNeverOverlap_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        QTest::newRow("two instruments on one bus")
            << QStringList{QStringLiteral("dmm"), QStringLiteral("gpib0")}
            << QStringList{QStringLiteral("psu"), QStringLiteral("gpib0")};
        QTest::newRow("two channels of one connection")
            << QStringList{QStringLiteral("smu/ch1"), QStringLiteral("tcp:10.0.0.5:5025")}
            << QStringList{QStringLiteral("smu/ch2"), QStringLiteral("tcp:10.0.0.5:5025")};
        QTest::newRow("a bus-wide job, then an instrument on that bus")
            << QStringList{QStringLiteral("gpib0")}
            << QStringList{QStringLiteral("psu"), QStringLiteral("gpib0")};
        QTest::newRow("an instrument on a bus, then a bus-wide job")
            << QStringList{QStringLiteral("psu"), QStringLiteral("gpib0")}
            << QStringList{QStringLiteral("gpib0")};
        QTest::newRow("the shared key is one's first and the other's second")
            << QStringList{QStringLiteral("gpib0"), QStringLiteral("dmm")}
            << QStringList{QStringLiteral("psu"), QStringLiteral("gpib0")};
        QTest::newRow("three keys sharing the last")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("bus")}
            << QStringList{QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("bus")};
    }
    void jobsThatShareAKeyNeverOverlap()
    {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        Dispatcher d(4);
        KeyBench bench;
        JobHandle a = d.submit(bench.job(QStringLiteral("first"), first));
        QTRY_VERIFY_WITH_TIMEOUT(bench.hasStarted(QStringLiteral("first")), kSafetyMs);
        JobHandle b = d.submit(bench.job(QStringLiteral("second"), second));
        settle(d);
        QCOMPARE(b.status(), JobStatus::Queued); // refused at submit, with three slots free
        bench.release(QStringLiteral("first"));
        QTRY_VERIFY_WITH_TIMEOUT(bench.hasStarted(QStringLiteral("second")), kSafetyMs);
        QCOMPARE(a.status(), JobStatus::Succeeded);
        bench.release(QStringLiteral("second"));
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(bench.overlaps, 0);
        QCOMPARE(d.counters().peakRunning, 1);
    }

    void jobWithSeveralKeysWaitsForAllOfThemAndCountsOnceAgainstTheCap()
    {
        Dispatcher d(4);
        KeyBench bench;
        JobHandle onDmm = d.submit(bench.job(QStringLiteral("on-dmm"), {QStringLiteral("dmm")}));
        JobHandle onBus = d.submit(bench.job(QStringLiteral("on-bus"), {QStringLiteral("gpib0")}));
        QTRY_VERIFY_WITH_TIMEOUT(bench.startOrder().size() == 2, kSafetyMs);
        JobHandle both = d.submit(
            bench.job(QStringLiteral("both"), {QStringLiteral("dmm"), QStringLiteral("gpib0")}));
        bench.release(QStringLiteral("on-dmm"));
        QVERIFY(onDmm.waitForFinished(kSafetyMs));
        settle(d);
        QCOMPARE(both.status(), JobStatus::Queued); // dmm is free, the bus is not
        QCOMPARE(d.busyKeys(), QStringList{QStringLiteral("gpib0")});
        bench.release(QStringLiteral("on-bus"));
        QTRY_VERIFY_WITH_TIMEOUT(bench.hasStarted(QStringLiteral("both")), kSafetyMs);
        QCOMPARE(onBus.status(), JobStatus::Succeeded);
        QCOMPARE(d.busyKeys(), (QStringList{QStringLiteral("dmm"), QStringLiteral("gpib0")}));
        QCOMPARE(d.counters().running, 1); // two keys, one slot
        QCOMPARE(both.result().key, QStringLiteral("dmm"));
        bench.release(QStringLiteral("both"));
        QVERIFY(d.waitForIdle(kSafetyMs));
        QVERIFY(d.busyKeys().isEmpty());
        QCOMPARE(bench.overlaps, 0);
    }

    void jobWithSeveralKeysIsNotStarvedByLaterJobsOnOneOfThem_data()
    {
        QTest::addColumn<QString>("blocked");
        QTest::addColumn<QList<QStringList>>("stream");
        const QString dmm = QStringLiteral("dmm"), bus = QStringLiteral("gpib0");
        QTest::newRow("bus busy, a stream on its instrument") << bus << QList<QStringList>{{dmm}};
        QTest::newRow("instrument busy, a stream of bus-wide jobs")
            << dmm << QList<QStringList>{{bus}};
        QTest::newRow("instrument busy, a stream of other instruments on its bus")
            << dmm
            << QList<QStringList>{{QStringLiteral("psu"), bus}, {QStringLiteral("scope"), bus}};
        QTest::newRow("bus busy, a stream alternating on both of its keys")
            << bus << QList<QStringList>{{dmm}, {bus}};
    }
    void jobWithSeveralKeysIsNotStarvedByLaterJobsOnOneOfThem()
    {
        // The stream's jobs come after the job that needs two keys in the queue of a key they
        // share with it, so none may start before it: its keys are reserved for it.
        QFETCH(QString, blocked);
        QFETCH(QList<QStringList>, stream);
        Dispatcher d(4);
        KeyBench bench;
        d.submit(bench.job(QStringLiteral("blocker"), {blocked}));
        QTRY_VERIFY_WITH_TIMEOUT(bench.hasStarted(QStringLiteral("blocker")), kSafetyMs);
        JobHandle both = d.submit(
            bench.job(QStringLiteral("both"), {QStringLiteral("dmm"), QStringLiteral("gpib0")}));
        int n = 0;
        auto submitStream = [&](int count) {
            for (int i = 0; i < count; ++i, ++n)
                d.submit(bench.job(QStringLiteral("stream-%1").arg(n), stream.at(n % stream.size()),
                                   0, false));
        };
        submitStream(20);
        settle(d);
        QCOMPARE(both.status(), JobStatus::Queued);
        bench.release(QStringLiteral("blocker"));
        // The stream goes on while the blocker finishes; it must not overtake.
        while (!bench.hasStarted(QStringLiteral("both")) && n < 5000)
            submitStream(10);
        QTRY_VERIFY_WITH_TIMEOUT(bench.hasStarted(QStringLiteral("both")), kSafetyMs);
        bench.release(QStringLiteral("both"));
        QVERIFY(d.waitForIdle(kSafetyMs));
        const QStringList order = bench.startOrder();
        QCOMPARE(order.value(0), QStringLiteral("blocker"));
        QCOMPARE(order.value(1), QStringLiteral("both"));
        QCOMPARE(order.size(), 2 + n);
        QCOMPARE(bench.overlaps, 0);
    }

    void jobWaitingForSeveralKeysDoesNotBlockOtherKeys()
    {
        Dispatcher d(3);
        KeyBench bench;
        d.submit(bench.job(QStringLiteral("blocker"), {QStringLiteral("gpib0")}));
        QTRY_VERIFY_WITH_TIMEOUT(bench.hasStarted(QStringLiteral("blocker")), kSafetyMs);
        JobHandle both = d.submit(
            bench.job(QStringLiteral("both"), {QStringLiteral("dmm"), QStringLiteral("gpib0")}));
        // Submitted later, on keys the waiting job does not hold: they take the free slots.
        JobHandle other = d.submit(bench.job(QStringLiteral("other-bus"),
                                             {QStringLiteral("scope"), QStringLiteral("gpib1")}));
        JobHandle unkeyed = d.submit(bench.job(QStringLiteral("unkeyed"), {}));
        QTRY_VERIFY_WITH_TIMEOUT(bench.hasStarted(QStringLiteral("other-bus")) &&
                                     bench.hasStarted(QStringLiteral("unkeyed")),
                                 kSafetyMs);
        QCOMPARE(both.status(), JobStatus::Queued);
        bench.release(QStringLiteral("other-bus"));
        bench.release(QStringLiteral("unkeyed"));
        bench.release(QStringLiteral("blocker"));
        QTRY_VERIFY_WITH_TIMEOUT(bench.hasStarted(QStringLiteral("both")), kSafetyMs);
        bench.release(QStringLiteral("both"));
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(other.status(), JobStatus::Succeeded);
        QCOMPARE(unkeyed.status(), JobStatus::Succeeded);
    }

    void cancelKeyOfASecondKeyEndsEveryJobThatHoldsIt()
    {
        Dispatcher d(4);
        KeyBench bench;
        const QString bus = QStringLiteral("gpib0");
        JobHandle running =
            d.submit(bench.job(QStringLiteral("psu"), {QStringLiteral("psu"), bus}));
        JobHandle scope = d.submit(bench.job(QStringLiteral("scope"), {QStringLiteral("scope")}));
        QTRY_VERIFY_WITH_TIMEOUT(bench.startOrder().size() == 2, kSafetyMs);
        JobHandle queuedDmm =
            d.submit(bench.job(QStringLiteral("dmm"), {QStringLiteral("dmm"), bus}));
        JobHandle queuedBus = d.submit(bench.job(QStringLiteral("bus"), {bus}));
        JobHandle queuedFirst =
            d.submit(bench.job(QStringLiteral("bus-first"), {bus, QStringLiteral("smu")}));
        // Behind the jobs that hold the bus, on their other keys, which are reserved for them.
        JobHandle behindDmm =
            d.submit(bench.job(QStringLiteral("behind-dmm"), {QStringLiteral("dmm")}, 0, false));
        JobHandle behindSmu =
            d.submit(bench.job(QStringLiteral("behind-smu"), {QStringLiteral("smu")}, 0, false));
        settle(d);
        QCOMPARE(behindDmm.status(), JobStatus::Queued);
        QCOMPARE(behindSmu.status(), JobStatus::Queued);
        QCOMPARE(d.cancelKey(bus), 4); // three queued, one running
        QCOMPARE(queuedDmm.status(), JobStatus::Cancelled);
        QCOMPARE(queuedBus.status(), JobStatus::Cancelled);
        QCOMPARE(queuedFirst.status(), JobStatus::Cancelled);
        QVERIFY(running.waitForFinished(kSafetyMs));
        QCOMPARE(running.status(), JobStatus::Cancelled);
        QCOMPARE(scope.status(), JobStatus::Running); // holds no cancelled key
        // The cancelled jobs' other keys are not left reserved for them.
        QVERIFY(behindDmm.waitForFinished(kSafetyMs));
        QVERIFY(behindSmu.waitForFinished(kSafetyMs));
        QCOMPARE(behindDmm.status(), JobStatus::Succeeded);
        QCOMPARE(behindSmu.status(), JobStatus::Succeeded);
        QCOMPARE(d.cancelKey(QStringLiteral("psu")), 0);
        bench.release(QStringLiteral("scope"));
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(d.counters().cancelled, 4);
        QCOMPARE(d.counters().succeeded, 3);
    }

    void waitingJobWithSeveralKeysThatEndsReleasesTheJobsBehindIt_data()
    {
        QTest::addColumn<bool>("byDeadline");
        QTest::addColumn<JobStatus>("ending");
        QTest::newRow("its deadline passes") << true << JobStatus::TimedOut;
        QTest::newRow("its handle cancels it") << false << JobStatus::Cancelled;
    }
    void waitingJobWithSeveralKeysThatEndsReleasesTheJobsBehindIt()
    {
        QFETCH(bool, byDeadline);
        QFETCH(JobStatus, ending);
        Dispatcher d(4);
        KeyBench bench;
        d.submit(bench.job(QStringLiteral("blocker"), {QStringLiteral("gpib0")}));
        QTRY_VERIFY_WITH_TIMEOUT(bench.hasStarted(QStringLiteral("blocker")), kSafetyMs);
        JobSpec spec =
            bench.job(QStringLiteral("both"), {QStringLiteral("dmm"), QStringLiteral("gpib0")});
        if (byDeadline)
            spec.deadline = MonoClock::now() + 50ms;
        JobHandle both = d.submit(std::move(spec));
        // Behind the waiting job on dmm: reserved for it until it ends.
        JobHandle next =
            d.submit(bench.job(QStringLiteral("dmm"), {QStringLiteral("dmm")}, 0, false));
        QCOMPARE(next.status(), JobStatus::Queued);
        if (!byDeadline)
            QCOMPARE(both.cancel(), CancelOutcome::Dequeued);
        QVERIFY(both.waitForFinished(kSafetyMs));
        QCOMPARE(both.status(), ending);
        // Nothing else is submitted and the bus is still held: ending `both` alone starts it.
        QVERIFY(next.waitForFinished(kSafetyMs));
        QCOMPARE(next.status(), JobStatus::Succeeded);
        bench.release(QStringLiteral("blocker"));
        QVERIFY(d.waitForIdle(kSafetyMs));
        QVERIFY(!bench.hasStarted(QStringLiteral("both")));
        QCOMPARE(d.counters().finished(), 3);
    }

    void jobsWithSeveralKeysFollowPriorityThenSubmissionOrder()
    {
        Dispatcher d(4);
        d.pause();
        KeyBench bench;
        const QString bus = QStringLiteral("gpib0");
        auto submit = [&](const QString &name, const QStringList &keys, int priority) {
            d.submit(bench.job(name, keys, priority, false));
        };
        submit(QStringLiteral("low"), {QStringLiteral("a"), bus}, 0);
        submit(QStringLiteral("high-1"), {QStringLiteral("b"), bus}, 5);
        submit(QStringLiteral("mid"), {QStringLiteral("c"), bus}, 2);
        submit(QStringLiteral("bus-wide"), {bus}, 1);
        submit(QStringLiteral("high-2"), {QStringLiteral("a"), bus}, 5);
        submit(QStringLiteral("b-alone-low"), {QStringLiteral("b")}, -1);
        d.resume();
        QVERIFY(d.waitForIdle(kSafetyMs));
        QStringList busOrder = bench.startOrder();
        busOrder.removeAll(QStringLiteral("b-alone-low"));
        QCOMPARE(busOrder, (QStringList{QStringLiteral("high-1"), QStringLiteral("high-2"),
                                        QStringLiteral("mid"), QStringLiteral("bus-wide"),
                                        QStringLiteral("low")}));
        // b-alone-low is behind high-1 on b, and nothing after high-1 holds b.
        QVERIFY(bench.startOrder().indexOf(QStringLiteral("b-alone-low")) >
                bench.startOrder().indexOf(QStringLiteral("high-1")));
        QCOMPARE(bench.overlaps, 0);
    }

    void repeatedOrEmptyKeysInOneJobAreHarmless_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("alsoHolds");
        QTest::addColumn<QStringList>("held");
        const QString dmm = QStringLiteral("dmm"), bus = QStringLiteral("gpib0");
        QTest::newRow("its own key again") << dmm << QStringList{dmm} << QStringList{dmm};
        QTest::newRow("the bus twice") << dmm << QStringList{bus, bus} << QStringList{dmm, bus};
        QTest::newRow("an empty key beside the bus")
            << dmm << QStringList{QString(), bus} << QStringList{dmm, bus};
        QTest::newRow("only empty extra keys")
            << dmm << QStringList{QString(), QStringLiteral("")} << QStringList{dmm};
        QTest::newRow("no key of its own, the bus twice")
            << QString() << QStringList{bus, bus} << QStringList{bus};
    }
    void repeatedOrEmptyKeysInOneJobAreHarmless()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, alsoHolds);
        QFETCH(QStringList, held);
        Dispatcher d(4);
        QSemaphore started, release;
        JobSpec spec = JobSpec::sync(
            [&](const CancellationToken &) -> QVariant {
                started.release();
                release.acquire();
                return 1;
            },
            key);
        spec.alsoHolds = alsoHolds;
        JobHandle h = d.submit(std::move(spec));
        QVERIFY(started.tryAcquire(1, kSafetyMs));
        QCOMPARE(d.busyKeys(), held);
        QCOMPARE(d.counters().running, 1);
        release.release();
        QVERIFY(h.waitForFinished(kSafetyMs));
        QCOMPARE(h.status(), JobStatus::Succeeded);
        QCOMPARE(h.result().key, key);
        QVERIFY(d.waitForIdle(kSafetyMs));
        QVERIFY(d.busyKeys().isEmpty());
        // Every key is free again, and a later job holding them all runs.
        JobSpec again = JobSpec::sync([](const CancellationToken &) { return QVariant(2); }, key);
        again.alsoHolds = alsoHolds;
        JobHandle h2 = d.submit(std::move(again));
        QVERIFY(h2.waitForFinished(kSafetyMs));
        QCOMPARE(h2.status(), JobStatus::Succeeded);
        QCOMPARE(d.cancelKey(held.first()), 0);
    }

    void waitingJobsWithSeveralKeysEndOnCancelQueuedAndShutdown()
    {
        Dispatcher d(4);
        KeyBench bench;
        JobHandle blocker =
            d.submit(bench.job(QStringLiteral("blocker"), {QStringLiteral("gpib0")}));
        QTRY_VERIFY_WITH_TIMEOUT(bench.hasStarted(QStringLiteral("blocker")), kSafetyMs);
        const QStringList keys{QStringLiteral("dmm"), QStringLiteral("gpib0")};
        d.submit(bench.job(QStringLiteral("w1"), keys));
        QCOMPARE(d.cancelQueued(), 1);
        JobHandle w2 = d.submit(bench.job(QStringLiteral("w2"), keys));
        JobHandle w3 = d.submit(
            bench.job(QStringLiteral("w3"), {QStringLiteral("psu"), QStringLiteral("gpib0")}));
        const ShutdownReport report = d.shutdown(kSafetyMs);
        QVERIFY(report.clean);
        QCOMPARE(report.cancelledQueued, 2);
        QCOMPARE(w2.status(), JobStatus::Cancelled);
        QCOMPARE(w3.status(), JobStatus::Cancelled);
        QCOMPARE(blocker.status(), JobStatus::Cancelled);
        QCOMPARE(bench.startOrder(), QStringList{QStringLiteral("blocker")});
        const DispatcherCounters c = d.counters();
        QCOMPARE(c.cancelled, 4);
        QCOMPARE(c.queued, 0);
        QCOMPARE(c.running, 0);
    }

    void keyedJobIsNotStarvedByLaterUnkeyedJobs()
    {
        Dispatcher d(2);
        Gate gate;
        OrderLog log;
        d.submit(gate.job(QStringLiteral("A"))); // A busy
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs));
        d.submit(log.job(QStringLiteral("A-2"), QStringLiteral("A")));
        d.submit(gate.job()); // takes the second slot
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs));
        for (int i = 0; i < 5; ++i)
            d.submit(log.job(QStringLiteral("later-%1").arg(i)));
        d.setCap(1); // from now on one slot: order is decided by the queue alone
        gate.release.release(2);
        QVERIFY(d.waitForIdle(kSafetyMs));
        // A-2 is older than the later jobs: it runs before them once A is free.
        QCOMPARE(log.order.value(0), QStringLiteral("A-2"));
        QCOMPARE(log.order.size(), 6);
    }

    void cancellingAQueuedJobEndsItAsCancelledAndReportsIt()
    {
        Dispatcher d(1);
        Gate gate;
        d.submit(gate.job());
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs));
        std::atomic<int> reported{0};
        JobSpec spec = JobSpec::sync([](const CancellationToken &) { return QVariant(1); });
        spec.onFinished = [&](const JobResult &r) {
            if (r.status == JobStatus::Cancelled)
                ++reported;
        };
        JobHandle h = d.submit(std::move(spec));
        QCOMPARE(h.cancel(), CancelOutcome::Dequeued);
        QCOMPARE(h.status(), JobStatus::Cancelled);
        QCOMPARE(reported.load(), 1);
        QCOMPARE(h.cancel(), CancelOutcome::AlreadyFinished);
        gate.release.release(1);
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(d.counters().cancelled, 1);
        QCOMPARE(d.counters().succeeded, 1);
    }

    void cancellingARunningJobCancelsItsToken()
    {
        Dispatcher d(2);
        Gate gate;
        JobHandle h = d.submit(gate.job());
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs));
        QCOMPARE(h.cancel(), CancelOutcome::Requested);
        QVERIFY(h.waitForFinished(kSafetyMs));
        QCOMPARE(h.status(), JobStatus::Cancelled);
        QCOMPARE(h.result().value.toString(), QStringLiteral("stopped"));
    }

    void tokenWaitWakesAtOnceOnCancel()
    {
        Dispatcher d(1);
        QSemaphore started;
        JobHandle h = d.submit(JobSpec::sync([&](const CancellationToken &t) -> QVariant {
            started.release();
            return t.waitForCancelled(std::chrono::hours(1));
        }));
        QVERIFY(started.tryAcquire(1, kSafetyMs));
        h.cancel();
        QVERIFY(h.waitForFinished(kSafetyMs)); // an hour-long wait ends at the cancel
        QCOMPARE(h.result().value.toBool(), true);
    }

    void cancelKeyEndsItsQueuedJobsAndStopsItsRunningOne()
    {
        Dispatcher d(4);
        Gate gate;
        JobHandle running = d.submit(gate.job(QStringLiteral("psu")));
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs));
        QList<JobHandle> queued;
        for (int i = 0; i < 3; ++i)
            queued.append(d.submit(gate.job(QStringLiteral("psu"))));
        JobHandle other = d.submit(gate.job(QStringLiteral("dmm")));
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs));
        QCOMPARE(d.cancelKey(QStringLiteral("psu")), 4);
        for (const JobHandle &h : queued)
            QCOMPARE(h.status(), JobStatus::Cancelled);
        QVERIFY(running.waitForFinished(kSafetyMs));
        QCOMPARE(running.status(), JobStatus::Cancelled);
        QCOMPARE(other.status(), JobStatus::Running); // another key is untouched
        gate.release.release(1);
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(other.status(), JobStatus::Succeeded);
        QCOMPARE(d.cancelKey(QStringLiteral("no-such-key")), 0);
    }

    void cancelQueuedAndCancelAll()
    {
        Dispatcher d(1);
        Gate gate;
        JobHandle first = d.submit(gate.job());
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs));
        for (int i = 0; i < 10; ++i)
            d.submit(gate.job(i % 2 ? QStringLiteral("k%1").arg(i) : QString()));
        QCOMPARE(d.cancelQueued(), 10);
        QCOMPARE(d.counters().queued, 0);
        QCOMPARE(first.status(), JobStatus::Running);
        for (int i = 0; i < 3; ++i)
            d.submit(gate.job());
        QCOMPARE(d.cancelAll(), 4);
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(first.status(), JobStatus::Cancelled);
        QCOMPARE(d.counters().cancelled, 14);
        QCOMPARE(d.counters().finished(), 14);
    }

    void cancellingAnEmptyHandleSaysUnknown()
    {
        JobHandle none;
        QCOMPARE(none.cancel(), CancelOutcome::Unknown);
        QVERIFY(!none.waitForFinished(0));
    }

    void pausedDispatcherStartsNothingUntilResumed()
    {
        Dispatcher d(4);
        d.pause();
        QVERIFY(d.isPaused());
        Gate gate;
        for (int i = 0; i < 3; ++i)
            d.submit(gate.job());
        QVERIFY(!gate.started.tryAcquire(1, 100));
        QCOMPARE(d.counters().queued, 3);
        QVERIFY(!d.waitForIdle(50));
        d.resume();
        QVERIFY(gate.started.tryAcquire(3, kSafetyMs));
        gate.release.release(3);
        QVERIFY(d.waitForIdle(kSafetyMs));
        QVERIFY(!d.isBusy());
    }

    void shutdownCancelsTheQueueAndReportsJobsThatOutliveTheBound()
    {
        Dispatcher d(2);
        QSemaphore started, release;
        // One job ignores its token until released: it outlives the bound.
        JobHandle stubborn = d.submit(JobSpec::sync([&](const CancellationToken &) -> QVariant {
            started.release();
            release.acquire();
            return {};
        }));
        Gate gate;
        JobHandle polite = d.submit(gate.job());
        QVERIFY(started.tryAcquire(1, kSafetyMs));
        QVERIFY(gate.started.tryAcquire(1, kSafetyMs));
        QList<JobHandle> queued;
        for (int i = 0; i < 5; ++i)
            queued.append(d.submit(gate.job()));

        const ShutdownReport report = d.shutdown(200);
        QVERIFY(!report.clean);
        QCOMPARE(report.cancelledQueued, 5);
        QCOMPARE(report.unfinished, QList<JobId>{stubborn.id()});
        QCOMPARE(polite.status(), JobStatus::Cancelled);
        for (const JobHandle &h : queued)
            QCOMPARE(h.status(), JobStatus::Cancelled);

        JobHandle late = d.submit(gate.job());
        QCOMPARE(late.status(), JobStatus::Rejected);
        QVERIFY(late.errorString().contains(QStringLiteral("shut down")));
        QString error;
        QVERIFY(!d.setCap(3, &error));
        QVERIFY(!error.isEmpty());
        release.release();
        QVERIFY(stubborn.waitForFinished(kSafetyMs));
    }

    void throwingJobFailsWithItsMessageAndTheWorkerGoesOn()
    {
        Dispatcher d(1);
        JobHandle bad = d.submit(JobSpec::sync([](const CancellationToken &) -> QVariant {
            throw std::runtime_error("overload on channel 2");
        }));
        JobHandle odd =
            d.submit(JobSpec::sync([](const CancellationToken &) -> QVariant { throw 7; }));
        JobHandle good =
            d.submit(JobSpec::sync([](const CancellationToken &) { return QVariant(1); }));
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(bad.status(), JobStatus::Failed);
        QCOMPARE(bad.errorString(), QStringLiteral("overload on channel 2"));
        QCOMPARE(odd.status(), JobStatus::Failed);
        QVERIFY(odd.errorString().contains(QStringLiteral("not a std::exception")));
        QCOMPARE(good.status(), JobStatus::Succeeded);
        QCOMPARE(d.counters().failed, 2);
    }

    void badSubmissionsAreRejectedAndDisturbNothing_data()
    {
        QTest::addColumn<bool>("withRun");
        QTest::addColumn<bool>("withStart");
        QTest::addColumn<QString>("message");
        QTest::newRow("no function") << false << false << QStringLiteral("no function");
        QTest::newRow("both functions") << true << true << QStringLiteral("exactly one");
    }
    void badSubmissionsAreRejectedAndDisturbNothing()
    {
        QFETCH(bool, withRun);
        QFETCH(bool, withStart);
        QFETCH(QString, message);
        Dispatcher d(2);
        JobSpec spec;
        if (withRun)
            spec.run = [](const CancellationToken &) { return QVariant(); };
        if (withStart)
            spec.start = [](JobContext ctx) { ctx.succeed(); };
        std::atomic<int> reported{0};
        spec.onFinished = [&](const JobResult &r) {
            if (r.status == JobStatus::Rejected)
                ++reported;
        };
        JobHandle h = d.submit(std::move(spec));
        QCOMPARE(h.status(), JobStatus::Rejected);
        QVERIFY2(h.errorString().contains(message), qPrintable(h.errorString()));
        QCOMPARE(reported.load(), 1);
        QCOMPARE(d.counters().rejected, 1);
        QCOMPARE(d.counters().submitted, 0);
        JobHandle ok =
            d.submit(JobSpec::sync([](const CancellationToken &) { return QVariant(2); }));
        QVERIFY(ok.waitForFinished(kSafetyMs));
        QCOMPARE(ok.status(), JobStatus::Succeeded);
    }

    void queuedJobPastItsDeadlineEndsAsTimedOutWithoutBeingStarted()
    {
        Dispatcher d(1);
        d.pause(); // nothing can start: only the deadline can end the job
        std::atomic<bool> ran{false};
        JobSpec spec = JobSpec::sync([&](const CancellationToken &) -> QVariant {
            ran = true;
            return {};
        });
        spec.deadline = MonoClock::now() + 50ms;
        JobHandle h = d.submit(std::move(spec));
        QVERIFY(h.waitForFinished(kSafetyMs));
        QCOMPARE(h.status(), JobStatus::TimedOut);
        QVERIFY(h.errorString().contains(QStringLiteral("deadline")));
        d.resume();
        QVERIFY(d.waitForIdle(kSafetyMs));
        QVERIFY(!ran);
        QCOMPARE(d.counters().timedOut, 1);
    }

    void jobStartedBeforeItsDeadlineRunsToCompletion()
    {
        Dispatcher d(1);
        JobSpec spec = JobSpec::sync([](const CancellationToken &) -> QVariant {
            QThread::msleep(30);
            return 3;
        });
        spec.deadline = MonoClock::now() + 5ms;
        JobHandle h = d.submit(std::move(spec));
        QVERIFY(h.waitForFinished(kSafetyMs));
        QCOMPARE(h.status(), JobStatus::Succeeded);
    }

    void countersChangedIsCoalescedNotOncePerJob()
    {
        Dispatcher d(4);
        QSignalSpy spy(&d, &Dispatcher::countersChanged);
        QSignalSpy idleSpy(&d, &Dispatcher::idle);
        QElapsedTimer clock;
        clock.start();
        constexpr int kJobs = 20000;
        for (int i = 0; i < kJobs; ++i)
            d.submit(JobSpec::sync([](const CancellationToken &) { return QVariant(); }));
        QVERIFY(d.waitForIdle(kSafetyMs));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && idleSpy.count() >= 1, kSafetyMs);
        QTest::qWait(3 * Dispatcher::kCounterIntervalMs);
        const qint64 elapsed = clock.elapsed();
        // At most one emission per interval (plus the first), however many jobs finished.
        QVERIFY2(spy.count() <= elapsed / Dispatcher::kCounterIntervalMs + 2,
                 qPrintable(QStringLiteral("%1 emissions in %2 ms").arg(spy.count()).arg(elapsed)));
        QVERIFY(spy.count() < kJobs / 10);
        const auto last = spy.last().at(0).value<DispatcherCounters>();
        QCOMPARE(last.succeeded, kJobs);
        QCOMPARE(last.running, 0);
        QCOMPARE(last.queued, 0);
    }

    void countersAddUp()
    {
        Dispatcher d(3);
        for (int i = 0; i < 300; ++i) {
            d.submit(JobSpec::sync([i](const CancellationToken &) -> QVariant {
                if (i % 10 == 0)
                    throw std::runtime_error("bad");
                return i;
            }));
        }
        QVERIFY(d.waitForIdle(kSafetyMs));
        const DispatcherCounters c = d.counters();
        QCOMPARE(c.submitted, 300);
        QCOMPARE(c.succeeded, 270);
        QCOMPARE(c.failed, 30);
        QCOMPARE(c.finished(), 300);
        QVERIFY(c.peakRunning >= 1 && c.peakRunning <= 3);
    }

    void onFinishedWithAContextArrivesOnTheContextsThread()
    {
        Dispatcher d(2);
        QObject receiver;
        QThread *seenOn = nullptr;
        JobResult seen;
        JobSpec spec = JobSpec::sync([](const CancellationToken &) { return QVariant(5); });
        spec.context = &receiver;
        spec.onFinished = [&](const JobResult &r) {
            seenOn = QThread::currentThread();
            seen = r;
        };
        d.submit(std::move(spec));
        QTRY_VERIFY_WITH_TIMEOUT(seenOn != nullptr, kSafetyMs);
        QCOMPARE(seenOn, QThread::currentThread());
        QCOMPARE(seen.value.toInt(), 5);
        QCOMPARE(seen.status, JobStatus::Succeeded);
    }

    void jobFinishedSignalIsQueuedToTheReceiversThread()
    {
        Dispatcher d(2);
        QList<JobId> ids;
        QThread *seenOn = nullptr;
        connect(&d, &Dispatcher::jobFinished, this, [&](const JobResult &r) {
            seenOn = QThread::currentThread();
            ids.append(r.id);
        });
        JobHandle h = d.submit(JobSpec::sync([](const CancellationToken &) { return QVariant(); }));
        QTRY_COMPARE_WITH_TIMEOUT(ids.size(), 1, kSafetyMs);
        QCOMPARE(ids.first(), h.id());
        QCOMPARE(seenOn, QThread::currentThread());
    }

    void asyncJobHoldsItsSlotUntilItsContextFinishes()
    {
        Dispatcher d(1);
        std::optional<JobContext> held;
        QSemaphore started;
        JobHandle a = d.submit(JobSpec::async([&](JobContext ctx) {
            held = ctx;
            started.release();
        }));
        JobHandle b =
            d.submit(JobSpec::sync([](const CancellationToken &) { return QVariant(2); }));
        QVERIFY(started.tryAcquire(1, kSafetyMs));
        QCOMPARE(a.status(), JobStatus::Running);
        QVERIFY(!b.waitForFinished(100)); // the async job still holds the only slot
        QVERIFY(held->succeed(QStringLiteral("done")));
        QVERIFY(!held->fail(QStringLiteral("too late")));
        QVERIFY(b.waitForFinished(kSafetyMs));
        QCOMPARE(a.result().value.toString(), QStringLiteral("done"));
        held.reset();
    }

    void asyncJobThatDropsItsContextFailsInsteadOfHanging()
    {
        Dispatcher d(1);
        JobHandle h = d.submit(JobSpec::async([](JobContext) {}));
        QVERIFY(h.waitForFinished(kSafetyMs));
        QCOMPARE(h.status(), JobStatus::Failed);
        QVERIFY(h.errorString().contains(QStringLiteral("without finishing")));
        JobHandle next =
            d.submit(JobSpec::sync([](const CancellationToken &) { return QVariant(); }));
        QVERIFY(next.waitForFinished(kSafetyMs));
    }

    void asyncJobThatThrowsFails()
    {
        Dispatcher d(1);
        JobHandle h =
            d.submit(JobSpec::async([](JobContext) { throw std::runtime_error("port vanished"); }));
        QVERIFY(h.waitForFinished(kSafetyMs));
        QCOMPARE(h.status(), JobStatus::Failed);
        QCOMPARE(h.errorString(), QStringLiteral("port vanished"));
    }

    void stressCountedOnceEach()
    {
        // Every job ends exactly once and is reported exactly once, whatever its fate.
        Dispatcher d(8);
        constexpr int kJobs = 5000;
        std::atomic<int> finishes{0};
        QList<JobHandle> handles;
        for (int i = 0; i < kJobs; ++i) {
            JobSpec spec = JobSpec::sync([](const CancellationToken &) { return QVariant(); },
                                         QStringLiteral("k%1").arg(i % 7), i % 3);
            spec.onFinished = [&](const JobResult &) { ++finishes; };
            handles.append(d.submit(std::move(spec)));
            if (i % 97 == 0)
                handles.last().cancel();
        }
        QVERIFY(d.waitForIdle(kSafetyMs));
        QCOMPARE(finishes.load(), kJobs);
        for (const JobHandle &h : handles)
            QVERIFY(h.isFinished());
        const DispatcherCounters c = d.counters();
        QCOMPARE(c.finished(), kJobs);
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
