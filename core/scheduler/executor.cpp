// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "executor.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QThread>
#include <QThreadPool>

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

void PoolExecutor::post(std::function<void()> task)
{
    m_pool->start(std::move(task));
}

void PoolExecutor::waitForDone()
{
    m_pool->waitForDone();
}

ThreadExecutor::ThreadExecutor(QThread *thread, QString name)
    : m_thread(thread)
    , m_name(name.isEmpty() ? thread->objectName() : std::move(name))
    , m_context(new QObject)
{
    m_context->moveToThread(thread);
}

ThreadExecutor::~ThreadExecutor()
{
    // The context lives on the executor's thread: delete it there if that loop still runs,
    // so pending tasks are destroyed (and their jobs failed) rather than run on a dead object.
    if (m_thread->isRunning())
        m_context->deleteLater();
    else
        delete m_context;
}

void ThreadExecutor::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

} // namespace ld
