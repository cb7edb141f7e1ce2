// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QMainWindow;

namespace ld {

class LabLink;
class RunController;
class RunEngine;

/**
 * The safe state from the window and quitting without leaving a live output behind: All
 * Outputs Off, the safe state of an interrupted run's instruments, and the question asked on
 * quit while a run goes on or an output is on (with "Outputs Off and Quit").
 */
class SafeStateActions : public QObject
{
    Q_OBJECT
public:
    /** `window` is the one that quits: the question's parent, closed once the user agrees. */
    SafeStateActions(RunEngine *engine, RunController *runs, const LabLink *lab,
                     QMainWindow *window);

    /** The safe state for every instrument, local and remote, whose profile has one. */
    void allOutputsOff();
    /**
     * The safe state for those of `names` whose profile has one, logged as `why`; `then` (may
     * be empty) gets the instruments it made safe.
     */
    void safeState(const QStringList &names, const QString &why,
                   std::function<void(const QStringList &madeSafe)> then = {});

    /** Why quitting now needs a question (runs going, outputs on); empty when it does not. */
    QString quitRisk() const;
    /** The question asked on quit while a run goes on or an output is on; null when none. */
    QMessageBox *quitQuestion() const { return m_quitQuestion; }
    /**
     * On the window's close: false while the outputs go off before quitting, or when a risk
     * needs the user's answer first (the question is then shown, not waited for).
     */
    bool mayClose();
    /** The user agreed to quit despite the risk: the window stops every run as it closes. */
    bool quitConfirmed() const { return m_quitConfirmed; }
    /** The close did not happen after all (the bench's save was cancelled). */
    void closeCancelled() { m_quitConfirmed = false; }

Q_SIGNALS:
    /** One line for the log. */
    void logged(const QString &text);
    /** A round of safe states is over: the runs on those instruments may have ended. */
    void applied();

private:
    void askQuit(const QString &risk);
    /**
     * Applies the safe state to `names`, logs and journals each result, then calls `then` (may
     * be empty) with the instruments it made safe.
     */
    void apply(const QStringList &names, const QString &why,
               std::function<void(const QStringList &madeSafe)> then = {});
    /** "All outputs off", then quit once every instrument answered or the wait is over. */
    void outputsOffAndQuit();
    void closeLater();

    RunEngine *m_engine;
    RunController *m_runs;
    const LabLink *m_lab;
    QMainWindow *m_window;
    QPointer<QMessageBox> m_quitQuestion;
    bool m_quitting = false; ///< the outputs go off before quitting
    bool m_quitConfirmed = false;
};

} // namespace ld
