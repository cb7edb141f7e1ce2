// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "plans/runengine.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

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

    /** Whether startBench() puts the simulated instruments onto the bench, or leaves the bench
     * empty for the suite to fill (from a bench file of its own, say). */
    enum class SimInstruments { OnTheBench, NotAdded };

    /** False (with a warning) when the simulated bench (`json`, kBenchJson's form) does not come
     * up. */
    bool startBench(const char *json = kBenchJson,
                    SimInstruments instruments = SimInstruments::OnTheBench)
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
        if (instruments == SimInstruments::OnTheBench &&
            !m_sim->addInstrumentsTo(m_bench.get(), 500, SimBench::ProfileChoice::Matched,
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
};

} // namespace ld::test
