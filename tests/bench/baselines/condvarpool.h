// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ld::bench {

/**
 * Baseline: the textbook thread pool. `threads` std::threads started up front, one std::deque
 * under one mutex, one condition variable for work and one for idle. No keys, no priorities, no
 * counters: the floor a general-purpose dispatcher is measured against.
 */
class CondvarPool
{
public:
    explicit CondvarPool(int threads);
    ~CondvarPool();
    CondvarPool(const CondvarPool &) = delete;
    CondvarPool &operator=(const CondvarPool &) = delete;

    void submit(std::function<void()> task);
    /** Blocks until the queue is empty and no task runs. */
    void waitIdle();

private:
    void workerLoop();

    std::mutex m_mutex;
    std::condition_variable m_workCv;
    std::condition_variable m_idleCv;
    std::deque<std::function<void()>> m_queue;
    int m_active = 0;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace ld::bench
