// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instrumentview.h"

#include "instrumenttablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <array>

namespace ld {

InstrumentView::InstrumentView(InstrumentTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("InstrumentView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    setModel(m_proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One Tab stop: Tab leaves the table, the arrow keys move within it.
    setTabKeyNavigation(false);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setIconSize(QSize(18, 18));
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InstrumentTableModel::LightColumn, QHeaderView::Fixed);
    setAccessibleName(tr("Instruments"));
}

QStringList InstrumentView::selectedNames() const
{
    QStringList names;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        names.append(i.data(InstrumentTableModel::NameRole).toString());
    std::sort(names.begin(), names.end(), [this](const QString &a, const QString &b) {
        return m_model->rowOf(a) < m_model->rowOf(b);
    });
    return names;
}

void InstrumentView::selectNames(const QStringList &names)
{
    // One range per run of adjacent rows, not one per row: the selection model, the selected
    // rows and the header's highlight each scan every range for every row, so a thousand
    // one-row ranges made selecting a thousand instruments a million range checks.
    QList<int> rows;
    rows.reserve(names.size());
    for (const QString &name : names) {
        const QModelIndex shown = m_proxy->mapFromSource(m_model->index(m_model->rowOf(name), 0));
        if (shown.isValid())
            rows.append(shown.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QItemSelection selection;
    const int lastColumn = InstrumentTableModel::ColumnCount - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        selection.append(QItemSelectionRange(m_proxy->index(rows.at(i), 0),
                                             m_proxy->index(rows.at(j), lastColumn)));
        i = j + 1;
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void InstrumentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Instruments"));
        // The header's words change with the model's: measure once the event is handled.
        QMetaObject::invokeMethod(this, &InstrumentView::fitColumns, Qt::QueuedConnection);
    }
    QTableView::changeEvent(event);
}

bool InstrumentView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fitColumns();
    return QTableView::viewportEvent(event);
}

void InstrumentView::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    constexpr int n = InstrumentTableModel::ColumnCount;
    // What each column would like, and what it needs at least: its header in the current
    // language, and room for its typical contents. Names, resources and identities may be
    // elided in their cells (their tooltips hold them whole); nothing else shrinks.
    std::array<int, n> preferred{};
    std::array<int, n> minimum{};
    const QFontMetrics fm = fontMetrics();
    auto set = [&](int column, int want, int least) {
        minimum[size_t(column)] = std::max(least, header->sectionSizeHint(column));
        preferred[size_t(column)] = std::max(want, minimum[size_t(column)]);
    };
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    set(InstrumentTableModel::LightColumn, 30, 30);
    set(InstrumentTableModel::NameColumn, 13 * em, 7 * em);
    set(InstrumentTableModel::ResourceColumn, 18 * em, 6 * em);
    set(InstrumentTableModel::IdentityColumn, 19 * em, 6 * em);
    set(InstrumentTableModel::StateColumn, 8 * em, 6 * em);
    set(InstrumentTableModel::DoneColumn, 4 * em, 4 * em);
    set(InstrumentTableModel::FailedColumn, 4 * em, 4 * em);
    set(InstrumentTableModel::LastReadingColumn, 9 * em, 9 * em);
    const int available = viewport()->width();
    int total = 0;
    for (int w : preferred)
        total += w;
    std::array<int, n> width = preferred;
    if (total > available) {
        // Take the excess from the columns that may elide, in proportion to what they can give.
        const int shrinkable[] = {InstrumentTableModel::IdentityColumn,
                                  InstrumentTableModel::ResourceColumn,
                                  InstrumentTableModel::NameColumn};
        int slack = 0;
        for (int c : shrinkable)
            slack += preferred[size_t(c)] - minimum[size_t(c)];
        const int excess = std::min(total - available, slack);
        for (int c : shrinkable) {
            const int give = preferred[size_t(c)] - minimum[size_t(c)];
            width[size_t(c)] -= slack > 0 ? int(qint64(excess) * give / slack + 1) : 0;
            width[size_t(c)] = std::max(width[size_t(c)], minimum[size_t(c)]);
        }
    } else {
        width[InstrumentTableModel::LastReadingColumn] += available - total;
    }
    for (int c = 0; c < n; ++c)
        if (header->sectionSize(c) != width[size_t(c)])
            header->resizeSection(c, width[size_t(c)]);
}

} // namespace ld
