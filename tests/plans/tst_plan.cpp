// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plan.h"

#include <QTest>

using namespace ld;
using Type = PlanStep::Type;

Q_DECLARE_METATYPE(ld::PlanStep)

namespace {

PlanStep step(Type type, const QString &path, const QList<PlanStep> &body = {})
{
    PlanStep s;
    s.type = type;
    s.path = path;
    s.body = body;
    return s;
}

/**
 * A sequence, then a parallel whose first child is a sweep with a repeat in its body, then a
 * measure: every step's path is where a plan file would put it.
 */
QList<PlanStep> nestedSteps()
{
    const QString sweep = QStringLiteral("steps[1].parallel.body[0]");
    const QString repeat = sweep + QStringLiteral(".sweep.body[0]");
    return {
        step(Type::Sequence, QStringLiteral("steps[0]"),
             {step(Type::Set, QStringLiteral("steps[0].sequence.body[0]")),
              step(Type::Measure, QStringLiteral("steps[0].sequence.body[1]"))}),
        step(Type::Parallel, QStringLiteral("steps[1]"),
             {step(Type::Sweep, sweep,
                   {step(Type::Repeat, repeat,
                         {step(Type::Measure, repeat + QStringLiteral(".repeat.body[0]"))}),
                    step(Type::Measure, sweep + QStringLiteral(".sweep.body[1]"))}),
              step(Type::Wait, QStringLiteral("steps[1].parallel.body[1]"))}),
        step(Type::Measure, QStringLiteral("steps[2]")),
    };
}

/** nestedSteps()'s paths, a step before its body and its body before the step after it. */
QStringList nestedPreOrder()
{
    const QString sweep = QStringLiteral("steps[1].parallel.body[0]");
    const QString repeat = sweep + QStringLiteral(".sweep.body[0]");
    return {QStringLiteral("steps[0]"),
            QStringLiteral("steps[0].sequence.body[0]"),
            QStringLiteral("steps[0].sequence.body[1]"),
            QStringLiteral("steps[1]"),
            sweep,
            repeat,
            repeat + QStringLiteral(".repeat.body[0]"),
            sweep + QStringLiteral(".sweep.body[1]"),
            QStringLiteral("steps[1].parallel.body[1]"),
            QStringLiteral("steps[2]")};
}

} // namespace

/** The one walk over a plan's steps (plan.h: forEachStep, anyStep). */
class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void forEachStepVisitsAStepThenItsBody_data();
    void forEachStepVisitsAStepThenItsBody();
    void anyStepStopsAtTheFirstMatch_data();
    void anyStepStopsAtTheFirstMatch();
};

void TestPlan::forEachStepVisitsAStepThenItsBody_data()
{
    QTest::addColumn<QList<PlanStep>>("steps");
    QTest::addColumn<QStringList>("visited");

    QTest::newRow("noStepsVisitsNothing") << QList<PlanStep>() << QStringList();
    QTest::newRow("flatStepsInTheirOrder")
        << QList<PlanStep>{step(Type::Set, QStringLiteral("steps[0]")),
                           step(Type::Wait, QStringLiteral("steps[1]")),
                           step(Type::Measure, QStringLiteral("steps[2]"))}
        << QStringList{QStringLiteral("steps[0]"), QStringLiteral("steps[1]"),
                       QStringLiteral("steps[2]")};
    QTest::newRow("stepWithAnEmptyBodyIsVisitedAloneThenTheNext")
        << QList<PlanStep>{step(Type::Sweep, QStringLiteral("steps[0]")),
                           step(Type::Measure, QStringLiteral("steps[1]"))}
        << QStringList{QStringLiteral("steps[0]"), QStringLiteral("steps[1]")};
    QTest::newRow("sweepInParallelRepeatInSweepDepthFirstPreOrder")
        << nestedSteps() << nestedPreOrder();
}

void TestPlan::forEachStepVisitsAStepThenItsBody()
{
    QFETCH(QList<PlanStep>, steps);
    QFETCH(QStringList, visited);

    QStringList paths;
    forEachStep(steps, [&paths](const PlanStep &s) { paths.append(s.path); });
    QCOMPARE(paths, visited);
}

void TestPlan::anyStepStopsAtTheFirstMatch_data()
{
    QTest::addColumn<QList<PlanStep>>("steps");
    QTest::addColumn<QString>("match");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QStringList>("visited");

    const QStringList all = nestedPreOrder();
    QTest::newRow("noStepsIsFalse")
        << QList<PlanStep>() << QStringLiteral("steps[0]") << false << QStringList();
    QTest::newRow("firstStepMatchingVisitsOnlyIt")
        << nestedSteps() << QStringLiteral("steps[0]") << true << all.mid(0, 1);
    QTest::newRow("matchDeepInABodyVisitsNeitherItsBodyNorTheStepsAfter")
        << nestedSteps() << QStringLiteral("steps[1].parallel.body[0].sweep.body[0]") << true
        << all.mid(0, 6);
    QTest::newRow("lastStepMatchingVisitsEveryStep")
        << nestedSteps() << QStringLiteral("steps[2]") << true << all;
    QTest::newRow("noMatchVisitsEveryStepAndIsFalse")
        << nestedSteps() << QStringLiteral("steps[9]") << false << all;
}

void TestPlan::anyStepStopsAtTheFirstMatch()
{
    QFETCH(QList<PlanStep>, steps);
    QFETCH(QString, match);
    QFETCH(bool, found);
    QFETCH(QStringList, visited);

    QStringList paths;
    const bool any = anyStep(steps, [&](const PlanStep &s) {
        paths.append(s.path);
        return s.path == match;
    });
    QCOMPARE(any, found);
    QCOMPARE(paths, visited);
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
