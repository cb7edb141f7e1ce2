// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goscheduler.h"

#include <vector>

namespace ld::bench {

GoScheduler::GoScheduler(int cap)
    : m_cap(cap)
    , m_loop([this] { loop(); })
{}

GoScheduler::~GoScheduler()
{
    std::unique_lock lock(m_mutex);
    m_stop = true;
    m_pokeCv.notify_all();
    m_exitCv.wait(lock, [this] { return m_alive == 0; });
    lock.unlock();
    m_loop.join();
}

void GoScheduler::Do(std::function<void()> f)
{
    std::lock_guard lock(m_mutex);
    m_queue.push_back(std::move(f));
    poke();
}

bool GoScheduler::IsRunning()
{
    std::lock_guard lock(m_mutex);
    return m_running > 0 || !m_queue.empty();
}

void GoScheduler::poke()
{
    // A non-blocking send on a channel with one slot: a pending poke absorbs later ones.
    if (!m_poked) {
        m_poked = true;
        m_pokeCv.notify_one();
    }
}

void GoScheduler::loop()
{
    std::unique_lock lock(m_mutex);
    auto nextTick = std::chrono::steady_clock::now() + kTick;
    std::vector<std::function<void()>> batch;
    while (!m_stop) {
        // select { case <-poke: case <-ticker.C: }
        m_pokeCv.wait_until(lock, nextTick, [this] { return m_poked || m_stop; });
        if (std::chrono::steady_clock::now() >= nextTick)
            nextTick += kTick;
        m_poked = false;
        while (m_running < m_cap && !m_queue.empty()) {
            batch.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
            ++m_running;
            ++m_alive;
        }
        lock.unlock();
        for (auto &f : batch) {
            // go func() { f(); running--; poke() }()
            std::thread([this, fn = std::move(f)] {
                fn();
                std::lock_guard guard(m_mutex);
                --m_running;
                --m_alive;
                poke();
                if (m_alive == 0)
                    m_exitCv.notify_all(); // under the lock: the scheduler may be destroyed after
            }).detach();
        }
        batch.clear();
        lock.lock();
    }
}

} // namespace ld::bench
