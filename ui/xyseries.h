// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace ld {

/**
 * An XY curve in bounded memory, in the order its points came. XY points have no time order to
 * bucket by, so the curve is thinned by its own order instead, the way DecimatingSeries widens
 * its buckets: when the points run out, every other one is dropped and from then on only every
 * stride-th point is kept (the stride doubles each time), so a whole sweep always fits. The
 * newest point is always shown, so a live sweep's end is never hidden. The full data lives in
 * the journal, not here.
 */
class XySeries
{
public:
    explicit XySeries(int capacity = 4096);

    void append(double x, double y);
    void clear();

    int capacity() const { return m_capacity; }
    /** Points appended since the last clear(). */
    qint64 pointsSeen() const { return m_seen; }
    /** Only every stride-th point is kept (1 until the first thinning). */
    qint64 stride() const { return m_stride; }
    bool isEmpty() const { return m_seen == 0; }
    /** The points to draw, in order: those kept, then the newest one if it was not kept. */
    void points(QVector<double> *xs, QVector<double> *ys) const;

private:
    int m_capacity;
    qint64 m_seen = 0;
    qint64 m_stride = 1;
    QVector<double> m_xs, m_ys;
    double m_lastX = 0, m_lastY = 0;
    bool m_lastKept = true;
};

} // namespace ld
