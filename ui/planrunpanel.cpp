// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrunpanel.h"

#include "planeditor_p.h"
#include "plans/runengine.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ld {

namespace {
/**
 * The progress line's clock: a person reads seconds, so twice a second is plenty. Readings
 * and steps only count; the clock shows them.
 */
constexpr int kClockMs = 500;

} // namespace

PlanRunPanel::PlanRunPanel(RunEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_run(new QPushButton(this))
    , m_pause(new QPushButton(this))
    , m_resume(new QPushButton(this))
    , m_abort(new QPushButton(this))
    , m_bar(new QProgressBar(this))
    , m_step(new QLabel(this))
    , m_point(new QLabel(this))
    , m_jobs(new QLabel(this))
    , m_time(new QLabel(this))
    , m_status(new QLabel(this))
    , m_clock(new QTimer(this))
{
    m_run->setObjectName(QStringLiteral("RunPlanButton"));
    m_pause->setObjectName(QStringLiteral("PausePlanButton"));
    m_resume->setObjectName(QStringLiteral("ResumePlanButton"));
    m_abort->setObjectName(QStringLiteral("AbortPlanButton"));
    m_bar->setObjectName(QStringLiteral("PlanProgressBar"));
    m_step->setObjectName(QStringLiteral("PlanProgressStep"));
    m_point->setObjectName(QStringLiteral("PlanProgressPoint"));
    m_jobs->setObjectName(QStringLiteral("PlanProgressJobs"));
    m_time->setObjectName(QStringLiteral("PlanProgressTime"));
    m_status->setObjectName(QStringLiteral("PlanRunStatus"));
    m_run->setIcon(QIcon(QStringLiteral(":/icons/run.svg")));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_bar->setTextVisible(true);
    for (QLabel *l : {m_step, m_point, m_jobs, m_time})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_run, m_pause, m_resume, m_abort})
        buttons->addWidget(b);
    buttons->addWidget(m_bar, 1);
    auto *figures = new QGridLayout;
    figures->addWidget(m_step, 0, 0);
    figures->addWidget(m_point, 0, 1);
    figures->addWidget(m_jobs, 1, 0);
    figures->addWidget(m_time, 1, 1);
    figures->setColumnStretch(0, 1);
    figures->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addLayout(figures);
    layout->addWidget(m_status);

    m_clock->setInterval(kClockMs);
    connect(m_clock, &QTimer::timeout, this, [this] {
        updateButtons();
        updateProgress();
    });
    connect(m_run, &QPushButton::clicked, this, &PlanRunPanel::runRequested);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_runId)
            m_engine->pause(m_runId);
        updateButtons();
        updateProgress();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_runId)
            m_engine->resume(m_runId);
        updateButtons();
        updateProgress();
    });
    connect(m_abort, &QPushButton::clicked, this, [this] {
        if (!m_runId)
            return;
        m_aborted = true;
        m_engine->abort(m_runId);
        updateButtons();
    });
    connect(m_engine, &RunEngine::progress, this, &PlanRunPanel::stepStarted);
    connect(m_engine, &RunEngine::runFailed, this, [this](quint64 id, const QString &error) {
        if (id == m_runId)
            m_failure = error;
    });
    connect(m_engine, &RunEngine::runFinished, this, &PlanRunPanel::finished);
    retranslate();
    updateButtons();
    updateProgress();
}

void PlanRunPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanRunPanel::retranslate()
{
    m_run->setText(tr("Run plan"));
    m_pause->setText(tr("Pause"));
    m_resume->setText(tr("Resume"));
    m_abort->setText(tr("Abort"));
    m_abort->setToolTip(tr("Stop the run and apply the safe state of its instruments"));
    updateProgress();
}

void PlanRunPanel::setRunnable(bool runnable, const QString &why)
{
    m_runnable = runnable;
    m_run->setToolTip(runnable ? tr("Run the plan on the bench") : why);
    updateButtons();
}

quint64 PlanRunPanel::start(const Plan &plan, QString *error)
{
    if (m_runId) {
        if (error)
            *error = tr("a plan is running");
        return 0;
    }
    QString why;
    QPointer<PlanRunPanel> self(this);
    RunEngine::ReadingCallback onReading = [self](const Reading &r) {
        if (self)
            self->reading(r);
    };
    const quint64 id = m_starter ? m_starter(plan, &why, std::move(onReading))
                                 : m_engine->start(plan, &why, std::move(onReading));
    if (id == 0) {
        m_status->setText(tr("Cannot run: %1").arg(why));
        if (error)
            *error = why;
        return 0;
    }
    m_runId = id;
    m_aborted = false;
    m_failure.clear();
    m_done = 0;
    m_currentStep.clear();
    m_variables.clear();
    m_sweeps.clear();
    forEachStep(plan.steps, [this](const PlanStep &s) {
        if (s.type != PlanStep::Type::Sweep)
            return;
        PlanStep sweep = s; // its values, without the body
        sweep.body.clear();
        m_sweeps.insert(s.variable, sweep);
    });
    m_summary = PlanSummary::of(plan, m_engine->planInstruments());
    m_elapsed.start();
    m_clock->start();
    m_status->setText(tr("Run %1 started").arg(id));
    updateButtons();
    updateProgress();
    Q_EMIT runningChanged(true);
    return id;
}

void PlanRunPanel::reading(const Reading &reading)
{
    ++m_done;
    if (!reading->variables.isEmpty())
        m_variables = reading->variables;
    // While the run goes on the clock shows the progress: new texts every job laid out the
    // panel, and the dock it sits in, hundreds of times a second.
    if (!m_clock->isActive())
        updateProgress();
}

void PlanRunPanel::stepStarted(quint64 runId, const QString &step)
{
    if (runId != m_runId)
        return;
    m_currentStep = step;
    if (!m_clock->isActive())
        updateProgress();
}

void PlanRunPanel::finished(quint64 runId)
{
    if (runId != m_runId || runId == 0)
        return;
    m_runId = 0;
    m_clock->stop();
    const QString elapsed = durationText(double(m_elapsed.elapsed()));
    if (!m_failure.isEmpty())
        m_status->setText(tr("Run %1 failed after %2: %3").arg(runId).arg(elapsed, m_failure));
    else if (m_aborted)
        m_status->setText(
            tr("Run %1 aborted after %2; the safe state was applied").arg(runId).arg(elapsed));
    else
        m_status->setText(tr("Run %1 finished in %2").arg(runId).arg(elapsed));
    updateButtons();
    updateProgress();
    Q_EMIT runningChanged(false);
}

void PlanRunPanel::updateButtons()
{
    const bool running = m_runId != 0;
    const bool paused = running && m_engine->isPaused(m_runId);
    m_run->setEnabled(m_runnable && !running);
    m_pause->setEnabled(running && !paused && !m_aborted);
    m_resume->setEnabled(running && paused && !m_aborted);
    m_abort->setEnabled(running && !m_aborted);
}

QString PlanRunPanel::durationText(double ms)
{
    const qint64 s = qint64(std::llround(ms / 1000));
    if (ms < 10'000)
        return tr("%1 s").arg(QLocale().toString(ms / 1000, 'f', 1));
    if (s < 3600)
        return s < 60 ? tr("%1 s").arg(s) : tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString PlanRunPanel::pointText(const QList<std::pair<QString, double>> &variables) const
{
    QStringList parts;
    for (const auto &[name, value] : variables) {
        QString text = QStringLiteral("%1 = %2").arg(name, numberText(value));
        const auto it = m_sweeps.constFind(name);
        if (it != m_sweeps.cend()) {
            const qsizetype count = PlanValidator::sweepCount(*it);
            qsizetype index = -1;
            if (it->sweepKind == PlanStep::SweepKind::List) {
                index = it->values.indexOf(value);
            } else if (count > 1 && it->stop != it->start) {
                const double f = it->sweepKind == PlanStep::SweepKind::Log
                                     ? std::log(value / it->start) / std::log(it->stop / it->start)
                                     : (value - it->start) / (it->stop - it->start);
                if (std::isfinite(f))
                    index = qsizetype(std::llround(f * double(count - 1)));
            }
            if (index >= 0 && index < count)
                text = tr("%1 (point %2 of %3)").arg(text).arg(index + 1).arg(count);
        }
        parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

void PlanRunPanel::updateProgress()
{
    const bool running = m_runId != 0;
    const quint64 total = m_summary.jobs + m_summary.rampExtraSets;
    m_step->setText(tr("Step: %1").arg(m_currentStep.isEmpty() ? tr("–") : m_currentStep));
    m_point->setText(
        tr("Sweep point: %1").arg(m_variables.isEmpty() ? tr("–") : pointText(m_variables)));
    if (m_summary.openEnded)
        m_jobs->setText(
            tr("Jobs done: %1 (the plan repeats until stopped)").arg(QLocale().toString(m_done)));
    else
        m_jobs->setText(tr("Jobs done: %1 of at least %2")
                            .arg(QLocale().toString(m_done), QLocale().toString(total)));
    const double elapsed = m_elapsed.isValid() ? double(m_elapsed.elapsed()) : 0;
    QString left = tr("–");
    if (running && !m_summary.openEnded) {
        // Two lower bounds: the plan's own least duration, and the pace so far over what is left.
        double ms = m_summary.minimumMs - elapsed;
        if (m_done > 0 && quint64(m_done) < total)
            ms = std::max(ms, elapsed * double(total - quint64(m_done)) / double(m_done));
        left = tr("about %1").arg(durationText(std::max(0.0, ms)));
    } else if (running) {
        left = tr("until stopped");
    }
    m_time->setText(tr("Elapsed: %1, left: %2")
                        .arg(m_elapsed.isValid() ? durationText(elapsed) : tr("–"), left));
    if (running && m_engine->isPaused(m_runId))
        m_status->setText(tr("Run %1 paused").arg(m_runId));
    else if (running && !m_aborted)
        m_status->setText(tr("Run %1 running").arg(m_runId));
    if (total > 0 && !m_summary.openEnded) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::min<quint64>(1000, quint64(m_done) * 1000 / total)));
    } else {
        m_bar->setRange(0, running ? 0 : 1);
        m_bar->setValue(0);
    }
}

} // namespace ld
