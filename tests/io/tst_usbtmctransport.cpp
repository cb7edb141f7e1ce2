// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/scpisession.h"
#include "io/serialsettings.h"
#include "io/usbtmctransport.h"
#include "io/visaresource.h"
#include "ptypeer.h"
#include "runexchange.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace ld;

namespace {

constexpr int kSafetyMs = 10000; // only ever reached when the code under test is broken
// What the transport asks for per read() (Transport::kReadBufferSize).
constexpr qsizetype kTransferSize = 64 * 1024;

/**
 * A sysfs and a /dev in a temporary directory, laid out as the kernel does for one USB device
 * (0957:1796, serial MY123) with two USBTMC interfaces: usbtmc0 on interface 0, usbtmc1 on 1.
 */
class FakeUsbTree
{
public:
    FakeUsbTree()
    {
        const QString device = m_dir.filePath(QStringLiteral("sys/devices/pci0000:00/usb1/1-1"));
        write(device, "idVendor", "0957\n");
        write(device, "idProduct", "1796\n");
        write(device, "serial", "MY123\n");
        addInterface(0, device + QStringLiteral("/1-1:1.0"));
        addInterface(1, device + QStringLiteral("/1-1:1.1"));
        QDir().mkpath(devRoot());
    }

    UsbtmcTransport::Paths paths() const
    {
        return {m_dir.filePath(QStringLiteral("sys")), devRoot()};
    }
    QString devRoot() const { return m_dir.filePath(QStringLiteral("dev")); }
    /** The device node `usbtmcN` stands for `target` (a pty's slave). */
    bool linkNode(int n, const QString &target) const
    {
        return QFile::link(target, devRoot() + QStringLiteral("/usbtmc%1").arg(n));
    }

private:
    static void write(const QString &dir, const char *name, const char *text)
    {
        QDir().mkpath(dir);
        QFile file(dir + QLatin1Char('/') + QLatin1String(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
    }
    void addInterface(int number, const QString &interfaceDir)
    {
        write(interfaceDir, "bInterfaceNumber", number == 0 ? "00\n" : "01\n");
        const QString node =
            m_dir.filePath(QStringLiteral("sys/class/usbmisc/usbtmc%1").arg(number));
        QDir().mkpath(node);
        QFile::link(interfaceDir, node + QStringLiteral("/device"));
    }

    QTemporaryDir m_dir;
};

/** Bytes the session sent that the pty holds unread (the stand-in's input queue). */
int pendingInput(const QString &slavePath)
{
    const int fd =
        ::open(QFile::encodeName(slavePath).constData(), O_RDONLY | O_NOCTTY | O_NONBLOCK);
    int count = -1;
    if (fd >= 0) {
        ::ioctl(fd, FIONREAD, &count);
        ::close(fd);
    }
    return count;
}

} // namespace

class TestUsbtmcTransport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeUsbTree> m_tree;
    std::unique_ptr<test::PtyPeer> m_peer;

    std::unique_ptr<ScpiSession> openSession(const QString &resource, int timeoutMs = 2000)
    {
        ScpiSession::Options options;
        options.timeoutMs = timeoutMs;
        return ld::test::openSession(
            std::make_unique<UsbtmcTransport>(VisaResource::parse(resource), m_tree->paths()),
            options, kSafetyMs);
    }

private Q_SLOTS:
    void init()
    {
        m_tree = std::make_unique<FakeUsbTree>();
        m_peer = std::make_unique<test::PtyPeer>();
        QVERIFY(m_peer->isValid());
        QVERIFY(m_tree->linkNode(0, m_peer->slavePath()));
    }
    void cleanup()
    {
        m_peer.reset();
        m_tree.reset();
    }

    void theNodeIsFoundByVendorProductSerialAndInterface_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("node"); // or, when none matches, a fragment of the error
        QTest::newRow("no interface given: the lowest") << "USB0::0x0957::0x1796::MY123::INSTR"
                                                        << "usbtmc0";
        QTest::newRow("interface 1 is the second node") << "USB0::0x0957::0x1796::MY123::1::INSTR"
                                                        << "usbtmc1";
        QTest::newRow("ids written in decimal") << "USB0::2391::6038::MY123::0::INSTR"
                                                << "usbtmc0";
        QTest::newRow("interface the device lacks") << "USB0::0x0957::0x1796::MY123::2::INSTR"
                                                    << "no USBTMC device 0957:1796 serial "
                                                       "'MY123' interface 2";
        QTest::newRow("another serial") << "USB0::0x0957::0x1796::MY124::INSTR"
                                        << "no USBTMC device";
        QTest::newRow("serial case matters") << "USB0::0x0957::0x1796::my123::INSTR"
                                             << "no USBTMC device";
        QTest::newRow("another product") << "USB0::0x0957::0x1797::MY123::INSTR"
                                         << "no USBTMC device";
        QTest::newRow("another vendor") << "USB0::0x0958::0x1796::MY123::INSTR"
                                        << "no USBTMC device";
    }
    void theNodeIsFoundByVendorProductSerialAndInterface()
    {
        QFETCH(QString, resource);
        QFETCH(QString, node);
        QVERIFY(m_tree->linkNode(1, m_peer->slavePath()));
        QString error;
        const QString path =
            UsbtmcTransport::findDevice(VisaResource::parse(resource), m_tree->paths(), &error);
        if (node.startsWith(QLatin1String("usbtmc"))) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(path, m_tree->devRoot() + QLatin1Char('/') + node);
        } else {
            QVERIFY(path.isEmpty());
            QVERIFY2(error.contains(node), qPrintable(error));
        }
    }

    void aNodeInSysfsWithoutItsDeviceFileIsNamed()
    {
        QString error;
        const QString path = UsbtmcTransport::findDevice(
            VisaResource::parse(QStringLiteral("USB::0x0957::0x1796::MY123::1::INSTR")),
            m_tree->paths(), &error);
        QVERIFY(path.isEmpty());
        QVERIFY2(error.contains(QLatin1String("is usbtmc1 in sysfs, but")) &&
                     error.contains(QLatin1String("/usbtmc1 does not exist")),
                 qPrintable(error));
    }

    void openingAnAbsentDeviceFailsWithTheReason()
    {
        UsbtmcTransport transport(
            VisaResource::parse(QStringLiteral("USB::0x1AB1::0x04CE::DS1::INSTR")),
            m_tree->paths());
        QSignalSpy failed(&transport, &Transport::errorOccurred);
        transport.open();
        QVERIFY(failed.wait(kSafetyMs));
        QCOMPARE(failed.at(0).at(0).value<Transport::ErrorKind>(),
                 Transport::ErrorKind::OpenFailed);
        QVERIFY2(
            failed.at(0).at(1).toString().contains(QLatin1String("no USBTMC device 1ab1:04ce")),
            qPrintable(failed.at(0).at(1).toString()));
    }

    void aQueryRoundTripsThroughAStandInAndItsEnottyIsOnlyLogged()
    {
        m_peer->answer("*IDN?", "ACME,USB-DMM,MY123,1.0\n");
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(QStringLiteral("ENOTTY: not the usbtmc driver")));
        auto session = openSession(QStringLiteral("USB0::0x0957::0x1796::MY123::INSTR"));
        QVERIFY(session);
        const ScpiReply reply = test::runExchange(*session, ScpiRequest::query("*IDN?"), kSafetyMs);
        QCOMPARE(reply.status, ScpiReply::Status::Ok);
        QCOMPARE(reply.response(), QByteArray("ACME,USB-DMM,MY123,1.0"));
        QCOMPARE(m_peer->received(), QList<QByteArray>{"*IDN?"});
    }

    void aBlockArrivesWholeAndAWriteNeedsNoReply()
    {
        m_peer->answer("CURV?", QByteArray("#15ab\ncd\n"));
        auto session = openSession(QStringLiteral("USB0::0x0957::0x1796::MY123::INSTR"));
        QVERIFY(session);
        QCOMPARE(test::runExchange(*session, ScpiRequest::write("VOLT 5"), kSafetyMs).status,
                 ScpiReply::Status::Ok);
        const ScpiReply block =
            test::runExchange(*session, ScpiRequest::queryBlock("CURV?"), kSafetyMs);
        QCOMPARE(block.status, ScpiReply::Status::Ok);
        QCOMPARE(block.response(), QByteArray("ab\ncd"));
        QCOMPARE(m_peer->received(), (QList<QByteArray>{"VOLT 5", "CURV?"}));
    }

    void aFullReadEndsTheMessageOnlyWhenTheDriverOrTheTerminatorSaysSo_data()
    {
        // The driver path cannot run on a stand-in (no usbtmc ioctls): its decision is pinned
        // here, per transfer, with the attributes USBTMC_IOCTL_MSG_IN_ATTR would return.
        QTest::addColumn<qsizetype>("got");
        QTest::addColumn<int>("attributes"); // -1: the driver cannot tell (before Linux 4.20)
        QTest::addColumn<bool>("termChar");  // LF is the exchange's terminating character
        QTest::addColumn<char>("last");
        QTest::addColumn<bool>("ends");
        const qsizetype full = kTransferSize;
        QTest::newRow("a short read ends it") << full - 1 << -1 << false << 'x' << true;
        QTest::newRow("a reply of exactly 64 KiB with EOM ends it") << full << 0x01 << true << '\n'
                                                                    << true;
        QTest::newRow("a block of exactly 64 KiB with EOM ends it, whatever its last byte")
            << full << 0x01 << false << 'x' << true;
        QTest::newRow("a full read without EOM: more to come")
            << full << 0x00 << true << 'x' << false;
        QTest::newRow("without EOM, even when a data byte is the terminator")
            << full << 0x00 << true << '\n'
            << false;
        QTest::newRow("an older driver: a full read at the terminator ends it")
            << full << -1 << true << '\n'
            << true;
        QTest::newRow("an older driver: a full read elsewhere goes on")
            << full << -1 << true << 'x' << false;
        QTest::newRow("an older driver, no terminator: goes on") << full << -1 << false << '\n'
                                                                 << false;
    }
    void aFullReadEndsTheMessageOnlyWhenTheDriverOrTheTerminatorSaysSo()
    {
        QFETCH(qsizetype, got);
        QFETCH(int, attributes);
        QFETCH(bool, termChar);
        QFETCH(char, last);
        QFETCH(bool, ends);
        QCOMPARE(UsbtmcTransport::readEndsMessage(
                     got, kTransferSize,
                     attributes < 0 ? std::nullopt : std::optional<quint8>(quint8(attributes)),
                     termChar ? std::optional<char>('\n') : std::nullopt, last),
                 ends);
    }

    void aReplyOfExactlyTheReadSizeThroughAStandInLeavesTheNextQueryOnTime()
    {
        // On a stand-in the reply streams to its terminator: 64 KiB exactly is no special case.
        QByteArray big(kTransferSize - 1, 'a');
        big.append('\n');
        m_peer->answer("DATA?", big);
        m_peer->answer("*OPC?", "1\n");
        auto session = openSession(QStringLiteral("USB0::0x0957::0x1796::MY123::INSTR"));
        QVERIFY(session);
        const ScpiReply reply =
            test::runExchange(*session, ScpiRequest::query("DATA?", 5000), kSafetyMs);
        QCOMPARE(reply.status, ScpiReply::Status::Ok);
        QCOMPARE(reply.response().size(), kTransferSize - 1);
        const ScpiReply next =
            test::runExchange(*session, ScpiRequest::query("*OPC?", 5000), kSafetyMs);
        QCOMPARE(next.status, ScpiReply::Status::Ok);
        QCOMPARE(next.response(), QByteArray("1"));
    }

    void aLateReplyAfterATimeoutNeverAnswersTheNextQuery()
    {
        auto session = openSession(QStringLiteral("USB0::0x0957::0x1796::MY123::INSTR"));
        QVERIFY(session);
        // The abandoned read is followed by a device clear, which a stand-in refuses: logged.
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral(
                                            "USBTMC_IOCTL_CLEAR: ENOTTY.*device clear skipped")));
        const ScpiReply lost =
            test::runExchange(*session, ScpiRequest::query("MEAS?", 100), kSafetyMs);
        QCOMPARE(lost.status, ScpiReply::Status::Timeout);
        // The instrument answers after all, and the answer sits in the device's input.
        m_peer->send("1.5\n");
        QTRY_COMPARE_WITH_TIMEOUT(pendingInput(m_peer->slavePath()), 4, kSafetyMs);
        m_peer->answer("SYST:ERR?", "0,\"No error\"\n");
        const ScpiReply next =
            test::runExchange(*session, ScpiRequest::query("SYST:ERR?"), kSafetyMs);
        QCOMPARE(next.status, ScpiReply::Status::Ok);
        QCOMPARE(next.response(), QByteArray("0,\"No error\""));
    }

    void aDeviceThatGoesAwayMidQueryIsADisconnection()
    {
        auto session = openSession(QStringLiteral("USB0::0x0957::0x1796::MY123::INSTR"));
        QVERIFY(session);
        m_peer->setHandler([this](const QByteArray &) { m_peer->hangUp(); });
        const ScpiReply cut = test::runExchange(*session, ScpiRequest::query("*IDN?"), kSafetyMs);
        QCOMPARE(cut.status, ScpiReply::Status::Disconnected);
        QVERIFY2(cut.message.contains(QLatin1String("USB0::0x0957::0x1796::MY123::INSTR")),
                 qPrintable(cut.message));
    }

    void transportCreateMakesAUsbtmcTransportFromTheEnvironment()
    {
        qputenv("LABDISPATCH_USBTMC_SYSFS_ROOT", QFile::encodeName(m_tree->paths().sysfsRoot));
        qputenv("LABDISPATCH_USBTMC_DEV_ROOT", QFile::encodeName(m_tree->devRoot()));
        std::unique_ptr<Transport> transport = Transport::create(
            VisaResource::parse(QStringLiteral("USB::0x0957::0x1796::MY123::INSTR")),
            SerialSettings());
        qunsetenv("LABDISPATCH_USBTMC_SYSFS_ROOT");
        qunsetenv("LABDISPATCH_USBTMC_DEV_ROOT");
        auto *usbtmc = qobject_cast<UsbtmcTransport *>(transport.get());
        QVERIFY(usbtmc);
        QSignalSpy opened(usbtmc, &Transport::opened);
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("ENOTTY")));
        usbtmc->open();
        QVERIFY(opened.wait(kSafetyMs));
        QCOMPARE(usbtmc->devicePath(), m_tree->devRoot() + QStringLiteral("/usbtmc0"));
        QVERIFY(!usbtmc->isDriverNode());
    }
};

QTEST_GUILESS_MAIN(TestUsbtmcTransport)
#include "tst_usbtmctransport.moc"
