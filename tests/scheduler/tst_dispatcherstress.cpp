// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler/dispatcher.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>
#include <random>
#include <thread>
#include <vector>

using namespace ld;

/**
 * The dispatcher's invariants under load: at most `cap` jobs run, at most one per key (jobs
 * holding several keys mixed in), every job ends exactly once, while the cap changes from
 * another thread. Runs under TSan in CI.
 */
class TestDispatcherStress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capAndKeysHoldUnderRandomLoadWhileTheCapChanges_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::addColumn<int>("instruments");
        QTest::addColumn<int>("buses");
        QTest::addColumn<int>("maxCap");
        QTest::newRow("100k jobs, 64 keys, cap up to 32") << 100000 << 64 << 0 << 32;
        QTest::newRow("100k jobs, 4 keys and unkeyed, cap up to 8") << 100000 << 4 << 0 << 8;
        QTest::newRow("50k jobs, 64 instruments on 8 buses, cap up to 32")
            << 50000 << 64 << 8 << 32;
        QTest::newRow("50k jobs, 8 instruments on 2 buses, cap up to 8") << 50000 << 8 << 2 << 8;
    }
    void capAndKeysHoldUnderRandomLoadWhileTheCapChanges()
    {
        // Keys are instruments and buses (instrument i sits on bus i % buses). Without buses a
        // job holds one instrument or nothing. With buses it holds: one instrument; an
        // instrument and its bus; a whole bus; two instruments and both their buses, listed in
        // any order and possibly repeated; or nothing. At every start, no key may be held by
        // another running job and running may not exceed the largest cap ever set (the changer
        // only sets caps at or below maxCap).
        QFETCH(int, jobs);
        QFETCH(int, instruments);
        QFETCH(int, buses);
        QFETCH(int, maxCap);

        Dispatcher d(maxCap);
        auto held = std::make_unique<std::atomic<int>[]>(size_t(instruments + buses));
        auto ranCount = std::make_unique<std::atomic<int>[]>(size_t(jobs));
        std::atomic<int> running{0};
        std::atomic<int> peak{0};
        std::atomic<int> capViolations{0};
        std::atomic<int> keyViolations{0};
        std::atomic<int> finishedReports{0};
        std::atomic<int> severalKeysRan{0};
        auto keyName = [instruments](int k) {
            return k < instruments ? QStringLiteral("instrument-%1").arg(k)
                                   : QStringLiteral("bus-%1").arg(k - instruments);
        };

        std::atomic<bool> stop{false};
        std::thread capChanger([&] {
            std::mt19937 rng(7);
            std::uniform_int_distribution<int> capDist(1, maxCap);
            while (!stop.load()) {
                d.setCap(capDist(rng));
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            }
            d.setCap(maxCap);
        });

        std::mt19937 rng(42);
        std::uniform_int_distribution<int> keyDist(-1, instruments - 1); // -1: no key
        std::uniform_int_distribution<int> kindDist(0, 9);
        std::uniform_int_distribution<int> busDist(0, std::max(buses, 1) - 1);
        std::uniform_int_distribution<int> prioDist(0, 3);
        std::uniform_int_distribution<int> workDist(0, 9);
        for (int i = 0; i < jobs; ++i) {
            std::vector<int> keys;
            const int inst = keyDist(rng);
            const int kind = buses > 0 ? kindDist(rng) : 0;
            const int busOf = instruments + std::max(inst, 0) % std::max(buses, 1);
            if (inst < 0) { // no key
            } else if (kind <= 2) {
                keys = {inst};
            } else if (kind <= 6) {
                keys = {inst, busOf};
            } else if (kind == 7) { // a bus-wide job (interface clear)
                keys = {instruments + busDist(rng)};
            } else { // two instruments: the other one's bus first
                const int other = int(rng() % unsigned(instruments));
                keys = {instruments + other % buses, inst, other, busOf};
            }
            std::vector<int> distinct = keys;
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            const int work = workDist(rng) == 0 ? 2000 : 0; // one in ten spins a little
            JobSpec spec =
                JobSpec::sync([&, i, distinct, work](const CancellationToken &) -> QVariant {
                    const int now = ++running;
                    if (now > maxCap)
                        ++capViolations;
                    int p = peak.load();
                    while (now > p && !peak.compare_exchange_weak(p, now)) {
                    }
                    for (int k : distinct)
                        if (held[size_t(k)].fetch_add(1) != 0)
                            ++keyViolations;
                    if (distinct.size() > 1)
                        ++severalKeysRan;
                    volatile int sink = 0;
                    for (int w = 0; w < work; ++w)
                        sink = sink + w;
                    ++ranCount[size_t(i)];
                    for (int k : distinct)
                        held[size_t(k)].fetch_sub(1);
                    --running;
                    return {};
                });
            if (!keys.empty()) {
                spec.key = keyName(keys.front());
                for (size_t k = 1; k < keys.size(); ++k)
                    spec.alsoHolds.append(keyName(keys[k]));
            }
            spec.priority = prioDist(rng);
            spec.onFinished = [&](const JobResult &) { ++finishedReports; };
            d.submit(std::move(spec));
        }
        QVERIFY(d.waitForIdle(600000));
        stop = true;
        capChanger.join();

        QCOMPARE(capViolations.load(), 0);
        QCOMPARE(keyViolations.load(), 0);
        for (int i = 0; i < jobs; ++i)
            QCOMPARE(ranCount[size_t(i)].load(), 1);
        QCOMPARE(finishedReports.load(), jobs);
        if (buses > 0)
            QVERIFY(severalKeysRan.load() > jobs / 4);
        const DispatcherCounters c = d.counters();
        QCOMPARE(c.succeeded, qint64(jobs));
        QCOMPARE(c.queued, 0);
        QCOMPARE(c.running, 0);
        QVERIFY(c.peakRunning <= maxCap);
        QVERIFY(peak.load() <= maxCap);
        QVERIFY(d.busyKeys().isEmpty());
    }

    void loweredCapIsRespectedByEveryLaterStart()
    {
        // After the cap drops to 2 and running has fallen below it, no instant sees more than
        // two jobs running, however many were running before.
        Dispatcher d(16);
        std::atomic<int> running{0};
        std::atomic<bool> lowered{false};
        std::atomic<int> maxAfterDrain{0};
        std::atomic<bool> drained{false};
        for (int i = 0; i < 20000; ++i)
            d.submit(JobSpec::sync([&](const CancellationToken &) -> QVariant {
                const int now = ++running;
                if (drained.load()) {
                    int m = maxAfterDrain.load();
                    while (now > m && !maxAfterDrain.compare_exchange_weak(m, now)) {
                    }
                }
                std::this_thread::yield();
                --running;
                return {};
            }));
        d.setCap(2);
        lowered = true;
        // Once the dispatcher itself reports fewer than two running, every later start is
        // admitted under the new cap.
        QTRY_VERIFY_WITH_TIMEOUT(d.counters().running <= 2 || !d.isBusy(), 60000);
        drained = true;
        QVERIFY(d.waitForIdle(600000));
        QVERIFY2(maxAfterDrain.load() <= 2, qPrintable(QString::number(maxAfterDrain.load())));
    }
};

QTEST_GUILESS_MAIN(TestDispatcherStress)
#include "tst_dispatcherstress.moc"
