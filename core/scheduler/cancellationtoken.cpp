// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancellationtoken.h"

namespace ld {

bool detail::CancelState::cancel()
{
    std::vector<std::function<void()>> toRun;
    {
        std::lock_guard lock(mutex);
        if (cancelled.exchange(true, std::memory_order_acq_rel))
            return false;
        toRun.swap(callbacks);
    }
    cv.notify_all();
    for (auto &fn : toRun)
        fn();
    return true;
}

bool CancellationToken::waitForCancelled(std::chrono::nanoseconds timeout) const
{
    if (!d) {
        // Nobody can cancel this token: behave like a plain sleep, without a busy wait.
        std::mutex m;
        std::condition_variable cv;
        std::unique_lock lock(m);
        cv.wait_for(lock, timeout, [] { return false; });
        return false;
    }
    std::unique_lock lock(d->mutex);
    return d->cv.wait_for(lock, timeout,
                          [this] { return d->cancelled.load(std::memory_order_acquire); });
}

void CancellationToken::onCancelled(std::function<void()> fn) const
{
    if (!d || !fn)
        return;
    {
        std::lock_guard lock(d->mutex);
        if (!d->cancelled.load(std::memory_order_acquire)) {
            d->callbacks.push_back(std::move(fn));
            return;
        }
    }
    fn();
}

} // namespace ld
