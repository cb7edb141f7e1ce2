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

/**
 * The run engine end to end on a local bench: plans and simple runs over real sessions
 * (ptys and loopback TCP to the simulated bench), waves, stops, the bounded window and the
 * journal.
 */
class TestRunEngine : public test::BenchFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 5);
    }

    void init() { QVERIFY(startBench()); }

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
        QVERIFY(m_dispatcher->counters().peakRunning <= 3);
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
};

QTEST_GUILESS_MAIN(TestRunEngine)
#include "tst_runengine.moc"
