// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/epolldispatcher.h"

#include "scheduler/tsanannotations.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>
#include <QTimerEvent>
#include <QtDebug>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <vector>

namespace ld {

namespace {

constexpr qint64 kNsPerMs = 1000000;

qint64 nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// What wakes each kind of notifier, as Qt's own Unix dispatcher maps poll() results.
constexpr quint32 kReadEvents = EPOLLIN | EPOLLHUP | EPOLLERR;
constexpr quint32 kWriteEvents = EPOLLOUT | EPOLLERR;
constexpr quint32 kExceptionEvents = EPOLLPRI;
// What to ask epoll for; hang-up and error are always reported.
constexpr quint32 kWatchFor[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};
constexpr quint32 kWakes[3] = {kReadEvents, kWriteEvents, kExceptionEvents};

/** epoll_pwait2() came with Linux 5.11; an older kernel waits in whole milliseconds. */
std::atomic<bool> g_havePwait2{true};

int waitFor(int epoll, epoll_event *events, int max, qint64 timeoutNs)
{
    if (g_havePwait2.load(std::memory_order_relaxed)) {
        timespec ts{};
        ts.tv_sec = time_t(timeoutNs / 1000000000);
        ts.tv_nsec = long(timeoutNs % 1000000000);
        const int n = ::epoll_pwait2(epoll, events, max, timeoutNs < 0 ? nullptr : &ts, nullptr);
        if (n >= 0 || errno != ENOSYS)
            return n;
        g_havePwait2.store(false, std::memory_order_relaxed);
    }
    // Rounded up: a timer is never woken for early.
    const int ms =
        timeoutNs < 0 ? -1 : int(std::min<qint64>((timeoutNs + kNsPerMs - 1) / kNsPerMs, 1 << 30));
    return ::epoll_wait(epoll, events, max, ms);
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("EpollEventDispatcher: %s", std::strerror(errno));
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_wakeFd;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev) != 0)
        qFatal("EpollEventDispatcher: epoll_ctl: %s", std::strerror(errno));
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    // Qt orders every wakeUp() before this (the thread's own locks); see wakeUp().
    LD_TSAN_ACQUIRE(this);
    ::close(m_wakeFd);
    ::close(m_epoll);
    // The last of our code on a thread that ends: QThread deletes its dispatcher after the
    // thread's objects. Whoever waited for the thread (QThread::wait(), its own lock) acquires
    // the QThread after wait() returns; see IoThreadPool::shutdown() and SimBench::stop().
    LD_TSAN_RELEASE(QThread::currentThread());
}

QAbstractEventDispatcher *EpollEventDispatcher::createForThread()
{
    if (qgetenv("LABDISPATCH_IO_DISPATCHER") == "qt")
        return nullptr;
    return new EpollEventDispatcher;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupt.storeRelaxed(0);
    Q_EMIT awake();
    // Qt's post-event queue (its lock is invisible to TSan) orders each postEvent() before the
    // delivery of that event here; wakeUp() follows every post and releases (see there).
    LD_TSAN_ACQUIRE(this);
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool mayWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupt.loadRelaxed();
    if (mayWait)
        Q_EMIT aboutToBlock();
    if (m_interrupt.loadRelaxed())
        return false;

    // Without waiting, or with a timer due, just look; otherwise sleep until the next timer.
    // A posted event that came after sendPostedEvents() above has written the wake-up
    // descriptor, so this never sleeps past it.
    qint64 timeoutNs = 0;
    if (mayWait)
        timeoutNs = includeTimers ? nsUntilNextTimer(nowNs()) : -1;

    epoll_event events[64];
    const int n = waitFor(m_epoll, events, 64, timeoutNs);
    if (n < 0 && errno != EINTR)
        qWarning("EpollEventDispatcher: epoll_wait: %s", std::strerror(errno));

    int activated = 0;
    for (int i = 0; i < n; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wakeFd) {
            quint64 count = 0;
            while (::read(m_wakeFd, &count, sizeof count) < 0 && errno == EINTR) {
            }
            m_wakeUps.storeRelease(0);
            ++activated;
            continue;
        }
        if (!includeNotifiers)
            continue;
        const auto it = m_watches.find(fd);
        if (it == m_watches.end())
            continue;
        for (int type = 0; type < 3; ++type) {
            QSocketNotifier *notifier = it->second.notifiers[type];
            if (notifier && (events[i].events & kWakes[type]) && !m_pending.contains(notifier))
                m_pending.append(notifier);
        }
    }
    // One at a time from the front: a handler may remove any notifier, pending ones included.
    while (!m_pending.isEmpty()) {
        QSocketNotifier *notifier = m_pending.takeFirst();
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        ++activated;
    }
    if (includeTimers)
        activated += activateTimers();
    return activated > 0;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    if (fd < 0 || type < 0 || type > 2)
        return;
    Watch &watch = m_watches[fd];
    if (watch.notifiers[type] && watch.notifiers[type] != notifier)
        qWarning("EpollEventDispatcher: several notifiers of one type on socket %d", fd);
    watch.notifiers[type] = notifier;
    updateWatch(fd, watch);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    m_pending.removeAll(notifier);
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    const auto it = m_watches.find(fd);
    if (it == m_watches.end() || type < 0 || type > 2 || it->second.notifiers[type] != notifier)
        return;
    it->second.notifiers[type] = nullptr;
    updateWatch(fd, it->second);
}

void EpollEventDispatcher::updateWatch(int fd, Watch &watch)
{
    quint32 wanted = 0;
    for (int type = 0; type < 3; ++type) {
        if (watch.notifiers[type])
            wanted |= kWatchFor[type];
    }
    if (wanted == watch.events && wanted != 0)
        return;
    epoll_event ev{};
    ev.events = wanted;
    ev.data.fd = fd;
    if (wanted == 0) {
        // A descriptor closed before its notifier went is already out of the set: no error.
        if (watch.events != 0 && ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &ev) != 0 &&
            errno != EBADF && errno != ENOENT)
            qWarning("EpollEventDispatcher: remove %d: %s", fd, std::strerror(errno));
        m_watches.erase(fd); // watch is gone from here on
        return;
    }
    int op = watch.events == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
    int rc = ::epoll_ctl(m_epoll, op, fd, &ev);
    // The kernel's view may differ from ours when a descriptor number was closed and reused.
    if (rc != 0 && op == EPOLL_CTL_MOD && errno == ENOENT)
        rc = ::epoll_ctl(m_epoll, op = EPOLL_CTL_ADD, fd, &ev);
    else if (rc != 0 && op == EPOLL_CTL_ADD && errno == EEXIST)
        rc = ::epoll_ctl(m_epoll, op = EPOLL_CTL_MOD, fd, &ev);
    if (rc != 0) {
        qWarning("EpollEventDispatcher: watch %d: %s", fd, std::strerror(errno));
        return;
    }
    watch.events = wanted;
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    Timer &t = m_timers[timerId];
    t.object = object;
    t.intervalMs = std::max<qint64>(0, interval);
    t.type = timerType;
    t.dueNs = nowNs() + t.intervalMs * kNsPerMs;
    t.inEvent = false;
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    return m_timers.erase(timerId) > 0;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->second.object == object) {
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (const auto &[id, t] : m_timers) {
        if (t.object == object)
            out.append(TimerInfo(id, int(t.intervalMs), t.type));
    }
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    const qint64 left = it->second.dueNs - nowNs();
    return left <= 0 ? 0 : int((left + kNsPerMs - 1) / kNsPerMs);
}

qint64 EpollEventDispatcher::nsUntilNextTimer(qint64 now) const
{
    qint64 first = -1;
    for (const auto &[id, t] : m_timers) {
        Q_UNUSED(id)
        if (t.inEvent)
            continue;
        const qint64 left = std::max<qint64>(0, t.dueNs - now);
        if (first < 0 || left < first)
            first = left;
    }
    return first;
}

int EpollEventDispatcher::activateTimers()
{
    if (m_timers.empty())
        return 0;
    const qint64 now = nowNs();
    std::vector<std::pair<qint64, int>> due;
    for (const auto &[id, t] : m_timers) {
        if (!t.inEvent && t.dueNs <= now)
            due.emplace_back(t.dueNs, id);
    }
    std::sort(due.begin(), due.end());
    int fired = 0;
    for (const auto &[when, id] : due) {
        Q_UNUSED(when)
        // Looked up again each time: an earlier timer's handler may have killed this one.
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->second.inEvent || it->second.dueNs > now)
            continue;
        Timer &t = it->second;
        // The next time counts from this one, so a repeating timer does not drift; one that
        // fell a whole interval behind starts again from now rather than firing in a burst.
        t.dueNs += t.intervalMs * kNsPerMs;
        if (t.dueNs <= now)
            t.dueNs = now + t.intervalMs * kNsPerMs;
        t.inEvent = true;
        QObject *object = t.object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        // Not `t`: the handler may have added timers (rehashing) or removed this one.
        it = m_timers.find(id);
        if (it != m_timers.end())
            it->second.inEvent = false;
    }
    return fired;
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakeUps.testAndSetAcquire(0, 1)) {
        const quint64 one = 1;
        while (::write(m_wakeFd, &one, sizeof one) < 0 && errno == EINTR) {
        }
    }
    // After the write, which the destructor's close() must follow. Qt calls wakeUp() just after
    // queueing an event, so a delivery that comes before this (the thread was awake anyway) is
    // not ordered by it: a callable posted across threads goes through ld::postTo() instead.
    LD_TSAN_RELEASE(this);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupt.storeRelaxed(1);
    wakeUp();
}

} // namespace ld
