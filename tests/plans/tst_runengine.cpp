// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchfixture.h"
#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "plans/runengine.h"
#include "results/journal.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace ld;

namespace {
/** The fixture's bench plus a DMM wired to the supply and a fast oven. */
const char *kPlanBenchJson = R"({
  "name": "test",
  "instruments": [
    { "name": "dmm", "profile": "labdispatch-sim-dmm", "transport": "pty", "seed": 11, "latencyMs": 2 },
    { "name": "sensor", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 12, "latencyMs": 2 },
    { "name": "psu", "profile": "labdispatch-sim-psu3", "transport": "tcp", "seed": 13, "latencyMs": 2 },
    { "name": "vdmm", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 14, "latencyMs": 1,
      "wire": { "instrument": "psu", "operation": "measure_voltage", "channel": 1 } },
    { "name": "oven", "profile": "labdispatch-sim-oven", "transport": "tcp", "seed": 15, "latencyMs": 1,
      "timeConstantMs": 40 }
  ]
})";
PlanStep step(PlanStep::Type type, const QString &instrument, const QString &operation,
              const QVariantMap &parameters, const QString &path)
{
    PlanStep s;
    s.type = type;
    s.instruments.names = {instrument};
    s.operation = operation;
    s.parameters = parameters;
    s.path = path;
    return s;
}

PlanStep listSweep(const QString &variable, const QList<double> &values,
                   const QList<PlanStep> &body, const QString &path)
{
    PlanStep s;
    s.type = PlanStep::Type::Sweep;
    s.variable = variable;
    s.sweepKind = PlanStep::SweepKind::List;
    s.values = values;
    s.body = body;
    s.path = path;
    return s;
}

/** The oven to 30 °C, then until stable within `tolerance` for 100 ms (polled every 20). */
Plan ovenSoak(double tolerance, qint64 timeoutMs)
{
    PlanStep wait = step(PlanStep::Type::Wait, QStringLiteral("oven"),
                         QStringLiteral("measure_temperature"), {}, QStringLiteral("steps[1]"));
    wait.waitKind = PlanStep::WaitKind::Stable;
    wait.pollMs = 20;
    wait.stableForMs = 100;
    wait.tolerance = tolerance;
    wait.timeoutMs = timeoutMs;
    Plan plan;
    plan.steps = {step(PlanStep::Type::Set, QStringLiteral("oven"),
                       QStringLiteral("set_temperature"), {{QStringLiteral("value"), 30}},
                       QStringLiteral("steps[0]")),
                  wait};
    return plan;
}
} // namespace

/**
 * The run engine end to end on a local bench: plans and simple runs over real sessions
 * (ptys and loopback TCP to the simulated bench), waves, stops, the bounded window and the
 * journal.
 */
class TestRunEngine : public test::BenchFixture
{
    Q_OBJECT

private:
    /** Runs `plan` to its end: its readings, and the error it failed with (or empty). */
    QList<Reading> runPlan(const Plan &plan, QString *failure)
    {
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QSignalSpy failed(m_engine.get(), &RunEngine::runFailed);
        QString error;
        const quint64 id = m_engine->start(plan, &error);
        if (id == 0)
            qWarning("plan refused: %s", qPrintable(error));
        QList<Reading> readings;
        if (id == 0 || !finished.wait(kSafetyMs))
            return readings;
        readings = m_engine->takeReadings();
        if (failed.count() > 1)
            qWarning("runFailed came %lld times", qlonglong(failed.count()));
        *failure = failed.isEmpty() ? QString() : failed.first().at(1).toString();
        return readings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 5);
    }

    void init() { QVERIFY(startBench(kPlanBenchJson)); }

    void cleanup() { stopBench(); }

    void oneJobPerInstrumentAtATimeWhateverTheCap()
    {
        waitAllIdle();
        m_dispatcher->setCap(64);
        const auto readings = runAndCollect(
            request({QStringLiteral("dmm"), QStringLiteral("sensor"), QStringLiteral("psu")},
                    QStringLiteral("identify"), 20));
        QCOMPARE(readings.size(), 60);
        QHash<QString, QList<Reading>> byInstrument;
        for (const Reading &r : readings)
            byInstrument[r->instrument].append(r);
        for (auto it = byInstrument.cbegin(); it != byInstrument.cend(); ++it) {
            QList<Reading> list = it.value();
            std::sort(list.begin(), list.end(), [](const Reading &a, const Reading &b) {
                return a->startedMonoNs < b->startedMonoNs;
            });
            for (int i = 1; i < list.size(); ++i)
                QVERIFY2(list[i]->startedMonoNs >= list[i - 1]->completedMonoNs,
                         qPrintable(it.key()));
        }
        // Its three, or the connects of the whole bench before it.
        QVERIFY(m_dispatcher->counters().peakRunning <= m_bench->names().size());
    }

    void anIntervalRunBeyondTheCapStartsInWavesAcrossTheInterval()
    {
        // Three instruments under cap 1 cannot be one snapshot: one wave each, 100 ms apart in
        // the 300 ms interval, two ticks in the 600 ms run. Lower bounds only: a wave may start
        // late on a loaded machine, never early.
        waitAllIdle();
        m_dispatcher->setCap(1);
        RunRequest r =
            request({QStringLiteral("dmm"), QStringLiteral("sensor"), QStringLiteral("psu")},
                    QStringLiteral("identify"));
        r.intervalMs = 300;
        r.durationMs = 600;
        const qint64 before = monotonicNowNs();
        const QList<Reading> readings = runAndCollect(r);
        QCOMPARE(readings.size(), 6);
        constexpr qint64 kMs = 1000000;
        for (int wave = 0; wave < 3; ++wave) {
            const QString name = r.instruments.at(wave);
            QList<qint64> submitted;
            for (const Reading &reading : readings)
                if (reading->instrument == name) {
                    QCOMPARE(reading->status, JobStatus::Succeeded);
                    submitted.append(reading->submittedMonoNs - before);
                }
            std::sort(submitted.begin(), submitted.end());
            QCOMPARE(submitted.size(), 2);
            QVERIFY2(submitted.at(0) >= wave * 100 * kMs, qPrintable(name));
            QVERIFY2(submitted.at(1) >= (300 + wave * 100) * kMs, qPrintable(name));
        }
    }

    void aLateTickStillStartsWhatWasDueBeforeTheEnd()
    {
        // Every 100 ms for 250 ms, and the Bench's thread held for 600 ms after the first tick:
        // the next tick comes after the end. What was due before the end (100 and 200 ms) still
        // starts, once per instrument (a second would pile up on a busy one), then the run ends.
        waitAllIdle();
        RunRequest r =
            request({QStringLiteral("dmm"), QStringLiteral("sensor"), QStringLiteral("psu")},
                    QStringLiteral("identify"));
        r.intervalMs = 100;
        r.durationMs = 250;
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        const quint64 id = m_engine->start(r, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QThread::msleep(600);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        QCOMPARE(finished.first().at(0).toULongLong(), id);
        const QList<Reading> readings = m_engine->takeReadings();
        QCOMPARE(readings.size(), 6);
        for (const QString &name : r.instruments) {
            int n = 0;
            for (const Reading &reading : readings)
                n += reading->instrument == name && reading->status == JobStatus::Succeeded;
            QVERIFY2(n == 2, qPrintable(name));
        }
    }

    void stopCancelsQueuedAndRunningJobsAndTheRunEnds()
    {
        waitAllIdle();
        QVERIFY(m_sim->setLatency(QStringLiteral("sensor"), 30, 0));
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        const quint64 id = m_engine->start(
            request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature"), 200),
            &error);
        QVERIFY2(id > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_bench->status(QStringLiteral("sensor")).jobsDone >= 2,
                                 kSafetyMs);
        m_engine->stop({QStringLiteral("sensor")});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        QCOMPARE(m_engine->pendingJobs(), 0);
        const auto readings = m_engine->takeReadings();
        int cancelled = 0;
        for (const Reading &r : readings)
            cancelled += r->status == JobStatus::Cancelled;
        // Only what was submitted is cancelled (the window), never the run's unstarted rest;
        // every submitted job is reported, whatever its fate.
        QVERIFY(cancelled >= 1);
        QVERIFY(cancelled <= m_engine->window());
        QVERIFY(readings.size() < 200);
    }

    void everyReadingIsJournaledBeforeTheUiGetsIt()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        RunInfo info;
        info.runId = Journal::newRunId(wallNowNs());
        QVERIFY(journal.open(info));
        m_engine->setJournal(&journal);
        waitAllIdle();
        const auto readings = runAndCollect(request(
            {QStringLiteral("sensor"), QStringLiteral("dmm")}, QStringLiteral("identify"), 10));
        QCOMPARE(readings.size(), 20);
        // Everything the UI got was journaled first.
        QCOMPARE(journal.appendedCount(), quint64(readings.size()));
        QVERIFY(journal.close());
        m_engine->setJournal(nullptr);
    }

    void aRepeatOfTenMillionKeepsOnlyTheWindowSubmittedAndAStopJournalsOnlyThat()
    {
        waitAllIdle();
        m_dispatcher->setCap(2);
        QTemporaryDir dir;
        Journal journal(dir.path());
        RunInfo info;
        info.runId = Journal::newRunId(wallNowNs());
        QVERIFY(journal.open(info));
        m_engine->setJournal(&journal);
        const qint64 window = m_engine->window();
        qint64 most = 0;
        connect(m_dispatcher.get(), &Dispatcher::countersChanged, this,
                [&](const DispatcherCounters &c) { most = std::max(most, c.queued + c.running); });
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        const quint64 id =
            m_engine->start(request({QStringLiteral("dmm"), QStringLiteral("sensor")},
                                    QStringLiteral("identify"), 10'000'000),
                            &error);
        QVERIFY2(id > 0, qPrintable(error));
        QList<Reading> readings;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const DispatcherCounters c = m_dispatcher->counters();
                most = std::max(most, c.queued + c.running);
                readings += m_engine->takeReadings();
                return readings.size() >= 200;
            },
            kSafetyMs));
        QVERIFY(m_engine->pendingJobs() <= window);
        const qint64 before = qint64(journal.appendedCount());
        m_engine->stopAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        readings += m_engine->takeReadings();
        QVERIFY2(most <= window, qPrintable(QString::number(most)));
        // Ctrl-C journals what was out, not ten million never-started jobs.
        QVERIFY2(qint64(journal.appendedCount()) <= before + window,
                 qPrintable(QString::number(journal.appendedCount())));
        QCOMPARE(qint64(journal.appendedCount()), qint64(readings.size()));
        m_engine->setJournal(nullptr);
        QVERIFY(journal.close());
    }

    void aKindSelectorRunsEveryInstrumentOfThatKindAndReadingsCarryTheStepPath()
    {
        waitAllIdle();
        PlanStep measure;
        measure.type = PlanStep::Type::Query;
        measure.path = QStringLiteral("steps[0].body[1]");
        measure.instruments.kind = m_bench->profile(QStringLiteral("psu"))->kind;
        measure.operation = QStringLiteral("identify");
        PlanStep first;
        first.type = PlanStep::Type::Query;
        first.path = QStringLiteral("steps[0].body[0]");
        first.instruments.names = {QStringLiteral("dmm")};
        first.operation = QStringLiteral("identify");
        PlanStep sequence;
        sequence.type = PlanStep::Type::Sequence;
        sequence.path = QStringLiteral("steps[0]");
        sequence.body = {first, measure};
        Plan plan;
        plan.steps = {sequence};
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QSignalSpy progress(m_engine.get(), &RunEngine::progress);
        QString error;
        QVERIFY2(m_engine->start(plan, &error) > 0, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        const QList<Reading> readings = m_engine->takeReadings();
        QCOMPARE(readings.size(), 2);
        QCOMPARE(readings.at(0)->instrument, QStringLiteral("dmm"));
        QCOMPARE(readings.at(0)->step, QStringLiteral("steps[0].body[0]"));
        QCOMPARE(readings.at(1)->instrument, QStringLiteral("psu"));
        QCOMPARE(readings.at(1)->step, QStringLiteral("steps[0].body[1]"));
        // The second step started only after the first finished.
        QVERIFY(readings.at(1)->submittedMonoNs >= readings.at(0)->completedMonoNs);
        QCOMPARE(progress.count(), 2);
    }

    void aPausedRunStartsNothingUntilResumed()
    {
        waitAllIdle();
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        const quint64 id = m_engine->start(
            request({QStringLiteral("dmm")}, QStringLiteral("identify"), 50), &error);
        QVERIFY2(id > 0, qPrintable(error));
        m_engine->pause(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->pendingJobs(), 0, kSafetyMs);
        const qint64 submitted = m_dispatcher->counters().submitted;
        QCoreApplication::processEvents();
        QCOMPARE(m_dispatcher->counters().submitted, submitted);
        QVERIFY(m_engine->isActive(id));
        m_engine->resume(id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        QCOMPARE(m_engine->takeReadings().size(), 50);
    }

    void anIvSweepMeasuresTheSetVoltageAtEveryPoint()
    {
        waitAllIdle();
        PlanStep sweep;
        sweep.type = PlanStep::Type::Sweep;
        sweep.path = QStringLiteral("steps[1]");
        sweep.variable = QStringLiteral("v");
        sweep.start = 0;
        sweep.stop = 5;
        sweep.points = 11;
        sweep.body = {
            step(PlanStep::Type::Set, QStringLiteral("psu"), QStringLiteral("set_voltage"),
                 {{QStringLiteral("value"), QStringLiteral("${v}")}},
                 QStringLiteral("steps[1].body[0]")),
            step(PlanStep::Type::Measure, QStringLiteral("vdmm"),
                 QStringLiteral("measure_voltage_dc"), {}, QStringLiteral("steps[1].body[1]"))};
        Plan plan;
        plan.steps = {step(PlanStep::Type::Set, QStringLiteral("psu"), QStringLiteral("set_output"),
                           {{QStringLiteral("state"), QStringLiteral("ON")}},
                           QStringLiteral("steps[0]")),
                      sweep};
        QString failure;
        const QList<Reading> readings = runPlan(plan, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QList<double> points;
        for (const Reading &r : readings) {
            QCOMPARE(r->status, JobStatus::Succeeded);
            if (r->instrument != QStringLiteral("vdmm"))
                continue;
            QCOMPARE(r->step, QStringLiteral("steps[1].body[1]"));
            QCOMPARE(r->variables.size(), 1);
            QCOMPARE(r->variables.at(0).first, QStringLiteral("v"));
            const double v = r->variables.at(0).second;
            const double measured = std::get<double>(r->value);
            QVERIFY2(qAbs(measured - v) < 0.001,
                     qPrintable(QStringLiteral("%1 at %2").arg(measured).arg(v)));
            points.append(v);
        }
        QCOMPARE(points, (QList<double>{0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5}));
    }

    void aNestedSweepsReadingsComeInOrderWithBothVariables()
    {
        waitAllIdle();
        const PlanStep measure = step(PlanStep::Type::Measure, QStringLiteral("vdmm"),
                                      QStringLiteral("measure_voltage_dc"), {},
                                      QStringLiteral("steps[1].body[1].body[0]"));
        const PlanStep inner =
            listSweep(QStringLiteral("n"), {1, 2}, {measure}, QStringLiteral("steps[1].body[1]"));
        const PlanStep set =
            step(PlanStep::Type::Set, QStringLiteral("psu"), QStringLiteral("set_voltage"),
                 {{QStringLiteral("value"), QStringLiteral("${v}")}},
                 QStringLiteral("steps[1].body[0]"));
        Plan plan;
        plan.steps = {
            step(PlanStep::Type::Set, QStringLiteral("psu"), QStringLiteral("set_output"),
                 {{QStringLiteral("state"), QStringLiteral("ON")}}, QStringLiteral("steps[0]")),
            listSweep(QStringLiteral("v"), {3, 1}, {set, inner}, QStringLiteral("steps[1]"))};
        QString failure;
        const QList<Reading> readings = runPlan(plan, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QStringList seen;
        for (const Reading &r : readings) {
            if (r->instrument != QStringLiteral("vdmm"))
                continue;
            QCOMPARE(r->variables.size(), 2);
            QVERIFY(qAbs(std::get<double>(r->value) - r->variables.at(0).second) < 0.001);
            seen.append(QStringLiteral("%1=%2 %3=%4")
                            .arg(r->variables.at(0).first)
                            .arg(r->variables.at(0).second)
                            .arg(r->variables.at(1).first)
                            .arg(r->variables.at(1).second));
        }
        QCOMPARE(seen, QStringList({QStringLiteral("v=3 n=1"), QStringLiteral("v=3 n=2"),
                                    QStringLiteral("v=1 n=1"), QStringLiteral("v=1 n=2")}));
    }

    void anUnboundVariableIsRefusedBeforeAnythingRuns()
    {
        waitAllIdle();
        Plan plan;
        plan.steps = {
            step(PlanStep::Type::Set, QStringLiteral("psu"), QStringLiteral("set_voltage"),
                 {{QStringLiteral("value"), QStringLiteral("${v}")}}, QStringLiteral("steps[0]"))};
        const qint64 submitted = m_dispatcher->counters().submitted;
        QString error;
        QCOMPARE(m_engine->start(plan, &error), quint64(0));
        QCOMPARE(error,
                 QStringLiteral("steps[0].set.parameters.value: ${v} is not bound by an enclosing "
                                "sweep"));
        // Bound by a sweep whose far end the profile refuses: named with the value.
        plan.steps = {
            listSweep(QStringLiteral("v"), {1, 35}, plan.steps, QStringLiteral("steps[0]"))};
        plan.steps[0].body[0].path = QStringLiteral("steps[0].body[0]");
        QCOMPARE(m_engine->start(plan, &error), quint64(0));
        QVERIFY2(error.startsWith(QStringLiteral("steps[0].body[0].set.parameters.value: ")),
                 qPrintable(error));
        QCOMPARE(m_dispatcher->counters().submitted, submitted); // nothing ran
    }

    void aRampReadsBackWhereItStartsAndSetsAtMostMaxStepAtATime()
    {
        waitAllIdle();
        PlanStep ramped =
            step(PlanStep::Type::Set, QStringLiteral("psu"), QStringLiteral("set_voltage"),
                 {{QStringLiteral("value"), 5}}, QStringLiteral("steps[0]"));
        ramped.ramp = PlanRamp{QStringLiteral("value"), 1.0, 200.0};
        Plan plan;
        plan.steps = {ramped};
        QString failure;
        const QList<Reading> readings = runPlan(plan, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QStringList seen;
        for (const Reading &r : readings) {
            QCOMPARE(r->status, JobStatus::Succeeded);
            QCOMPARE(r->step, QStringLiteral("steps[0]"));
            QString value;
            for (const auto &[name, v] : r->parameters)
                if (name == QStringLiteral("value"))
                    value = v;
            seen.append(r->operation + (value.isEmpty() ? QString() : QLatin1Char(' ') + value));
        }
        QCOMPARE(
            seen,
            QStringList({QStringLiteral("query_voltage_setpoint"), QStringLiteral("set_voltage 1"),
                         QStringLiteral("set_voltage 2"), QStringLiteral("set_voltage 3"),
                         QStringLiteral("set_voltage 4"), QStringLiteral("set_voltage 5")}));
        // The readback said where it started.
        QCOMPARE(std::get<double>(readings.at(0)->value), 0.0);
    }

    void aRampWithNothingToReadBackIsRefusedNamingTheStep()
    {
        waitAllIdle();
        PlanStep ramped =
            step(PlanStep::Type::Set, QStringLiteral("psu"), QStringLiteral("set_output"),
                 {{QStringLiteral("state"), QStringLiteral("ON")}}, QStringLiteral("steps[0]"));
        ramped.ramp = PlanRamp{QStringLiteral("state"), 1.0, std::nullopt};
        Plan plan;
        plan.steps = {ramped};
        const qint64 submitted = m_dispatcher->counters().submitted;
        QString error;
        QCOMPARE(m_engine->start(plan, &error), quint64(0));
        QCOMPARE(error,
                 QStringLiteral("steps[0].set.ramp.parameter: 'state' is not a number parameter of "
                                "set_output on psu"));
        // A number, but nothing in the meter's profile reads it back.
        plan.steps[0] =
            step(PlanStep::Type::Set, QStringLiteral("vdmm"), QStringLiteral("set_nplc"),
                 {{QStringLiteral("nplc"), 10}}, QStringLiteral("steps[0]"));
        plan.steps[0].ramp = PlanRamp{QStringLiteral("nplc"), 1.0, std::nullopt};
        QCOMPARE(m_engine->start(plan, &error), quint64(0));
        QCOMPARE(error, QStringLiteral("steps[0].set.ramp: vdmm cannot read back nplc (its profile "
                                       "gives set_nplc no readback), so the ramp would not know "
                                       "where it starts"));
        QCOMPARE(m_dispatcher->counters().submitted, submitted); // nothing ran
    }

    void aStableWaitOnTheOvenEndsOnceItSettles()
    {
        waitAllIdle();
        QString failure;
        const QList<Reading> readings = runPlan(ovenSoak(0.05, 20000), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QList<double> polled;
        for (const Reading &r : readings)
            if (r->step == QStringLiteral("steps[1]")) {
                QCOMPARE(r->operation, QStringLiteral("measure_temperature"));
                polled.append(std::get<double>(r->value));
            }
        QVERIFY(polled.size() >= 6); // at least 100 ms of readings every 20 ms
        QVERIFY2(qAbs(polled.constLast() - 30) < 0.1,
                 qPrintable(QString::number(polled.constLast())));
    }

    void aStableWaitWithAnImpossibleToleranceFailsTheRunAtItsTimeout()
    {
        waitAllIdle();
        QSignalSpy events(m_engine.get(), &RunEngine::eventLogged);
        QString failure;
        const QList<Reading> readings = runPlan(ovenSoak(1e-9, 300), &failure);
        QVERIFY2(
            failure.startsWith(QStringLiteral("steps[1]: measure_temperature was not stable "
                                              "within 300 ms: the readings of 'oven' spanned ")),
            qPrintable(failure));
        bool logged = false;
        for (const auto &args : events) {
            const BenchEvent e = args.at(0).value<BenchEvent>();
            logged = logged || (e.severity == BenchEvent::Severity::Error && e.text == failure);
        }
        QVERIFY(logged);
        QVERIFY(!readings.isEmpty());
        QCOMPARE(m_engine->pendingJobs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunEngine)
#include "tst_runengine.moc"
