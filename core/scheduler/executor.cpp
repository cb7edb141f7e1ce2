// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "executor.h"

#include "scheduler/handoff.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <mutex>

namespace ld {

Executor::~Executor() = default;

PoolExecutor::PoolExecutor(QString name)
    : m_name(std::move(name))
    , m_pool(std::make_unique<QThreadPool>())
{
    // The dispatcher bounds how many workers exist (its cap); the pool must never be the
    // limit, or an admitted job would wait inside QThreadPool's own queue.
    m_pool->setMaxThreadCount(1 << 14);
    m_pool->setObjectName(m_name);
}

PoolExecutor::~PoolExecutor()
{
    m_pool->waitForDone();
}

namespace {
/**
 * Orders a task's construction before its run for race checkers. QThreadPool hands tasks over
 * under its own lock, which TSan cannot see in an uninstrumented Qt; a thread it reuses (not
 * one it creates) would then read the task's captures with no visible order.
 */
std::atomic<unsigned> g_poolHandOff{0};
} // namespace

void PoolExecutor::post(std::function<void()> task)
{
    std::function<void()> run = [task = std::move(task)] {
        g_poolHandOff.load(std::memory_order_acquire);
        task();
    };
    g_poolHandOff.fetch_add(1, std::memory_order_release);
    m_pool->start(std::move(run));
}

void PoolExecutor::waitForDone()
{
    m_pool->waitForDone();
}

struct ThreadExecutor::Queue
{
    std::mutex mutex;
    std::deque<std::function<void()>> tasks;
    bool scheduled = false;
};

namespace {
/** Runs a ThreadExecutor's queued tasks on its thread. */
class ExecutorContext : public QObject
{
public:
    explicit ExecutorContext(std::shared_ptr<ThreadExecutor::Queue> queue)
        : m_queue(std::move(queue))
    {}

    void drain()
    {
        std::deque<std::function<void()>> batch;
        {
            std::lock_guard lock(m_queue->mutex);
            batch.swap(m_queue->tasks);
        }
        // Tasks posted while this batch runs wait for the next turn of the event loop, so
        // I/O events are handled between bursts.
        for (auto &task : batch)
            task();
        bool again = false;
        {
            std::lock_guard lock(m_queue->mutex);
            again = !m_queue->tasks.empty();
            m_queue->scheduled = again;
        }
        if (again)
            QMetaObject::invokeMethod(this, &ExecutorContext::drain, Qt::QueuedConnection);
    }

private:
    std::shared_ptr<ThreadExecutor::Queue> m_queue;
};
} // namespace

ThreadExecutor::ThreadExecutor(QThread *thread, QString name)
    : m_thread(thread)
    , m_name(name.isEmpty() ? thread->objectName() : std::move(name))
    , m_queue(std::make_shared<Queue>())
    , m_context(new ExecutorContext(m_queue))
{
    m_context->moveToThread(thread);
}

ThreadExecutor::~ThreadExecutor()
{
    // The context lives on the executor's thread: delete it there if that loop still runs.
    // Tasks still queued are destroyed with the queue, which fails their jobs.
    if (m_thread->isRunning())
        m_context->deleteLater();
    else
        delete m_context;
    std::deque<std::function<void()>> dropped;
    {
        std::lock_guard lock(m_queue->mutex);
        dropped.swap(m_queue->tasks);
        m_queue->scheduled = true; // nothing may schedule a drain any more
    }
}

void ThreadExecutor::post(std::function<void()> task)
{
    bool wake = false;
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->tasks.push_back(std::move(task));
        wake = !m_queue->scheduled;
        m_queue->scheduled = true;
    }
    if (wake) {
        // From any thread to the executor's: the context itself was made on another one.
        auto *context = static_cast<ExecutorContext *>(m_context);
        postTo(context, [context] { context->drain(); });
    }
}

} // namespace ld
