// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QtGlobal>

namespace ld {

/**
 * When each instrument of a repeating run ("every T ms for D ms") is due.
 *
 * Instruments that the cap lets run together start together on every tick, so a tick is a
 * snapshot. More instruments than the cap cannot be one snapshot: they are dealt out in turn
 * into waves of at most the cap, spaced evenly across the interval. Every
 * instrument keeps its exact period, jobs do not arrive at the dispatcher as one burst that
 * queues behind the cap for most of the interval, and readings reach the window as a steady
 * stream instead of a few bursts a second.
 *
 * Pure arithmetic on the run's elapsed time: the caller owns the clock and the timer.
 */
class IntervalSchedule
{
public:
    IntervalSchedule() = default;
    /** @p cap: the dispatcher's cap when the run starts; waves are not changed by a later cap. */
    IntervalSchedule(const QStringList &instruments, int intervalMs, int durationMs, int cap);

    /** How many waves @p instruments need under @p cap, at least 1 ms apart in @p intervalMs. */
    static int wavesFor(qsizetype instruments, int cap, int intervalMs);

    int waves() const { return int(m_waves.size()); }
    /** The instruments of wave @p wave: the given order, every waves()-th from the wave's. */
    QStringList wave(int wave) const { return m_waves.value(wave); }

    /**
     * The instruments due at @p elapsedNs and not taken yet, wave after wave and each wave in
     * order; a wave due at or after the run's duration is never due. Call again after a late
     * wake-up and every wave missed is returned.
     */
    QStringList takeDue(qint64 elapsedNs);
    /** Nanoseconds from the start when the caller should look again: the next wave or the end. */
    qint64 nextWakeNs() const;
    /** nextWakeNs() as a timer interval: whole milliseconds, rounded up, so never early. */
    int msUntilNext(qint64 elapsedNs) const;
    /** True once the duration has passed; never with no duration. */
    bool isOver(qint64 elapsedNs) const;
    /** Drops instruments from every wave (they were stopped). Waves keep their times. */
    void remove(const QStringList &names);

private:
    qint64 dueNs(qint64 cycle, int wave) const;

    QList<QStringList> m_waves;
    qint64 m_intervalNs = 0;
    qint64 m_durationNs = 0; ///< 0 = until stopped
    qint64 m_cycle = 0;
    int m_next = 0; ///< the next wave of m_cycle to take
};

} // namespace ld
