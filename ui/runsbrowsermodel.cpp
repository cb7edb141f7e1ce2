// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsbrowsermodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace ld {

RunsBrowserModel::RunsBrowserModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RunsBrowserModel::setEntries(const QList<RunsBrowserEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void RunsBrowserModel::setCounts(const QString &runId, qint64 readings, qint64 failed)
{
    const int row = rowOf(runId);
    if (row < 0)
        return;
    m_entries[row].readings = readings;
    m_entries[row].failed = failed;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RunsBrowserModel::rowOf(const QString &runId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).runId == runId)
            return i;
    return -1;
}

RunsBrowserModel::Status RunsBrowserModel::statusOf(const RunsBrowserEntry &entry)
{
    switch (entry.state) {
    case Journal::RunState::Running:
        return Status::Running;
    case Journal::RunState::Completed:
        return entry.failed > 0 ? Status::Failed : Status::Finished;
    case Journal::RunState::Stopped:
        return Status::Stopped;
    case Journal::RunState::Recovered:
        return Status::Recovered;
    case Journal::RunState::SafeStateApplied:
        return Status::SafeStateApplied;
    case Journal::RunState::Interrupted:
        return Status::Interrupted;
    case Journal::RunState::Unreadable:
        break;
    }
    return Status::Unreadable;
}

QString RunsBrowserModel::statusText(Status status)
{
    switch (status) {
    case Status::Finished:
        return tr("Finished");
    case Status::Stopped:
        return tr("Stopped");
    case Status::Failed:
        return tr("Failed");
    case Status::Interrupted:
        return tr("Interrupted");
    case Status::Recovered:
        return tr("Interrupted, recovered");
    case Status::SafeStateApplied:
        return tr("Interrupted, safe state applied");
    case Status::Running:
        return tr("Still running");
    case Status::Unreadable:
        break;
    }
    return tr("Unreadable");
}

QString RunsBrowserModel::dateText(const RunsBrowserEntry &entry)
{
    if (entry.info.startedWallNs <= 0)
        return entry.runId;
    const QDateTime start =
        QDateTime::fromMSecsSinceEpoch(entry.info.startedWallNs / 1'000'000).toLocalTime();
    return QLocale().toString(start, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString RunsBrowserModel::whatText(const RunsBrowserEntry &entry)
{
    const RunInfo &info = entry.info;
    if (info.source == QLatin1String(RunInfo::kSourceFrontPanel))
        return tr("Front panel: %1")
            .arg(info.instruments.isEmpty() ? QString() : info.instruments.constFirst().name);
    if (info.source == QLatin1String(RunInfo::kSourceOutputsOff))
        return tr("All outputs off");
    if (!entry.planName.isEmpty())
        return tr("Plan: %1").arg(entry.planName);
    if (!info.plan.isEmpty())
        return tr("Plan");
    return info.operations.join(QStringLiteral(", "));
}

int RunsBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunsBrowserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RunsBrowserEntry &e = m_entries.at(index.row());
    const Status status = statusOf(e);
    if (role == StatusRole)
        return int(status);
    if (role == RunIdRole)
        return e.runId;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (status) {
        case Status::Interrupted:
        case Status::Failed:
        case Status::Unreadable:
            return QBrush(QColor(0xb4, 0x0f, 0x20));
        case Status::Running:
            return QBrush(QColor(0x00, 0x72, 0xb2));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (status == Status::Interrupted)
            return tr("No closing record and no writer: the run was killed, crashed or lost "
                      "power. Every reading written whole is kept.");
        if (status == Status::SafeStateApplied)
            return tr("Killed, crashed or cut off, like an interrupted run; its instruments got "
                      "their safe state afterwards, so it is no longer offered for it.");
        if (status == Status::Failed)
            return tr("%n reading(s) failed", nullptr, int(e.failed));
        return e.journalPath;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return dateText(e);
    case BenchColumn:
        return e.info.bench;
    case WhatColumn:
        return whatText(e);
    case ReadingsColumn:
        if (e.readings < 0)
            return tr("counting...");
        return e.failed > 0 ? tr("%1 (%2 failed)")
                                  .arg(QLocale().toString(e.readings), QLocale().toString(e.failed))
                            : QLocale().toString(e.readings);
    case StatusColumn:
        return statusText(status);
    default:
        return {};
    }
}

QVariant RunsBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Started");
    case BenchColumn:
        return tr("Bench");
    case WhatColumn:
        return tr("Plan or operation");
    case ReadingsColumn:
        return tr("Readings");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ld
