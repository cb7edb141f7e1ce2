// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotpanel.h"

#include "liveplot.h"
#include "livetraces.h"

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ld {

struct PlotPanel::Series
{
    explicit Series(double windowSeconds)
        : recent(kWindowBuckets, windowSeconds > 0 ? windowSeconds : 600)
    {}
    QString instrument;
    QString quantity;
    QString unit;
    DecimatingSeries whole{kWholeRunBuckets};
    DecimatingSeries recent;
    QCPGraph *graph = nullptr; ///< the legend entry; LiveTraces draws the line
    int trace = -1;
    bool dirty = false;
};

namespace {
QString seriesKey(const QString &instrument, const QString &quantity)
{
    return instrument + QChar(0x1f) + quantity;
}

QColor graphColor(int index)
{
    // Distinguishable on white and for the common colour vision deficiencies (Okabe-Ito first).
    static const QList<QColor> colors = {
        QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
        QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
        QColor(0x33, 0x33, 0x33), QColor(0xf0, 0xe4, 0x42), QColor(0x8c, 0x56, 0x4b),
        QColor(0x7f, 0x3c, 0x8d), QColor(0x11, 0xa5, 0x79), QColor(0x3b, 0x4c, 0xc0),
        QColor(0xb4, 0x0f, 0x20), QColor(0x66, 0x66, 0x66), QColor(0x99, 0x99, 0x33),
        QColor(0x44, 0xaa, 0x99)};
    return colors.at(index % colors.size());
}

/**
 * Keeps at most the first and last point plus a minimum and a maximum per pixel column of
 * [lower, upper] (in time order), so a graph never hands QCustomPlot more than it can show.
 */
void reduceToColumns(QVector<double> &keys, QVector<double> &values, double lower, double upper,
                     int columns)
{
    const qsizetype n = keys.size();
    if (n <= 2 * qsizetype(columns) + 2 || upper <= lower || columns < 1)
        return;
    const double scale = double(columns) / (upper - lower);
    auto columnOf = [&](double k) {
        return int(std::clamp(std::floor((k - lower) * scale), -1.0, double(columns)));
    };
    qsizetype out = 0;
    qsizetype i = 0;
    while (i < n) {
        const int column = columnOf(keys.at(i));
        qsizetype lo = i, hi = i;
        qsizetype j = i + 1;
        for (; j < n && columnOf(keys.at(j)) == column; ++j) {
            if (values.at(j) < values.at(lo))
                lo = j;
            if (values.at(j) > values.at(hi))
                hi = j;
        }
        // Writing in place is safe: `out` never passes `i`.
        const qsizetype first = std::min(lo, hi), second = std::max(lo, hi);
        keys[out] = keys.at(first);
        values[out] = values.at(first);
        ++out;
        if (second != first) {
            keys[out] = keys.at(second);
            values[out] = values.at(second);
            ++out;
        }
        i = j;
    }
    keys.resize(out);
    values.resize(out);
}
} // namespace

PlotPanel::PlotPanel(QWidget *parent)
    : QWidget(parent)
    , m_plot(new LivePlot(this))
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
    for (QAction *a : {m_pauseAction, m_autoscaleAction, m_exportPngAction, m_exportPdfAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        bar->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);

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
    // A zoom or pan by the user stops following the data until Autoscale.
    connect(m_plot, &QCustomPlot::mousePress, this, [this] { m_follow = false; });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_follow = false; });
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
    m_quantityLabel->setText(tr("&Quantity:"));
    m_quantityCombo->setToolTip(tr("The quantity plotted; one unit per axis"));
    m_windowLabel->setText(tr("&Show:"));
    for (int i = 0; i < m_windowCombo->count(); ++i)
        m_windowCombo->setItemText(i, windowChoiceText(i));
    m_plot->xAxis->setLabel(tr("Time"));
    m_plot->setAccessibleName(tr("Live plot"));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

PlotPanel::~PlotPanel() = default;

PlotPanel::Series *PlotPanel::seriesFor(const Reading &reading)
{
    const QString quantity = reading.quantityOrOperation();
    // Thousands of readings a second: find an instrument's series without building a key.
    Series *&last = m_lastSeries[reading->instrument];
    if (last && last->quantity == quantity)
        return last;
    const QString key = seriesKey(reading->instrument, quantity);
    auto it = m_series.find(key);
    if (it != m_series.end()) {
        last = it->get();
        return last;
    }
    auto s = std::make_shared<Series>(m_window);
    s->instrument = reading->instrument;
    s->quantity = quantity;
    s->unit = reading->unit;
    m_series.insert(key, s);
    last = s.get();
    if (!m_quantityList.contains(quantity)) {
        m_quantityList.append(quantity);
        refreshQuantityCombo();
        if (m_quantity.isEmpty())
            setQuantity(quantity);
    }
    if (quantity == m_quantity)
        m_graphsDirty = true;
    return s.get();
}

void PlotPanel::addReading(const Reading &reading)
{
    if (reading.isNull() || reading->status != JobStatus::Succeeded)
        return;
    const auto &value = reading->value;
    if (!std::holds_alternative<double>(value) && !std::holds_alternative<QList<double>>(value))
        return;
    const double t = double(reading->completedWallNs) / 1e9;
    Series *s = seriesFor(reading);
    if (const double *v = std::get_if<double>(&value)) {
        s->whole.append(t, *v);
        s->recent.append(t, *v);
    } else {
        // A burst or trace: its values share the completion time; min/max buckets keep its
        // envelope, the journal keeps every value.
        for (double element : std::get<QList<double>>(value)) {
            s->whole.append(t, element);
            s->recent.append(t, element);
        }
    }
    m_lastTime = std::max(m_lastTime, t);
    if (s->graph) {
        s->dirty = true;
        m_dirty = true;
    }
}

void PlotPanel::refreshQuantityCombo()
{
    const QSignalBlocker block(m_quantityCombo);
    m_quantityCombo->clear();
    for (const QString &q : std::as_const(m_quantityList))
        m_quantityCombo->addItem(q, q);
    m_quantityCombo->setCurrentIndex(m_quantityList.indexOf(m_quantity));
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
        m_quantityCombo->setCurrentIndex(m_quantityList.indexOf(quantity));
    }
    m_graphsDirty = true;
    m_follow = true;
}

void PlotPanel::setVisibleInstruments(const QStringList &names)
{
    if (names == m_visible)
        return;
    m_visible = names;
    m_graphsDirty = true;
}

void PlotPanel::setWindowSeconds(double seconds)
{
    seconds = std::max(0.0, seconds);
    if (seconds == m_window)
        return;
    m_window = seconds;
    for (auto &s : m_series) {
        // A new rolling store starts from what the whole-run store still has at full detail;
        // the journal has everything else.
        if (seconds > 0)
            s->recent = DecimatingSeries(kWindowBuckets, seconds);
        if (seconds > 0 && !s->whole.isEmpty()) {
            QVector<double> keys, values;
            s->whole.points(&keys, &values);
            for (int i = 0; i < keys.size(); ++i)
                s->recent.append(keys.at(i), values.at(i));
        }
        s->dirty = true;
    }
    {
        const QSignalBlocker block(m_windowCombo);
        const int index = m_windowCombo->findData(seconds);
        if (index >= 0)
            m_windowCombo->setCurrentIndex(index);
    }
    m_follow = true;
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
    m_follow = true;
    m_dirty = true;
    m_axesDirty = true;
    tick();
}

void PlotPanel::clear()
{
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

    QList<Series *> candidates;
    for (auto &s : m_series) {
        if (s->quantity != m_quantity)
            continue;
        if (!m_visible.isEmpty() && !m_visible.contains(s->instrument))
            continue;
        candidates.append(s.get());
    }
    std::sort(candidates.begin(), candidates.end(), [](const Series *a, const Series *b) {
        return QString::localeAwareCompare(a->instrument, b->instrument) < 0;
    });
    if (candidates.size() > kMaxGraphs)
        candidates.resize(kMaxGraphs);
    QString unit;
    for (Series *s : std::as_const(candidates)) {
        // A cosmetic one-pixel pen: wide pens go through the stroker, many times slower.
        QPen pen(graphColor(int(m_shown.size())), 1.0);
        pen.setCosmetic(true);
        s->graph = m_plot->addGraph();
        s->graph->setName(s->instrument);
        s->graph->setPen(pen);
        s->graph->setVisible(false);
        s->trace = m_traces->addTrace(pen);
        s->dirty = true;
        if (unit.isEmpty())
            unit = s->unit;
        m_shown.append(s);
    }
    m_plot->yAxis->setLabel(unit.isEmpty() ? m_quantity
                                           : QStringLiteral("%1 (%2)").arg(m_quantity, unit));
    m_dirty = true;
    m_axesDirty = true;
}

bool PlotPanel::followData()
{
    if (!m_follow || m_shown.isEmpty())
        return false;
    double lo = INFINITY, hi = -INFINITY, first = INFINITY;
    for (Series *s : std::as_const(m_shown)) {
        const DecimatingSeries &d = m_window > 0 ? s->recent : s->whole;
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
        // Bucket points come out in time order (one instrument's readings complete in order).
        (m_window > 0 ? s->recent : s->whole).points(&m_keys, &m_values);
        reduceToColumns(m_keys, m_values, x.lower, x.upper, columns);
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

int PlotPanel::drawnPoints(const QString &instrument) const
{
    for (const Series *s : m_shown) {
        if (s->instrument == instrument)
            return m_traces->pointCount(s->trace);
    }
    return 0;
}

const DecimatingSeries *PlotPanel::series(const QString &instrument, const QString &quantity) const
{
    const auto it = m_series.constFind(seriesKey(instrument, quantity));
    return it == m_series.constEnd() ? nullptr : &(*it)->whole;
}

bool PlotPanel::exportPng(const QString &path)
{
    m_traces->setDirect(true);
    const bool ok = m_plot->savePng(path, 0, 0, 2.0);
    m_traces->setDirect(false);
    return ok;
}

bool PlotPanel::exportPdf(const QString &path)
{
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

} // namespace ld
