// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench.h"
#include "node/mqttclient.h"
#include "plans/runrequest.h"
#include "results/csvexporter.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMap>
#include <QMessageBox>
#include <QPointer>
#include <QSet>

#include <array>
#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressDialog;
class QScrollArea;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace ld {

class CancellationSource;
class CapControl;
class DiscoveryDialog;
class Dispatcher;
class GaugePanel;
class InstrumentTableModel;
class InterruptedRunsBanner;
class Journal;
class LabConnection;
class LogModel;
class LogPanel;
class OperationsPanel;
class PlotPanel;
class FrontPanel;
class ProfileRegistry;
class RunController;
class RunEngine;
class IoMonitor;
class RunsBrowser;
class ScpiConsole;
class SimBench;

/**
 * The main window: instruments table, live plot, operations, cap, gauges and log. It owns no
 * core object: the composition root passes them in. All bench and dispatcher traffic reaches it
 * as queued, coalesced signals; one display tick (about 30 Hz) drains readings within a time
 * budget and redraws what changed, so the UI thread never waits on I/O, jobs or worker locks
 * held for longer than a queue swap.
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
    ~MainWindow() override;

    /** Drains readings within the budget, then updates table, gauges, log and plot once. */
    void displayTick();
    void selectInstruments(const QStringList &names);
    /** Stops the selected instruments' runs and cancels their queued and running jobs. */
    void stopSelected();
    void stopAll();
    QStringList selectedInstruments() const;

    bool openBench(const QString &path, QString *error = nullptr);
    bool saveBench(const QString &path, QString *error = nullptr);
    /** Replaces the bench by the simulated demo bench; the next start opens it too. */
    bool openSimulatedBench(QString *error = nullptr);
    QAction *openSimulatedAction() const { return m_openSimulatedAction; }
    /**
     * Exports a journal (the newest run's when `journalPath` is empty) to `csvPath` off the UI
     * thread, with progress and cancel; csvExportFinished() reports.
     */
    bool startCsvExport(const QString &csvPath, const QString &journalPath = QString());
    /** Looks for interrupted runs in the runs folder again and offers them. */
    void findInterruptedRuns();
    /** Connects to a shared lab with `options` (what the Connect to Lab dialog does). */
    bool connectLab(const MqttClient::Options &options, QString *error = nullptr);
    void disconnectLab();

    qint64 readingsTaken() const { return m_readingsTaken; }
    qint64 displayTicks() const { return m_ticks; }
    /** How long recent display ticks took, in ms (the newest kTickHistory), for benchmarks. */
    QList<double> tickCostsMs() const { return m_tickCostsMs; }
    static constexpr int kTickHistory = 8192;
    /** Total time spent in each part of the display tick: drain, table, gauges+log, plot (ns). */
    std::array<qint64, 4> tickSectionNs() const { return m_sectionNs; }

    CapControl *capControl() const { return m_cap; }
    GaugePanel *gaugePanel() const { return m_gauges; }
    PlotPanel *plotPanel() const { return m_plot; }
    LogPanel *logPanel() const { return m_log; }
    LogModel *logModel() const { return m_logModel; }
    OperationsPanel *operationsPanel() const { return m_operations; }
    ScpiConsole *scpiConsole() const { return m_console; }
    IoMonitor *ioMonitor() const { return m_monitor; }
    InstrumentTableModel *instrumentModel() const { return m_model; }
    QTableView *instrumentView() const { return m_view; }
    QLabel *simulationBanner() const { return m_banner; }
    QAction *discoverAction() const { return m_discoverAction; }
    QAction *connectLabAction() const { return m_connectLabAction; }
    QLabel *labStatusLabel() const { return m_labLabel; }
    /** The discovery dialog once Discover was used, else null. */
    DiscoveryDialog *discoveryDialog() const { return m_discovery; }
    InterruptedRunsBanner *interruptedBanner() const { return m_interrupted; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }
    /** The question asked on quit while a run goes on or an output is on; null when none. */
    QMessageBox *quitQuestion() const { return m_quitQuestion; }
    /** Why quitting now needs a question (runs going, outputs on); empty when it does not. */
    QString quitRisk() const;
    RunController *runController() const { return m_runControl; }
    /** The safe state for every instrument, local and remote, whose profile has one. */
    void allOutputsOff();
    /** Opens (or raises) the front panel of `name`; null with a status message if it has none. */
    FrontPanel *openFrontPanel(const QString &name);

Q_SIGNALS:
    void csvExportFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    /** Keeps Space for the focused widget and refits the table's columns to its width. */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    /** Sets the texts that createActions() does not: menus, docks, banner, title. */
    void retranslate();
    void updateSelection();
    void updateTitle();
    /** Starts a run on the selected instruments; its id, or 0 with `why` when refused. */
    quint64 runRequested(const RunRequest &request, QString *why = nullptr);
    void addInstrument();
    void editInstrument();
    void removeInstruments();
    void toggleEnabled();
    void openBenchDialog();
    /** Shows a bench that replaced the previous one: rows, banner, title, plot. */
    void benchReplaced();
    bool saveBenchDialog(bool askPath);
    void exportCsvDialog();
    void discover();
    /** The runs browser on the runs folder, its plans run again on this window's engine. */
    void showPastRuns();
    void exportInterrupted(const QString &journalPath);
    void closeInterruptedRuns();
    void about();
    void restoreSettings();
    void saveSettings();
    /** Writes the run settings and the cap at once when they differ from what is stored. */
    void saveRunSettings();
    void logLocal(const QString &text);
    void connectLabDialog();
    void labOpened();
    void labClosing();
    void updateLabStatus();
    /**
     * Gives each column at least what its header needs in the current language and shares the
     * rest of the table's width, so every column is on screen in a small window.
     */
    void fitColumns();
    void fitRunDock();
    void runEnded(quint64 id, bool stopped);
    void updateActiveRuns();
    void askQuit(const QString &risk);
    /** Applies the safe state to `names`, logs each result, then calls `then` (may be empty). */
    void applySafeState(const QStringList &names, const QString &why,
                        std::function<void(const QStringList &madeSafe)> then = {});
    /** "All outputs off", then quit once every instrument answered or the wait is over. */
    void outputsOffAndQuit();
    /** Splits names into this bench's and the lab's ("node/instrument"). */
    static std::pair<QStringList, QStringList> splitNames(const QStringList &names);

    Context m_ctx;
    InstrumentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
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
    QLabel *m_labLabel;
    QSplitter *m_splitter;
    QTimer *m_displayTimer;
    qint64 m_readingsTaken = 0;
    qint64 m_ticks = 0;
    QList<double> m_tickCostsMs;
    std::array<qint64, 4> m_sectionNs{};
    QString m_benchPath;
    QVariantMap m_savedRunSettings;

    RunController *m_runControl;
    QMap<QString, QPointer<FrontPanel>> m_frontPanels;
    QPointer<QMessageBox> m_quitQuestion;
    bool m_quitting = false; ///< the outputs go off before quitting
    bool m_quitConfirmed = false;
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

    QFutureWatcher<CsvExporter::Result> *m_exportWatcher = nullptr;
    std::shared_ptr<CancellationSource> m_exportCancel;
    QProgressDialog *m_exportProgress = nullptr; ///< owned by this window; nulled on destroy
};

} // namespace ld
