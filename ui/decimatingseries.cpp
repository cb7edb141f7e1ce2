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
    , m_width(m_window > 0 ? m_window / m_capacity : kMinWidth)
{
    // Reserved once: the series never reallocates, so its memory is flat from the start.
    m_buckets.reserve(size_t(m_capacity) + 1);
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
    if (!m_buckets.empty() && sample.start <= m_buckets.back().start) {
        merge(m_buckets.back(), sample); // same bucket, or a late sample: keep its extremes
    } else {
        m_buckets.push_back(sample);
    }
    if (m_window > 0) {
        const double oldest = t - m_window - m_width;
        auto keep = std::find_if(m_buckets.begin(), m_buckets.end(),
                                 [oldest](const Bucket &b) { return b.start >= oldest; });
        m_buckets.erase(m_buckets.begin(), keep);
        // A window whose samples fill more buckets than reserved cannot happen (the width is
        // window/capacity), but clock steps could; never grow past the reservation.
        while (int(m_buckets.size()) > m_capacity)
            m_buckets.erase(m_buckets.begin());
    } else if (int(m_buckets.size()) > m_capacity) {
        coarsen();
    }
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
    m_seen = 0;
    m_width = m_window > 0 ? m_window / m_capacity : kMinWidth;
}

double DecimatingSeries::firstTime() const
{
    if (m_buckets.empty())
        return 0;
    return std::min(m_buckets.front().minT, m_buckets.front().maxT);
}

double DecimatingSeries::lastTime() const
{
    if (m_buckets.empty())
        return 0;
    return std::max(m_buckets.back().minT, m_buckets.back().maxT);
}

double DecimatingSeries::minValue() const
{
    double v = std::numeric_limits<double>::infinity();
    for (const Bucket &b : m_buckets)
        v = std::min(v, b.minV);
    return v;
}

double DecimatingSeries::maxValue() const
{
    double v = -std::numeric_limits<double>::infinity();
    for (const Bucket &b : m_buckets)
        v = std::max(v, b.maxV);
    return v;
}

void DecimatingSeries::points(QVector<double> *keys, QVector<double> *values) const
{
    keys->clear();
    values->clear();
    keys->reserve(int(m_buckets.size()) * 2);
    values->reserve(int(m_buckets.size()) * 2);
    for (const Bucket &b : m_buckets) {
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
