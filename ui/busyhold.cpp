// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "busyhold.h"

namespace ld {

InstrumentState BusyHold::present(const QString &name, InstrumentState state, qint64 jobsEnded)
{
    const auto last = m_jobsEnded.constFind(name);
    const bool ranJob = last != m_jobsEnded.cend() && *last != jobsEnded;
    m_jobsEnded.insert(name, jobsEnded);
    if (state != InstrumentState::Idle && state != InstrumentState::Busy) {
        m_idleTicks.remove(name);
        return state;
    }
    if (state == InstrumentState::Busy || ranJob || m_inRun.contains(name)) {
        // Held from now on: the first idle tick after this one still shows Busy.
        m_idleTicks.insert(name, 0);
        return InstrumentState::Busy;
    }
    const auto idle = m_idleTicks.find(name);
    if (idle == m_idleTicks.end())
        return state;
    if (++*idle > kHoldTicks) {
        m_idleTicks.erase(idle);
        return state;
    }
    return InstrumentState::Busy;
}

void BusyHold::forget(const QString &name)
{
    m_jobsEnded.remove(name);
    m_idleTicks.remove(name);
}

} // namespace ld
