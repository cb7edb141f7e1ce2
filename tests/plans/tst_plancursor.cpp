// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor.h"
#include "plans/runrequest.h"

#include <QTest>

#include <algorithm>
#include <memory>

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

/** `ahead`: every action may have the next ones handed out behind it. */
PlanCursor::Environment environment(int cap = 4, bool ahead = false)
{
    PlanCursor::Environment env;
    env.resolve = [](const InstrumentSelector &s) { return s.names; };
    env.cap = cap;
    if (ahead)
        env.mayRunAhead = [](const PlanStep &, const QString &) { return true; };
    // Every set reads back through "query_level", which takes the channel.
    env.readback = [](const QString &, const QString &) {
        DriverProfile::Operation op;
        op.id = QStringLiteral("query_level");
        op.command = QStringLiteral("LEV{channel}?");
        DriverProfile::Parameter channel;
        channel.name = QStringLiteral("channel");
        channel.type = DriverProfile::ParameterType::Int;
        op.parameters = {channel};
        op.reply = DriverProfile::ReplyType::Number;
        return std::optional<DriverProfile::Operation>(op);
    };
    return env;
}

PlanStep sweep(const QString &variable, const QList<PlanStep> &body, const QString &path)
{
    PlanStep s;
    s.type = PlanStep::Type::Sweep;
    s.variable = variable;
    s.body = body;
    s.path = path;
    return s;
}

/** `value` on channel 2 of "psu". */
PlanStep set(double value, const QString &path)
{
    PlanStep s = operation({QStringLiteral("psu")}, path);
    s.type = PlanStep::Type::Set;
    s.operation = QStringLiteral("set_level");
    s.parameters = {{QStringLiteral("channel"), 2}, {QStringLiteral("value"), value}};
    return s;
}

/** A sweep of `v` over `values`: the supply's level set to ${v}, then measured. */
Plan supplySweep(const QList<double> &values)
{
    PlanStep s = sweep(QStringLiteral("v"),
                       {set(0, QStringLiteral("steps[0].body[0]")),
                        operation({QStringLiteral("psu")}, QStringLiteral("steps[0].body[1]"))},
                       QStringLiteral("steps[0]"));
    s.body[0].parameters.insert(QStringLiteral("value"), QStringLiteral("${v}"));
    s.values = values;
    s.sweepKind = PlanStep::SweepKind::List;
    Plan plan;
    plan.steps = {s};
    return plan;
}

/** "measure" on "a" every 100 ms until stable for 300 ms within `tolerance`. */
PlanStep stableWait(double tolerance, qint64 timeoutMs)
{
    PlanStep s = operation({QStringLiteral("a")}, QStringLiteral("steps[0]"));
    s.type = PlanStep::Type::Wait;
    s.waitKind = PlanStep::WaitKind::Stable;
    s.pollMs = 100;
    s.stableForMs = 300;
    s.tolerance = tolerance;
    s.timeoutMs = timeoutMs;
    return s;
}

Reading reading(double value)
{
    Reading::Fields f;
    f.value = value;
    return Reading(f);
}

/** Every action next() hands out now. */
QList<PlanAction> drain(PlanCursor &c, qint64 now = 0)
{
    QList<PlanAction> out;
    while (auto a = c.next(now))
        out.append(*a);
    return out;
}

/** `body` as a step of `type` (a repeat `count` times, a parallel group, ...). */
PlanStep group(PlanStep::Type type, const QList<PlanStep> &body, const QString &path)
{
    PlanStep s;
    s.type = type;
    s.body = body;
    s.path = path;
    return s;
}

/** A step of `type` ("measure" unless a set) on every instrument of `kind`. */
PlanStep ofKind(PlanStep::Type type, const QString &kind, const QString &path)
{
    PlanStep s = operation({}, path);
    s.type = type;
    s.instruments.kind = kind;
    if (type == PlanStep::Type::Set)
        s.operation = QStringLiteral("set_level");
    return s;
}

/**
 * Runs `plan` to its end, every action succeeding at once with the reading 1, time moving on
 * to each wake-up; once it has started, `late` joins the kinds `lateKinds` (an instrument
 * added, switched on or coming online). What it handed out: "instrument path parameters".
 */
QStringList runWithLateInstrument(const Plan &plan, const QString &late,
                                  const QStringList &lateKinds)
{
    auto kinds = std::make_shared<QHash<QString, QStringList>>();
    kinds->insert(QStringLiteral("psu"), {QStringLiteral("psu 1"), QStringLiteral("psu 2")});
    kinds->insert(QStringLiteral("dmm"), {QStringLiteral("dmm 1")});
    PlanCursor::Environment env = environment(4, true);
    env.resolve = [kinds](const InstrumentSelector &s) {
        return s.names.isEmpty() ? kinds->value(s.kind) : s.names;
    };
    PlanCursor cursor(plan, env);
    QStringList handed;
    qint64 now = 0;
    for (int round = 0; round < 10'000 && !cursor.isOver(); ++round) {
        const QList<PlanAction> out = drain(cursor, now);
        for (const QString &kind : lateKinds)
            if (!late.isEmpty() && !(*kinds)[kind].contains(late))
                (*kinds)[kind].append(late);
        for (const PlanAction &a : out) {
            QStringList parameters;
            for (auto p = a.parameters.cbegin(); p != a.parameters.cend(); ++p)
                parameters.append(p.key() + QLatin1Char('=') + p->toString());
            handed.append(a.instrument + QLatin1Char(' ') + a.step->path + QLatin1Char(' ') +
                          parameters.join(QLatin1Char(',')));
            cursor.finished(a.id, reading(1), now);
        }
        if (out.isEmpty())
            now = std::max(now + kMs, cursor.nextWakeNs());
    }
    if (!cursor.isOver())
        handed.append(QStringLiteral("(not over)"));
    return handed;
}
} // namespace

/** The plan interpreter on its own: no instruments, no threads, time passed in. */
class TestPlanCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKindChoosesTheInstrumentsOfTheRunsStartForEveryStepAndIteration_data()
    {
        using Type = PlanStep::Type;
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<QStringList>("lateKinds");
        const QString s0 = QStringLiteral("steps[0]");
        const QString s1 = QStringLiteral("steps[1]");
        PlanStep wait = group(Type::Wait, {}, s0);
        wait.waitKind = PlanStep::WaitKind::Duration;
        wait.durationMs = 50;
        const auto plan = [](const QList<PlanStep> &steps) {
            Plan p;
            p.steps = steps;
            return p;
        };
        const auto repeat = [](const QList<PlanStep> &body, const QString &path) {
            PlanStep s = group(Type::Repeat, body, path);
            s.count = 6; // more than the lookahead hands out at the start
            return s;
        };
        const QStringList psu{QStringLiteral("psu")};

        QTest::newRow("a repeat's later iterations")
            << plan({repeat({ofKind(Type::Measure, psu[0], s0 + QStringLiteral(".body[0]"))}, s0)})
            << psu;
        PlanStep points = sweep(QStringLiteral("v"),
                                {ofKind(Type::Set, psu[0], s0 + QStringLiteral(".body[0]")),
                                 ofKind(Type::Measure, psu[0], s0 + QStringLiteral(".body[1]"))},
                                s0);
        points.body[0].parameters = {{QStringLiteral("value"), QStringLiteral("${v}")}};
        points.values = {1, 2, 3};
        points.sweepKind = PlanStep::SweepKind::List;
        QTest::newRow("a sweep's later points") << plan({points}) << psu;
        const PlanStep parallel =
            group(Type::Parallel,
                  {repeat({ofKind(Type::Measure, psu[0], s0 + QStringLiteral(".body[0].body[0]"))},
                          s0 + QStringLiteral(".body[0]")),
                   repeat({ofKind(Type::Measure, QStringLiteral("dmm"),
                                  s0 + QStringLiteral(".body[1].body[0]"))},
                          s0 + QStringLiteral(".body[1]"))},
                  s0);
        QTest::newRow("a parallel group's children, each by its kind") << plan({parallel}) << psu;
        QTest::newRow("a parallel group's children, both kinds choosing the late one")
            << plan({parallel}) << QStringList{psu[0], QStringLiteral("dmm")};
        QTest::newRow("a step after a wait")
            << plan({wait, ofKind(Type::Measure, psu[0], s1)}) << psu;
        PlanStep interval = group(
            Type::Repeat, {ofKind(Type::Measure, psu[0], s1 + QStringLiteral(".body[0]"))}, s1);
        interval.intervalMs = 100;
        interval.durationMs = 250;
        QTest::newRow("an interval repeat after a wait") << plan({wait, interval}) << psu;
        PlanStep stable = ofKind(Type::Wait, psu[0], s1);
        stable.waitKind = PlanStep::WaitKind::Stable;
        stable.pollMs = 100;
        stable.stableForMs = 300;
        stable.tolerance = 1;
        stable.timeoutMs = 10'000;
        QTest::newRow("a stable wait after a wait") << plan({wait, stable}) << psu;
        PlanStep opc = ofKind(Type::Wait, psu[0], s1);
        opc.waitKind = PlanStep::WaitKind::Opc;
        opc.timeoutMs = 10'000;
        QTest::newRow("an *OPC? wait after a wait") << plan({wait, opc}) << psu;
        PlanStep ramp = ofKind(Type::Set, psu[0], s1);
        ramp.parameters = {{QStringLiteral("channel"), 2}, {QStringLiteral("value"), 3}};
        ramp.ramp = PlanRamp{QStringLiteral("value"), 1.0, std::nullopt};
        QTest::newRow("a ramp after a wait") << plan({wait, ramp}) << psu;
    }

    void aKindChoosesTheInstrumentsOfTheRunsStartForEveryStepAndIteration()
    {
        // An instrument of the kind that appears once the run has started (added, switched
        // on, its node online) is not in the run: the run does exactly what it would without
        // it, and a parallel group's children keep the instrument sets it started with.
        QFETCH(Plan, plan);
        QFETCH(QStringList, lateKinds);
        const QString late = QStringLiteral("late");
        const QStringList without = runWithLateInstrument(plan, {}, {});
        QVERIFY(!without.isEmpty());
        QVERIFY(!without.contains(QStringLiteral("(not over)")));
        const QStringList with = runWithLateInstrument(plan, late, lateKinds);
        for (const QString &action : with)
            QVERIFY2(!action.startsWith(late + QLatin1Char(' ')), qPrintable(action));
        QCOMPARE(with, without);
    }

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

    void aSimpleRepeatRunsEachInstrumentAtMostKAheadAndEndsAfterTheCount()
    {
        RunRequest r;
        r.instruments = {QStringLiteral("a"), QStringLiteral("b")};
        r.operation = QStringLiteral("measure");
        r.repeat = 1'000'000;
        PlanCursor cursor(r.toPlan(), environment(4, true));
        QList<PlanAction> out = drain(cursor);
        // However long the repeat, only 1 + kAhead iterations per instrument are out at once.
        constexpr int kOut = 1 + PlanCursor::kAhead;
        QCOMPARE(out.size(), 2 * kOut);
        qint64 handed = out.size();
        for (int round = 0; round < 100; ++round) {
            cursor.finished(out.takeFirst().id, {}, 0);
            const QList<PlanAction> more = drain(cursor);
            QCOMPARE(more.size(), 1);
            out += more;
            handed += more.size();
        }
        QCOMPARE(cursor.inFlight(), 2 * kOut);
        cursor.stop();
        QVERIFY(drain(cursor).isEmpty());
        QVERIFY(!cursor.isOver()); // what is out still counts
        for (const PlanAction &a : std::as_const(out))
            cursor.finished(a.id, {}, 0);
        QVERIFY(cursor.isOver());
        QCOMPARE(handed, qint64(100 + 2 * kOut));
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

    void aSweepBindsItsVariableAtEveryValueBothEndsIncluded_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("stop");
        QTest::addColumn<int>("points");
        QTest::addColumn<QList<double>>("listed");
        QTest::addColumn<QList<double>>("expected");
        const int linear = int(PlanStep::SweepKind::Linear);
        const int log = int(PlanStep::SweepKind::Log);
        const int list = int(PlanStep::SweepKind::List);
        QTest::newRow("linear 0 to 5 V in 11 points")
            << linear << 0.0 << 5.0 << 11 << QList<double>{}
            << QList<double>{0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5};
        QTest::newRow("linear downwards")
            << linear << 1.0 << -1.0 << 3 << QList<double>{} << QList<double>{1, 0, -1};
        QTest::newRow("log 1 to 1000 in 4 points: decades")
            << log << 1.0 << 1000.0 << 4 << QList<double>{} << QList<double>{1, 10, 100, 1000};
        QTest::newRow("log 0.1 to 0.4 in 3 points: geometric")
            << log << 0.1 << 0.4 << 3 << QList<double>{} << QList<double>{0.1, 0.2, 0.4};
        QTest::newRow("listed values in their order")
            << list << 0.0 << 0.0 << 0 << QList<double>{3, -1, 2.5} << QList<double>{3, -1, 2.5};
    }

    void aSweepBindsItsVariableAtEveryValueBothEndsIncluded()
    {
        QFETCH(int, kind);
        QFETCH(double, start);
        QFETCH(double, stop);
        QFETCH(int, points);
        QFETCH(QList<double>, listed);
        QFETCH(QList<double>, expected);
        PlanStep body = operation({QStringLiteral("a")}, QStringLiteral("steps[0].body[0]"));
        body.parameters.insert(QStringLiteral("value"), QStringLiteral("${v}"));
        PlanStep s = sweep(QStringLiteral("v"), {body}, QStringLiteral("steps[0]"));
        s.sweepKind = PlanStep::SweepKind(kind);
        s.start = start;
        s.stop = stop;
        s.points = points;
        s.values = listed;
        Plan plan;
        plan.steps = {s};
        PlanCursor cursor(plan, environment());
        QList<double> seen;
        for (QList<PlanAction> out = drain(cursor); !out.isEmpty(); out = drain(cursor)) {
            QCOMPARE(out.size(), 1); // one point after another
            const PlanAction &a = out.constFirst();
            QCOMPARE(a.variables.size(), 1);
            QCOMPARE(a.variables.at(0).first, QStringLiteral("v"));
            QCOMPARE(a.parameters.value(QStringLiteral("value")).toDouble(),
                     a.variables.at(0).second);
            seen.append(a.variables.at(0).second);
            cursor.finished(a.id, {}, 0);
        }
        QVERIFY(cursor.isOver());
        QCOMPARE(seen.size(), expected.size());
        for (qsizetype i = 0; i < seen.size(); ++i)
            QVERIFY2(qAbs(seen.at(i) - expected.at(i)) <= 1e-12 * qMax(1.0, qAbs(expected.at(i))),
                     qPrintable(QStringLiteral("%1: %2").arg(i).arg(seen.at(i))));
        // Both ends exactly, not within rounding.
        QCOMPARE(seen.constFirst(), expected.constFirst());
        QCOMPARE(seen.constLast(), expected.constLast());
    }

    void aSweepWithNoValuesDoesNothingAndThePlanGoesOn_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("stop");
        QTest::addColumn<int>("points");
        QTest::addColumn<bool>("withRamp");
        const int linear = int(PlanStep::SweepKind::Linear);
        const int log = int(PlanStep::SweepKind::Log);
        const int list = int(PlanStep::SweepKind::List);
        QTest::newRow("an empty list") << list << 0.0 << 0.0 << 0 << false;
        QTest::newRow("an empty list around a ramped set") << list << 0.0 << 0.0 << 0 << true;
        QTest::newRow("linear of 0 points") << linear << 0.0 << 5.0 << 0 << false;
        QTest::newRow("linear of 0 points around a ramped set")
            << linear << 0.0 << 5.0 << 0 << true;
        QTest::newRow("linear of -3 points") << linear << 0.0 << 5.0 << -3 << false;
        QTest::newRow("linear of 1 point") << linear << 0.0 << 5.0 << 1 << false;
        QTest::newRow("log through 0") << log << 0.0 << 10.0 << 5 << false;
        QTest::newRow("log of 0 points around a ramped set") << log << 1.0 << 10.0 << 0 << true;
    }

    void aSweepWithNoValuesDoesNothingAndThePlanGoesOn()
    {
        // The validator refuses these; the cursor must still not index a value it lacks.
        QFETCH(int, kind);
        QFETCH(double, start);
        QFETCH(double, stop);
        QFETCH(int, points);
        QFETCH(bool, withRamp);
        PlanStep body = set(0, QStringLiteral("steps[0].sweep.body[0]"));
        body.parameters.insert(QStringLiteral("value"), QStringLiteral("${v}"));
        if (withRamp) {
            body.ramp = PlanRamp();
            body.ramp->maxStep = 0.5;
        }
        PlanStep s = sweep(QStringLiteral("v"), {body}, QStringLiteral("steps[0]"));
        s.sweepKind = PlanStep::SweepKind(kind);
        s.start = start;
        s.stop = stop;
        s.points = points;
        Plan plan;
        plan.steps = {s, operation({QStringLiteral("a")}, QStringLiteral("steps[1]"))};
        PlanCursor cursor(plan, environment());
        const QList<PlanAction> out = drain(cursor);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.constFirst().step->path, QStringLiteral("steps[1]"));
        QVERIFY(out.constFirst().variables.isEmpty());
        cursor.finished(out.constFirst().id, {}, 0);
        QVERIFY(drain(cursor).isEmpty());
        QVERIFY(cursor.isOver());
    }

    void nestedSweepsRunTheInnerOneFastestAndLeavesSeeBothVariables()
    {
        PlanStep set = operation({QStringLiteral("psu")}, QStringLiteral("steps[0].body[0]"));
        set.type = PlanStep::Type::Set;
        set.parameters.insert(QStringLiteral("value"), QStringLiteral("${v}"));
        PlanStep measure =
            operation({QStringLiteral("dmm")}, QStringLiteral("steps[0].body[1].body[0]"));
        measure.parameters.insert(QStringLiteral("range"), QStringLiteral("${r}"));
        PlanStep inner = sweep(QStringLiteral("r"), {measure}, QStringLiteral("steps[0].body[1]"));
        inner.sweepKind = PlanStep::SweepKind::List;
        inner.values = {10, 100};
        PlanStep outer = sweep(QStringLiteral("v"), {set, inner}, QStringLiteral("steps[0]"));
        outer.start = 1;
        outer.stop = 2;
        outer.points = 2;
        Plan plan;
        plan.steps = {outer};
        PlanCursor cursor(plan, environment());
        QStringList seen;
        for (QList<PlanAction> out = drain(cursor); !out.isEmpty(); out = drain(cursor)) {
            QCOMPARE(out.size(), 1); // each step waits for the previous one
            const PlanAction &a = out.constFirst();
            QStringList vars;
            for (const auto &[name, value] : a.variables)
                vars.append(QStringLiteral("%1=%2").arg(name).arg(value));
            seen.append(a.instrument + QLatin1Char(' ') + vars.join(QLatin1Char(',')));
            if (a.instrument == QStringLiteral("dmm"))
                QCOMPARE(a.parameters.value(QStringLiteral("range")).toDouble(),
                         a.variables.at(1).second);
            cursor.finished(a.id, {}, 0);
        }
        QCOMPARE(seen,
                 QStringList({QStringLiteral("psu v=1"), QStringLiteral("dmm v=1,r=10"),
                              QStringLiteral("dmm v=1,r=100"), QStringLiteral("psu v=2"),
                              QStringLiteral("dmm v=2,r=10"), QStringLiteral("dmm v=2,r=100")}));
        QVERIFY(cursor.isOver());
    }

    void aDurationWaitWakesAtItsTimeAndNotBefore()
    {
        PlanStep wait;
        wait.type = PlanStep::Type::Wait;
        wait.waitKind = PlanStep::WaitKind::Duration;
        wait.durationMs = 100;
        wait.path = QStringLiteral("steps[1]");
        Plan plan;
        plan.steps = {operation({QStringLiteral("a")}, QStringLiteral("steps[0]")), wait,
                      operation({QStringLiteral("b")}, QStringLiteral("steps[2]"))};
        PlanCursor cursor(plan, environment());
        const QList<PlanAction> first = drain(cursor, 0);
        QCOMPARE(first.size(), 1);
        cursor.finished(first.at(0).id, {}, 10 * kMs);
        QVERIFY(drain(cursor, 10 * kMs).isEmpty());
        QCOMPARE(cursor.nextWakeNs(), 110 * kMs); // from when the wait started
        QVERIFY(drain(cursor, 110 * kMs - 1).isEmpty());
        QVERIFY(!cursor.isOver());
        const QList<PlanAction> after = drain(cursor, 110 * kMs);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.at(0).instrument, QStringLiteral("b"));
        cursor.finished(after.at(0).id, {}, 120 * kMs);
        QVERIFY(cursor.isOver());
    }

    void aStableWaitEndsOnceTheReadingsStayWithinTheToleranceLongEnough()
    {
        Plan plan;
        plan.steps = {stableWait(0.1, 10'000),
                      operation({QStringLiteral("b")}, QStringLiteral("steps[1]"))};
        PlanCursor cursor(plan, environment());
        // Every 100 ms; stable for 300 ms within 0.1: the fourth reading within 0.1 of the
        // ones 300 ms before it ends the wait.
        const QList<double> values = {20, 23, 24.00, 24.05, 23.98, 24.04, 24.06};
        qint64 now = 0;
        int polls = 0;
        for (;;) {
            QList<PlanAction> out = drain(cursor, now);
            if (!out.isEmpty() && out.at(0).instrument == QStringLiteral("b"))
                break;
            if (out.isEmpty()) {
                QVERIFY(cursor.nextWakeNs() > now);
                now = cursor.nextWakeNs();
                continue;
            }
            QCOMPARE(out.size(), 1);
            QCOMPARE(out.at(0).step->path, QStringLiteral("steps[0]"));
            QCOMPARE(now, polls * 100 * kMs); // one round every pollMs
            QVERIFY(polls < values.size());
            cursor.finished(out.at(0).id, reading(values.at(polls++)), now);
        }
        // 24.00 at 200 ms .. 23.98, 24.04 .. at 500 ms: 300 ms within 0.07.
        QCOMPARE(polls, 6);
        QVERIFY(cursor.failure().isEmpty());
    }

    void aStableWaitThatNeverSettlesFailsAtItsTimeoutNamingTheStep()
    {
        Plan plan;
        plan.steps = {stableWait(0.1, 1000),
                      operation({QStringLiteral("b")}, QStringLiteral("steps[1]"))};
        PlanCursor cursor(plan, environment());
        qint64 now = 0;
        int polls = 0;
        while (!cursor.isStopped()) {
            const QList<PlanAction> out = drain(cursor, now);
            for (const PlanAction &a : out) {
                QCOMPARE(a.instrument, QStringLiteral("a")); // never the next step
                cursor.finished(a.id, reading(polls++ % 2 ? 20 : 25), now);
            }
            if (out.isEmpty() && !cursor.isStopped()) {
                QVERIFY(cursor.nextWakeNs() > now);
                now = cursor.nextWakeNs();
            }
        }
        QCOMPARE(now, 1000 * kMs); // the timeout, not a poll later
        QCOMPARE(polls, 10);
        QVERIFY2(cursor.failure().startsWith(QStringLiteral("steps[0]: measure was not stable "
                                                            "within 1000 ms")),
                 qPrintable(cursor.failure()));
        QVERIFY2(cursor.failure().contains(QStringLiteral("spanned 5")),
                 qPrintable(cursor.failure()));
        QVERIFY(cursor.isOver());
        QCOMPARE(cursor.nextWakeNs(), qint64(-1));
    }

    void aRampSplitsASetIntoStepsOfAtMostMaxStepSpacedByTheRate_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<QList<double>>("sets");
        QTest::addColumn<qint64>("spacingMs"); // maxRatePerSecond 2: |step| / 2 s
        QTest::newRow("0 to 5 by 1: five sets 500 ms apart")
            << 0.0 << 5.0 << QList<double>{1, 2, 3, 4, 5} << qint64(500);
        QTest::newRow("down from 3 to 1: two sets")
            << 3.0 << 1.0 << QList<double>{2, 1} << qint64(500);
        QTest::newRow("0 to 2.5: three equal sets")
            << 0.0 << 2.5 << QList<double>{2.5 / 3, 5.0 / 3, 2.5} << qint64(417);
        QTest::newRow("a move within one step: one set")
            << 4.0 << 4.5 << QList<double>{4.5} << qint64(250);
    }

    void aRampSplitsASetIntoStepsOfAtMostMaxStepSpacedByTheRate()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(QList<double>, sets);
        QFETCH(qint64, spacingMs);
        // The run sets `from` first (no ramp), then ramps to `to`: it starts from what it set.
        PlanStep first = set(from, QStringLiteral("steps[0]"));
        PlanStep ramped = set(to, QStringLiteral("steps[1]"));
        ramped.ramp = PlanRamp{QStringLiteral("value"), 1.0, 2.0};
        Plan plan;
        plan.steps = {first, ramped};
        PlanCursor cursor(plan, environment());
        qint64 now = 0;
        const QList<PlanAction> out = drain(cursor, now);
        QCOMPARE(out.size(), 1);
        cursor.finished(out.at(0).id, reading(0), now);
        QList<double> seen;
        qint64 lastFinish = now;
        for (;;) {
            const QList<PlanAction> more = drain(cursor, now);
            if (more.isEmpty()) {
                if (cursor.isOver())
                    break;
                QVERIFY(cursor.nextWakeNs() > now);
                now = cursor.nextWakeNs();
                continue;
            }
            QCOMPARE(more.size(), 1);
            const PlanAction &a = more.constFirst();
            QVERIFY(!a.operation); // a set, not a read-back
            QCOMPARE(a.step->path, QStringLiteral("steps[1]"));
            QCOMPARE(a.parameters.value(QStringLiteral("channel")).toInt(), 2);
            // Never sooner after the previous set finished than the rate allows.
            QVERIFY2(now - lastFinish >= spacingMs * kMs - kMs, qPrintable(QString::number(now)));
            QVERIFY(now - lastFinish <= spacingMs * kMs);
            seen.append(a.parameters.value(QStringLiteral("value")).toDouble());
            now += 7 * kMs; // the set takes a while
            cursor.finished(a.id, reading(0), now);
            lastFinish = now;
        }
        QCOMPARE(seen.size(), sets.size());
        for (qsizetype i = 0; i < seen.size(); ++i)
            QVERIFY2(qAbs(seen.at(i) - sets.at(i)) < 1e-12,
                     qPrintable(QString::number(seen.at(i))));
        QCOMPARE(seen.constLast(), to);
    }

    void aRampWithNoValueSetYetReadsItBackFirst()
    {
        PlanStep ramped = set(4, QStringLiteral("steps[0]"));
        ramped.ramp = PlanRamp{QStringLiteral("value"), 1.0, std::nullopt};
        Plan plan;
        plan.steps = {ramped};
        PlanCursor cursor(plan, environment());
        const QList<PlanAction> readBack = drain(cursor);
        QCOMPARE(readBack.size(), 1);
        QVERIFY(readBack.at(0).operation);
        QCOMPARE(readBack.at(0).operation->id, QStringLiteral("query_level"));
        // Only the parameters the query takes: the channel, not the value.
        QCOMPARE(readBack.at(0).parameters, (QVariantMap{{QStringLiteral("channel"), 2}}));
        QVERIFY(drain(cursor).isEmpty()); // nothing set before the value is known
        cursor.finished(readBack.at(0).id, reading(0.5), 0);
        QList<double> seen;
        for (QList<PlanAction> out = drain(cursor); !out.isEmpty(); out = drain(cursor)) {
            QCOMPARE(out.size(), 1);
            seen.append(out.at(0).parameters.value(QStringLiteral("value")).toDouble());
            cursor.finished(out.at(0).id, reading(0), 0);
        }
        QCOMPARE(seen, (QList<double>{1.375, 2.25, 3.125, 4}));
        QVERIFY(cursor.isOver());
    }

    void aRampThatCannotReadBackFailsTheRunNamingTheStep()
    {
        PlanStep ramped = set(4, QStringLiteral("steps[0]"));
        ramped.ramp = PlanRamp{QStringLiteral("value"), 1.0, std::nullopt};
        Plan plan;
        plan.steps = {ramped, set(0, QStringLiteral("steps[1]"))};
        PlanCursor cursor(plan, environment());
        const QList<PlanAction> readBack = drain(cursor);
        QCOMPARE(readBack.size(), 1);
        Reading::Fields f;
        f.status = JobStatus::TimedOut;
        f.error = QStringLiteral("no reply");
        cursor.finished(readBack.at(0).id, Reading(f), 0);
        QVERIFY(drain(cursor).isEmpty()); // no jump, and nothing after it
        QCOMPARE(cursor.failure(), QStringLiteral("steps[0]: could not read back value on 'psu' "
                                                  "before ramping: no reply"));
        QVERIFY(cursor.isOver());
    }

    void anOpcWaitAsksEveryInstrumentAndFailsWhenOneDoesNotAnswerInTime()
    {
        PlanStep wait;
        wait.type = PlanStep::Type::Wait;
        wait.waitKind = PlanStep::WaitKind::Opc;
        wait.instruments.names = {QStringLiteral("a"), QStringLiteral("b")};
        wait.timeoutMs = 1000;
        wait.path = QStringLiteral("steps[0]");
        Plan plan;
        plan.steps = {wait};
        PlanCursor cursor(plan, environment());
        const QList<PlanAction> asks = drain(cursor);
        QCOMPARE(asks.size(), 2);
        for (const PlanAction &a : asks) {
            QVERIFY(a.operation);
            QCOMPARE(a.operation->command, QStringLiteral("*OPC?"));
        }
        cursor.finished(asks.at(0).id, reading(1), 100 * kMs);
        Reading::Fields late;
        late.status = JobStatus::TimedOut;
        cursor.finished(asks.at(1).id, Reading(late), 500 * kMs);
        const QList<PlanAction> again = drain(cursor, 500 * kMs); // busy: asked again
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.at(0).instrument, QStringLiteral("b"));
        QCOMPARE(cursor.nextWakeNs(), 1000 * kMs);
        QVERIFY(drain(cursor, 1000 * kMs).isEmpty());
        QCOMPARE(cursor.failure(),
                 QStringLiteral("steps[0]: *OPC? did not answer 1 within 1000 ms on 'b'"));
        QVERIFY(!cursor.isOver()); // its question is still out
        cursor.finished(again.at(0).id, Reading(late), 1010 * kMs);
        QVERIFY(cursor.isOver());
    }

    void aSweepHandsOutItsInstrumentsNextActionsAheadEachBehindThePreviousOne()
    {
        PlanCursor cursor(supplySweep({1, 2, 3, 4}), environment(4, true));
        QList<PlanAction> out = drain(cursor);
        // The running set and kAhead behind it: set 1, measure at 1, set 2, measure at 2.
        QCOMPARE(out.size(), 1 + PlanCursor::kAhead);
        QCOMPARE(out.at(0).after, quint64(0));
        for (int i = 1; i < out.size(); ++i)
            QCOMPARE(out.at(i).after, out.at(i - 1).id);
        QCOMPARE(out.at(2).step->path, QStringLiteral("steps[0].body[0]"));
        QCOMPARE(out.at(2).parameters.value(QStringLiteral("value")).toDouble(), 2.0);
        QCOMPARE(out.at(1).variables.at(0).second, 1.0);
        QCOMPARE(out.at(2).variables.at(0).second, 2.0);
        // One finishes: a set goes ahead only with room for its measure.
        cursor.finished(out.at(0).id, reading(0), 0);
        QVERIFY(drain(cursor).isEmpty());
        // A point finishes, the next point goes out behind the last.
        cursor.finished(out.at(1).id, reading(0), 0);
        const QList<PlanAction> more = drain(cursor);
        QCOMPARE(more.size(), 2);
        QCOMPARE(more.at(0).after, out.constLast().id);
        QCOMPARE(more.at(0).variables.at(0).second, 3.0);
        QCOMPARE(more.at(1).after, more.at(0).id);
    }

    void whetherAnActionMayRunAheadIsAskedOnceWhenItIsHandedOut()
    {
        // The engine's answer costs a look-up of the instrument and the plan's limits; a
        // sweep's tail is asked at every action handed out, so the answer is kept per action.
        QList<double> values;
        for (int i = 0; i < 10; ++i)
            values.append(i);
        PlanCursor::Environment env = environment(4, true);
        int asked = 0;
        env.mayRunAhead = [&asked](const PlanStep &, const QString &) {
            ++asked;
            return true;
        };
        PlanCursor cursor(supplySweep(values), env);
        int handed = 0;
        QList<PlanAction> out = drain(cursor);
        while (!out.isEmpty()) {
            handed += int(out.size());
            for (const PlanAction &a : std::as_const(out))
                cursor.finished(a.id, reading(a.variables.at(0).second), 0);
            out = drain(cursor);
        }
        QVERIFY(cursor.isOver());
        QCOMPARE(handed, 2 * int(values.size()));
        QCOMPARE(asked, handed);
    }

    void nothingGoesAheadOfAnActionOntoAnotherInstrumentAWaitOrWhereTheEnvironmentSaysNo_data()
    {
        QTest::addColumn<int>("next"); // 0: a measure on the supply, 1: on a meter, 2: a wait
        QTest::addColumn<bool>("ahead");
        QTest::newRow("a wired meter measures only after the supply's set") << 1 << true;
        QTest::newRow("a wait is never crossed") << 2 << true;
        QTest::newRow("the environment forbids it (a limit, an unordered target)") << 0 << false;
    }

    void nothingGoesAheadOfAnActionOntoAnotherInstrumentAWaitOrWhereTheEnvironmentSaysNo()
    {
        QFETCH(int, next);
        QFETCH(bool, ahead);
        const QString path = QStringLiteral("steps[0].body[1]");
        PlanStep second =
            operation({next == 1 ? QStringLiteral("dmm") : QStringLiteral("psu")}, path);
        if (next == 2) {
            second.type = PlanStep::Type::Wait;
            second.waitKind = PlanStep::WaitKind::Duration;
            second.durationMs = 10;
        }
        Plan plan;
        plan.steps = {sweep(QStringLiteral("v"),
                            {set(1, QStringLiteral("steps[0].body[0]")), second},
                            QStringLiteral("steps[0]"))};
        plan.steps[0].values = {1, 2, 3};
        plan.steps[0].sweepKind = PlanStep::SweepKind::List;
        PlanCursor cursor(plan, environment(4, ahead));
        const QList<PlanAction> out = drain(cursor);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.at(0).after, quint64(0));
    }

    void aRetractedActionIsHandedOutAgainBeforeWhatCameAfterIt()
    {
        PlanCursor cursor(supplySweep({1, 2}), environment(4, true));
        const QList<PlanAction> out = drain(cursor);
        QCOMPARE(out.size(), 4); // set 1, measure at 1, set 2, measure at 2
        // The set failed: what was behind it did not start and comes back, in order.
        cursor.retract(out.at(3).id, 0);
        cursor.retract(out.at(2).id, 0);
        cursor.retract(out.at(1).id, 0);
        cursor.finished(out.at(0).id, Reading(), 0);
        const QList<PlanAction> again = drain(cursor);
        QCOMPARE(again.size(), 3); // measure at 1, set 2, measure at 2
        QCOMPARE(again.at(0).step->path, QStringLiteral("steps[0].body[1]"));
        QCOMPARE(again.at(0).variables.at(0).second, 1.0);
        QCOMPARE(again.at(0).after, quint64(0));
        QCOMPARE(again.at(1).step->path, QStringLiteral("steps[0].body[0]"));
        QCOMPARE(again.at(1).parameters.value(QStringLiteral("value")).toDouble(), 2.0);
        QCOMPARE(again.at(1).after, again.at(0).id);
        QCOMPARE(again.at(2).variables.at(0).second, 2.0);
        for (const PlanAction &a : again)
            cursor.finished(a.id, reading(0), 0);
        QVERIFY(drain(cursor).isEmpty());
        QVERIFY(cursor.isOver());
    }

    void aStoppedCursorHandsNothingRetractedOutAgain()
    {
        RunRequest r;
        r.instruments = {QStringLiteral("a")};
        r.operation = QStringLiteral("measure");
        r.repeat = 10;
        PlanCursor cursor(r.toPlan(), environment(4, true));
        const QList<PlanAction> out = drain(cursor);
        QCOMPARE(out.size(), 1 + PlanCursor::kAhead);
        cursor.stop();
        for (int i = 1; i < out.size(); ++i)
            cursor.retract(out.at(i).id, 0);
        cursor.finished(out.at(0).id, reading(0), 0);
        QVERIFY(drain(cursor).isEmpty());
        QVERIFY(cursor.isOver());
    }
};

QTEST_GUILESS_MAIN(TestPlanCursor)
#include "tst_plancursor.moc"
