// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace ld {

/**
 * Numbers as an engineer reads them: a mantissa of 1 to 999 with an SI prefix (p n µ m k M G)
 * before the unit, in the locale's digits and decimal separator ("17.55 µV", "12,35 MV").
 * Values beyond the prefixes fall back to scientific notation rather than to "1e+06 GV".
 */
class EngineeringFormat
{
public:
    static constexpr int kMinExponent = -12;
    static constexpr int kMaxExponent = 9;

    /**
     * `value` with `digits` significant digits, trailing zeros dropped, a prefix and `unit`.
     * NaN reads "NaN", infinities "∞" with their sign.
     */
    static QString format(double value, const QString &unit, const QLocale &locale = QLocale(),
                          int digits = 4);
    /** The prefix exponent (a multiple of 3 within the prefixes) that suits `magnitude`. */
    static int exponentFor(double magnitude);
    /** The SI prefix of `exponent` ("µ" for -6, empty for 0 and exponents with no prefix). */
    static QString prefix(int exponent);
    /**
     * `value` in units of 10^exponent with exactly `decimals` decimals, then the prefix and
     * `unit`: labels that share one prefix and one step, such as an axis's.
     */
    static QString withExponent(double value, int exponent, int decimals, const QString &unit,
                                const QLocale &locale = QLocale());

private:
    static QString suffix(int exponent, const QString &unit);
};

} // namespace ld
