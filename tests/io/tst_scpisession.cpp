// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/idninfo.h"
#include "io/iothreadpool.h"
#include "io/scpiparse.h"
#include "io/scpisession.h"
#include "io/serialsettings.h"
#include "io/visaresource.h"
#include "ptypeer.h"
#include "runexchange.h"
#include "scheduler/handoff.h"
#include "tcppeer.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace ld;
using ld::test::PtyPeer;
using ld::test::ScriptedPeer;
using ld::test::TcpPeer;

namespace {

constexpr int kSafetyMs = 10000; // only ever reached when the code under test is broken

struct Link
{
    std::unique_ptr<ScriptedPeer> peer;
    std::unique_ptr<ScpiSession> session;
};

std::unique_ptr<ScriptedPeer> makePeer(const QString &kind)
{
    if (kind == QLatin1String("serial"))
        return std::make_unique<PtyPeer>();
    return std::make_unique<TcpPeer>();
}

std::unique_ptr<ScpiSession> makeSession(const QString &resourceText)
{
    QString error;
    const VisaResource resource = VisaResource::parse(resourceText, &error);
    if (!resource.isValid())
        qFatal("bad test resource %s: %s", qPrintable(resourceText), qPrintable(error));
    return std::make_unique<ScpiSession>(Transport::create(resource, SerialSettings()));
}

ScpiReply run(ScpiSession &session, const ScpiRequest &request)
{
    return ld::test::runExchange(session, request, kSafetyMs);
}

QByteArray allByteValues()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

/**
 * A transport that logs the session's calls: what a message-based transport (VXI-11, GPIB)
 * sees of the exchange hook, or with `joins` what a stream (serial, TCP) is given to write.
 * Replies with `reply` to every write when it is set.
 */
class HookLogTransport final : public Transport
{
public:
    QStringList log;
    bool writable = true;
    bool joins = false;
    QByteArray reply;

    void open() override
    {
        setState(State::Open);
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT opened(); }, Qt::QueuedConnection);
    }
    void close() override { setState(State::Closed); }
    bool write(const QByteArray &bytes) override
    {
        log.append(QStringLiteral("write ") + QString::fromLatin1(bytes.trimmed()));
        if (writable && !reply.isEmpty())
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT bytesReceived(reply); }, Qt::QueuedConnection);
        return writable;
    }
    void discardInput() override {}
    QString description() const override { return QStringLiteral("hook log"); }
    bool joinsCommands() const override { return joins; }
    void beginExchange(const Exchange &exchange) override
    {
        log.append(QStringLiteral("begin %1 ms%2%3")
                       .arg(exchange.timeoutMs)
                       .arg(exchange.replyExpected ? QStringLiteral(", reply") : QString())
                       .arg(exchange.termChar ? QStringLiteral(", until LF") : QString()));
    }
    void endExchange(bool abandoned) override
    {
        log.append(abandoned ? QStringLiteral("end abandoned") : QStringLiteral("end"));
    }
};

/**
 * A session on a HookLogTransport (`*transport`), opened, with a 500 ms timeout; null when it
 * did not open.
 */
std::unique_ptr<ScpiSession> openHookLogSession(HookLogTransport **transport, bool joins = false)
{
    auto owned = std::make_unique<HookLogTransport>();
    *transport = owned.get();
    (*transport)->joins = joins;
    ScpiSession::Options options;
    options.timeoutMs = 500;
    return ld::test::openSession(std::move(owned), options, kSafetyMs);
}

} // namespace

class TestScpiSession : public QObject
{
    Q_OBJECT

private:
    Link m_link;

    /** Opens a session to a fresh peer of `kind` ("serial" over a pty, "tcp" on loopback). */
    bool connectLink(const QString &kind)
    {
        m_link = {};
        m_link.peer = makePeer(kind);
        m_link.session = makeSession(m_link.peer->resource());
        QSignalSpy opened(m_link.session.get(), &ScpiSession::opened);
        m_link.session->open();
        return opened.wait(kSafetyMs) &&
               QTest::qWaitFor([this] { return m_link.peer->isLinked(); }, kSafetyMs);
    }

    ScpiSession &session() { return *m_link.session; }
    ScriptedPeer &peer() { return *m_link.peer; }

    static void addTransports()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("serial over pty") << QStringLiteral("serial");
        QTest::newRow("tcp on loopback") << QStringLiteral("tcp");
    }

private Q_SLOTS:
    void cleanup() { m_link = {}; }

    void queryRoundTripStripsTheTerminator_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("serial, LF") << QStringLiteral("serial") << QByteArray("+1.250E+00\n");
        QTest::newRow("serial, CRLF") << QStringLiteral("serial") << QByteArray("+1.250E+00\r\n");
        QTest::newRow("tcp, LF") << QStringLiteral("tcp") << QByteArray("+1.250E+00\n");
        QTest::newRow("tcp, CRLF") << QStringLiteral("tcp") << QByteArray("+1.250E+00\r\n");
    }
    void queryRoundTripStripsTheTerminator()
    {
        QFETCH(QString, transport);
        QFETCH(QByteArray, reply);
        QVERIFY(connectLink(transport));
        peer().answer("MEAS:VOLT?", reply);

        const ScpiReply r = run(session(), ScpiRequest::query("MEAS:VOLT?"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.response(), QByteArray("+1.250E+00"));
        QCOMPARE(scpi::parseNumber(r.response()).value_or(-1), 1.25);
        QCOMPARE(peer().received(), QList<QByteArray>{"MEAS:VOLT?"});
    }

    void commandLargerThanTheKernelTakesAtOnceArrivesWholeAndInOrder_data() { addTransports(); }
    void commandLargerThanTheKernelTakesAtOnceArrivesWholeAndInOrder()
    {
        // Far more than a pty or a fresh loopback socket buffer takes in one write: the part
        // written straight to the descriptor and the rest queued in Qt must arrive in order.
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        QByteArray big("DATA ");
        for (int i = 0; big.size() < 1024 * 1024; ++i)
            big.append(char('a' + i % 26));
        peer().answer(big, "1\n");
        peer().answer("*OPC?", "2\n");

        const ScpiReply first = run(session(), ScpiRequest::query(big));
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(first.response(), QByteArray("1"));
        const ScpiReply second = run(session(), ScpiRequest::query("*OPC?"));
        QVERIFY2(second.ok(), qPrintable(second.message));
        QCOMPARE(second.response(), QByteArray("2"));
        QCOMPARE(peer().received(), (QList<QByteArray>{big, "*OPC?"}));
    }

    void configuredTerminatorsFrameBothDirections_data() { addTransports(); }
    void configuredTerminatorsFrameBothDirections()
    {
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        ScpiSession::Options o;
        o.readTerminator = "\r";
        o.writeTerminator = "\r\n";
        session().setOptions(o);
        QByteArray raw;
        peer().setHandler([&](const QByteArray &line) {
            raw = line;
            peer().send("a\nb\r");
        });
        const ScpiReply r = run(session(), ScpiRequest::query("*OPC?"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(raw, QByteArray("*OPC?")); // the peer strips the CR of CRLF
        QCOMPARE(r.response(), QByteArray("a\nb"));
    }

    void definiteBlockIsReadByLengthEvenWithTerminatorsInside_data() { addTransports(); }
    void definiteBlockIsReadByLengthEvenWithTerminatorsInside()
    {
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        const QByteArray payload = allByteValues() + QByteArray("\n\r\n#9\n");
        peer().setHandler([&](const QByteArray &line) {
            if (line == "CURV?") {
                const QByteArray len = QByteArray::number(payload.size());
                // Split in pieces so the header and the payload arrive apart.
                peer().send("#" + QByteArray::number(len.size()) + len);
                peer().send(payload.left(10));
                peer().send(payload.mid(10) + "\n");
            } else if (line == "*OPC?") {
                peer().send("1\n");
            }
        });
        const ScpiReply r =
            run(session(), ScpiRequest::queryBlock("CURV?").then(ScpiRequest::query("*OPC?")));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.responses.size(), 2);
        QCOMPARE(r.response(0), payload);
        QCOMPARE(r.response(1), QByteArray("1")); // the stream stayed in step after the block
    }

    void indefiniteBlockEndsAtTheTerminator_data() { addTransports(); }
    void indefiniteBlockEndsAtTheTerminator()
    {
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        peer().answer("DATA?", QByteArray("#0ab\x01\x02\x00z\n", 9));
        const ScpiReply r = run(session(), ScpiRequest::queryBlock("DATA?"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.response(), QByteArray("ab\x01\x02\x00z", 6));
    }

    void numberListReplyParses_data() { addTransports(); }
    void numberListReplyParses()
    {
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        peer().answer("FETC?", "+1.5E+00,-2,3.0E-3,9.9E37\n");
        const ScpiReply r = run(session(), ScpiRequest::query("FETC?"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const auto values = scpi::parseNumberList(r.response());
        QVERIFY(values.has_value());
        QCOMPARE(values->size(), 4);
        QCOMPARE(values->at(0), 1.5);
        QCOMPARE(values->at(1), -2.0);
        QCOMPARE(values->at(2), 0.003);
        QVERIFY(qIsInf(values->at(3)));
    }

    void timeoutThenNextQueryGetsItsOwnReplyNotTheLateOne_data() { addTransports(); }
    void timeoutThenNextQueryGetsItsOwnReplyNotTheLateOne()
    {
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        peer().answer("MEAS?", "2.5\n"); // SLOW? gets no answer in time
        const ScpiReply slow = run(session(), ScpiRequest::query("SLOW?", 150));
        QCOMPARE(slow.status, ScpiReply::Status::Timeout);
        QCOMPARE(slow.failedStep, 0);
        QVERIFY2(slow.message.contains(QLatin1String("SLOW?")), qPrintable(slow.message));

        // The late reply to SLOW? arrives now, before the next query.
        const qint64 before = session().discardedBytes();
        peer().send("9.75\n");
        QTRY_COMPARE_WITH_TIMEOUT(session().discardedBytes(), before + 5, kSafetyMs);

        const ScpiReply next = run(session(), ScpiRequest::query("MEAS?"));
        QVERIFY2(next.ok(), qPrintable(next.message));
        QCOMPARE(next.response(), QByteArray("2.5"));
    }

    void partialReplyThenSilenceTimesOut_data() { addTransports(); }
    void partialReplyThenSilenceTimesOut()
    {
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        peer().answer("MEAS?", "1.2");
        const ScpiReply r = run(session(), ScpiRequest::query("MEAS?", 150));
        QCOMPARE(r.status, ScpiReply::Status::Timeout);
        QVERIFY2(r.message.contains(QLatin1String("3 bytes")), qPrintable(r.message));
    }

    void garbageStreamEndsAsProtocolErrorWithBoundedMemory_data() { addTransports(); }
    void garbageStreamEndsAsProtocolErrorWithBoundedMemory()
    {
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        ScpiSession::Options o;
        o.maxLineBytes = 4096;
        session().setOptions(o);
        const QByteArray flood(1 << 20, 'x');
        peer().setHandler([&](const QByteArray &line) {
            if (line == "MEAS?")
                peer().send(flood); // a device streaming with no terminator
            else if (line == "*IDN?")
                peer().send("ACME,DMM1,42,1.0\n");
        });
        const ScpiReply r = run(session(), ScpiRequest::query("MEAS?"));
        QCOMPARE(r.status, ScpiReply::Status::ProtocolError);
        QVERIFY2(r.message.contains(QLatin1String("4096")), qPrintable(r.message));
        // Bounded: at most the limit plus one transport read chunk was ever held.
        QVERIFY2(session().peakBufferedBytes() <= 4096 + 64 * 1024,
                 qPrintable(QString::number(session().peakBufferedBytes())));

        // Every byte of the flood is discarded (held bytes at the error, then the resync or the
        // idle rule: which one depends on scheduling), and the next query is answered.
        QTRY_COMPARE_WITH_TIMEOUT(session().discardedBytes(), qint64(flood.size()), kSafetyMs);
        const ScpiReply next = run(session(), ScpiRequest::query("*IDN?"));
        QVERIFY2(next.ok(), qPrintable(next.message));
        QCOMPARE(next.response(), QByteArray("ACME,DMM1,42,1.0"));
    }

    void oversizedBlockIsRefusedFromItsHeader_data() { addTransports(); }
    void oversizedBlockIsRefusedFromItsHeader()
    {
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        ScpiSession::Options o;
        o.maxBlockBytes = 1000;
        session().setOptions(o);
        peer().answer("CURV?", "#42000" + QByteArray(2000, '\n') + "\n");
        peer().answer("*OPC?", "1\n");
        const ScpiReply r = run(session(), ScpiRequest::queryBlock("CURV?"));
        QCOMPARE(r.status, ScpiReply::Status::ProtocolError);
        QVERIFY2(r.message.contains(QLatin1String("exceeds the limit of 1000")),
                 qPrintable(r.message));
        QVERIFY(session().peakBufferedBytes() <= 2006 + 1);
        const ScpiReply next = run(session(), ScpiRequest::query("*OPC?"));
        QVERIFY2(next.ok(), qPrintable(next.message));
        QCOMPARE(next.response(), QByteArray("1"));
    }

    void malformedBlockIsProtocolError_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a line where a block belongs") << QByteArray("1.5\n") << "not a block";
        QTest::newRow("hash then a letter") << QByteArray("#A12\n") << "malformed block header";
        QTest::newRow("length digits not digits")
            << QByteArray("#3x1zabc\n") << "malformed block length";
        QTest::newRow("junk after the payload") << QByteArray("#13abcXYZ\n") << "after the block";
    }
    void malformedBlockIsProtocolError()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, expected);
        QVERIFY(connectLink(QStringLiteral("serial")));
        peer().answer("CURV?", reply);
        const ScpiReply r = run(session(), ScpiRequest::queryBlock("CURV?"));
        QCOMPARE(r.status, ScpiReply::Status::ProtocolError);
        QVERIFY2(r.message.contains(expected), qPrintable(r.message));
    }

    void peerClosingMidReplyEndsAsDisconnected_data() { addTransports(); }
    void peerClosingMidReplyEndsAsDisconnected()
    {
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        peer().setHandler([&](const QByteArray &) {
            peer().send("#9000001000" + QByteArray(10, 'a'));
            peer().hangUp();
        });
        QSignalSpy lost(&session(), &ScpiSession::disconnected);
        const ScpiReply r = run(session(), ScpiRequest::queryBlock("CURV?"));
        QCOMPARE(r.status, ScpiReply::Status::Disconnected);
        QCOMPARE(lost.count(), 1);
        QVERIFY(!session().isOpen());
        const ScpiReply after = run(session(), ScpiRequest::query("*IDN?"));
        QCOMPARE(after.status, ScpiReply::Status::Disconnected);
    }

    void errorQueueDrainAttachesTheErrors_data() { addTransports(); }
    void errorQueueDrainAttachesTheErrors()
    {
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        QList<QByteArray> queue{"-222,\"Data out of range\"", "-113,\"Undefined header\"",
                                "+0,\"No error\""};
        peer().setHandler([&](const QByteArray &line) {
            if (line == "SYST:ERR?")
                peer().send(queue.takeFirst() + "\n");
        });
        const ScpiReply r = run(session(), ScpiRequest::write("VOLT 99").drainErrors());
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QList<ScpiError> expected{{-222, QStringLiteral("Data out of range")},
                                        {-113, QStringLiteral("Undefined header")}};
        QCOMPARE(r.errors, expected);
        QVERIFY(!r.errorQueueTruncated);
        QCOMPARE(peer().received(),
                 (QList<QByteArray>{"VOLT 99", "SYST:ERR?", "SYST:ERR?", "SYST:ERR?"}));
    }

    void errorQueueDrainStopsAtItsBound()
    {
        QVERIFY(connectLink(QStringLiteral("tcp")));
        peer().answer("SYST:ERR?", "-100,\"Command error\"\n");
        peer().answer("MEAS?", "1\n");
        const ScpiReply r = run(session(), ScpiRequest::query("MEAS?").drainErrors("SYST:ERR?", 5));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.errors.size(), 5);
        QVERIFY(r.errorQueueTruncated);
        QCOMPARE(peer().received().count("SYST:ERR?"), 5);
    }

    void secondExchangeIsQueuedUntilTheFirstReply_data() { addTransports(); }
    void secondExchangeIsQueuedUntilTheFirstReply()
    {
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        peer().answer("B?", "b\n"); // A? is answered by hand below
        std::optional<ScpiReply> a, b;
        session().exchange(ScpiRequest::query("A?"), [&](const ScpiReply &r) { a = r; });
        session().exchange(ScpiRequest::query("B?"), [&](const ScpiReply &r) {
            QVERIFY(a.has_value()); // completion order follows submission order
            b = r;
        });
        QTRY_COMPARE_WITH_TIMEOUT(peer().received().size(), 1, kSafetyMs);
        QCoreApplication::processEvents();
        // Pinned: queued, not refused, and not sent while A? awaits its reply.
        QCOMPARE(peer().received(), QList<QByteArray>{"A?"});
        QVERIFY(session().isBusy());
        QCOMPARE(session().queuedCount(), 1);
        peer().send("a\n");
        QTRY_VERIFY_WITH_TIMEOUT(b.has_value(), kSafetyMs);
        QCOMPARE(a->response(), QByteArray("a"));
        QCOMPARE(b->response(), QByteArray("b"));
        QCOMPARE(peer().received(), (QList<QByteArray>{"A?", "B?"}));
    }

    void cancelEndsTheRunningExchangeAndSkipsQueuedOnes_data() { addTransports(); }
    void cancelEndsTheRunningExchangeAndSkipsQueuedOnes()
    {
        QFETCH(QString, transport);
        QVERIFY(connectLink(transport));
        peer().answer("C?", "c\n");
        std::optional<ScpiReply> slow, queued, after;
        const quint64 slowId =
            session().exchange(ScpiRequest::query("SLOW?"), [&](const ScpiReply &r) { slow = r; });
        const quint64 queuedId = session().exchange(ScpiRequest::query("NEVER?"),
                                                    [&](const ScpiReply &r) { queued = r; });
        QTRY_COMPARE_WITH_TIMEOUT(peer().received().size(), 1, kSafetyMs);

        QVERIFY(session().cancel(queuedId));
        QVERIFY(queued.has_value());
        QCOMPARE(queued->status, ScpiReply::Status::Cancelled);
        QVERIFY(session().cancel(slowId));
        QVERIFY(slow.has_value());
        QCOMPARE(slow->status, ScpiReply::Status::Cancelled);
        QVERIFY(!session().cancel(slowId)); // already finished

        peer().send("late\n"); // SLOW?'s reply, after the cancel
        session().exchange(ScpiRequest::query("C?"), [&](const ScpiReply &r) { after = r; });
        QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), kSafetyMs);
        QCOMPARE(after->response(), QByteArray("c"));
        QVERIFY(!peer().received().contains("NEVER?"));
    }

    void exchangeOnAClosedSessionAnswersDisconnectedLater()
    {
        TcpPeer peerNotOpened;
        auto s = makeSession(peerNotOpened.resource());
        std::optional<ScpiReply> r;
        s->exchange(ScpiRequest::query("*IDN?"), [&](const ScpiReply &reply) { r = reply; });
        QVERIFY(!r.has_value()); // never from inside exchange()
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), kSafetyMs);
        QCOMPARE(r->status, ScpiReply::Status::Disconnected);
        QVERIFY2(r->message.contains(QLatin1String("not open")), qPrintable(r->message));
    }

    void writeOnlyRequestNeverCallsBackFromInsideExchange()
    {
        QVERIFY(connectLink(QStringLiteral("serial")));
        std::optional<ScpiReply> r;
        session().exchange(ScpiRequest::write("*RST"), [&](const ScpiReply &reply) { r = reply; });
        QVERIFY(!r.has_value()); // the write went out synchronously, the callback did not
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), kSafetyMs);
        QVERIFY2(r->ok(), qPrintable(r->message));
        QTRY_COMPARE_WITH_TIMEOUT(peer().received(), QList<QByteArray>{"*RST"}, kSafetyMs);
    }

    void openFailureIsReportedWithTheAddress_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("expected");
        QTest::newRow("serial device missing")
            << QStringLiteral("ASRL/dev/labdispatch-no-such-tty::INSTR")
            << QStringLiteral("/dev/labdispatch-no-such-tty");
        quint16 closedPort = 0;
        {
            TcpPeer probe; // a port that was free a moment ago and has no listener now
            closedPort = probe.port();
        }
        QTest::newRow("nothing listening on the port")
            << QStringLiteral("TCPIP0::127.0.0.1::%1::SOCKET").arg(closedPort)
            << QStringLiteral("127.0.0.1:%1").arg(closedPort);
    }
    void openFailureIsReportedWithTheAddress()
    {
        QFETCH(QString, resource);
        QFETCH(QString, expected);
        auto s = makeSession(resource);
        QSignalSpy failed(s.get(), &ScpiSession::openFailed);
        std::optional<ScpiReply> r;
        s->open();
        s->exchange(ScpiRequest::query("*IDN?"), [&](const ScpiReply &reply) { r = reply; });
        QVERIFY(failed.wait(kSafetyMs));
        QVERIFY2(failed.at(0).at(0).toString().contains(expected),
                 qPrintable(failed.at(0).at(0).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), kSafetyMs);
        QCOMPARE(r->status, ScpiReply::Status::Disconnected);
    }

    void sessionWorksFromAnIoThread()
    {
        TcpPeer tcp;
        tcp.answer("*IDN?", "ACME,PSU2,7,2.1\n");
        IoThreadPool pool(1);
        QThread *ioThread = pool.acquire();
        auto *s = makeSession(tcp.resource()).release();
        s->moveToThread(ioThread);
        QThread *calledOn = nullptr;
        std::optional<ScpiReply> r;
        QSemaphore done;
        // Every call on the session is made on its thread, as the instrument layer does.
        postTo(s, [&, s] {
            s->open();
            s->exchange(ScpiRequest::query("*IDN?"), [&](const ScpiReply &reply) {
                calledOn = QThread::currentThread();
                r = reply;
                LD_TSAN_RELEASE(&done); // QSemaphore's own ordering is invisible to TSan
                done.release();
            });
        });
        QVERIFY(QTest::qWaitFor([&] { return done.tryAcquire(); }, kSafetyMs));
        LD_TSAN_ACQUIRE(&done);
        QCOMPARE(calledOn, ioThread);
        QVERIFY2(r->ok(), qPrintable(r->message));
        QCOMPARE(IdnInfo::parse(r->response())->model, QStringLiteral("PSU2"));
        // Deleted on its own thread; a semaphore, since the signal comes from that thread.
        QSemaphore destroyed;
        connect(
            s, &QObject::destroyed, s, [&destroyed] { destroyed.release(); }, Qt::DirectConnection);
        QMetaObject::invokeMethod(s, [s] { delete s; });
        QVERIFY(destroyed.tryAcquire(1, kSafetyMs));
        pool.release(ioThread);
        QVERIFY(pool.shutdown());
    }

    void everyExchangeIsFramedByOneBeginAndOneEnd_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("writable");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QStringList>("log");
        QTest::newRow("a query answered")
            << QStringLiteral("query") << true << QByteArray("1.5\n")
            << QStringList{QStringLiteral("begin 500 ms, reply, until LF"),
                           QStringLiteral("write MEAS?"), QStringLiteral("end")};
        QTest::newRow("a block query answered")
            << QStringLiteral("block") << true << QByteArray("#13abc\n")
            << QStringList{QStringLiteral("begin 500 ms, reply"), QStringLiteral("write MEAS?"),
                           QStringLiteral("end")};
        QTest::newRow("a command without reply")
            << QStringLiteral("write") << true << QByteArray()
            << QStringList{QStringLiteral("begin 500 ms"), QStringLiteral("write MEAS?"),
                           QStringLiteral("end")};
        QTest::newRow("a query that times out")
            << QStringLiteral("query") << true << QByteArray()
            << QStringList{QStringLiteral("begin 500 ms, reply, until LF"),
                           QStringLiteral("write MEAS?"), QStringLiteral("end abandoned")};
        QTest::newRow("a write that fails")
            << QStringLiteral("query") << false << QByteArray()
            << QStringList{QStringLiteral("begin 500 ms, reply, until LF"),
                           QStringLiteral("write MEAS?"), QStringLiteral("end abandoned")};
    }
    void everyExchangeIsFramedByOneBeginAndOneEnd()
    {
        QFETCH(QString, kind);
        QFETCH(bool, writable);
        QFETCH(QByteArray, reply);
        QFETCH(QStringList, log);
        HookLogTransport *transport = nullptr;
        const std::unique_ptr<ScpiSession> session = openHookLogSession(&transport);
        QVERIFY(session);
        transport->writable = writable;
        transport->reply = reply;
        const ScpiRequest request = kind == QLatin1String("write") ? ScpiRequest::write("MEAS?")
                                    : kind == QLatin1String("block")
                                        ? ScpiRequest::queryBlock("MEAS?")
                                        : ScpiRequest::query("MEAS?");
        run(*session, request);
        QCOMPARE(transport->log, log);
    }

    void aStreamGetsWritesInOneWriteWithTheCommandAfterThem_data()
    {
        QTest::addColumn<bool>("joins");
        QTest::addColumn<bool>("writable");
        QTest::addColumn<QStringList>("log");
        QTest::addColumn<int>("failedStep");
        QTest::newRow("a stream: the set and the query in one write")
            << true << true
            << QStringList{QStringLiteral("begin 500 ms, reply, until LF"),
                           QStringLiteral("write SENS:AVER 5\nOUTP ON\nMEAS?"),
                           QStringLiteral("end")}
            << -1;
        QTest::newRow("a message transport: each command its own message")
            << false << true
            << QStringList{QStringLiteral("begin 500 ms"),
                           QStringLiteral("write SENS:AVER 5"),
                           QStringLiteral("end"),
                           QStringLiteral("begin 500 ms"),
                           QStringLiteral("write OUTP ON"),
                           QStringLiteral("end"),
                           QStringLiteral("begin 500 ms, reply, until LF"),
                           QStringLiteral("write MEAS?"),
                           QStringLiteral("end")}
            << -1;
        QTest::newRow("a stream that cannot write: the first command failed")
            << true << false
            << QStringList{QStringLiteral("begin 500 ms, reply, until LF"),
                           QStringLiteral("write SENS:AVER 5\nOUTP ON\nMEAS?"),
                           QStringLiteral("end abandoned")}
            << 0;
    }
    void aStreamGetsWritesInOneWriteWithTheCommandAfterThem()
    {
        QFETCH(bool, joins);
        QFETCH(bool, writable);
        QFETCH(QStringList, log);
        QFETCH(int, failedStep);
        HookLogTransport *transport = nullptr;
        const std::unique_ptr<ScpiSession> session = openHookLogSession(&transport, joins);
        QVERIFY(session);
        transport->writable = writable;
        transport->reply = "1.5\n";
        ScpiRequest request = ScpiRequest::write("SENS:AVER 5");
        request.then(ScpiRequest::write("OUTP ON")).then(ScpiRequest::query("MEAS?"));
        const ScpiReply reply = run(*session, request);
        QCOMPARE(transport->log, log);
        QCOMPARE(reply.failedStep, failedStep);
        if (failedStep < 0) {
            // Every step has its response, the writes' empty, as when each went on its own.
            QCOMPARE(reply.status, ScpiReply::Status::Ok);
            QCOMPARE(reply.responses, (QList<QByteArray>{{}, {}, "1.5"}));
        }
    }
};

QTEST_GUILESS_MAIN(TestScpiSession)
#include "tst_scpisession.moc"
