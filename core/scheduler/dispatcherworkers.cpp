// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher_p.h"

#include <algorithm>
#include <exception>

// The execution side of DispatcherCore: pool workers that run admitted jobs one after another,
// and the hand-over to executors that cannot loop (an instrument's I/O thread).

namespace ld::detail {

namespace {
/**
 * A job posted to an executor that cannot loop. If the executor destroys the task without
 * running it (its thread's event loop has ended), the job fails instead of holding its slot.
 */
struct PostedJob
{
    std::shared_ptr<DispatcherCore> core;
    JobPtr job;
    QString executorName;
    bool ran = false;
    ~PostedJob()
    {
        if (!ran && core)
            core->complete(job, JobStatus::Failed, {},
                           Dispatcher::tr("the executor '%1' stopped before the job could run")
                               .arg(executorName));
    }
};
} // namespace

void Runner::post()
{
    {
        std::lock_guard lock(mutex);
        posted = true;
    }
    // After unlocking: the woken worker does not block on our lock. The Runner outlives this
    // call because the core owns it and the caller holds the core.
    cv.notify_one();
}

void Runner::wait()
{
    std::unique_lock lock(mutex);
    cv.wait(lock, [this] { return posted; });
    posted = false;
}

LoopPool *DispatcherCore::loopPoolLocked(Executor *ex)
{
    if (ex == m_pool)
        return &m_mainPool;
    auto &p = m_otherPools[ex];
    if (!p)
        p = std::make_unique<LoopPool>(ex);
    return p.get();
}

void DispatcherCore::wakeLocked(LoopPool *pool, Deferred &out)
{
    if (pool->looking > 0 || pool->runQueue.empty())
        return;
    if (!pool->idle.empty()) {
        out.wakes.push_back(pool->idle.back());
        pool->idle.pop_back();
        ++pool->looking;
        return;
    }
    // Every worker is running a job: start another rather than let an admitted job wait.
    if (pool->runners < pool->executing + int(pool->runQueue.size())) {
        ++pool->runners;
        ++pool->looking;
        out.spawns.push_back(pool);
    }
}

void DispatcherCore::releaseRunnersLocked(Deferred &out)
{
    // Parked workers look once more (admitted jobs still run, with cancelled tokens) and then
    // end.
    auto release = [&out](LoopPool &pool) {
        for (Runner *r : pool.idle) {
            ++pool.looking;
            out.wakes.push_back(r);
        }
        pool.idle.clear();
    };
    release(m_mainPool);
    for (auto &entry : m_otherPools)
        release(*entry.second);
}

void DispatcherCore::prestartRunners(Executor *ex, int count)
{
    LoopPool *pool = nullptr;
    int missing = 0;
    {
        std::lock_guard lock(m_mutex);
        if (m_shutdown)
            return;
        pool = loopPoolLocked(ex);
        missing = std::max(0, count - pool->runners);
        pool->runners += missing;
        pool->looking += missing; // each looks at the run queue once it runs
    }
    if (missing == 0)
        return;
    // Start one worker now and let it start the others: the caller (a constructor, setCap)
    // pays for one thread, not for `missing`, and jobs admitted meanwhile are taken by
    // whichever worker is up first.
    auto self = shared_from_this();
    ex->post([self, pool, missing] {
        for (int i = 1; i < missing; ++i)
            pool->executor->post([self, pool] { self->runnerLoop(pool); });
        self->runnerLoop(pool);
    });
}

void DispatcherCore::postJob(const JobPtr &job)
{
    Executor *ex = job->executor;
    auto posted = std::make_shared<PostedJob>();
    posted->core = shared_from_this();
    posted->job = job;
    posted->executorName = ex->name();
    ex->post([posted] {
        posted->ran = true;
        DispatcherCore *core = posted->core.get();
        { // Pairs with the admitting thread's unlock, so race checkers see the job's fields.
            std::lock_guard lock(core->m_mutex);
        }
        if (auto outcome = core->execute(posted->job))
            core->complete(posted->job, outcome->status, std::move(outcome->value),
                           std::move(outcome->error));
    });
}

std::optional<SyncOutcome> DispatcherCore::execute(const JobPtr &job)
{
    job->startedNs.store(monotonicNowNs(), std::memory_order_relaxed);
    if (job->start) {
        auto c = std::make_shared<Completion>();
        c->core = shared_from_this();
        c->job = job;
        c->token = CancellationToken(std::shared_ptr<CancelState>(job, &job->cancel));
        QString thrown;
        try {
            job->start(JobContext(c));
        } catch (const std::exception &e) {
            thrown = QString::fromLocal8Bit(e.what());
            if (thrown.isEmpty())
                thrown = Dispatcher::tr("the job threw an exception");
        } catch (...) {
            thrown = Dispatcher::tr("the job threw an exception that is not a std::exception");
        }
        if (!thrown.isNull() && !c->done.exchange(true))
            complete(job, JobStatus::Failed, {}, std::move(thrown));
        return std::nullopt;
    }

    SyncOutcome o;
    try {
        o.value = job->run(CancellationToken(std::shared_ptr<CancelState>(job, &job->cancel)));
    } catch (const std::exception &e) {
        o.status = JobStatus::Failed;
        o.error = QString::fromLocal8Bit(e.what());
        if (o.error.isEmpty())
            o.error = Dispatcher::tr("the job threw an exception");
    } catch (...) {
        o.status = JobStatus::Failed;
        o.error = Dispatcher::tr("the job threw an exception that is not a std::exception");
    }
    if (o.status == JobStatus::Succeeded && job->cancel.cancelled.load(std::memory_order_acquire)) {
        o.status = JobStatus::Cancelled;
        o.error = Dispatcher::tr("cancelled while running");
    }
    return o;
}

JobPtr DispatcherCore::takeLocked(LoopPool *pool, Deferred &out)
{
    JobPtr job;
    if (!pool->runQueue.empty()) {
        job = std::move(pool->runQueue.front());
        pool->runQueue.pop_front();
    }
    // Fill a slot a finish just freed; with an empty run queue the first admitted job is ours.
    dispatchLocked(pool, &job, out);
    return job;
}

void DispatcherCore::runnerLoop(LoopPool *pool)
{
    Runner *runner = nullptr;
    Deferred out;
    // Taking the lock first also pairs with the admitting thread's unlock, so race checkers
    // see the job's fields.
    std::unique_lock lock(m_mutex);
    for (;;) {
        // Every worker gets here counted in pool->looking: started or woken.
        --pool->looking;
        if (JobPtr job = takeLocked(pool, out)) {
            ++pool->executing;
            for (;;) {
                // Leave what is left to another worker: wake one if nobody else is looking.
                wakeLocked(pool, out);
                lock.unlock();
                runDeferred(out); // also frees the last job's state, outside the lock
                auto outcome = execute(job);
                qint64 finishedNs = 0, wallNs = 0;
                if (outcome) { // stamped before the lock: the lock is not part of the job
                    finishedNs = monotonicNowNs();
                    wallNs = wallNowNs();
                }
                lock.lock();
                if (outcome)
                    finishLocked(job, outcome->status, std::move(outcome->value),
                                 std::move(outcome->error), out, finishedNs, wallNs);
                out.ended.push_back(std::move(job)); // freed with the lock released
                // The finishing worker takes its next job itself, under the one lock it needs
                // anyway to record the finish: no hand-off and no wake-up while a backlog lasts.
                JobPtr next = takeLocked(pool, out);
                if (!next)
                    break;
                job = std::move(next);
            }
            --pool->executing;
        }
        // Nothing to take. The lock is held; `out` may hold notifications of the last job.
        if (m_shutdown) {
            --pool->runners;
            lock.unlock();
            runDeferred(out);
            return;
        }
        if (!runner) {
            m_runnerStore.push_back(std::make_unique<Runner>());
            runner = m_runnerStore.back().get();
        }
        pool->idle.push_back(runner);
        lock.unlock();
        runDeferred(out);
        // Parks without a timeout: an idle dispatcher wakes nobody. Whoever pops this worker
        // from pool->idle counts it as looking and posts it.
        runner->wait();
        lock.lock();
    }
}

} // namespace ld::detail
