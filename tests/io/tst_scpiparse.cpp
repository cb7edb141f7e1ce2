// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/idninfo.h"
#include "io/scpierror.h"
#include "io/scpiparse.h"

#include <QTest>

#include <cmath>

using namespace ld;

class TestScpiParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idnSplitsIntoFourFields_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("vendor"); // or, when invalid, a fragment of the error
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("firmware");
        QTest::newRow("keysight dmm")
            << QByteArray(
                   "Keysight Technologies,34465A,MY57501234,A.03.01-03.15-03.01-00.52-03-02\n")
            << true << "Keysight Technologies"
            << "34465A"
            << "MY57501234"
            << "A.03.01-03.15-03.01-00.52-03-02";
        QTest::newRow("spaces around fields trimmed")
            << QByteArray("  RIGOL TECHNOLOGIES , DP832 , DP8C1234 , 00.01.14 \r\n") << true
            << "RIGOL TECHNOLOGIES"
            << "DP832"
            << "DP8C1234"
            << "00.01.14";
        QTest::newRow("serial 0 means none, kept")
            << QByteArray("ACME,TEMP-1,0,1.0") << true << "ACME"
            << "TEMP-1"
            << "0"
            << "1.0";
        QTest::newRow("empty serial and firmware allowed")
            << QByteArray("ACME,GEN,,") << true << "ACME"
            << "GEN"
            << ""
            << "";
        QTest::newRow("extra commas stay in firmware")
            << QByteArray("Tek,MSO54,C012345,CF:91.1CT FV:1.2,build 7") << true << "Tek"
            << "MSO54"
            << "C012345"
            << "CF:91.1CT FV:1.2,build 7";
        QTest::newRow("three fields")
            << QByteArray("ACME,DMM,123") << false << "needs 4 comma-separated fields"
            << ""
            << ""
            << "";
        QTest::newRow("empty reply") << QByteArray("\n") << false << "needs 4"
                                     << ""
                                     << ""
                                     << "";
        QTest::newRow("empty vendor") << QByteArray(",DMM,1,2") << false << "empty vendor or model"
                                      << ""
                                      << ""
                                      << "";
        QTest::newRow("empty model") << QByteArray("ACME, ,1,2") << false << "empty vendor or model"
                                     << ""
                                     << ""
                                     << "";
        QTest::newRow("control characters")
            << QByteArray("AC\x01ME,DMM,1,2") << false << "control characters"
            << ""
            << ""
            << "";
        QTest::newRow("an error entry is not an identity")
            << QByteArray("-113,\"Undefined header\"") << false << "needs 4"
            << ""
            << ""
            << "";
    }
    void idnSplitsIntoFourFields()
    {
        QFETCH(QByteArray, reply);
        QFETCH(bool, valid);
        QFETCH(QString, vendor);
        QFETCH(QString, model);
        QFETCH(QString, serial);
        QFETCH(QString, firmware);
        QString error;
        const std::optional<IdnInfo> idn = IdnInfo::parse(reply, &error);
        QCOMPARE(idn.has_value(), valid);
        if (!valid) {
            QVERIFY2(error.contains(vendor), qPrintable(error));
            return;
        }
        QCOMPARE(idn->vendor, vendor);
        QCOMPARE(idn->model, model);
        QCOMPARE(idn->serial, serial);
        QCOMPARE(idn->firmware, firmware);
    }

    void sameInstrumentIgnoresFirmware()
    {
        const auto a = IdnInfo::parse("ACME,DMM1,42,1.0");
        const auto b = IdnInfo::parse("ACME,DMM1,42,2.0");
        const auto c = IdnInfo::parse("ACME,DMM1,43,1.0");
        QVERIFY(a->sameInstrument(*b));
        QVERIFY(!(*a == *b));
        QVERIFY(!a->sameInstrument(*c));
    }

    void numbersParseIncludingScpiSpecialValues_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("NR1") << QByteArray("42") << true << 42.0;
        QTest::newRow("NR2 with sign") << QByteArray("-0.125") << true << -0.125;
        QTest::newRow("NR3") << QByteArray("+1.23450E-03") << true << 0.0012345;
        QTest::newRow("with terminator and spaces") << QByteArray(" 7.5\r\n") << true << 7.5;
        QTest::newRow("9.9E37 is +inf") << QByteArray("9.9E37") << true << qInf();
        QTest::newRow("-9.9E37 is -inf") << QByteArray("-9.90000000E+37") << true << -qInf();
        QTest::newRow("9.91E37 is NaN") << QByteArray("+9.91E+37") << true << qQNaN();
        QTest::newRow("empty") << QByteArray("") << false << 0.0;
        QTest::newRow("unit suffix") << QByteArray("1.5V") << false << 0.0;
        QTest::newRow("word") << QByteArray("ON") << false << 0.0;
        QTest::newRow("inf spelled out") << QByteArray("inf") << false << 0.0;
        QTest::newRow("two numbers") << QByteArray("1,2") << false << 0.0;
        QTest::newRow("lonely sign") << QByteArray("-") << false << 0.0;
    }
    void numbersParseIncludingScpiSpecialValues()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        QString error;
        const std::optional<double> v = scpi::parseNumber(text, &error);
        QCOMPARE(v.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        if (std::isnan(value))
            QVERIFY(std::isnan(*v));
        else
            QCOMPARE(*v, value);
    }

    void numberListNamesTheBadItem()
    {
        QString error;
        QVERIFY(!scpi::parseNumberList("1,2,x,4", &error));
        QVERIFY2(error.contains(QLatin1String("item 3")), qPrintable(error));
        QCOMPARE(scpi::parseNumberList("  \n")->size(), 0);
        QCOMPARE(*scpi::parseNumberList("1, -2.5 ,3e2\n"), (QList<double>{1, -2.5, 300}));
    }

    void stringsAreUnquoted_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("double quotes") << QByteArray("\"Hello\"\n") << "Hello";
        QTest::newRow("doubled quote inside") << QByteArray("\"say \"\"hi\"\"\"") << "say \"hi\"";
        QTest::newRow("single quotes") << QByteArray("'abc'") << "abc";
        QTest::newRow("unquoted kept") << QByteArray("VOLT\r\n") << "VOLT";
        QTest::newRow("mismatched quotes kept") << QByteArray("\"abc'") << "\"abc'";
        QTest::newRow("lone quote kept") << QByteArray("\"") << "\"";
    }
    void stringsAreUnquoted()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QCOMPARE(scpi::parseString(text), expected);
    }

    void blocksParseFromStoredBytes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("definite with newline inside")
            << QByteArray("#15a\nb\nc\n") << true << QByteArray("a\nb\nc");
        QTest::newRow("definite zero length") << QByteArray("#10") << true << QByteArray();
        QTest::newRow("indefinite") << QByteArray("#0xyz\r\n") << true << QByteArray("xyz");
        QTest::newRow("short payload") << QByteArray("#19abc") << false << QByteArray();
        QTest::newRow("no hash") << QByteArray("12abc") << false << QByteArray();
        QTest::newRow("bad digit count") << QByteArray("#x12") << false << QByteArray();
        QTest::newRow("length not digits") << QByteArray("#2a1bc") << false << QByteArray();
        QTest::newRow("trailing junk") << QByteArray("#12abJUNK") << false << QByteArray();
    }
    void blocksParseFromStoredBytes()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(QByteArray, payload);
        QString error;
        const auto p = scpi::parseBlock(text, &error);
        QCOMPARE(p.has_value(), valid);
        if (valid)
            QCOMPARE(*p, payload);
        else
            QVERIFY(!error.isEmpty());
    }

    void errorQueueEntriesParse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no error") << QByteArray("+0,\"No error\"\n") << true << 0 << "No error";
        QTest::newRow("bare zero") << QByteArray("0") << true << 0 << "";
        QTest::newRow("undefined header")
            << QByteArray("-113,\"Undefined header\"") << true << -113 << "Undefined header";
        QTest::newRow("device specific with detail")
            << QByteArray("-222,\"Data out of range;VOLT 99\"") << true << -222
            << "Data out of range;VOLT 99";
        QTest::newRow("garbage") << QByteArray("hello") << false << 0 << "";
    }
    void errorQueueEntriesParse()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(int, code);
        QFETCH(QString, message);
        const auto e = ScpiError::parse(text);
        QCOMPARE(e.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(e->code, code);
        QCOMPARE(e->message, message);
        QCOMPARE(e->isNoError(), code == 0);
    }
};

QTEST_GUILESS_MAIN(TestScpiParse)
#include "tst_scpiparse.moc"
