// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler/dispatcher.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <random>
#include <thread>
#include <vector>

using namespace ld;

/**
 * The dispatcher's invariants under load: at most `cap` jobs run, at most one per key, every
 * job ends exactly once, while the cap changes from another thread. Runs under TSan in CI.
 */
class TestDispatcherStress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capAndKeysHoldUnderRandomLoadWhileTheCapChanges_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::addColumn<int>("keys");
        QTest::addColumn<int>("maxCap");
        QTest::newRow("100k jobs, 64 keys, cap up to 32") << 100000 << 64 << 32;
        QTest::newRow("100k jobs, 4 keys and unkeyed, cap up to 8") << 100000 << 4 << 8;
    }
    void capAndKeysHoldUnderRandomLoadWhileTheCapChanges()
    {
        QFETCH(int, jobs);
        QFETCH(int, keys);
        QFETCH(int, maxCap);

        Dispatcher d(maxCap);
        // Each worker checks the cap against the largest cap set so far; the changer only ever
        // sets caps at or below maxCap, so "running <= maxCap" must hold at every instant.
        std::atomic<int> running{0};
        std::atomic<int> peak{0};
        std::atomic<int> capViolations{0};
        std::atomic<int> keyViolations{0};
        auto perKey = std::make_unique<std::atomic<int>[]>(size_t(keys));
        auto ranCount = std::make_unique<std::atomic<int>[]>(size_t(jobs));
        std::atomic<int> finishedReports{0};

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
        std::uniform_int_distribution<int> keyDist(-1, keys - 1); // -1: no key
        std::uniform_int_distribution<int> prioDist(0, 3);
        std::uniform_int_distribution<int> workDist(0, 9);
        for (int i = 0; i < jobs; ++i) {
            const int key = keyDist(rng);
            const int work = workDist(rng) == 0 ? 2000 : 0; // one in ten spins a little
            JobSpec spec = JobSpec::sync([&, i, key, work](const CancellationToken &) -> QVariant {
                const int now = ++running;
                if (now > maxCap)
                    ++capViolations;
                int p = peak.load();
                while (now > p && !peak.compare_exchange_weak(p, now)) {
                }
                if (key >= 0 && ++perKey[size_t(key)] != 1)
                    ++keyViolations;
                volatile int sink = 0;
                for (int w = 0; w < work; ++w)
                    sink = sink + w;
                ++ranCount[size_t(i)];
                if (key >= 0)
                    --perKey[size_t(key)];
                --running;
                return {};
            });
            if (key >= 0)
                spec.key = QStringLiteral("instrument-%1").arg(key);
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
        const DispatcherCounters c = d.counters();
        QCOMPARE(c.succeeded, qint64(jobs));
        QCOMPARE(c.queued, 0);
        QCOMPARE(c.running, 0);
        QVERIFY(c.peakRunning <= maxCap);
        QVERIFY(peak.load() <= maxCap);
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
