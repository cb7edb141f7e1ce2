// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/serialsettings.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

#include <cmath>

namespace ld {

namespace {

constexpr qint32 kMaxBaud = 4000000;
constexpr int kMaxTerminatorBytes = 4;

const char *const kParityNames[] = {"none", "even", "odd", "mark", "space"};
const char *const kFlowNames[] = {"none", "rtscts", "xonxoff"};
const QStringList kKeys{QStringLiteral("baud"),           QStringLiteral("dataBits"),
                        QStringLiteral("parity"),         QStringLiteral("stopBits"),
                        QStringLiteral("flowControl"),    QStringLiteral("readTerminator"),
                        QStringLiteral("writeTerminator")};

/** Index of `text` in `names` (case-insensitive), or -1. */
template<size_t N> int nameIndex(const QString &text, const char *const (&names)[N])
{
    for (size_t i = 0; i < N; ++i) {
        if (text.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/**
 * Bench files are JSON: a number written as text ("9600") or text written as a number is a
 * mistake to report, not to convert (a terminator of 10 would become the bytes "10").
 */
bool checkType(const QString &key, const QVariant &value, bool number, QString *error)
{
    const int type = value.typeId();
    const bool isNumber = type == QMetaType::Int || type == QMetaType::LongLong ||
                          type == QMetaType::UInt || type == QMetaType::ULongLong ||
                          type == QMetaType::Double;
    if (number == isNumber && (number || type == QMetaType::QString))
        return true;
    return setError(
        error,
        number
            ? SerialSettings::tr("%1 must be a number, not \"%2\"").arg(key, value.toString())
            : SerialSettings::tr("%1 must be a text in quotes, not %2").arg(key, value.toString()));
}

bool checkTerminator(const char *field, const QByteArray &t, QString *error)
{
    if (t.isEmpty() || t.size() > kMaxTerminatorBytes)
        return setError(error, SerialSettings::tr("%1 must be 1 to %2 bytes, got '%3'")
                                   .arg(QLatin1String(field))
                                   .arg(kMaxTerminatorBytes)
                                   .arg(escapeTerminator(t)));
    return true;
}

} // namespace

QString escapeTerminator(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes) {
        switch (c) {
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        default:
            if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
                out += QStringLiteral("\\x%1").arg(uint(uchar(c)), 2, 16, QLatin1Char('0'));
            else
                out += QLatin1Char(c);
        }
    }
    return out;
}

std::optional<QByteArray> unescapeTerminator(const QString &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() > 0x7f)
            return std::nullopt;
        if (c != QLatin1Char('\\')) {
            out += char(c.unicode());
            continue;
        }
        if (++i >= text.size())
            return std::nullopt;
        switch (text.at(i).unicode()) {
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case '\\':
            out += '\\';
            break;
        case 'x': {
            bool ok = false;
            const QString hex = text.mid(i + 1, 2);
            const uint v = hex.toUInt(&ok, 16);
            if (!ok || hex.size() != 2)
                return std::nullopt;
            out += char(v);
            i += 2;
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return out;
}

bool SerialSettings::validate(QString *error) const
{
    if (baudRate < 1 || baudRate > kMaxBaud)
        return setError(error, tr("baud rate %1 is out of range 1-%2").arg(baudRate).arg(kMaxBaud));
    if (dataBits < 5 || dataBits > 8)
        return setError(error, tr("data bits %1 is out of range 5-8").arg(dataBits));
    if (stopBits == StopBits::OneAndHalf && dataBits != 5)
        return setError(error, tr("1.5 stop bits need 5 data bits, got %1").arg(dataBits));
    return checkTerminator("readTerminator", readTerminator, error) &&
           checkTerminator("writeTerminator", writeTerminator, error);
}

QVariantMap SerialSettings::toVariantMap() const
{
    QVariantMap map;
    map.insert(QStringLiteral("baud"), baudRate);
    map.insert(QStringLiteral("dataBits"), dataBits);
    map.insert(QStringLiteral("parity"), QLatin1String(kParityNames[int(parity)]));
    map.insert(QStringLiteral("stopBits"), stopBits == StopBits::One          ? 1.0
                                           : stopBits == StopBits::OneAndHalf ? 1.5
                                                                              : 2.0);
    map.insert(QStringLiteral("flowControl"), QLatin1String(kFlowNames[int(flowControl)]));
    map.insert(QStringLiteral("readTerminator"), escapeTerminator(readTerminator));
    map.insert(QStringLiteral("writeTerminator"), escapeTerminator(writeTerminator));
    return map;
}

std::optional<SerialSettings> SerialSettings::fromVariantMap(const QVariantMap &map, QString *error)
{
    SerialSettings s;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString &key = it.key();
        const QVariant &value = it.value();
        const QString text = value.toString();
        const bool numeric = key == QLatin1String("baud") || key == QLatin1String("dataBits") ||
                             key == QLatin1String("stopBits");
        if (kKeys.contains(key) && !checkType(key, value, numeric, error))
            return std::nullopt;
        bool ok = false;
        if (key == QLatin1String("baud")) {
            const double v = value.toDouble(&ok);
            // Range first: converting a double outside qint32 to an integer is undefined.
            if (!ok || !(v >= 1 && v <= kMaxBaud) || v != std::trunc(v)) {
                setError(error,
                         tr("baud must be a whole number 1-%1, got '%2'").arg(kMaxBaud).arg(text));
                return std::nullopt;
            }
            s.baudRate = qint32(v);
        } else if (key == QLatin1String("dataBits")) {
            const double v = value.toDouble(&ok);
            // Range first: converting a double outside int to an integer is undefined.
            if (!ok || !(v >= 5 && v <= 8) || v != std::floor(v)) {
                setError(error, tr("dataBits must be 5-8, got '%1'").arg(text));
                return std::nullopt;
            }
            s.dataBits = int(v);
        } else if (key == QLatin1String("parity")) {
            const int found = nameIndex(text, kParityNames);
            if (found < 0) {
                setError(error,
                         tr("parity must be none, even, odd, mark or space, got '%1'").arg(text));
                return std::nullopt;
            }
            s.parity = Parity(found);
        } else if (key == QLatin1String("stopBits")) {
            const double v = value.toDouble(&ok);
            if (ok && v == 1.0)
                s.stopBits = StopBits::One;
            else if (ok && v == 1.5)
                s.stopBits = StopBits::OneAndHalf;
            else if (ok && v == 2.0)
                s.stopBits = StopBits::Two;
            else {
                setError(error, tr("stopBits must be 1, 1.5 or 2, got '%1'").arg(text));
                return std::nullopt;
            }
        } else if (key == QLatin1String("flowControl")) {
            const int found = nameIndex(text, kFlowNames);
            if (found < 0) {
                setError(error,
                         tr("flowControl must be none, rtscts or xonxoff, got '%1'").arg(text));
                return std::nullopt;
            }
            s.flowControl = FlowControl(found);
        } else if (key == QLatin1String("readTerminator") ||
                   key == QLatin1String("writeTerminator")) {
            const std::optional<QByteArray> t = unescapeTerminator(text);
            if (!t) {
                setError(error, tr("%1 has a bad escape in '%2' (use \\n, \\r, \\t, \\\\ or \\xHH)")
                                    .arg(key, text));
                return std::nullopt;
            }
            (key == QLatin1String("readTerminator") ? s.readTerminator : s.writeTerminator) = *t;
        } else {
            setError(error, tr("unknown serial setting '%1'").arg(key));
            return std::nullopt;
        }
    }
    if (!s.validate(error))
        return std::nullopt;
    return s;
}

QString SerialSettings::summary() const
{
    const char parityChar = "NEOMS"[int(parity)];
    const QString stop = stopBits == StopBits::One          ? QStringLiteral("1")
                         : stopBits == StopBits::OneAndHalf ? QStringLiteral("1.5")
                                                            : QStringLiteral("2");
    return QStringLiteral("%1 %2%3%4")
        .arg(baudRate)
        .arg(dataBits)
        .arg(QLatin1Char(parityChar))
        .arg(stop);
}

} // namespace ld
