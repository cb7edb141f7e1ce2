// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "benchstartup.h"
#include "capcontrol.h"
#include "discoverydialog.h"
#include "frontpanel.h"
#include "gaugepanel.h"
#include "instrumentdialog.h"
#include "instrumenttablemodel.h"
#include "interruptedrunsbanner.h"
#include "iomonitor.h"
#include "labdialog.h"
#include "languagemenu.h"
#include "logmodel.h"
#include "logpanel.h"
#include "operationspanel.h"
#include "outputsoff.h"
#include "planeditor.h"
#include "planrunpanel.h"
#include "plotpanel.h"
#include "runcontroller.h"
#include "runsbrowser.h"
#include "scpiconsole.h"

#include "instruments/benchfile.h"
#include "instruments/profileregistry.h"
#include "node/labconnection.h"
#include "node/remotelab.h"
#include "node/remotetarget.h"
#include "plans/runengine.h"
#include "plans/runtarget.h"
#include "results/journal.h"
#include "scheduler/cancellationtoken.h"
#include "scheduler/dispatcher.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
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
    , m_labLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_displayTimer(new QTimer(this))
    , m_benchPath(context.benchPath)
    , m_runControl(new RunController(context.engine, context.dispatcher, context.runsFolder, this))
{
    setWindowIcon(icon("labdispatch"));
    setObjectName(QStringLiteral("MainWindow"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One Tab stop: Tab leaves the table, the arrow keys move within it.
    m_view->setTabKeyNavigation(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setIconSize(QSize(18, 18));
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InstrumentTableModel::LightColumn, QHeaderView::Fixed);
    // fitColumns() sets the widths whenever the table's width or the language changes.
    m_view->viewport()->installEventFilter(this);

    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3c4; color: #5d4200; border: 1px solid #e0b400;"
                       " border-radius: 3px; padding: 4px 8px; }"));
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

    statusBar()->addPermanentWidget(m_labLabel);
    statusBar()->addPermanentWidget(m_readingsLabel);
    m_labLabel->setVisible(false);

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
    connect(m_runControl, &RunController::runEnded, this, &MainWindow::runEnded);
    connect(m_runControl, &RunController::problem, this, &MainWindow::logLocal);
    connect(bench, &Bench::instrumentAdded, this, [this] { setWindowModified(true); });
    connect(bench, &Bench::instrumentRemoved, this, [this] { setWindowModified(true); });
    connect(context.dispatcher, &Dispatcher::countersChanged, m_gauges, &GaugePanel::setCounters);
    m_gauges->setCounters(context.dispatcher->counters());
    connect(m_operations, &OperationsPanel::runRequested, this,
            [this](const RunRequest &request) { runRequested(request); });
    connect(m_console, &ScpiConsole::runRequested, this, [this](const RunRequest &request) {
        QString why;
        const quint64 id = runRequested(request, &why);
        m_console->runStarted(id != 0, why);
    });
    connect(m_console, &ScpiConsole::logged, m_logModel, &LogModel::append);
    connect(m_operations, &OperationsPanel::stopSelectedRequested, this, &MainWindow::stopSelected);
    connect(m_operations, &OperationsPanel::stopAllRequested, this, &MainWindow::stopAll);
    connect(m_view, &QTableView::doubleClicked, this, &MainWindow::editInstrument);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_frontPanelAction, m_editAction, m_enableAction, m_removeAction});
    connect(m_interrupted, &InterruptedRunsBanner::exportRequested, this,
            [this](const Journal::Interrupted &run) { exportInterrupted(run.journalPath); });
    connect(m_interrupted, &InterruptedRunsBanner::safeStateRequested, this,
            [this](const Journal::Interrupted &run) {
                QStringList names;
                for (const RunInfo::Instrument &i : run.info.instruments)
                    names.append(i.name);
                applySafeState(OutputsOff::withSafeState(m_ctx.engine, names),
                               tr("Safe state for the instruments of run %1").arg(run.runId),
                               [this, run](const QStringList &madeSafe) {
                                   if (m_runControl->markSafeStateApplied(run, madeSafe))
                                       findInterruptedRuns();
                               });
            });
    connect(m_interrupted, &InterruptedRunsBanner::closeRunsRequested, this,
            &MainWindow::closeInterruptedRuns);
    if (LabConnection *lab = context.lab) {
        connect(lab, &LabConnection::opened, this, &MainWindow::labOpened);
        connect(lab, &LabConnection::aboutToClose, this, &MainWindow::labClosing);
        connect(lab, &LabConnection::stateChanged, this, &MainWindow::updateLabStatus);
        connect(lab, &LabConnection::connectionError, this, [this](const QString &error) {
            logLocal(tr("Lab broker %1: %2").arg(m_ctx.lab->brokerText(), error));
            updateLabStatus();
        });
        if (lab->isOpen())
            labOpened();
    }

    // One clock for everything that draws: readings, rows, gauges, log and plot.
    m_displayTimer->setTimerType(Qt::PreciseTimer);
    m_displayTimer->setInterval(kDisplayIntervalMs);
    connect(m_displayTimer, &QTimer::timeout, this, &MainWindow::displayTick);
    m_displayTimer->start();

    resize(1400, 900);
    restoreSettings();
    // Written when they change, not on quit: a crash keeps them.
    connect(m_operations, &OperationsPanel::runSettingsChanged, this, &MainWindow::saveRunSettings);
    connect(m_cap, &CapControl::capChanged, this, &MainWindow::saveRunSettings);
    // The journals say when the cap changed, so a run's timing can be read against it.
    connect(m_cap, &CapControl::capChanged, m_runControl, &RunController::capChanged);
    updateSelection();
    updateTitle();
    setWindowModified(false);
    findInterruptedRuns();
    updateActiveRuns();
    if (!context.startNotice.isEmpty())
        logLocal(context.startNotice);
    // Shortcut overrides go to the focused widget; the filter sees them for every widget.
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    if (m_exportWatcher && m_exportWatcher->isRunning()) {
        // The export honours its token at its next record; waiting here is bounded by that.
        m_exportCancel->cancel();
        m_exportWatcher->waitForFinished();
    }
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
                        &MainWindow::openBenchDialog);
    m_openSimulatedAction =
        make("open", tr("Open Si&mulated Bench"), QKeySequence(),
             tr("Replace the bench by the built-in simulated instruments"), [this] {
                 QString why;
                 if (!openSimulatedBench(&why))
                     QMessageBox::warning(this, tr("Open Simulated Bench"), why);
             });
    m_openSimulatedAction->setVisible(m_ctx.sim != nullptr);
    m_saveAction = make("save", tr("&Save Bench"), QKeySequence::Save, tr("Save the bench"),
                        [this] { saveBenchDialog(false); });
    m_saveAsAction = make("save", tr("Save Bench &As..."), QKeySequence::SaveAs,
                          tr("Save the bench to a new file"), [this] { saveBenchDialog(true); });
    m_exportCsvAction =
        make("export-csv", tr("&Export Readings as CSV..."), QKeySequence(Qt::CTRL | Qt::Key_E),
             tr("Export the readings of the newest run from its journal to CSV"),
             &MainWindow::exportCsvDialog);
    m_exportCsvAction->setEnabled(!m_ctx.runsFolder.isEmpty());
    m_quitAction =
        make("quit", tr("&Quit"), QKeySequence::Quit, tr("Quit LabDispatch"), &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_runAction = make("run", tr("&Run"), QKeySequence(Qt::CTRL | Qt::Key_R),
                       tr("Run the chosen operation on the selected instruments"), [this] {
                           QString why;
                           if (auto r = m_operations->request(&why))
                               runRequested(*r);
                           else
                               statusBar()->showMessage(why, 5000);
                       });
    m_stopSelectedAction = make("stop", tr("Stop &Selected"), QKeySequence(Qt::Key_Escape),
                                tr("Stop the selected instruments' runs and cancel their jobs"),
                                &MainWindow::stopSelected);
    m_stopAllAction = make("stop-all", tr("Stop &All"), QKeySequence(Qt::SHIFT | Qt::Key_Escape),
                           tr("Stop every run and cancel every job"), &MainWindow::stopAll);
    m_outputsOffAction =
        make("outputs-off", tr("All &Outputs Off"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
             tr("All outputs off (Ctrl+Shift+O): the safe state of every instrument that has "
                "one, ahead of every queued job; their runs stop"),
             &MainWindow::allOutputsOff);
    m_outputsOffAction->setObjectName(QStringLiteral("AllOutputsOffAction"));
    m_connectAction = make("run", tr("&Connect All"), QKeySequence(Qt::CTRL | Qt::Key_K),
                           tr("Open and identify every enabled instrument not connected"),
                           [this] { m_ctx.bench->connectAll(); });

    m_addAction = make("add", tr("&Add Instrument..."), QKeySequence(Qt::CTRL | Qt::Key_N),
                       tr("Add an instrument by its resource string"), &MainWindow::addInstrument);
    m_editAction = make("edit", tr("&Edit Instrument..."), QKeySequence(Qt::Key_F2),
                        tr("Edit the selected instrument"), &MainWindow::editInstrument);
    m_frontPanelAction =
        make("front-panel", tr("&Front Panel..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
             tr("Operate the selected instrument by hand: readings, setpoints, outputs"), [this] {
                 const QStringList names = selectedInstruments();
                 if (names.size() == 1)
                     openFrontPanel(names.constFirst());
             });
    m_frontPanelAction->setObjectName(QStringLiteral("FrontPanelAction"));
    m_removeAction =
        make("remove", tr("&Remove Instruments"), QKeySequence::Delete,
             tr("Remove the selected instruments from the bench"), &MainWindow::removeInstruments);
    m_enableAction =
        make("enable", tr("E&nable/Disable"), QKeySequence(Qt::CTRL | Qt::Key_D),
             tr("Switch the selected instruments on or off"), &MainWindow::toggleEnabled);
    m_discoverAction =
        make("discover", tr("&Discover..."), QKeySequence(Qt::CTRL | Qt::Key_F),
             tr("Probe serial ports and LAN addresses for instruments"), &MainWindow::discover);
    m_connectLabAction = make("discover", tr("Connect to &Lab..."), QKeySequence(),
                              tr("Show the instruments of LabDispatch nodes on other PCs, "
                                 "shared through an MQTT broker"),
                              &MainWindow::connectLabDialog);
    m_disconnectLabAction =
        make("stop", tr("Disconnect from Lab"), QKeySequence(),
             tr("Stop showing the lab's remote instruments"), &MainWindow::disconnectLab);
    m_connectLabAction->setVisible(m_ctx.lab != nullptr);
    m_disconnectLabAction->setVisible(m_ctx.lab != nullptr);
    m_disconnectLabAction->setEnabled(m_ctx.lab && m_ctx.lab->isOpen());

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
        QMetaObject::invokeMethod(
            this,
            [this] {
                fitRunDock();
                fitColumns();
            },
            Qt::QueuedConnection);
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
    m_view->setAccessibleName(tr("Instruments"));
    m_banner->setText(tr("Simulated bench: these instruments are served by the built-in "
                         "simulator over pseudo-terminals and loopback TCP. No hardware is "
                         "touched."));
    updateTitle();
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
        updateActiveRuns();
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

QStringList MainWindow::selectedInstruments() const
{
    QStringList names;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        names.append(i.data(InstrumentTableModel::NameRole).toString());
    std::sort(names.begin(), names.end(), [this](const QString &a, const QString &b) {
        return m_model->rowOf(a) < m_model->rowOf(b);
    });
    return names;
}

void MainWindow::selectInstruments(const QStringList &names)
{
    QItemSelection selection;
    for (const QString &name : names) {
        const int row = m_model->rowOf(name);
        if (row < 0)
            continue;
        const QModelIndex first = m_proxy->mapFromSource(m_model->index(row, 0));
        const QModelIndex last =
            m_proxy->mapFromSource(m_model->index(row, InstrumentTableModel::ColumnCount - 1));
        selection.select(first, last);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

std::pair<QStringList, QStringList> MainWindow::splitNames(const QStringList &names)
{
    QStringList local, remote;
    for (const QString &name : names)
        (RemoteTarget::isRemoteName(name) ? remote : local).append(name);
    return {local, remote};
}

void MainWindow::updateSelection()
{
    const QStringList names = selectedInstruments();
    const auto [local, remote] = splitNames(names);
    RemoteTarget *runner = m_ctx.lab ? m_ctx.lab->target() : nullptr;
    QList<DriverProfile::Operation> operations;
    if (remote.isEmpty() || !runner) {
        operations = m_ctx.bench->sharedOperations(local);
    } else {
        operations = runner->sharedOperations(remote);
        // A mixed selection runs what both sides offer.
        if (!local.isEmpty()) {
            const QList<DriverProfile::Operation> here = m_ctx.bench->sharedOperations(local);
            operations.removeIf([&here](const DriverProfile::Operation &op) {
                return std::none_of(here.cbegin(), here.cend(),
                                    [&op](const auto &h) { return h.id == op.id; });
            });
        }
    }
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

void MainWindow::updateTitle()
{
    QString bench = m_ctx.bench->benchName();
    if (!m_benchPath.isEmpty())
        bench = QFileInfo(m_benchPath).fileName();
    if (bench.isEmpty())
        bench = tr("Untitled bench");
    const QString title = m_ctx.simulated ? tr("%1 (simulated) [*] - LabDispatch").arg(bench)
                                          : tr("%1 [*] - LabDispatch").arg(bench);
    setWindowTitle(title);
    // The bench as the runs' journals name it, as the command line names it.
    m_runControl->setBenchLabel(m_ctx.simulated ? QStringLiteral("demo (simulated)") : m_benchPath);
}

void MainWindow::logLocal(const QString &text)
{
    BenchEvent e;
    e.wallNs = wallNowNs();
    e.severity = BenchEvent::Severity::Warning;
    e.text = text;
    m_logModel->append(e);
}

quint64 MainWindow::runRequested(const RunRequest &request, QString *refused)
{
    const QStringList names = selectedInstruments();
    RunRequest run = request;
    run.instruments = names;
    // One run for local and remote instruments together: checked as a whole before anything
    // starts, so a refused run starts nothing.
    QString why;
    QString title = request.operation;
    const QList<DriverProfile::Operation> operations = m_operations->operations();
    for (const DriverProfile::Operation &op : operations)
        if (op.id == request.operation && !op.name.isEmpty())
            title = op.name;
    const quint64 id = m_runControl->start(run, title, &why);
    if (id == 0) {
        // Not modal: a refused run must not stop the display or a script driving the window.
        statusBar()->showMessage(tr("Cannot run: %1").arg(why), 8000);
        logLocal(tr("Run refused: %1").arg(why));
        if (refused)
            *refused = why;
        return 0;
    }
    updateActiveRuns();
    statusBar()->showMessage(
        tr("Run %1 started on %n instrument(s)", nullptr, int(names.size())).arg(id), 4000);
    return id;
}

void MainWindow::stopSelected()
{
    const QStringList names = selectedInstruments();
    if (names.isEmpty())
        return;
    m_runControl->stop(names);
    statusBar()->showMessage(tr("Stopped %n instrument(s)", nullptr, int(names.size())), 4000);
}

void MainWindow::stopAll()
{
    m_runControl->stopAll();
    statusBar()->showMessage(tr("Stopped every run"), 4000);
}

void MainWindow::addInstrument()
{
    InstrumentDialog dialog(m_ctx.profiles, m_ctx.bench->names(), this);
    dialog.setWindowTitle(tr("Add Instrument"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString why;
    if (!m_ctx.bench->addInstrument(dialog.config(), &why)) {
        QMessageBox::warning(this, tr("Add Instrument"), why);
        return;
    }
    m_ctx.bench->connectAll();
}

void MainWindow::editInstrument()
{
    const QStringList names = selectedInstruments();
    if (names.size() != 1 || RemoteTarget::isRemoteName(names.constFirst()))
        return;
    const QString name = names.constFirst();
    QStringList taken = m_ctx.bench->names();
    taken.removeAll(name);
    InstrumentDialog dialog(m_ctx.profiles, taken, this);
    dialog.setWindowTitle(tr("Edit %1").arg(name));
    dialog.setConfig(m_ctx.bench->status(name).config);
    dialog.setCurrentIdentity(m_ctx.bench->status(name).identity);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString why;
    if (!m_ctx.bench->updateInstrument(name, dialog.config(), &why)) {
        QMessageBox::warning(this, tr("Edit Instrument"), why);
        return;
    }
    setWindowModified(true);
    m_ctx.bench->connectAll();
}

void MainWindow::removeInstruments()
{
    const QStringList names = splitNames(selectedInstruments()).first;
    if (names.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Instruments"),
        tr("Remove %n instrument(s) from the bench? Their running jobs are cancelled.", nullptr,
           int(names.size())));
    if (answer != QMessageBox::Yes)
        return;
    for (const QString &name : names)
        m_ctx.bench->removeInstrument(name);
}

void MainWindow::toggleEnabled()
{
    const QStringList names = splitNames(selectedInstruments()).first;
    bool allEnabled = true;
    for (const QString &name : names)
        allEnabled = allEnabled && m_ctx.bench->status(name).config.enabled;
    for (const QString &name : names)
        m_ctx.bench->setEnabled(name, !allEnabled);
    if (!allEnabled)
        m_ctx.bench->connectAll();
    setWindowModified(true);
}

bool MainWindow::openBench(const QString &path, QString *error)
{
    if (!BenchStartup::openFile(path, m_ctx.bench, error))
        return false;
    m_benchPath = path;
    m_ctx.simulated = false;
    const auto statuses = m_ctx.bench->statuses();
    for (const InstrumentStatus &s : statuses)
        m_ctx.simulated = m_ctx.simulated || s.config.simulated;
    benchReplaced();
    if (m_ctx.settings) {
        m_ctx.settings->setValue(QLatin1String(BenchStartup::kLastBenchKey), path);
        m_ctx.settings->sync();
    }
    return true;
}

bool MainWindow::openSimulatedBench(QString *error)
{
    if (!m_ctx.sim) {
        if (error)
            *error = tr("This window has no simulator.");
        return false;
    }
    if (!BenchStartup::openSimulated(m_ctx.sim, *m_ctx.profiles, m_ctx.bench, m_ctx.settings,
                                     error))
        return false;
    m_benchPath.clear();
    m_ctx.simulated = true;
    benchReplaced();
    return true;
}

void MainWindow::benchReplaced()
{
    m_banner->setVisible(m_ctx.simulated);
    m_model->reload();
    m_plot->clear();
    updateSelection();
    updateTitle();
    setWindowModified(false);
    m_ctx.bench->connectAll();
}

bool MainWindow::saveBench(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_ctx.bench->file().toJson()) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    m_benchPath = path;
    updateTitle();
    setWindowModified(false);
    if (m_ctx.settings)
        m_ctx.settings->setValue(QLatin1String(BenchStartup::kLastBenchKey), path);
    return true;
}

void MainWindow::openBenchDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Bench"), QFileInfo(m_benchPath).absolutePath(),
                                     tr("Bench files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!openBench(path, &why))
        QMessageBox::warning(this, tr("Open Bench"), tr("The bench was not changed.\n%1").arg(why));
}

bool MainWindow::saveBenchDialog(bool askPath)
{
    QString path = m_benchPath;
    if (askPath || path.isEmpty()) {
        path =
            QFileDialog::getSaveFileName(this, tr("Save Bench"), path, tr("Bench files (*.json)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            path += QStringLiteral(".json");
    }
    QString why;
    if (!saveBench(path, &why)) {
        QMessageBox::warning(this, tr("Save Bench"), why);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

bool MainWindow::startCsvExport(const QString &csvPath, const QString &journal)
{
    const QString journalPath = journal.isEmpty() ? m_runControl->lastJournalPath() : journal;
    if (journalPath.isEmpty() || (m_exportWatcher && m_exportWatcher->isRunning()))
        return false;
    m_exportCancel = std::make_shared<CancellationSource>();
    const CancellationToken token = m_exportCancel->token();
    m_exportProgress =
        new QProgressDialog(tr("Exporting readings to %1...").arg(QFileInfo(csvPath).fileName()),
                            tr("Cancel"), 0, 1000, this);
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(400);
    m_exportProgress->setAttribute(Qt::WA_DeleteOnClose);
    m_exportProgress->setValue(0);
    connect(m_exportProgress, &QObject::destroyed, this, [this] { m_exportProgress = nullptr; });
    auto cancel = m_exportCancel;
    connect(m_exportProgress, &QProgressDialog::canceled, this, [cancel] { cancel->cancel(); });

    if (!m_exportWatcher) {
        m_exportWatcher = new QFutureWatcher<CsvExporter::Result>(this);
        connect(m_exportWatcher, &QFutureWatcher<CsvExporter::Result>::finished, this, [this] {
            const CsvExporter::Result r = m_exportWatcher->result();
            if (m_exportProgress)
                m_exportProgress->close();
            QString message;
            if (r.ok()) {
                message = tr("Exported %n reading(s).", nullptr, int(r.rows));
                if (!r.warnings.isEmpty())
                    message += QLatin1Char(' ') + r.warnings.join(QLatin1Char(' '));
            } else if (r.status == CsvExporter::Result::Status::Cancelled) {
                message = tr("Export cancelled; no file was written.");
            } else {
                message = tr("Export failed: %1").arg(r.error);
            }
            statusBar()->showMessage(message, 8000);
            Q_EMIT csvExportFinished(r.ok(), message);
        });
    }
    // Progress comes from the exporting thread; it reaches the dialog as a queued call. The
    // window outlives the export: its destructor cancels it and waits.
    auto progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                if (m_exportProgress && total > 0)
                    m_exportProgress->setValue(int(done * 1000 / total));
            },
            Qt::QueuedConnection);
    };
    m_exportWatcher->setFuture(QtConcurrent::run([journalPath, csvPath, token, progress] {
        return CsvExporter().exportJournal(journalPath, csvPath, token, progress);
    }));
    return true;
}

void MainWindow::exportCsvDialog()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Readings"), {}, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    if (!startCsvExport(path))
        QMessageBox::information(this, tr("Export Readings"),
                                 m_runControl->lastJournalPath().isEmpty()
                                     ? tr("No run has been journaled yet.")
                                     : tr("An export is already running."));
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
        connect(m_runsBrowser, &RunsBrowser::runAgainRequested, this, [this](const Plan &plan) {
            QString why;
            const quint64 id = m_runControl->startPlan(plan, {}, &why);
            if (id == 0) {
                statusBar()->showMessage(tr("Cannot run: %1").arg(why), 8000);
                logLocal(tr("Run refused: %1").arg(why));
                return;
            }
            statusBar()->showMessage(tr("Run %1 started: %2").arg(id).arg(plan.name), 4000);
        });
    } else {
        m_runsBrowser->refresh();
    }
    m_runsBrowser->show();
    m_runsBrowser->raise();
    m_runsBrowser->activateWindow();
}

void MainWindow::findInterruptedRuns()
{
    if (m_ctx.runsFolder.isEmpty())
        return;
    // Live runs (this session's own, another window's, a command line's) hold their journal's
    // lock, so findInterrupted() leaves them out.
    m_interrupted->setRuns(Journal::findInterrupted(m_ctx.runsFolder));
}

void MainWindow::exportInterrupted(const QString &journalPath)
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Interrupted Run"), {},
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    if (!startCsvExport(path, journalPath))
        QMessageBox::information(this, tr("Export Readings"), tr("An export is already running."));
}

void MainWindow::closeInterruptedRuns()
{
    const QList<Journal::Interrupted> runs = m_interrupted->runs();
    for (const Journal::Interrupted &run : runs) {
        QString why;
        if (!Journal::closeInterrupted(run.journalPath, &why))
            logLocal(tr("Could not close the interrupted run %1: %2").arg(run.runId, why));
    }
    findInterruptedRuns();
}

bool MainWindow::connectLab(const MqttClient::Options &options, QString *error)
{
    if (!m_ctx.lab) {
        if (error)
            *error = tr("This window has no lab connection.");
        return false;
    }
    if (!m_ctx.lab->open(options, error))
        return false;
    updateLabStatus();
    return true;
}

void MainWindow::disconnectLab()
{
    if (m_ctx.lab)
        m_ctx.lab->close();
    updateLabStatus();
}

void MainWindow::connectLabDialog()
{
    LabDialog dialog(this);
    if (m_ctx.settings)
        dialog.setSettings(LabDialog::Settings::load(*m_ctx.settings));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString why;
    const std::optional<MqttClient::Options> options = dialog.options(&why);
    if (!options || !connectLab(*options, &why)) {
        QMessageBox::warning(this, tr("Connect to Lab"), why);
        return;
    }
    if (m_ctx.settings)
        dialog.settings().save(m_ctx.settings);
}

void MainWindow::labOpened()
{
    LabConnection *lab = m_ctx.lab;
    m_model->setLab(lab->lab(), lab->target());
    connect(lab->lab(), &RemoteLab::nodeChanged, this, &MainWindow::updateLabStatus);
    connect(lab->lab(), &RemoteLab::nodeLost, this, [this](const QString &node) {
        logLocal(tr("Node %1 is lost; its unfinished jobs failed").arg(node));
        updateLabStatus();
    });
    connect(lab->lab(), &RemoteLab::brokerDown, this, [this](const QString &reason) {
        logLocal(tr("Lab broker %1 is gone (%2); remote jobs wait for it to come back")
                     .arg(m_ctx.lab->brokerText(), reason));
    });
    connect(lab->lab(), &RemoteLab::brokerBack, this, [this] {
        logLocal(tr("Lab broker %1 is back; the waiting remote jobs are sent")
                     .arg(m_ctx.lab->brokerText()));
    });
    connect(lab->lab(), &RemoteLab::brokerLost, this, [this] {
        logLocal(tr("Lab broker %1 did not come back; the unfinished remote jobs failed as "
                    "'broker lost'")
                     .arg(m_ctx.lab->brokerText()));
        updateLabStatus();
    });
    m_disconnectLabAction->setEnabled(true);
    updateLabStatus();
    updateSelection();
}

void MainWindow::labClosing()
{
    m_model->setLab(nullptr, nullptr);
    m_disconnectLabAction->setEnabled(false);
    updateSelection();
}

void MainWindow::updateLabStatus()
{
    LabConnection *lab = m_ctx.lab;
    if (!lab || !lab->isOpen()) {
        m_labLabel->setVisible(false);
        return;
    }
    int online = 0;
    const QStringList nodes = lab->lab()->nodes();
    for (const QString &n : nodes)
        online += lab->lab()->node(n).online ? 1 : 0;
    QString text;
    switch (lab->client()->state()) {
    case MqttClient::State::Connected:
        text = tr("Lab %1: %2 of %n node(s) online", nullptr, int(nodes.size()))
                   .arg(lab->brokerText())
                   .arg(online);
        break;
    case MqttClient::State::Connecting:
        text = tr("Lab %1: connecting").arg(lab->brokerText());
        break;
    default:
        text = lab->client()->lastError().isEmpty()
                   ? tr("Lab %1: not connected, retrying").arg(lab->brokerText())
                   : tr("Lab %1: %2, retrying").arg(lab->brokerText(), lab->client()->lastError());
        break;
    }
    m_labLabel->setText(text);
    m_labLabel->setVisible(true);
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

void MainWindow::restoreSettings()
{
    QSettings *s = m_ctx.settings;
    if (!s)
        return;
    restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s->value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(s->value(QStringLiteral("window/splitter")).toByteArray());
    const int cap = s->value(QStringLiteral("dispatcher/cap"), 0).toInt();
    if (cap > 0)
        m_cap->setCap(cap);
    if (s->contains(QStringLiteral("plot/windowSeconds")))
        m_plot->setWindowSeconds(s->value(QStringLiteral("plot/windowSeconds")).toDouble());
    QVariantMap run;
    s->beginGroup(QStringLiteral("run"));
    const QStringList keys = s->allKeys();
    for (const QString &key : keys)
        run.insert(key, s->value(key));
    s->endGroup();
    m_operations->setRunSettings(run);
    m_savedRunSettings = m_operations->runSettings();
}

void MainWindow::saveRunSettings()
{
    QSettings *s = m_ctx.settings;
    if (!s)
        return;
    const QVariantMap run = m_operations->runSettings();
    const int cap = m_cap->cap();
    if (run == m_savedRunSettings && s->value(QStringLiteral("dispatcher/cap")).toInt() == cap)
        return;
    for (auto it = run.cbegin(); it != run.cend(); ++it)
        s->setValue(QStringLiteral("run/") + it.key(), it.value());
    s->setValue(QStringLiteral("dispatcher/cap"), cap);
    s->sync();
    m_savedRunSettings = run;
}

void MainWindow::saveSettings()
{
    QSettings *s = m_ctx.settings;
    if (!s)
        return;
    s->setValue(QStringLiteral("window/geometry"), saveGeometry());
    s->setValue(QStringLiteral("window/state"), saveState());
    s->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s->setValue(QStringLiteral("dispatcher/cap"), m_cap->cap());
    s->setValue(QStringLiteral("plot/windowSeconds"), m_plot->windowSeconds());
}

QString MainWindow::quitRisk() const
{
    QStringList risks;
    if (!m_runControl->runs().isEmpty() || m_ctx.engine->hasActiveRuns())
        risks.append(tr("A run is going; quitting stops it."));
    if (const QStringList outputs = m_runControl->outputsOn(); !outputs.isEmpty())
        risks.append(tr("These outputs were switched on and may still be on: %1.")
                         .arg(outputs.join(QLatin1String(", "))));
    return risks.join(QLatin1Char('\n'));
}

void MainWindow::askQuit(const QString &risk)
{
    if (m_quitQuestion) {
        m_quitQuestion->raise();
        return;
    }
    // Not exec(): the window keeps drawing the run while the question waits, and a test can
    // answer it through quitQuestion().
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit LabDispatch"),
                                tr("Quit LabDispatch?") + QLatin1Char('\n') + risk,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("QuitQuestion"));
    box->button(QMessageBox::Yes)->setText(tr("&Quit"));
    QPushButton *safe = box->addButton(tr("&Outputs Off and Quit"), QMessageBox::AcceptRole);
    safe->setObjectName(QStringLiteral("OutputsOffAndQuit"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_quitQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, safe] {
        if (box->clickedButton() == safe) {
            outputsOffAndQuit();
            return;
        }
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        m_quitConfirmed = true;
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting) {
        event->ignore(); // the outputs are going off; the window closes after them
        return;
    }
    if (!m_quitConfirmed) {
        const QString risk = quitRisk();
        if (!risk.isEmpty()) {
            event->ignore();
            askQuit(risk);
            return;
        }
    }
    if (isWindowModified() && !m_ctx.simulated) {
        const auto answer =
            QMessageBox::question(this, tr("Save Bench"), tr("The bench has changes. Save them?"),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel ||
            (answer == QMessageBox::Save && !saveBenchDialog(false))) {
            m_quitConfirmed = false;
            event->ignore();
            return;
        }
    }
    if (m_quitConfirmed)
        stopAll();
    saveSettings();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Space belongs to the focused widget when it uses Space itself (a combo box opens, a
        // button clicks, a table selects): no shortcut of this window takes it from them.
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        const bool plainSpace = key->key() == Qt::Key_Space &&
                                (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plainSpace && widget && widget->window() == this &&
            (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
             qobject_cast<QAbstractItemView *>(widget) ||
             qobject_cast<QAbstractSpinBox *>(widget))) {
            event->accept();
            return true;
        }
    } else if (event->type() == QEvent::Resize && watched == m_view->viewport()) {
        fitColumns();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitRunDock()
{
    // As narrow as the run controls allow in the language shown, never narrower.
    QWidget *controls = m_controlsScroll->widget();
    controls->adjustSize();
    m_controlsScroll->setMinimumWidth(controls->minimumSizeHint().width() +
                                      m_controlsScroll->verticalScrollBar()->sizeHint().width());
}

void MainWindow::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    constexpr int n = InstrumentTableModel::ColumnCount;
    // What each column would like, and what it needs at least: its header in the current
    // language, and room for its typical contents. Names, resources and identities may be
    // elided in their cells (their tooltips hold them whole); nothing else shrinks.
    std::array<int, n> preferred{};
    std::array<int, n> minimum{};
    const QFontMetrics fm = m_view->fontMetrics();
    auto set = [&](int column, int want, int least) {
        minimum[size_t(column)] = std::max(least, header->sectionSizeHint(column));
        preferred[size_t(column)] = std::max(want, minimum[size_t(column)]);
    };
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    set(InstrumentTableModel::LightColumn, 30, 30);
    set(InstrumentTableModel::NameColumn, 13 * em, 7 * em);
    set(InstrumentTableModel::ResourceColumn, 18 * em, 6 * em);
    set(InstrumentTableModel::IdentityColumn, 19 * em, 6 * em);
    set(InstrumentTableModel::StateColumn, 8 * em, 6 * em);
    set(InstrumentTableModel::DoneColumn, 4 * em, 4 * em);
    set(InstrumentTableModel::FailedColumn, 4 * em, 4 * em);
    set(InstrumentTableModel::LastReadingColumn, 9 * em, 9 * em);
    const int available = m_view->viewport()->width();
    int total = 0;
    for (int w : preferred)
        total += w;
    std::array<int, n> width = preferred;
    if (total > available) {
        // Take the excess from the columns that may elide, in proportion to what they can give.
        const int shrinkable[] = {InstrumentTableModel::IdentityColumn,
                                  InstrumentTableModel::ResourceColumn,
                                  InstrumentTableModel::NameColumn};
        int slack = 0;
        for (int c : shrinkable)
            slack += preferred[size_t(c)] - minimum[size_t(c)];
        const int excess = std::min(total - available, slack);
        for (int c : shrinkable) {
            const int give = preferred[size_t(c)] - minimum[size_t(c)];
            width[size_t(c)] -= slack > 0 ? int(qint64(excess) * give / slack + 1) : 0;
            width[size_t(c)] = std::max(width[size_t(c)], minimum[size_t(c)]);
        }
    } else {
        width[InstrumentTableModel::LastReadingColumn] += available - total;
    }
    for (int c = 0; c < n; ++c)
        if (header->sectionSize(c) != width[size_t(c)])
            header->resizeSection(c, width[size_t(c)]);
}

void MainWindow::runEnded(quint64 id, bool stopped)
{
    const QString text = stopped ? tr("Run %1 stopped") : tr("Run %1 finished");
    statusBar()->showMessage(text.arg(id), 5000);
    updateActiveRuns();
}

void MainWindow::updateActiveRuns()
{
    QList<OperationsPanel::ActiveRun> runs;
    const QMap<quint64, RunController::Run> &tracked = m_runControl->runs();
    for (auto it = tracked.cbegin(); it != tracked.cend(); ++it) {
        OperationsPanel::ActiveRun r;
        r.id = it.key();
        r.operation = it->title;
        r.instruments = int(it->instruments.size());
        r.elapsedMs = it->clock.elapsed();
        r.intervalMs = it->request.intervalMs;
        r.durationMs = it->request.durationMs;
        r.repeat = it->request.repeat;
        runs.append(r);
    }
    m_operations->setActiveRuns(runs);
    m_model->setRuns(m_runControl->instrumentRuns());
}

void MainWindow::allOutputsOff()
{
    QStringList names = m_ctx.bench->names();
    if (m_ctx.lab && m_ctx.lab->isOpen())
        names += m_ctx.lab->target()->instrumentNames();
    applySafeState(OutputsOff::withSafeState(m_ctx.engine, names), tr("All outputs off"));
}

void MainWindow::applySafeState(const QStringList &names, const QString &why,
                                std::function<void(const QStringList &)> then)
{
    if (names.isEmpty()) {
        logLocal(tr("%1: no instrument here has a safe state in its profile").arg(why));
        if (then)
            then({});
        return;
    }
    logLocal(tr("%1: the safe state goes to %2, ahead of every queued job")
                 .arg(why, names.join(QLatin1String(", "))));
    auto *round = new OutputsOff(m_ctx.engine, this);
    connect(round, &OutputsOff::finished, this, [this, round, why, then] {
        const QMap<QString, QString> results = round->results();
        QStringList madeSafe;
        for (auto it = results.cbegin(); it != results.cend(); ++it)
            if (!round->failed().contains(it.key()))
                madeSafe.append(it.key());
        for (const QString &name : std::as_const(madeSafe))
            m_runControl->outputsSafe(name);
        m_runControl->journalOutputsOff(*round, why);
        QStringList parts;
        for (auto it = results.cbegin(); it != results.cend(); ++it)
            parts.append(tr("%1: %2").arg(it.key(), it.value()));
        for (const QString &name : round->unanswered())
            parts.append(tr("%1: no answer in time; its outputs may still be live").arg(name));
        logLocal(tr("%1 done: %2").arg(why, parts.join(QLatin1String("; "))));
        updateActiveRuns();
        if (then)
            then(madeSafe);
    });
    round->start(names);
}

void MainWindow::outputsOffAndQuit()
{
    // The instruments of the runs going on and those with an output switched on here.
    QStringList names = m_runControl->instrumentsWithOutputsOn();
    for (const RunController::Run &run : m_runControl->runs())
        names += run.instruments;
    m_quitting = true;
    statusBar()->showMessage(tr("Switching the outputs off before quitting..."));
    // Asynchronous with a bounded wait: the window keeps drawing while the instruments answer.
    applySafeState(OutputsOff::withSafeState(m_ctx.engine, names), tr("Outputs off and quit"),
                   [this](const QStringList &) {
                       m_quitting = false;
                       m_quitConfirmed = true;
                       QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
                   });
}

FrontPanel *MainWindow::openFrontPanel(const QString &name)
{
    if (FrontPanel *open = m_frontPanels.value(name)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    const RunTarget *target = m_ctx.engine->targetOf(name);
    const DriverProfile *profile = target ? target->profile(name) : nullptr;
    if (!profile) {
        statusBar()->showMessage(
            tr("%1 has no profile yet (not identified): it has no front panel").arg(name), 6000);
        return nullptr;
    }
    auto *panel = new FrontPanel(name, *profile, m_ctx.engine, m_runControl, this);
    m_frontPanels.insert(name, panel);
    panel->show();
    return panel;
}

} // namespace ld
