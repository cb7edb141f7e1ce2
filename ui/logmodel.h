// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/instrumentconfig.h"

#include <QAbstractTableModel>
#include <QList>

#include <deque>

namespace ld {

/**
 * The bench's events (failures, timeouts, reconnects) as rows: time, severity, instrument,
 * message. Events are queued by append() and inserted in one batch by flush() on the display
 * tick, so a storm of failures costs one row insertion per tick. Keeps the newest
 * kMaxRows; the journal and the bench keep the rest.
 */
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, SeverityColumn, InstrumentColumn, MessageColumn, ColumnCount };
    static constexpr int kMaxRows = 10000;

    explicit LogModel(QObject *parent = nullptr);

    void append(const ld::BenchEvent &event);
    /** Inserts what append() queued. Returns how many rows came in. */
    int flush();
    void clear();
    const BenchEvent &event(int row) const { return m_rows.at(size_t(row)); }
    /** Rows as tab-separated lines (time, severity, instrument, message) for the clipboard. */
    QString toText(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityText(BenchEvent::Severity severity);

private:
    std::deque<BenchEvent> m_rows;
    QList<BenchEvent> m_pending;
};

} // namespace ld
