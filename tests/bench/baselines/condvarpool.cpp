// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "condvarpool.h"

namespace ld::bench {

CondvarPool::CondvarPool(int threads)
{
    m_threads.reserve(size_t(threads));
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { workerLoop(); });
}

CondvarPool::~CondvarPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_workCv.notify_all();
    for (auto &t : m_threads)
        t.join();
}

void CondvarPool::submit(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(task));
    }
    m_workCv.notify_one();
}

void CondvarPool::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idleCv.wait(lock, [this] { return m_queue.empty() && m_active == 0; });
}

void CondvarPool::workerLoop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_workCv.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping and drained
        auto task = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_active;
        lock.unlock();
        task();
        task = nullptr; // destroy captures outside the lock
        lock.lock();
        --m_active;
        if (m_active == 0 && m_queue.empty())
            m_idleCv.notify_all();
    }
}

} // namespace ld::bench
