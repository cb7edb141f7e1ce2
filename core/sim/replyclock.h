// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

class QSocketNotifier;

namespace ld {

/**
 * Calls back at a due time with sub-millisecond accuracy, on the thread it lives on.
 *
 * A simulated reply must leave when its latency has passed, not up to a millisecond later:
 * QTimer counts whole milliseconds from when it is started, so a 5 ms reply rounded up to the
 * next millisecond took 5.5 ms on average and the simulator, not the code under test, set the
 * pace. One clock serves every server on a simulator thread through one timerfd (absolute
 * CLOCK_MONOTONIC times), so the thread's poll set grows by one descriptor, not one per link.
 */
class ReplyClock : public QObject
{
    Q_OBJECT

public:
    explicit ReplyClock(QObject *parent = nullptr);
    ~ReplyClock() override;

    /** CLOCK_MONOTONIC in nanoseconds, the time base of at(). */
    static qint64 nowNs();

    /**
     * Calls @p fn once nowNs() >= @p dueNs, never earlier, unless @p guard is gone by then.
     * Due now or in the past: called from the event loop at once, never from inside at().
     */
    void at(qint64 dueNs, QObject *guard, std::function<void()> fn);

    /** Callbacks waiting, for tests. */
    std::size_t pending() const { return m_entries.size(); }

private:
    struct Entry
    {
        QPointer<QObject> guard;
        std::function<void()> fn;
    };

    void fire();
    void arm(qint64 dueNs);

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    /** Keyed by due time then arrival, so equal times keep their order. */
    std::multimap<qint64, Entry> m_entries;
    qint64 m_armedNs = 0; ///< What the timerfd is set to; 0 = disarmed.
};

} // namespace ld
