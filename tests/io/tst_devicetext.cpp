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
        QTest::newRow("latin-1 letter in otherwise ascii text as hex")
            << QByteArray("M\xfcller") << QStringLiteral("M\\xfcller");
        QTest::newRow("valid utf-8 kept beside an invalid byte")
            << QByteArray("\xc2\xb5V \xff") << QString::fromUtf8("\xc2\xb5V \\xff");
        QTest::newRow("stray continuation byte as hex")
            << QByteArray("a\x80z") << QStringLiteral("a\\x80z");
        QTest::newRow("overlong encoding as hex, byte by byte")
            << QByteArray("\xc0\xafx") << QStringLiteral("\\xc0\\xafx");
        QTest::newRow("encoded surrogate as hex")
            << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
        QTest::newRow("beyond U+10FFFF as hex")
            << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("\\xf4\\x90\\x80\\x80");
        QTest::newRow("truncated multibyte at the end as hex")
            << QByteArray("5.0 \xe2\x84") << QStringLiteral("5.0 \\xe2\\x84");
        QTest::newRow("truncated multibyte before ascii as hex, ascii kept")
            << QByteArray("\xe2\x84V") << QStringLiteral("\\xe2\\x84V");
        QTest::newRow("nul made visible") << QByteArray("a\0b", 3) << QStringLiteral("a\\x00b");
        QTest::newRow("nul beside an invalid byte made visible")
            << QByteArray("\0\xfe", 2) << QStringLiteral("\\x00\\xfe");
        QTest::newRow("mixed: utf-8, escape, invalid bytes, text")
            << QByteArray("\xce\xa9 \x1b[0m\xfe\xff ok")
            << QString::fromUtf8("\xce\xa9 \\x1b[0m\\xfe\\xff ok");
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
