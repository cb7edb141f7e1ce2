// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"
#include "dispatcher_p.h"

#include <QLoggingCategory>
#include <QMetaMethod>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDispatcher, "labdispatch.dispatcher")

namespace ld {

Dispatcher::Dispatcher(int cap, QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<PoolExecutor>())
{
    if (cap < kMinCap || cap > kMaxCap) {
        qCWarning(lcDispatcher, "cap %d is outside [%d, %d]; using %d", cap, kMinCap, kMaxCap,
                  std::clamp(cap, kMinCap, kMaxCap));
        cap = std::clamp(cap, kMinCap, kMaxCap);
    }
    d = std::make_shared<detail::DispatcherCore>(this, m_pool.get(), cap);
    m_counterTimer.setSingleShot(true);
    connect(&m_counterTimer, &QTimer::timeout, this, &Dispatcher::flushCounters);
    d->prestartRunners(m_pool.get(), std::min(cap, detail::kMaxPrestartedRunners));
}

Dispatcher::~Dispatcher()
{
    d->detachFacade();
    const ShutdownReport report = d->shutdown(-1);
    Q_UNUSED(report);
    m_pool->waitForDone();
}

JobHandle Dispatcher::submit(JobSpec spec)
{
    return d->submit(std::move(spec));
}

bool Dispatcher::setCap(int newCap, QString *error)
{
    if (newCap < kMinCap || newCap > kMaxCap) {
        if (error)
            *error = tr("The cap must be between %1 and %2 jobs at once; %3 is out of range.")
                         .arg(kMinCap)
                         .arg(kMaxCap)
                         .arg(newCap);
        return false;
    }
    if (!d->setCap(newCap)) {
        if (error)
            *error = tr("The dispatcher is shut down.");
        return false;
    }
    return true;
}

int Dispatcher::cap() const
{
    return d->cap.load(std::memory_order_relaxed);
}

int Dispatcher::cancelKey(const QString &key)
{
    return d->cancelKey(key);
}

int Dispatcher::cancelQueued()
{
    return d->cancelQueued(false);
}

int Dispatcher::cancelAll()
{
    return d->cancelQueued(true);
}

void Dispatcher::pause()
{
    d->setPaused(true);
}

void Dispatcher::resume()
{
    d->setPaused(false);
}

bool Dispatcher::isPaused() const
{
    return d->paused.load(std::memory_order_relaxed);
}

bool Dispatcher::isBusy() const
{
    return d->queued.load(std::memory_order_relaxed) + d->running.load(std::memory_order_relaxed) >
           0;
}

bool Dispatcher::waitForIdle(int msecs)
{
    return d->waitForIdle(msecs);
}

ShutdownReport Dispatcher::shutdown(int msecs)
{
    return d->shutdown(msecs);
}

bool Dispatcher::isShutDown() const
{
    return !d->accepting.load(std::memory_order_relaxed);
}

DispatcherCounters Dispatcher::counters() const
{
    DispatcherCounters c;
    c.submitted = d->submitted.load(std::memory_order_relaxed);
    c.queued = d->queued.load(std::memory_order_relaxed);
    c.running = d->running.load(std::memory_order_relaxed);
    c.succeeded = d->succeeded.load(std::memory_order_relaxed);
    c.failed = d->failed.load(std::memory_order_relaxed);
    c.cancelled = d->cancelled.load(std::memory_order_relaxed);
    c.timedOut = d->timedOut.load(std::memory_order_relaxed);
    c.rejected = d->rejected.load(std::memory_order_relaxed);
    c.peakRunning = d->peakRunning.load(std::memory_order_relaxed);
    c.cap = d->cap.load(std::memory_order_relaxed);
    c.paused = d->paused.load(std::memory_order_relaxed);
    return c;
}

QStringList Dispatcher::busyKeys() const
{
    return d->busyKeys();
}

Executor *Dispatcher::poolExecutor() const
{
    return m_pool.get();
}

void Dispatcher::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&Dispatcher::jobFinished))
        d->finishedSignalConnected.store(true, std::memory_order_relaxed);
}

void Dispatcher::disconnectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&Dispatcher::jobFinished) &&
        !isSignalConnected(QMetaMethod::fromSignal(&Dispatcher::jobFinished)))
        d->finishedSignalConnected.store(false, std::memory_order_relaxed);
}

void Dispatcher::flushCounters()
{
    if (m_sinceLastCounters.isValid()) {
        const qint64 elapsed = m_sinceLastCounters.elapsed();
        if (elapsed < kCounterIntervalMs) {
            if (!m_counterTimer.isActive())
                m_counterTimer.start(int(kCounterIntervalMs - elapsed));
            return;
        }
    }
    m_sinceLastCounters.start();
    const bool active = d->consumeActivity();
    const DispatcherCounters c = counters();
    Q_EMIT countersChanged(c);
    const bool nowIdle = c.queued == 0 && c.running == 0;
    if (nowIdle && (!m_wasIdle || active))
        Q_EMIT idle();
    m_wasIdle = nowIdle;
}

} // namespace ld
