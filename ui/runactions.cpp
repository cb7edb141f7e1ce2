// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runactions.h"

#include "instrumenttablemodel.h"
#include "instrumentview.h"
#include "operationspanel.h"
#include "runcontroller.h"

#include "plans/plan.h"

#include <QMainWindow>
#include <QStatusBar>

namespace ld {

RunActions::RunActions(RunController *runs, InstrumentView *view, InstrumentTableModel *model,
                       OperationsPanel *operations, QMainWindow *window)
    : QObject(window)
    , m_runs(runs)
    , m_view(view)
    , m_model(model)
    , m_operations(operations)
    , m_window(window)
{
    setObjectName(QStringLiteral("RunActions"));
    connect(m_runs, &RunController::runEnded, this, &RunActions::ended);
}

quint64 RunActions::runSelected(const RunRequest &request, QString *refusedWhy)
{
    const QStringList names = m_view->selectedNames();
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
    const quint64 id = m_runs->start(run, title, &why);
    if (id == 0) {
        refused(why);
        if (refusedWhy)
            *refusedWhy = why;
        return 0;
    }
    updateActiveRuns();
    m_window->statusBar()->showMessage(
        tr("Run %1 started on %n instrument(s)", nullptr, int(names.size())).arg(id), 4000);
    return id;
}

void RunActions::runAgain(const Plan &plan)
{
    QString why;
    const quint64 id = m_runs->startPlan(plan, {}, &why);
    if (id == 0) {
        refused(why);
        return;
    }
    m_window->statusBar()->showMessage(tr("Run %1 started: %2").arg(id).arg(plan.name), 4000);
}

void RunActions::refused(const QString &why)
{
    // Not modal: a refused run must not stop the display or a script driving the window.
    m_window->statusBar()->showMessage(tr("Cannot run: %1").arg(why), 8000);
    Q_EMIT logged(tr("Run refused: %1").arg(why));
}

void RunActions::stopSelected()
{
    const QStringList names = m_view->selectedNames();
    if (names.isEmpty())
        return;
    m_runs->stop(names);
    m_window->statusBar()->showMessage(tr("Stopped %n instrument(s)", nullptr, int(names.size())),
                                       4000);
}

void RunActions::stopAll()
{
    m_runs->stopAll();
    m_window->statusBar()->showMessage(tr("Stopped every run"), 4000);
}

void RunActions::ended(quint64 id, bool stopped)
{
    const QString text = stopped ? tr("Run %1 stopped") : tr("Run %1 finished");
    m_window->statusBar()->showMessage(text.arg(id), 5000);
    updateActiveRuns();
}

void RunActions::updateActiveRuns()
{
    QList<OperationsPanel::ActiveRun> runs;
    const QMap<quint64, RunController::Run> &tracked = m_runs->runs();
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
    m_model->setRuns(m_runs->instrumentRuns());
}

} // namespace ld
