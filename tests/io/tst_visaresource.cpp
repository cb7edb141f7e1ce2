// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/serialsettings.h"
#include "io/tcptransport.h"
#include "io/visaresource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ld;

Q_DECLARE_METATYPE(ld::VisaResource::Kind)

class TestVisaResource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAcceptsValidAndRejectsWithAReason_data()
    {
        using K = VisaResource::Kind;
        QTest::addColumn<QString>("input");
        QTest::addColumn<K>("kind");
        QTest::addColumn<QString>("canonical"); // or, when invalid, a fragment of the error
        QTest::addColumn<QString>("hostOrDevice");
        QTest::addColumn<int>("port");

        // Serial
        QTest::newRow("usb serial path")
            << "ASRL/dev/ttyUSB0::INSTR" << K::Serial << "ASRL/dev/ttyUSB0::INSTR"
            << "/dev/ttyUSB0" << 0;
        QTest::newRow("pty path") << "ASRL/dev/pts/7::INSTR" << K::Serial << "ASRL/dev/pts/7::INSTR"
                                  << "/dev/pts/7" << 0;
        QTest::newRow("keywords are case-insensitive")
            << "asrl/dev/ttyACM1::instr" << K::Serial << "ASRL/dev/ttyACM1::INSTR"
            << "/dev/ttyACM1" << 0;
        QTest::newRow("path case is kept")
            << "ASRL/dev/serial/by-id/usb-FTDI_A1::INSTR" << K::Serial
            << "ASRL/dev/serial/by-id/usb-FTDI_A1::INSTR"
            << "/dev/serial/by-id/usb-FTDI_A1" << 0;
        QTest::newRow("by-path with single colons")
            << "ASRL/dev/serial/by-path/pci-0000:00:14.0-usb-0:1:1.0-port0::INSTR" << K::Serial
            << "ASRL/dev/serial/by-path/pci-0000:00:14.0-usb-0:1:1.0-port0::INSTR"
            << "/dev/serial/by-path/pci-0000:00:14.0-usb-0:1:1.0-port0" << 0;
        QTest::newRow("board number means COMn") << "ASRL3::INSTR" << K::Serial << "ASRL3::INSTR"
                                                 << "3" << 0;
        QTest::newRow("board number leading zero normalised")
            << "ASRL03::INSTR" << K::Serial << "ASRL3::INSTR"
            << "3" << 0;
        QTest::newRow("COM name") << "ASRLcom4::INSTR" << K::Serial << "ASRLCOM4::INSTR"
                                  << "COM4" << 0;
        QTest::newRow("surrounding spaces are trimmed") << "  ASRL/dev/ttyS0::INSTR \n"
                                                        << K::Serial << "ASRL/dev/ttyS0::INSTR"
                                                        << "/dev/ttyS0" << 0;

        // TCP
        QTest::newRow("ipv4 with board")
            << "TCPIP0::192.168.1.5::5025::SOCKET" << K::Tcp << "TCPIP0::192.168.1.5::5025::SOCKET"
            << "192.168.1.5" << 5025;
        QTest::newRow("board omitted becomes 0")
            << "TCPIP::10.0.0.2::5025::SOCKET" << K::Tcp << "TCPIP0::10.0.0.2::5025::SOCKET"
            << "10.0.0.2" << 5025;
        QTest::newRow("board 2 kept")
            << "TCPIP2::127.0.0.1::1::SOCKET" << K::Tcp << "TCPIP2::127.0.0.1::1::SOCKET"
            << "127.0.0.1" << 1;
        QTest::newRow("hostname lower-cased, keywords any case")
            << "tcpip0::Scope-3.Lab.Example::5555::socket" << K::Tcp
            << "TCPIP0::scope-3.lab.example::5555::SOCKET"
            << "scope-3.lab.example" << 5555;
        QTest::newRow("port 65535 is the top")
            << "TCPIP0::localhost::65535::SOCKET" << K::Tcp << "TCPIP0::localhost::65535::SOCKET"
            << "localhost" << 65535;
        QTest::newRow("bracketed ipv6 loopback")
            << "TCPIP0::[::1]::5025::SOCKET" << K::Tcp << "TCPIP0::[::1]::5025::SOCKET"
            << "::1" << 5025;
        QTest::newRow("bracketed ipv6 normalised") << "TCPIP0::[FE80:0:0:0:0:0:0:1]::5025::SOCKET"
                                                   << K::Tcp << "TCPIP0::[fe80::1]::5025::SOCKET"
                                                   << "fe80::1" << 5025;
        // Found by fuzz_visaresource: a scope holding "%1" was replaced by a later arg().
        QTest::newRow("ipv6 scope with a percent placeholder survives")
            << "TCPIP0::[fe80::1%1]::5025::SOCKET" << K::Tcp << "TCPIP0::[fe80::1%1]::5025::SOCKET"
            << "fe80::1%1" << 5025;
        QTest::newRow("ipv4 leading zeros normalised")
            << "TCPIP0::010.001.000.009::80::SOCKET" << K::Tcp << "TCPIP0::10.1.0.9::80::SOCKET"
            << "10.1.0.9" << 80;
        QTest::newRow("gpib primary only")
            << "GPIB0::5::INSTR" << K::Gpib << "GPIB0::5::INSTR" << QString() << 5;
        QTest::newRow("gpib board omitted becomes 0")
            << "gpib::22::instr" << K::Gpib << "GPIB0::22::INSTR" << QString() << 22;
        QTest::newRow("gpib board 1 and secondary 0-30 as VISA writes it")
            << "GPIB1::9::0::INSTR" << K::Gpib << "GPIB1::9::0::INSTR" << QString() << 9;
        QTest::newRow("gpib address 30 is the top")
            << "GPIB0::30::30::INSTR" << K::Gpib << "GPIB0::30::30::INSTR" << QString() << 30;
        QTest::newRow("gpib leading zeros normalised")
            << "GPIB00::07::INSTR" << K::Gpib << "GPIB0::7::INSTR" << QString() << 7;

        // VXI-11
        QTest::newRow("vxi-11 device name left out is inst0")
            << "TCPIP0::192.168.1.9::INSTR" << K::Vxi11 << "TCPIP0::192.168.1.9::inst0::INSTR"
            << "192.168.1.9" << 0;
        QTest::newRow("vxi-11 board left out is 0")
            << "TCPIP::scope.lab::inst1::INSTR" << K::Vxi11 << "TCPIP0::scope.lab::inst1::INSTR"
            << "scope.lab" << 0;
        QTest::newRow("vxi-11 gateway gpib address, keywords any case")
            << "tcpip1::10.0.0.7::gpib0,5::instr" << K::Vxi11 << "TCPIP1::10.0.0.7::gpib0,5::INSTR"
            << "10.0.0.7" << 0;
        QTest::newRow("vxi-11 bracketed ipv6")
            << "TCPIP0::[FE80::1]::inst0::INSTR" << K::Vxi11 << "TCPIP0::[fe80::1]::inst0::INSTR"
            << "fe80::1" << 0;

        // USBTMC: the host column holds nothing, the port column the product ID
        QTest::newRow("usbtmc hex ids upper-cased, serial case kept")
            << "usb0::0x0957::0x1796::MY56310484::instr" << K::Usbtmc
            << "USB0::0x0957::0x1796::MY56310484::INSTR" << QString() << 0x1796;
        QTest::newRow("usbtmc board left out is 0, lower-case hex")
            << "USB::0x1ab1::0x04ce::DS1ZA1234::INSTR" << K::Usbtmc
            << "USB0::0x1AB1::0x04CE::DS1ZA1234::INSTR" << QString() << 0x04ce;
        QTest::newRow("usbtmc decimal ids become hex")
            << "USB1::2391::6038::sn-7::INSTR" << K::Usbtmc << "USB1::0x0957::0x1796::sn-7::INSTR"
            << QString() << 0x1796;
        QTest::newRow("usbtmc interface number kept")
            << "USB0::0x0699::0x0368::C012345::2::INSTR" << K::Usbtmc
            << "USB0::0x0699::0x0368::C012345::2::INSTR" << QString() << 0x0368;
        QTest::newRow("usbtmc serial with a percent placeholder survives")
            << "USB0::0x0957::0x1796::A%1B::INSTR" << K::Usbtmc
            << "USB0::0x0957::0x1796::A%1B::INSTR" << QString() << 0x1796;

        // Garbage and near misses
        const auto bad = [](const char *name, const char *input, const char *why) {
            QTest::newRow(name) << QString::fromUtf8(input) << K::Invalid << QString::fromUtf8(why)
                                << QString() << 0;
        };
        bad("empty", "", "empty resource string");
        bad("only spaces", "   ", "empty resource string");
        bad("port out of range", "TCPIP0::1.2.3.4::70000::SOCKET",
            "port 70000 is out of range 1-65535");
        bad("port zero", "TCPIP0::1.2.3.4::0::SOCKET", "port 0 is out of range 1-65535");
        bad("port huge", "TCPIP0::1.2.3.4::99999999999999::SOCKET", "out of range 1-65535");
        bad("port not a number", "TCPIP0::1.2.3.4::http::SOCKET", "port 'http' is not a number");
        bad("port negative", "TCPIP0::1.2.3.4::-5::SOCKET", "port '-5' is not a number");
        bad("port missing", "TCPIP0::1.2.3.4::::SOCKET", "missing port");
        bad("socket suffix missing", "TCPIP0::1.2.3.4::5025", "missing '::<port>::SOCKET'");
        bad("wrong suffix", "TCPIP0::1.2.3.4::5025::SOCK", "expected 'SOCKET'");
        bad("hislip", "TCPIP0::1.2.3.4::hislip0::INSTR", "is a HiSLIP address");
        bad("vxi-11 device name with a dash", "TCPIP0::1.2.3.4::inst-0::INSTR",
            "'inst-0' is not a VXI-11 device name");
        bad("vxi-11 port where the device name goes", "TCPIP0::1.2.3.4::5025::INSTR",
            "'5025' is not a VXI-11 device name");
        bad("vxi-11 empty device name", "TCPIP0::1.2.3.4::::INSTR", "not a VXI-11 device name");
        bad("vxi-11 gateway address with three numbers", "TCPIP0::h::gpib0,1,2,3::INSTR",
            "not a VXI-11 device name");
        bad("vxi-11 too many parts", "TCPIP0::h::inst0::x::INSTR", "too many '::' parts");
        bad("vxi-11 ipv6 without brackets", "TCPIP0::fe80::1::INSTR",
            "must be written in brackets");
        bad("vxi-11 host missing", "TCPIP0::::INSTR", "missing host");
        bad("ipv4 octet too big", "TCPIP0::192.168.1.256::5025::SOCKET",
            "not a valid IPv4 address");
        bad("ipv4 three parts", "TCPIP0::10.0.1::5025::SOCKET", "not a valid IPv4 address");
        bad("ipv6 without brackets", "TCPIP0::fe80::1::5025::SOCKET",
            "must be written in brackets");
        bad("ipv6 bracket not closed", "TCPIP0::[fe80::1::5025::SOCKET", "unterminated '['");
        bad("ipv6 garbage in brackets", "TCPIP0::[fe80::zz]::5025::SOCKET",
            "not a valid IPv6 address");
        bad("hostname with underscore", "TCPIP0::my_scope::5025::SOCKET", "not a valid host name");
        bad("hostname label starts with hyphen", "TCPIP0::-scope::5025::SOCKET",
            "not a valid host name");
        bad("host missing", "TCPIP0::::5025::SOCKET", "missing host");
        bad("too many parts", "TCPIP0::h::5025::SOCKET::X", "too many '::' parts");
        bad("tcpip board not a number", "TCPIPX::h::5025::SOCKET", "expected '::' after 'TCPIP'");
        bad("space inside", "TCPIP0::my host::5025::SOCKET", "spaces and control characters");
        bad("serial without instr", "ASRL/dev/ttyUSB0", "missing '::INSTR'");
        bad("serial wrong suffix", "ASRL/dev/ttyUSB0::SOCKET", "expected 'INSTR'");
        bad("serial device missing", "ASRL::INSTR", "missing serial device");
        bad("serial relative path", "ASRLttyUSB0::INSTR", "must be an absolute device path");
        bad("serial board zero", "ASRL0::INSTR", "out of range 1-999");
        bad("serial extra part", "ASRL/dev/ttyS0::INSTR::X", "too many '::' parts");
        bad("gpib primary out of range", "GPIB0::31::INSTR",
            "primary GPIB address 31 is out of range 0-30");
        bad("gpib secondary in the bus encoding", "GPIB0::9::96::INSTR",
            "VISA writes it as 0-30 (here 0)");
        bad("gpib secondary out of range", "GPIB0::9::31::INSTR",
            "secondary GPIB address 31 is out of range 0-30");
        bad("gpib address not a number", "GPIB0::dmm::INSTR", "'dmm' is not a number");
        bad("gpib address missing", "GPIB0::::INSTR", "missing primary GPIB address");
        bad("gpib without instr", "GPIB0::5", "missing '::INSTR'");
        bad("gpib interface", "GPIB0::INTFC", "is a GPIB interface");
        bad("gpib too many parts", "GPIB0::1::2::3::INSTR", "too many '::' parts");
        bad("gpib board not a number", "GPIBX::5::INSTR", "expected '::' after 'GPIB'");
        bad("gpib board too long", "GPIB1234::5::INSTR", "out of range 0-999");
        bad("usbtmc without instr", "USB0::0x0957::0x1796::MY123", "missing '::INSTR'");
        bad("usbtmc raw device", "USB0::0x0957::0x1796::MY123::0::RAW", "is a raw USB device");
        bad("usbtmc serial missing", "USB0::0x0957::0x1796::INSTR",
            "expected USB::<vendor>::<product>::<serial>");
        bad("usbtmc empty serial", "USB0::0x0957::0x1796::::INSTR", "missing USB serial number");
        bad("usbtmc vendor not hex", "USB0::0xZZ57::0x1796::MY1::INSTR",
            "USB vendor ID '0xZZ57' is not");
        bad("usbtmc vendor five hex digits", "USB0::0x10957::0x1796::MY1::INSTR",
            "USB vendor ID '0x10957' is not");
        bad("usbtmc product above 65535", "USB0::0x0957::65536::MY1::INSTR",
            "USB product ID '65536' is not");
        bad("usbtmc bare 0x", "USB0::0x0957::0x::MY1::INSTR", "USB product ID '0x' is not");
        bad("usbtmc interface not a number", "USB0::0x0957::0x1796::MY1::if0::INSTR",
            "USB interface number 'if0' is not 0-254");
        bad("usbtmc interface 255", "USB0::0x0957::0x1796::MY1::255::INSTR",
            "USB interface number '255' is not 0-254");
        bad("usbtmc too many parts", "USB0::0x0957::0x1796::MY1::0::1::INSTR",
            "too many '::' parts");
        bad("usbtmc serial with a colon", "USB0::0x0957::0x1796::MY:1::INSTR", "contains ':'");
        bad("usbtmc board not a number", "USBX::0x0957::0x1796::MY1::INSTR",
            "expected '::' after 'USB'");
        bad("vxi interface not supported", "VXI0::1::INSTR", "interface 'VXI' is not supported");
        bad("no interface keyword", "::INSTR", "does not start with an interface keyword");
        bad("binary junk", "\x01\x02\x03", "spaces and control characters");
        bad("url instead of resource", "http://10.0.0.1:5025", "interface 'HTTP' is not supported");
    }
    void parseAcceptsValidAndRejectsWithAReason()
    {
        QFETCH(QString, input);
        QFETCH(VisaResource::Kind, kind);
        QFETCH(QString, canonical);
        QFETCH(QString, hostOrDevice);
        QFETCH(int, port);

        QString error;
        const VisaResource r = VisaResource::parse(input, &error);
        QCOMPARE(r.kind(), kind);
        if (kind == VisaResource::Kind::Invalid) {
            QVERIFY(!r.isValid());
            QVERIFY2(error.contains(canonical), qPrintable(error));
            if (!input.trimmed().isEmpty())
                QVERIFY2(error.contains(input.trimmed()), qPrintable(error)); // quotes the input
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.toString(), canonical);
        QCOMPARE(kind == VisaResource::Kind::Serial ? r.serialDevice() : r.host(), hostOrDevice);
        QCOMPARE(int(r.port()), port);
        // The canonical form is a fixed point.
        QCOMPARE(VisaResource::parse(r.toString()), r);
    }

    void gpibKeepsItsBoardAndAddresses()
    {
        const VisaResource r = VisaResource::parse(QStringLiteral("GPIB2::9::3::INSTR"));
        QCOMPARE(r.board(), 2);
        QCOMPARE(r.gpibPrimary(), 9);
        QCOMPARE(r.gpibSecondary(), 3);
        QCOMPARE(VisaResource::parse(QStringLiteral("GPIB::9::INSTR")).gpibSecondary(), -1);
        QVERIFY(VisaResource::parse(QStringLiteral("GPIB0::9::INSTR")) !=
                VisaResource::parse(QStringLiteral("GPIB0::9::0::INSTR")));
        QVERIFY(VisaResource::parse(QStringLiteral("GPIB0::9::INSTR")) !=
                VisaResource::parse(QStringLiteral("GPIB1::9::INSTR")));
    }

    void usbtmcKeepsItsIdsSerialAndInterface()
    {
        const VisaResource r =
            VisaResource::parse(QStringLiteral("USB2::0x0957::0x1796::MY123::3::INSTR"));
        QCOMPARE(r.board(), 2);
        QCOMPARE(r.usbVendorId(), quint16(0x0957));
        QCOMPARE(r.usbProductId(), quint16(0x1796));
        QCOMPARE(r.usbSerial(), QStringLiteral("MY123"));
        QCOMPARE(r.usbInterface(), 3);
        QCOMPARE(VisaResource::parse(QStringLiteral("USB::1::2::S::INSTR")).usbInterface(), -1);
        QVERIFY(VisaResource::parse(QStringLiteral("USB::0x0957::0x1796::MY123::INSTR")) !=
                VisaResource::parse(QStringLiteral("USB::0x0958::0x1796::MY123::INSTR")));
        QVERIFY(VisaResource::parse(QStringLiteral("USB::0x0957::0x1796::MY123::INSTR")) !=
                VisaResource::parse(QStringLiteral("USB::0x0957::0x1796::my123::INSTR")));
    }

    void oneDeviceWrittenSeveralWaysIsOneDevice_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::newRow("double slash") << QStringLiteral("ASRL/dev//pts/4::INSTR");
        QTest::newRow("dot segment") << QStringLiteral("ASRL/dev/./pts/4::INSTR");
        QTest::newRow("dot-dot segment") << QStringLiteral("ASRL/dev/pts/../pts/4::INSTR");
        QTest::newRow("all at once") << QStringLiteral("ASRL//dev/.//pts/4::INSTR");
    }
    void oneDeviceWrittenSeveralWaysIsOneDevice()
    {
        QFETCH(QString, spelling);
        const VisaResource r = VisaResource::parse(spelling);
        QVERIFY(r.isValid());
        QCOMPARE(r.toString(), QStringLiteral("ASRL/dev/pts/4::INSTR"));
        QCOMPARE(r.serialPortName(), QStringLiteral("/dev/pts/4"));
        QCOMPARE(r.deviceKey(),
                 VisaResource::parse(QStringLiteral("ASRL/dev/pts/4::INSTR")).deviceKey());
    }

    void aTcpTransportNamesAScopedIpv6HostAsItIs()
    {
        // A '%1' in the host (an IPv6 scope) was taken for a placeholder by a chained arg().
        const TcpTransport transport(QStringLiteral("fe80::1%1"), 5025);
        QCOMPARE(transport.description(), QStringLiteral("[fe80::1%1]:5025"));
    }

    void aSymbolicLinkIsTheDeviceItPointsTo()
    {
        // As /dev/serial/by-id/... points to /dev/ttyUSBn; files in a temporary folder stand in.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile device(dir.filePath(QStringLiteral("ttyFAKE0")));
        QVERIFY(device.open(QIODevice::WriteOnly));
        device.close();
        const QString link = dir.filePath(QStringLiteral("by-id-adapter"));
        QVERIFY(QFile::link(device.fileName(), link));
        const VisaResource viaLink = VisaResource::parse(QStringLiteral("ASRL%1::INSTR").arg(link));
        const VisaResource direct =
            VisaResource::parse(QStringLiteral("ASRL%1::INSTR").arg(device.fileName()));
        QCOMPARE(viaLink.deviceKey(), direct.deviceKey());
        // It still opens the name the user gave: the link follows the adapter when replugged.
        QCOMPARE(viaLink.serialPortName(), link);
        const VisaResource other = VisaResource::parse(
            QStringLiteral("ASRL%1::INSTR").arg(dir.filePath(QStringLiteral("ttyFAKE1"))));
        QVERIFY(other.deviceKey() != direct.deviceKey());
    }

    void serialPortNameMapsBoardNumbersToCom()
    {
        QCOMPARE(VisaResource::parse(QStringLiteral("ASRL3::INSTR")).serialPortName(),
                 QStringLiteral("COM3"));
        QCOMPARE(VisaResource::parse(QStringLiteral("ASRL/dev/pts/4::INSTR")).serialPortName(),
                 QStringLiteral("/dev/pts/4"));
    }

    void serialSettingsDefaultTo9600_8N1_LF()
    {
        const SerialSettings s;
        QVERIFY(s.validate());
        QCOMPARE(s.summary(), QStringLiteral("9600 8N1"));
        QCOMPARE(s.readTerminator, QByteArray("\n"));
        QCOMPARE(s.writeTerminator, QByteArray("\n"));
    }

    void serialSettingsRoundTripThroughAVariantMap()
    {
        SerialSettings s;
        s.baudRate = 115200;
        s.dataBits = 7;
        s.parity = SerialSettings::Parity::Even;
        s.stopBits = SerialSettings::StopBits::Two;
        s.flowControl = SerialSettings::FlowControl::Hardware;
        s.readTerminator = "\r\n";
        s.writeTerminator = "\r";
        const QVariantMap map = s.toVariantMap();
        QCOMPARE(map.value(QStringLiteral("readTerminator")).toString(), QStringLiteral("\\r\\n"));
        QCOMPARE(map.value(QStringLiteral("parity")).toString(), QStringLiteral("even"));
        QString error;
        const auto back = SerialSettings::fromVariantMap(map, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, s);
        QCOMPARE(back->summary(), QStringLiteral("115200 7E2"));
    }

    void serialSettingsFromMapRejectsBadValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("baud zero") << "baud" << QVariant(0) << "baud must be";
        QTest::newRow("baud fractional") << "baud" << QVariant(9600.5) << "baud must be";
        QTest::newRow("baud text") << "baud" << QVariant(QStringLiteral("fast")) << "baud must be";
        QTest::newRow("data bits 9") << "dataBits" << QVariant(9) << "dataBits must be 5-8";
        QTest::newRow("data bits 4") << "dataBits" << QVariant(4) << "dataBits must be 5-8";
        QTest::newRow("parity unknown")
            << "parity" << QVariant(QStringLiteral("maybe")) << "parity must be";
        QTest::newRow("stop bits 3") << "stopBits" << QVariant(3) << "stopBits must be";
        QTest::newRow("flow unknown")
            << "flowControl" << QVariant(QStringLiteral("dtr")) << "flowControl must be";
        QTest::newRow("terminator bad escape")
            << "readTerminator" << QVariant(QStringLiteral("\\q")) << "bad escape";
        QTest::newRow("terminator empty")
            << "writeTerminator" << QVariant(QString()) << "must be 1 to 4 bytes";
        QTest::newRow("terminator too long")
            << "writeTerminator" << QVariant(QStringLiteral("\\r\\n\\r\\n\\r"))
            << "must be 1 to 4 bytes";
        QTest::newRow("baud as a number in quotes")
            << "baud" << QVariant(QStringLiteral("9600")) << "baud must be a number, not \"9600\"";
        QTest::newRow("data bits in quotes")
            << "dataBits" << QVariant(QStringLiteral("8")) << "dataBits must be a number";
        QTest::newRow("data bits fractional")
            << "dataBits" << QVariant(7.5) << "dataBits must be 5-8";
        QTest::newRow("stop bits in quotes")
            << "stopBits" << QVariant(QStringLiteral("1")) << "stopBits must be a number";
        QTest::newRow("terminator as a number")
            << "readTerminator" << QVariant(10)
            << "readTerminator must be a text in quotes, not 10";
        QTest::newRow("parity as true")
            << "parity" << QVariant(true) << "parity must be a text in quotes, not true";
        QTest::newRow("unknown key (typo)")
            << "bud" << QVariant(9600) << "unknown serial setting 'bud'";
    }
    void serialSettingsFromMapRejectsBadValues()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        QString error;
        const auto s = SerialSettings::fromVariantMap({{key, value}}, &error);
        QVERIFY(!s.has_value());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void serialSettingsFromMapKeepsDefaultsForMissingKeys()
    {
        QString error;
        const auto s = SerialSettings::fromVariantMap(
            {{QStringLiteral("baud"), 19200},
             {QStringLiteral("readTerminator"), QStringLiteral("\\x03")}},
            &error);
        QVERIFY2(s.has_value(), qPrintable(error));
        QCOMPARE(s->baudRate, 19200);
        QCOMPARE(s->readTerminator, QByteArray("\x03"));
        QCOMPARE(s->summary(), QStringLiteral("19200 8N1"));
    }

    void oneAndAHalfStopBitsNeedFiveDataBits()
    {
        SerialSettings s;
        s.stopBits = SerialSettings::StopBits::OneAndHalf;
        QString error;
        QVERIFY(!s.validate(&error));
        QVERIFY2(error.contains(QLatin1String("1.5 stop bits")), qPrintable(error));
        s.dataBits = 5;
        QVERIFY(s.validate());
    }
};

QTEST_GUILESS_MAIN(TestVisaResource)
#include "tst_visaresource.moc"
