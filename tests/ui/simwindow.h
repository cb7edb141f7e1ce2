// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A main window on a simulated bench (ptys and loopback TCP), its runs journaled in a
// temporary folder: the set-up the window's run, safe-state and front-panel suites share.
#include "instrumenttablemodel.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "operationspanel.h"

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "plans/runengine.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <QByteArrayList>

#include <initializer_list>
#include <memory>

namespace ld::test {

class SimWindow
{
public:
    static constexpr int kSafetyMs = 60000; // a safety net only: a loaded CI machine is slow
    /** A triple supply, "PSU", on loopback TCP. */
    static constexpr const char *kPsu =
        R"({ "name": "PSU", "profile": "labdispatch-sim-psu3", "transport": "tcp", "seed": 5,
             "latencyMs": 1, "jitterMs": 0 })";
    /** A thermometer, "Room", on a pty; its profile has no safe state. */
    static constexpr const char *kRoom =
        R"({ "name": "Room", "profile": "labdispatch-sim-thermometer", "transport": "pty",
             "seed": 12, "latencyMs": 2, "jitterMs": 1 })";

    /** A simulated bench description of these instruments. */
    static QByteArray benchJson(std::initializer_list<const char *> instruments)
    {
        QByteArrayList specs;
        for (const char *i : instruments)
            specs.append(i);
        return "{ \"instruments\": [" + specs.join(',') + "] }";
    }

    ProfileRegistry profiles;
    QTemporaryDir runs;
    std::unique_ptr<Dispatcher> dispatcher = std::make_unique<Dispatcher>(8);
    std::unique_ptr<SimBench> sim = std::make_unique<SimBench>();
    std::unique_ptr<Bench> bench;
    std::unique_ptr<RunEngine> engine;
    std::unique_ptr<MainWindow> window;

    SimWindow()
    {
        profiles.addDirectory(ProfileRegistry::builtinDirectory());
        bench = std::make_unique<Bench>(dispatcher.get(), &profiles);
        engine = std::make_unique<RunEngine>(dispatcher.get());
        engine->addTarget(bench.get());
    }
    ~SimWindow()
    {
        window.reset();
        engine.reset();
        bench.reset();
        sim.reset();
        dispatcher.reset();
    }

    /** Serves `json`, opens the window on it and waits for every instrument to be idle. */
    bool start(const QByteArray &json, const QString &runsFolder = QString())
    {
        QString error;
        const auto specs = SimBench::parse(json, &error);
        if (!specs || !sim->start(profiles, *specs, &error) ||
            !sim->addInstrumentsTo(bench.get(), 1000, SimBench::ProfileChoice::Pinned, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        MainWindow::Context c;
        c.bench = bench.get();
        c.engine = engine.get();
        c.dispatcher = dispatcher.get();
        c.profiles = &profiles;
        c.simulated = true;
        c.runsFolder = runsFolder.isEmpty() ? runs.path() : runsFolder;
        c.sim = sim.get();
        window = std::make_unique<MainWindow>(c);
        window->resize(1400, 900);
        window->show();
        bench->connectAll();
        for (const QString &name : bench->names())
            if (!QTest::qWaitFor([&] { return state(name) == InstrumentState::Idle; }, kSafetyMs)) {
                qWarning("%s never became idle", qPrintable(name));
                return false;
            }
        return true;
    }

    QModelIndex cell(const QString &name, int column) const
    {
        auto *model = window->instrumentModel();
        return model->index(model->rowOf(name), column);
    }
    InstrumentState state(const QString &name) const
    {
        return InstrumentState(cell(name, 0).data(InstrumentTableModel::StateRole).toInt());
    }

    /** Selects `names` and presses Run for `operation` (every `intervalMs`, else `repeat`). */
    bool run(const QStringList &names, const QString &operation, int repeat, int intervalMs = 0,
             const QVariantMap &parameters = {})
    {
        window->selectInstruments(names);
        OperationsPanel *panel = window->operationsPanel();
        if (!panel->selectOperation(operation))
            return false;
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
            if (!panel->setParameter(it.key(), it.value()))
                return false;
        if (intervalMs > 0)
            panel->setInterval(intervalMs, 0);
        else
            panel->setRepeat(repeat);
        if (!panel->runButton()->isEnabled()) {
            qWarning("cannot run: %s", qPrintable(panel->problem()));
            return false;
        }
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        return true;
    }

    bool logHas(const QString &text) const
    {
        for (int i = 0; i < window->logModel()->rowCount(); ++i)
            if (window->logModel()->event(i).text.contains(text))
                return true;
        return false;
    }

    bool idle() const { return !engine->hasActiveRuns() && engine->pendingJobs() == 0; }
};

} // namespace ld::test
