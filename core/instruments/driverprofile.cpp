// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/driverprofile.h"

#include "io/devicetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVarLengthArray>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ld {

namespace {

QString numberText(double v)
{
    return QString::number(v, 'g', 12);
}

QByteArray stripTerminators(const QByteArray &reply)
{
    QByteArray r = reply;
    while (!r.isEmpty() && (r.endsWith('\n') || r.endsWith('\r')))
        r.chop(1);
    return r;
}

std::optional<double> parseNumber(const QByteArray &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

DriverProfile::Reply parseNumberList(const QByteArray &text)
{
    QList<double> values;
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.isEmpty()) {
        const QList<QByteArray> parts = trimmed.split(',');
        values.reserve(parts.size());
        for (const QByteArray &part : parts) {
            const auto v = parseNumber(part);
            if (!v)
                return {
                    {},
                    DriverProfile::tr("not a number: '%1'").arg(DeviceText::show(part.left(40)))};
            values.append(*v);
        }
    }
    return {QVariant::fromValue(values), {}};
}

/** Strips an IEEE 488.2 `#<n><len>` or `#0` header when present; bytes pass unchanged. */
std::optional<QByteArray> blockPayload(const QByteArray &reply, QString *error)
{
    if (!reply.startsWith('#'))
        return reply;
    if (reply.size() < 2 || reply.at(1) < '0' || reply.at(1) > '9') {
        *error = DriverProfile::tr("malformed block header");
        return std::nullopt;
    }
    const int digits = reply.at(1) - '0';
    if (digits == 0)
        return stripTerminators(reply.mid(2));
    if (reply.size() < 2 + digits) {
        *error = DriverProfile::tr("malformed block header");
        return std::nullopt;
    }
    bool ok = false;
    const qint64 length = reply.mid(2, digits).toLongLong(&ok);
    if (!ok || length < 0 || reply.size() < 2 + digits + length) {
        *error = DriverProfile::tr("block shorter than its header says");
        return std::nullopt;
    }
    return reply.mid(2 + digits, length);
}

template<typename T> QList<double> decodeBinary(const QByteArray &payload)
{
    QList<double> values;
    const qsizetype n = payload.size() / qsizetype(sizeof(T));
    values.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        values.append(double(qFromLittleEndian<T>(payload.constData() + i * sizeof(T))));
    return values;
}

/** A number parameter's value as checked: exact when it was written as a whole number. */
struct CheckedNumber
{
    double value = 0;
    qint64 exact = 0;
    bool isInteger = false;
};

/**
 * The checks of an int or double parameter `p` (whole, in 64 bits, finite, within limits):
 * the number, or nullopt with the reason in `error`.
 */
std::optional<CheckedNumber> checkNumber(const DriverProfile::Parameter &p, const QVariant &value,
                                         QString *error)
{
    using Type = DriverProfile::ParameterType;
    // Only an error names the parameter: built up front, these would cost every command and
    // every sweep point the validator checks.
    const auto who = [&p] { return p.label.isEmpty() ? p.name : p.label; };
    const auto unitSuffix = [&p] {
        return p.unit.isEmpty() ? QString() : QLatin1Char(' ') + p.unit;
    };
    CheckedNumber n;
    bool ok = true;
    if (value.typeId() == QMetaType::Double) {
        // A number already (a sweep's value): the same as its text, without the text.
        n.value = value.toDouble();
    } else if (value.typeId() == QMetaType::Int) {
        n.exact = value.toInt();
        n.isInteger = true;
        n.value = double(n.exact);
    } else {
        const QString text = value.toString().trimmed();
        // Integer digits are taken exactly: a double keeps only 53 bits of them.
        n.exact = p.type == Type::Int ? text.toLongLong(&n.isInteger) : 0;
        ok = n.isInteger;
        n.value = n.isInteger ? double(n.exact) : text.toDouble(&ok);
    }
    const double v = n.value;
    if (!ok || !std::isfinite(v)) {
        *error = DriverProfile::tr("%1: '%2' is not a number").arg(who(), value.toString());
        return std::nullopt;
    }
    if (p.type == Type::Int && v != std::floor(v)) {
        *error = DriverProfile::tr("%1: '%2' is not a whole number").arg(who(), value.toString());
        return std::nullopt;
    }
    // qint64 holds [-2^63, 2^63); both bounds are exact doubles, so the test is exact too.
    constexpr double kInt64Bound = 9223372036854775808.0;
    if (p.type == Type::Int && !n.isInteger && (v < -kInt64Bound || v >= kInt64Bound)) {
        *error = DriverProfile::tr("%1: '%2' is too large for a whole number")
                     .arg(who(), value.toString());
        return std::nullopt;
    }
    if (p.min && v < *p.min) {
        *error = DriverProfile::tr("%1 %2%3 below the limit %4%3")
                     .arg(who(), numberText(v), unitSuffix(), numberText(*p.min));
        return std::nullopt;
    }
    if (p.max && v > *p.max) {
        *error = DriverProfile::tr("%1 %2%3 above the limit %4%3")
                     .arg(who(), numberText(v), unitSuffix(), numberText(*p.max));
        return std::nullopt;
    }
    return n;
}

} // namespace

bool DriverProfile::Parameter::accepts(const QVariant &value, QString *error) const
{
    if (type == ParameterType::Int || type == ParameterType::Double)
        return checkNumber(*this, value, error).has_value();
    return normalise(value, error).has_value();
}

std::optional<QString> DriverProfile::Parameter::normalise(const QVariant &value,
                                                           QString *error) const
{
    const auto who = [this] { return label.isEmpty() ? name : label; };
    switch (type) {
    case ParameterType::Int:
    case ParameterType::Double: {
        const std::optional<CheckedNumber> n = checkNumber(*this, value, error);
        if (!n)
            return std::nullopt;
        if (type == ParameterType::Double)
            return numberText(n->value);
        return QString::number(n->isInteger ? n->exact : qint64(n->value));
    }
    case ParameterType::Enum: {
        const QString text = value.toString().trimmed();
        for (const QString &candidate : enumValues) {
            if (candidate.compare(text, Qt::CaseInsensitive) == 0)
                return candidate;
        }
        *error = DriverProfile::tr("%1: '%2' is not one of %3")
                     .arg(who(), text, enumValues.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    case ParameterType::String: {
        const QString text = value.toString();
        for (const QChar c : text) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                *error =
                    DriverProfile::tr("%1: a line break would end the command early").arg(who());
                return std::nullopt;
            }
            if (c.category() == QChar::Other_Control) {
                *error = DriverProfile::tr("%1: the control character U+%2 is not allowed")
                             .arg(who())
                             .arg(c.unicode(), 4, 16, QLatin1Char('0'));
                return std::nullopt;
            }
        }
        if (quoted) {
            // IEEE 488.2 string data: a quote inside is doubled, so the string cannot end early.
            QString doubled = text;
            doubled.replace(QLatin1Char('"'), QLatin1String("\"\""));
            return QLatin1Char('"') + doubled + QLatin1Char('"');
        }
        if (text.trimmed().isEmpty()) {
            *error = DriverProfile::tr("%1: empty").arg(who());
            return std::nullopt;
        }
        if (raw)
            return text;
        // Unquoted text is SCPI character or numeric data: anything else (`;` `:` `,` `*`
        // space) would start another command, header or argument.
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            const bool safe = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                              (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' || u == u'+' ||
                              u == u'-';
            if (!safe) {
                *error = DriverProfile::tr("%1: '%2' is not allowed here; unquoted text may hold "
                                           "only letters, digits and _ . + -")
                             .arg(who(), QString(c));
                return std::nullopt;
            }
        }
        return text;
    }
    }
    return std::nullopt;
}

const DriverProfile::Parameter *DriverProfile::Operation::parameter(const QString &paramName) const
{
    for (const Parameter &p : parameters) {
        if (p.name == paramName)
            return &p;
    }
    return nullptr;
}

DriverProfile::Command DriverProfile::Operation::format(const QVariantMap &values) const
{
    QStringList unknown;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!parameter(it.key()))
            unknown.append(QLatin1Char('\'') + it.key() + QLatin1Char('\''));
    }
    if (!unknown.isEmpty()) {
        QStringList names;
        for (const Parameter &p : parameters)
            names.append(p.name);
        const QString takes =
            names.isEmpty()
                ? DriverProfile::tr("%1 takes none").arg(id)
                : DriverProfile::tr("%1 takes %2").arg(id, names.join(QStringLiteral(", ")));
        return {{},
                DriverProfile::tr("unknown parameter %1 (%2)")
                    .arg(unknown.join(QStringLiteral(", ")), takes)};
    }

    // An operation has a handful of parameters: a list searched in place costs less than a
    // hash built for every command (this runs on the engine's thread for every job).
    QVarLengthArray<std::pair<QStringView, QString>, 4> texts;
    for (const Parameter &p : parameters) {
        QVariant value = values.value(p.name);
        if (!value.isValid())
            value = p.defaultValue;
        if (!value.isValid()) {
            const QString who = p.label.isEmpty() ? p.name : p.label;
            return {{}, DriverProfile::tr("%1: missing").arg(who)};
        }
        QString error;
        const auto normalised = p.normalise(value, &error);
        if (!normalised)
            return {{}, error};
        texts.append({QStringView(p.name), *normalised});
    }

    // One pass over the template: a value is copied, never searched for placeholders, so a
    // value holding "{name}" reaches the instrument as typed. A placeholder is "{" ... "}"
    // without braces inside, as the loader reads it.
    const QStringView source(command);
    QString text;
    text.reserve(source.size() + 32);
    qsizetype done = 0;
    for (qsizetype close = source.indexOf(QLatin1Char('}')); close >= 0;
         close = source.indexOf(QLatin1Char('}'), close + 1)) {
        const qsizetype open = source.lastIndexOf(QLatin1Char('{'), close);
        if (open < done)
            continue;
        const QStringView key = source.mid(open + 1, close - open - 1);
        const auto it = std::find_if(texts.cbegin(), texts.cend(),
                                     [key](const auto &t) { return t.first == key; });
        if (it == texts.cend())
            continue;
        text += source.mid(done, open - done);
        text += it->second;
        done = close + 1;
    }
    text += source.mid(done);
    if (opc)
        text += QStringLiteral(";*OPC?");
    return {text.toUtf8(), {}};
}

DriverProfile::Reply DriverProfile::Operation::parseReply(const QByteArray &raw) const
{
    const QByteArray text = stripTerminators(raw);
    switch (reply) {
    case ReplyType::None:
        return {};
    case ReplyType::Number: {
        const auto v = parseNumber(text);
        if (!v)
            return {{},
                    DriverProfile::tr("not a number: '%1'").arg(DeviceText::show(text.left(40)))};
        return {*v, {}};
    }
    case ReplyType::Numbers:
        return parseNumberList(text);
    case ReplyType::String: {
        QByteArray s = text.trimmed();
        if (s.size() >= 2 && s.startsWith('"') && s.endsWith('"'))
            s = s.mid(1, s.size() - 2);
        return {DeviceText::decode(s), {}};
    }
    case ReplyType::Idn: {
        QStringList fields = DeviceText::decode(text.trimmed()).split(QLatin1Char(','));
        if (fields.size() < 2 || fields.at(0).trimmed().isEmpty())
            return {
                {},
                DriverProfile::tr("not an identity: '%1'").arg(DeviceText::show(text.left(40)))};
        for (QString &f : fields)
            f = f.trimmed();
        while (fields.size() < 4)
            fields.append(QString());
        return {fields.mid(0, 4), {}};
    }
    case ReplyType::Block: {
        QString error;
        const auto payload = blockPayload(raw, &error);
        if (!payload)
            return {{}, error};
        switch (blockFormat) {
        case BlockFormat::Bytes:
            return {*payload, {}};
        case BlockFormat::Ascii:
            return parseNumberList(*payload);
        case BlockFormat::Real32LE:
            if (payload->size() % 4 != 0)
                return {{},
                        DriverProfile::tr("block length %1 is not a multiple of 4")
                            .arg(payload->size())};
            return {QVariant::fromValue(decodeBinary<float>(*payload)), {}};
        case BlockFormat::Real64LE:
            if (payload->size() % 8 != 0)
                return {{},
                        DriverProfile::tr("block length %1 is not a multiple of 8")
                            .arg(payload->size())};
            return {QVariant::fromValue(decodeBinary<double>(*payload)), {}};
        }
        break;
    }
    }
    return {{}, DriverProfile::tr("unknown reply type")};
}

const DriverProfile::Operation *DriverProfile::operation(const QString &opId) const
{
    for (const Operation &op : operations) {
        if (op.id == opId)
            return &op;
    }
    return nullptr;
}

QList<DriverProfile::SafeCommand> DriverProfile::safeStateCommands() const
{
    QList<SafeCommand> commands;
    commands.reserve(safeState.size());
    for (const SafeStep &step : safeState) {
        const Operation *op = operation(step.operation);
        if (!op)
            commands.append({step.operation, {{}, tr("no operation '%1'").arg(step.operation)}});
        else if (op->kind != OperationKind::Set)
            commands.append(
                {step.operation,
                 {{},
                  tr("'%1' is a %2 operation, not a set one").arg(op->id, kindName(op->kind))}});
        else
            commands.append({step.operation, op->format(step.parameters)});
    }
    return commands;
}

bool DriverProfile::matches(const QString &vendor, const QString &model) const
{
    const auto fits = [](const QRegularExpression &re, const QString &s) {
        return re.pattern().isEmpty() || re.match(s).hasMatch();
    };
    return fits(vendorPattern, vendor) && fits(modelPattern, model);
}

QString DriverProfile::displayName(const QString &language) const
{
    const QString code =
        language.isEmpty() ? QLocale::languageToCode(QLocale().language()) : language;
    const QString localized = localizedNames.value(code).toString();
    if (!localized.isEmpty())
        return localized;
    const QByteArray source = name.toUtf8();
    return QCoreApplication::translate("ld::DriverProfile", source.constData());
}

QString DriverProfile::kindName(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Measure:
        return QStringLiteral("measure");
    case OperationKind::Set:
        return QStringLiteral("set");
    case OperationKind::Query:
        return QStringLiteral("query");
    }
    return {};
}

QString DriverProfile::replyName(ReplyType reply)
{
    switch (reply) {
    case ReplyType::None:
        return QStringLiteral("none");
    case ReplyType::Number:
        return QStringLiteral("number");
    case ReplyType::Numbers:
        return QStringLiteral("numbers");
    case ReplyType::String:
        return QStringLiteral("string");
    case ReplyType::Block:
        return QStringLiteral("block");
    case ReplyType::Idn:
        return QStringLiteral("idn");
    }
    return {};
}

} // namespace ld
