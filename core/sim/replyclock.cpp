// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/replyclock.h"

#include <QSocketNotifier>
#include <QtDebug>

#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ld {

ReplyClock::ReplyClock(QObject *parent)
    : QObject(parent)
{
    m_fd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_fd < 0)
        qFatal("ReplyClock: timerfd_create: %s", std::strerror(errno));
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &ReplyClock::fire);
}

ReplyClock::~ReplyClock()
{
    m_notifier.reset();
    ::close(m_fd);
}

qint64 ReplyClock::nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void ReplyClock::at(qint64 dueNs, QObject *guard, std::function<void()> fn)
{
    // Never 0, which means "disarmed" to the timerfd and to m_armedNs.
    dueNs = std::max<qint64>(dueNs, 1);
    m_entries.emplace(dueNs, Entry{guard, std::move(fn)});
    if (m_armedNs == 0 || dueNs < m_armedNs)
        arm(dueNs);
}

void ReplyClock::arm(qint64 dueNs)
{
    itimerspec spec{};
    spec.it_value.tv_sec = time_t(dueNs / 1000000000);
    spec.it_value.tv_nsec = long(dueNs % 1000000000);
    // A time already past fires at once: the notifier then runs fire() from the event loop.
    if (::timerfd_settime(m_fd, TFD_TIMER_ABSTIME, &spec, nullptr) != 0)
        qFatal("ReplyClock: timerfd_settime: %s", std::strerror(errno));
    m_armedNs = dueNs;
}

void ReplyClock::fire()
{
    quint64 expirations = 0;
    while (::read(m_fd, &expirations, sizeof expirations) < 0 && errno == EINTR) {
    }
    m_armedNs = 0;
    const qint64 now = nowNs();
    // Take out what is due before calling anything: a callback may add entries.
    // The nodes move over as they are, without a copy or an allocation.
    std::multimap<qint64, Entry> due;
    while (!m_entries.empty() && m_entries.begin()->first <= now)
        due.insert(due.end(), m_entries.extract(m_entries.begin()));
    for (auto &[when, entry] : due) {
        Q_UNUSED(when)
        if (entry.guard)
            entry.fn();
    }
    if (!m_entries.empty() && (m_armedNs == 0 || m_entries.begin()->first < m_armedNs))
        arm(m_entries.begin()->first);
}

} // namespace ld
