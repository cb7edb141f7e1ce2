// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeplotseries.h"

#include <algorithm>
#include <cmath>

namespace ld {

namespace {
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

TimePlotSeries::TimePlotSeries(int wholeBuckets, int windowBuckets, double windowSeconds)
    : m_windowBuckets(windowBuckets)
    , m_whole(wholeBuckets)
    , m_recent(windowBuckets, windowSeconds > 0 ? windowSeconds : 600)
{}

void TimePlotSeries::notePace(double t)
{
    if (m_lastTime > -qInf() && t > m_lastTime) {
        // The typical interval ignores gaps (between runs, a stalled instrument) until they
        // become the rule: three in a row set a new pace.
        const double dt = t - m_lastTime;
        const bool outlier = m_interval > 0 && dt > 10 * m_interval;
        if (!outlier || ++m_outliers >= 3) {
            m_interval = outlier || m_interval == 0 ? dt : 0.9 * m_interval + 0.1 * dt;
            m_outliers = 0;
        }
    }
    m_lastTime = std::max(m_lastTime, t);
}

void TimePlotSeries::add(double t, double started, const Reading::Value &value)
{
    notePace(t);
    auto append = [this](double time, double v) {
        m_whole.append(time, v);
        m_recent.append(time, v);
    };
    if (const double *v = std::get_if<double>(&value)) {
        append(t, *v);
    } else if (const auto *list = std::get_if<QList<double>>(&value)) {
        const double span = started > 0 && started < t ? t - started : 0;
        const qsizetype n = list->size();
        for (qsizetype i = 0; i < n; ++i)
            append(t - span * double(n - 1 - i) / double(n), list->at(i));
    }
}

void TimePlotSeries::addBreak(double t)
{
    if (m_breaks.size() >= kMaxBreaks)
        m_breaks.removeFirst();
    m_breaks.append(t);
}

void TimePlotSeries::setWindow(double seconds)
{
    if (seconds <= 0)
        return;
    // A new rolling store starts from what the whole-run store still has at full detail; the
    // journal has everything else.
    m_recent = DecimatingSeries(m_windowBuckets, seconds);
    QVector<double> keys, values;
    m_whole.points(&keys, &values);
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_recent.append(keys.at(i), values.at(i));
}

void TimePlotSeries::points(double lower, double upper, int columns, bool windowed, bool follow,
                            QVector<double> *keysOut, QVector<double> *valuesOut) const
{
    const DecimatingSeries &live = windowed ? m_recent : m_whole;
    QVector<double> &drawnKeys = *keysOut;
    QVector<double> &drawnValues = *valuesOut;
    // Bucket points come out in time order (one instrument's readings complete in order).
    live.points(&drawnKeys, &drawnValues);
    if (!follow && windowed) {
        // Away from the live edge the view keeps its data: the window held when the user left,
        // then what came since, and older times from the whole run's coarser store.
        QVector<double> keys, values;
        const DecimatingSeries *held = m_held ? &*m_held : nullptr;
        const double heldFirst = held && !held->isEmpty() ? held->firstTime() : qInf();
        const double heldLast = held && !held->isEmpty() ? held->lastTime() : -qInf();
        const double first = std::min(heldFirst, live.isEmpty() ? qInf() : live.firstTime());
        QVector<double> k, v;
        m_whole.points(&k, &v);
        for (qsizetype i = 0; i < k.size() && k.at(i) < first; ++i) {
            keys.append(k.at(i));
            values.append(v.at(i));
        }
        if (held) {
            held->points(&k, &v);
            keys.append(k);
            values.append(v);
        }
        for (qsizetype i = 0; i < drawnKeys.size(); ++i) {
            if (drawnKeys.at(i) > heldLast) {
                keys.append(drawnKeys.at(i));
                values.append(drawnValues.at(i));
            }
        }
        drawnKeys.swap(keys);
        drawnValues.swap(values);
    }
    reduceToColumns(drawnKeys, drawnValues, lower, upper, columns);
    // Break the line where readings stop for longer than the series' own pace (between runs,
    // a stalled instrument) and across failed readings: a NaN point between two points.
    const double width =
        follow ? live.bucketWidth() : std::max(live.bucketWidth(), m_whole.bucketWidth());
    const double gap = std::max(kGapIntervals * m_interval, 2.5 * width);
    qsizetype b = std::lower_bound(m_breaks.cbegin(), m_breaks.cend(),
                                   drawnKeys.isEmpty() ? 0.0 : drawnKeys.first()) -
                  m_breaks.cbegin();
    QVector<double> keys, values;
    keys.reserve(drawnKeys.size() + 8);
    values.reserve(drawnValues.size() + 8);
    for (qsizetype i = 0; i < drawnKeys.size(); ++i) {
        if (i > 0) {
            const double a = drawnKeys.at(i - 1), c = drawnKeys.at(i);
            bool broken = m_interval > 0 && c - a > gap;
            while (b < m_breaks.size() && m_breaks.at(b) <= c) {
                broken = broken || m_breaks.at(b) > a;
                ++b;
            }
            if (broken && c > a) {
                keys.append((a + c) / 2);
                values.append(qQNaN());
            }
        }
        keys.append(drawnKeys.at(i));
        values.append(drawnValues.at(i));
    }
    drawnKeys.swap(keys);
    drawnValues.swap(values);
}

} // namespace ld
