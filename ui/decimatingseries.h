// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include <vector>

namespace ld {

/**
 * A plot series in bounded memory: samples fall into time buckets that keep their minimum and
 * maximum (with times), so spikes survive decimation. With a window (> 0 s) buckets are
 * window/(capacity - capacity/8) wide, so a few spare ones let old buckets drop in batches;
 * without one the bucket width doubles whenever the
 * buckets run out, so a whole run always fits. The full data lives in the journal, not here.
 */
class DecimatingSeries
{
public:
    explicit DecimatingSeries(int capacity = 1000, double windowSeconds = 0.0);

    /** Adds a sample at `t` seconds; samples should come in time order (late ones merge). */
    void append(double t, double value);
    void clear();

    int capacity() const { return m_capacity; }
    int bucketCount() const { return int(m_buckets.size() - m_head); }
    /** Buckets allocated: capacity + 1 from construction on, never more. */
    int allocatedBuckets() const { return int(m_buckets.capacity()); }
    double windowSeconds() const { return m_window; }
    double bucketWidth() const { return m_width; }
    qint64 samplesSeen() const { return m_seen; }
    bool isEmpty() const { return m_head >= m_buckets.size(); }
    double firstTime() const;
    double lastTime() const;
    /** Extremes of what is kept. */
    double minValue() const;
    double maxValue() const;

    /** The points to draw: each bucket's minimum and maximum in time order. */
    void points(QVector<double> *keys, QVector<double> *values) const;

private:
    struct Bucket
    {
        double start;
        double minT, minV;
        double maxT, maxV;
    };
    void merge(Bucket &into, const Bucket &from) const;
    void coarsen();
    void compact();
    double bucketStart(double t) const;

    int m_capacity;
    double m_window;
    int m_slack; ///< with a window: buckets kept spare, so dropped ones are removed in batches
    double m_width;
    qint64 m_seen = 0;
    std::vector<Bucket> m_buckets;
    size_t m_head = 0; ///< the first bucket still in the window; those before wait for compact()
};

} // namespace ld
