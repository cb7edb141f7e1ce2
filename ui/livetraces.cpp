// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livetraces.h"

#include <algorithm>
#include <cmath>

namespace ld {

namespace {
/**
 * Raster painting works in fixed point: coordinates far outside the widget (a deep zoom into a
 * long run) overflow it, so segments reaching that far are clipped in floating point first.
 */
constexpr double kSafeCoordinate = 1e5;
/** Points this far apart or more (pixels, on average) are marked; and their marks' radius. */
constexpr double kMarkerSpacing = 6;
constexpr double kMarkerRadius = 2.5;
/** Columns redrawn either side of a changed point: a one-pixel line rounded, or a mark. */
constexpr int kSlack = 4;

/** Equal, NaN (a break) included. */
bool same(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

/** Liang-Barsky: clips the segment a-b to `r`; false when nothing of it is inside. */
bool clipSegment(QPointF &a, QPointF &b, const QRectF &r)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    double t0 = 0, t1 = 1;
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = a;
    a = start + QPointF(dx, dy) * t0;
    b = start + QPointF(dx, dy) * t1;
    return true;
}
} // namespace

LiveTraces::LiveTraces(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPLayerable(keyAxis->parentPlot())
    , m_keyAxis(keyAxis)
    , m_valueAxis(valueAxis)
{}

int LiveTraces::addTrace(const QPen &pen)
{
    Trace t;
    t.pen = pen;
    m_traces.push_back(t);
    m_valid = false;
    return int(m_traces.size()) - 1;
}

void LiveTraces::clearTraces()
{
    m_traces.clear();
    m_valid = false;
}

int LiveTraces::pointCount(int trace) const
{
    return int(keys(trace).size());
}

const QVector<double> &LiveTraces::keys(int trace) const
{
    static const QVector<double> none;
    return trace >= 0 && size_t(trace) < m_traces.size() ? m_traces[size_t(trace)].keys : none;
}

const QVector<double> &LiveTraces::values(int trace) const
{
    static const QVector<double> none;
    return trace >= 0 && size_t(trace) < m_traces.size() ? m_traces[size_t(trace)].values : none;
}

bool LiveTraces::hasMarkers(int trace) const
{
    return trace >= 0 && size_t(trace) < m_traces.size() && m_traces[size_t(trace)].markers;
}

bool LiveTraces::wantsMarkers(const Trace &t) const
{
    const qsizetype n = t.keys.size();
    if (n < 2)
        return n == 1;
    const double span =
        std::abs(m_keyAxis->coordToPixel(t.keys.last()) - m_keyAxis->coordToPixel(t.keys.first()));
    return span / double(n - 1) >= kMarkerSpacing;
}

void LiveTraces::setPoints(int trace, const QVector<double> &keys, const QVector<double> &values)
{
    if (trace < 0 || size_t(trace) >= m_traces.size())
        return;
    Trace &t = m_traces[size_t(trace)];
    const qsizetype n = std::min(keys.size(), values.size());
    const qsizetype m = t.keys.size();
    // Align the new points on the old ones at the first new key: the rolling window drops points
    // at the front, new readings add and change points at the back, the middle stays as drawn.
    qsizetype offset = -1;
    if (n > 0 && m > 0) {
        const qsizetype j =
            std::lower_bound(t.keys.cbegin(), t.keys.cend(), keys.first()) - t.keys.cbegin();
        if (j < m && t.keys.at(j) == keys.first() && same(t.values.at(j), values.first()))
            offset = j;
    }
    if (n > 0)
        t.tailEndKey = std::max(t.tailEndKey, keys.last());
    if (m > 0)
        t.tailEndKey = std::max(t.tailEndKey, t.keys.last());
    if (n == 0 && m == 0) {
        // nothing drawn, nothing to draw
    } else if (offset < 0) {
        t.tailKey = -qInf(); // nothing in common: redraw wherever this trace was or will be
    } else {
        qsizetype p = 0;
        while (p < n && offset + p < m && keys.at(p) == t.keys.at(offset + p) &&
               same(values.at(p), t.values.at(offset + p)))
            ++p;
        // Old segments left of the new first point are gone.
        if (offset > 0)
            t.headKey = std::max(t.headKey, keys.first());
        // From point p on the points differ, so the segment from p - 1 does too (p >= 1 here).
        if (p < n || offset + p < m)
            t.tailKey = std::min(t.tailKey, keys.at(p - 1));
    }
    t.keys = keys.mid(0, n);
    t.values = values.mid(0, n);
}

QRect LiveTraces::clipRect() const
{
    return m_keyAxis->axisRect()->rect();
}

void LiveTraces::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    applyAntialiasingHint(painter, mAntialiased, QCP::aePlottables);
}

void LiveTraces::draw(QCPPainter *painter)
{
    const QRect rect = m_keyAxis->axisRect()->rect();
    if (rect.width() < 1 || rect.height() < 1)
        return;
    if (m_direct) {
        const QRectF bounds = QRectF(rect).adjusted(-kSafeCoordinate, -kSafeCoordinate,
                                                    kSafeCoordinate, kSafeCoordinate);
        painter->setBrush(Qt::NoBrush);
        for (const Trace &t : m_traces) {
            painter->setPen(t.pen);
            drawTrace(painter, t, 0, t.keys.size(), bounds, QPointF());
        }
        return;
    }
    refresh(painter->testRenderHint(QPainter::Antialiasing), true);
    painter->drawPixmap(rect.topLeft(), m_canvas);
}

bool LiveTraces::drawChanges(QCPPainter *painter, QRect *changed)
{
    applyDefaultAntialiasingHint(painter);
    if (!refresh(painter->testRenderHint(QPainter::Antialiasing), false))
        return false;
    // As QCPLayer::draw clips a layerable: to its clip rect moved up by one pixel.
    painter->setClipRect(clipRect().translated(0, -1));
    painter->setCompositionMode(QPainter::CompositionMode_Source);
    const double dpr = m_canvas.devicePixelRatio();
    for (const auto &[from, to] : std::as_const(m_strips)) {
        const QRect target(m_rect.left() + from, m_rect.top(), to - from, m_rect.height());
        painter->drawPixmap(QRectF(target), m_canvas,
                            QRectF(from * dpr, 0, (to - from) * dpr, m_rect.height() * dpr));
        *changed |= target;
    }
    return true;
}

bool LiveTraces::refresh(bool antialiased, bool allowFull)
{
    const QRect rect = m_keyAxis->axisRect()->rect();
    const double dpr = mParentPlot->bufferDevicePixelRatio();
    const QCPRange keys = m_keyAxis->range();
    const QCPRange values = m_valueAxis->range();
    const bool linear = m_keyAxis->scaleType() == QCPAxis::stLinear && !m_keyAxis->rangeReversed();
    bool full = !m_valid || !linear || rect != m_rect || m_canvas.devicePixelRatio() != dpr ||
                values != m_valueRange ||
                std::abs(keys.size() - m_keyRange.size()) > 1e-9 * std::abs(keys.size());
    // Marks come and go with the points' spacing: all of a trace's, or none.
    for (const Trace &t : m_traces)
        full = full || wantsMarkers(t) != t.markers;
    int shift = 0;
    if (!full && keys.lower != m_keyRange.lower) {
        // A time axis moved by whole pixels: what is drawn stays right, only shifted.
        const double pixels = (keys.lower - m_keyRange.lower) / keys.size() * rect.width();
        const double whole = std::round(pixels);
        if (std::abs(pixels - whole) > 1e-6 || std::abs(whole) >= rect.width())
            full = true;
        else
            shift = int(whole);
    }
    if (!allowFull && (full || shift != 0))
        return false;
    for (Trace &t : m_traces)
        t.markers = wantsMarkers(t);
    m_rect = rect;
    m_keyRange = keys;
    m_valueRange = values;
    const int width = rect.width();

    // Column ranges to repaint: a head strip and a tail strip per trace, a scrolled-in strip.
    m_strips.clear();
    QList<std::pair<int, int>> strips;
    if (full) {
        const QSize size = rect.size() * dpr;
        if (m_canvas.size() != size || m_canvas.devicePixelRatio() != dpr) {
            m_canvas = QPixmap(size);
            m_canvas.setDevicePixelRatio(dpr);
        }
        strips.append({0, width});
        ++m_fullRedraws;
        m_valid = true;
    } else {
        if (shift != 0) {
            m_canvas.scroll(int(std::lround(-shift * dpr)), 0, m_canvas.rect());
            strips.append(shift > 0 ? std::pair{width - shift, width} : std::pair{0, -shift});
            ++m_scrolls;
        }
        auto column = [&](double key) {
            const double x = m_keyAxis->coordToPixel(key) - rect.left();
            return int(std::clamp(x, -1.0, double(width) + 1.0));
        };
        for (const Trace &t : m_traces) {
            if (t.headKey > -qInf())
                strips.append({0, column(t.headKey) + kSlack});
            if (t.tailKey < qInf())
                strips.append({t.tailKey == -qInf() ? 0 : column(t.tailKey) - kSlack,
                               column(t.tailEndKey) + kSlack});
        }
    }
    for (Trace &t : m_traces) {
        t.headKey = -qInf();
        t.tailKey = qInf();
        t.tailEndKey = -qInf();
    }
    std::sort(strips.begin(), strips.end());
    for (const auto &[a, b] : std::as_const(strips)) {
        const int lo = std::clamp(a, 0, width), hi = std::clamp(b, 0, width);
        if (hi <= lo)
            continue;
        if (!m_strips.isEmpty() && lo <= m_strips.last().second)
            m_strips.last().second = std::max(m_strips.last().second, hi);
        else
            m_strips.append({lo, hi});
    }
    m_lastColumns = 0;
    for (const auto &[from, to] : std::as_const(m_strips))
        redrawColumns(from, to, antialiased);
    return true;
}

void LiveTraces::redrawColumns(int from, int to, bool antialiased)
{
    m_lastColumns += to - from;
    QPainter p(&m_canvas);
    const QRect strip(from, 0, to - from, m_rect.height());
    p.setCompositionMode(QPainter::CompositionMode_Source);
    p.fillRect(strip, Qt::transparent);
    p.setCompositionMode(QPainter::CompositionMode_SourceOver);
    p.setClipRect(strip);
    p.setRenderHint(QPainter::Antialiasing, antialiased);
    p.setBrush(Qt::NoBrush);
    // The segments that cross the strip: from the last point left of it to the first right of it.
    const double e0 = m_keyAxis->pixelToCoord(m_rect.left() + from - kSlack);
    const double e1 = m_keyAxis->pixelToCoord(m_rect.left() + to + kSlack);
    const double k0 = std::min(e0, e1), k1 = std::max(e0, e1);
    const QRectF bounds =
        QRectF(0, 0, m_rect.width(), m_rect.height())
            .adjusted(-kSafeCoordinate, -kSafeCoordinate, kSafeCoordinate, kSafeCoordinate);
    for (const Trace &t : m_traces) {
        const qsizetype first = std::max<qsizetype>(
            0, std::upper_bound(t.keys.cbegin(), t.keys.cend(), k0) - t.keys.cbegin() - 1);
        const qsizetype last = std::min<qsizetype>(
            t.keys.size(),
            std::lower_bound(t.keys.cbegin(), t.keys.cend(), k1) - t.keys.cbegin() + 1);
        QPen pen = t.pen;
        // A one-pixel cosmetic pen as width 0 takes the rasteriser's fastest line path.
        if (pen.isCosmetic() && pen.widthF() <= 1.0)
            pen.setWidth(0);
        p.setPen(pen);
        drawTrace(&p, t, first, last, bounds, m_rect.topLeft());
    }
}

void LiveTraces::drawTrace(QPainter *painter, const Trace &t, qsizetype first, qsizetype last,
                           const QRectF &bounds, const QPointF &origin) const
{
    QVector<QPointF> points;
    points.reserve(last - first);
    QVector<QPointF> marks;
    auto flush = [&] {
        // A point alone between breaks would draw nothing: it gets its mark.
        if (points.size() == 1 && !t.markers)
            marks.append(points.constFirst());
        if (points.size() >= 2)
            drawPolyline(painter, points, bounds);
        points.clear();
    };
    for (qsizetype i = first; i < last; ++i) {
        if (std::isnan(t.values.at(i))) {
            flush();
            continue;
        }
        const QPointF pt(m_keyAxis->coordToPixel(t.keys.at(i)) - origin.x(),
                         m_valueAxis->coordToPixel(t.values.at(i)) - origin.y());
        points.append(pt);
        if (t.markers)
            marks.append(pt);
    }
    flush();
    if (marks.isEmpty())
        return;
    const QPen pen = painter->pen();
    painter->setPen(Qt::NoPen);
    painter->setBrush(t.pen.color());
    for (const QPointF &m : std::as_const(marks))
        if (bounds.contains(m))
            painter->drawEllipse(m, kMarkerRadius, kMarkerRadius);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(pen);
}

void LiveTraces::drawPolyline(QPainter *painter, const QVector<QPointF> &points,
                              const QRectF &bounds) const
{
    const bool safe = std::all_of(points.cbegin(), points.cend(), [](const QPointF &p) {
        return std::abs(p.x()) < kSafeCoordinate && std::abs(p.y()) < kSafeCoordinate;
    });
    if (safe) {
        painter->drawPolyline(points.constData(), int(points.size()));
        return;
    }
    for (qsizetype i = 1; i < points.size(); ++i) {
        QPointF a = points.at(i - 1), b = points.at(i);
        if (clipSegment(a, b, bounds))
            painter->drawLine(a, b);
    }
}

} // namespace ld
