// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler/postonce.h"

#include "scheduler/handoff.h"

namespace ld {

PostOnce::PostOnce(QObject *receiver, std::function<void()> drain)
    : m_receiver(receiver)
    , m_drain(std::move(drain))
{}

void PostOnce::request()
{
    if (m_pending.load(std::memory_order_relaxed) ||
        m_pending.exchange(true, std::memory_order_acq_rel))
        return;
    std::lock_guard lock(m_mutex);
    if (!m_receiver) {
        m_pending.store(false, std::memory_order_relaxed);
        return;
    }
    postTo(
        m_receiver,
        [this] {
            // Runs on the receiver's thread, so the receiver (which owns a reference to this
            // object until it detaches) is alive. Cleared before draining: see the class.
            m_pending.store(false, std::memory_order_release);
            m_drain();
        },
        Qt::QueuedConnection);
}

void PostOnce::detach()
{
    std::lock_guard lock(m_mutex);
    m_receiver = nullptr;
}

} // namespace ld
