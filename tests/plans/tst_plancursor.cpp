// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor.h"
#include "plans/runrequest.h"

#include <QTest>

using namespace ld;

namespace {
constexpr qint64 kMs = 1'000'000;

PlanStep operation(const QStringList &names, const QString &path)
{
    PlanStep s;
    s.type = PlanStep::Type::Measure;
    s.instruments.names = names;
    s.operation = QStringLiteral("measure");
    s.path = path;
    return s;
}

PlanCursor::Environment environment(int cap = 4)
{
    PlanCursor::Environment env;
    env.resolve = [](const InstrumentSelector &s) { return s.names; };
    env.cap = cap;
    return env;
}

/** Every action next() hands out now. */
QList<PlanAction> drain(PlanCursor &c, qint64 now = 0)
{
    QList<PlanAction> out;
    while (auto a = c.next(now))
        out.append(*a);
    return out;
}
} // namespace

/** The plan interpreter on its own: no instruments, no threads, time passed in. */
class TestPlanCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSequenceStartsEachStepWhenThePreviousOneIsDone()
    {
        Plan plan;
        plan.steps = {
            operation({QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("steps[0]")),
            operation({QStringLiteral("c")}, QStringLiteral("steps[1]"))};
        PlanCursor cursor(plan, environment());
        const QList<PlanAction> first = drain(cursor);
        QCOMPARE(first.size(), 2); // both instruments of the step at once
        QCOMPARE(first.at(0).step->path, QStringLiteral("steps[0]"));
        cursor.finished(first.at(0).id, {}, 0);
        QVERIFY(drain(cursor).isEmpty()); // the step is done only when all are
        cursor.finished(first.at(1).id, {}, 0);
        const QList<PlanAction> second = drain(cursor);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).instrument, QStringLiteral("c"));
        QVERIFY(!cursor.isOver());
        cursor.finished(second.at(0).id, {}, 0);
        QVERIFY(drain(cursor).isEmpty());
        QVERIFY(cursor.isOver());
    }

    void aSimpleRepeatRunsEachInstrumentAtMostTwoAheadAndEndsAfterTheCount()
    {
        RunRequest r;
        r.instruments = {QStringLiteral("a"), QStringLiteral("b")};
        r.operation = QStringLiteral("measure");
        r.repeat = 1'000'000;
        PlanCursor cursor(r.toPlan(), environment());
        QList<PlanAction> out = drain(cursor);
        // However long the repeat, only two iterations per instrument are out at once.
        QCOMPARE(out.size(), 4);
        qint64 handed = out.size();
        for (int round = 0; round < 100; ++round) {
            cursor.finished(out.takeFirst().id, {}, 0);
            const QList<PlanAction> more = drain(cursor);
            QCOMPARE(more.size(), 1);
            out += more;
            handed += more.size();
        }
        QCOMPARE(cursor.inFlight(), 4);
        cursor.stop();
        QVERIFY(drain(cursor).isEmpty());
        QVERIFY(!cursor.isOver()); // what is out still counts
        for (const PlanAction &a : std::as_const(out))
            cursor.finished(a.id, {}, 0);
        QVERIFY(cursor.isOver());
        QCOMPARE(handed, qint64(104));
    }

    void aCountedRepeatEndsAfterItsCount()
    {
        RunRequest r;
        r.instruments = {QStringLiteral("a")};
        r.operation = QStringLiteral("measure");
        r.repeat = 3;
        PlanCursor cursor(r.toPlan(), environment());
        int total = 0;
        for (QList<PlanAction> out = drain(cursor); !out.isEmpty(); out = drain(cursor))
            for (const PlanAction &a : out) {
                ++total;
                cursor.finished(a.id, {}, 0);
            }
        QCOMPARE(total, 3);
        QVERIFY(cursor.isOver());
    }

    void anIntervalRepeatFiresInWavesAndSkipsABusyInstrumentWithOneNote()
    {
        RunRequest r;
        r.instruments = {QStringLiteral("a"), QStringLiteral("b")};
        r.operation = QStringLiteral("measure");
        r.intervalMs = 100;
        r.durationMs = 250;
        PlanCursor cursor(r.toPlan(), environment(1)); // cap 1: one wave each, 50 ms apart
        QList<PlanAction> at0 = drain(cursor, 0);
        QCOMPARE(at0.size(), 1);
        QCOMPARE(at0.at(0).instrument, QStringLiteral("a"));
        QCOMPARE(cursor.nextWakeNs(), 50 * kMs);
        const QList<PlanAction> at50 = drain(cursor, 50 * kMs);
        QCOMPARE(at50.size(), 1);
        QCOMPARE(at50.at(0).instrument, QStringLiteral("b"));
        cursor.finished(at50.at(0).id, {}, 60 * kMs);
        // At 100 ms "a" is due again but still busy: skipped, said once.
        QVERIFY(drain(cursor, 100 * kMs).isEmpty());
        QList<PlanCursor::Note> notes = cursor.takeNotes();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).instrument, QStringLiteral("a"));
        QVERIFY(notes.at(0).text.contains(QStringLiteral("skipping")));
        cursor.finished(at0.at(0).id, {}, 120 * kMs);
        const QList<PlanAction> at150 = drain(cursor, 150 * kMs);
        QCOMPARE(at150.size(), 1);
        QCOMPARE(at150.at(0).instrument, QStringLiteral("b"));
        cursor.finished(at150.at(0).id, {}, 160 * kMs);
        // A late wake-up after the end still starts what was due before it (a at 200 ms).
        const QList<PlanAction> late = drain(cursor, 400 * kMs);
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.at(0).instrument, QStringLiteral("a"));
        QVERIFY(cursor.takeNotes().isEmpty());
        QVERIFY(!cursor.isOver());
        cursor.finished(late.at(0).id, {}, 410 * kMs);
        QVERIFY(cursor.isOver());
        QCOMPARE(cursor.nextWakeNs(), qint64(-1));
    }

    void removedInstrumentsGetNoMoreActionsAndTheOthersGoOn()
    {
        RunRequest r;
        r.instruments = {QStringLiteral("a"), QStringLiteral("b")};
        r.operation = QStringLiteral("measure");
        r.repeat = 10;
        PlanCursor cursor(r.toPlan(), environment());
        QList<PlanAction> out = drain(cursor);
        cursor.remove({QStringLiteral("a")});
        int b = 0;
        while (!out.isEmpty()) {
            const PlanAction a = out.takeFirst();
            QVERIFY(a.instrument == QStringLiteral("b") || a.id <= 4);
            b += a.instrument == QStringLiteral("b");
            cursor.finished(a.id, {}, 0);
            out += drain(cursor);
        }
        QCOMPARE(b, 10);
        QVERIFY(cursor.isOver());
    }

    void parametersTakeTheValueOfABoundVariableOnlyWhereOneIsBound()
    {
        Plan plan;
        PlanStep s = operation({QStringLiteral("a")}, QStringLiteral("steps[0]"));
        s.parameters.insert(QStringLiteral("value"), QStringLiteral("${v}"));
        plan.steps = {s};
        PlanCursor cursor(plan, environment());
        const QList<PlanAction> out = drain(cursor);
        QCOMPARE(out.size(), 1);
        QVERIFY(out.at(0).variables.isEmpty());
        QCOMPARE(out.at(0).parameters.value(QStringLiteral("value")).toString(),
                 QStringLiteral("${v}")); // unbound: left for validation to name
    }

    void stepTypesNotWrittenYetAreNamedByPath()
    {
        Plan plan;
        PlanStep sweep;
        sweep.type = PlanStep::Type::Sweep;
        sweep.path = QStringLiteral("steps[1]");
        plan.steps = {operation({QStringLiteral("a")}, QStringLiteral("steps[0]")), sweep};
        QCOMPARE(PlanCursor::unsupportedStep(plan), QStringLiteral("steps[1]"));
        plan.steps.removeLast();
        QCOMPARE(PlanCursor::unsupportedStep(plan), QString());
    }
};

QTEST_GUILESS_MAIN(TestPlanCursor)
#include "tst_plancursor.moc"
