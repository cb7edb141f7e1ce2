// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xyplot.h"

#include "engineeringaxisticker.h"
#include "plotcolors.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ld {

namespace {
int index(XyPlot::Axis axis)
{
    return int(axis);
}

/** Axis range around [lo, hi] with a margin: proportional on a linear axis, a factor on a log one.
 */
QCPRange padded(double lo, double hi, bool logarithmic)
{
    if (logarithmic)
        return lo < hi ? QCPRange(lo / 1.25, hi * 1.25) : QCPRange(lo / 2, hi * 2);
    const double span = hi - lo;
    const double pad = span > 0 ? span * 0.05 : std::max(std::abs(hi) * 0.05, 1e-9);
    return QCPRange(lo - pad, hi + pad);
}
} // namespace

XyPlot::XyPlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_xLabel(new QLabel(this))
    , m_yLabel(new QLabel(this))
    , m_y2Label(new QLabel(this))
    , m_xCombo(new QComboBox(this))
    , m_yCombo(new QComboBox(this))
    , m_y2Combo(new QComboBox(this))
    , m_xLog(new QCheckBox(this))
    , m_yLog(new QCheckBox(this))
    , m_y2Log(new QCheckBox(this))
    , m_noticeLabel(new QLabel(this))
{
    m_plot->setObjectName(QStringLiteral("xyPlot"));
    m_xCombo->setObjectName(QStringLiteral("xyXCombo"));
    m_yCombo->setObjectName(QStringLiteral("xyYCombo"));
    m_y2Combo->setObjectName(QStringLiteral("xyY2Combo"));
    m_xLog->setObjectName(QStringLiteral("xyXLog"));
    m_yLog->setObjectName(QStringLiteral("xyYLog"));
    m_y2Log->setObjectName(QStringLiteral("xyY2Log"));
    m_noticeLabel->setObjectName(QStringLiteral("xyNotice"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 0, 6, 0);
    const std::array<std::tuple<QLabel *, QComboBox *, QCheckBox *, Axis>, 3> rows = {
        std::tuple{m_xLabel, m_xCombo, m_xLog, Axis::X},
        std::tuple{m_yLabel, m_yCombo, m_yLog, Axis::Y},
        std::tuple{m_y2Label, m_y2Combo, m_y2Log, Axis::Y2}};
    for (const auto &[label, combo, log, which] : rows) {
        label->setBuddy(combo);
        combo->setMinimumContentsLength(8);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        bar->addWidget(label);
        bar->addWidget(combo);
        bar->addWidget(log);
        bar->addSpacing(8);
        connect(combo, &QComboBox::activated, this, [this, axis = which] { comboChosen(axis); });
        connect(log, &QCheckBox::toggled, this,
                [this, axis = which](bool on) { logToggled(axis, on); });
    }
    bar->addStretch();
    m_noticeLabel->setVisible(false);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_plot, 1);

    for (int i = 0; i < 3; ++i)
        m_tickers[size_t(i)] = QSharedPointer<EngineeringAxisTicker>::create();
    m_plot->xAxis->setTicker(m_tickers[0]);
    m_plot->yAxis->setTicker(m_tickers[1]);
    m_plot->yAxis2->setTicker(m_tickers[2]);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    const QList<QCPAxis *> horizontal{m_plot->xAxis};
    const QList<QCPAxis *> vertical{m_plot->yAxis, m_plot->yAxis2};
    m_plot->axisRect()->setRangeDragAxes(horizontal, vertical);
    m_plot->axisRect()->setRangeZoomAxes(horizontal, vertical);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    // A zoom or pan by the user stops the axes following the data until Autoscale.
    for (QCPAxis *a : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2})
        connect(a, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
            if (!m_settingRange)
                m_follow = false;
        });
    retranslateUi();
}

XyPlot::~XyPlot() = default;

void XyPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void XyPlot::retranslateUi()
{
    m_xLabel->setText(tr("&X:"));
    m_yLabel->setText(tr("&Y:"));
    m_y2Label->setText(tr("&Right Y:"));
    for (QCheckBox *log : {m_xLog, m_yLog, m_y2Log}) {
        log->setText(tr("Log"));
        log->setToolTip(tr("Logarithmic axis: shows only values above zero"));
    }
    m_xCombo->setToolTip(tr("What the horizontal axis shows: a quantity or a sweep variable"));
    m_yCombo->setToolTip(tr("What the left axis shows against X"));
    m_y2Combo->setToolTip(tr("An optional second quantity on the right axis"));
    m_plot->setAccessibleName(tr("XY plot"));
    refreshCombos();
    m_dirty = true;
}

QString XyPlot::sourceText(const QString &source) const
{
    if (source.isEmpty())
        return tr("(none)");
    const auto [first, second] = XyPairing::parts(source);
    if (XyPairing::isVariable(source))
        return tr("%1 (sweep variable)").arg(first);
    return tr("%1: %2").arg(first, second);
}

void XyPlot::addSource(const QString &source, const QString &unit)
{
    if (m_units.contains(source))
        return;
    // Variables first: they are what a sweep is plotted against.
    if (XyPairing::isVariable(source)) {
        const auto firstMeasurement =
            std::find_if(m_sources.cbegin(), m_sources.cend(),
                         [](const QString &s) { return !XyPairing::isVariable(s); });
        m_sources.insert(firstMeasurement - m_sources.cbegin(), source);
    } else {
        m_sources.append(source);
    }
    m_units.insert(source, unit);
    refreshCombos();
}

void XyPlot::refreshCombos()
{
    const std::array<QComboBox *, 3> combos = {m_xCombo, m_yCombo, m_y2Combo};
    for (int i = 0; i < 3; ++i) {
        QComboBox *combo = combos[size_t(i)];
        const QSignalBlocker block(combo);
        combo->clear();
        if (i == index(Axis::Y2))
            combo->addItem(tr("(none)"), QString());
        for (const QString &source : std::as_const(m_sources))
            combo->addItem(sourceText(source), source);
        combo->setCurrentIndex(combo->findData(m_source[size_t(i)]));
    }
}

void XyPlot::addReading(const Reading &reading)
{
    if (reading.isNull() || reading->status != JobStatus::Succeeded ||
        !std::holds_alternative<double>(reading->value))
        return;
    m_history.append(reading);
    if (!m_active)
        return;
    if (noteSources(reading)) {
        repair(); // pairs the history, this reading included
        return;
    }
    QList<XyPairing::Point> points;
    m_pairing.add(reading, &points);
    addPoints(points);
}

bool XyPlot::noteSources(const Reading &reading)
{
    addSource(XyPairing::measurementSource(reading->instrument, reading.quantityOrOperation()),
              reading->unit);
    for (const auto &variable : reading->variables)
        addSource(XyPairing::variableSource(variable.first), QString());
    // Until the user chooses, a sweep variable (else the first quantity) against the first
    // quantity that is not X.
    bool chosen = false;
    if (m_source[0].isEmpty()) {
        m_source[0] = m_sources.first();
        chosen = true;
    }
    if (m_source[1].isEmpty()) {
        for (const QString &s : std::as_const(m_sources)) {
            if (s != m_source[0] && !XyPairing::isVariable(s)) {
                m_source[1] = s;
                chosen = true;
                break;
            }
        }
    }
    if (chosen)
        refreshCombos();
    return chosen;
}

void XyPlot::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active)
        return;
    for (qsizetype i = m_history.firstIndex(); i <= m_history.lastIndex(); ++i)
        noteSources(m_history.at(i));
    m_follow = true;
    repair();
}

void XyPlot::repair()
{
    for (auto &run : m_runs)
        for (XySeries &s : run->series)
            s.clear();
    m_pairing.setSources(m_source[0], m_source[1], m_source[2]);
    QList<XyPairing::Point> points;
    for (qsizetype i = m_history.firstIndex(); i <= m_history.lastIndex(); ++i)
        m_pairing.add(m_history.at(i), &points);
    addPoints(points);
    m_dirty = true;
}

void XyPlot::addPoints(const QList<XyPairing::Point> &points)
{
    for (const XyPairing::Point &p : points) {
        if (RunCurves *run = curvesFor(p.runId)) {
            run->series[size_t(p.axis)].append(p.x, p.y);
            m_dirty = true;
        }
    }
}

XyPlot::RunCurves *XyPlot::curvesFor(const QString &runId)
{
    for (auto &run : m_runs)
        if (run->runId == runId)
            return run.get();
    if (int(m_runs.size()) >= kMaxRuns)
        return nullptr;
    auto run = std::make_unique<RunCurves>();
    run->runId = runId;
    const int n = int(m_runs.size());
    for (int a = 0; a < 2; ++a) {
        auto *curve = new QCPCurve(m_plot->xAxis, a == 0 ? m_plot->yAxis : m_plot->yAxis2);
        QPen pen(plotColor(2 * n + a), 1.5);
        if (a == 1)
            pen.setStyle(Qt::DashLine);
        curve->setPen(pen);
        curve->setScatterStyle(
            QCPScatterStyle(a == 0 ? QCPScatterStyle::ssDisc : QCPScatterStyle::ssSquare, 5));
        run->curves[size_t(a)] = curve;
    }
    m_runs.push_back(std::move(run));
    return m_runs.back().get();
}

void XyPlot::clear()
{
    m_plot->clearPlottables();
    m_runs.clear();
    m_history.clear();
    m_sources.clear();
    m_units.clear();
    m_runLabels.clear();
    m_source = {};
    m_pairing.setSources({}, {}, {});
    m_refused.clear();
    m_follow = true;
    refreshCombos();
    m_dirty = true;
}

void XyPlot::autoscale()
{
    m_follow = true;
    m_dirty = true;
    tick();
}

void XyPlot::setRunLabel(const QString &runId, const QString &label)
{
    m_runLabels.insert(runId, label);
    m_dirty = true;
}

void XyPlot::setSource(Axis axis, const QString &source)
{
    const size_t i = size_t(index(axis));
    if (m_source[i] == source)
        return;
    m_source[i] = source;
    m_refused.clear();
    m_follow = true;
    refreshCombos();
    repair();
}

QString XyPlot::source(Axis axis) const
{
    return m_source[size_t(index(axis))];
}

void XyPlot::comboChosen(Axis axis)
{
    const std::array<QComboBox *, 3> combos = {m_xCombo, m_yCombo, m_y2Combo};
    setSource(axis, combos[size_t(index(axis))]->currentData().toString());
    tick();
}

QCPAxis *XyPlot::plotAxis(Axis which) const
{
    switch (which) {
    case Axis::X:
        return m_plot->xAxis;
    case Axis::Y:
        return m_plot->yAxis;
    default:
        return m_plot->yAxis2;
    }
}

QString XyPlot::axisName(Axis axis) const
{
    switch (axis) {
    case Axis::X:
        return tr("X");
    case Axis::Y:
        return tr("Y");
    default:
        return tr("right Y");
    }
}

bool XyPlot::isLogarithmic(Axis axis) const
{
    return m_log[size_t(index(axis))];
}

bool XyPlot::setLogarithmic(Axis which, bool on, QString *why)
{
    const size_t i = size_t(index(which));
    if (on) {
        // Refused when there are values and none of them could be shown.
        bool any = false, positive = false;
        QVector<double> xs, ys;
        for (const auto &run : m_runs) {
            for (int a = 0; a < 2; ++a) {
                if (which != Axis::X && a != int(i) - 1)
                    continue;
                run->series[size_t(a)].points(&xs, &ys);
                const QVector<double> &values = which == Axis::X ? xs : ys;
                any = any || !values.isEmpty();
                positive = positive || std::any_of(values.cbegin(), values.cend(),
                                                   [](double v) { return v > 0; });
            }
        }
        if (any && !positive) {
            m_refused = tr("The %1 axis cannot be logarithmic: none of its values is above zero.")
                            .arg(axisName(which));
            if (why)
                *why = m_refused;
            QCheckBox *box = std::array{m_xLog, m_yLog, m_y2Log}[i];
            const QSignalBlocker block(box);
            box->setChecked(false);
            m_dirty = true;
            tick();
            return false;
        }
    }
    m_refused.clear();
    m_log[i] = on;
    QCPAxis *a = plotAxis(which);
    a->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        a->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        a->setTicker(m_tickers[i]);
    {
        QCheckBox *box = std::array{m_xLog, m_yLog, m_y2Log}[i];
        const QSignalBlocker block(box);
        box->setChecked(on);
    }
    m_follow = true;
    m_dirty = true;
    return true;
}

void XyPlot::logToggled(Axis axis, bool on)
{
    setLogarithmic(axis, on);
    tick();
}

QString XyPlot::notice() const
{
    QStringList parts;
    if (!m_refused.isEmpty())
        parts << m_refused;
    if (m_hidden > 0)
        parts << tr("%n point(s) at or below zero not shown: a logarithmic axis has no place "
                    "for them.",
                    nullptr, m_hidden);
    return parts.join(QLatin1Char(' '));
}

void XyPlot::setNotice(const QString &text)
{
    if (text == m_noticeLabel->text() && m_noticeLabel->isVisible() == !text.isEmpty())
        return;
    m_noticeLabel->setText(text);
    m_noticeLabel->setVisible(!text.isEmpty());
    Q_EMIT noticeChanged(text);
}

QList<QPointF> XyPlot::points(Axis axis, const QString &runId) const
{
    QList<QPointF> out;
    if (axis == Axis::X)
        return out;
    for (const auto &run : m_runs) {
        if (!runId.isEmpty() && run->runId != runId)
            continue;
        QVector<double> xs, ys;
        run->series[size_t(index(axis) - 1)].points(&xs, &ys);
        for (qsizetype i = 0; i < xs.size(); ++i)
            out.append(QPointF(xs.at(i), ys.at(i)));
        break;
    }
    return out;
}

int XyPlot::curveCount() const
{
    int n = 0;
    for (const auto &run : m_runs)
        for (size_t a = 0; a < 2; ++a)
            n += !m_source[a + 1].isEmpty() && !run->series[a].isEmpty() ? 1 : 0;
    return n;
}

std::optional<QPointF> XyPlot::nearestPoint(const QPointF &pixel) const
{
    std::optional<QPointF> best;
    double bestDistance = qInf();
    for (const auto &run : m_runs) {
        for (QCPCurve *curve : run->curves) {
            if (!curve->visible())
                continue;
            for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it) {
                const QPointF at = curve->coordsToPixels(it->key, it->value);
                const double d = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = QPointF(it->key, it->value);
                }
            }
        }
    }
    return best;
}

bool XyPlot::tick()
{
    if (!m_dirty)
        return false;
    m_dirty = false;
    struct Drawn
    {
        QCPCurve *curve;
        QVector<double> xs, ys;
    };
    std::vector<Drawn> drawn;
    std::array<double, 3> lo{qInf(), qInf(), qInf()}, hi{-qInf(), -qInf(), -qInf()};
    m_hidden = 0;
    const bool several = m_runs.size() > 1;
    for (const auto &run : m_runs) {
        for (size_t a = 0; a < 2; ++a) {
            QCPCurve *curve = run->curves[a];
            const QString &source = m_source[a + 1];
            curve->setVisible(!source.isEmpty() && !run->series[a].isEmpty());
            if (!curve->visible()) {
                curve->removeFromLegend();
                continue;
            }
            QString name = sourceText(source);
            if (several)
                name = tr("%1, %2").arg(name, m_runLabels.value(run->runId, run->runId));
            curve->setName(name);
            curve->addToLegend();
            Drawn d{curve, {}, {}};
            QVector<double> xs, ys;
            run->series[a].points(&xs, &ys);
            for (qsizetype i = 0; i < xs.size(); ++i) {
                const double x = xs.at(i), y = ys.at(i);
                if (!std::isfinite(x) || !std::isfinite(y))
                    continue;
                if ((m_log[0] && x <= 0) || (m_log[a + 1] && y <= 0)) {
                    ++m_hidden;
                    continue;
                }
                d.xs.append(x);
                d.ys.append(y);
                lo[0] = std::min(lo[0], x);
                hi[0] = std::max(hi[0], x);
                lo[a + 1] = std::min(lo[a + 1], y);
                hi[a + 1] = std::max(hi[a + 1], y);
            }
            drawn.push_back(std::move(d));
        }
    }
    for (int i = 0; i < 3; ++i) {
        const Axis which = Axis(i);
        QCPAxis *a = plotAxis(which);
        a->setLabel(m_source[size_t(i)].isEmpty() ? QString() : sourceText(m_source[size_t(i)]));
        m_tickers[size_t(i)]->setUnit(m_units.value(m_source[size_t(i)]));
        if (m_follow && std::isfinite(lo[size_t(i)])) {
            const QScopedValueRollback<bool> own(m_settingRange, true);
            a->setRange(padded(lo[size_t(i)], hi[size_t(i)], m_log[size_t(i)]));
        }
    }
    m_plot->yAxis2->setVisible(!m_source[2].isEmpty());
    // No more points than the plot has pixels: consecutive points on one pixel are one.
    for (Drawn &d : drawn) {
        QVector<double> t, xs, ys;
        t.reserve(d.xs.size());
        QPoint last(-1, -1);
        for (qsizetype i = 0; i < d.xs.size(); ++i) {
            const QPointF p = d.curve->coordsToPixels(d.xs.at(i), d.ys.at(i));
            const QPoint pixel(int(std::floor(p.x())), int(std::floor(p.y())));
            if (pixel == last && i + 1 < d.xs.size())
                continue;
            last = pixel;
            t.append(double(t.size()));
            xs.append(d.xs.at(i));
            ys.append(d.ys.at(i));
        }
        d.curve->setData(t, xs, ys, true);
    }
    setNotice(notice());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    ++m_replots;
    return true;
}

} // namespace ld
