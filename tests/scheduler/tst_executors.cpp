// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler/dispatcher.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace ld;

/** Executors: where jobs run (a private pool, or an instrument's own I/O thread). */
class TestExecutors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void poolJobsRunOffTheCallersThread()
    {
        Dispatcher d(2);
        QThread *ranOn = nullptr;
        JobHandle h = d.submit(JobSpec::sync([&](const CancellationToken &) -> QVariant {
            ranOn = QThread::currentThread();
            return {};
        }));
        QVERIFY(h.waitForFinished(10000));
        QVERIFY(ranOn != nullptr);
        QVERIFY(ranOn != QThread::currentThread());
    }

    void threadExecutorRunsJobsOnItsThread()
    {
        QThread io;
        io.setObjectName(QStringLiteral("io-1"));
        io.start();
        {
            ThreadExecutor ex(&io);
            QCOMPARE(ex.name(), QStringLiteral("io-1"));
            Dispatcher d(4);
            std::atomic<int> wrongThread{0};
            for (int i = 0; i < 50; ++i) {
                JobSpec spec = JobSpec::sync([&](const CancellationToken &) -> QVariant {
                    if (QThread::currentThread() != &io)
                        ++wrongThread;
                    return {};
                });
                spec.executor = &ex;
                d.submit(std::move(spec));
            }
            QVERIFY(d.waitForIdle(10000));
            QCOMPARE(wrongThread.load(), 0);
            QCOMPARE(d.counters().succeeded, 50);
        }
        io.quit();
        QVERIFY(io.wait(10000));
    }

    void asyncJobOnAnIoThreadFinishesFromThatThreadsEventLoop()
    {
        QThread io;
        io.start();
        ThreadExecutor ex(&io);
        Dispatcher d(1);
        QObject *timerHost = new QObject;
        timerHost->moveToThread(&io);
        JobSpec spec = JobSpec::async([&](JobContext ctx) {
            // Finish later from the I/O thread's event loop, as a reply-driven transport does.
            QMetaObject::invokeMethod(
                timerHost, [ctx]() mutable { ctx.succeed(QStringLiteral("reply")); },
                Qt::QueuedConnection);
        });
        spec.executor = &ex;
        JobHandle h = d.submit(std::move(spec));
        QVERIFY(h.waitForFinished(10000));
        QCOMPARE(h.result().value.toString(), QStringLiteral("reply"));
        // Deleted on its thread before quit(): a queued deleteLater could still be waiting in
        // the queue when the loop ends, and the object would leak (LeakSanitizer saw it once).
        QMetaObject::invokeMethod(
            timerHost, [timerHost] { delete timerHost; }, Qt::BlockingQueuedConnection);
        io.quit();
        QVERIFY(io.wait(10000));
    }

    void jobForAStoppedThreadFailsInsteadOfHoldingItsSlot()
    {
        QThread io;
        io.start();
        io.quit();
        QVERIFY(io.wait(10000));
        Dispatcher d(1);
        {
            ThreadExecutor ex(&io);
            JobSpec spec = JobSpec::sync([](const CancellationToken &) { return QVariant(1); });
            spec.executor = &ex;
            JobHandle h = d.submit(std::move(spec));
            // The thread is gone: the posted task is destroyed with the executor's context.
            QCOMPARE(h.status(), JobStatus::Running);
        }
        QVERIFY(d.waitForIdle(10000));
        QCOMPARE(d.counters().failed, 1);
        JobHandle next =
            d.submit(JobSpec::sync([](const CancellationToken &) { return QVariant(2); }));
        QVERIFY(next.waitForFinished(10000));
        QCOMPARE(next.status(), JobStatus::Succeeded);
    }

    void burstRunsOnWorkersStartedBeforeIt()
    {
        // Workers are started with the dispatcher: a burst of `cap` jobs all run at once,
        // without waiting for a job to finish first.
        constexpr int kCap = 16;
        Dispatcher d(kCap);
        QSemaphore started, release;
        for (int i = 0; i < kCap; ++i)
            d.submit(JobSpec::sync([&](const CancellationToken &) -> QVariant {
                started.release();
                release.acquire();
                return {};
            }));
        QVERIFY(started.tryAcquire(kCap, 10000));
        release.release(kCap);
        QVERIFY(d.waitForIdle(10000));
    }
};

QTEST_GUILESS_MAIN(TestExecutors)
#include "tst_executors.moc"
