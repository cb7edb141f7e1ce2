// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ld {

class LogModel;

/** The log: a filterable (text and minimum severity), copyable view of a LogModel. */
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(LogModel *model, QWidget *parent = nullptr);

    /** Copies the selected rows (or all shown rows without a selection) as tab-separated text. */
    void copySelection();
    void setFilterText(const QString &text);
    /** 0 all, 1 warnings and errors, 2 errors only. */
    void setMinimumSeverity(int level);
    int visibleRows() const;
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_severity;
    QAction *m_copy;
    QAction *m_clear;
};

} // namespace ld
