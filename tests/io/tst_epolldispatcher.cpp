// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/epolldispatcher.h"
#include "scheduler/handoff.h"

#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <functional>
#include <memory>

using namespace ld;

namespace {

/** Generous: only a dispatcher that lost a wake-up waits this long. Not a verdict on speed. */
constexpr int kSafetyMs = 20000;

/** A QThread running its event loop on an EpollEventDispatcher. */
class EpollThread
{
public:
    EpollThread()
    {
        m_thread.setEventDispatcher(new EpollEventDispatcher);
        m_thread.start();
        m_context->moveToThread(&m_thread);
    }
    ~EpollThread()
    {
        QObject *context = m_context;
        if (m_thread.isRunning())
            postTo(
                context, [context] { delete context; }, Qt::BlockingQueuedConnection);
        else
            delete context; // its thread has ended: nothing else can touch it
        m_thread.quit();
        m_thread.wait();
    }
    QThread *thread() { return &m_thread; }
    /** An object living on the thread, to post to. */
    QObject *context() const { return m_context; }
    EpollEventDispatcher *dispatcher()
    {
        return static_cast<EpollEventDispatcher *>(m_thread.eventDispatcher());
    }
    /** Runs @p fn on the thread and waits for it: a test's hop, not I/O. */
    void run(const std::function<void()> &fn)
    {
        postTo(m_context, fn, Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QObject *m_context = new QObject;
};

struct SocketPair
{
    int fds[2] = {-1, -1};
    SocketPair() { QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds) == 0); }
    ~SocketPair()
    {
        ::close(fds[0]);
        ::close(fds[1]);
    }
    void send(char c = 'x') const { QCOMPARE(::write(fds[1], &c, 1), ssize_t(1)); }
    /** Drains what the notified end has, so a level-triggered notifier goes quiet. */
    static int drain(int fd)
    {
        char buf[256];
        int total = 0;
        ssize_t n;
        while ((n = ::read(fd, buf, sizeof buf)) > 0)
            total += int(n);
        return total;
    }
};

} // namespace

/**
 * The I/O threads' event dispatcher: everything a QThread's event loop relies on, posted
 * events, timers, notifiers and quitting, on a thread of its own; and real Qt sockets on it.
 */
class TestEpollDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postedEventsFromAnotherThreadWakeTheLoop()
    {
        EpollThread t;
        std::atomic<int> ran{0};
        // Through ld::postTo, as the product posts: Qt's queue is not instrumented, so TSan sees
        // the hand-off only through postTo's annotations.
        for (int i = 0; i < 1000; ++i)
            ld::postTo(t.context(), [&ran] { ++ran; });
        QTRY_COMPARE_WITH_TIMEOUT(ran.load(), 1000, kSafetyMs);
    }

    void quitEndsTheEventLoop()
    {
        auto t = std::make_unique<EpollThread>();
        t->thread()->quit();
        QVERIFY(t->thread()->wait(kSafetyMs));
    }

    void timersNeverFireEarlyAndRepeatWithoutDrift()
    {
        EpollThread t;
        std::atomic<int> singleFired{0};
        std::atomic<qint64> singleAfterNs{0};
        std::atomic<int> repeats{0};
        std::atomic<qint64> repeatsAfterNs{0};
        std::unique_ptr<QTimer> single;
        std::unique_ptr<QTimer> repeating;
        QElapsedTimer clock;
        t.run([&] {
            single = std::make_unique<QTimer>();
            single->setSingleShot(true);
            single->setTimerType(Qt::PreciseTimer);
            QObject::connect(single.get(), &QTimer::timeout, [&] {
                singleAfterNs = clock.nsecsElapsed();
                ++singleFired;
            });
            repeating = std::make_unique<QTimer>();
            repeating->setTimerType(Qt::PreciseTimer);
            QObject::connect(repeating.get(), &QTimer::timeout, [&] {
                if (++repeats == 10) {
                    repeatsAfterNs = clock.nsecsElapsed();
                    repeating->stop();
                }
            });
            clock.start();
            single->start(30);
            repeating->start(7);
        });
        QTRY_VERIFY_WITH_TIMEOUT(singleFired.load() == 1 && repeats.load() == 10, kSafetyMs);
        // Lower bounds: a timer may be late on a loaded machine, never early.
        QVERIFY(singleAfterNs.load() >= 30 * 1000000);
        QVERIFY(repeatsAfterNs.load() >= 70 * 1000000);
        QTest::qWait(50);
        QCOMPARE(singleFired.load(), 1); // single-shot: once
        QCOMPARE(repeats.load(), 10);    // stopped: no more
        t.run([&] {
            single.reset();
            repeating.reset();
        });
    }

    void remainingTimeAndRegisteredTimersDescribeATimer()
    {
        EpollThread t;
        t.run([&] {
            QObject owner;
            const int id = owner.startTimer(5000, Qt::PreciseTimer);
            QVERIFY(id > 0);
            EpollEventDispatcher *d = t.dispatcher();
            const int left = d->remainingTime(id);
            QVERIFY(left > 0 && left <= 5000);
            const auto timers = d->registeredTimers(&owner);
            QCOMPARE(timers.size(), 1);
            QCOMPARE(timers.first().timerId, id);
            QCOMPARE(timers.first().interval, 5000);
            owner.killTimer(id);
            QCOMPARE(d->remainingTime(id), -1);
            QVERIFY(d->registeredTimers(&owner).isEmpty());
        });
    }

    void aReadNotifierFiresForDataAndStopsWhenDisabled()
    {
        EpollThread t;
        SocketPair pair;
        std::atomic<int> activations{0};
        std::atomic<int> bytes{0};
        std::unique_ptr<QSocketNotifier> notifier;
        t.run([&] {
            notifier = std::make_unique<QSocketNotifier>(pair.fds[0], QSocketNotifier::Read);
            QObject::connect(notifier.get(), &QSocketNotifier::activated, [&] {
                ++activations;
                bytes += SocketPair::drain(pair.fds[0]);
            });
            QCOMPARE(t.dispatcher()->watchedDescriptors(), 1);
        });
        pair.send('a');
        QTRY_COMPARE_WITH_TIMEOUT(bytes.load(), 1, kSafetyMs);
        pair.send('b');
        QTRY_COMPARE_WITH_TIMEOUT(bytes.load(), 2, kSafetyMs);
        const int before = activations.load();
        t.run([&] {
            notifier->setEnabled(false);
            QCOMPARE(t.dispatcher()->watchedDescriptors(), 0);
        });
        pair.send('c');
        t.run([] {}); // a full pass of the loop after the byte
        QTest::qWait(20);
        t.run([] {});
        QCOMPARE(activations.load(), before);
        t.run([&] { notifier->setEnabled(true); }); // level-triggered: the waiting byte fires
        QTRY_COMPARE_WITH_TIMEOUT(bytes.load(), 3, kSafetyMs);
        t.run([&] { notifier.reset(); });
    }

    void readAndWriteNotifiersShareADescriptor()
    {
        EpollThread t;
        SocketPair pair;
        std::atomic<int> reads{0};
        std::atomic<int> writes{0};
        std::unique_ptr<QSocketNotifier> reader;
        std::unique_ptr<QSocketNotifier> writer;
        t.run([&] {
            reader = std::make_unique<QSocketNotifier>(pair.fds[0], QSocketNotifier::Read);
            writer = std::make_unique<QSocketNotifier>(pair.fds[0], QSocketNotifier::Write);
            QObject::connect(reader.get(), &QSocketNotifier::activated, [&] {
                SocketPair::drain(pair.fds[0]);
                ++reads;
            });
            QObject::connect(writer.get(), &QSocketNotifier::activated, [&] {
                ++writes;
                writer->setEnabled(false); // writable at once; once is enough
            });
        });
        QTRY_COMPARE_WITH_TIMEOUT(writes.load(), 1, kSafetyMs);
        pair.send();
        QTRY_COMPARE_WITH_TIMEOUT(reads.load(), 1, kSafetyMs);
        t.run([&] {
            QCOMPARE(t.dispatcher()->watchedDescriptors(), 1); // one descriptor, read only now
            reader.reset();
            writer.reset();
            QCOMPARE(t.dispatcher()->watchedDescriptors(), 0);
        });
    }

    void aNotifierDeletedByAnotherHandlerIsNotActivated()
    {
        // Two descriptors ready in one pass; the first handler deletes the other notifier.
        EpollThread t;
        SocketPair a;
        SocketPair b;
        std::atomic<int> aFired{0};
        std::atomic<int> bFired{0};
        std::unique_ptr<QSocketNotifier> na;
        std::unique_ptr<QSocketNotifier> nb;
        t.run([&] {
            na = std::make_unique<QSocketNotifier>(a.fds[0], QSocketNotifier::Read);
            nb = std::make_unique<QSocketNotifier>(b.fds[0], QSocketNotifier::Read);
            QObject::connect(na.get(), &QSocketNotifier::activated, [&] {
                SocketPair::drain(a.fds[0]);
                ++aFired;
                nb.reset();
            });
            QObject::connect(nb.get(), &QSocketNotifier::activated, [&] {
                SocketPair::drain(b.fds[0]);
                ++bFired;
                na.reset();
            });
            // Both ready before the loop looks: one pass sees both.
            a.send();
            b.send();
        });
        QTRY_COMPARE_WITH_TIMEOUT(aFired.load() + bFired.load(), 1, kSafetyMs);
        t.run([] {});
        QCOMPARE(aFired.load() + bFired.load(), 1);
        t.run([&] {
            na.reset();
            nb.reset();
        });
    }

    void onlyReadyDescriptorsAreActivated()
    {
        EpollThread t;
        constexpr int kPairs = 200;
        std::vector<std::unique_ptr<SocketPair>> pairs;
        for (int i = 0; i < kPairs; ++i)
            pairs.push_back(std::make_unique<SocketPair>());
        std::vector<std::unique_ptr<QSocketNotifier>> notifiers;
        std::vector<int> fired(kPairs, 0);
        std::atomic<int> total{0};
        t.run([&] {
            for (int i = 0; i < kPairs; ++i) {
                auto n = std::make_unique<QSocketNotifier>(pairs[size_t(i)]->fds[0],
                                                           QSocketNotifier::Read);
                QObject::connect(n.get(), &QSocketNotifier::activated, [&, i] {
                    SocketPair::drain(pairs[size_t(i)]->fds[0]);
                    ++fired[size_t(i)];
                    ++total;
                });
                notifiers.push_back(std::move(n));
            }
            QCOMPARE(t.dispatcher()->watchedDescriptors(), kPairs);
        });
        for (int i = 0; i < kPairs; i += 7)
            pairs[size_t(i)]->send();
        const int expected = (kPairs + 6) / 7;
        QTRY_COMPARE_WITH_TIMEOUT(total.load(), expected, kSafetyMs);
        t.run([&] {
            for (int i = 0; i < kPairs; ++i)
                QCOMPARE(fired[size_t(i)], i % 7 == 0 ? 1 : 0);
            notifiers.clear();
        });
    }

    void qtSocketsEchoOverLoopbackOnTheThread()
    {
        // QTcpServer and QTcpSocket as the I/O threads use them, through this dispatcher.
        EpollThread t;
        std::unique_ptr<QTcpServer> server;
        std::unique_ptr<QTcpSocket> client;
        std::atomic<int> echoed{0};
        QByteArray received;
        t.run([&] {
            server = std::make_unique<QTcpServer>();
            QVERIFY(server->listen(QHostAddress::LocalHost));
            QObject::connect(server.get(), &QTcpServer::newConnection, [&] {
                QTcpSocket *peer = server->nextPendingConnection();
                QObject::connect(peer, &QTcpSocket::readyRead,
                                 [peer] { peer->write(peer->readAll()); });
            });
            client = std::make_unique<QTcpSocket>();
            QObject::connect(client.get(), &QTcpSocket::connected,
                             [&] { client->write("ping\n"); });
            QObject::connect(client.get(), &QTcpSocket::readyRead, [&] {
                received += client->readAll();
                if (received.endsWith('\n')) {
                    if (++echoed < 100)
                        client->write("ping\n");
                }
            });
            client->connectToHost(QHostAddress::LocalHost, server->serverPort());
        });
        QTRY_COMPARE_WITH_TIMEOUT(echoed.load(), 100, kSafetyMs);
        t.run([&] {
            QCOMPARE(received, QByteArray("ping\n").repeated(100));
            client.reset();
            server.reset();
        });
    }
};

QTEST_GUILESS_MAIN(TestEpollDispatcher)
#include "tst_epolldispatcher.moc"
