// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <QList>
#include <QPixmap>
#include <QVector>

#include <utility>

#include <vector>

namespace ld {

/**
 * The live plot's lines, drawn from a pixmap that is kept between replots. A QCPGraph redraws
 * every point of every graph on each replot; here a replot that only brings new readings redraws
 * the pixel columns from the first changed point on, a time axis that moved by whole pixels
 * scrolls the pixmap, and only a new scale, size or value range redraws everything. The key axis
 * must be horizontal. Exports (setDirect) draw the lines onto the export painter, so a PDF gets
 * vectors.
 *
 * A NaN value breaks a trace's line. Where a line would mislead, points are marked: on every
 * point of a trace with few points or points far apart, and on a point alone between breaks.
 */
class LiveTraces : public QCPLayerable
{
public:
    LiveTraces(QCPAxis *keyAxis, QCPAxis *valueAxis);

    /** Adds a trace drawn with `pen`; returns its index. Traces are drawn in index order. */
    int addTrace(const QPen &pen);
    void clearTraces();
    int traceCount() const { return int(m_traces.size()); }
    /**
     * Replaces a trace's points (keys ascending). What equals the previous points, shifted or
     * not, is not redrawn.
     */
    void setPoints(int trace, const QVector<double> &keys, const QVector<double> &values);
    int pointCount(int trace) const;
    const QVector<double> &keys(int trace) const;
    const QVector<double> &values(int trace) const;
    /** Whether the last draw marked each point of `trace` (few points, or far apart). */
    bool hasMarkers(int trace) const;
    /** Draw straight onto the painter (exports) instead of from the pixmap. */
    void setDirect(bool direct) { m_direct = direct; }
    /**
     * Paints only what changed since the last draw onto `painter`, the layer's own paint buffer,
     * and adds the repainted rectangle to `changed`. Returns false, painting nothing, when the
     * axes or the size changed since: then the layer needs a replot.
     */
    bool drawChanges(QCPPainter *painter, QRect *changed);

    /** Pixel columns the last draw repainted, and draws that repainted everything: figures. */
    int lastRedrawnColumns() const { return m_lastColumns; }
    qint64 fullRedraws() const { return m_fullRedraws; }
    qint64 scrolls() const { return m_scrolls; }

protected:
    QRect clipRect() const override;
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;

private:
    struct Trace
    {
        QPen pen;
        QVector<double> keys;
        QVector<double> values;
        /** Changed since the last draw: keys up to headKey, keys from tailKey to tailEndKey. */
        double headKey = -qInf();
        double tailKey = qInf();
        double tailEndKey = -qInf();
        bool markers = false; ///< as last drawn
    };
    /** Whether `t` should have its points marked at the current scale. */
    bool wantsMarkers(const Trace &t) const;
    /** Brings the pixmap up to date; false if that needs a full redraw and !allowFull. */
    bool refresh(bool antialiased, bool allowFull);
    void redrawColumns(int from, int to, bool antialiased);
    void drawTrace(QPainter *painter, const Trace &t, qsizetype first, qsizetype last,
                   const QRectF &bounds, const QPointF &origin) const;
    void drawPolyline(QPainter *painter, const QVector<QPointF> &points,
                      const QRectF &bounds) const;

    QCPAxis *m_keyAxis;
    QCPAxis *m_valueAxis;
    std::vector<Trace> m_traces;
    QPixmap m_canvas;
    QList<std::pair<int, int>> m_strips; ///< columns repainted by the last refresh
    QRect m_rect;
    QCPRange m_keyRange;
    QCPRange m_valueRange;
    bool m_valid = false;
    bool m_direct = false;
    int m_lastColumns = 0;
    qint64 m_fullRedraws = 0;
    qint64 m_scrolls = 0;
};

} // namespace ld
