// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/scpiparse.h"

#include "io/devicetext.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace ld::scpi {

namespace {

/** The parsers are free functions: their texts share the context of their namespace. */
struct Scpi
{
    Q_DECLARE_TR_FUNCTIONS(ld::scpi)
};

template<typename T> std::optional<T> failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E';
}

QString quoted(const QByteArray &text)
{
    constexpr int kShown = 40;
    const QByteArray shown = text.size() > kShown ? text.left(kShown) + "..." : text;
    return QString::fromLatin1(shown.toPercentEncoding(" ,.+-#\"'()*:;?_"));
}

} // namespace

std::optional<double> parseNumber(const QByteArray &text, QString *error)
{
    const QByteArray t = text.trimmed();
    if (t.isEmpty())
        return failed<double>(error, Scpi::tr("empty response where a number was expected"));
    // Plain decimal syntax only: QByteArray::toDouble alone would also take "inf" and "nan".
    for (const char c : t) {
        if (!isNumberChar(c))
            return failed<double>(error, Scpi::tr("'%1' is not a number").arg(quoted(t)));
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        return failed<double>(error, Scpi::tr("'%1' is not a number").arg(quoted(t)));
    if (v == 9.91e37)
        return std::numeric_limits<double>::quiet_NaN();
    if (v == 9.9e37)
        return std::numeric_limits<double>::infinity();
    if (v == -9.9e37)
        return -std::numeric_limits<double>::infinity();
    return v;
}

std::optional<QList<double>> parseNumberList(const QByteArray &text, QString *error)
{
    QList<double> values;
    const QByteArray t = text.trimmed();
    if (t.isEmpty())
        return values;
    const QList<QByteArray> items = t.split(',');
    values.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString why;
        const std::optional<double> v = parseNumber(items.at(i), &why);
        if (!v)
            return failed<QList<double>>(error,
                                         Scpi::tr("item %1 of the list: %2").arg(i + 1).arg(why));
        values.append(*v);
    }
    return values;
}

QString parseString(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    if (t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front()) {
        const QByteArray quote(1, t.front());
        return DeviceText::decode(t.mid(1, t.size() - 2).replace(quote + quote, quote));
    }
    return DeviceText::decode(t);
}

std::optional<QByteArray> parseBlock(const QByteArray &text, QString *error)
{
    qsizetype start = 0;
    while (start < text.size() && (text.at(start) == ' ' || text.at(start) == '\t'))
        ++start;
    if (start >= text.size() || text.at(start) != '#')
        return failed<QByteArray>(
            error, Scpi::tr("block does not start with '#': '%1'").arg(quoted(text)));
    if (start + 1 >= text.size() || text.at(start + 1) < '0' || text.at(start + 1) > '9')
        return failed<QByteArray>(error, Scpi::tr("block header '#' is not followed by a digit"));
    const int n = text.at(start + 1) - '0';
    QByteArray rest = text.mid(start + 2);
    if (n == 0) {
        if (rest.endsWith("\r\n"))
            rest.chop(2);
        else if (rest.endsWith('\n'))
            rest.chop(1);
        return rest;
    }
    const QByteArray lengthText = rest.left(n);
    bool ok = lengthText.size() == n;
    for (const char c : lengthText)
        ok = ok && c >= '0' && c <= '9';
    if (!ok)
        return failed<QByteArray>(error, Scpi::tr("block length '%1' is not %2 digits")
                                             .arg(QString::fromLatin1(lengthText))
                                             .arg(n));
    const qint64 length = lengthText.toLongLong();
    if (rest.size() - n < length)
        return failed<QByteArray>(
            error,
            Scpi::tr("block declares %1 bytes but holds %2").arg(length).arg(rest.size() - n));
    const QByteArray trailer = rest.mid(n + length);
    if (!trailer.isEmpty() && trailer != "\n" && trailer != "\r\n")
        return failed<QByteArray>(
            error, Scpi::tr("%1 unexpected bytes after the block").arg(trailer.size()));
    return rest.mid(n, length);
}

} // namespace ld::scpi
