// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduler/tsanannotations.h"

#include <QObject>

#include <type_traits>
#include <utility>

namespace ld {

/**
 * A callable posted to another thread's object, with the hand-off visible to ThreadSanitizer.
 *
 * Qt stores the callable in a slot object, posts it through its event queue and calls it on
 * the receiver's thread; the queue's lock is inside Qt, which TSan cannot see. The move (or
 * copy) into Qt's slot object is the last thing the sending thread does to it, so it releases
 * there, after everything the sender wrote before posting; the call and the destructor acquire
 * first, on whichever thread runs them. For a BlockingQueuedConnection the call also releases
 * `done` after running, which the waiting caller acquires when invokeMethod returns (Qt's
 * QSemaphore orders the two). In builds without TSan this is the bare callable.
 */
template<typename F> class HandOff
{
public:
    explicit HandOff(F fn, const void *done = nullptr)
        : m_fn(std::move(fn))
        , m_done(done)
    {}
    HandOff(HandOff &&other) noexcept(std::is_nothrow_move_constructible_v<F>)
        : m_fn(std::move(other.m_fn))
        , m_done(other.m_done)
    {
        LD_TSAN_RELEASE(this);
    }
    HandOff(const HandOff &other)
        : m_fn(other.m_fn)
        , m_done(other.m_done)
    {
        LD_TSAN_RELEASE(this);
    }
    HandOff &operator=(const HandOff &) = delete;
    HandOff &operator=(HandOff &&) = delete;
    ~HandOff() { LD_TSAN_ACQUIRE(this); }

    void operator()()
    {
        LD_TSAN_ACQUIRE(this);
        m_fn();
        if (m_done)
            LD_TSAN_RELEASE(m_done);
    }

private:
    F m_fn;
    const void *m_done;
};

/**
 * QMetaObject::invokeMethod(receiver, fn, type) for a callable `fn` that another thread runs
 * (queued or blocking): the one way our code posts a lambda across threads, so TSan sees the
 * hand-off instead of it being suppressed. False if Qt refused the call (as invokeMethod).
 */
template<typename F>
bool postTo(QObject *receiver, F &&fn, Qt::ConnectionType type = Qt::QueuedConnection)
{
    const char done = 0;
    const bool posted = QMetaObject::invokeMethod(
        receiver,
        HandOff<std::decay_t<F>>(std::forward<F>(fn),
                                 type == Qt::BlockingQueuedConnection ? &done : nullptr),
        type);
    if (type == Qt::BlockingQueuedConnection)
        LD_TSAN_ACQUIRE(&done);
    return posted;
}

} // namespace ld
