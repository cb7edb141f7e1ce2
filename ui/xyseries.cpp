// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xyseries.h"

#include <algorithm>

namespace ld {

XySeries::XySeries(int capacity)
    : m_capacity(std::max(4, capacity))
{
    m_xs.reserve(m_capacity);
    m_ys.reserve(m_capacity);
}

void XySeries::append(double x, double y)
{
    const qint64 index = m_seen++;
    m_lastX = x;
    m_lastY = y;
    m_lastKept = index % m_stride == 0;
    if (!m_lastKept)
        return;
    if (m_xs.size() >= m_capacity) {
        // Keep the points at even positions: those whose index is a multiple of twice the stride.
        qsizetype out = 0;
        for (qsizetype i = 0; i < m_xs.size(); i += 2, ++out) {
            m_xs[out] = m_xs.at(i);
            m_ys[out] = m_ys.at(i);
        }
        m_xs.resize(out);
        m_ys.resize(out);
        m_stride *= 2;
        m_lastKept = index % m_stride == 0;
        if (!m_lastKept)
            return;
    }
    m_xs.append(x);
    m_ys.append(y);
}

void XySeries::clear()
{
    m_seen = 0;
    m_stride = 1;
    m_xs.clear();
    m_ys.clear();
    m_lastKept = true;
}

void XySeries::points(QVector<double> *xs, QVector<double> *ys) const
{
    *xs = m_xs;
    *ys = m_ys;
    if (!m_lastKept) {
        xs->append(m_lastX);
        ys->append(m_lastY);
    }
}

} // namespace ld
