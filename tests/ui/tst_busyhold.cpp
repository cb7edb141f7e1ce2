// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "busyhold.h"

#include <QTest>

using namespace ld;

Q_DECLARE_METATYPE(QList<ld::InstrumentState>)

/** The table shows Busy steadily through a periodic run, not a flicker per job. */
class TestBusyHold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPeriodicRunShowsSteadilyBusy_data()
    {
        using S = InstrumentState;
        QTest::addColumn<bool>("inRun");
        // Per table tick: the state the instrument is in, the jobs it has ended so far, and
        // the state the table shows.
        QTest::addColumn<QList<S>>("states");
        QTest::addColumn<QList<int>>("jobsEnded");
        QTest::addColumn<QList<S>>("shown");
        QTest::newRow("jobs between ticks, sampled idle, show busy")
            << false << QList<S>{S::Idle, S::Idle, S::Idle, S::Idle} << QList<int>{0, 1, 2, 3}
            << QList<S>{S::Idle, S::Busy, S::Busy, S::Busy};
        QTest::newRow("sampled busy and idle in turn, show busy")
            << false << QList<S>{S::Busy, S::Idle, S::Busy, S::Idle} << QList<int>{0, 1, 1, 2}
            << QList<S>{S::Busy, S::Busy, S::Busy, S::Busy};
        QTest::newRow("one idle tick after the last job is held, the next shows idle")
            << false << QList<S>{S::Busy, S::Idle, S::Idle, S::Idle, S::Idle}
            << QList<int>{0, 1, 1, 1, 1} << QList<S>{S::Busy, S::Busy, S::Busy, S::Idle, S::Idle};
        QTest::newRow("part of an active run, idle between jobs, shows busy")
            << true << QList<S>{S::Idle, S::Idle, S::Idle} << QList<int>{0, 0, 0}
            << QList<S>{S::Busy, S::Busy, S::Busy};
        QTest::newRow("an error is shown at once, not held")
            << false << QList<S>{S::Busy, S::Error, S::Idle} << QList<int>{0, 1, 1}
            << QList<S>{S::Busy, S::Error, S::Idle};
        QTest::newRow("reconnecting in a run is shown as it is")
            << true << QList<S>{S::Reconnecting, S::Offline} << QList<int>{0, 0}
            << QList<S>{S::Reconnecting, S::Offline};
        QTest::newRow("idle without jobs stays idle")
            << false << QList<S>{S::Idle, S::Idle} << QList<int>{5, 5}
            << QList<S>{S::Idle, S::Idle};
    }
    void aPeriodicRunShowsSteadilyBusy()
    {
        QFETCH(bool, inRun);
        QFETCH(QList<InstrumentState>, states);
        QFETCH(QList<int>, jobsEnded);
        QFETCH(QList<InstrumentState>, shown);
        BusyHold hold;
        const QString name = QStringLiteral("DMM");
        if (inRun)
            hold.setInRun({name});
        for (int tick = 0; tick < states.size(); ++tick)
            QCOMPARE(instrumentStateName(hold.present(name, states.at(tick), jobsEnded.at(tick))),
                     instrumentStateName(shown.at(tick)));
    }

    void theRunsEndIsShownAfterOneIdleTick()
    {
        BusyHold hold;
        const QString name = QStringLiteral("DMM");
        hold.setInRun({name});
        QCOMPARE(hold.present(name, InstrumentState::Idle, 3), InstrumentState::Busy);
        hold.setInRun({});
        QCOMPARE(hold.present(name, InstrumentState::Idle, 3), InstrumentState::Busy);
        QVERIFY(hold.held().contains(name));
        QCOMPARE(hold.present(name, InstrumentState::Idle, 3), InstrumentState::Idle);
        QVERIFY(hold.held().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBusyHold)
#include "tst_busyhold.moc"
