// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logpanel.h"

#include "logmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ld {

namespace {
/** Keeps rows at or above a severity that match the text in any column. */
class LogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMinimum(int level)
    {
        m_minimum = level;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (sourceModel()->data(first, Qt::UserRole).toInt() < m_minimum)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    int m_minimum = 0;
};
} // namespace

LogPanel::LogPanel(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new LogFilter(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_severity(new QComboBox(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(
        LogModel::TimeColumn,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 16);
    m_view->setColumnWidth(LogModel::SeverityColumn, 90);
    m_view->setColumnWidth(LogModel::InstrumentColumn, 120);
    m_view->setWordWrap(false);

    m_filter->setClearButtonEnabled(true);
    m_severity->addItems({QString(), QString(), QString()});
    auto *copy = m_copy = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &LogPanel::copySelection);
    auto *clear = m_clear =
        new QAction(QIcon(QStringLiteral(":/icons/clear.svg")), QString(), this);
    retranslate();
    connect(clear, &QAction::triggered, model, &LogModel::clear);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(clear);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_severity);
    for (QAction *a : {copy, clear}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        bar->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &LogPanel::setFilterText);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &LogPanel::setMinimumSeverity);
    // Follow new events while the view is scrolled to the bottom.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *scroll = m_view->verticalScrollBar();
        if (scroll->value() >= scroll->maximum() - 2)
            QMetaObject::invokeMethod(m_view, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
}

void LogPanel::copySelection()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    } else {
        for (const QModelIndex &i : selected)
            rows.append(m_proxy->mapToSource(i).row());
        std::sort(rows.begin(), rows.end());
    }
    QGuiApplication::clipboard()->setText(m_model->toText(rows));
}

void LogPanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

void LogPanel::setMinimumSeverity(int level)
{
    if (m_severity->currentIndex() != level)
        m_severity->setCurrentIndex(level);
    static_cast<LogFilter *>(m_proxy)->setMinimum(level);
}

int LogPanel::visibleRows() const
{
    return m_proxy->rowCount();
}

void LogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogPanel::retranslate()
{
    m_view->setAccessibleName(tr("Log"));
    m_filter->setPlaceholderText(tr("Filter the log (instrument, message...)"));
    m_severity->setItemText(0, tr("All events"));
    m_severity->setItemText(1, tr("Warnings and errors"));
    m_severity->setItemText(2, tr("Errors only"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the selected events as tab-separated text"));
    m_clear->setText(tr("C&lear Log"));
}

} // namespace ld
