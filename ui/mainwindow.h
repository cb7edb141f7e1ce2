// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench.h"

#include <QMainWindow>

#include <array>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QScrollArea;
class QSettings;
class QSplitter;
class QTimer;
class QToolBar;

namespace ld {

class BenchDocument;
class CapControl;
class DiscoveryDialog;
class Dispatcher;
class FrontPanels;
class GaugePanel;
class InstrumentEditing;
class InstrumentTableModel;
class InstrumentView;
class InterruptedRunsBanner;
class IoMonitor;
class LabConnection;
class LabLink;
class LogModel;
class LogPanel;
class OperationsPanel;
class PlotPanel;
class ProfileRegistry;
class ReadingsExport;
class RunActions;
class RunController;
class RunEngine;
class RunsBrowser;
class SafeStateActions;
class ScpiConsole;
class SimBench;
class WindowSettings;

/**
 * The main window: instruments table, live plot, operations, cap, gauges and log, laid out
 * with their docks, actions and menus. It owns no core object: the composition root passes
 * them in. Its parts do the rest, each on its own: the bench document (BenchDocument), the
 * CSV export (ReadingsExport), the shared lab (LabLink), the safe state and quitting
 * (SafeStateActions), instrument editing (InstrumentEditing) and the runs (RunController). All
 * bench and dispatcher traffic reaches it as queued, coalesced signals; one display tick (about 30
 * Hz) drains readings within a time budget and redraws what changed, so the UI thread never waits
 * on I/O, jobs or worker locks held for longer than a queue swap.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Context
    {
        Bench *bench = nullptr;
        RunEngine *engine = nullptr; ///< runs on the bench and the lab's instruments
        Dispatcher *dispatcher = nullptr;
        const ProfileRegistry *profiles = nullptr;
        bool simulated = false;        ///< the bench is the built-in simulated one
        QSettings *settings = nullptr; ///< null: remember nothing (tests)
        QString benchPath;             ///< the file the bench came from, if any
        /** Where each run's journal goes and interrupted runs are found; empty: none. */
        QString runsFolder;
        LabConnection *lab = nullptr; ///< the shared lab link; null: no lab menu (tests)
        SimBench *sim = nullptr;      ///< serves the simulated bench; null: not offered
        QString startNotice;          ///< logged at start (why the last bench did not open)
    };

    static constexpr int kDisplayIntervalMs = 33;
    /** Time the display tick may spend taking readings before it draws. */
    static constexpr qint64 kDrainBudgetNs = 6'000'000;
    /** Time a whole display tick should take; the plot skips a replot that would overrun it. */
    static constexpr qint64 kFrameBudgetNs = 12'000'000;
    /**
     * The table is refreshed every this many ticks (about 5 Hz): its numbers are read, not
     * watched, and repainting its text costs more than a plot frame.
     */
    static constexpr int kTableEveryTicks = 6;

    explicit MainWindow(const Context &context, QWidget *parent = nullptr);

    /** Drains readings within the budget, then updates table, gauges, log and plot once. */
    void displayTick();
    /** Selects `names` in the table, as a click would (the UI benchmark drives it so). */
    void selectInstruments(const QStringList &names);

    qint64 readingsTaken() const { return m_readingsTaken; }
    qint64 displayTicks() const { return m_ticks; }
    /** How long recent display ticks took, in ms (the newest kTickHistory), for benchmarks. */
    QList<double> tickCostsMs() const { return m_tickCostsMs; }
    static constexpr int kTickHistory = 8192;
    /** Total time spent in each part of the display tick: drain, table, gauges+log, plot (ns). */
    std::array<qint64, 4> tickSectionNs() const { return m_sectionNs; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    /** Sets the texts that createActions() does not: menus, docks, banner, title. */
    void retranslate();
    void updateSelection();
    /** Shows a bench that replaced the previous one: rows, banner, plot. */
    void benchReplaced();
    void discover();
    /** The runs browser on the runs folder, its plans run again on this window's engine. */
    void showPastRuns();
    void about();
    void logLocal(const QString &text);
    void fitRunDock();

    Context m_ctx;
    InstrumentTableModel *m_model;
    InstrumentView *m_view;
    PlotPanel *m_plot;
    CapControl *m_cap;
    GaugePanel *m_gauges;
    OperationsPanel *m_operations;
    LogModel *m_logModel;
    LogPanel *m_log;
    ScpiConsole *m_console;
    IoMonitor *m_monitor;
    QLabel *m_banner;
    InterruptedRunsBanner *m_interrupted;
    DiscoveryDialog *m_discovery = nullptr;
    QLabel *m_readingsLabel;
    QSplitter *m_splitter;
    QTimer *m_displayTimer;
    qint64 m_readingsTaken = 0;
    qint64 m_ticks = 0;
    QList<double> m_tickCostsMs;
    std::array<qint64, 4> m_sectionNs{};

    RunController *m_runControl;
    BenchDocument *m_document;
    ReadingsExport *m_export;
    LabLink *m_labLink;
    SafeStateActions *m_safe;
    InstrumentEditing *m_editing;
    RunActions *m_runActions;
    WindowSettings *m_settings = nullptr;
    FrontPanels *m_frontPanels;
    QScrollArea *m_controlsScroll = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_openSimulatedAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stopSelectedAction = nullptr;
    QAction *m_stopAllAction = nullptr;
    QAction *m_outputsOffAction = nullptr;
    QAction *m_frontPanelAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_discoverAction = nullptr;
    QAction *m_connectLabAction = nullptr;
    QAction *m_disconnectLabAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_pastRunsAction = nullptr;
    RunsBrowser *m_runsBrowser = nullptr;
    QList<QDockWidget *> m_docks;
    QList<QAction *> m_actions; ///< made by createActions(), in its order
    QList<QMenu *> m_menus;     ///< File, Instruments, Run, View, Plot Window, Help
    QToolBar *m_toolBar = nullptr;
};

} // namespace ld
