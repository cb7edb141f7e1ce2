// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotpanel.h"

#include "engineeringaxisticker.h"
#include "liveplot.h"
#include "livetraces.h"
#include "plotcolors.h"
#include "plotcursors.h"
#include "timeplotseries.h"
#include "xyplot.h"

#include "results/engineeringformat.h"

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSet>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

namespace ld {

struct PlotPanel::Series
{
    explicit Series(double windowSeconds)
        : data(kWholeRunBuckets, kWindowBuckets, windowSeconds)
    {}
    QString instrument;
    QString quantity;
    QString unit;
    QString runId; ///< a labelled (past) run's; empty for the live readings
    TimePlotSeries data;
    QCPGraph *graph = nullptr; ///< the legend entry; LiveTraces draws the line
    int trace = -1;
    bool dirty = false;
};

namespace {
/** An instrument counts as still reading for this long, or three of its intervals. */
constexpr double kLiveSeconds = 5;

QString seriesKey(const QString &instrument, const QString &quantity,
                  const QString &runId = QString())
{
    return instrument + QChar(0x1f) + quantity + QChar(0x1f) + runId;
}

} // namespace

PlotPanel::PlotPanel(QWidget *parent)
    : QWidget(parent)
    , m_plot(new LivePlot(this))
    , m_xy(new XyPlot(this))
    , m_stack(new QStackedWidget(this))
    , m_modeCombo(new QComboBox(this))
    , m_modeLabel(new QLabel(this))
    , m_cursorsAction(new QAction(this))
    , m_cursorReadout(new QLabel(this))
    , m_timeCursors(new PlotCursors(m_plot, this))
    , m_xyCursors(new PlotCursors(m_xy->plot(), this))
    , m_graphLayer(nullptr)
    , m_traces(nullptr)
    , m_quantityCombo(new QComboBox(this))
    , m_windowCombo(new QComboBox(this))
    , m_pauseAction(new QAction(QIcon(QStringLiteral(":/icons/pause.svg")), QString(), this))
    , m_autoscaleAction(
          new QAction(QIcon(QStringLiteral(":/icons/autoscale.svg")), QString(), this))
    , m_exportPngAction(
          new QAction(QIcon(QStringLiteral(":/icons/export-image.svg")), QString(), this))
    , m_exportPdfAction(
          new QAction(QIcon(QStringLiteral(":/icons/export-pdf.svg")), QString(), this))
    , m_liveButton(new QToolButton(this))
    , m_valueTicker(QSharedPointer<EngineeringAxisTicker>::create())
    , m_quantityLabel(new QLabel(this))
    , m_windowLabel(new QLabel(this))
{
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_pauseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_autoscaleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_pauseAction, &QAction::toggled, this, &PlotPanel::setPaused);
    connect(m_autoscaleAction, &QAction::triggered, this, &PlotPanel::autoscale);
    connect(m_exportPngAction, &QAction::triggered, this, [this] { exportWithDialog(false); });
    connect(m_exportPdfAction, &QAction::triggered, this, [this] { exportWithDialog(true); });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    m_modeCombo->setObjectName(QStringLiteral("plotModeCombo"));
    m_quantityCombo->setObjectName(QStringLiteral("quantityCombo"));
    m_windowCombo->setObjectName(QStringLiteral("windowCombo"));
    m_modeLabel->setBuddy(m_modeCombo);
    m_modeCombo->addItem(QString(), int(Mode::Time)); // texts: retranslateUi()
    m_modeCombo->addItem(QString(), int(Mode::Xy));
    bar->addWidget(m_modeLabel);
    bar->addWidget(m_modeCombo);
    bar->addSpacing(12);
    m_quantityLabel->setBuddy(m_quantityCombo);
    m_quantityCombo->setMinimumContentsLength(12);
    m_quantityCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_windowLabel->setBuddy(m_windowCombo);
    for (const double seconds : {10.0, 60.0, 600.0, 0.0})
        m_windowCombo->addItem(QString(), seconds); // texts: retranslateUi()
    m_windowCombo->setCurrentIndex(1);
    bar->addWidget(m_quantityLabel);
    bar->addWidget(m_quantityCombo);
    bar->addSpacing(12);
    bar->addWidget(m_windowLabel);
    bar->addWidget(m_windowCombo);
    bar->addStretch();
    // Away from the live edge the button says so where the plot's controls are; it goes back in
    // one click, as Autoscale (Ctrl+0, a key no focused widget wants) does.
    m_liveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_liveButton->setIcon(QIcon(QStringLiteral(":/icons/autoscale.svg")));
    m_liveButton->setStyleSheet(QStringLiteral(
        "QToolButton { background: #fff3cd; color: #5c4400; border: 1px solid #d4a72c;"
        " border-radius: 3px; padding: 1px 6px; }"));
    m_liveButton->setVisible(false);
    connect(m_liveButton, &QToolButton::clicked, this, &PlotPanel::autoscale);
    bar->addWidget(m_liveButton);
    m_cursorsAction->setObjectName(QStringLiteral("cursorsAction"));
    m_cursorsAction->setCheckable(true);
    m_cursorsAction->setIcon(QIcon(QStringLiteral(":/icons/cursors.svg")));
    connect(m_cursorsAction, &QAction::toggled, this, [this](bool on) {
        m_timeCursors->setEnabled(on);
        m_xyCursors->setEnabled(on);
        updateCursorReadout();
    });
    for (QAction *a : {m_cursorsAction, m_pauseAction, m_autoscaleAction, m_exportPngAction,
                       m_exportPdfAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        bar->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    m_stack->addWidget(m_plot);
    m_stack->addWidget(m_xy);
    m_xy->setObjectName(QStringLiteral("xyPlotPanel"));
    layout->addWidget(m_stack, 1);
    m_cursorReadout->setObjectName(QStringLiteral("cursorReadout"));
    m_cursorReadout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cursorReadout->setContentsMargins(6, 0, 6, 2);
    m_cursorReadout->setVisible(false);
    layout->addWidget(m_cursorReadout);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setMode(Mode(m_modeCombo->itemData(index).toInt()));
    });

    // The cursors read data points: the time plot's drawn points, the XY plot's curves.
    m_timeCursors->setSnap([this](const QPointF &pixel) { return nearestPoint(pixel); });
    m_xyCursors->setSnap([this](const QPointF &pixel) { return m_xy->nearestPoint(pixel); });
    auto timeText = [](double t) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(std::llround(t * 1000))),
                                  QStringLiteral("HH:mm:ss.zzz"));
    };
    auto seconds = [](double dt) { return EngineeringFormat::format(dt, QStringLiteral("s")); };
    auto value = [this](double v) { return EngineeringFormat::format(v, m_valueTicker->unit()); };
    m_timeCursors->setFormats(timeText, seconds, value, value);
    auto xyValue = [this](XyPlot::Axis axis) {
        return [this, axis](double v) { return EngineeringFormat::format(v, m_xy->unit(axis)); };
    };
    m_xyCursors->setFormats(xyValue(XyPlot::Axis::X), xyValue(XyPlot::Axis::X),
                            xyValue(XyPlot::Axis::Y), xyValue(XyPlot::Axis::Y));
    for (PlotCursors *c : {m_timeCursors, m_xyCursors})
        connect(c, &PlotCursors::changed, this, &PlotPanel::updateCursorReadout);

    connect(m_quantityCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setQuantity(m_quantityCombo->itemData(index).toString());
    });
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setWindowSeconds(m_windowCombo->itemData(index).toDouble());
    });

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    ticker->setDateTimeSpec(Qt::LocalTime);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setTicker(m_valueTicker);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true);
    // Antialiasing only for text: lines, grid and legend frame draw several times faster.
    m_plot->setNotAntialiasedElements(QCP::aeAll & ~QCP::AntialiasedElements(QCP::aeLegendItems));
    // Two paint buffers, each composed onto the widget on every paint: axes, grid and legend
    // below, and the lines alone on top in a buffered layer, so a tick that only brings data
    // redraws that layer (and LiveTraces only the columns that changed). The legend sits beside
    // the axis rect rather than over the lines, which would need a third buffer above them.
    // Polylines beat QCustomPlot's per-segment "fast" lines with one-pixel cosmetic pens here.
    m_plot->addLayer(QStringLiteral("graphs"), m_plot->layer(QStringLiteral("overlay")),
                     QCustomPlot::limAbove);
    m_graphLayer = m_plot->layer(QStringLiteral("graphs"));
    m_graphLayer->setMode(QCPLayer::lmBuffered);
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    m_plot->setPlottingHints(QCP::phCacheLabels);
    // The plot fills its background itself: the window need not paint beneath it first.
    m_plot->setAttribute(Qt::WA_OpaquePaintEvent);
    m_traces = new LiveTraces(m_plot->xAxis, m_plot->yAxis);
    m_traces->setLayer(m_graphLayer);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->legend->setRowSpacing(0);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    auto *legendColumn = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 1, legendColumn);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    legendColumn->addElement(0, 0, m_plot->legend);
    legendColumn->addElement(1, 0, new QCPLayoutElement(m_plot));
    legendColumn->setRowStretchFactor(0, 0.001);
    legendColumn->setMargins(QMargins(0, 6, 6, 0));
    // A zoom or pan by the user (any range change the panel did not make) leaves the live edge.
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis})
        connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
            if (m_settingRange)
                return;
            leaveLiveEdge();
            // The next tick redraws the axes too, whoever moved them (a drag replots by itself).
            m_axesDirty = true;
            m_dirty = true;
        });
    // A click on a legend entry pins its instrument; the context menu names the choices.
    connect(m_plot, &QCustomPlot::legendClick, this,
            [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *) { togglePin(item); });
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, &PlotPanel::showContextMenu);
    retranslateUi();
}

void PlotPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlotPanel::retranslateUi()
{
    m_pauseAction->setText(tr("&Pause Plot"));
    m_pauseAction->setToolTip(tr("Freeze the plot; readings are still recorded"));
    m_autoscaleAction->setText(tr("&Autoscale"));
    m_autoscaleAction->setToolTip(tr("Fit the axes to the data and follow new readings again"));
    m_exportPngAction->setText(tr("Export Plot as P&NG..."));
    m_exportPdfAction->setText(tr("Export Plot as P&DF..."));
    m_modeLabel->setText(tr("P&lot:"));
    m_modeCombo->setItemText(0, tr("Against time"));
    m_modeCombo->setItemText(1, tr("XY"));
    m_modeCombo->setToolTip(tr("Plot quantities against time, or one quantity or sweep "
                               "variable against another"));
    m_cursorsAction->setText(tr("&Cursors"));
    m_cursorsAction->setToolTip(tr("Two cursors: click places cursor 1, Shift+click cursor 2; "
                                   "the values and their difference are shown below the plot"));
    m_quantityLabel->setText(tr("&Quantity:"));
    m_quantityCombo->setToolTip(tr("The quantity plotted; one unit per axis"));
    m_windowLabel->setText(tr("&Show:"));
    for (int i = 0; i < m_windowCombo->count(); ++i)
        m_windowCombo->setItemText(i, windowChoiceText(i));
    m_liveButton->setText(tr("Paused view \u2014 Back to live"));
    m_liveButton->setToolTip(
        tr("The view stays where you zoomed or panned while readings go on. Click, or press "
           "%1, to follow the newest readings again.")
            .arg(m_autoscaleAction->shortcut().toString(QKeySequence::NativeText)));
    m_plot->xAxis->setLabel(tr("Time"));
    m_plot->setAccessibleName(tr("Live plot"));
    // Axis numbers in the language's decimal separator (the plot keeps its own locale).
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    m_plot->setLocale(locale);
    for (Series *s : std::as_const(m_shown))
        s->graph->setName(seriesName(*s));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

PlotPanel::~PlotPanel() = default;

PlotPanel::Series *PlotPanel::seriesFor(const Reading &reading)
{
    const QString quantity = reading.quantityOrOperation();
    const QString runId =
        m_runLabels.isEmpty() || !m_runLabels.contains(reading->runId) ? QString() : reading->runId;
    // Thousands of readings a second: find an instrument's series without building a key.
    Series *&last = m_lastSeries[reading->instrument];
    if (last && last->quantity == quantity && last->runId == runId)
        return last;
    const QString key = seriesKey(reading->instrument, quantity, runId);
    auto it = m_series.find(key);
    if (it != m_series.end()) {
        last = it->get();
        return last;
    }
    auto s = std::make_shared<Series>(m_window);
    s->instrument = reading->instrument;
    s->quantity = quantity;
    s->unit = reading->unit;
    s->runId = runId;
    m_series.insert(key, s);
    last = s.get();
    if (!m_quantityList.contains(quantity)) {
        m_quantityList.append(quantity);
        if (m_quantity.isEmpty())
            setQuantity(quantity);
    }
    m_graphsDirty = true; // a new trace, or a new quantity for the Quantity box
    return s.get();
}

void PlotPanel::addReading(const Reading &reading)
{
    if (reading.isNull())
        return;
    m_xy->addReading(reading);
    const double t = double(reading->completedWallNs) / 1e9;
    if (reading->status != JobStatus::Succeeded) {
        // No value, but the line must not run across the reading that failed.
        Series *s = m_lastSeries.value(reading->instrument);
        if (!s)
            return;
        s->data.addBreak(t);
        if (s->graph) {
            s->dirty = true;
            m_dirty = true;
        }
        return;
    }
    const auto &value = reading->value;
    if (!std::holds_alternative<double>(value) && !std::holds_alternative<QList<double>>(value))
        return;
    Series *s = seriesFor(reading);
    s->data.add(t, double(reading->startedWallNs) / 1e9, value);
    m_lastTime = std::max(m_lastTime, t);
    if (s->graph) {
        s->dirty = true;
        m_dirty = true;
    }
}

void PlotPanel::refreshQuantityCombo()
{
    // Only what the shown instruments measure: a quantity nobody shown has would plot nothing.
    QSet<QString> offered;
    for (const auto &series : std::as_const(m_series))
        if (m_shownSet.isEmpty() || m_shownSet.contains(series->instrument))
            offered.insert(series->quantity);
    const QSignalBlocker block(m_quantityCombo);
    m_quantityCombo->clear();
    for (const QString &q : std::as_const(m_quantityList))
        if (offered.contains(q))
            m_quantityCombo->addItem(q, q);
    m_quantityCombo->setCurrentIndex(m_quantityCombo->findData(m_quantity));
}

QStringList PlotPanel::quantities() const
{
    return m_quantityList;
}

void PlotPanel::setQuantity(const QString &quantity)
{
    if (quantity == m_quantity)
        return;
    m_quantity = quantity;
    {
        const QSignalBlocker block(m_quantityCombo);
        m_quantityCombo->setCurrentIndex(m_quantityCombo->findData(quantity));
    }
    m_graphsDirty = true;
    setFollowing(true);
}

void PlotPanel::setSelectedInstruments(const QStringList &names)
{
    if (names == m_selected)
        return;
    m_selected = names;
    m_selectedSet = QSet<QString>(names.cbegin(), names.cend());
    m_selectedSorted = names;
    std::sort(m_selectedSorted.begin(), m_selectedSorted.end());
    m_graphsDirty = true;
    if (names.isEmpty())
        return;
    // Selecting temperature sensors while "voltage" is shown means: show their temperatures.
    auto selectedHave = [this](const QString &quantity) {
        return std::any_of(m_selected.cbegin(), m_selected.cend(), [&](const QString &name) {
            return m_series.contains(seriesKey(name, quantity));
        });
    };
    if (selectedHave(m_quantity))
        return;
    for (const QString &q : std::as_const(m_quantityList)) {
        if (selectedHave(q)) {
            setQuantity(q);
            return;
        }
    }
}

void PlotPanel::setPinned(const QString &instrument, bool pinned)
{
    if (pinned == m_pinned.contains(instrument))
        return;
    if (pinned)
        m_pinned.insert(instrument);
    else
        m_pinned.remove(instrument);
    m_graphsDirty = true;
}

QStringList PlotPanel::instrumentsToShow() const
{
    if (m_selected.isEmpty())
        return {};
    // Run on every display tick: with a thousand instruments selected and reading, copying,
    // hashing and sorting every name each time was half the tick. The selection is sorted
    // once (setSelectedInstruments()); here only the few others are found and merged in.
    QStringList others;
    QSet<QString> seen;
    auto add = [this, &others, &seen](const QString &name) {
        if (!m_selectedSet.contains(name) && !seen.contains(name)) {
            seen.insert(name);
            others.append(name);
        }
    };
    for (const QString &name : std::as_const(m_pinned))
        add(name);
    // Still reading: a reading within its last three intervals (at least kLiveSeconds) of the
    // newest one. A run that goes on keeps its trace whatever the selection.
    for (const auto &series : std::as_const(m_series)) {
        const double span = std::max(kLiveSeconds, 3 * series->data.interval());
        if (series->data.lastTime() >= m_lastTime - span)
            add(series->instrument);
    }
    if (others.isEmpty())
        return m_selectedSorted;
    std::sort(others.begin(), others.end());
    QStringList names;
    names.reserve(m_selectedSorted.size() + others.size());
    std::merge(m_selectedSorted.cbegin(), m_selectedSorted.cend(), others.cbegin(), others.cend(),
               std::back_inserter(names));
    return names;
}

QStringList PlotPanel::shownInstruments() const
{
    return m_shownNames;
}

void PlotPanel::setWindowSeconds(double seconds)
{
    seconds = std::max(0.0, seconds);
    if (seconds == m_window)
        return;
    m_window = seconds;
    for (auto &s : m_series) {
        s->data.setWindow(seconds);
        s->dirty = true;
    }
    {
        const QSignalBlocker block(m_windowCombo);
        const int index = m_windowCombo->findData(seconds);
        if (index >= 0)
            m_windowCombo->setCurrentIndex(index);
    }
    setFollowing(true);
    m_dirty = true;
    m_axesDirty = true;
    Q_EMIT windowSecondsChanged(seconds);
}

void PlotPanel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    {
        const QSignalBlocker block(m_pauseAction);
        m_pauseAction->setChecked(paused);
    }
    m_dirty = true;
}

QString PlotPanel::windowChoiceText(int index)
{
    switch (index) {
    case 0:
        return tr("Last 10 s");
    case 1:
        return tr("Last 60 s");
    case 2:
        return tr("Last 10 min");
    default:
        return tr("Whole run");
    }
}

void PlotPanel::autoscale()
{
    if (mode() == Mode::Xy) {
        m_xy->autoscale();
        return;
    }
    setFollowing(true);
    m_dirty = true;
    m_axesDirty = true;
    tick();
}

void PlotPanel::setFollowing(bool follow)
{
    m_follow = follow;
    if (follow)
        for (auto &series : m_series)
            series->data.release();
    m_liveButton->setVisible(!follow);
}

void PlotPanel::leaveLiveEdge()
{
    if (!m_follow)
        return;
    // The rolling window goes on dropping what is older than the newest reading minus the
    // window; what it holds now is what the user looks at, kept until back to live.
    if (m_window > 0)
        for (auto &series : m_series)
            series->data.hold();
    setFollowing(false);
    m_dirty = true;
    for (Series *s : std::as_const(m_shown))
        s->dirty = true;
}

void PlotPanel::togglePin(QCPAbstractLegendItem *item)
{
    auto *entry = qobject_cast<QCPPlottableLegendItem *>(item);
    if (!entry)
        return;
    for (Series *s : std::as_const(m_shown)) {
        if (s->graph == entry->plottable()) {
            setPinned(s->instrument, !isPinned(s->instrument));
            tick();
            return;
        }
    }
}

void PlotPanel::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    if (!m_follow)
        menu.addAction(m_liveButton->text(), this, &PlotPanel::autoscale);
    menu.addAction(m_autoscaleAction);
    menu.addSeparator();
    for (const Series *s : std::as_const(m_shown)) {
        const QString name = s->instrument;
        QAction *pin = menu.addAction(tr("Keep %1 Plotted").arg(name));
        pin->setCheckable(true);
        pin->setChecked(isPinned(name));
        connect(pin, &QAction::toggled, this, [this, name](bool on) {
            setPinned(name, on);
            tick();
        });
    }
    menu.exec(m_plot->mapToGlobal(pos));
}

void PlotPanel::clear()
{
    m_xy->clear();
    m_runLabels.clear();
    m_timeCursors->clear();
    m_xyCursors->clear();
    m_series.clear();
    m_lastSeries.clear();
    m_shown.clear();
    m_plot->clearGraphs();
    m_traces->clearTraces();
    m_quantityList.clear();
    m_quantity.clear();
    refreshQuantityCombo();
    m_lastTime = 0;
    m_graphsDirty = true;
    m_dirty = true;
    m_axesDirty = true;
    setFollowing(true);
}

bool PlotPanel::hasShown(const QSet<QString> &names, const QString &quantity) const
{
    return std::any_of(m_series.cbegin(), m_series.cend(), [&](const auto &s) {
        return s->quantity == quantity && (names.isEmpty() || names.contains(s->instrument));
    });
}

QList<PlotPanel::Series *> PlotPanel::graphsFor(const QSet<QString> &names,
                                                const QString &quantity) const
{
    QList<Series *> candidates;
    for (const auto &s : m_series) {
        if (s->quantity == quantity && (names.isEmpty() || names.contains(s->instrument)))
            candidates.append(s.get());
    }
    // Only the first kMaxGraphs in order: a thousand names are not sorted in full.
    const qsizetype n = std::min<qsizetype>(candidates.size(), kMaxGraphs);
    std::partial_sort(candidates.begin(), candidates.begin() + n, candidates.end(),
                      [](const Series *a, const Series *b) {
                          return QString::localeAwareCompare(a->instrument, b->instrument) < 0;
                      });
    candidates.resize(n);
    return candidates;
}

void PlotPanel::rebuildGraphs()
{
    m_graphsDirty = false;
    for (Series *s : std::as_const(m_shown)) {
        s->graph = nullptr;
        s->trace = -1;
    }
    m_shown.clear();
    m_plot->clearGraphs();
    m_traces->clearTraces();
    m_shownNames = instrumentsToShow();
    m_shownSet = QSet<QString>(m_shownNames.cbegin(), m_shownNames.cend());
    // The quantity follows what can be shown: another one when nothing shown has this one.
    if (!hasShown(m_shownSet, m_quantity)) {
        const auto other = std::find_if(
            m_quantityList.cbegin(), m_quantityList.cend(),
            [this](const QString &quantity) { return hasShown(m_shownSet, quantity); });
        if (other != m_quantityList.cend()) {
            m_quantity = *other;
            setFollowing(true);
        }
    }
    refreshQuantityCombo();

    const QList<Series *> candidates = graphsFor(m_shownSet, m_quantity);
    QString unit;
    for (Series *s : std::as_const(candidates)) {
        // A cosmetic one-pixel pen: wide pens go through the stroker, many times slower.
        QPen pen(plotColor(int(m_shown.size())), 1.0);
        pen.setCosmetic(true);
        s->graph = m_plot->addGraph();
        s->graph->setName(seriesName(*s));
        s->graph->setPen(pen);
        s->graph->setVisible(false);
        s->trace = m_traces->addTrace(pen);
        s->dirty = true;
        if (unit.isEmpty())
            unit = s->unit;
        m_shown.append(s);
    }
    // The unit, with its prefix, is on every tick label.
    m_valueTicker->setUnit(unit);
    m_plot->yAxis->setLabel(m_quantity);
    m_dirty = true;
    m_axesDirty = true;
}

bool PlotPanel::followData()
{
    if (!m_follow || m_shown.isEmpty())
        return false;
    const QScopedValueRollback<bool> own(m_settingRange, true);
    double lo = INFINITY, hi = -INFINITY, first = INFINITY;
    for (Series *s : std::as_const(m_shown)) {
        const DecimatingSeries &d = s->data.live(m_window > 0);
        if (d.isEmpty())
            continue;
        lo = std::min(lo, d.minValue());
        hi = std::max(hi, d.maxValue());
        first = std::min(first, d.firstTime());
    }
    if (!std::isfinite(lo))
        return false;
    bool changed = false;
    // The value axis keeps its range while the data stays inside and fills at least half of it,
    // so noise does not redraw the axes every tick.
    const QCPRange y = m_plot->yAxis->range();
    const double span = hi - lo;
    if (lo < y.lower || hi > y.upper || (span > 0 && span < 0.5 * y.size())) {
        const double pad = span > 0 ? span * 0.08 : std::max(std::abs(hi) * 0.05, 1e-9);
        const QCPRange next(lo - pad, hi + pad);
        if (next != y) {
            m_plot->yAxis->setRange(next);
            changed = true;
        }
    }
    // The time axis moves in steps of window/kXSteps: the graphs scroll on their own layer
    // and the axes are redrawn only when a step is taken. A rolling window starts at the first
    // reading until the data fills it, so a new run is not squeezed against the right edge.
    double lower = first;
    double upper = 0;
    if (m_window > 0) {
        // Steps of whole pixels: once the window is full, a step scrolls the drawn lines
        // instead of redrawing them.
        const int pixels = m_plot->axisRect()->width();
        const double stepPixels = std::max(1.0, std::round(double(pixels) / kXSteps));
        const double step = pixels > 0 ? m_window * stepPixels / pixels : m_window / kXSteps;
        upper = std::ceil(m_lastTime / step) * step;
        lower = std::max(upper - m_window, first);
        upper = std::max(upper, lower + step);
    } else {
        const double runSpan = std::max(1.0, m_lastTime - first);
        const double step = std::exp2(std::ceil(std::log2(runSpan / kXSteps)));
        upper = std::max(std::ceil(m_lastTime / step) * step, first + 1);
    }
    const QCPRange x(lower, upper);
    if (x != m_plot->xAxis->range()) {
        m_plot->xAxis->setRange(x);
        changed = true;
        // Under ten seconds the ticks come closer than a second: show tenths, or two ticks
        // read the same.
        if (auto ticker = qSharedPointerDynamicCast<QCPAxisTickerDateTime>(m_plot->xAxis->ticker()))
            ticker->setDateTimeFormat(x.size() < 10 ? QStringLiteral("HH:mm:ss.z")
                                                    : QStringLiteral("HH:mm:ss"));
    }
    return changed;
}

int PlotPanel::pointBudget() const
{
    return 2 * std::max(64, m_plot->axisRect()->width());
}

bool PlotPanel::tick(qint64 budgetNs)
{
    if (m_paused)
        return false;
    if (mode() == Mode::Xy)
        return m_xy->tick();
    // Instruments start and stop reading: the traces shown follow.
    if (!m_graphsDirty && !m_selected.isEmpty()) {
        const QStringList names = instrumentsToShow();
        if (names != m_shownNames) {
            // Often only instruments that are not drawn came or went (a front panel's or a
            // plan's readings beside a thousand selected ones): then the graphs stay, and the
            // plot is neither rebuilt nor redrawn whole.
            const QSet<QString> set(names.cbegin(), names.cend());
            if (hasShown(set, m_quantity) && graphsFor(set, m_quantity) == m_shown) {
                m_shownNames = names;
                m_shownSet = set;
                refreshQuantityCombo();
            } else {
                m_graphsDirty = true;
            }
        }
    }
    if (m_graphsDirty)
        rebuildGraphs();
    if (!m_dirty)
        return false;
    if (followData())
        m_axesDirty = true;
    const double expected = m_axesDirty ? m_fullCostNs : m_layerCostNs;
    if (budgetNs >= 0 && expected > double(budgetNs) && !m_skippedLast) {
        // Late in the frame: draw next tick instead. Never twice in a row, so the plot keeps
        // moving even when every frame is tight.
        m_skippedLast = true;
        ++m_skipped;
        return false;
    }
    m_skippedLast = false;
    m_dirty = false;
    const QCPRange x = m_plot->xAxis->range();
    const int columns = pointBudget() / 2;
    // Points are reduced against the time range: a new range recomputes every graph's.
    const bool rangeMoved =
        x.lower != m_pointsLower || x.upper != m_pointsUpper || columns != m_pointsColumns;
    m_pointsLower = x.lower;
    m_pointsUpper = x.upper;
    m_pointsColumns = columns;
    for (Series *s : std::as_const(m_shown)) {
        if (!s->dirty && !rangeMoved)
            continue;
        s->dirty = false;
        s->data.points(x.lower, x.upper, columns, m_window > 0, m_follow, &m_keys, &m_values);
        m_traces->setPoints(s->trace, m_keys, m_values);
    }
    QElapsedTimer cost;
    cost.start();
    if (m_axesDirty) {
        m_axesDirty = false;
        m_plot->replot(QCustomPlot::rpQueuedRefresh);
        m_fullCostNs = m_fullCostNs * 0.8 + double(cost.nsecsElapsed()) * 0.2;
        ++m_fullReplots;
    } else {
        // Only the lines changed: paint their changed columns and repaint just those pixels.
        if (!m_plot->updateTraces(m_traces))
            m_graphLayer->replot();
        m_layerCostNs = m_layerCostNs * 0.8 + double(cost.nsecsElapsed()) * 0.2;
    }
    ++m_replots;
    return true;
}

QCustomPlot *PlotPanel::plot() const
{
    return m_plot;
}

int PlotPanel::graphCount() const
{
    return m_plot->graphCount();
}

PlotPanel::Series *PlotPanel::shownSeries(const QString &instrument) const
{
    for (Series *s : m_shown) {
        if (s->instrument == instrument)
            return s;
    }
    return nullptr;
}

int PlotPanel::drawnPoints(const QString &instrument) const
{
    return drawnPoints(instrument, -qInf(), qInf());
}

int PlotPanel::drawnPoints(const QString &instrument, double lower, double upper) const
{
    const Series *s = shownSeries(instrument);
    if (!s)
        return 0;
    const QVector<double> &keys = m_traces->keys(s->trace);
    const QVector<double> &values = m_traces->values(s->trace);
    int n = 0;
    for (qsizetype i = 0; i < keys.size(); ++i)
        n += !std::isnan(values.at(i)) && keys.at(i) >= lower && keys.at(i) <= upper ? 1 : 0;
    return n;
}

int PlotPanel::drawnBreaks(const QString &instrument) const
{
    const Series *s = shownSeries(instrument);
    if (!s)
        return 0;
    const QVector<double> &values = m_traces->values(s->trace);
    return int(
        std::count_if(values.cbegin(), values.cend(), [](double v) { return std::isnan(v); }));
}

const DecimatingSeries *PlotPanel::series(const QString &instrument, const QString &quantity,
                                          const QString &runId) const
{
    const auto it = m_series.constFind(seriesKey(instrument, quantity, runId));
    return it == m_series.constEnd() ? nullptr : &(*it)->data.whole();
}

bool PlotPanel::exportPng(const QString &path)
{
    if (mode() == Mode::Xy)
        return m_xy->plot()->savePng(path, 0, 0, 2.0);
    m_traces->setDirect(true);
    const bool ok = m_plot->savePng(path, 0, 0, 2.0);
    m_traces->setDirect(false);
    return ok;
}

bool PlotPanel::exportPdf(const QString &path)
{
    if (mode() == Mode::Xy)
        return m_xy->plot()->savePdf(path, 0, 0, QCP::epNoCosmetic, tr("LabDispatch"),
                                     tr("LabDispatch XY plot"));
    m_traces->setDirect(true);
    const bool ok = m_plot->savePdf(path, 0, 0, QCP::epNoCosmetic, tr("LabDispatch"),
                                    tr("LabDispatch plot: %1").arg(m_quantity));
    m_traces->setDirect(false);
    return ok;
}

void PlotPanel::exportWithDialog(bool pdf)
{
    const QString filter = pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Plot"), {}, filter);
    if (path.isEmpty())
        return;
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (!(pdf ? exportPdf(path) : exportPng(path)))
        QMessageBox::warning(this, tr("Export Plot"), tr("Could not write %1.").arg(path));
}

void PlotPanel::setMode(Mode mode)
{
    if (mode == this->mode())
        return;
    m_stack->setCurrentIndex(mode == Mode::Xy ? 1 : 0);
    m_xy->setActive(mode == Mode::Xy);
    {
        const QSignalBlocker block(m_modeCombo);
        m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
    }
    // The quantity and the rolling window are the time plot's; XY shows the whole run kept.
    for (QWidget *w : std::initializer_list<QWidget *>{m_quantityLabel, m_quantityCombo,
                                                       m_windowLabel, m_windowCombo})
        w->setVisible(mode == Mode::Time);
    m_liveButton->setVisible(mode == Mode::Time && !m_follow);
    updateCursorReadout();
    m_dirty = true;
    m_axesDirty = true;
    m_xy->autoscale();
    tick();
}

PlotPanel::Mode PlotPanel::mode() const
{
    return m_stack->currentIndex() == 1 ? Mode::Xy : Mode::Time;
}

PlotCursors *PlotPanel::cursors() const
{
    return mode() == Mode::Xy ? m_xyCursors : m_timeCursors;
}

void PlotPanel::setRunLabel(const QString &runId, const QString &label)
{
    m_runLabels.insert(runId, label);
    m_xy->setRunLabel(runId, label);
    m_graphsDirty = true;
}

QString PlotPanel::seriesName(const Series &s) const
{
    QString name = s.instrument;
    if (!s.runId.isEmpty())
        name = tr("%1 (%2)").arg(name, m_runLabels.value(s.runId));
    return m_pinned.contains(s.instrument) ? tr("%1 (pinned)").arg(name) : name;
}

std::optional<QPointF> PlotPanel::nearestPoint(const QPointF &pixel) const
{
    std::optional<QPointF> best;
    double bestDistance = qInf();
    for (const Series *s : std::as_const(m_shown)) {
        const QVector<double> &keys = m_traces->keys(s->trace);
        const QVector<double> &values = m_traces->values(s->trace);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (std::isnan(values.at(i)))
                continue;
            const double dx = m_plot->xAxis->coordToPixel(keys.at(i)) - pixel.x();
            const double dy = m_plot->yAxis->coordToPixel(values.at(i)) - pixel.y();
            const double d = std::hypot(dx, dy);
            if (d < bestDistance) {
                bestDistance = d;
                best = QPointF(keys.at(i), values.at(i));
            }
        }
    }
    return best;
}

void PlotPanel::updateCursorReadout()
{
    const PlotCursors *c = cursors();
    const QString text = c->text();
    m_cursorReadout->setText(text.isEmpty() && c->isEnabled()
                                 ? tr("Click the plot to place cursor 1, Shift+click for cursor 2.")
                                 : text);
    m_cursorReadout->setVisible(c->isEnabled());
}

} // namespace ld
