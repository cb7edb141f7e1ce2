// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvfield.h"

#include <QDate>

#include <charconv>
#include <cmath>

namespace ld::csvfield {

namespace {
constexpr qint64 kNsPerSecond = 1'000'000'000;
constexpr qint64 kSecondsPerDay = 86'400;
constexpr qint64 kJulianDayOfEpoch = 2'440'588; // 1970-01-01

void appendPadded(QString &out, qint64 value, int width)
{
    out += QString::number(value).rightJustified(width, QLatin1Char('0'));
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/** Skips ASCII digits from `i`; returns how many there were. */
qsizetype skipDigits(QStringView text, qsizetype &i)
{
    const qsizetype start = i;
    while (i < text.size() && isDigit(text.at(i)))
        ++i;
    return i - start;
}

/**
 * The whole text is a plain decimal number in the C locale: an optional sign, digits with at
 * most one point (at least one digit), an optional exponent. A spreadsheet reads it as that
 * number, not as a formula. "inf", "nan", hex and anything after the number are not plain.
 */
bool isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('-')))
        ++i;
    qsizetype digits = skipDigits(text, i);
    if (i < text.size() && text.at(i) == QLatin1Char('.')) {
        ++i;
        digits += skipDigits(text, i);
    }
    if (digits == 0)
        return false;
    if (i < text.size() && (text.at(i) == QLatin1Char('e') || text.at(i) == QLatin1Char('E'))) {
        ++i;
        if (i < text.size() && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('-')))
            ++i;
        if (skipDigits(text, i) == 0)
            return false;
    }
    return i == text.size();
}

/** OWASP's CSV injection starters; a plain signed number is data, not a formula. */
bool needsFormulaGuard(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t') ||
        first == QLatin1Char('\r'))
        return true;
    if (first == QLatin1Char('+') || first == QLatin1Char('-'))
        return !isPlainNumber(text);
    return false;
}
} // namespace

QString cell(QStringView text, Origin origin)
{
    QString out;
    if (origin == Origin::Foreign && needsFormulaGuard(text))
        out += QLatin1Char('\'');
    out += text;
    const bool needsQuotes = out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) ||
                             out.contains(QLatin1Char('\r')) || out.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return out;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

QString timestamp(qint64 wallNs)
{
    // Floor division, so instants before the epoch format correctly too.
    qint64 seconds = wallNs / kNsPerSecond;
    qint64 nanos = wallNs % kNsPerSecond;
    if (nanos < 0) {
        nanos += kNsPerSecond;
        --seconds;
    }
    qint64 days = seconds / kSecondsPerDay;
    qint64 secondOfDay = seconds % kSecondsPerDay;
    if (secondOfDay < 0) {
        secondOfDay += kSecondsPerDay;
        --days;
    }
    int year = 0, month = 0, day = 0;
    QDate::fromJulianDay(kJulianDayOfEpoch + days).getDate(&year, &month, &day);
    QString out;
    out.reserve(35);
    appendPadded(out, year, 4);
    out += QLatin1Char('-');
    appendPadded(out, month, 2);
    out += QLatin1Char('-');
    appendPadded(out, day, 2);
    out += QLatin1Char('T');
    appendPadded(out, secondOfDay / 3600, 2);
    out += QLatin1Char(':');
    appendPadded(out, secondOfDay / 60 % 60, 2);
    out += QLatin1Char(':');
    appendPadded(out, secondOfDay % 60, 2);
    out += QLatin1Char('.');
    appendPadded(out, nanos, 9);
    out += QLatin1String("+00:00");
    return out;
}

QString seconds(qint64 ns)
{
    QString out;
    // Magnitude as unsigned so the most negative value cannot overflow.
    quint64 magnitude = quint64(ns);
    if (ns < 0) {
        out += QLatin1Char('-');
        magnitude = ~magnitude + 1;
    }
    out += QString::number(magnitude / quint64(kNsPerSecond));
    out += QLatin1Char('.');
    out += QString::number(magnitude % quint64(kNsPerSecond)).rightJustified(9, QLatin1Char('0'));
    return out;
}

QString commentText(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return out;
}

} // namespace ld::csvfield
