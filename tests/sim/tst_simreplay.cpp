// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/replyclock.h"
#include "sim/simreplay.h"
#include "sim/simserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace ld;

namespace {

constexpr qint64 kMs = 1000000;

TraceEvent traceEvent(TraceEvent::Kind kind, qint64 ms, const QByteArray &data = {})
{
    TraceEvent e;
    e.kind = kind;
    e.monoNs = ms * kMs;
    e.instrument = QStringLiteral("t1");
    e.data = data;
    return e;
}

/** A recording of one `*IDN?` answered after 2 ms; the link dropped `idleMs` after the reply. */
QList<TraceEvent> idleHangUpAfterReply(qint64 idleMs)
{
    return {traceEvent(TraceEvent::Kind::Connect, 0),
            traceEvent(TraceEvent::Kind::Write, 10, "*IDN?\n"),
            traceEvent(TraceEvent::Kind::Read, 12, "SIM,T,1,1.0\n"),
            traceEvent(TraceEvent::Kind::Disconnect, 12 + idleMs, "remote host closed")};
}

} // namespace

/**
 * `labsim --replay`'s device: which recorded hang-ups belong to a reply and which come after
 * the exchange, and how the server replays the latter.
 */
class TestSimReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHangUpIsPartOfTheReplyOnlyWhileTheExchangeLasts_data()
    {
        QTest::addColumn<QList<TraceEvent>>("events");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("delayMs");
        QTest::addColumn<bool>("hangUp");
        QTest::addColumn<qint64>("idleHangUpMs"); // -1: none

        using K = TraceEvent::Kind;
        QTest::newRow("a hang-up 5 s after a complete reply is an idle one")
            << idleHangUpAfterReply(5000) << QByteArray("SIM,T,1,1.0\n") << qint64(2) << false
            << qint64(5000);
        QTest::newRow("a hang-up that cuts the reply ends it")
            << QList<TraceEvent>{traceEvent(K::Write, 10, "MEAS?\n"),
                                 traceEvent(K::Read, 13, "+1.2"),
                                 traceEvent(K::Disconnect, 15, "gone")}
            << QByteArray("+1.2") << qint64(5) << true << qint64(-1);
        QTest::newRow("a hang-up instead of any reply ends the exchange")
            << QList<TraceEvent>{traceEvent(K::Write, 10, "MEAS?\n"),
                                 traceEvent(K::Disconnect, 40, "gone")}
            << QByteArray() << qint64(30) << true << qint64(-1);
        QTest::newRow("a hang-up after a timeout counts from the command")
            << QList<TraceEvent>{traceEvent(K::Write, 10, "MEAS?\n"),
                                 traceEvent(K::Timeout, 1010, "no reply"),
                                 traceEvent(K::Disconnect, 3010, "gone")}
            << QByteArray() << qint64(0) << false << qint64(3000);
        QTest::newRow("a reply with no hang-up has none")
            << QList<TraceEvent>{traceEvent(K::Write, 10, "MEAS?\n"),
                                 traceEvent(K::Read, 11, "+1.2\n")}
            << QByteArray("+1.2\n") << qint64(1) << false << qint64(-1);
    }

    void aHangUpIsPartOfTheReplyOnlyWhileTheExchangeLasts()
    {
        QFETCH(QList<TraceEvent>, events);
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, delayMs);
        QFETCH(bool, hangUp);
        QFETCH(qint64, idleHangUpMs);
        QString error;
        std::optional<SimReplay> replay =
            SimReplay::fromEvents(events, QStringLiteral("t1"), &error);
        QVERIFY2(replay, qPrintable(error));
        const SimReplay::Reply reply = replay->answer("MEAS?"); // in order: the first exchange
        QCOMPARE(reply.bytes, bytes);
        QCOMPARE(reply.delayNs, delayMs * kMs);
        QCOMPARE(reply.hangUp, hangUp);
        QCOMPARE(reply.idleHangUpNs.value_or(-kMs) / kMs, idleHangUpMs);
    }

    void theSpeedScalesTheIdleTimeToo()
    {
        QString error;
        std::optional<SimReplay> replay =
            SimReplay::fromEvents(idleHangUpAfterReply(5000), QStringLiteral("t1"), &error);
        QVERIFY2(replay, qPrintable(error));
        replay->setSpeed(10);
        QCOMPARE(replay->answer("*IDN?").idleHangUpNs, std::optional<qint64>(500 * kMs));
    }

    void theReplayAnswersAtOnceAndHangsUpOnlyOnceTheLinkWasIdleTheRecordedTime_data()
    {
        QTest::addColumn<qint64>("idleMs");
        QTest::addColumn<bool>("hangsUpWithinTheTest");
        // Not after the 60 s: the reply leaves at its 2 ms, and the link stays meanwhile.
        QTest::newRow("idle 60 s: the reply at once, the link kept") << qint64(60000) << false;
        QTest::newRow("idle 200 ms: the reply, then the hang-up") << qint64(200) << true;
    }

    void theReplayAnswersAtOnceAndHangsUpOnlyOnceTheLinkWasIdleTheRecordedTime()
    {
        QFETCH(qint64, idleMs);
        QFETCH(bool, hangsUpWithinTheTest);
        QString error;
        auto replay = std::make_unique<SimReplay>(
            *SimReplay::fromEvents(idleHangUpAfterReply(idleMs), QStringLiteral("t1"), &error));
        ReplyClock clock;
        SimServer::Options options;
        options.transport = SimServer::Transport::Tcp;
        SimServer server(std::move(replay), options, &clock);
        QVERIFY2(server.start(&error), qPrintable(error));
        const quint16 port = quint16(server.resource().section(QLatin1String("::"), 2, 2).toUInt());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(10000));
        QSignalSpy gone(&socket, &QTcpSocket::disconnected);
        socket.write("*IDN?\n");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += socket.readAll()).endsWith('\n'), 10000);
        QCOMPARE(got, QByteArray("SIM,T,1,1.0\n"));
        if (hangsUpWithinTheTest) {
            QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 10000);
        } else {
            QCOMPARE(gone.count(), 0);
            QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimReplay)
#include "tst_simreplay.moc"
