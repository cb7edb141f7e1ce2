// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/journal.h"
#include "results/runinfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace ld {

/** One journaled run as the runs browser lists it: its header, its state, its counts. */
struct RunsBrowserEntry
{
    QString runId;
    QString journalPath;
    RunInfo info; ///< the header; empty when even that is damaged
    Journal::RunState state = Journal::RunState::Unreadable;
    qint64 readings = -1; ///< -1 until counted
    qint64 failed = 0;    ///< readings that did not succeed, once counted
    QString planName;     ///< the plan's name, when the header carries a plan that reads
    bool hasPlan = false; ///< the header carries a plan that reads: "Run Again" can start it
};

/**
 * The runs of a runs folder, newest first: date, bench, plan or operation, readings and status
 * (finished, stopped, failed, interrupted, still running). Counts arrive later, from a scan
 * off the UI thread (RunsBrowserScanner).
 */
class RunsBrowserModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, BenchColumn, WhatColumn, ReadingsColumn, StatusColumn, ColumnCount };
    enum class Status {
        Finished,
        Stopped,
        Failed,
        Interrupted,
        Recovered,
        SafeStateApplied, ///< interrupted, then its instruments got their safe state
        Running,
        Unreadable
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< Status as int
        RunIdRole,
    };

    explicit RunsBrowserModel(QObject *parent = nullptr);

    void setEntries(const QList<RunsBrowserEntry> &entries);
    /** A run's readings were counted. */
    void setCounts(const QString &runId, qint64 readings, qint64 failed);
    const RunsBrowserEntry &entry(int row) const { return m_entries.at(row); }
    int rowOf(const QString &runId) const;

    /** A closed run with failed readings is "failed"; a run nobody closed is "interrupted". */
    static Status statusOf(const RunsBrowserEntry &entry);
    static QString statusText(Status status);
    /** The run's start in local time, as the Date column and the plot's legend show it. */
    static QString dateText(const RunsBrowserEntry &entry);
    /** What the run did: its plan, its operations, or what started it (a front panel). */
    static QString whatText(const RunsBrowserEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RunsBrowserEntry> m_entries;
};

} // namespace ld
