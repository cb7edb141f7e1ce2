// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/iothreadpool.h"

#include "io/epolldispatcher.h"
#include "scheduler/tsanannotations.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

namespace ld {

int IoThreadPool::defaultThreadCount()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

IoThreadPool::IoThreadPool(int threadCount, const QString &name)
{
    const int n = std::max(1, threadCount);
    m_threads.reserve(size_t(n));
    m_load.assign(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("%1-%2").arg(name).arg(i));
        // Null keeps Qt's own (LABDISPATCH_IO_DISPATCHER=qt).
        if (QAbstractEventDispatcher *dispatcher = EpollEventDispatcher::createForThread())
            thread->setEventDispatcher(dispatcher);
        thread->start();
        m_threads.push_back(std::move(thread));
    }
}

IoThreadPool::~IoThreadPool()
{
    shutdown();
    // Destroying a running QThread aborts the process; a thread stuck past the bound is
    // leaked instead, which the bounded wait above makes the rare, visible exception.
    for (auto &thread : m_threads) {
        if (thread->isRunning())
            (void)thread.release();
    }
}

QThread *IoThreadPool::thread(int index) const
{
    return m_threads.at(size_t(index)).get();
}

QThread *IoThreadPool::acquire()
{
    std::lock_guard lock(m_mutex);
    const auto it = std::min_element(m_load.begin(), m_load.end());
    ++*it;
    return m_threads.at(size_t(it - m_load.begin())).get();
}

QThread *IoThreadPool::acquire(QThread *thread)
{
    std::lock_guard lock(m_mutex);
    for (size_t i = 0; i < m_threads.size(); ++i) {
        if (m_threads[i].get() == thread)
            ++m_load[i];
    }
    return thread;
}

void IoThreadPool::release(QThread *thread)
{
    std::lock_guard lock(m_mutex);
    for (size_t i = 0; i < m_threads.size(); ++i) {
        if (m_threads[i].get() == thread && m_load[i] > 0)
            --m_load[i];
    }
}

int IoThreadPool::load(int index) const
{
    std::lock_guard lock(m_mutex);
    return m_load.at(size_t(index));
}

bool IoThreadPool::shutdown(std::chrono::milliseconds bound)
{
    for (const auto &thread : m_threads)
        thread->quit();
    // One deadline for all, so the whole shutdown is bounded, not bound x threads.
    const QDeadlineTimer deadline(bound);
    bool all = true;
    for (const auto &thread : m_threads) {
        const bool ended = thread->wait(deadline);
        if (ended)
            LD_TSAN_ACQUIRE(thread.get()); // released by the thread's EpollEventDispatcher
        all = ended && all;
    }
    return all;
}

} // namespace ld
