// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/instrumentconfig.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ld {

/**
 * What the table shows of Busy and Idle. An instrument flips Busy and Idle with every job, so a
 * periodic run sampled on the table's tick would flicker; here it shows Busy while it is part
 * of an active run, or ran a job since the last tick, and for one more tick after that. Only the
 * presentation holds: the instrument's own state and its jobs are untouched.
 */
class BusyHold
{
public:
    /** Idle ticks a Busy instrument still shows Busy. */
    static constexpr int kHoldTicks = 1;

    /**
     * The state to show for `name` on this tick, given its state now and how many jobs it has
     * ended so far (done plus failed). Call once per instrument per tick it is looked at.
     */
    InstrumentState present(const QString &name, InstrumentState state, qint64 jobsEnded);
    /** The instruments in an active run; they show Busy whenever they are Idle. */
    void setInRun(const QSet<QString> &names) { m_inRun = names; }
    const QSet<QString> &inRun() const { return m_inRun; }
    /** Instruments whose shown state may change on the next tick without a status change. */
    QStringList held() const { return m_idleTicks.keys(); }
    void forget(const QString &name);

private:
    QSet<QString> m_inRun;
    QHash<QString, qint64> m_jobsEnded; ///< at the last tick
    QHash<QString, int> m_idleTicks;    ///< shown Busy while Idle, for this many ticks so far
};

} // namespace ld
