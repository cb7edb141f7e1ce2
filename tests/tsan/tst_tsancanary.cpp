// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSemaphore>
#include <QTest>
#include <QThread>

namespace {
int g_unguarded = 0; ///< no lock, no atomic: the race
QSemaphore g_ran;
} // namespace

/**
 * A deliberate data race that TSan must report: a plain int written inside a lambda posted with
 * QMetaObject::invokeMethod to an object on another thread, and written by the posting thread
 * too after posting it, with nothing ordering the two. A suppression that matches Qt's slot-object
 * frames (which sit below every posted lambda) hides it; tests/tsan.supp must not. Built in the
 * TSan build only; the suite "fails" (TSan's exit code) exactly when the race is seen.
 */
class TestTsanCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRaceInsideALambdaPostedToAnotherThreadIsReported()
    {
        QThread thread;
        QObject target;
        target.moveToThread(&thread);
        thread.start();
        // Captures nothing, so the only access TSan can flag in the lambda is the race itself.
        QVERIFY(QMetaObject::invokeMethod(
            &target,
            [] {
                g_unguarded = 1;
                g_ran.release();
            },
            Qt::QueuedConnection));
        g_unguarded = 2; // after the post, not ordered with the lambda's write: a real race
        g_ran.acquire();
        thread.quit();
        QVERIFY(thread.wait(10000));
        QVERIFY(g_unguarded != 0);
    }
};

QTEST_GUILESS_MAIN(TestTsanCanary)
#include "tst_tsancanary.moc"
