// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsbrowser.h"

#include "plotpanel.h"
#include "runsbrowserloader.h"
#include "runsbrowsermodel.h"
#include "runsbrowserscanner.h"

#include "plans/planfile.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ld {

RunsBrowser::RunsBrowser(const QString &runsFolder, PlotPanel *plot, QWidget *parent)
    : QDialog(parent)
    , m_runsFolder(runsFolder)
    , m_plot(plot)
    , m_model(new RunsBrowserModel(this))
    , m_scanner(new RunsBrowserScanner(this))
    , m_loader(new RunsBrowserLoader(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_openButton(new QPushButton(this))
    , m_overlayButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_runAgainButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_exportWatcher(new QFutureWatcher<CsvExporter::Result>(this))
{
    setObjectName(QStringLiteral("runsBrowser"));
    m_view->setObjectName(QStringLiteral("runsTable"));
    m_status->setObjectName(QStringLiteral("runsStatus"));
    m_openButton->setObjectName(QStringLiteral("openRunButton"));
    m_overlayButton->setObjectName(QStringLiteral("overlayRunButton"));
    m_exportButton->setObjectName(QStringLiteral("exportRunButton"));
    m_runAgainButton->setObjectName(QStringLiteral("runAgainButton"));
    m_refreshButton->setObjectName(QStringLiteral("refreshRunsButton"));
    m_openButton->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_exportButton->setIcon(QIcon(QStringLiteral(":/icons/export-csv.svg")));
    m_runAgainButton->setIcon(QIcon(QStringLiteral(":/icons/run.svg")));
    m_refreshButton->setIcon(QIcon(QStringLiteral(":/icons/history.svg")));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(RunsBrowserModel::WhatColumn,
                                                     QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b :
         {m_openButton, m_overlayButton, m_exportButton, m_runAgainButton, m_refreshButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_openButton, &QPushButton::clicked, this, [this] { openRuns(selectedRows()); });
    connect(m_overlayButton, &QPushButton::clicked, this, [this] { overlayRuns(selectedRows()); });
    connect(m_exportButton, &QPushButton::clicked, this, &RunsBrowser::exportWithDialog);
    connect(m_runAgainButton, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        QString why;
        if (rows.size() == 1 && !runAgain(rows.first(), &why))
            QMessageBox::information(this, windowTitle(), why);
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &RunsBrowser::refresh);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openRuns({index.row()}); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsBrowser::updateButtons);

    connect(m_scanner, &RunsBrowserScanner::listed, this,
            [this](const QList<RunsBrowserEntry> &entries) {
                m_model->setEntries(entries);
                m_view->resizeColumnsToContents();
                setStatus(tr("%n run(s); counting readings...", nullptr, int(entries.size())));
                updateButtons();
            });
    connect(m_scanner, &RunsBrowserScanner::counted, m_model, &RunsBrowserModel::setCounts);
    connect(m_scanner, &RunsBrowserScanner::finished, this, [this] {
        m_view->resizeColumnsToContents();
        setStatus(tr("%n run(s) in %1", nullptr, m_model->rowCount()).arg(m_runsFolder));
    });

    connect(m_loader, &RunsBrowserLoader::batchReady, this, [this](const QList<Reading> &batch) {
        for (const Reading &r : batch)
            m_plot->addReading(r);
    });
    connect(m_loader, &RunsBrowserLoader::finished, this,
            [this](qint64 readings, const QString &error) {
                if (m_loads.isEmpty())
                    return;
                const Load load = m_loads.takeFirst();
                if (!error.isEmpty())
                    setStatus(tr("Could not open %1: %2").arg(load.runId, error));
                else
                    setStatus(
                        tr("Opened %1: %n reading(s)", nullptr, int(readings)).arg(load.label));
                m_plot->tick();
                Q_EMIT runOpened(load.runId, readings);
                startNextLoad();
            });

    connect(m_exportWatcher, &QFutureWatcher<CsvExporter::Result>::finished, this, [this] {
        const CsvExporter::Result r = m_exportWatcher->result();
        QString message;
        if (r.ok()) {
            message = tr("Exported %n reading(s).", nullptr, int(r.rows));
            if (!r.warnings.isEmpty())
                message += QLatin1Char(' ') + r.warnings.join(QLatin1Char(' '));
        } else {
            message = tr("Export failed: %1").arg(r.error);
        }
        setStatus(message);
        updateButtons();
        Q_EMIT exportFinished(r.ok(), message);
    });

    retranslateUi();
    resize(860, 420);
    refresh();
}

RunsBrowser::~RunsBrowser()
{
    // The export cannot be cancelled from here; it writes to a temporary file until it ends.
    m_exportWatcher->waitForFinished();
}

void RunsBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RunsBrowser::retranslateUi()
{
    setWindowTitle(tr("Past Runs"));
    m_openButton->setText(tr("&Open"));
    m_openButton->setToolTip(tr("Show the selected run's readings in the plot, in place of "
                                "what it shows"));
    m_overlayButton->setText(tr("O&verlay"));
    m_overlayButton->setToolTip(
        tr("Add the selected runs to the plot, each starting where the first run opened starts"));
    m_exportButton->setText(tr("&Export CSV..."));
    m_runAgainButton->setText(tr("&Run Again"));
    m_refreshButton->setText(tr("Re&fresh"));
    m_closeButton->setText(tr("Close"));
    updateButtons();
}

void RunsBrowser::setStatus(const QString &text)
{
    m_status->setText(text);
}

void RunsBrowser::refresh()
{
    setStatus(tr("Reading the runs folder..."));
    m_scanner->start(m_runsFolder);
}

QList<int> RunsBrowser::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RunsBrowser::updateButtons()
{
    const QList<int> rows = selectedRows();
    const bool readable = !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [this](int r) {
        return m_model->entry(r).state != Journal::RunState::Unreadable;
    });
    m_openButton->setEnabled(readable);
    m_overlayButton->setEnabled(readable);
    m_exportButton->setEnabled(readable && rows.size() == 1 && !m_exportWatcher->isRunning());
    const bool plan = rows.size() == 1 && m_model->entry(rows.first()).hasPlan;
    m_runAgainButton->setEnabled(plan);
    m_runAgainButton->setToolTip(plan || rows.size() != 1
                                     ? tr("Start the plan this run carried out, on this bench")
                                     : tr("This run's journal carries no plan to run again"));
}

void RunsBrowser::openRuns(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    m_loader->cancel();
    m_loads.clear();
    m_plot->clear();
    // A past run is over: show it whole.
    m_plot->setWindowSeconds(0);
    m_baseStartNs = m_model->entry(rows.first()).info.startedWallNs;
    queueLoads(rows);
}

void RunsBrowser::overlayRuns(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    if (m_baseStartNs == 0) {
        m_plot->setWindowSeconds(0);
        m_baseStartNs = m_model->entry(rows.first()).info.startedWallNs;
    }
    queueLoads(rows);
}

void RunsBrowser::queueLoads(const QList<int> &rows)
{
    for (int row : rows) {
        const RunsBrowserEntry &e = m_model->entry(row);
        m_loads.append(
            {e.runId, e.journalPath, RunsBrowserModel::dateText(e), e.info.startedWallNs});
    }
    if (!m_loader->isRunning())
        startNextLoad();
}

void RunsBrowser::startNextLoad()
{
    while (!m_loads.isEmpty()) {
        const Load &load = m_loads.first();
        m_plot->setRunLabel(load.runId, load.label);
        const qint64 shift = load.startedWallNs > 0 ? m_baseStartNs - load.startedWallNs : 0;
        setStatus(tr("Reading %1...").arg(load.label));
        if (m_loader->start(load.journalPath, shift))
            return;
        m_loads.removeFirst();
    }
}

int RunsBrowser::loadsPending() const
{
    return int(m_loads.size());
}

bool RunsBrowser::exportRun(int row, const QString &csvPath)
{
    if (row < 0 || row >= m_model->rowCount() || m_exportWatcher->isRunning())
        return false;
    const QString journalPath = m_model->entry(row).journalPath;
    setStatus(tr("Exporting to %1...").arg(csvPath));
    m_exportWatcher->setFuture(QtConcurrent::run(
        [journalPath, csvPath] { return CsvExporter().exportJournal(journalPath, csvPath); }));
    updateButtons();
    return true;
}

void RunsBrowser::exportWithDialog()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Run"), m_model->entry(rows.first()).runId + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    exportRun(rows.first(), path);
}

bool RunsBrowser::runAgain(int row, QString *why)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const RunsBrowserEntry &e = m_model->entry(row);
    if (e.info.plan.isEmpty()) {
        if (why)
            *why = tr("The run %1 carries no plan: it was a single operation.").arg(e.runId);
        return false;
    }
    const PlanFile::Result parsed = PlanFile::parse(e.info.plan);
    if (!parsed.plan) {
        if (why)
            *why = tr("The plan of run %1 does not read: %2").arg(e.runId, parsed.error);
        return false;
    }
    Q_EMIT runAgainRequested(*parsed.plan);
    return true;
}

} // namespace ld
