// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/plan.h"

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace ld {

/**
 * Edits a list of limits (a plan's or a step's): one row each with its quantity, instruments,
 * bounds, readings in a row and action. Empty bounds are no bound.
 */
class PlanLimitsTable : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        QuantityColumn,
        InstrumentsColumn,
        MinColumn,
        MaxColumn,
        ConsecutiveColumn,
        ActionColumn,
        ColumnCount
    };

    explicit PlanLimitsTable(QWidget *parent = nullptr);

    void setLimits(const QList<PlanLimit> &limits);
    QList<PlanLimit> limits() const;
    /** Cells that do not read as what they hold ("max: not a number"); empty when none. */
    QStringList inputErrors() const { return m_inputErrors; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void limitsEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addRow(const PlanLimit &limit);
    void read();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QList<PlanLimit> m_limits;
    QStringList m_inputErrors;
    bool m_filling = false;
};

} // namespace ld
