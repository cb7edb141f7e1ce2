// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/devicetext.h"
#include "io/idninfo.h"

#include <QTest>

using namespace ld;

/** Device bytes become text a terminal, a log and a window can show without being driven. */
class TestDeviceText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deviceBytesAreDecodedAndShownSafely_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain ascii unchanged")
            << QByteArray("ACME,DMM-1,42,1.0") << QStringLiteral("ACME,DMM-1,42,1.0");
        QTest::newRow("utf-8 decoded as utf-8")
            << QByteArray("M\xc3\xbcller \xce\xa9") << QString::fromUtf8("M\xc3\xbcller \xce\xa9");
        QTest::newRow("invalid utf-8 read as latin-1")
            << QByteArray("M\xfcller") << QString::fromUtf8("M\xc3\xbcller");
        QTest::newRow("escape sequence made visible")
            << QByteArray("\x1b[31mred") << QStringLiteral("\\x1b[31mred");
        QTest::newRow("bell made visible") << QByteArray("ding\x07") << QStringLiteral("ding\\x07");
        QTest::newRow("newline and tab made visible")
            << QByteArray("a\nb\tc\r") << QStringLiteral("a\\x0ab\\x09c\\x0d");
        QTest::newRow("delete made visible") << QByteArray("x\x7f") << QStringLiteral("x\\x7f");
        QTest::newRow("latin-1 C1 CSI made visible") << QByteArray("\x9b"
                                                                   "2J")
                                                     << QStringLiteral("\\x9b2J");
        QTest::newRow("bidi override made visible")
            << QByteArray("abc\xe2\x80\xae") << QStringLiteral("abc\\u{202e}");
    }
    void deviceBytesAreDecodedAndShownSafely()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, shown);
        QCOMPARE(DeviceText::show(bytes), shown);
    }

    void anIdentityInUtf8KeepsItsLetters()
    {
        const auto idn = IdnInfo::parse("M\xc3\xbcller Messtechnik,\xce\xa9-Meter 2,S/N 7,1.0\n");
        QVERIFY(idn);
        QCOMPARE(idn->vendor, QString::fromUtf8("M\xc3\xbcller Messtechnik"));
        QCOMPARE(idn->model, QString::fromUtf8("\xce\xa9-Meter 2"));
    }

    void anIdentityWithControlCharactersIsRefusedWithoutEchoingThem()
    {
        QString error;
        QVERIFY(!IdnInfo::parse("\x1b[2J\x07"
                                "ACME,DMM,1,2",
                                &error));
        QVERIFY2(error.contains(QStringLiteral("\\x1b[2J\\x07ACME")), qPrintable(error));
        for (const QChar c : error)
            QVERIFY2(c.unicode() >= 0x20, qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDeviceText)
#include "tst_devicetext.moc"
