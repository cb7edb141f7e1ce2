// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchfixture.h"
#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "journalinstruments.h"
#include "plans/runengine.h"
#include "plans/runtarget.h"
#include "results/journal.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"
#include "sim/simfaults.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <utility>

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
/** One step: `identify` on every instrument of `kind`. */
Plan identifyKind(const QString &kind)
{
    PlanStep query;
    query.type = PlanStep::Type::Query;
    query.path = QStringLiteral("steps[0]");
    query.instruments.kind = kind;
    query.operation = QStringLiteral("identify");
    Plan plan;
    plan.steps = {query};
    return plan;
}

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

    static PlanStep operation(const QString &path, const QString &name, const QString &op,
                              const QVariantMap &parameters = {})
    {
        PlanStep s;
        s.type =
            op.startsWith(QLatin1String("set_")) ? PlanStep::Type::Set : PlanStep::Type::Measure;
        s.path = path;
        s.instruments.names = {name};
        s.operation = op;
        s.parameters = parameters;
        return s;
    }

    static PlanStep setVoltage(const QString &path, double volts)
    {
        return operation(path, QStringLiteral("psu"), QStringLiteral("set_voltage"),
                         {{QStringLiteral("channel"), 1}, {QStringLiteral("value"), volts}});
    }

    static PlanStep outputOn()
    {
        return operation(
            QStringLiteral("steps[0]"), QStringLiteral("psu"), QStringLiteral("set_output"),
            {{QStringLiteral("channel"), 1}, {QStringLiteral("state"), QStringLiteral("ON")}});
    }

    /** Output 1 of the supply on at 5 V, then its voltage measured `count` times. */
    static Plan supplyAt5V(int count)
    {
        PlanStep measure =
            operation(QStringLiteral("steps[2].body[0]"), QStringLiteral("psu"),
                      QStringLiteral("measure_voltage"), {{QStringLiteral("channel"), 1}});
        PlanStep repeat;
        repeat.type = PlanStep::Type::Repeat;
        repeat.path = QStringLiteral("steps[2]");
        repeat.count = count;
        repeat.body = {measure};
        Plan plan;
        plan.steps = {outputOn(), setVoltage(QStringLiteral("steps[1]"), 5), repeat};
        return plan;
    }

    static PlanLimit voltageAbove3(PlanLimit::Action action, const QString &path = {})
    {
        PlanLimit l;
        l.path = path.isEmpty() ? QStringLiteral("limits[0]") : path;
        l.quantity = QStringLiteral("voltage");
        l.instruments.names = {QStringLiteral("psu")};
        l.max = 3;
        l.action = action;
        return l;
    }

    /** A query over the supply's transport, outside any run: its reply text. */
    QString ask(const QString &op)
    {
        m_engine->takeReadings(); // the runs' before
        RunRequest r = request({QStringLiteral("psu")}, op);
        r.parameters = {{QStringLiteral("channel"), 1}};
        const QList<Reading> readings = runAndCollect(r);
        if (readings.size() != 1 || readings.first()->status != JobStatus::Succeeded)
            return QStringLiteral("(failed)");
        const Reading::Value &v = readings.first()->value;
        if (const QString *text = std::get_if<QString>(&v))
            return *text;
        if (const double *d = std::get_if<double>(&v))
            return QString::number(*d);
        return QString();
    }

    /**
     * Runs `identify` on every instrument of `kind` to its end: the run's instruments as it
     * started, then those of its readings in the order they came ("name FAILED" when failed).
     */
    std::pair<QStringList, QStringList> identifyEveryOf(const QString &kind)
    {
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        const quint64 id = m_engine->start(identifyKind(kind), &error);
        if (id == 0)
            qWarning("plan refused: %s", qPrintable(error));
        const QStringList instruments = m_engine->instruments(id);
        QStringList ran;
        if (id == 0 || !finished.wait(kSafetyMs))
            return {instruments, ran};
        for (const Reading &r : m_engine->takeReadings())
            ran.append(r->status == JobStatus::Succeeded
                           ? r->instrument
                           : r->instrument + QStringLiteral(" FAILED"));
        return {instruments, ran};
    }

    static int count(const QList<Reading> &readings, const std::function<bool(const Reading &)> &f)
    {
        return int(std::count_if(readings.cbegin(), readings.cend(), f));
    }

    static bool isSafeState(const Reading &r)
    {
        return r->step.startsWith(QLatin1String("safeState["));
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

    void aKindsInstrumentsRunInNameOrderNotTheBenchsOrder()
    {
        stopBench();
        QVERIFY(startBench(ld::test::kMetersOutOfOrderBench));
        waitAllIdle();
        QVERIFY(m_dispatcher->setCap(1)); // one job at a time, in the order they were submitted
        const auto [instruments, ran] = identifyEveryOf(QStringLiteral("dmm"));
        const QStringList byName{QStringLiteral("meter a"), QStringLiteral("meter b")};
        QCOMPARE(instruments, byName);
        QCOMPARE(ran, byName);
    }

    void anInstrumentTwoTargetsOfferIsInAKindOnceOnTheFirstTarget()
    {
        // A second target offering "dmm" too (pinned to a meter's profile, never connected):
        // the first target claiming the name has it, and the kind runs it once.
        waitAllIdle();
        Bench other(m_dispatcher.get(), &m_profiles);
        InstrumentConfig twin;
        twin.name = QStringLiteral("dmm");
        twin.resource = QStringLiteral("TCPIP0::127.0.0.1::9::SOCKET");
        twin.profileId = QStringLiteral("labdispatch-sim-dmm");
        QString error;
        QVERIFY2(other.addInstrument(twin, &error), qPrintable(error));
        QVERIFY(other.unavailable(twin.name).isEmpty());
        m_engine->addTarget(&other);
        const auto removeOther = qScopeGuard([&] { m_engine->removeTarget(&other); });
        QCOMPARE(m_engine->targetOf(twin.name), m_bench.get());

        auto [instruments, ran] = identifyEveryOf(QStringLiteral("dmm"));
        const QStringList meters{QStringLiteral("dmm"), QStringLiteral("vdmm")};
        QCOMPARE(instruments, meters);
        ran.sort();
        QCOMPARE(ran, meters);
    }

    void anInstrumentOfAKindSwitchedOnDuringARunIsNotInIt()
    {
        // A parallel group of two repeats, each over a kind: the meters (the second one
        // switched off when the run starts) and the sensor. Switched on during the run, the
        // second meter joins no step of it: the run's instruments are those it started with.
        waitAllIdle();
        const QString late = QStringLiteral("vdmm");
        m_bench->setEnabled(late, false);
        const auto repeat = [this](const QString &kindOf, const QString &path) {
            PlanStep measure;
            measure.type = PlanStep::Type::Query;
            measure.path = path + QStringLiteral(".body[0]");
            measure.instruments.kind = m_bench->profile(kindOf)->kind;
            measure.operation = QStringLiteral("identify");
            PlanStep s;
            s.type = PlanStep::Type::Repeat;
            s.path = path;
            s.count = 100'000; // cancelled below
            s.body = {measure};
            return s;
        };
        PlanStep parallel;
        parallel.type = PlanStep::Type::Parallel;
        parallel.path = QStringLiteral("steps[0]");
        parallel.body = {repeat(QStringLiteral("dmm"), QStringLiteral("steps[0].body[0]")),
                         repeat(QStringLiteral("sensor"), QStringLiteral("steps[0].body[1]"))};
        Plan plan;
        plan.steps = {parallel};
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        const quint64 id = m_engine->start(plan, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const QStringList instruments{QStringLiteral("dmm"), QStringLiteral("sensor")};
        QCOMPARE(m_engine->instruments(id), instruments);

        m_bench->setEnabled(late, true);
        waitIdle({late});
        QVERIFY(m_bench->unavailable(late).isEmpty());
        // Iterations of the meters' repeat start after it can run.
        const qint64 done = m_bench->status(QStringLiteral("dmm")).jobsDone;
        QTRY_VERIFY_WITH_TIMEOUT(m_bench->status(QStringLiteral("dmm")).jobsDone >= done + 20,
                                 kSafetyMs);
        m_engine->cancelRun(id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        QStringList seen;
        for (const Reading &r : m_engine->takeReadings())
            if (!seen.contains(r->instrument))
                seen.append(r->instrument);
        seen.sort();
        QCOMPARE(seen, instruments);
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
        QStringList progressed;
        connect(m_engine.get(), &RunEngine::progress, this,
                [&](quint64, const QString &path, const QList<std::pair<QString, double>> &point) {
                    QString line = path;
                    for (const auto &[name, value] : point)
                        line += QStringLiteral(" %1=%2").arg(name).arg(value);
                    progressed.append(line);
                });
        QString failure;
        const QList<Reading> readings = runPlan(plan, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        disconnect(m_engine.get(), &RunEngine::progress, this, nullptr);
        // Progress tells each step and each sweep point as the run reaches it.
        QCOMPARE(progressed,
                 QStringList({QStringLiteral("steps[0]"), QStringLiteral("steps[1].body[0] v=3"),
                              QStringLiteral("steps[1].body[1].body[0] v=3 n=1"),
                              QStringLiteral("steps[1].body[1].body[0] v=3 n=2"),
                              QStringLiteral("steps[1].body[0] v=1"),
                              QStringLiteral("steps[1].body[1].body[0] v=1 n=1"),
                              QStringLiteral("steps[1].body[1].body[0] v=1 n=2")}));
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

    void aLimitCrossingAbortsTheRunAndTheSupplysOutputIsOffAfterwards()
    {
        waitAllIdle();
        // A repeat that never ends on its own: only the limit ends the run.
        Plan plan = supplyAt5V(10'000'000);
        plan.limits = {voltageAbove3(PlanLimit::Action::AbortRun)};
        QSignalSpy events(m_engine.get(), &RunEngine::eventLogged);
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        QVERIFY2(m_engine->start(plan, &error) > 0, qPrintable(error));
        QList<Reading> readings;
        QVERIFY(QTest::qWaitFor(
            [&] {
                readings += m_engine->takeReadings();
                return !finished.isEmpty();
            },
            kSafetyMs));
        readings += m_engine->takeReadings();
        // The safe state's operations are readings of the run, every one succeeded.
        QCOMPARE(count(readings, isSafeState), 6);
        QCOMPARE(count(readings,
                       [](const Reading &r) {
                           return isSafeState(r) && r->status == JobStatus::Succeeded;
                       }),
                 6);
        bool named = false;
        for (const auto &args : events) {
            const auto e = args.at(0).value<BenchEvent>();
            named = named || (e.severity == BenchEvent::Severity::Error &&
                              e.instrument == QLatin1String("psu") &&
                              e.text.contains(QLatin1String("limits[0]")));
        }
        QVERIFY(named);
        // Asked over the transport: the output is off and its voltage 0.
        QCOMPARE(ask(QStringLiteral("query_output")), QStringLiteral("OFF"));
        QCOMPARE(ask(QStringLiteral("query_voltage_setpoint")).toDouble(), 0.0);
    }

    void abortInstrumentEndsOnlyThatInstrumentsStepsAndTurnsOnlyItOff()
    {
        waitAllIdle();
        Plan plan = supplyAt5V(10'000'000);
        PlanStep identify = operation(QStringLiteral("steps[2].body[1].body[0]"),
                                      QStringLiteral("dmm"), QStringLiteral("identify"));
        PlanStep dmmRepeat;
        dmmRepeat.type = PlanStep::Type::Repeat;
        dmmRepeat.path = QStringLiteral("steps[2].body[1]");
        dmmRepeat.count = 30;
        dmmRepeat.body = {identify};
        PlanStep psuRepeat = plan.steps.takeLast();
        psuRepeat.path = QStringLiteral("steps[2].body[0]");
        psuRepeat.body.first().path = QStringLiteral("steps[2].body[0].body[0]");
        PlanStep parallel;
        parallel.type = PlanStep::Type::Parallel;
        parallel.path = QStringLiteral("steps[2]");
        parallel.body = {psuRepeat, dmmRepeat};
        plan.steps.append(parallel);
        plan.limits = {voltageAbove3(PlanLimit::Action::AbortInstrument)};
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        QVERIFY2(m_engine->start(plan, &error) > 0, qPrintable(error));
        QList<Reading> readings;
        QVERIFY(QTest::qWaitFor(
            [&] {
                readings += m_engine->takeReadings();
                return !finished.isEmpty();
            },
            kSafetyMs));
        readings += m_engine->takeReadings();
        // The meter's steps ran to their end; only the supply got a safe state.
        QCOMPARE(count(readings,
                       [](const Reading &r) {
                           return r->instrument == QLatin1String("dmm") &&
                                  r->status == JobStatus::Succeeded;
                       }),
                 30);
        QCOMPARE(count(readings,
                       [](const Reading &r) {
                           return isSafeState(r) && r->instrument == QLatin1String("psu");
                       }),
                 6);
        QCOMPARE(count(readings, isSafeState), 6);
        QCOMPARE(ask(QStringLiteral("query_output")), QStringLiteral("OFF"));
    }

    void aWarnLimitLogsAndTheRunGoesOn()
    {
        waitAllIdle();
        Plan plan = supplyAt5V(5);
        plan.limits = {voltageAbove3(PlanLimit::Action::Warn)};
        QSignalSpy events(m_engine.get(), &RunEngine::eventLogged);
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        QVERIFY2(m_engine->start(plan, &error) > 0, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        const QList<Reading> readings = m_engine->takeReadings();
        QCOMPARE(count(readings,
                       [](const Reading &r) {
                           return r->operation == QLatin1String("measure_voltage") &&
                                  r->status == JobStatus::Succeeded;
                       }),
                 5);
        QCOMPARE(count(readings, isSafeState), 0);
        int warnings = 0;
        for (const auto &args : events) {
            const auto e = args.at(0).value<BenchEvent>();
            warnings += e.severity == BenchEvent::Severity::Warning &&
                        e.text.contains(QLatin1String("limits[0]")) &&
                        e.text.contains(QLatin1String("max 3"));
        }
        QCOMPARE(warnings, 5);
        QCOMPARE(ask(QStringLiteral("query_output")), QStringLiteral("ON"));
    }

    void aPauseLimitOnAStepStartsNothingMoreUntilResumed()
    {
        waitAllIdle();
        m_dispatcher->setCap(1);
        Plan plan = supplyAt5V(10'000'000);
        plan.steps.last().limits = {
            voltageAbove3(PlanLimit::Action::Pause, QStringLiteral("steps[2].limits[0]"))};
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        const quint64 id = m_engine->start(plan, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->isPaused(id), kSafetyMs);
        // What was out finishes; nothing new is submitted.
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->pendingJobs(), 0, kSafetyMs);
        const qint64 submitted = m_dispatcher->counters().submitted;
        QCoreApplication::processEvents();
        QCOMPARE(m_dispatcher->counters().submitted, submitted);
        QVERIFY(m_engine->isActive(id));
        m_engine->resume(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_dispatcher->counters().submitted > submitted, kSafetyMs);
        // The next reading above the limit pauses it again.
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->isPaused(id), kSafetyMs);
        m_engine->abort(id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        QCOMPARE(ask(QStringLiteral("query_output")), QStringLiteral("OFF"));
    }

    void consecutiveReadingsDecideWhenALimitActs_data()
    {
        QTest::addColumn<QList<double>>("volts");
        QTest::addColumn<bool>("aborted");
        QTest::newRow("two outliers in a row are ignored")
            << QList<double>{5, 1, 5, 5, 1, 5} << false;
        QTest::newRow("three in a row abort") << QList<double>{5, 1, 5, 5, 5, 1} << true;
    }

    void consecutiveReadingsDecideWhenALimitActs()
    {
        QFETCH(QList<double>, volts);
        QFETCH(bool, aborted);
        waitAllIdle();
        Plan plan;
        plan.steps = {outputOn()};
        for (double v : volts) {
            const int i = int(plan.steps.size());
            plan.steps.append(setVoltage(QStringLiteral("steps[%1]").arg(i), v));
            plan.steps.append(operation(QStringLiteral("steps[%1]").arg(i + 1),
                                        QStringLiteral("psu"), QStringLiteral("measure_voltage"),
                                        {{QStringLiteral("channel"), 1}}));
        }
        PlanLimit limit = voltageAbove3(PlanLimit::Action::AbortRun);
        limit.consecutive = 3;
        plan.limits = {limit};
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        QVERIFY2(m_engine->start(plan, &error) > 0, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        const QList<Reading> readings = m_engine->takeReadings();
        QCOMPARE(count(readings, isSafeState) > 0, aborted);
        QCOMPARE(ask(QStringLiteral("query_output")),
                 aborted ? QStringLiteral("OFF") : QStringLiteral("ON"));
    }

    void aStopAppliesTheSafeStateOnlyWhenThePlanAsks_data()
    {
        QTest::addColumn<bool>("safeOnStop");
        QTest::newRow("safeOnStop: output off") << true;
        QTest::newRow("without it: output stays on") << false;
    }

    void aStopAppliesTheSafeStateOnlyWhenThePlanAsks()
    {
        QFETCH(bool, safeOnStop);
        waitAllIdle();
        Plan plan = supplyAt5V(10'000'000);
        plan.safeOnStop = safeOnStop;
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        QVERIFY2(m_engine->start(plan, &error) > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_bench->status(QStringLiteral("psu")).jobsDone >= 4, kSafetyMs);
        m_engine->stop({QStringLiteral("psu")});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        QCOMPARE(count(m_engine->takeReadings(), isSafeState), safeOnStop ? 6 : 0);
        QCOMPARE(ask(QStringLiteral("query_output")),
                 safeOnStop ? QStringLiteral("OFF") : QStringLiteral("ON"));
    }

    void allOutputsOffGoesAheadOfALongQueueAndEndsTheRunsOnIt()
    {
        waitAllIdle();
        m_dispatcher->setCap(1);
        QVERIFY(m_sim->setLatency(QStringLiteral("psu"), 20, 0));
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QSignalSpy safe(m_engine.get(), &RunEngine::safeStateFinished);
        QString error;
        QVERIFY2(m_engine->start(supplyAt5V(1), &error) > 0, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        finished.clear();
        m_engine->takeReadings();
        // A run on the supply, and a long queue of other jobs behind it.
        RunRequest endless =
            request({QStringLiteral("psu")}, QStringLiteral("measure_voltage"), 10'000'000);
        endless.parameters = {{QStringLiteral("channel"), 1}};
        QVERIFY2(m_engine->start(endless, &error) > 0, qPrintable(error));
        const DriverProfile *profile = m_bench->profile(QStringLiteral("psu"));
        std::atomic<int> queueCancelled{0};
        constexpr int kQueue = 40;
        for (int i = 0; i < kQueue; ++i) {
            RunTarget::OperationJob job;
            job.instrument = QStringLiteral("psu");
            job.operation = *profile->operation(QStringLiteral("measure_voltage"));
            job.onFinished = [&](const JobResult &r) {
                queueCancelled += r.status == JobStatus::Cancelled;
            };
            m_bench->submit(std::move(job));
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_dispatcher->counters().queued >= kQueue - 1, kSafetyMs);
        m_engine->allOutputsOff({QStringLiteral("psu")});
        QTRY_COMPARE_WITH_TIMEOUT(safe.count(), 1, kSafetyMs);
        QCOMPARE(safe.first().at(0).toString(), QStringLiteral("psu"));
        QVERIFY2(safe.first().at(1).toBool(), qPrintable(safe.first().at(2).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        QCOMPARE(m_engine->safeJobsPending(), 0);
        const QList<Reading> readings = m_engine->takeReadings();
        // Nothing of the run started once the safe state had, and every queued job was
        // cancelled (the one running at the call included): the safe state went first.
        qint64 safeStarted = std::numeric_limits<qint64>::max();
        for (const Reading &r : readings)
            if (isSafeState(r))
                safeStarted = std::min(safeStarted, r->startedMonoNs);
        QCOMPARE(count(readings,
                       [safeStarted](const Reading &r) {
                           return !isSafeState(r) && r->startedMonoNs > safeStarted;
                       }),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(queueCancelled.load(), kQueue, kSafetyMs);
        QCOMPARE(count(readings, isSafeState), 6);
        QCOMPARE(ask(QStringLiteral("query_output")), QStringLiteral("OFF"));
    }
    void aParallelGroupOverSixteenInstrumentsKeepsToTheCapAsItChanges()
    {
        // Sixteen DMMs, each sweeping its NPLC over ten points (a set and a measure at each),
        // all in one parallel group; the cap starts at 4, is raised to 7 after 60 readings and
        // lowered to 2 after 160. The dispatcher stamps each job's start after taking its slot
        // and its end before freeing it, so the stamped intervals are what ran at once.
        constexpr int kInstruments = 16;
        constexpr int kPoints = 10;
        stopBench();
        QString json = QStringLiteral(R"({"name": "sixteen", "instruments": [)");
        for (int i = 0; i < kInstruments; ++i)
            json += QStringLiteral(R"(%1{ "name": "dmm%2", "profile": "labdispatch-sim-dmm",
                "transport": "tcp", "seed": %3, "latencyMs": 2 })")
                        .arg(i ? QStringLiteral(",") : QString())
                        .arg(i)
                        .arg(100 + i);
        json += QStringLiteral("]}");
        QVERIFY(startBench(json.toUtf8().constData()));
        waitAllIdle();

        PlanStep group;
        group.type = PlanStep::Type::Parallel;
        group.path = QStringLiteral("steps[0]");
        QList<double> points;
        for (int n = 1; n <= kPoints; ++n)
            points.append(n);
        for (int i = 0; i < kInstruments; ++i) {
            const QString name = QStringLiteral("dmm%1").arg(i);
            const QString at = QStringLiteral("steps[0].body[%1]").arg(i);
            group.body.append(
                listSweep(QStringLiteral("n"), points,
                          {step(PlanStep::Type::Set, name, QStringLiteral("set_nplc"),
                                {{QStringLiteral("nplc"), QStringLiteral("${n}")}},
                                at + QStringLiteral(".body[0]")),
                           step(PlanStep::Type::Measure, name, QStringLiteral("measure_voltage_dc"),
                                {}, at + QStringLiteral(".body[1]"))},
                          at));
        }
        Plan plan;
        plan.steps = {group};

        struct CapChange
        {
            qint64 fromNs; ///< setCap() called
            qint64 toNs;   ///< setCap() returned
            int before;
            int after;
        };
        QList<CapChange> changes;
        auto changeCap = [&](int cap) {
            CapChange c{monotonicNowNs(), 0, m_dispatcher->cap(), cap};
            m_dispatcher->setCap(cap);
            c.toNs = monotonicNowNs();
            changes.append(c);
        };
        m_dispatcher->setCap(4);
        QList<Reading> readings;
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        const quint64 id = m_engine->start(plan, &error, [&](const Reading &r) {
            readings.append(r);
            if (readings.size() == 60)
                changeCap(7);
            else if (readings.size() == 160)
                changeCap(2);
        });
        QVERIFY2(id > 0, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSafetyMs);
        QCOMPARE(changes.size(), 2);

        // Readings complete: every point of every instrument, in its sweep's order.
        QCOMPARE(readings.size(), kInstruments * kPoints * 2);
        QHash<QString, QList<Reading>> byInstrument;
        for (const Reading &r : std::as_const(readings)) {
            QVERIFY2(r->status == JobStatus::Succeeded, qPrintable(r->error));
            byInstrument[r->instrument].append(r);
        }
        QCOMPARE(byInstrument.size(), kInstruments);
        for (auto it = byInstrument.cbegin(); it != byInstrument.cend(); ++it) {
            QList<double> measuredAt;
            for (const Reading &r : it.value())
                if (r->operation == QStringLiteral("measure_voltage_dc"))
                    measuredAt.append(r->variables.value(0).second);
            QCOMPARE(measuredAt, points);
        }

        // The most jobs that may run when a job starts: the largest cap in force from its
        // submission (it may have been admitted at once) to its start (stamped on its I/O
        // thread, after the admission), either cap while a change was being made.
        auto capAt = [&](qint64 ns) {
            int cap = 4;
            for (const CapChange &c : std::as_const(changes)) {
                if (ns < c.fromNs)
                    break;
                cap = ns <= c.toNs ? std::max(c.before, c.after) : c.after;
            }
            return cap;
        };
        auto allowed = [&](const Reading &job) {
            int cap = capAt(job->submittedMonoNs);
            for (const CapChange &c : std::as_const(changes))
                if (c.fromNs <= job->startedMonoNs && c.toNs >= job->submittedMonoNs)
                    cap = std::max(cap, c.after);
            return cap;
        };
        int checkedUnderTwo = 0;
        for (const Reading &job : std::as_const(readings)) {
            const qint64 at = job->startedMonoNs;
            int running = 0;
            for (const Reading &other : std::as_const(readings)) {
                if (other->startedMonoNs > at || other->completedMonoNs <= at)
                    continue;
                ++running;
                // Never two at once on one instrument.
                QVERIFY2(&other.fields() == &job.fields() || other->instrument != job->instrument,
                         qPrintable(job->instrument + QLatin1Char(' ') + job->step));
            }
            QVERIFY2(running <= allowed(job),
                     qPrintable(QStringLiteral("%1 running when %2 started under cap %3")
                                    .arg(running)
                                    .arg(job->step)
                                    .arg(allowed(job))));
            checkedUnderTwo += allowed(job) == 2 ? 1 : 0;
        }
        // The lowered cap was not only asked for: the jobs submitted after it were held to it.
        QVERIFY2(checkedUnderTwo > 0, qPrintable(QString::number(checkedUnderTwo)));
    }
    // ---- Actions submitted ahead (issue 13: plans as fast as simple runs) -------------------

    /** Output on, then a sweep of `v` over `values`: set_voltage ${v}, measure_voltage. */
    static Plan supplySweep(const QList<double> &values)
    {
        const QVariantMap channel = {{QStringLiteral("channel"), 1}};
        QVariantMap set = channel;
        set.insert(QStringLiteral("value"), QStringLiteral("${v}"));
        PlanStep sweep =
            listSweep(QStringLiteral("v"), values,
                      {operation(QStringLiteral("steps[1].body[0]"), QStringLiteral("psu"),
                                 QStringLiteral("set_voltage"), set),
                       operation(QStringLiteral("steps[1].body[1]"), QStringLiteral("psu"),
                                 QStringLiteral("measure_voltage"), channel)},
                      QStringLiteral("steps[1]"));
        Plan plan;
        plan.steps = {outputOn(), sweep};
        return plan;
    }

    /** The value a set_voltage reading set. */
    static double setValue(const Reading &r)
    {
        for (const Reading::Parameter &p : r->parameters)
            if (p.first == QLatin1String("value"))
                return p.second.toDouble();
        return qQNaN();
    }

    /** `instrument`'s readings of a run, in the order they started. */
    static QList<Reading> startOrder(const QList<Reading> &readings, const QString &instrument)
    {
        QList<Reading> out;
        for (const Reading &r : readings)
            if (r->instrument == instrument && !isSafeState(r))
                out.append(r);
        std::sort(out.begin(), out.end(), [](const Reading &a, const Reading &b) {
            return a->startedMonoNs < b->startedMonoNs;
        });
        return out;
    }

    void aLimitThatTripsOnAMeasureStopsTheNextSetOfTheSweep_data()
    {
        QTest::addColumn<int>("action");
        QTest::newRow("abort the run") << int(PlanLimit::Action::AbortRun);
        QTest::newRow("abort the instrument") << int(PlanLimit::Action::AbortInstrument);
        QTest::newRow("pause, setpoint read back while paused") << int(PlanLimit::Action::Pause);
    }

    void aLimitThatTripsOnAMeasureStopsTheNextSetOfTheSweep()
    {
        // The measure at 4 V crosses the 3 V limit: the set to 5 V after it must never run,
        // though the supply's next set is what a sweep body would submit ahead.
        QFETCH(int, action);
        waitAllIdle();
        Plan plan = supplySweep({0, 1, 2, 4, 5, 1});
        plan.limits = {voltageAbove3(PlanLimit::Action(action))};
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        const quint64 id = m_engine->start(plan, &error);
        QVERIFY2(id > 0, qPrintable(error));
        if (PlanLimit::Action(action) == PlanLimit::Action::Pause) {
            QTRY_VERIFY_WITH_TIMEOUT(m_engine->isPaused(id), kSafetyMs);
            QTRY_COMPARE_WITH_TIMEOUT(m_engine->pendingJobs(), 0, kSafetyMs);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        }
        const QList<Reading> readings = m_engine->takeReadings();
        QList<double> set;
        for (const Reading &r : readings)
            if (r->step == QLatin1String("steps[1].body[0]")) {
                QCOMPARE(r->status, JobStatus::Succeeded); // none was even submitted after
                set.append(setValue(r));
            }
        QCOMPARE(set, (QList<double>{0, 1, 2, 4}));
        if (PlanLimit::Action(action) == PlanLimit::Action::Pause) {
            // Over the supply's transport: where the sequential plan left it.
            QCOMPARE(ask(QStringLiteral("query_voltage_setpoint")), QStringLiteral("4"));
            m_engine->abort(id);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        }
    }

private:
    /** The simulated instrument leaves its next command starting with `command` unanswered. */
    bool noReplyOnceTo(const QString &instrument, const QByteArray &command)
    {
        SimFaults faults;
        faults.flags = SimFaults::NoReply;
        faults.times = 1;
        faults.onlyCommand = command;
        return m_sim->setFaults(instrument, faults);
    }

private Q_SLOTS:
    void aFailedActionLetsNothingSubmittedAheadOfItRun()
    {
        // The first measure gets no reply and times out. What the sweep submitted behind it on
        // the supply does not start: it is submitted again once the engine has seen the
        // failure, and the sweep goes on as it would one action at a time.
        waitAllIdle();
        QVERIFY(noReplyOnceTo(QStringLiteral("psu"), "MEAS"));
        QString failure;
        const QList<Reading> readings = runPlan(supplySweep({1, 2, 3, 4}), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QList<Reading> psu = startOrder(readings, QStringLiteral("psu"));
        QCOMPARE(psu.size(), 9); // output on, then a set and a measure per point, once each
        QCOMPARE(psu.at(2)->status, JobStatus::TimedOut);
        const qint64 failedAt = psu.at(2)->completedMonoNs;
        for (int i = 1; i < psu.size(); ++i) {
            const Reading &r = psu.at(i);
            QCOMPARE(r->step, QStringLiteral("steps[1].body[%1]").arg((i - 1) % 2));
            QCOMPARE(r->variables.at(0).second, double(1 + (i - 1) / 2));
            if (i != 2)
                QCOMPARE(r->status, JobStatus::Succeeded);
            if (i > 2)
                QVERIFY2(r->submittedMonoNs >= failedAt,
                         qPrintable(QStringLiteral("%1 at %2 was submitted ahead of the failure")
                                        .arg(r->step)
                                        .arg(r->variables.at(0).second)));
        }
    }

    // ---- A sweep point's set and measure as one job (issue 13) ---------------------------

    /** A sweep of `v` over `values` on the supply alone: set_voltage ${v}, measure_voltage. */
    static Plan bareSupplySweep(const QList<double> &values)
    {
        Plan plan = supplySweep(values);
        plan.steps.removeFirst();
        plan.steps[0].path = QStringLiteral("steps[0]");
        plan.steps[0].body[0].path = QStringLiteral("steps[0].body[0]");
        plan.steps[0].body[1].path = QStringLiteral("steps[0].body[1]");
        return plan;
    }

    void aPointsSetGoesInOneJobWithItsMeasureOnlyWhereNothingIsDecidedBetween_data()
    {
        QTest::addColumn<int>("between"); // 0: nothing, 1: a limit on the set, 2: a ramp
        QTest::newRow("nothing between: one job per point, output-on in the first") << 0;
        QTest::newRow("a limit that aborts watches the set: a job per action") << 1;
        QTest::newRow("a ramped set: a job per action") << 2;
    }

    void aPointsSetGoesInOneJobWithItsMeasureOnlyWhereNothingIsDecidedBetween()
    {
        QFETCH(int, between);
        waitAllIdle();
        const QList<double> values = {1, 2, 0.5, 2.5, 1.5, 0};
        Plan plan = supplySweep(values);
        if (between == 1)
            plan.limits = {voltageAbove3(PlanLimit::Action::AbortRun)};
        if (between == 2) {
            PlanRamp ramp;
            ramp.parameter = QStringLiteral("value");
            ramp.maxStep = 10;
            plan.steps[1].body[0].ramp = ramp;
        }
        QTemporaryDir dir;
        Journal journal(dir.path());
        RunInfo info;
        info.runId = Journal::newRunId(wallNowNs());
        QVERIFY(journal.open(info));
        m_engine->setJournal(&journal);
        const qint64 submitted = m_dispatcher->counters().submitted;
        QString failure;
        const QList<Reading> readings = runPlan(plan, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const qint64 jobs = m_dispatcher->counters().submitted - submitted;
        m_engine->setJournal(nullptr);
        QCOMPARE(journal.appendedCount(), quint64(readings.size()));
        QVERIFY(journal.close());

        // Readings as one action at a time makes them: output on, then a set and a measure
        // per point, each with its step path and value, journaled and handed on in that order.
        const QList<Reading> psu = startOrder(readings, QStringLiteral("psu"));
        QCOMPARE(readings, psu); // already in the order they ran
        QSet<JobId> jobIds;
        for (const Reading &r : psu) {
            QVERIFY2(r->status == JobStatus::Succeeded, qPrintable(r->error));
            jobIds.insert(r->jobId);
        }
        if (between == 2) {
            // The ramp reads back where it starts, then sets: no two of its actions share a job.
            QCOMPARE(jobs, qint64(psu.size()));
            QCOMPARE(jobIds.size(), psu.size());
            return;
        }
        QCOMPARE(psu.size(), 1 + 2 * values.size());
        QCOMPARE(psu.at(0)->step, QStringLiteral("steps[0]"));
        for (int i = 1; i < psu.size(); ++i) {
            const Reading &r = psu.at(i);
            QCOMPARE(r->step, QStringLiteral("steps[1].body[%1]").arg((i - 1) % 2));
            QCOMPARE(r->variables.size(), 1);
            QCOMPARE(r->variables.at(0).first, QStringLiteral("v"));
            QCOMPARE(r->variables.at(0).second, values.at((i - 1) / 2));
            if (i % 2 == 1)
                QCOMPARE(setValue(r), values.at((i - 1) / 2));
            else
                QVERIFY(std::holds_alternative<double>(r->value));
            QVERIFY(r->startedMonoNs >= psu.at(i - 1)->completedMonoNs);
        }
        if (between == 0) {
            // The output's set, the first set and its measure; then a set and its measure.
            QCOMPARE(jobs, qint64(values.size()));
            QCOMPARE(jobIds.size(), values.size());
            for (int i = 1; i < psu.size(); i += 2)
                QCOMPARE(psu.at(i)->jobId, psu.at(i + 1)->jobId);
        } else {
            // The limit decides on each set's reading before its measure may start; nothing
            // watches the output, so its set and the first set are one job.
            QCOMPARE(jobs, qint64(psu.size() - 1));
            QCOMPARE(psu.at(0)->jobId, psu.at(1)->jobId);
            for (int i = 1; i < psu.size(); i += 2)
                QVERIFY(psu.at(i)->jobId != psu.at(i + 1)->jobId);
        }
    }

    void aSetThatFailsDoesNotRunTheMeasureInItsJobWhichRunsLaterAsBefore()
    {
        // The first set's error query gets no reply: the set times out. The measure in its job
        // does not run; the engine sees the failure and hands it out again, and the sweep goes
        // on as one action at a time would (a set and its measure a job from then on).
        waitAllIdle();
        QVERIFY(noReplyOnceTo(QStringLiteral("psu"), "SYST:ERR"));
        const QList<double> values = {1, 2, 3, 4};
        QString failure;
        const QList<Reading> readings = runPlan(bareSupplySweep(values), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QList<Reading> psu = startOrder(readings, QStringLiteral("psu"));
        QCOMPARE(psu.size(), 2 * values.size()); // a set and a measure per point, once each
        QCOMPARE(psu.at(0)->status, JobStatus::TimedOut);
        const qint64 failedAt = psu.at(0)->completedMonoNs;
        for (int i = 0; i < psu.size(); ++i) {
            const Reading &r = psu.at(i);
            QCOMPARE(r->step, QStringLiteral("steps[0].body[%1]").arg(i % 2));
            QCOMPARE(r->variables.at(0).second, values.at(i / 2));
            if (i == 0)
                continue;
            QCOMPARE(r->status, JobStatus::Succeeded);
            QVERIFY2(r->submittedMonoNs >= failedAt,
                     qPrintable(QStringLiteral("%1 at %2 was submitted ahead of the failure")
                                    .arg(r->step)
                                    .arg(r->variables.at(0).second)));
        }
        QVERIFY(psu.at(1)->jobId != psu.at(0)->jobId);
        // Once the failure is behind it, each point's set and measure are one job again.
        QCOMPARE(psu.constLast()->jobId, psu.at(psu.size() - 2)->jobId);
    }

    void pausingAPipelinedSweepStartsNothingSubmittedAheadUntilResumed()
    {
        waitAllIdle();
        m_dispatcher->setCap(8);
        QList<double> values;
        for (int i = 0; i < 60; ++i)
            values.append(i % 5);
        const Plan plan = supplySweep(values);
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        QString error;
        const quint64 id = m_engine->start(plan, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QList<Reading> readings;
        QVERIFY(QTest::qWaitFor(
            [&] {
                readings += m_engine->takeReadings();
                return readings.size() >= 20;
            },
            kSafetyMs));
        m_engine->pause(id);
        const qint64 pausedAt = monotonicNowNs();
        // What was running finishes; what was submitted ahead of it does not start.
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->pendingJobs(), 0, kSafetyMs);
        readings += m_engine->takeReadings();
        const qint64 submitted = m_dispatcher->counters().submitted;
        QCoreApplication::processEvents();
        QCOMPARE(m_dispatcher->counters().submitted, submitted);
        const QList<Reading> before = startOrder(readings, QStringLiteral("psu"));
        QVERIFY(before.size() < 1 + 2 * values.size());
        for (int i = 1; i < before.size(); ++i) {
            const Reading &r = before.at(i);
            const bool ahead = r->submittedMonoNs < before.at(i - 1)->completedMonoNs;
            QVERIFY2(!ahead || r->startedMonoNs <= pausedAt,
                     qPrintable(QStringLiteral("%1 at %2 started %3 us after the pause")
                                    .arg(r->step)
                                    .arg(r->variables.at(0).second)
                                    .arg((r->startedMonoNs - pausedAt) / 1000)));
        }
        m_engine->resume(id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        readings += m_engine->takeReadings();
        // Every point once, in order: what was held back ran after the resume.
        const QList<Reading> psu = startOrder(readings, QStringLiteral("psu"));
        QCOMPARE(psu.size(), 1 + 2 * values.size());
        for (int i = 1; i < psu.size(); ++i) {
            QCOMPARE(psu.at(i)->status, JobStatus::Succeeded);
            QCOMPARE(psu.at(i)->step, QStringLiteral("steps[1].body[%1]").arg((i - 1) % 2));
            QCOMPARE(psu.at(i)->variables.at(0).second, values.at((i - 1) / 2));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunEngine)
#include "tst_runengine.moc"
