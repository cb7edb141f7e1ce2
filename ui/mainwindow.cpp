// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "benchdocument.h"
#include "capcontrol.h"
#include "discoverydialog.h"
#include "frontpanels.h"
#include "gaugepanel.h"
#include "instrumentediting.h"
#include "instrumenttablemodel.h"
#include "instrumentview.h"
#include "interruptedrunsbanner.h"
#include "iomonitor.h"
#include "lablink.h"
#include "languagemenu.h"
#include "logmodel.h"
#include "logpanel.h"
#include "operationspanel.h"
#include "planeditor.h"
#include "planrunpanel.h"
#include "plotpanel.h"
#include "readingsexport.h"
#include "runactions.h"
#include "runcontroller.h"
#include "runsbrowser.h"
#include "safestateactions.h"
#include "scpiconsole.h"
#include "spacekeyfilter.h"
#include "windowsettings.h"

#include "plans/runengine.h"
#include "results/journal.h"
#include "scheduler/dispatcher.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ld {

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

MainWindow::MainWindow(const Context &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(context)
    , m_model(new InstrumentTableModel(context.bench, this))
    , m_view(new InstrumentView(m_model, this))
    , m_plot(new PlotPanel(this))
    , m_cap(new CapControl(context.dispatcher, this))
    , m_gauges(new GaugePanel(this))
    , m_operations(new OperationsPanel(this))
    , m_logModel(new LogModel(this))
    , m_log(new LogPanel(m_logModel, this))
    , m_console(new ScpiConsole(this))
    , m_monitor(new IoMonitor(context.bench, this))
    , m_banner(new QLabel(this))
    , m_interrupted(new InterruptedRunsBanner(this))
    , m_readingsLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_displayTimer(new QTimer(this))
    , m_runControl(new RunController(context.engine, context.dispatcher, context.runsFolder, this))
    , m_document(new BenchDocument({context.bench, context.profiles, context.sim, context.settings,
                                    context.benchPath, context.simulated},
                                   this))
    , m_export(new ReadingsExport(m_runControl, this))
    , m_labLink(new LabLink(context.lab, context.bench, m_model, context.settings, this))
    , m_safe(new SafeStateActions(context.engine, m_runControl, m_labLink, this))
    , m_editing(new InstrumentEditing(context.bench, context.profiles, m_document, this))
    , m_runActions(new RunActions(m_runControl, m_view, m_model, m_operations, this))
    , m_frontPanels(new FrontPanels(context.engine, m_runControl, this))
{
    setWindowIcon(icon("labdispatch"));
    setObjectName(QStringLiteral("MainWindow"));
    // The names tests and style sheets find the parts by.
    m_model->setObjectName(QStringLiteral("InstrumentTableModel"));
    m_plot->setObjectName(QStringLiteral("PlotPanel"));
    m_cap->setObjectName(QStringLiteral("CapControl"));
    m_gauges->setObjectName(QStringLiteral("GaugePanel"));
    m_operations->setObjectName(QStringLiteral("OperationsPanel"));
    m_logModel->setObjectName(QStringLiteral("LogModel"));
    m_log->setObjectName(QStringLiteral("LogPanel"));
    m_runControl->setObjectName(QStringLiteral("RunController"));

    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3c4; color: #5d4200; border: 1px solid #e0b400;"
                       " border-radius: 3px; padding: 4px 8px; }"));
    m_banner->setObjectName(QStringLiteral("SimulationBanner"));
    m_banner->setVisible(context.simulated);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_plot);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_interrupted);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    auto *controls = new QWidget(this);
    auto *controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 4, 0, 0);
    controlsLayout->addWidget(m_cap);
    controlsLayout->addWidget(m_gauges);
    controlsLayout->addWidget(m_operations, 1);
    // Scrolled rather than squeezed: a short screen never makes the window taller than it.
    controls->setObjectName(QStringLiteral("RunControls"));
    auto *controlsScroll = new QScrollArea(this);
    m_controlsScroll = controlsScroll;
    controlsScroll->setWidget(controls);
    controlsScroll->setWidgetResizable(true);
    controlsScroll->setFrameShape(QFrame::NoFrame);
    controlsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *runDock = new QDockWidget(this);
    runDock->setObjectName(QStringLiteral("RunDock"));
    runDock->setWidget(controlsScroll);
    // The run controls take the full height on the right; the log sits under the table only.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, runDock);
    auto *logDock = new QDockWidget(this);
    logDock->setObjectName(QStringLiteral("LogDock"));
    logDock->setWidget(m_log);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    auto *consoleDock = new QDockWidget(this);
    consoleDock->setObjectName(QStringLiteral("ConsoleDock"));
    consoleDock->setWidget(m_console);
    auto *monitorDock = new QDockWidget(this);
    monitorDock->setObjectName(QStringLiteral("IoMonitorDock"));
    monitorDock->setWidget(m_monitor);
    // Tabs beside the log: the window has no room for another row of panels at 1024x700.
    tabifyDockWidget(logDock, consoleDock);
    tabifyDockWidget(logDock, monitorDock);
    // The plan editor is a tab beside them too: it grows when the user raises it.
    auto *planDock = new QDockWidget(this);
    planDock->setObjectName(QStringLiteral("PlanDock"));
    // Scrolled, so the editor never makes the bottom area taller than a small window allows.
    auto *planScroll = new QScrollArea(planDock);
    auto *planEditor = new PlanEditor(m_ctx.engine, planScroll);
    // A plan run is journaled as its own run, like a Run press.
    planEditor->runPanel()->setStarter(
        [this](const Plan &plan, QString *why, RunEngine::ReadingCallback onReading) {
            return m_runControl->startPlan(plan, {}, why, std::move(onReading));
        });
    planScroll->setWidget(planEditor);
    planScroll->setWidgetResizable(true);
    planScroll->setFrameShape(QFrame::NoFrame);
    planDock->setWidget(planScroll);
    tabifyDockWidget(logDock, planDock);
    logDock->raise();
    m_docks = {runDock, logDock, consoleDock, monitorDock, planDock};
    m_splitter->setSizes({330, 520});
    resizeDocks({logDock}, {150}, Qt::Vertical);
    // As narrow as its contents allow: the table needs the width more.
    fitRunDock();
    resizeDocks({runDock}, {m_controlsScroll->minimumWidth()}, Qt::Horizontal);

    statusBar()->addPermanentWidget(m_labLink->statusLabel());
    statusBar()->addPermanentWidget(m_readingsLabel);

    createActions();
    createMenus();
    retranslate();

    Bench *bench = context.bench;
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSelection);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSelection);
    connect(bench, &Bench::eventLogged, m_logModel, &LogModel::append);
    connect(m_ctx.engine, &RunEngine::eventLogged, m_logModel, &LogModel::append);
    connect(m_runActions, &RunActions::logged, this, &MainWindow::logLocal);
    connect(m_runControl, &RunController::problem, this, &MainWindow::logLocal);
    connect(m_document, &BenchDocument::replaced, this, &MainWindow::benchReplaced);
    connect(m_document, &BenchDocument::benchLabelChanged, m_runControl,
            &RunController::setBenchLabel);
    connect(m_document, &BenchDocument::saved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    });
    connect(m_export, &ReadingsExport::finished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_labLink, &LabLink::logged, this, &MainWindow::logLocal);
    connect(m_labLink, &LabLink::labChanged, this, [this](bool open) {
        m_disconnectLabAction->setEnabled(open);
        updateSelection();
    });
    connect(m_safe, &SafeStateActions::logged, this, &MainWindow::logLocal);
    connect(m_safe, &SafeStateActions::applied, m_runActions, &RunActions::updateActiveRuns);
    connect(context.dispatcher, &Dispatcher::countersChanged, m_gauges, &GaugePanel::setCounters);
    m_gauges->setCounters(context.dispatcher->counters());
    connect(m_operations, &OperationsPanel::runRequested, this,
            [this](const RunRequest &request) { m_runActions->runSelected(request); });
    connect(m_console, &ScpiConsole::runRequested, this, [this](const RunRequest &request) {
        QString why;
        const quint64 id = m_runActions->runSelected(request, &why);
        m_console->runStarted(id != 0, why);
    });
    connect(m_console, &ScpiConsole::logged, m_logModel, &LogModel::append);
    connect(m_operations, &OperationsPanel::stopSelectedRequested, m_runActions,
            &RunActions::stopSelected);
    connect(m_operations, &OperationsPanel::stopAllRequested, m_runActions, &RunActions::stopAll);
    connect(m_view, &QTableView::doubleClicked, m_editAction, &QAction::trigger);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_frontPanelAction, m_editAction, m_enableAction, m_removeAction});
    connect(
        m_interrupted, &InterruptedRunsBanner::exportRequested, this,
        [this](const Journal::Interrupted &run) { m_export->exportInterrupted(run.journalPath); });
    connect(m_interrupted, &InterruptedRunsBanner::safeStateRequested, this,
            [this](const Journal::Interrupted &run) {
                QStringList names;
                for (const RunInfo::Instrument &i : run.info.instruments)
                    names.append(i.name);
                m_safe->safeState(names,
                                  tr("Safe state for the instruments of run %1").arg(run.runId),
                                  [this, run](const QStringList &madeSafe) {
                                      if (m_runControl->markSafeStateApplied(run, madeSafe))
                                          m_interrupted->findRuns(m_ctx.runsFolder);
                                  });
            });
    connect(m_interrupted, &InterruptedRunsBanner::problem, this, &MainWindow::logLocal);
    // One clock for everything that draws: readings, rows, gauges, log and plot.
    m_displayTimer->setTimerType(Qt::PreciseTimer);
    m_displayTimer->setInterval(kDisplayIntervalMs);
    connect(m_displayTimer, &QTimer::timeout, this, &MainWindow::displayTick);
    m_displayTimer->start();

    resize(1400, 900);
    m_settings =
        new WindowSettings(m_ctx.settings, {this, m_splitter, m_cap, m_plot, m_operations});
    // The journals say when the cap changed, so a run's timing can be read against it.
    connect(m_cap, &CapControl::capChanged, m_runControl, &RunController::capChanged);
    updateSelection();
    m_document->updateTitle();
    m_document->setModified(false);
    m_interrupted->findRuns(m_ctx.runsFolder);
    m_runActions->updateActiveRuns();
    if (!context.startNotice.isEmpty())
        logLocal(context.startNotice);
    qApp->installEventFilter(new SpaceKeyFilter(this));
}

void MainWindow::createActions()
{
    // This runs again on QEvent::LanguageChange: the n-th make() then retexts the n-th action
    // it made the first time, so each text is written once, here.
    qsizetype made = 0;
    auto make = [this, &made](const char *iconName, const QString &text, const QKeySequence &key,
                              const QString &tip, auto slot) {
        if (made < m_actions.size()) {
            QAction *a = m_actions.at(made++);
            a->setText(text);
            a->setToolTip(tip);
            a->setStatusTip(tip);
            return a;
        }
        ++made;
        auto *a = new QAction(icon(iconName), text, this);
        m_actions.append(a);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_openAction = make("open", tr("&Open Bench..."), QKeySequence::Open, tr("Open a bench file"),
                        [this] { m_document->openDialog(); });
    m_openSimulatedAction =
        make("open", tr("Open Si&mulated Bench"), QKeySequence(),
             tr("Replace the bench by the built-in simulated instruments"), [this] {
                 QString why;
                 if (!m_document->openSimulatedBench(&why))
                     QMessageBox::warning(this, tr("Open Simulated Bench"), why);
             });
    m_openSimulatedAction->setObjectName(QStringLiteral("OpenSimulatedAction"));
    m_openSimulatedAction->setVisible(m_ctx.sim != nullptr);
    m_saveAction = make("save", tr("&Save Bench"), QKeySequence::Save, tr("Save the bench"),
                        [this] { m_document->saveDialog(false); });
    m_saveAsAction =
        make("save", tr("Save Bench &As..."), QKeySequence::SaveAs,
             tr("Save the bench to a new file"), [this] { m_document->saveDialog(true); });
    m_exportCsvAction =
        make("export-csv", tr("&Export Readings as CSV..."), QKeySequence(Qt::CTRL | Qt::Key_E),
             tr("Export the readings of the newest run from its journal to CSV"),
             [this] { m_export->exportDialog(); });
    m_exportCsvAction->setObjectName(QStringLiteral("ExportCsvAction"));
    m_exportCsvAction->setEnabled(!m_ctx.runsFolder.isEmpty());
    m_quitAction =
        make("quit", tr("&Quit"), QKeySequence::Quit, tr("Quit LabDispatch"), &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_runAction = make("run", tr("&Run"), QKeySequence(Qt::CTRL | Qt::Key_R),
                       tr("Run the chosen operation on the selected instruments"), [this] {
                           QString why;
                           if (auto r = m_operations->request(&why))
                               m_runActions->runSelected(*r);
                           else
                               statusBar()->showMessage(why, 5000);
                       });
    m_stopSelectedAction = make("stop", tr("Stop &Selected"), QKeySequence(Qt::Key_Escape),
                                tr("Stop the selected instruments' runs and cancel their jobs"),
                                [this] { m_runActions->stopSelected(); });
    m_stopAllAction =
        make("stop-all", tr("Stop &All"), QKeySequence(Qt::SHIFT | Qt::Key_Escape),
             tr("Stop every run and cancel every job"), [this] { m_runActions->stopAll(); });
    m_outputsOffAction =
        make("outputs-off", tr("All &Outputs Off"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
             tr("All outputs off (Ctrl+Shift+O): the safe state of every instrument that has "
                "one, ahead of every queued job; their runs stop"),
             [this] { m_safe->allOutputsOff(); });
    m_outputsOffAction->setObjectName(QStringLiteral("AllOutputsOffAction"));
    m_connectAction = make("run", tr("&Connect All"), QKeySequence(Qt::CTRL | Qt::Key_K),
                           tr("Open and identify every enabled instrument not connected"),
                           [this] { m_ctx.bench->connectAll(); });

    m_addAction =
        make("add", tr("&Add Instrument..."), QKeySequence(Qt::CTRL | Qt::Key_N),
             tr("Add an instrument by its resource string"), [this] { m_editing->add(); });
    m_editAction = make("edit", tr("&Edit Instrument..."), QKeySequence(Qt::Key_F2),
                        tr("Edit the selected instrument"), [this] {
                            // A node's instruments are edited on its own PC.
                            const QStringList names = m_view->selectedNames();
                            if (names.size() == 1 && LabLink::splitNames(names).second.isEmpty())
                                m_editing->edit(names.constFirst());
                        });
    m_frontPanelAction =
        make("front-panel", tr("&Front Panel..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
             tr("Operate the selected instrument by hand: readings, setpoints, outputs"), [this] {
                 const QStringList names = m_view->selectedNames();
                 if (names.size() == 1)
                     m_frontPanels->open(names.constFirst());
             });
    m_frontPanelAction->setObjectName(QStringLiteral("FrontPanelAction"));
    m_removeAction = make("remove", tr("&Remove Instruments"), QKeySequence::Delete,
                          tr("Remove the selected instruments from the bench"), [this] {
                              m_editing->remove(LabLink::splitNames(m_view->selectedNames()).first);
                          });
    m_enableAction =
        make("enable", tr("E&nable/Disable"), QKeySequence(Qt::CTRL | Qt::Key_D),
             tr("Switch the selected instruments on or off"), [this] {
                 m_editing->toggleEnabled(LabLink::splitNames(m_view->selectedNames()).first);
             });
    m_discoverAction =
        make("discover", tr("&Discover..."), QKeySequence(Qt::CTRL | Qt::Key_F),
             tr("Probe serial ports and LAN addresses for instruments"), &MainWindow::discover);
    m_discoverAction->setObjectName(QStringLiteral("DiscoverAction"));
    m_connectLabAction = make("discover", tr("Connect to &Lab..."), QKeySequence(),
                              tr("Show the instruments of LabDispatch nodes on other PCs, "
                                 "shared through an MQTT broker"),
                              [this] { m_labLink->connectDialog(); });
    m_connectLabAction->setObjectName(QStringLiteral("ConnectLabAction"));
    m_disconnectLabAction = make("stop", tr("Disconnect from Lab"), QKeySequence(),
                                 tr("Stop showing the lab's remote instruments"),
                                 [this] { m_labLink->disconnectLab(); });
    m_connectLabAction->setVisible(m_labLink->hasLab());
    m_disconnectLabAction->setVisible(m_labLink->hasLab());
    m_disconnectLabAction->setEnabled(m_labLink->isOpen());

    m_aboutAction = make("about", tr("&About LabDispatch"), QKeySequence(),
                         tr("Version and licence"), &MainWindow::about);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_pastRunsAction = make("history", tr("&Past Runs..."), QKeySequence(Qt::CTRL | Qt::Key_H),
                            tr("Open, overlay, export or run again the runs journaled here"),
                            &MainWindow::showPastRuns);
    m_pastRunsAction->setEnabled(!m_ctx.runsFolder.isEmpty());
    if (!m_aboutQtAction) {
        m_aboutQtAction = new QAction(this);
        m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
        connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    }
    m_aboutQtAction->setText(tr("About &Qt"));
    // Shortcuts like Delete and Escape belong to the window, not to a focused editor.
    for (QAction *a : {m_stopSelectedAction, m_removeAction, m_editAction})
        a->setShortcutContext(Qt::WindowShortcut);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->addActions({m_openAction, m_openSimulatedAction, m_saveAction, m_saveAsAction});
    file->addSeparator();
    file->addAction(m_exportCsvAction);
    file->addAction(m_plot->exportPngAction());
    file->addAction(m_plot->exportPdfAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *instruments = menuBar()->addMenu(QString());
    instruments->addActions(
        {m_addAction, m_editAction, m_removeAction, m_enableAction, m_frontPanelAction});
    instruments->addSeparator();
    instruments->addActions({m_connectAction, m_discoverAction});
    instruments->addSeparator();
    instruments->addActions({m_connectLabAction, m_disconnectLabAction});

    QMenu *run = menuBar()->addMenu(QString());
    run->addActions({m_runAction, m_stopSelectedAction, m_stopAllAction});
    run->addSeparator();
    run->addAction(m_outputsOffAction);
    run->addAction(m_pastRunsAction);

    QMenu *view = menuBar()->addMenu(QString());
    for (QDockWidget *d : std::as_const(m_docks))
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    view->addActions({m_plot->pauseAction(), m_plot->autoscaleAction()});
    QMenu *window = view->addMenu(QString());
    for (const double seconds : {10.0, 60.0, 600.0, 0.0})
        window->addAction(QString(), this, [this, seconds] { m_plot->setWindowSeconds(seconds); });
    view->addSeparator();
    view->addMenu(new LanguageMenu(m_ctx.settings, this));

    QMenu *help = menuBar()->addMenu(QString());
    help->addActions({m_aboutAction, m_aboutQtAction});
    m_menus = {file, instruments, run, view, window, help};

    QToolBar *bar = addToolBar(QString());
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addActions({m_openAction, m_saveAction});
    bar->addSeparator();
    bar->addActions({m_runAction, m_stopSelectedAction, m_stopAllAction, m_outputsOffAction});
    bar->addSeparator();
    bar->addActions({m_addAction, m_editAction, m_removeAction, m_enableAction, m_discoverAction});
    bar->addSeparator();
    bar->addAction(m_exportCsvAction);
    // Words for the actions a newcomer looks for (run, stop, discover, export); icons with
    // tooltips for the everyday file and edit actions, so nothing hides in the overflow menu
    // of a 1024 pixel wide window, in any language.
    // All Outputs Off is the red power button: a picture every lab knows, words in its tooltip
    // and in the Run menu.
    for (QAction *a : {m_openAction, m_saveAction, m_addAction, m_editAction, m_removeAction,
                       m_enableAction, m_outputsOffAction})
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        createActions();
        retranslate();
        // The children retranslate after this window does: measure once they have.
        QMetaObject::invokeMethod(this, &MainWindow::fitRunDock, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const QString menuTitles[] = {tr("&File"), tr("&Instruments"), tr("&Run"),
                                  tr("&View"), tr("Plot &Window"), tr("&Help")};
    for (int i = 0; i < m_menus.size(); ++i)
        m_menus.at(i)->setTitle(menuTitles[i]);
    // The plot's own words for its window choices, so the menu and the "Show:" box agree.
    const QList<QAction *> windows = m_menus.at(4)->actions();
    for (int i = 0; i < 4; ++i)
        windows.at(i)->setText(PlotPanel::windowChoiceText(i));
    m_toolBar->setWindowTitle(tr("Main"));
    m_docks.at(0)->setWindowTitle(tr("Run"));
    m_docks.at(1)->setWindowTitle(tr("Log"));
    m_docks.at(2)->setWindowTitle(tr("SCPI Console"));
    m_docks.at(3)->setWindowTitle(tr("I/O Monitor"));
    m_docks.at(4)->setWindowTitle(tr("Plan"));
    m_banner->setText(tr("Simulated bench: these instruments are served by the built-in "
                         "simulator over pseudo-terminals and loopback TCP. No hardware is "
                         "touched."));
    m_document->updateTitle();
    m_readingsLabel->setText(tr("Readings: %1").arg(QLocale().toString(m_readingsTaken)));
}

void MainWindow::displayTick()
{
    ++m_ticks;
    QElapsedTimer budget;
    budget.start();
    qint64 taken = 0;
    // Readings wait in the engine's queue, not in the event queue: take what the budget allows
    // and leave the rest for the next tick, so a burst never freezes the window.
    do {
        const QList<Reading> batch = m_ctx.engine->takeReadings(256);
        if (batch.isEmpty())
            break;
        for (const Reading &r : batch) {
            m_plot->addReading(r);
            m_gauges->countReading(r);
            m_console->addReading(r);
        }
        taken += batch.size();
    } while (budget.nsecsElapsed() < kDrainBudgetNs);
    m_readingsTaken += taken;
    qint64 mark = budget.nsecsElapsed();
    m_sectionNs[0] += mark;
    auto section = [&](int i) {
        const qint64 now = budget.nsecsElapsed();
        m_sectionNs[size_t(i)] += now - mark;
        mark = now;
    };
    if (m_ticks % kTableEveryTicks == 0) {
        m_model->refresh();
        m_runActions->updateActiveRuns();
    }
    section(1);
    m_logModel->flush();
    m_gauges->tick();
    section(2);
    m_plot->tick(std::max<qint64>(0, kFrameBudgetNs - budget.nsecsElapsed()));
    section(3);
    // With the table, not every tick: a new text lays out the status bar, and with it the
    // window and its docks, again.
    if (m_ticks % kTableEveryTicks == 0) {
        const QString text = tr("Readings: %1").arg(QLocale().toString(m_readingsTaken));
        if (m_readingsLabel->text() != text)
            m_readingsLabel->setText(text);
    }
    if (m_tickCostsMs.size() >= kTickHistory)
        m_tickCostsMs.remove(0, kTickHistory / 2);
    m_tickCostsMs.append(double(budget.nsecsElapsed()) / 1e6);
}

void MainWindow::selectInstruments(const QStringList &names)
{
    m_view->selectNames(names);
}

void MainWindow::updateSelection()
{
    const QStringList names = m_view->selectedNames();
    const auto [local, remote] = LabLink::splitNames(names);
    const QList<DriverProfile::Operation> operations = m_labLink->sharedOperations(names);
    m_operations->setOperations(operations, int(names.size()));
    // The console talks to one instrument, with the free-form operations its profile allows.
    const auto raw = [&operations](const QString &id) {
        return std::any_of(operations.cbegin(), operations.cend(), [&id](const auto &op) {
            return op.id == id && op.parameters.size() == 1 && op.parameters.constFirst().raw;
        });
    };
    m_console->setInstrument(names.size() == 1 ? names.constFirst() : QString(),
                             raw(QStringLiteral("query")), raw(QStringLiteral("write")));
    m_monitor->setInstruments(local); // a node's traffic is recorded on its own PC
    m_plot->setSelectedInstruments(names);
    const bool any = !names.isEmpty();
    // A node's instruments belong to its bench: they are run from here, edited there.
    m_editAction->setEnabled(local.size() == 1 && remote.isEmpty());
    m_removeAction->setEnabled(!local.isEmpty());
    m_enableAction->setEnabled(!local.isEmpty());
    m_stopSelectedAction->setEnabled(any);
    m_frontPanelAction->setEnabled(names.size() == 1);
}

void MainWindow::benchReplaced()
{
    m_banner->setVisible(m_document->isSimulated());
    m_model->reload();
    m_plot->clear();
    updateSelection();
}

void MainWindow::logLocal(const QString &text)
{
    BenchEvent e;
    e.wallNs = wallNowNs();
    e.severity = BenchEvent::Severity::Warning;
    e.text = text;
    m_logModel->append(e);
}

void MainWindow::discover()
{
    if (!m_discovery) {
        m_discovery = new DiscoveryDialog(m_ctx.bench, m_ctx.profiles, m_ctx.settings, this);
        connect(m_discovery, &DiscoveryDialog::instrumentsAdded, this,
                [this](const QStringList &names) {
                    statusBar()->showMessage(
                        tr("Added %n instrument(s)", nullptr, int(names.size())), 5000);
                });
    }
    m_discovery->show();
    m_discovery->raise();
    m_discovery->activateWindow();
}

void MainWindow::showPastRuns()
{
    if (!m_runsBrowser) {
        m_runsBrowser = new RunsBrowser(m_ctx.runsFolder, m_plot, this);
        connect(m_runsBrowser, &RunsBrowser::runAgainRequested, m_runActions,
                &RunActions::runAgain);
    } else {
        m_runsBrowser->refresh();
    }
    m_runsBrowser->show();
    m_runsBrowser->raise();
    m_runsBrowser->activateWindow();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About LabDispatch"),
        tr("<h3>LabDispatch %1</h3>"
           "<p>Operate many lab instruments at once through a capped job dispatcher.</p>"
           "<p>Built with Qt %2 and QCustomPlot.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(LABDISPATCH_VERSION), QLatin1String(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_safe->mayClose()) {
        event->ignore();
        return;
    }
    if (!m_document->maybeSave()) {
        m_safe->closeCancelled();
        event->ignore();
        return;
    }
    if (m_safe->quitConfirmed())
        m_runActions->stopAll();
    m_settings->save();
    event->accept();
}

void MainWindow::fitRunDock()
{
    // As narrow as the run controls allow in the language shown, never narrower.
    QWidget *controls = m_controlsScroll->widget();
    controls->adjustSize();
    m_controlsScroll->setMinimumWidth(controls->minimumSizeHint().width() +
                                      m_controlsScroll->verticalScrollBar()->sizeHint().width());
}

} // namespace ld
