// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/runrequest.h"

#include <QObject>
#include <QStringList>

class QMainWindow;

namespace ld {

class InstrumentTableModel;
class InstrumentView;
class OperationsPanel;
class RunController;
struct Plan;

/**
 * Runs as the window starts and shows them: Run on the selected instruments (local and remote
 * in one run), Run Again of a past run's plan, Stop Selected and Stop All, each answered in
 * the status bar; and the runs going on, listed in the operations panel and the table. The
 * RunController journals and tracks them.
 */
class RunActions : public QObject
{
    Q_OBJECT
public:
    RunActions(RunController *runs, InstrumentView *view, InstrumentTableModel *model,
               OperationsPanel *operations, QMainWindow *window);

    /** Starts `request` on the selected instruments; its id, or 0 with `why` when refused. */
    quint64 runSelected(const RunRequest &request, QString *why = nullptr);
    /** Runs a past run's plan again. */
    void runAgain(const Plan &plan);
    /** Stops the selected instruments' runs and cancels their queued and running jobs. */
    void stopSelected();
    void stopAll();
    /** Shows the runs going on (elapsed times, the instruments' runs) again. */
    void updateActiveRuns();

Q_SIGNALS:
    /** One line for the log. */
    void logged(const QString &text);

private:
    void refused(const QString &why);
    void ended(quint64 id, bool stopped);

    RunController *m_runs;
    InstrumentView *m_view;
    InstrumentTableModel *m_model;
    OperationsPanel *m_operations;
    QMainWindow *m_window;
};

} // namespace ld
