// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractEventDispatcher>
#include <QAtomicInt>
#include <QList>

#include <unordered_map>

namespace ld {

/**
 * The event dispatcher of the I/O and simulator threads: waits with epoll instead of poll.
 *
 * Qt's Unix dispatcher hands the kernel every descriptor of the thread on every wake-up.
 * An I/O thread holds one per instrument, and a pty's poll is not cheap (the kernel flushes
 * its input work for each), so with 64 instruments poll() took a quarter of the process's CPU
 * (perf, bench_instruments). epoll keeps the set in the kernel and returns only the ready
 * descriptors: a wake-up costs what is ready, not what is open.
 *
 * Same semantics as Qt's dispatcher where they meet: level-triggered notifiers (read on
 * in/hang-up/error, write on out/error, exception on priority data), posted events first,
 * timers in due order and never early, a notifier or timer removed during activation is not
 * activated. Timers are all kept to the millisecond (coarse ones too) and waited for to the
 * nanosecond with epoll_pwait2(). For threads without a GUI only; the main thread keeps Qt's.
 */
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    /**
     * A dispatcher for a new QThread (QThread::setEventDispatcher() before start()), or null
     * for Qt's own when LABDISPATCH_IO_DISPATCHER=qt is set (to compare the two).
     */
    static QAbstractEventDispatcher *createForThread();

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

    /** Descriptors in the epoll set, the wake-up one excluded; for tests. */
    int watchedDescriptors() const { return int(m_watches.size()); }

private:
    struct Watch
    {
        QSocketNotifier *notifiers[3] = {}; ///< by QSocketNotifier::Type
        quint32 events = 0;                 ///< what epoll watches for
    };
    struct Timer
    {
        QObject *object = nullptr;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        qint64 dueNs = 0;
        bool inEvent = false; ///< its timer event is being delivered: not again until it returns
    };

    void updateWatch(int fd, Watch &watch);
    int activateTimers();
    /** Nanoseconds until the first timer is due (0 if one is), -1 without timers. */
    qint64 nsUntilNextTimer(qint64 now) const;

    int m_epoll = -1;
    int m_wakeFd = -1;
    QAtomicInt m_wakeUps;
    QAtomicInt m_interrupt;
    std::unordered_map<int, Watch> m_watches;
    std::unordered_map<int, Timer> m_timers;
    /** Ready notifiers not yet activated; one removed meanwhile is taken out of it. */
    QList<QSocketNotifier *> m_pending;
};

} // namespace ld
