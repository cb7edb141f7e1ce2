// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/scpisession.h"
#include "io/serialsettings.h"
#include "io/tracering.h"
#include "io/transcript.h"
#include "io/visaresource.h"
#include "runexchange.h"
#include "tcppeer.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace ld;

namespace {

TraceEvent traceEvent(qint64 monoNs, TraceEvent::Kind kind, const QString &instrument,
                      const QByteArray &data)
{
    TraceEvent e;
    e.wallNs = 1796558400000000000 + monoNs; // 2026-12-06T12:00:00Z
    e.monoNs = monoNs;
    e.kind = kind;
    e.instrument = instrument;
    e.data = data;
    return e;
}

QByteArray allByteValues()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

QList<TraceEvent::Kind> kinds(const QList<TraceEvent> &events)
{
    QList<TraceEvent::Kind> out;
    for (const TraceEvent &e : events)
        out.append(e.kind);
    return out;
}

} // namespace

/** The transcript format (docs/tracing.md), the ring that bounds a recording, and a session
 * recording into it. */
class TestTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLineReadsAsTheDocumentationShowsIt()
    {
        const TraceEvent e = traceEvent(12345678000, TraceEvent::Kind::Write,
                                        QStringLiteral("dmm1"), "MEAS:VOLT?\n");
        QCOMPARE(Transcript::line(e, 0),
                 QByteArray("2026-12-06T12:00:12.345678Z +12.345678 dmm1 > \"MEAS:VOLT?\\n\""));
    }

    void writtenEventsReadBackUnchanged_data()
    {
        QTest::addColumn<bool>("hex");
        QTest::newRow("bytes escaped") << false;
        QTest::newRow("bytes in hex") << true;
    }
    void writtenEventsReadBackUnchanged()
    {
        QFETCH(bool, hex);
        const QString odd = QStringLiteral("bench \"A\" \\ Küvette");
        const QList<TraceEvent> events = {
            traceEvent(0, TraceEvent::Kind::Connect, QStringLiteral("dmm1"),
                       "TCPIP0::h::5025::SOCKET"),
            traceEvent(1000, TraceEvent::Kind::Write, QStringLiteral("dmm1"), "*IDN?\n"),
            traceEvent(2000, TraceEvent::Kind::Read, QStringLiteral("dmm1"), allByteValues()),
            traceEvent(2000, TraceEvent::Kind::Read, odd, QByteArray()),
            traceEvent(3000, TraceEvent::Kind::Timeout, odd, "no reply to 'MEAS?' within 5 ms"),
            traceEvent(4000, TraceEvent::Kind::Error, odd, QByteArray()),
            traceEvent(5000, TraceEvent::Kind::Disconnect, QStringLiteral("dmm1"),
                       "the peer hung up"),
            traceEvent(6000, TraceEvent::Kind::Reconnect, QStringLiteral("dmm1"), "x"),
            traceEvent(7000, TraceEvent::Kind::Close, QStringLiteral("dmm1"), QByteArray()),
        };
        const QByteArray text =
            Transcript::write(events, 0, hex ? Transcript::Bytes::Hex : Transcript::Bytes::Escaped);
        for (const QByteArray &line : text.split('\n'))
            QVERIFY2(std::all_of(line.begin(), line.end(),
                                 [](char c) { return uchar(c) >= 0x20 && uchar(c) < 0x7f; }),
                     line.constData());
        QString error;
        const std::optional<QList<TraceEvent>> back = Transcript::parse(text, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, events);
    }

    void malformedTranscriptIsRefusedNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        const QByteArray head = "# labdispatch transcript 1\n";
        const QByteArray ok = "2026-12-06T12:00:00.000000Z +0.000000 dmm1 > \"*IDN?\\n\"\n";
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("line 1: the file is empty");
        QTest::newRow("no header") << ok << QStringLiteral("line 1: not a LabDispatch transcript");
        QTest::newRow("a later version")
            << QByteArray("# labdispatch transcript 2\n") + ok
            << QStringLiteral("line 1: transcript version '2' is not supported");
        QTest::newRow("last line cut off")
            << head + ok + ok.left(30)
            << QStringLiteral("line 3: it is truncated: the last line has no line end");
        QTest::newRow("fields missing")
            << head + "2026-12-06T12:00:00.000000Z +0.000000 dmm1\n"
            << QStringLiteral("line 2: it is truncated: a line has the wall time");
        QTest::newRow("quote not closed")
            << head + ok + "2026-12-06T12:00:00.000000Z +0.000000 dmm1 < \"1.5\n"
            << QStringLiteral("line 3: it is truncated: the quoted bytes have no closing quote");
        QTest::newRow("bytes missing")
            << head + "2026-12-06T12:00:00.000000Z +0.000000 dmm1 <\n"
            << QStringLiteral("line 2: it is truncated: a '<' event needs its bytes");
        QTest::newRow("time goes backwards")
            << head + "2026-12-06T12:00:02.000000Z +2.000000 dmm1 close\n" + ok
            << QStringLiteral("line 3: wrong order: +0.000000 is earlier than the event before it "
                              "(+2.000000)");
        QTest::newRow("unknown event kind")
            << head + ok + "# a comment\n" + "2026-12-06T12:00:00.000000Z +0.000000 dmm1 bogus\n"
            << QStringLiteral("line 4: unknown event kind 'bogus'");
        QTest::newRow("huge line")
            << head + ok + "2026-12-06T12:00:00.000000Z +0.000000 dmm1 < \"" +
                   QByteArray(Transcript::kMaxLineBytes, 'x') + "\"\n"
            << QStringLiteral("line 3: the line is longer than 1 MiB");
        QTest::newRow("bad wall time")
            << head + "2026-13-06T12:00:00.000000Z +0.000000 dmm1 close\n"
            << QStringLiteral("line 2: '2026-13-06T12:00:00.000000Z' is not a wall time");
        QTest::newRow("bad monotonic time")
            << head + "2026-12-06T12:00:00.000000Z 0.5 dmm1 close\n"
            << QStringLiteral("line 2: '0.5' is not a monotonic time");
        QTest::newRow("unknown escape")
            << head + "2026-12-06T12:00:00.000000Z +0.000000 dmm1 < \"a\\qb\"\n"
            << QStringLiteral("line 2: unknown escape '\\q'");
        QTest::newRow("text after the closing quote")
            << head + "2026-12-06T12:00:00.000000Z +0.000000 dmm1 < \"a\" b\n"
            << QStringLiteral("line 2: unexpected text after the closing quote");
        QTest::newRow("odd hex digits")
            << head + "2026-12-06T12:00:00.000000Z +0.000000 dmm1 < hex:4d4\n"
            << QStringLiteral("line 2: it is truncated: hex bytes come in pairs");
    }
    void malformedTranscriptIsRefusedNamingTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!Transcript::parse(text, &why));
        QVERIFY2(why.startsWith(error), qPrintable(why));
    }

    void ringKeepsTheNewestEventsWithinItsBounds_data()
    {
        QTest::addColumn<int>("maxEvents");
        QTest::addColumn<int>("maxBytes");
        QTest::addColumn<int>("kept");
        QTest::newRow("bounded by count") << 3 << 1000 << 3;
        QTest::newRow("bounded by bytes") << 100 << 25 << 2; // 10 bytes each
        QTest::newRow("within both bounds") << 100 << 1000 << 7;
    }
    void ringKeepsTheNewestEventsWithinItsBounds()
    {
        QFETCH(int, maxEvents);
        QFETCH(int, maxBytes);
        QFETCH(int, kept);
        TraceRing ring(QStringLiteral("dmm1"), maxEvents, maxBytes);
        for (int i = 0; i < 7; ++i)
            ring.record(TraceEvent::Kind::Read, QByteArray::number(1000000000 + i));
        const QList<TraceEvent> events = ring.events();
        QCOMPARE(events.size(), kept);
        QCOMPARE(ring.dropped(), 7 - kept);
        for (int i = 0; i < kept; ++i) {
            QCOMPARE(events[i].data, QByteArray::number(1000000000 + 7 - kept + i));
            QCOMPARE(events[i].instrument, QStringLiteral("dmm1"));
            if (i > 0)
                QVERIFY(events[i].monoNs >= events[i - 1].monoNs);
        }
    }

    void aReaderReadsOnFromWhereItStoppedLessWhatWasDropped()
    {
        TraceRing ring(QStringLiteral("dmm1"), 3);
        for (int i = 0; i < 5; ++i)
            ring.record(TraceEvent::Kind::Write, QByteArray::number(i));
        QCOMPARE(ring.recorded(), 5);
        const auto data = [](const QList<TraceEvent> &events) {
            QByteArrayList out;
            for (const TraceEvent &e : events)
                out.append(e.data);
            return out;
        };
        QCOMPARE(data(ring.eventsFrom(0)), (QByteArrayList{"2", "3", "4"}));
        QCOMPARE(data(ring.eventsFrom(4)), QByteArrayList{"4"});
        QVERIFY(ring.eventsFrom(ring.recorded()).isEmpty());
    }

    void aSessionRecordsItsTrafficTimeoutsAndLossesInOrder()
    {
        ld::test::TcpPeer peer;
        peer.answer("*IDN?", "ACME,X1,7,1.0\n");
        auto session = std::make_unique<ScpiSession>(
            Transport::create(VisaResource::parse(peer.resource()), SerialSettings()));
        TraceRing ring(QStringLiteral("dmm1"));
        session->setTraceRing(&ring);
        QSignalSpy opened(session.get(), &ScpiSession::opened);
        session->open();
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY(peer.isLinked());

        QCOMPARE(ld::test::runExchange(*session, ScpiRequest::query("*IDN?")).status,
                 ScpiReply::Status::Ok);
        QCOMPARE(ld::test::runExchange(*session, ScpiRequest::query("MEAS?", 50)).status,
                 ScpiReply::Status::Timeout);
        QSignalSpy lost(session.get(), &ScpiSession::disconnected);
        peer.hangUp();
        QVERIFY(lost.wait(10000));

        const QList<TraceEvent> events = ring.events();
        using K = TraceEvent::Kind;
        QCOMPARE(kinds(events),
                 (QList<K>{K::Connect, K::Write, K::Read, K::Write, K::Timeout, K::Disconnect}));
        QCOMPARE(events[1].data, QByteArray("*IDN?\n"));
        QCOMPARE(events[2].data, QByteArray("ACME,X1,7,1.0\n"));
        QCOMPARE(events[3].data, QByteArray("MEAS?\n"));
        QVERIFY(events[4].data.contains("MEAS?"));
    }
};

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
