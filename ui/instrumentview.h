// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTableView>

class QSortFilterProxyModel;

namespace ld {

class InstrumentTableModel;

/**
 * The instruments table: sortable rows of the bench's (and the lab's) instruments, selected
 * by name, with columns fitted to the table's width and the header's language so every
 * column stays on screen in a small window.
 */
class InstrumentView : public QTableView
{
    Q_OBJECT
public:
    explicit InstrumentView(InstrumentTableModel *model, QWidget *parent = nullptr);

    /** The selected instruments, in the model's row order. */
    QStringList selectedNames() const;
    void selectNames(const QStringList &names);

protected:
    void changeEvent(QEvent *event) override;
    /** Refits the columns whenever the room for them changes (a scroll bar comes or goes). */
    bool viewportEvent(QEvent *event) override;

private:
    /**
     * Gives each column at least what its header needs in the current language and shares the
     * rest of the table's width.
     */
    void fitColumns();

    InstrumentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace ld
