// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/replyclock.h"

#include <QTest>

#include <vector>

using namespace ld;

/** The simulator's reply clock: never early, in order, and nothing for a link that is gone. */
class TestReplyClock : public QObject
{
    Q_OBJECT

private:
    /** Generous: only a broken clock waits this long. Not a verdict on speed. */
    static constexpr int kSafetyMs = 10000;

private Q_SLOTS:
    void neverCallsBeforeTheDueTime()
    {
        ReplyClock clock;
        QObject guard;
        struct Shot
        {
            qint64 due = 0;
            qint64 ran = 0;
        };
        // Sub-millisecond offsets, given out of order: whole-millisecond timers cannot do these.
        const std::vector<qint64> offsetsUs = {2300, 150, 900, 1700, 40, 3100, 650, 1200};
        std::vector<Shot> shots(offsetsUs.size());
        const qint64 start = ReplyClock::nowNs();
        for (std::size_t i = 0; i < offsetsUs.size(); ++i) {
            shots[i].due = start + offsetsUs[i] * 1000;
            clock.at(shots[i].due, &guard, [&shots, i] { shots[i].ran = ReplyClock::nowNs(); });
        }
        QCOMPARE(clock.pending(), offsetsUs.size());
        QTRY_COMPARE_WITH_TIMEOUT(clock.pending(), std::size_t(0), kSafetyMs);
        for (const Shot &s : shots) {
            QVERIFY(s.ran != 0);
            QVERIFY2(s.ran >= s.due, "a callback ran before its due time");
        }
    }

    void equalTimesRunInTheOrderGiven()
    {
        ReplyClock clock;
        QObject guard;
        QList<int> order;
        const qint64 due = ReplyClock::nowNs() + 500 * 1000;
        for (int i = 0; i < 5; ++i)
            clock.at(due, &guard, [&order, i] { order.append(i); });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, kSafetyMs);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
    }

    void pastDueRunsFromTheEventLoopNotInline()
    {
        ReplyClock clock;
        QObject guard;
        bool ran = false;
        clock.at(ReplyClock::nowNs() - 1000000, &guard, [&ran] { ran = true; });
        QVERIFY(!ran); // A caller in the middle of its own work is never re-entered.
        QTRY_VERIFY_WITH_TIMEOUT(ran, kSafetyMs);
    }

    void nothingRunsForAGuardThatIsGone()
    {
        ReplyClock clock;
        QObject keeper;
        auto gone = std::make_unique<QObject>();
        bool goneRan = false;
        bool laterRan = false;
        const qint64 now = ReplyClock::nowNs();
        clock.at(now + 200 * 1000, gone.get(), [&goneRan] { goneRan = true; });
        clock.at(now + 400 * 1000, &keeper, [&laterRan] { laterRan = true; });
        gone.reset();
        QTRY_VERIFY_WITH_TIMEOUT(laterRan, kSafetyMs);
        QVERIFY(!goneRan);
        QCOMPARE(clock.pending(), std::size_t(0));
    }

    void aCallbackMayScheduleAnEarlierOne()
    {
        // The first callback asks for a time long before the one the timer is armed for, and
        // must not wait for it: "late" is a second away, so a missed wake-up would run both
        // together.
        ReplyClock clock;
        QObject guard;
        QList<QByteArray> order;
        const qint64 now = ReplyClock::nowNs();
        clock.at(now + 1000 * 1000000, &guard, [&order] { order.append("late"); });
        clock.at(now + 100 * 1000, &guard, [&] {
            order.append("first");
            clock.at(ReplyClock::nowNs() + 300 * 1000, &guard,
                     [&order] { order.append("chained"); });
        });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, kSafetyMs);
        QCOMPARE(order, (QList<QByteArray>{"first", "chained"}));
        QCOMPARE(clock.pending(), std::size_t(1)); // "late" still waits its second.
    }
};

QTEST_GUILESS_MAIN(TestReplyClock)
#include "tst_replyclock.moc"
