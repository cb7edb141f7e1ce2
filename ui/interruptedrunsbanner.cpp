// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interruptedrunsbanner.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace ld {

InterruptedRunsBanner::InterruptedRunsBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_export(new QPushButton(tr("&Export CSV..."), this))
    , m_close(new QPushButton(tr("&Close Them"), this))
    , m_later(new QPushButton(tr("&Later"), this))
{
    setObjectName(QStringLiteral("InterruptedRunsBanner"));
    setStyleSheet(QStringLiteral("#InterruptedRunsBanner { background: #e4f0fb;"
                                 " border: 1px solid #7aa7d6; border-radius: 3px; }"
                                 "#InterruptedRunsBanner QLabel { color: #123a63; }"));
    m_text->setWordWrap(true);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("The run Export CSV writes"));
    m_export->setToolTip(tr("Write the chosen run's readings to a CSV file"));
    m_close->setToolTip(tr("Mark every interrupted run as closed; their readings stay on disk "
                           "and this offer does not come back"));
    m_later->setToolTip(tr("Hide this offer until the next start"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_combo);
    layout->addWidget(m_export);
    layout->addWidget(m_close);
    layout->addWidget(m_later);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const int i = currentIndex();
        if (i >= 0)
            Q_EMIT exportRequested(m_runs.at(i));
    });
    connect(m_close, &QPushButton::clicked, this, &InterruptedRunsBanner::closeRunsRequested);
    connect(m_later, &QPushButton::clicked, this, &QWidget::hide);
    setVisible(false);
}

void InterruptedRunsBanner::setRuns(const QList<Journal::Interrupted> &runs)
{
    m_runs = runs;
    m_text->setText(tr("%n run(s) were interrupted (crash or kill). Their readings are safe.",
                       nullptr, int(runs.size())));
    m_combo->clear();
    const QLocale locale;
    for (const Journal::Interrupted &run : runs) {
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
    setVisible(!runs.isEmpty());
}

int InterruptedRunsBanner::currentIndex() const
{
    return m_runs.isEmpty() ? -1 : m_combo->currentIndex();
}

} // namespace ld
