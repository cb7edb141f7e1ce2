// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/plan.h"
#include "results/csvexporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

class QLabel;
class QPushButton;
class QTableView;

namespace ld {

class PlotPanel;
class RunsBrowserLoader;
class RunsBrowserModel;
class RunsBrowserScanner;

/**
 * Past runs: every run journaled in the window's runs folder with its date, bench, plan or
 * operation, readings and status, interrupted runs marked. A run opens into the plot (its
 * readings, read off the UI thread), several overlay there with their starts aligned, one
 * exports to CSV, and one journaled with a plan runs again (runAgainRequested()).
 */
class RunsBrowser : public QDialog
{
    Q_OBJECT
public:
    RunsBrowser(const QString &runsFolder, PlotPanel *plot, QWidget *parent = nullptr);
    ~RunsBrowser() override;

    /** Lists the runs folder again (off the UI thread). */
    void refresh();
    RunsBrowserModel *model() const { return m_model; }
    /** Clears the plot and opens the runs of `rows` into it (the first, the others overlaid). */
    void openRuns(const QList<int> &rows);
    /** Adds the runs of `rows` to the plot, their starts aligned with the first run opened. */
    void overlayRuns(const QList<int> &rows);
    /** Exports the run of `row` to `csvPath` off the UI thread; exportFinished() reports. */
    bool exportRun(int row, const QString &csvPath);
    /** Emits runAgainRequested() with the plan of the run of `row`; false if it has none. */
    bool runAgain(int row, QString *why = nullptr);
    /** Runs being read into the plot, the one reading included. */
    int loadsPending() const;

Q_SIGNALS:
    /** The plan a past run carried, for the window's engine to start again. */
    void runAgainRequested(const ld::Plan &plan);
    void runOpened(const QString &runId, qint64 readings);
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Load
    {
        QString runId;
        QString journalPath;
        QString label;
        qint64 startedWallNs = 0;
    };
    void retranslateUi();
    QList<int> selectedRows() const;
    void queueLoads(const QList<int> &rows);
    void startNextLoad();
    void updateButtons();
    void exportWithDialog();
    void setStatus(const QString &text);

    QString m_runsFolder;
    PlotPanel *m_plot;
    RunsBrowserModel *m_model;
    RunsBrowserScanner *m_scanner;
    RunsBrowserLoader *m_loader;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_openButton;
    QPushButton *m_overlayButton;
    QPushButton *m_exportButton;
    QPushButton *m_runAgainButton;
    QPushButton *m_refreshButton;
    QPushButton *m_closeButton;
    QList<Load> m_loads;      ///< waiting, then the one reading (first)
    qint64 m_baseStartNs = 0; ///< the first run opened: overlaid runs start with it
    QFutureWatcher<CsvExporter::Result> *m_exportWatcher;
};

} // namespace ld
