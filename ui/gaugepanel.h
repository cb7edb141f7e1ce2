// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/reading.h"
#include "scheduler/dispatcher.h"

#include <QElapsedTimer>
#include <QWidget>

namespace ld {

class Gauge;

/**
 * The live gauges, all counting jobs: queued, running (with the cap marked on the same
 * scale), jobs done per second, and the failed share of the runs' jobs (from the readings,
 * so connection attempts to unreachable instruments do not count). Each scale's end is
 * written on its bar. setCounters() and countReading() only store; the gauges change on
 * tick(), once per display tick and only when something changed.
 */
class GaugePanel : public QWidget
{
    Q_OBJECT
public:
    explicit GaugePanel(QWidget *parent = nullptr);

    /** Stores the snapshot (cheap; call it from Dispatcher::countersChanged). */
    void setCounters(const ld::DispatcherCounters &counters);
    /** Counts a run job's outcome for the Failures gauge (cancelled jobs do not count). */
    void countReading(const ld::Reading &reading);
    /** Applies the latest snapshot to the gauges if it changed since the last tick. */
    void tick();

    /** How many ticks changed the gauges: never more than the ticks, never one per snapshot. */
    qint64 updateCount() const { return m_updates; }
    double completionsPerSecond() const { return m_rate; }

    Gauge *queuedGauge() const { return m_queued; }
    Gauge *runningGauge() const { return m_running; }
    Gauge *rateGauge() const { return m_rateGauge; }
    Gauge *failuresGauge() const { return m_failures; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Gauge *m_queued;
    Gauge *m_running;
    Gauge *m_rateGauge;
    Gauge *m_failures;
    DispatcherCounters m_latest;
    bool m_dirty = false;
    qint64 m_updates = 0;
    // Completions per second over a sliding second, from the finished count at tick times.
    QElapsedTimer m_clock;
    qint64 m_lastFinished = -1;
    qint64 m_lastTickNs = 0;
    double m_rate = 0;
    double m_queuedScale = 16;
    double m_rateScale = 100;
    qint64 m_runJobsOk = 0;
    qint64 m_runJobsFailed = 0;
    qint64 m_runJobsTimedOut = 0;
};

} // namespace ld
