// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Discovery's LAN lines into single addresses: ranges, subnets, bounds. Loopback only.
#include "instruments/addressrange.h"

#include <QTest>

using namespace ld;

namespace {
QString tcp(const QString &host, int port)
{
    return QStringLiteral("TCPIP0::%1::%2::SOCKET").arg(host).arg(port);
}
} // namespace

class TestAddressRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesExpandToSingleAddresses_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("expected");
        const QString lo = QStringLiteral("127.0.0.1");
        QTest::newRow("one host:port")
            << QStringList{QStringLiteral("127.0.0.1:5025")} << QStringList{tcp(lo, 5025)};
        QTest::newRow("a port range, both ends included")
            << QStringList{QStringLiteral("127.0.0.1:5025-5030")}
            << QStringList{tcp(lo, 5025), tcp(lo, 5026), tcp(lo, 5027),
                           tcp(lo, 5028), tcp(lo, 5029), tcp(lo, 5030)};
        QTest::newRow("a /29 without port: six hosts on 5025, no network or broadcast")
            << QStringList{QStringLiteral("127.0.0.0/29")}
            << QStringList{
                   tcp(QStringLiteral("127.0.0.1"), 5025), tcp(QStringLiteral("127.0.0.2"), 5025),
                   tcp(QStringLiteral("127.0.0.3"), 5025), tcp(QStringLiteral("127.0.0.4"), 5025),
                   tcp(QStringLiteral("127.0.0.5"), 5025), tcp(QStringLiteral("127.0.0.6"), 5025)};
        QTest::newRow("a /31 subnet with a port range")
            << QStringList{QStringLiteral("127.0.0.0/31:6000-6001")}
            << QStringList{
                   tcp(QStringLiteral("127.0.0.0"), 6000), tcp(QStringLiteral("127.0.0.0"), 6001),
                   tcp(QStringLiteral("127.0.0.1"), 6000), tcp(QStringLiteral("127.0.0.1"), 6001)};
        QTest::newRow("a /32 is its one host")
            << QStringList{QStringLiteral("127.0.0.9/32")}
            << QStringList{tcp(QStringLiteral("127.0.0.9"), 5025)};
        QTest::newRow("bracketed IPv6 loopback")
            << QStringList{QStringLiteral("[::1]:5025")}
            << QStringList{QStringLiteral("TCPIP0::[::1]::5025::SOCKET")};
        QTest::newRow("a TCPIP resource as it is")
            << QStringList{QStringLiteral("TCPIP0::127.0.0.1::5025::SOCKET")}
            << QStringList{tcp(lo, 5025)};
        QTest::newRow("repeats across lines are probed once")
            << QStringList{QStringLiteral("127.0.0.1:5025-5026"),
                           QStringLiteral(" 127.0.0.1:5026 ")}
            << QStringList{tcp(lo, 5025), tcp(lo, 5026)};
        QTest::newRow("exactly the limit is allowed")
            << QStringList{QStringLiteral("127.0.0.1:10001-11024")} << QStringList{};
    }
    void linesExpandToSingleAddresses()
    {
        QFETCH(QStringList, lines);
        QFETCH(QStringList, expected);
        QString error;
        const auto out = AddressRange::expand(lines, &error);
        QVERIFY2(out, qPrintable(error));
        if (expected.isEmpty()) // a row too long to write out: its size says it
            QCOMPARE(out->size(), AddressRange::kMaxAddresses);
        else
            QCOMPARE(*out, expected);
    }

    void badOrOversizedLinesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no port") << QStringList{QStringLiteral("nohost-without-port")}
                                 << QStringLiteral("nohost-without-port");
        QTest::newRow("reversed port range")
            << QStringList{QStringLiteral("127.0.0.1:5030-5025")} << QStringLiteral("5030-5025");
        QTest::newRow("port out of range")
            << QStringList{QStringLiteral("127.0.0.1:70000")} << QStringLiteral("70000");
        QTest::newRow("not a subnet")
            << QStringList{QStringLiteral("127.0.0.0/40")} << QStringLiteral("127.0.0.0/40");
        QTest::newRow("a /16 is more than the limit")
            << QStringList{QStringLiteral("127.0.0.0/16")} << QStringLiteral("1024");
        QTest::newRow("one past the limit over two lines")
            << QStringList{QStringLiteral("127.0.0.1:10001-11024"),
                           QStringLiteral("127.0.0.2:5025")}
            << QStringLiteral("1024");
        QTest::newRow("a small subnet times many ports is too many")
            << QStringList{QStringLiteral("127.0.0.0/29:5000-5200")} << QStringLiteral("1024");
    }
    void badOrOversizedLinesAreRefusedWithAReason()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!AddressRange::expand(lines, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_MAIN(TestAddressRange)
#include "tst_addressrange.moc"
