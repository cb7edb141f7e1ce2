// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineeringformat.h"

#include <algorithm>
#include <cmath>

namespace ld {

namespace {
QLocale withoutGrouping(const QLocale &locale)
{
    QLocale l = locale;
    l.setNumberOptions(l.numberOptions() | QLocale::OmitGroupSeparator);
    return l;
}

/** Drops trailing zeros after the decimal separator, and the separator when nothing is left. */
QString trimmed(QString text, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    if (!text.contains(point))
        return text;
    while (text.endsWith(locale.zeroDigit()))
        text.chop(locale.zeroDigit().size());
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}
} // namespace

QString EngineeringFormat::prefix(int exponent)
{
    switch (exponent) {
    case -12:
        return QStringLiteral("p");
    case -9:
        return QStringLiteral("n");
    case -6:
        return QStringLiteral("\u00b5");
    case -3:
        return QStringLiteral("m");
    case 3:
        return QStringLiteral("k");
    case 6:
        return QStringLiteral("M");
    case 9:
        return QStringLiteral("G");
    default:
        return {};
    }
}

QString EngineeringFormat::suffix(int exponent, const QString &unit)
{
    const QString p = prefix(exponent) + unit;
    return p.isEmpty() ? p : QLatin1Char(' ') + p;
}

int EngineeringFormat::exponentFor(double magnitude)
{
    magnitude = std::abs(magnitude);
    if (!std::isfinite(magnitude) || magnitude == 0)
        return 0;
    const int decade = int(std::floor(std::log10(magnitude)));
    const int exponent = int(std::floor(decade / 3.0)) * 3;
    return std::clamp(exponent, kMinExponent, kMaxExponent);
}

QString EngineeringFormat::format(double value, const QString &unit, const QLocale &locale,
                                  int digits)
{
    const QLocale l = withoutGrouping(locale);
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return (value < 0 ? l.negativeSign() : QString()) + QStringLiteral("\u221e") +
               suffix(0, unit);
    digits = std::max(1, digits);
    if (value == 0)
        return l.toString(0) + suffix(0, unit);
    // Round to the significant digits first, so 999.96 µ becomes 1 m and not "1000 µ".
    const int decade = int(std::floor(std::log10(std::abs(value))));
    const double quantum = std::pow(10.0, decade - digits + 1);
    const double rounded = std::round(value / quantum) * quantum;
    const int exponent = exponentFor(rounded);
    const double mantissa = rounded / std::pow(10.0, exponent);
    const int roundedDecade = int(std::floor(std::log10(std::abs(rounded))));
    // Beyond the prefixes: "1.235e+15 V" says more than "1235000 GV" or "0.0001 pV".
    if (std::abs(mantissa) >= 1000 || std::abs(mantissa) < 1e-2)
        return l.toString(rounded, 'e', digits - 1) + suffix(0, unit);
    const int decimals = std::max(0, digits - 1 - (roundedDecade - exponent));
    return trimmed(l.toString(mantissa, 'f', decimals), l) + suffix(exponent, unit);
}

QString EngineeringFormat::withExponent(double value, int exponent, int decimals,
                                        const QString &unit, const QLocale &locale)
{
    const double scaled = value / std::pow(10.0, exponent);
    // -0 would read "-0".
    return withoutGrouping(locale).toString(scaled == 0 ? 0.0 : scaled, 'f',
                                            std::max(0, decimals)) +
           suffix(exponent, unit);
}

} // namespace ld
