// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV field writer. The input is read as device text (UTF-8) for cells
// and comments, and its first 8 bytes as a double and as a nanosecond count.
#include "fuzzsupport.h"

#include "results/csvfield.h"

#include <QRegularExpression>

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace {

/** Undoes RFC 4180 quoting of one cell, or returns the cell as is when it is not quoted. */
QString unquote(const QString &cell)
{
    if (!cell.startsWith(QLatin1Char('"')))
        return cell;
    ld::fuzz::check(cell.size() >= 2 && cell.endsWith(QLatin1Char('"')),
                    "a quoted cell ends with a quote");
    QString inner = cell.mid(1, cell.size() - 2);
    ld::fuzz::check(!inner.replace(QLatin1String("\"\""), QString()).contains(QLatin1Char('"')),
                    "every quote inside a quoted cell is doubled");
    return cell.mid(1, cell.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ld::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    namespace csv = ld::csvfield;
    const QString text = QString::fromUtf8(ld::fuzz::bytes(data, size));

    const QString ours = csv::cell(text, csv::Origin::Ours);
    ld::fuzz::check(unquote(ours) == text, "our own text reads back unchanged");
    const QString foreign = csv::cell(text, csv::Origin::Foreign);
    const QString readBack = unquote(foreign);
    ld::fuzz::check(readBack == text || readBack == QLatin1Char('\'') + text,
                    "foreign text reads back, at most behind a guarding apostrophe");
    if (!readBack.isEmpty()) {
        // A sign may start a cell only as part of a plain C-locale number, which a spreadsheet
        // reads as that number (written here apart from the exporter's own parser).
        static const QRegularExpression plainNumber(
            QStringLiteral("^[+-]([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
        const QChar first = readBack.front();
        const bool sign = first == QLatin1Char('+') || first == QLatin1Char('-');
        ld::fuzz::check(first != QLatin1Char('=') && first != QLatin1Char('@') &&
                            first != QLatin1Char('\t') && first != QLatin1Char('\r') &&
                            (!sign || plainNumber.match(readBack).hasMatch()),
                        "no foreign cell starts a formula");
    }
    const QString comment = csv::commentText(text);
    ld::fuzz::check(!comment.contains(QLatin1Char('\n')) && !comment.contains(QLatin1Char('\r')),
                    "a comment stays on its line");

    if (size >= sizeof(double)) {
        double value = 0;
        std::memcpy(&value, data, sizeof value);
        const QString number = csv::number(value);
        if (std::isnan(value)) {
            ld::fuzz::check(number == QLatin1String("nan"), "NaN is written as nan");
        } else if (!std::isinf(value)) {
            const QByteArray latin1 = number.toLatin1();
            char *end = nullptr;
            const double back = std::strtod(latin1.constData(), &end);
            ld::fuzz::check(end == latin1.constData() + latin1.size() &&
                                std::memcmp(&back, &value, sizeof value) == 0,
                            "a number reads back as exactly the same double");
        }
        qint64 ns = 0;
        std::memcpy(&ns, data, sizeof ns);
        const QString stamp = csv::timestamp(ns);
        ld::fuzz::check(stamp.endsWith(QLatin1String("+00:00")), "a timestamp is UTC");
        const QString seconds = csv::seconds(ns);
        ld::fuzz::check(seconds.startsWith(QLatin1Char('-')) == (ns < 0),
                        "seconds keep the sign of the count");
    }
    return 0;
}
