// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimatingseries.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ld {

namespace {
// Before the first coarsening every sample may own a bucket; this floor avoids a zero width.
constexpr double kMinWidth = 1e-6;
} // namespace

DecimatingSeries::DecimatingSeries(int capacity, double windowSeconds)
    : m_capacity(std::max(4, capacity))
    , m_window(std::max(0.0, windowSeconds))
    , m_slack(m_window > 0 ? std::max(2, m_capacity / 8) : 0)
    , m_width(m_window > 0 ? m_window / (m_capacity - m_slack) : kMinWidth)
{
    // Allocated and touched once: the series never reallocates, and its whole bound is resident
    // from the start, so the process's memory is flat instead of creeping up page by page as
    // buckets fill over the first window (reserve() alone would leave the pages untouched).
    m_buckets.resize(size_t(m_capacity) + 1);
    m_buckets.clear();
}

double DecimatingSeries::bucketStart(double t) const
{
    return std::floor(t / m_width) * m_width;
}

void DecimatingSeries::merge(Bucket &into, const Bucket &from) const
{
    if (from.minV < into.minV) {
        into.minV = from.minV;
        into.minT = from.minT;
    }
    if (from.maxV > into.maxV) {
        into.maxV = from.maxV;
        into.maxT = from.maxT;
    }
}

void DecimatingSeries::append(double t, double value)
{
    if (!std::isfinite(t) || !std::isfinite(value))
        return;
    ++m_seen;
    const Bucket sample{bucketStart(t), t, value, t, value};
    if (!isEmpty() && sample.start <= m_buckets.back().start) {
        merge(m_buckets.back(), sample); // same bucket, or a late sample: keep its extremes
    } else {
        if (m_buckets.size() == m_buckets.capacity())
            compact();
        m_buckets.push_back(sample);
    }
    if (m_window > 0) {
        // Buckets that left the window are skipped at once but removed only when the storage is
        // full: one move of the rest per m_slack buckets instead of one per bucket.
        const double oldest = t - m_window - m_width;
        while (m_head < m_buckets.size() && m_buckets[m_head].start < oldest)
            ++m_head;
        // The width leaves m_slack buckets spare, but clock steps could fill them: never keep
        // more than the capacity.
        while (bucketCount() > m_capacity)
            ++m_head;
    } else if (int(m_buckets.size()) > m_capacity) {
        coarsen();
    }
}

void DecimatingSeries::compact()
{
    m_buckets.erase(m_buckets.begin(), m_buckets.begin() + qsizetype(m_head));
    m_head = 0;
}

void DecimatingSeries::coarsen()
{
    const double span = m_buckets.back().start - m_buckets.front().start;
    // At least double, and wide enough that the run fits into half the buckets: amortised O(1).
    m_width = std::max({m_width * 2, span / (m_capacity / 2.0), kMinWidth});
    size_t out = 0;
    for (size_t i = 0; i < m_buckets.size(); ++i) {
        Bucket b = m_buckets[i];
        b.start = bucketStart(std::min(b.minT, b.maxT));
        if (out > 0 && b.start <= m_buckets[out - 1].start)
            merge(m_buckets[out - 1], b);
        else
            m_buckets[out++] = b;
    }
    m_buckets.resize(out);
}

void DecimatingSeries::clear()
{
    m_buckets.clear();
    m_head = 0;
    m_seen = 0;
    m_width = m_window > 0 ? m_window / (m_capacity - m_slack) : kMinWidth;
}

double DecimatingSeries::firstTime() const
{
    if (isEmpty())
        return 0;
    return std::min(m_buckets[m_head].minT, m_buckets[m_head].maxT);
}

double DecimatingSeries::lastTime() const
{
    if (isEmpty())
        return 0;
    return std::max(m_buckets.back().minT, m_buckets.back().maxT);
}

double DecimatingSeries::minValue() const
{
    double v = std::numeric_limits<double>::infinity();
    for (size_t i = m_head; i < m_buckets.size(); ++i)
        v = std::min(v, m_buckets[i].minV);
    return v;
}

double DecimatingSeries::maxValue() const
{
    double v = -std::numeric_limits<double>::infinity();
    for (size_t i = m_head; i < m_buckets.size(); ++i)
        v = std::max(v, m_buckets[i].maxV);
    return v;
}

void DecimatingSeries::points(QVector<double> *keys, QVector<double> *values) const
{
    keys->clear();
    values->clear();
    keys->reserve(bucketCount() * 2);
    values->reserve(bucketCount() * 2);
    for (size_t i = m_head; i < m_buckets.size(); ++i) {
        const Bucket &b = m_buckets[i];
        if (b.minT == b.maxT && b.minV == b.maxV) {
            keys->append(b.minT);
            values->append(b.minV);
        } else if (b.minT <= b.maxT) {
            keys->append(b.minT);
            values->append(b.minV);
            keys->append(b.maxT);
            values->append(b.maxV);
        } else {
            keys->append(b.maxT);
            values->append(b.maxV);
            keys->append(b.minT);
            values->append(b.minV);
        }
    }
}

} // namespace ld
