// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ld::bench {

/**
 * Baseline: a literal C++ rendering of the Go "func scheduler with a cap" that LabDispatch
 * replaces, written from its description only. Do(f) appends to a queue and pokes the
 * scheduler loop; the loop wakes on a poke or on a 1 s ticker, and starts queued functions
 * while fewer than `cap` run, each on a new detached thread (the goroutine). A finishing
 * function decrements the running count and pokes the loop (a non-blocking send on a
 * one-slot channel, here a flag). No cancel, no wait, no errors, no metrics: the benchmark
 * counts completions itself.
 */
class GoScheduler
{
public:
    explicit GoScheduler(int cap);
    /** Stops the loop and waits until every started goroutine has returned. */
    ~GoScheduler();
    GoScheduler(const GoScheduler &) = delete;
    GoScheduler &operator=(const GoScheduler &) = delete;

    void Do(std::function<void()> f); // Go's names, kept on purpose
    bool IsRunning();

private:
    void loop();
    void poke(); // call with m_mutex held

    static constexpr std::chrono::seconds kTick{1};
    const int m_cap;
    std::mutex m_mutex;
    std::condition_variable m_pokeCv; // the one-slot "poke" channel and the ticker
    std::condition_variable m_exitCv; // destructor waits for goroutines here
    std::deque<std::function<void()>> m_queue;
    int m_running = 0;
    int m_alive = 0; // goroutines not yet returned
    bool m_poked = false;
    bool m_stop = false;
    std::thread m_loop;
};

} // namespace ld::bench
