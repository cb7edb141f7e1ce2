// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/intervalschedule.h"

#include <algorithm>
#include <limits>

namespace ld {

IntervalSchedule::IntervalSchedule(const QStringList &instruments, int intervalMs, int durationMs,
                                   int cap)
    : m_intervalNs(qint64(std::max(1, intervalMs)) * 1000000)
    , m_durationNs(qint64(std::max(0, durationMs)) * 1000000)
{
    const int waves = wavesFor(instruments.size(), cap, intervalMs);
    // Dealt out in turn: the few neighbouring rows a user plots side by side land in every
    // wave, and their plot gets a steady stream instead of one burst per interval.
    m_waves.resize(waves);
    for (qsizetype i = 0; i < instruments.size(); ++i)
        m_waves[i % waves].append(instruments.at(i));
}

int IntervalSchedule::wavesFor(qsizetype instruments, int cap, int intervalMs)
{
    if (instruments <= 0 || cap <= 0 || instruments <= cap)
        return 1;
    const qsizetype waves = (instruments + cap - 1) / cap;
    return int(std::clamp<qsizetype>(waves, 1, std::max(1, intervalMs)));
}

qint64 IntervalSchedule::dueNs(qint64 cycle, int wave) const
{
    return cycle * m_intervalNs + m_intervalNs * wave / std::max<qsizetype>(1, m_waves.size());
}

QStringList IntervalSchedule::takeDue(qint64 elapsedNs)
{
    QStringList due;
    while (!m_waves.isEmpty()) {
        const qint64 at = dueNs(m_cycle, m_next);
        if (at > elapsedNs || (m_durationNs > 0 && at >= m_durationNs))
            break;
        due += m_waves.at(m_next);
        if (++m_next == m_waves.size()) {
            m_next = 0;
            ++m_cycle;
        }
    }
    return due;
}

qint64 IntervalSchedule::nextWakeNs() const
{
    const qint64 next =
        m_waves.isEmpty() ? std::numeric_limits<qint64>::max() : dueNs(m_cycle, m_next);
    return m_durationNs > 0 ? std::min(next, m_durationNs) : next;
}

int IntervalSchedule::msUntilNext(qint64 elapsedNs) const
{
    constexpr qint64 kMaxMs = std::numeric_limits<int>::max();
    const qint64 wait = nextWakeNs() - elapsedNs; // nothing left: about qint64's maximum
    return wait >= kMaxMs * 1000000 ? int(kMaxMs)
                                    : int(std::max<qint64>(0, (wait + 999999) / 1000000));
}

bool IntervalSchedule::isOver(qint64 elapsedNs) const
{
    return m_durationNs > 0 && elapsedNs >= m_durationNs;
}

void IntervalSchedule::remove(const QStringList &names)
{
    for (QStringList &wave : m_waves)
        for (const QString &name : names)
            wave.removeAll(name);
}

} // namespace ld
