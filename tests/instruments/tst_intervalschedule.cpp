// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/intervalschedule.h"

#include <QHash>
#include <QTest>

using namespace ld;

namespace {

constexpr qint64 kMs = 1000000;

QStringList names(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(QStringLiteral("i%1").arg(i, 3, 10, QLatin1Char('0')));
    return out;
}

/** Runs the schedule as its timer would, waking exactly when asked; every due time per name. */
QHash<QString, QList<qint64>> drive(IntervalSchedule &schedule, qint64 untilNs)
{
    QHash<QString, QList<qint64>> due;
    qint64 now = 0;
    while (now <= untilNs && !schedule.isOver(now)) {
        for (const QString &name : schedule.takeDue(now))
            due[name].append(now);
        now = schedule.nextWakeNs();
    }
    return due;
}

} // namespace

/** When an interval run's instruments are due: snapshots under the cap, waves beyond it. */
class TestIntervalSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wavesFollowTheCap_data()
    {
        QTest::addColumn<int>("instruments");
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("waves");
        QTest::newRow("under the cap: one snapshot") << 10 << 64 << 50 << 1;
        QTest::newRow("exactly the cap") << 64 << 64 << 50 << 1;
        QTest::newRow("one over") << 65 << 64 << 50 << 2;
        QTest::newRow("256 at cap 64") << 256 << 64 << 50 << 4;
        QTest::newRow("cap 1") << 7 << 1 << 1000 << 7;
        QTest::newRow("no closer than 1 ms") << 256 << 64 << 2 << 2;
        QTest::newRow("no cap known") << 5 << 0 << 50 << 1;
        QTest::newRow("nothing") << 0 << 4 << 50 << 1;
    }

    void wavesFollowTheCap()
    {
        QFETCH(int, instruments);
        QFETCH(int, cap);
        QFETCH(int, intervalMs);
        QFETCH(int, waves);
        QCOMPARE(IntervalSchedule::wavesFor(instruments, cap, intervalMs), waves);
        const IntervalSchedule schedule(names(instruments), intervalMs, 0, cap);
        QCOMPARE(schedule.waves(), waves);
        // Every instrument once, dealt out in turn, in waves no bigger than the cap.
        const QStringList given = names(instruments);
        for (int w = 0; w < schedule.waves(); ++w) {
            QStringList expected;
            for (qsizetype i = w; i < given.size(); i += waves)
                expected.append(given.at(i));
            QCOMPARE(schedule.wave(w), expected);
            if (cap > 0 && waves == (instruments + cap - 1) / cap) // not squeezed by the interval
                QVERIFY(schedule.wave(w).size() <= cap);
        }
    }

    void wavesAreBalanced()
    {
        const IntervalSchedule schedule(names(65), 50, 0, 64);
        QCOMPARE(schedule.wave(0).size() + schedule.wave(1).size(), 65);
        QVERIFY(std::abs(schedule.wave(0).size() - schedule.wave(1).size()) <= 1);
        // Neighbouring rows, as a user picks them to plot, are spread over the waves.
        const IntervalSchedule bench(names(256), 50, 0, 64);
        for (int w = 0; w < 4; ++w)
            QVERIFY(bench.wave(w).contains(names(4).at(w)));
    }

    void underTheCapEveryTickIsASnapshot()
    {
        IntervalSchedule schedule(names(3), 100, 0, 8);
        QCOMPARE(schedule.takeDue(0), names(3));
        QCOMPARE(schedule.nextWakeNs(), 100 * kMs);
        QVERIFY(schedule.takeDue(99 * kMs).isEmpty());
        QCOMPARE(schedule.takeDue(100 * kMs), names(3));
    }

    void wavesAreSpacedEvenlyAcrossTheInterval()
    {
        IntervalSchedule schedule(names(256), 50, 0, 64);
        QCOMPARE(schedule.takeDue(0), schedule.wave(0));
        QCOMPARE(schedule.nextWakeNs(), 12500000); // 50 ms / 4, to the nanosecond
        QVERIFY(schedule.takeDue(12499999).isEmpty());
        QCOMPARE(schedule.takeDue(12500000), schedule.wave(1));
        QCOMPARE(schedule.nextWakeNs(), 25 * kMs);
        QCOMPARE(schedule.msUntilNext(12500000), 13); // rounded up: never early
        QCOMPARE(schedule.msUntilNext(25 * kMs), 0);
    }

    void everyInstrumentKeepsItsExactPeriod()
    {
        IntervalSchedule schedule(names(256), 50, 0, 64);
        const QHash<QString, QList<qint64>> due = drive(schedule, 1000 * kMs);
        QCOMPARE(due.size(), 256);
        for (auto it = due.cbegin(); it != due.cend(); ++it) {
            const QList<qint64> &t = it.value();
            QVERIFY2(t.size() >= 20 && t.size() <= 21, qPrintable(it.key()));
            for (qsizetype k = 1; k < t.size(); ++k)
                QCOMPARE(t.at(k) - t.at(k - 1), 50 * kMs);
        }
    }

    void aLateWakeUpCatchesUpEveryWave()
    {
        IntervalSchedule schedule(names(8), 40, 0, 2); // 4 waves, 10 ms apart
        QCOMPARE(schedule.takeDue(0).size(), 2);
        // Woken 45 ms late: waves at 10, 20, 30 and 40 ms are all due, in order.
        const QStringList due = schedule.takeDue(45 * kMs);
        QCOMPARE(due, schedule.wave(1) + schedule.wave(2) + schedule.wave(3) + schedule.wave(0));
        QCOMPARE(schedule.nextWakeNs(), 50 * kMs);
    }

    void theDurationEndsTheRun()
    {
        // 300 ms interval for 1 s, two waves: due at 0, 150, 300, ... 900; none at 1050.
        IntervalSchedule schedule(names(4), 300, 1000, 2);
        const QHash<QString, QList<qint64>> due = drive(schedule, 5000 * kMs);
        for (const QString &name : schedule.wave(0))
            QCOMPARE(due.value(name), (QList<qint64>{0, 300 * kMs, 600 * kMs, 900 * kMs}));
        for (const QString &name : schedule.wave(1))
            QCOMPARE(due.value(name), (QList<qint64>{150 * kMs, 450 * kMs, 750 * kMs}));
        QCOMPARE(schedule.nextWakeNs(), 1000 * kMs); // then woken to end it
        QVERIFY(!schedule.isOver(999 * kMs));
        QVERIFY(schedule.isOver(1000 * kMs));
    }

    void aWakeUpAfterTheEndStillGetsWhatWasDueBeforeIt()
    {
        IntervalSchedule schedule(names(4), 100, 250, 2); // waves at 0, 50, 100, 150, 200
        QCOMPARE(schedule.takeDue(0), schedule.wave(0));
        const QStringList late = schedule.takeDue(1000 * kMs);
        QCOMPARE(late, schedule.wave(1) + schedule.wave(0) + schedule.wave(1) + schedule.wave(0));
        QVERIFY(schedule.isOver(1000 * kMs));
        QVERIFY(schedule.takeDue(2000 * kMs).isEmpty());
    }

    void withoutADurationItNeverEnds()
    {
        IntervalSchedule schedule(names(2), 10, 0, 4);
        QVERIFY(!schedule.isOver(qint64(1) << 50));
    }

    void stoppedInstrumentsLeaveTheirWaves()
    {
        IntervalSchedule schedule(names(4), 100, 0, 2);
        const QStringList first = schedule.wave(0);
        schedule.remove({first.at(0)});
        QCOMPARE(schedule.takeDue(0), first.mid(1));
        QCOMPARE(schedule.nextWakeNs(), 50 * kMs); // the times stay
        schedule.remove(names(4));
        QVERIFY(schedule.takeDue(1000 * kMs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIntervalSchedule)
#include "tst_intervalschedule.moc"
