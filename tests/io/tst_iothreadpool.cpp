// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/iothreadpool.h"
#include "scheduler/handoff.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <set>

using namespace ld;

class TestIoThreadPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsAFewThreads()
    {
        const int n = IoThreadPool::defaultThreadCount();
        QVERIFY(n >= 1 && n <= 4);
        QCOMPARE(n, std::min(4, std::max(1, QThread::idealThreadCount())));
    }

    void threadsRunEventLoops()
    {
        IoThreadPool pool(2, QStringLiteral("t-io"));
        QCOMPARE(pool.threadCount(), 2);
        QSemaphore ran;
        QThread *seen = nullptr;
        QThread *main = QThread::currentThread();
        QObject context;
        context.moveToThread(pool.thread(1));
        postTo(&context, [&] {
            seen = QThread::currentThread();
            context.moveToThread(main); // back home, so it is destroyed on its own thread
            LD_TSAN_RELEASE(&ran);      // QSemaphore's own ordering is invisible to TSan
            ran.release();
        });
        QVERIFY(ran.tryAcquire(1, 10000));
        LD_TSAN_ACQUIRE(&ran);
        QCOMPARE(seen, pool.thread(1));
        QCOMPARE(pool.thread(1)->objectName(), QStringLiteral("t-io-1"));
    }

    void acquireSpreadsToTheLeastLoaded()
    {
        IoThreadPool pool(3);
        std::vector<QThread *> got;
        for (int i = 0; i < 6; ++i)
            got.push_back(pool.acquire());
        // Round-robin while they come in order: two objects on each thread.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pool.load(i), 2);
        QCOMPARE(std::set<QThread *>(got.begin(), got.end()).size(), size_t(3));
        pool.release(pool.thread(1));
        pool.release(pool.thread(1));
        QCOMPARE(pool.acquire(), pool.thread(1)); // the emptied thread is picked first
        QCOMPARE(pool.load(1), 1);
    }

    void shutdownEndsEveryThreadWithinTheBound()
    {
        IoThreadPool pool(3);
        QVERIFY(pool.shutdown(std::chrono::milliseconds(10000)));
        for (int i = 0; i < pool.threadCount(); ++i)
            QVERIFY(pool.thread(i)->isFinished());
    }

    void shutdownReportsAThreadThatDoesNotStop()
    {
        auto pool = std::make_unique<IoThreadPool>(1);
        QSemaphore started, release;
        QThread *main = QThread::currentThread();
        QObject context;
        context.moveToThread(pool->thread(0));
        // Occupies the thread so its event loop cannot quit in time.
        QMetaObject::invokeMethod(&context, [&] {
            context.moveToThread(main);
            started.release();
            release.acquire();
        });
        QVERIFY(started.tryAcquire(1, 10000));
        QVERIFY(!pool->shutdown(std::chrono::milliseconds(50)));
        release.release();
        QVERIFY(pool->shutdown(std::chrono::milliseconds(10000)));
    }
};

QTEST_GUILESS_MAIN(TestIoThreadPool)
#include "tst_iothreadpool.moc"
