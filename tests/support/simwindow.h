// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "plans/runengine.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <memory>

class QAction;

namespace ld {

class BenchDocument;
class CapControl;
class GaugePanel;
class InstrumentTableModel;
class InstrumentView;
class InterruptedRunsBanner;
class LabLink;
class LogModel;
class OperationsPanel;
class PlotPanel;
class ReadingsExport;
class RunActions;
class RunController;
class SafeStateActions;
class ScpiConsole;

namespace test {

/**
 * A main window on a simulated bench (ptys and loopback TCP), its runs journaled in a
 * temporary folder: the set-up every window suite shares. The window's parts are found the
 * way a user finds them, by their object names, not through accessors kept for tests.
 */
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
    static QByteArray benchJson(std::initializer_list<const char *> instruments);

    ProfileRegistry profiles;
    QTemporaryDir runs;
    std::unique_ptr<Dispatcher> dispatcher;
    std::unique_ptr<SimBench> sim = std::make_unique<SimBench>();
    std::unique_ptr<Bench> bench;
    std::unique_ptr<RunEngine> engine;
    std::unique_ptr<MainWindow> window;

    /** What open() hands to the window besides the bench; change them before it. */
    QString runsFolder;            ///< the runs' journals: `runs` unless changed
    QSettings *settings = nullptr; ///< null: the window remembers nothing
    LabConnection *lab = nullptr;  ///< null: no lab menu

    explicit SimWindow(int cap = 8);
    ~SimWindow();

    /** Serves `json` (the demo bench when empty) and adds its instruments to the bench. */
    bool serve(const QByteArray &json, int timeoutMs = 1000);
    /** Opens the window (1400x900, shown) on the bench; again after `window` was reset. */
    void open();
    /** Waits until every instrument of the bench is idle. */
    bool waitIdle() const;
    /** Serves `json`, opens the window on it and waits for every instrument to be idle. */
    bool start(const QByteArray &json, const QString &runsFolder = QString());

    /** The window's child of type T named `name` (by type alone when `name` is empty). */
    template<class T> T *find(const QString &name = QString()) const
    {
        return window->findChild<T *>(name);
    }
    QAction *action(const char *objectName) const;
    InstrumentTableModel *model() const;
    InstrumentView *view() const;
    OperationsPanel *operations() const;
    PlotPanel *plot() const;
    CapControl *cap() const;
    GaugePanel *gauges() const;
    LogModel *log() const;
    ScpiConsole *console() const;
    InterruptedRunsBanner *interruptedBanner() const;
    RunController *runController() const;
    RunActions *runActions() const;
    SafeStateActions *safeState() const;
    BenchDocument *document() const;
    ReadingsExport *readingsExport() const;
    LabLink *labLink() const;

    QModelIndex cell(const QString &name, int column) const;
    InstrumentState state(const QString &name) const;
    /** Selects `names` and presses Run for `operation` (every `intervalMs`, else `repeat`). */
    bool run(const QStringList &names, const QString &operation, int repeat, int intervalMs = 0,
             const QVariantMap &parameters = {});
    bool logHas(const QString &text) const;
    bool idle() const { return !engine->hasActiveRuns() && engine->pendingJobs() == 0; }
};

} // namespace test
} // namespace ld
