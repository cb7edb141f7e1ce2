// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimatingseries.h"
#include "results/reading.h"

#include <QList>
#include <QVector>

#include <optional>

namespace ld {

/**
 * One line of the time plot in bounded memory: the whole run and the rolling window as
 * DecimatingSeries, the window as it was when the view left the live edge (hold()), the times
 * of failed readings and the series' typical pace. points() gives what to draw for a view:
 * reduced to the plot's pixel columns, broken (a NaN point) at gaps and failed readings.
 */
class TimePlotSeries
{
public:
    /** A line breaks where readings are this many typical intervals apart. */
    static constexpr double kGapIntervals = 5;
    /** Failed readings remembered, for the breaks they make. */
    static constexpr int kMaxBreaks = 256;

    TimePlotSeries(int wholeBuckets, int windowBuckets, double windowSeconds);

    /**
     * A reading's value(s) completed at `t` seconds: a list (a burst or trace) was taken while
     * the job ran, so it is spread back to `started` rather than stacked on its completion.
     */
    void add(double t, double started, const Reading::Value &value);
    /** A failed reading at `t`: the line must not run across it. */
    void addBreak(double t);
    /** A new rolling window, filled from what the whole-run store still has (0: none). */
    void setWindow(double seconds);
    /** Keeps the rolling window as it is now: the view left the live edge. */
    void hold() { m_held = m_recent; }
    void release() { m_held.reset(); }

    const DecimatingSeries &whole() const { return m_whole; }
    /** What a live view draws: the rolling window, or the whole run without one. */
    const DecimatingSeries &live(bool windowed) const { return windowed ? m_recent : m_whole; }
    double lastTime() const { return m_lastTime; }
    /** Typical time between readings (s), 0 until two came. */
    double interval() const { return m_interval; }

    /**
     * The points to draw for the time range [lower, upper] at `columns` pixel columns, with a
     * NaN point where the line breaks. Away from the live edge (!follow) with a window, the
     * held window, what came since and older times from the whole run.
     */
    void points(double lower, double upper, int columns, bool windowed, bool follow,
                QVector<double> *keys, QVector<double> *values) const;

private:
    void notePace(double t);

    int m_windowBuckets;
    DecimatingSeries m_whole;
    DecimatingSeries m_recent;
    std::optional<DecimatingSeries> m_held;
    QList<double> m_breaks;      ///< times of failed readings (bounded)
    double m_lastTime = -qInf(); ///< of the latest reading
    double m_interval = 0;
    int m_outliers = 0; ///< intervals in a row far above m_interval
};

} // namespace ld
