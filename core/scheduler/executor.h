// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

class QObject;
class QThread;
class QThreadPool;

namespace ld {

/**
 * Where jobs run. The dispatcher decides *when* a job may start (cap, keys, priorities);
 * an executor decides *where*. Posted tasks must eventually run or be destroyed.
 */
class Executor
{
public:
    virtual ~Executor();
    /** Runs `task` soon on this executor's thread(s). Called with no dispatcher lock held. */
    virtual void post(std::function<void()> task) = 0;
    /**
     * True when a posted task may keep running later jobs of this executor in a loop (a thread
     * pool): the finishing worker then takes its next job itself, with no hand-off. False for
     * event-loop threads, which must get back to their event loop between jobs.
     */
    virtual bool runsLoops() const { return false; }
    virtual QString name() const = 0;
};

/** A private QThreadPool. The dispatcher parks idle workers on it, ready before a burst. */
class PoolExecutor final : public Executor
{
public:
    explicit PoolExecutor(QString name = QStringLiteral("ld-pool"));
    ~PoolExecutor() override;
    void post(std::function<void()> task) override;
    bool runsLoops() const override { return true; }
    QString name() const override { return m_name; }
    /** Blocks until every posted task has returned. */
    void waitForDone();

private:
    QString m_name;
    std::unique_ptr<QThreadPool> m_pool;
};

/**
 * Runs jobs on an existing QThread's event loop (an instrument's I/O thread). Tasks that can
 * no longer run because the thread's loop has ended are destroyed, which fails their jobs.
 */
class ThreadExecutor final : public Executor
{
public:
    explicit ThreadExecutor(QThread *thread, QString name = {});
    ~ThreadExecutor() override;
    /**
     * Queues `task` and wakes the thread's event loop once for all tasks queued meanwhile:
     * many jobs posted in a burst cost one event, and tasks travel under our own lock.
     */
    void post(std::function<void()> task) override;
    QString name() const override { return m_name; }
    QThread *thread() const { return m_thread; }

    struct Queue; ///< shared with the context object on the thread

private:
    QThread *m_thread;
    QString m_name;
    std::shared_ptr<Queue> m_queue;
    QObject *m_context; // lives on m_thread; deleted there
};

} // namespace ld
