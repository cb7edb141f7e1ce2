// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instrumenttablemodel.h"

#include "statuslight.h"

#include "instruments/bench.h"
#include "io/devicetext.h"
#include "node/remotelab.h"
#include "node/remotetarget.h"
#include "results/engineeringformat.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <array>
#include <utility>

namespace ld {

InstrumentTableModel::InstrumentTableModel(Bench *bench, QObject *parent)
    : QAbstractTableModel(parent)
    , m_bench(bench)
{
    connect(bench, &Bench::instrumentAdded, this, &InstrumentTableModel::add);
    connect(bench, &Bench::instrumentRemoved, this, &InstrumentTableModel::remove);
    connect(bench, &Bench::instrumentChanged, this,
            [this](const QString &name) { m_dirty.insert(name); });
    reload();
}

void InstrumentTableModel::reload()
{
    beginResetModel();
    m_rows = m_bench->statuses();
    if (m_lab)
        for (const RemoteLab::RemoteInstrument &i : m_lab->instruments())
            m_rows.append(m_runner->status(RemoteLab::key(i.node, i.name)));
    m_dirty.clear();
    reindex();
    endResetModel();
}

void InstrumentTableModel::reindex(int from)
{
    if (from == 0)
        m_index.clear();
    for (int i = from; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).config.name, i);
}

void InstrumentTableModel::add(const QString &name)
{
    if (m_index.contains(name))
        return;
    // Local instruments come first: a new local row goes before the remote ones.
    int row = int(m_rows.size());
    if (!RemoteTarget::isRemoteName(name))
        while (row > 0 && RemoteTarget::isRemoteName(m_rows.at(row - 1).config.name))
            --row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, statusOf(name));
    reindex(row);
    endInsertRows();
}

InstrumentStatus InstrumentTableModel::statusOf(const QString &name) const
{
    if (RemoteTarget::isRemoteName(name))
        return m_runner ? m_runner->status(name) : InstrumentStatus{};
    return m_bench->status(name);
}

bool InstrumentTableModel::isRemoteRow(int row) const
{
    return RemoteTarget::isRemoteName(nameAt(row));
}

void InstrumentTableModel::setLab(RemoteLab *lab, RemoteTarget *runner)
{
    for (const QMetaObject::Connection &c : std::as_const(m_labConnections))
        disconnect(c);
    m_labConnections.clear();
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!isRemoteRow(row))
            continue;
        beginRemoveRows({}, row, row);
        m_dirty.remove(m_rows.at(row).config.name);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    reindex();
    m_lab = lab && runner ? lab : nullptr;
    m_runner = m_lab ? runner : nullptr;
    if (!m_lab)
        return;
    m_labConnections = {
        connect(m_lab, &RemoteLab::nodeChanged, this, &InstrumentTableModel::syncNode),
        connect(m_lab, &RemoteLab::nodeLost, this, &InstrumentTableModel::syncNode),
        connect(m_lab, &RemoteLab::instrumentChanged, this,
                [this](const QString &node, const QString &instrument) {
                    const QString name = RemoteLab::key(node, instrument);
                    if (m_index.contains(name))
                        m_dirty.insert(name);
                    else if (m_lab->node(node).instruments.contains(instrument))
                        add(name);
                }),
        connect(m_runner, &RemoteTarget::instrumentChanged, this,
                [this](const QString &name) {
                    if (m_index.contains(name))
                        m_dirty.insert(name);
                }),
    };
    for (const QString &node : m_lab->nodes())
        syncNode(node);
}

void InstrumentTableModel::syncNode(const QString &node)
{
    // A node's inventory names its instruments: rows follow it, and its presence colours all.
    const QStringList current = m_lab->node(node).instruments;
    const QString prefix = node + QLatin1Char('/');
    QStringList gone;
    for (const InstrumentStatus &s : std::as_const(m_rows))
        if (s.config.name.startsWith(prefix) && !current.contains(s.config.name.mid(prefix.size())))
            gone.append(s.config.name);
    for (const QString &name : std::as_const(gone))
        remove(name);
    for (const QString &instrument : current) {
        const QString name = RemoteLab::key(node, instrument);
        if (m_index.contains(name))
            m_dirty.insert(name);
        else
            add(name);
    }
}

void InstrumentTableModel::remove(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_index.remove(name);
    reindex(row);
    endRemoveRows();
    m_dirty.remove(name);
    m_busy.forget(name);
}

void InstrumentTableModel::setRuns(const QHash<QString, quint64> &runs)
{
    if (runs == m_runOf)
        return;
    // Both the ones that joined and the ones that left may show another state now; a row
    // whose run changed but not its state is repainted here, as refresh() would not see it.
    QSet<QString> names;
    for (auto it = runs.cbegin(); it != runs.cend(); ++it)
        names.insert(it.key());
    for (auto it = m_runOf.cbegin(); it != m_runOf.cend(); ++it) {
        m_dirty.insert(it.key());
        if (runs.value(it.key()) != it.value())
            if (const int row = rowOf(it.key()); row >= 0)
                Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
    }
    for (const QString &name : std::as_const(names))
        m_dirty.insert(name);
    m_runOf = runs;
    m_busy.setInRun(names);
}

int InstrumentTableModel::refresh()
{
    // A held Busy ends on a tick without a status change: look at those rows again.
    const QStringList held = m_busy.held();
    for (const QString &name : held)
        m_dirty.insert(name);
    if (m_dirty.isEmpty())
        return 0;
    // One dataChanged per column, over the rows whose cell in it changed: a view repaints a
    // one-column range as that strip, but any block wider than a row or a column as its whole
    // viewport, and names, resources and identities (the dearest texts to lay out) rarely change.
    std::array<std::pair<int, int>, ColumnCount> ranges;
    ranges.fill({int(m_rows.size()), -1});
    auto mark = [&ranges](int column, int row) {
        ranges[size_t(column)].first = std::min(ranges[size_t(column)].first, row);
        ranges[size_t(column)].second = std::max(ranges[size_t(column)].second, row);
    };
    int changed = 0;
    for (const QString &name : std::as_const(m_dirty)) {
        const int row = rowOf(name);
        if (row < 0 || (!RemoteTarget::isRemoteName(name) && !m_bench->contains(name)))
            continue;
        InstrumentStatus next = statusOf(name);
        next.state = m_busy.present(name, next.state, next.jobsDone + next.jobsFailed);
        const InstrumentStatus &prev = m_rows.at(row);
        const QList<int> columns = changedColumns(prev, next);
        for (int column : columns)
            mark(column, row);
        changed += columns.isEmpty() ? 0 : 1;
        m_rows[row] = std::move(next);
    }
    m_dirty.clear();
    for (int column = 0; column < ColumnCount; ++column) {
        const auto [first, last] = ranges[size_t(column)];
        if (last >= 0)
            Q_EMIT dataChanged(index(first, column), index(last, column));
    }
    return changed;
}

QList<int> InstrumentTableModel::changedColumns(const InstrumentStatus &a,
                                                const InstrumentStatus &b)
{
    const InstrumentConfig &x = a.config, &y = b.config;
    // Disabled greys the whole row; the configuration shows in names, resources and tool tips.
    if (x.name != y.name || x.resource != y.resource || !(x.line == y.line) ||
        x.profileId != y.profileId || x.enabled != y.enabled || x.timeoutMs != y.timeoutMs ||
        x.simulated != y.simulated ||
        (a.state == InstrumentState::Disabled) != (b.state == InstrumentState::Disabled)) {
        QList<int> all;
        for (int column = 0; column < ColumnCount; ++column)
            all.append(column);
        return all;
    }
    QList<int> columns;
    if (a.state != b.state || a.lastError != b.lastError)
        columns << LightColumn << StateColumn;
    if (!(a.identity == b.identity) || a.profileId != b.profileId || a.profileName != b.profileName)
        columns << IdentityColumn;
    if (a.lastReading != b.lastReading)
        columns << LastReadingColumn;
    if (a.jobsDone != b.jobsDone)
        columns << DoneColumn;
    if (a.jobsFailed != b.jobsFailed)
        columns << FailedColumn;
    return columns;
}

QString InstrumentTableModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).config.name : QString();
}

int InstrumentTableModel::rowOf(const QString &name) const
{
    return m_index.value(name, -1);
}

int InstrumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstrumentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InstrumentTableModel::identityText(const Reading::Identity &identity)
{
    if (identity.vendor.isEmpty() && identity.model.isEmpty())
        return {};
    QString text = QStringLiteral("%1 %2").arg(identity.vendor, identity.model).trimmed();
    if (!identity.serial.isEmpty())
        text += QStringLiteral(" #%1").arg(identity.serial);
    return text;
}

QString InstrumentTableModel::readingText(const Reading &reading, int digits)
{
    if (reading.isNull())
        return {};
    const QLocale locale;
    const auto &f = reading.fields();
    if (f.status != JobStatus::Succeeded && f.failure != FailureKind::None)
        return tr("%1 (%2): %3")
            .arg(jobStatusName(f.status), failureKindName(f.failure),
                 DeviceText::printable(f.error));
    if (f.status != JobStatus::Succeeded)
        return tr("%1: %2").arg(jobStatusName(f.status), DeviceText::printable(f.error));
    if (const double *v = std::get_if<double>(&f.value))
        return EngineeringFormat::format(*v, f.unit, locale, digits);
    if (const auto *list = std::get_if<QList<double>>(&f.value)) {
        return list->isEmpty()
                   ? tr("(no values)")
                   : tr("%n value(s), last %1", nullptr, int(list->size()))
                         .arg(EngineeringFormat::format(list->constLast(), f.unit, locale, digits));
    }
    QString value = tr("done");
    if (const QString *s = std::get_if<QString>(&f.value))
        value = DeviceText::printable(*s);
    if (!f.unit.isEmpty())
        value += QLatin1Char(' ') + f.unit;
    return value;
}

QVariant InstrumentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InstrumentStatus &s = m_rows.at(index.row());
    if (role == StateRole)
        return int(s.state);
    if (role == NameRole)
        return s.config.name;
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case LightColumn:
            return {};
        case NameColumn:
            return s.config.name;
        case ResourceColumn:
            return s.config.resource;
        case IdentityColumn:
            return identityText(s.identity);
        case StateColumn:
            // In a run, the run it is in: steady while its jobs come and go.
            if (const quint64 run = m_runOf.value(s.config.name);
                run != 0 && s.state == InstrumentState::Busy)
                return QStringLiteral("%1 %2").arg(StatusLight::glyph(s.state),
                                                   tr("Run %1").arg(run));
            return QStringLiteral("%1 %2").arg(StatusLight::glyph(s.state),
                                               StatusLight::text(s.state));
        case LastReadingColumn:
            return readingText(s.lastReading);
        case DoneColumn:
            return QLocale().toString(s.jobsDone);
        case FailedColumn:
            return QLocale().toString(s.jobsFailed);
        }
    }
    if (role == Qt::DecorationRole && column == LightColumn)
        return StatusLight::icon(s.state);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case LightColumn:
        case StateColumn:
            if (const quint64 run = m_runOf.value(s.config.name);
                run != 0 && s.state == InstrumentState::Busy)
                return tr("Part of run %1, which is going on").arg(run);
            return StatusLight::toolTip(s.state, s.lastError);
        case NameColumn:
            return s.config.simulated
                       ? tr("%1: served by the built-in simulator").arg(s.config.name)
                       : s.config.name;
        case ResourceColumn:
            return tr("%1\nLine: %2\nTimeout: %3 ms")
                .arg(s.config.resource, s.config.line.summary())
                .arg(s.config.timeoutMs);
        case IdentityColumn:
            return s.profileName.isEmpty()
                       ? identityText(s.identity)
                       : tr("%1\nFirmware: %2\nProfile: %3")
                             .arg(identityText(s.identity), s.identity.firmware, s.profileName);
        case LastReadingColumn:
            // The tool tip carries the digits the cell leaves out.
            if (!s.lastReading.isNull())
                return tr("%1 at %2\n%3")
                    .arg(s.lastReading->operation,
                         QDateTime::fromMSecsSinceEpoch(s.lastReading->completedWallNs / 1'000'000)
                             .toString(QStringLiteral("HH:mm:ss.zzz")),
                         readingText(s.lastReading, kToolTipDigits));
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleTextRole && column == LightColumn)
        return StatusLight::text(s.state);
    if (role == Qt::TextAlignmentRole && (column == DoneColumn || column == FailedColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (s.state == InstrumentState::Disabled)
            return QColor(0x80, 0x80, 0x80);
        if (column == FailedColumn && s.jobsFailed > 0)
            return QColor(0xb7, 0x1c, 0x1c);
    }
    if (role == Qt::FontRole && column == StateColumn && s.state == InstrumentState::Error) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant InstrumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == LightColumn)
        return tr("Status light");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LightColumn:
        return QString();
    case NameColumn:
        return tr("Name");
    case ResourceColumn:
        return tr("Resource");
    case IdentityColumn:
        return tr("Identity");
    case StateColumn:
        return tr("State");
    case LastReadingColumn:
        return tr("Last reading");
    case DoneColumn:
        return tr("Done");
    case FailedColumn:
        return tr("Failed");
    }
    return {};
}

} // namespace ld
