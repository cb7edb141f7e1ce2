// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Built only in TSan builds, and racy on purpose: two lambdas write an int on a worker thread
// while the main thread writes it too, one posted with QMetaObject::invokeMethod, one run by
// a queued connection. Both are shaped like our cross-thread code, with Qt's slot-object
// frames below them. tsancanary.cmake runs this and fails unless TSan reports both races,
// so tests/tsan.supp can never again hide races inside such lambdas.
#include <QCoreApplication>
#include <QObject>
#include <QSemaphore>
#include <QThread>

#include <cstdio>

namespace {

/** Emits the signal a queued connection delivers on the worker. */
class Sender : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void ping();
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QThread worker;
    worker.start();
    QObject receiver;
    receiver.moveToThread(&worker);
    // QSemaphore's futex is invisible to TSan, so it orders nothing TSan could see.
    QSemaphore done;

    int *invoked = new int(0);
    QMetaObject::invokeMethod(
        &receiver,
        [invoked, &done] {
            *invoked = 2; // races with the write below
            done.release();
        },
        Qt::QueuedConnection);
    *invoked = 1;
    done.acquire();

    int *queued = new int(0);
    Sender sender;
    QObject::connect(&sender, &Sender::ping, &receiver, [queued, &done] {
        *queued = 2; // races with the write below
        done.release();
    });
    Q_EMIT sender.ping();
    *queued = 1;
    done.acquire();

    worker.quit();
    worker.wait();
    std::printf("tsan_canary: %d %d\n", *invoked, *queued);
    delete invoked;
    delete queued;
    return 0;
}

#include "tsan_canary.moc"
