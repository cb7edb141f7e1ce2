// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interruptedrunsbanner.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace ld {

InterruptedRunsBanner::InterruptedRunsBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_safe(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_later(new QPushButton(this))
{
    setObjectName(QStringLiteral("InterruptedRunsBanner"));
    setStyleSheet(QStringLiteral("#InterruptedRunsBanner { background: #e4f0fb;"
                                 " border: 1px solid #7aa7d6; border-radius: 3px; }"
                                 "#InterruptedRunsBanner QLabel { color: #123a63; }"));
    m_text->setWordWrap(true);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_combo);
    layout->addWidget(m_export);
    layout->addWidget(m_safe);
    layout->addWidget(m_close);
    layout->addWidget(m_later);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const int i = currentIndex();
        if (i >= 0)
            Q_EMIT exportRequested(m_runs.at(i));
    });
    m_safe->setObjectName(QStringLiteral("ApplySafeState"));
    connect(m_safe, &QPushButton::clicked, this, [this] {
        const int i = currentIndex();
        if (i >= 0)
            Q_EMIT safeStateRequested(m_runs.at(i));
    });
    connect(m_close, &QPushButton::clicked, this, &InterruptedRunsBanner::closeRuns);
    connect(m_later, &QPushButton::clicked, this, &QWidget::hide);
    retranslateUi();
    setVisible(false);
}

void InterruptedRunsBanner::findRuns(const QString &runsFolder)
{
    m_folder = runsFolder;
    if (m_folder.isEmpty())
        return;
    // Live runs (this session's own, another window's, a command line's) hold their journal's
    // lock, so findInterrupted() leaves them out.
    setRuns(Journal::findInterrupted(m_folder));
}

void InterruptedRunsBanner::closeRuns()
{
    const QList<Journal::Interrupted> runs = m_runs;
    for (const Journal::Interrupted &run : runs) {
        QString why;
        if (!Journal::closeInterrupted(run.journalPath, &why))
            Q_EMIT problem(tr("Could not close the interrupted run %1: %2").arg(run.runId, why));
    }
    findRuns(m_folder);
}

void InterruptedRunsBanner::setRuns(const QList<Journal::Interrupted> &runs)
{
    m_runs = runs;
    m_combo->clear();
    retranslateUi();
    setVisible(!runs.isEmpty());
}

void InterruptedRunsBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void InterruptedRunsBanner::retranslateUi()
{
    m_export->setText(tr("&Export CSV..."));
    m_safe->setText(tr("Apply &Safe State"));
    m_close->setText(tr("&Close Them"));
    m_later->setText(tr("&Later"));
    m_combo->setToolTip(tr("The run Export CSV writes"));
    m_export->setToolTip(tr("Write the chosen run's readings to a CSV file"));
    m_safe->setToolTip(tr("Switch the chosen run's instruments to the safe state their "
                          "profiles describe (outputs off, setpoints to zero)"));
    m_close->setToolTip(tr("Mark every interrupted run as closed; their readings stay on disk "
                           "and this offer does not come back"));
    m_later->setToolTip(tr("Hide this offer until the next start"));
    m_text->setText(tr("%n run(s) were interrupted (crash or kill). Their readings are safe.",
                       nullptr, int(m_runs.size())));
    // The same runs in the same order: the items are relabelled, the choice stays.
    const int current = m_combo->currentIndex();
    m_combo->clear();
    const QLocale locale;
    for (const Journal::Interrupted &run : std::as_const(m_runs)) {
        QString text = run.runId;
        if (run.info.startedWallNs > 0) {
            const QDateTime started =
                QDateTime::fromMSecsSinceEpoch(run.info.startedWallNs / 1'000'000).toLocalTime();
            text = tr("%1 (%2)").arg(locale.toString(started, QLocale::ShortFormat),
                                     run.info.bench.isEmpty() ? run.runId : run.info.bench);
        }
        m_combo->addItem(text, run.journalPath);
        m_combo->setItemData(m_combo->count() - 1, run.journalPath, Qt::ToolTipRole);
    }
    if (current >= 0 && current < m_combo->count())
        m_combo->setCurrentIndex(current);
}

int InterruptedRunsBanner::currentIndex() const
{
    return m_runs.isEmpty() ? -1 : m_combo->currentIndex();
}

} // namespace ld
