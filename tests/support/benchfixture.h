// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "plans/runengine.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QMap>
#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace ld::test {

/**
 * A simulated bench served over a pty and loopback TCP (a DMM, a thermometer, a supply),
 * its dispatcher, Bench and RunEngine: the fixture of the instrument and run-engine suites.
 * A suite derives from it, calls startBench() in init() and stopBench() in cleanup().
 */
class BenchFixture : public QObject
{
protected:
    static constexpr int kSafetyMs = 30000;
    static constexpr const char *kBenchJson = R"({
  "name": "test",
  "instruments": [
    { "name": "dmm", "profile": "labdispatch-sim-dmm", "transport": "pty", "seed": 11, "latencyMs": 2 },
    { "name": "sensor", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 12, "latencyMs": 2 },
    { "name": "psu", "profile": "labdispatch-sim-psu3", "transport": "tcp", "seed": 13, "latencyMs": 2 }
  ]
})";

    ProfileRegistry m_profiles;
    std::unique_ptr<SimBench> m_sim;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<Bench> m_bench;
    std::unique_ptr<RunEngine> m_engine;

    /** False (with a warning) when the simulated bench (`json`, kBenchJson's form) does not come
     * up; its instruments and GPIB boards are on the bench, `timeoutMs` per query. */
    bool startBench(const char *json = kBenchJson, int timeoutMs = 500)
    {
        QString error;
        auto specs = SimBench::parse(json, &error);
        m_sim = std::make_unique<SimBench>();
        if (!specs || !m_sim->start(m_profiles, *specs, &error)) {
            qWarning("sim: %s", qPrintable(error));
            return false;
        }
        m_dispatcher = std::make_unique<Dispatcher>(16);
        m_bench = std::make_unique<Bench>(m_dispatcher.get(), &m_profiles);
        m_engine = std::make_unique<RunEngine>(m_dispatcher.get());
        m_engine->addTarget(m_bench.get());
        if (!m_sim->addInstrumentsTo(m_bench.get(), timeoutMs, SimBench::ProfileChoice::Matched,
                                     &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    void stopBench()
    {
        m_engine.reset();
        m_bench.reset();
        m_dispatcher.reset();
        m_sim.reset();
    }

    void waitAllIdle() { waitIdle(m_bench->names()); }

    /** Connects the bench and waits until each of `names` is idle (a failure if one is not). */
    void waitIdle(const QStringList &names)
    {
        m_bench->connectAll();
        for (const QString &name : names)
            QTRY_COMPARE_WITH_TIMEOUT(m_bench->status(name).state, InstrumentState::Idle,
                                      kSafetyMs);
    }

    /** Starts `request` and takes its readings until it finishes (empty if refused). */
    QList<Reading> runAndCollect(const RunRequest &request)
    {
        return runAndCollectOn(*m_engine, request);
    }

    /** runAndCollect() on an engine of the test's own. */
    static QList<Reading> runAndCollectOn(RunEngine &engine, const RunRequest &request)
    {
        QSignalSpy finished(&engine, &RunEngine::runFinished);
        QString error;
        const quint64 id = engine.start(request, &error);
        if (id == 0)
            qWarning("run refused: %s", qPrintable(error));
        QList<Reading> readings;
        if (id == 0)
            return readings;
        if (!QTest::qWaitFor(
                [&] {
                    readings += engine.takeReadings();
                    for (const auto &args : finished)
                        if (args.at(0).toULongLong() == id)
                            return true;
                    return false;
                },
                kSafetyMs))
            qWarning("run %llu did not finish", id);
        readings += engine.takeReadings();
        return readings;
    }

    static RunRequest request(const QStringList &names, const QString &op, int repeat = 1)
    {
        RunRequest r;
        r.instruments = names;
        r.operation = op;
        r.repeat = repeat;
        return r;
    }

    /** Starts `op` on `names` every 20 ms until stopped; 0 (with a warning) if refused. */
    quint64 startIntervalRun(const QStringList &names, const QString &op)
    {
        RunRequest r = request(names, op);
        r.intervalMs = 20;
        QString error;
        const quint64 id = m_engine->start(r, &error);
        if (id == 0)
            qWarning("run refused: %s", qPrintable(error));
        return id;
    }

    /** The "disconnect" fault on every MEAS command: a pty comes back under a new path. */
    static SimFaults disconnectOnMeasure()
    {
        SimFaults faults;
        faults.flags = SimFaults::DisconnectMidReply;
        faults.onlyCommand = "MEAS";
        return faults;
    }

    /** Drops the engine's readings so far, then waits for `count` more that succeeded from
     * each of `names` (false if they do not come). */
    bool waitForSucceeded(const QStringList &names, int count)
    {
        m_engine->takeReadings();
        QMap<QString, int> succeeded;
        return QTest::qWaitFor(
            [&] {
                for (const Reading &reading : m_engine->takeReadings())
                    if (reading->status == JobStatus::Succeeded)
                        ++succeeded[reading->instrument];
                for (const QString &name : names)
                    if (succeeded.value(name) < count)
                        return false;
                return true;
            },
            kSafetyMs);
    }
};

} // namespace ld::test
