// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/engineeringformat.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace ld;

class TestEngineeringFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesReadWithPrefixesInTheLocale_data();
    void valuesReadWithPrefixesInTheLocale();
    void labelsSharingAnExponentKeepTheirDecimals_data();
    void labelsSharingAnExponentKeepTheirDecimals();
};

void TestEngineeringFormat::valuesReadWithPrefixesInTheLocale_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("microvolts, four digits") << 1.754895e-05 << "V" << en << "17.55 \u00b5V";
    QTest::newRow("microvolts with a decimal comma")
        << 1.754895e-05 << "V" << de << "17,55 \u00b5V";
    QTest::newRow("zero has no prefix") << 0.0 << "V" << en << "0 V";
    QTest::newRow("negative zero reads zero") << -0.0 << "V" << en << "0 V";
    QTest::newRow("negative millivolts") << -0.0012344 << "V" << en << "-1.234 mV";
    QTest::newRow("trailing zeros dropped") << 25.0 << "\u00b0C" << en << "25 \u00b0C";
    QTest::newRow("not a number") << std::nan("") << "V" << en << "NaN";
    QTest::newRow("infinity keeps its unit") << inf << "V" << en << "\u221e V";
    QTest::newRow("minus infinity") << -inf << "A" << en << "-\u221e A";
    QTest::newRow("below a pico: still picos") << 1e-13 << "A" << en << "0.1 pA";
    QTest::newRow("far below any prefix: scientific") << 1.5e-16 << "A" << en << "1.500E-16 A";
    QTest::newRow("megas in English") << 12345678.0 << "Hz" << en << "12.35 MHz";
    QTest::newRow("megas in German") << 12345678.0 << "Hz" << de << "12,35 MHz";
    QTest::newRow("rounding carries into the next prefix") << 999.96e-6 << "V" << en << "1 mV";
    QTest::newRow("no unit: prefix alone") << 4700.0 << "" << en << "4.7 k";
    QTest::newRow("no unit, no prefix: number alone") << 1.5 << "" << en << "1.5";
    QTest::newRow("beyond giga: scientific") << 1.5e12 << "W" << en << "1.500E+12 W";
}

void TestEngineeringFormat::valuesReadWithPrefixesInTheLocale()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(EngineeringFormat::format(value, unit, locale), text);
}

void TestEngineeringFormat::labelsSharingAnExponentKeepTheirDecimals_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("axis tick in microvolts") << 7.5e-05 << -6 << 1 << en << "75.0 \u00b5V";
    QTest::newRow("axis tick in microvolts, German") << 7.5e-05 << -6 << 1 << de << "75,0 \u00b5V";
    QTest::newRow("zero on a micro axis") << 0.0 << -6 << 0 << en << "0 \u00b5V";
    QTest::newRow("negative zero on an axis") << -0.0 << 3 << 0 << en << "0 kV";
}

void TestEngineeringFormat::labelsSharingAnExponentKeepTheirDecimals()
{
    QFETCH(double, value);
    QFETCH(int, exponent);
    QFETCH(int, decimals);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(
        EngineeringFormat::withExponent(value, exponent, decimals, QStringLiteral("V"), locale),
        text);
}

QTEST_GUILESS_MAIN(TestEngineeringFormat)
#include "tst_engineeringformat.moc"
