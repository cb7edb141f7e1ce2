// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "busyhold.h"

#include "instruments/instrumentconfig.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace ld {

class Bench;
class RemoteLab;
class RemoteTarget;

/**
 * The bench's instruments as table rows: status light, name, resource, identity, state, last
 * reading, jobs done and failed. Row insertions and removals follow the bench at once;
 * Busy and Idle show as BusyHold presents them, so a periodic run reads steadily Busy;
 * instrumentChanged only marks a row dirty, and refresh() (on the display tick) reads the dirty
 * rows' statuses and emits a dataChanged per changed column, so thousands of completions a
 * second cost one repaint per tick, of the cells that changed.
 *
 * With a lab attached, every node's instruments follow the local ones as rows named
 * "node/instrument", fed the same way from the nodes' retained state messages.
 */
class InstrumentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LightColumn,
        NameColumn,
        ResourceColumn,
        IdentityColumn,
        StateColumn,
        LastReadingColumn,
        DoneColumn,
        FailedColumn,
        ColumnCount
    };
    /** Data role: the row's InstrumentState as an int. */
    static constexpr int StateRole = Qt::UserRole + 1;
    static constexpr int NameRole = Qt::UserRole + 2;

    explicit InstrumentTableModel(Bench *bench, QObject *parent = nullptr);

    /**
     * Reads the dirty rows from the bench and emits one dataChanged per changed column, over the
     * rows that changed in it. Returns how many rows changed.
     */
    int refresh();
    /** The columns whose data differ between two statuses of one instrument. */
    static QList<int> changedColumns(const InstrumentStatus &a, const InstrumentStatus &b);
    /**
     * The instruments that are part of an active run, with its id: they show their run ("Run
     * 6") from now until it ends, whatever their jobs do in between (see BusyHold).
     */
    void setRuns(const QHash<QString, quint64> &runs);
    /** Re-reads every row (after a bench file was loaded). */
    void reload();
    /**
     * Shows the instruments of a shared lab after the local ones (null `lab`: removes them).
     * Both must outlive the attachment; detach before they go.
     */
    void setLab(RemoteLab *lab, RemoteTarget *runner);
    bool isRemoteRow(int row) const;
    QString nameAt(int row) const;
    int rowOf(const QString &name) const;
    const InstrumentStatus &statusAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString identityText(const Reading::Identity &identity);
    /** A reading as the table shows it: numbers with SI prefixes ("17.55 µV") in the locale. */
    static QString readingText(const Reading &reading, int digits = kCellDigits);

    /** Significant digits of a value in its cell, and in the cell's tool tip. */
    static constexpr int kCellDigits = 4;
    static constexpr int kToolTipDigits = 7;

private:
    void add(const QString &name);
    void remove(const QString &name);
    /**
     * Indexes rows from `from` on. A row added or removed shifts only the rows after it, and
     * local rows go before the few remote ones: loading a bench row by row stays linear.
     */
    void reindex(int from = 0);
    InstrumentStatus statusOf(const QString &name) const;
    void syncNode(const QString &node);

    Bench *m_bench;
    RemoteLab *m_lab = nullptr;
    RemoteTarget *m_runner = nullptr;
    QList<QMetaObject::Connection> m_labConnections;
    QList<InstrumentStatus> m_rows;
    QHash<QString, int> m_index;
    QSet<QString> m_dirty;
    BusyHold m_busy;
    QHash<QString, quint64> m_runOf; ///< the run each instrument is part of
};

} // namespace ld
