// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/plan.h"
#include "plans/plansummary.h"
#include "plans/runengine.h"
#include "results/reading.h"

#include <QElapsedTimer>
#include <QMap>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ld {

class RunEngine;

/**
 * Runs a plan on the window's RunEngine and shows how far it got: the step it started its
 * latest job from, the sweep point, jobs done of the plan's count, the time since it started
 * and an estimate of the time left; Pause, Resume and Abort (which applies the safe state).
 */
class PlanRunPanel : public QWidget
{
    Q_OBJECT
public:
    /** Starts a plan as RunEngine::start() does: a run id, or 0 with the reason. */
    using Starter =
        std::function<quint64(const Plan &plan, QString *why, RunEngine::ReadingCallback)>;

    explicit PlanRunPanel(RunEngine *engine, QWidget *parent = nullptr);
    /**
     * What Run calls; by default the engine's start(). The window passes its RunController's,
     * so a plan run is journaled as its own run like every other run started there.
     */
    void setStarter(Starter starter) { m_starter = std::move(starter); }

    /** Whether Run may be pressed now; `why` is its tooltip when not. */
    void setRunnable(bool runnable, const QString &why = {});
    /** Starts `plan`: its run id, or 0 with `error` (also shown). */
    quint64 start(const Plan &plan, QString *error = nullptr);
    /** The run going on (paused included), 0 when none. */
    quint64 runId() const { return m_runId; }
    qint64 jobsDone() const { return m_done; }

    /** "1 h 2 min", "3 min 5 s", "4.2 s": a duration in the words of the progress line. */
    static QString durationText(double ms);

Q_SIGNALS:
    /** Run was pressed: the editor checks its plan and calls start(). */
    void runRequested();
    /** A run started or ended. */
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reading(const Reading &reading);
    void stepStarted(quint64 runId, const QString &step);
    void finished(quint64 runId);
    void updateButtons();
    void updateProgress();
    /** "v = 2.5 (6 of 11)" for the variables of a reading. */
    QString pointText(const QList<std::pair<QString, double>> &variables) const;

    RunEngine *m_engine;
    Starter m_starter;
    QPushButton *m_run;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_abort;
    QProgressBar *m_bar;
    QLabel *m_step;
    QLabel *m_point;
    QLabel *m_jobs;
    QLabel *m_time;
    QLabel *m_status;
    QTimer *m_clock;

    bool m_runnable = false;
    quint64 m_runId = 0;
    bool m_aborted = false;
    QString m_failure;
    QElapsedTimer m_elapsed;
    PlanSummary m_summary;
    qint64 m_done = 0;
    QString m_currentStep;
    QList<std::pair<QString, double>> m_variables;
    QMap<QString, PlanStep> m_sweeps; ///< the sweep steps of the run's plan, by variable
};

} // namespace ld
