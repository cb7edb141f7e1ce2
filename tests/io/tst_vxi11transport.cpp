// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/profileregistry.h"
#include "io/oncrpc_p.h"
#include "io/scpisession.h"
#include "io/serialsettings.h"
#include "io/visaresource.h"
#include "io/vxi11_p.h"
#include "io/vxi11transport.h"
#include "runexchange.h"
#include "sim/simbench.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace ld;
using namespace ld::detail;

namespace {

constexpr int kSafetyMs = 10000; // only ever reached when the code under test is broken

ScpiReply run(ScpiSession &session, const ScpiRequest &request)
{
    return ld::test::runExchange(session, request, kSafetyMs);
}

/** A blocking ONC RPC client, the other link in the lock test. */
class RawRpcClient
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForConnected(kSafetyMs);
    }
    /** The results of procedure `procedure`, after the accepted-reply header. */
    QByteArray call(quint32 program, quint32 version, quint32 procedure, const QByteArray &args)
    {
        m_socket.write(
            rpc::record(rpc::callHeader(++m_xid, program, version, procedure).bytes() + args));
        m_socket.flush();
        std::optional<QByteArray> record;
        while (!(record = m_records.next())) {
            if (!m_socket.waitForReadyRead(kSafetyMs))
                return {};
            m_records.append(m_socket.readAll());
        }
        return record->mid(24); // xid, type, accepted, empty verifier, accept_stat
    }

private:
    QTcpSocket m_socket;
    rpc::RecordReader m_records;
    quint32 m_xid = 0;
};

quint32 firstWord(const QByteArray &bytes)
{
    XdrReader r(bytes);
    return r.u32();
}

} // namespace

/**
 * The VXI-11 client against the simulator's VXI-11 server (portmapper and core channel on
 * loopback): round trips, reads and writes in several calls, device_clear after a timeout,
 * a lost link, locks and errors in words.
 */
class TestVxi11Transport : public QObject
{
    Q_OBJECT

private:
    ProfileRegistry m_profiles;
    std::unique_ptr<SimBench> m_sim;

    std::unique_ptr<ScpiSession> openSession(const QString &resource, int timeoutMs = 2000)
    {
        const VisaResource parsed = VisaResource::parse(resource);
        if (parsed.kind() != VisaResource::Kind::Vxi11)
            return nullptr;
        ScpiSession::Options options;
        options.timeoutMs = timeoutMs;
        options.maxLineBytes = 1 << 20;
        return ld::test::openSession(Transport::create(parsed, SerialSettings()), options,
                                     kSafetyMs);
    }
    QString resource() const { return m_sim->resource(QStringLiteral("dmm")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 1);
    }

    void init()
    {
        QString error;
        const auto specs = SimBench::parse(R"({"instruments": [
            {"name": "dmm", "profile": "labdispatch-sim-dmm", "transport": "vxi11", "seed": 3}]})",
                                           &error);
        QVERIFY2(specs, qPrintable(error));
        m_sim = std::make_unique<SimBench>();
        QVERIFY2(m_sim->start(m_profiles, *specs, &error), qPrintable(error));
        QCOMPARE(resource(), QStringLiteral("TCPIP0::127.0.0.1::inst0::INSTR"));
        // The simulator's portmapper is on a free port, not 111: tell the transport factory.
        qputenv("LABDISPATCH_VXI11_PORTMAPPER_PORT",
                QByteArray::number(m_sim->vxi11PortmapperPort()));
    }

    void cleanup() { m_sim.reset(); }

    void queriesRoundTripOverVxi11_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<bool>("block");
        QTest::addColumn<int>("readChunk");
        QTest::addColumn<QByteArray>("prefix"); // the reply starts with it
        QTest::addColumn<int>("fields");        // comma-separated fields, -1: not checked
        QTest::addColumn<int>("size");          // reply bytes, -1: not checked
        QTest::addColumn<int>("minReads");      // bytesReceived() signals at least

        QTest::newRow("identity") << QByteArray("*IDN?") << false << 65536
                                  << QByteArray("LabDispatch Simulated,DMM-6500S,") << 4 << -1 << 1;
        QTest::newRow("a number") << QByteArray("MEAS:VOLT:DC?") << false << 65536 << QByteArray()
                                  << 1 << -1 << 1;
        QTest::newRow("a line longer than one read comes in several reads")
            << QByteArray("FETC:ARR? 1000") << false << 512 << QByteArray() << 1000 << -1 << 4;
        QTest::newRow("a 200 kB block comes in several reads up to END")
            << QByteArray("TRAC:DATA? 50000") << true << 65536 << QByteArray() << -1 << 200000 << 4;
        QByteArray longWrite;
        for (int i = 0; i < 2000; ++i)
            longWrite += "*CLS;";
        QTest::newRow("a write longer than maxRecvSize goes in several device_writes")
            << (longWrite + "*IDN?") << false << 65536 << QByteArray("LabDispatch Simulated,") << 4
            << -1 << 1;
    }
    void queriesRoundTripOverVxi11()
    {
        QFETCH(QByteArray, command);
        QFETCH(bool, block);
        QFETCH(int, readChunk);
        QFETCH(QByteArray, prefix);
        QFETCH(int, fields);
        QFETCH(int, size);
        QFETCH(int, minReads);

        auto session = openSession(resource());
        QVERIFY(session);
        auto *transport = qobject_cast<Vxi11Transport *>(session->transport());
        QVERIFY(transport);
        QCOMPARE(transport->maxRecvSize(), 4096u);
        transport->setReadChunkSize(quint32(readChunk));
        QSignalSpy reads(transport, &Transport::bytesReceived);

        const ScpiReply reply =
            run(*session, block ? ScpiRequest::queryBlock(command) : ScpiRequest::query(command));
        QVERIFY2(reply.ok(), qPrintable(reply.message));
        const QByteArray response = reply.response();
        QVERIFY2(response.startsWith(prefix), response.left(80).constData());
        if (fields >= 0)
            QCOMPARE(response.split(',').size(), fields);
        if (size >= 0)
            QCOMPARE(response.size(), size);
        QVERIFY2(reads.size() >= minReads, QByteArray::number(reads.size()).constData());

        // The link stays usable for the next query.
        const ScpiReply next = run(*session, ScpiRequest::query("SYST:ERR?"));
        QVERIFY2(next.ok(), qPrintable(next.message));
        QCOMPARE(next.response(), QByteArray("0,\"No error\""));
    }

    void aTimedOutReplyIsClearedSoTheNextQueryGetsItsOwnAnswer()
    {
        SimFaults slow;
        slow.flags = SimFaults::SlowReply;
        slow.slowReplyMs = 1500;
        slow.times = 1;
        QVERIFY(m_sim->setFaults(QStringLiteral("dmm"), slow));
        auto session = openSession(resource());
        QVERIFY(session);

        const ScpiReply late = run(*session, ScpiRequest::query("*IDN?", 300));
        QCOMPARE(late.status, ScpiReply::Status::Timeout);
        // Without device_clear the identity, still queued in the device, would answer this.
        const ScpiReply next = run(*session, ScpiRequest::query("SYST:ERR?", 3000));
        QVERIFY2(next.ok(), qPrintable(next.message));
        QCOMPARE(next.response(), QByteArray("0,\"No error\""));
    }

    void aLostConnectionIsADisconnectAndTheLinkIsCreatedAgain()
    {
        SimFaults hangUp;
        hangUp.flags = SimFaults::DisconnectMidReply;
        hangUp.times = 1;
        QVERIFY(m_sim->setFaults(QStringLiteral("dmm"), hangUp));
        auto session = openSession(resource());
        QVERIFY(session);
        QSignalSpy disconnected(session.get(), &ScpiSession::disconnected);

        const ScpiReply cut = run(*session, ScpiRequest::query("*IDN?"));
        QCOMPARE(cut.status, ScpiReply::Status::Disconnected);
        QVERIFY2(cut.message.contains(u"closed the connection"), qPrintable(cut.message));
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kSafetyMs);

        QSignalSpy opened(session.get(), &ScpiSession::opened);
        session->open(); // portmapper, create_link again
        QVERIFY(opened.wait(kSafetyMs));
        const ScpiReply again = run(*session, ScpiRequest::query("*IDN?"));
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY(again.response().startsWith("LabDispatch Simulated,DMM-6500S,"));
    }

    void aLockHeldByAnotherLinkIsNamedInTheError()
    {
        // The other link: portmapper, create_link, device_lock.
        RawRpcClient portmapper;
        QVERIFY(portmapper.connectTo(m_sim->vxi11PortmapperPort()));
        XdrWriter getPort;
        getPort.u32(vxi11::kCoreProgram).u32(vxi11::kCoreVersion).u32(rpc::kIpProtoTcp).u32(0);
        const quint32 corePort = firstWord(portmapper.call(
            rpc::kPortmapProgram, rpc::kPortmapVersion, rpc::kPortmapGetPort, getPort.bytes()));
        QVERIFY(corePort != 0);
        RawRpcClient other;
        QVERIFY(other.connectTo(quint16(corePort)));
        XdrWriter create;
        create.i32(7).u32(0).u32(0).opaque("inst0");
        const QByteArray link =
            other.call(vxi11::kCoreProgram, vxi11::kCoreVersion, vxi11::CreateLink, create.bytes());
        XdrReader linkReader(link);
        QCOMPARE(linkReader.u32(), quint32(vxi11::NoError));
        const quint32 lid = linkReader.u32();
        XdrWriter lock;
        lock.u32(lid).u32(0).u32(0);
        QCOMPARE(firstWord(other.call(vxi11::kCoreProgram, vxi11::kCoreVersion, vxi11::DeviceLock,
                                      lock.bytes())),
                 quint32(vxi11::NoError));

        auto session = openSession(resource(), 1000);
        QVERIFY(session);
        const ScpiReply refused = run(*session, ScpiRequest::query("*IDN?"));
        QCOMPARE(refused.status, ScpiReply::Status::Disconnected);
        QVERIFY2(refused.message.contains(u"device locked by another link"),
                 qPrintable(refused.message));

        // Unlocked, the device answers us again on a new link.
        QCOMPARE(firstWord(other.call(vxi11::kCoreProgram, vxi11::kCoreVersion, vxi11::DeviceUnlock,
                                      XdrWriter().u32(lid).bytes())),
                 quint32(vxi11::NoError));
        QSignalSpy opened(session.get(), &ScpiSession::opened);
        session->open();
        QVERIFY(opened.wait(kSafetyMs));
        const ScpiReply answered = run(*session, ScpiRequest::query("*IDN?"));
        QVERIFY2(answered.ok(), qPrintable(answered.message));
    }

    void openingFailsWithAReason_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<bool>("portmapperThere");
        QTest::addColumn<QString>("why");
        QTest::newRow("unknown device name")
            << QStringLiteral("TCPIP0::127.0.0.1::inst7::INSTR") << true
            << QStringLiteral("invalid address (no such device name)");
        QTest::newRow("no portmapper") << QStringLiteral("TCPIP0::127.0.0.1::inst0::INSTR") << false
                                       << QStringLiteral("cannot reach the portmapper");
    }
    void openingFailsWithAReason()
    {
        QFETCH(QString, resource);
        QFETCH(bool, portmapperThere);
        QFETCH(QString, why);
        if (!portmapperThere) {
            const quint16 port = m_sim->vxi11PortmapperPort();
            m_sim.reset(); // nothing listens there now
            qputenv("LABDISPATCH_VXI11_PORTMAPPER_PORT", QByteArray::number(port));
        }
        ScpiSession session(Transport::create(VisaResource::parse(resource), SerialSettings()));
        QSignalSpy failed(&session, &ScpiSession::openFailed);
        session.open();
        QVERIFY(failed.wait(kSafetyMs));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(why), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestVxi11Transport)
#include "tst_vxi11transport.moc"
