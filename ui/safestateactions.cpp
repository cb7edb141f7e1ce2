// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safestateactions.h"

#include "lablink.h"
#include "outputsoff.h"
#include "runcontroller.h"

#include "plans/runengine.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace ld {

SafeStateActions::SafeStateActions(RunEngine *engine, RunController *runs, const LabLink *lab,
                                   QMainWindow *window)
    : QObject(window)
    , m_engine(engine)
    , m_runs(runs)
    , m_lab(lab)
    , m_window(window)
{
    setObjectName(QStringLiteral("SafeStateActions"));
}

void SafeStateActions::allOutputsOff()
{
    apply(OutputsOff::withSafeState(m_engine, m_lab->instrumentNames()), tr("All outputs off"));
}

void SafeStateActions::safeState(const QStringList &names, const QString &why,
                                 std::function<void(const QStringList &)> then)
{
    apply(OutputsOff::withSafeState(m_engine, names), why, std::move(then));
}

void SafeStateActions::apply(const QStringList &names, const QString &why,
                             std::function<void(const QStringList &)> then)
{
    if (names.isEmpty()) {
        Q_EMIT logged(tr("%1: no instrument here has a safe state in its profile").arg(why));
        if (then)
            then({});
        return;
    }
    Q_EMIT logged(tr("%1: the safe state goes to %2, ahead of every queued job")
                      .arg(why, names.join(QLatin1String(", "))));
    auto *round = new OutputsOff(m_engine, this);
    connect(round, &OutputsOff::finished, this, [this, round, why, then] {
        const QMap<QString, QString> results = round->results();
        QStringList madeSafe;
        for (auto it = results.cbegin(); it != results.cend(); ++it)
            if (!round->failed().contains(it.key()))
                madeSafe.append(it.key());
        for (const QString &name : std::as_const(madeSafe))
            m_runs->outputsSafe(name);
        m_runs->journalOutputsOff(*round, why);
        QStringList parts;
        for (auto it = results.cbegin(); it != results.cend(); ++it)
            parts.append(tr("%1: %2").arg(it.key(), it.value()));
        for (const QString &name : round->unanswered())
            parts.append(tr("%1: no answer in time; its outputs may still be live").arg(name));
        Q_EMIT logged(tr("%1 done: %2").arg(why, parts.join(QLatin1String("; "))));
        Q_EMIT applied();
        if (then)
            then(madeSafe);
    });
    round->start(names);
}

QString SafeStateActions::quitRisk() const
{
    QStringList risks;
    if (!m_runs->runs().isEmpty() || m_engine->hasActiveRuns())
        risks.append(tr("A run is going; quitting stops it."));
    if (const QStringList outputs = m_runs->outputsOn(); !outputs.isEmpty())
        risks.append(tr("These outputs were switched on and may still be on: %1.")
                         .arg(outputs.join(QLatin1String(", "))));
    return risks.join(QLatin1Char('\n'));
}

bool SafeStateActions::mayClose()
{
    if (m_quitting)
        return false; // the outputs are going off; the window closes after them
    if (!m_quitConfirmed) {
        const QString risk = quitRisk();
        if (!risk.isEmpty()) {
            askQuit(risk);
            return false;
        }
    }
    return true;
}

void SafeStateActions::closeLater()
{
    m_quitConfirmed = true;
    QMetaObject::invokeMethod(m_window, &QWidget::close, Qt::QueuedConnection);
}

void SafeStateActions::askQuit(const QString &risk)
{
    if (m_quitQuestion) {
        m_quitQuestion->raise();
        return;
    }
    // Not exec(): the window keeps drawing the run while the question waits, and a test can
    // answer it through quitQuestion().
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit LabDispatch"),
                                tr("Quit LabDispatch?") + QLatin1Char('\n') + risk,
                                QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("QuitQuestion"));
    box->button(QMessageBox::Yes)->setText(tr("&Quit"));
    QPushButton *safe = box->addButton(tr("&Outputs Off and Quit"), QMessageBox::AcceptRole);
    safe->setObjectName(QStringLiteral("OutputsOffAndQuit"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_quitQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, safe] {
        if (box->clickedButton() == safe)
            outputsOffAndQuit();
        else if (box->clickedButton() == box->button(QMessageBox::Yes))
            closeLater();
    });
    box->open();
}

void SafeStateActions::outputsOffAndQuit()
{
    // The instruments of the runs going on and those with an output switched on here.
    QStringList names = m_runs->instrumentsWithOutputsOn();
    for (const RunController::Run &run : m_runs->runs())
        names += run.instruments;
    m_quitting = true;
    m_window->statusBar()->showMessage(tr("Switching the outputs off before quitting..."));
    // Asynchronous with a bounded wait: the window keeps drawing while the instruments answer.
    apply(OutputsOff::withSafeState(m_engine, names), tr("Outputs off and quit"),
          [this](const QStringList &) {
              m_quitting = false;
              closeLater();
          });
}

} // namespace ld
