// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace ld {

namespace detail {
/** Shared cancellation flag; embedded in a job's state, or owned by a CancellationSource. */
struct CancelState
{
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<std::function<void()>> callbacks;

    /** Sets the flag, wakes waiters, runs callbacks on the calling thread. True the first time. */
    bool cancel();
};
} // namespace detail

/**
 * What a running job checks or waits on to learn that it should stop. Copies share one flag.
 * A default-constructed token is never cancelled. Cheap to copy (one shared pointer).
 */
class CancellationToken
{
public:
    CancellationToken() = default;
    explicit CancellationToken(std::shared_ptr<detail::CancelState> state)
        : d(std::move(state))
    {}

    bool isCancelled() const noexcept { return d && d->cancelled.load(std::memory_order_acquire); }

    /**
     * Blocks up to `timeout` and returns true as soon as cancellation is requested: an
     * interruptible sleep for jobs that wait on a device. Returns false on timeout.
     */
    bool waitForCancelled(std::chrono::nanoseconds timeout) const;

    /**
     * Calls `fn` once when cancellation is requested, on the thread that requests it, or at
     * once on this thread if it already was. Asynchronous I/O uses it to abort a pending read;
     * `fn` must be quick and thread-safe (post to your own thread if needed).
     */
    void onCancelled(std::function<void()> fn) const;

private:
    std::shared_ptr<detail::CancelState> d;
};

/** Owns a cancellation flag outside the dispatcher (sessions, tools, tests). */
class CancellationSource
{
public:
    CancellationSource()
        : d(std::make_shared<detail::CancelState>())
    {}
    CancellationToken token() const { return CancellationToken(d); }
    bool cancel() { return d->cancel(); }
    bool isCancelled() const { return d->cancelled.load(std::memory_order_acquire); }

private:
    std::shared_ptr<detail::CancelState> d;
};

} // namespace ld
