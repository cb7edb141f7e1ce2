// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlimitstable.h"

#include "planeditor_p.h"
#include "plans/planfile.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ld {

namespace {
constexpr PlanLimit::Action kActions[] = {PlanLimit::Action::Warn, PlanLimit::Action::Pause,
                                          PlanLimit::Action::AbortInstrument,
                                          PlanLimit::Action::AbortRun};
} // namespace

PlanLimitsTable::PlanLimitsTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("LimitsTable"));
    m_add->setObjectName(QStringLiteral("AddLimitButton"));
    m_remove->setObjectName(QStringLiteral("RemoveLimitButton"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 5);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            read();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        PlanLimit limit;
        limit.quantity = QStringLiteral("voltage");
        limit.max = 0;
        m_limits.append(limit);
        addRow(limit);
        read();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        if (row < m_limits.size())
            m_limits.removeAt(row);
        m_table->removeRow(row);
        read();
    });
    retranslate();
}

void PlanLimitsTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanLimitsTable::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Quantity"), tr("Instruments"), tr("Min"), tr("Max"), tr("In a row"), tr("Action")});
    m_add->setText(tr("Add limit"));
    m_remove->setText(tr("Remove limit"));
    m_table->setToolTip(tr("Instruments: names separated by commas, \"kind: psu\", or empty for "
                           "any. Min and Max: empty for no bound."));
}

void PlanLimitsTable::setLimits(const QList<PlanLimit> &limits)
{
    m_limits = limits;
    m_inputErrors.clear();
    m_filling = true;
    m_table->setRowCount(0);
    m_filling = false;
    for (const PlanLimit &l : limits)
        addRow(l);
}

void PlanLimitsTable::addRow(const PlanLimit &limit)
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const auto bound = [](const std::optional<double> &v) {
        return v ? numberText(*v) : QString();
    };
    m_table->setItem(row, QuantityColumn, new QTableWidgetItem(limit.quantity));
    m_table->setItem(row, InstrumentsColumn, new QTableWidgetItem(selectorText(limit.instruments)));
    m_table->setItem(row, MinColumn, new QTableWidgetItem(bound(limit.min)));
    m_table->setItem(row, MaxColumn, new QTableWidgetItem(bound(limit.max)));
    m_table->setItem(row, ConsecutiveColumn,
                     new QTableWidgetItem(QString::number(limit.consecutive)));
    auto *action = new QComboBox(m_table);
    for (const PlanLimit::Action a : kActions)
        action->addItem(PlanFile::actionName(a), int(a));
    action->setCurrentIndex(action->findData(int(limit.action)));
    connect(action, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            read();
    });
    m_table->setCellWidget(row, ActionColumn, action);
    m_filling = false;
}

void PlanLimitsTable::read()
{
    QList<PlanLimit> limits;
    m_inputErrors.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        PlanLimit l = row < m_limits.size() ? m_limits.at(row) : PlanLimit();
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const auto bound = [&](int column, const QString &field) -> std::optional<double> {
            if (text(column).isEmpty())
                return std::nullopt;
            const std::optional<double> v = parseNumber(text(column));
            if (!v)
                m_inputErrors.append(
                    tr("limit %1, %2: '%3' is not a number").arg(row + 1).arg(field, text(column)));
            return v;
        };
        l.quantity = text(QuantityColumn);
        l.instruments = parseSelector(text(InstrumentsColumn));
        l.min = bound(MinColumn, tr("min"));
        l.max = bound(MaxColumn, tr("max"));
        bool ok = false;
        const int consecutive = text(ConsecutiveColumn).toInt(&ok);
        if (ok)
            l.consecutive = consecutive;
        else
            m_inputErrors.append(tr("limit %1, in a row: '%2' is not a whole number")
                                     .arg(row + 1)
                                     .arg(text(ConsecutiveColumn)));
        if (const auto *action = qobject_cast<QComboBox *>(m_table->cellWidget(row, ActionColumn)))
            l.action = PlanLimit::Action(action->currentData().toInt());
        limits.append(l);
    }
    m_limits = limits;
    Q_EMIT limitsEdited();
}

QList<PlanLimit> PlanLimitsTable::limits() const
{
    return m_limits;
}

} // namespace ld
