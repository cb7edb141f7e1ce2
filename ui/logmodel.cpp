// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QIcon>

#include <algorithm>

namespace ld {

namespace {
QString timeText(qint64 wallNs)
{
    return QDateTime::fromMSecsSinceEpoch(wallNs / 1'000'000)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}
} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString LogModel::severityText(BenchEvent::Severity severity)
{
    switch (severity) {
    case BenchEvent::Severity::Info:
        return tr("Info");
    case BenchEvent::Severity::Warning:
        return tr("Warning");
    case BenchEvent::Severity::Error:
        return tr("Error");
    }
    return {};
}

void LogModel::append(const BenchEvent &event)
{
    m_pending.append(event);
    if (m_pending.size() > kMaxRows)
        m_pending.erase(m_pending.begin(), m_pending.begin() + (m_pending.size() - kMaxRows));
}

int LogModel::flush()
{
    if (m_pending.isEmpty())
        return 0;
    const int incoming = int(m_pending.size());
    const int overflow = int(m_rows.size()) + incoming - kMaxRows;
    if (overflow > 0) {
        const int drop = std::min(overflow, int(m_rows.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_rows.erase(m_rows.begin(), m_rows.begin() + drop);
            endRemoveRows();
        }
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + incoming - 1);
    m_rows.insert(m_rows.end(), m_pending.cbegin(), m_pending.cend());
    endInsertRows();
    m_pending.clear();
    return incoming;
}

void LogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
}

QString LogModel::toText(const QList<int> &rows) const
{
    QStringList lines;
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const BenchEvent &e = event(row);
        lines.append(
            QStringList{timeText(e.wallNs), severityText(e.severity), e.instrument, e.text}.join(
                QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BenchEvent &e = event(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return timeText(e.wallNs);
        case SeverityColumn:
            return severityText(e.severity);
        case InstrumentColumn:
            return e.instrument.isEmpty() ? tr("(bench)") : e.instrument;
        case MessageColumn:
            return e.text;
        }
    }
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        switch (e.severity) {
        case BenchEvent::Severity::Error:
            return QIcon(QStringLiteral(":/icons/status-error.svg"));
        case BenchEvent::Severity::Warning:
            return QIcon(QStringLiteral(":/icons/status-reconnecting.svg"));
        case BenchEvent::Severity::Info:
            return QIcon(QStringLiteral(":/icons/about.svg"));
        }
    }
    if (role == Qt::ForegroundRole && e.severity == BenchEvent::Severity::Error)
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    if (role == Qt::UserRole)
        return int(e.severity);
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case InstrumentColumn:
        return tr("Instrument");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace ld
