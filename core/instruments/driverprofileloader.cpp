// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/driverprofileloader.h"

#include "io/boundedfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ld {

namespace {

constexpr qint64 kMaxPriority = 1'000'000;
constexpr qint64 kMaxChannels = 256;
constexpr qint64 kMaxExactInteger = qint64(1) << 53;

/** Thrown inside the parser only; carries the field path and the reason. */
struct FieldError
{
    QString field;
    QString what;
};

[[noreturn]] void fail(const QString &field, const QString &what)
{
    throw FieldError{field, what};
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QJsonValue required(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        fail(join(path, key), DriverProfileLoader::tr("missing"));
    return v;
}

QString requiredString(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = required(o, path, key);
    if (!v.isString())
        fail(join(path, key), DriverProfileLoader::tr("must be a string"));
    if (v.toString().trimmed().isEmpty())
        fail(join(path, key), DriverProfileLoader::tr("empty"));
    return v.toString();
}

QString optionalString(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        fail(join(path, key), DriverProfileLoader::tr("must be a string"));
    return v.toString();
}

bool optionalBool(const QJsonObject &o, const QString &path, const QString &key, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool())
        fail(join(path, key), DriverProfileLoader::tr("must be true or false"));
    return v.toBool();
}

std::optional<double> optionalNumber(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble())
        fail(join(path, key), DriverProfileLoader::tr("must be a number"));
    return v.toDouble();
}

/**
 * An optional whole number within [lo, hi]; anything else (1e300, 2.5) names the key and the
 * range rather than being wrapped or cut when it becomes an int.
 */
std::optional<qint64> optionalWholeNumber(const QJsonObject &o, const QString &path,
                                          const QString &key, qint64 lo, qint64 hi)
{
    const std::optional<double> v = optionalNumber(o, path, key);
    if (v && (*v != std::floor(*v) || *v < double(lo) || *v > double(hi)))
        fail(join(path, key),
             DriverProfileLoader::tr("must be a whole number from %1 to %2, not %3")
                 .arg(lo)
                 .arg(hi)
                 .arg(QString::number(*v, 'g', 15)));
    return v ? std::optional<qint64>(qint64(*v)) : std::nullopt;
}

/**
 * A parameter's `min` or `max`. An int's is a whole number within 2^53: beyond it a double no
 * longer holds every whole number, and the command's integer text would be wrong.
 */
std::optional<double> limit(const QJsonObject &o, const QString &path, const QString &key,
                            DriverProfile::ParameterType type)
{
    if (type != DriverProfile::ParameterType::Int)
        return optionalNumber(o, path, key);
    const auto v = optionalWholeNumber(o, path, key, -kMaxExactInteger, kMaxExactInteger);
    return v ? std::optional<double>(double(*v)) : std::nullopt;
}

QJsonObject optionalObject(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        fail(join(path, key), DriverProfileLoader::tr("must be an object"));
    return v.toObject();
}

template<typename E>
E oneOf(const QString &value, const QString &field, const QList<std::pair<QString, E>> &choices)
{
    QStringList names;
    for (const auto &[name, e] : choices) {
        if (name == value)
            return e;
        names.append(name);
    }
    fail(field, DriverProfileLoader::tr("'%1' is not one of %2")
                    .arg(value, names.join(QStringLiteral(", "))));
}

QRegularExpression pattern(const QJsonObject &o, const QString &path, const QString &key)
{
    const QString text = optionalString(o, path, key);
    QRegularExpression re(text, QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid())
        fail(join(path, key),
             DriverProfileLoader::tr("invalid regular expression: %1").arg(re.errorString()));
    return re;
}

QByteArray terminator(const QJsonObject &o, const QString &path, const QString &key)
{
    const QString text = optionalString(o, path, key);
    if (text.isEmpty())
        return QByteArrayLiteral("\n");
    if (text != QLatin1String("\n") && text != QLatin1String("\r\n") && text != QLatin1String("\r"))
        fail(join(path, key), DriverProfileLoader::tr("must be \"\\n\", \"\\r\\n\" or \"\\r\""));
    return text.toLatin1();
}

const QRegularExpression &identifierPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
    return re;
}

DriverProfile::Parameter parseParameter(const QJsonObject &o, const QString &path, int channels)
{
    using T = DriverProfile::ParameterType;
    DriverProfile::Parameter p;
    p.name = requiredString(o, path, QStringLiteral("name"));
    if (!identifierPattern().match(p.name).hasMatch())
        fail(join(path, QStringLiteral("name")),
             DriverProfileLoader::tr("'%1' is not an identifier").arg(p.name));
    p.type = oneOf<T>(requiredString(o, path, QStringLiteral("type")),
                      join(path, QStringLiteral("type")),
                      {{QStringLiteral("int"), T::Int},
                       {QStringLiteral("double"), T::Double},
                       {QStringLiteral("enum"), T::Enum},
                       {QStringLiteral("string"), T::String}});
    p.label = optionalString(o, path, QStringLiteral("label"));
    p.unit = optionalString(o, path, QStringLiteral("unit"));
    p.min = limit(o, path, QStringLiteral("min"), p.type);
    p.max = limit(o, path, QStringLiteral("max"), p.type);
    p.quoted = optionalBool(o, path, QStringLiteral("quoted"), false);
    p.raw = optionalBool(o, path, QStringLiteral("raw"), false);
    if (p.raw && (p.type != T::String || p.quoted))
        fail(join(path, QStringLiteral("raw")),
             DriverProfileLoader::tr("only for a string that is not quoted"));
    if (p.name == QLatin1String("channel") && channels > 0 && !p.min && !p.max) {
        p.min = 1;
        p.max = channels;
    }
    if (p.min && p.max && *p.min > *p.max)
        fail(join(path, QStringLiteral("min")), DriverProfileLoader::tr("greater than max"));
    if (p.type == T::Enum) {
        const QJsonValue values = required(o, path, QStringLiteral("values"));
        if (!values.isArray() || values.toArray().isEmpty())
            fail(join(path, QStringLiteral("values")),
                 DriverProfileLoader::tr("must be a non-empty array of strings"));
        const QJsonArray array = values.toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().isEmpty())
                fail(join(path, QStringLiteral("values[%1]").arg(i)),
                     DriverProfileLoader::tr("must be a string"));
            p.enumValues.append(array.at(i).toString());
        }
    }
    const QJsonValue def = o.value(QStringLiteral("default"));
    if (!def.isUndefined() && !def.isNull()) {
        if ((p.type == T::Int || p.type == T::Double) && !def.isDouble())
            fail(join(path, QStringLiteral("default")),
                 DriverProfileLoader::tr("must be a number"));
        if (p.type == T::Int)
            optionalWholeNumber(o, path, QStringLiteral("default"), -kMaxExactInteger,
                                kMaxExactInteger);
        p.defaultValue = def.toVariant();
        QString error;
        if (!p.normalise(p.defaultValue, &error))
            fail(join(path, QStringLiteral("default")), error);
    }
    return p;
}

DriverProfile::Operation parseOperation(const QJsonObject &o, const QString &path, int channels)
{
    using K = DriverProfile::OperationKind;
    using R = DriverProfile::ReplyType;
    using B = DriverProfile::BlockFormat;
    DriverProfile::Operation op;
    op.id = requiredString(o, path, QStringLiteral("id"));
    if (!identifierPattern().match(op.id).hasMatch())
        fail(join(path, QStringLiteral("id")),
             DriverProfileLoader::tr("'%1' is not an identifier").arg(op.id));
    op.name = requiredString(o, path, QStringLiteral("name"));
    op.kind = oneOf<K>(requiredString(o, path, QStringLiteral("kind")),
                       join(path, QStringLiteral("kind")),
                       {{QStringLiteral("measure"), K::Measure},
                        {QStringLiteral("set"), K::Set},
                        {QStringLiteral("query"), K::Query}});
    op.command = requiredString(o, path, QStringLiteral("command"));
    op.reply = oneOf<R>(requiredString(o, path, QStringLiteral("reply")),
                        join(path, QStringLiteral("reply")),
                        {{QStringLiteral("none"), R::None},
                         {QStringLiteral("number"), R::Number},
                         {QStringLiteral("numbers"), R::Numbers},
                         {QStringLiteral("string"), R::String},
                         {QStringLiteral("block"), R::Block},
                         {QStringLiteral("idn"), R::Idn}});
    const QString blockFormat = optionalString(o, path, QStringLiteral("blockFormat"));
    if (!blockFormat.isEmpty()) {
        op.blockFormat = oneOf<B>(blockFormat, join(path, QStringLiteral("blockFormat")),
                                  {{QStringLiteral("bytes"), B::Bytes},
                                   {QStringLiteral("real32le"), B::Real32LE},
                                   {QStringLiteral("real64le"), B::Real64LE},
                                   {QStringLiteral("ascii"), B::Ascii}});
    }
    if (op.kind == K::Measure && op.reply == R::None)
        fail(join(path, QStringLiteral("reply")),
             DriverProfileLoader::tr("a measure operation needs a reply"));
    op.unit = optionalString(o, path, QStringLiteral("unit"));
    op.quantity = optionalString(o, path, QStringLiteral("quantity"));
    op.repeatSafe = optionalBool(o, path, QStringLiteral("repeatSafe"), op.kind != K::Set);
    op.opc = optionalBool(o, path, QStringLiteral("opc"), false);
    op.readback = optionalString(o, path, QStringLiteral("readback"));
    if (!op.readback.isEmpty() && op.kind != K::Set)
        fail(join(path, QStringLiteral("readback")),
             DriverProfileLoader::tr("only for a set operation"));
    op.sim = optionalObject(o, path, QStringLiteral("sim"));

    const QJsonValue params = o.value(QStringLiteral("parameters"));
    if (!params.isUndefined() && !params.isNull()) {
        if (!params.isArray())
            fail(join(path, QStringLiteral("parameters")),
                 DriverProfileLoader::tr("must be an array"));
        const QJsonArray array = params.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString ppath = join(path, QStringLiteral("parameters[%1]").arg(i));
            if (!array.at(i).isObject())
                fail(ppath, DriverProfileLoader::tr("must be an object"));
            DriverProfile::Parameter p = parseParameter(array.at(i).toObject(), ppath, channels);
            if (op.parameter(p.name))
                fail(join(ppath, QStringLiteral("name")),
                     DriverProfileLoader::tr("'%1' appears twice").arg(p.name));
            op.parameters.append(p);
        }
    }
    // Every placeholder needs a parameter and every parameter a placeholder: a typo in either
    // would otherwise send a literal "{valu}" to the instrument.
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    QSet<QString> used;
    for (auto it = placeholder.globalMatch(op.command); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!op.parameter(name))
            fail(join(path, QStringLiteral("command")),
                 DriverProfileLoader::tr("placeholder {%1} has no parameter").arg(name));
        used.insert(name);
    }
    for (int i = 0; i < op.parameters.size(); ++i) {
        const DriverProfile::Parameter &p = op.parameters.at(i);
        if (!used.contains(p.name))
            fail(join(path, QStringLiteral("parameters[%1].name").arg(i)),
                 DriverProfileLoader::tr("'%1' is not used in the command").arg(p.name));
        // A raw value may hold `;`: only as the whole command is that the user's own command
        // and not a second one smuggled behind the profile's.
        if (p.raw && op.command != QLatin1Char('{') + p.name + QLatin1Char('}'))
            fail(join(path, QStringLiteral("parameters[%1].raw").arg(i)),
                 DriverProfileLoader::tr("only for a parameter that is the whole command"));
    }
    return op;
}

/**
 * Each `readback`: an operation of this profile that replies with one number and takes only
 * parameters its set operation has (the ramp passes them on), so a ramp never finds out at
 * run time that it cannot learn where it starts.
 */
void checkReadbacks(const DriverProfile &profile)
{
    for (int i = 0; i < profile.operations.size(); ++i) {
        const DriverProfile::Operation &set = profile.operations.at(i);
        if (set.readback.isEmpty())
            continue;
        const QString field = QStringLiteral("operations[%1].readback").arg(i);
        const DriverProfile::Operation *query = profile.operation(set.readback);
        if (!query)
            fail(field,
                 DriverProfileLoader::tr("no operation '%1' in this profile").arg(set.readback));
        if (query->kind == DriverProfile::OperationKind::Set ||
            query->reply != DriverProfile::ReplyType::Number)
            fail(field, DriverProfileLoader::tr("'%1' must be a query or measure operation "
                                                "whose reply is a number")
                            .arg(query->id));
        for (const DriverProfile::Parameter &p : query->parameters)
            if (!set.parameter(p.name))
                fail(field, DriverProfileLoader::tr("'%1' takes the parameter '%2', which %3 "
                                                    "does not have")
                                .arg(query->id, p.name, set.id));
    }
}

/**
 * `safeState`: set operations of this profile with values that pass their own checks, so the
 * run engine never finds out at an abort that the safe state cannot be sent.
 */
QList<DriverProfile::SafeStep> parseSafeState(const QJsonObject &root, const DriverProfile &profile)
{
    using T = DriverProfile::ParameterType;
    const QString key = QStringLiteral("safeState");
    const QJsonValue value = root.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray() || value.toArray().isEmpty())
        fail(key, DriverProfileLoader::tr("must be a non-empty array (leave it out when the "
                                          "instrument has nothing to switch off)"));
    QList<DriverProfile::SafeStep> steps;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString path = key + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject())
            fail(path, DriverProfileLoader::tr("must be an object"));
        const QJsonObject o = array.at(i).toObject();
        DriverProfile::SafeStep step;
        step.operation = requiredString(o, path, QStringLiteral("operation"));
        const DriverProfile::Operation *op = profile.operation(step.operation);
        if (!op)
            fail(join(path, QStringLiteral("operation")),
                 DriverProfileLoader::tr("no operation '%1' in this profile").arg(step.operation));
        if (op->kind != DriverProfile::OperationKind::Set)
            fail(join(path, QStringLiteral("operation")),
                 DriverProfileLoader::tr("'%1' is a %2 operation; a safe state only sets")
                     .arg(op->id, DriverProfile::kindName(op->kind)));
        const QString ppath = join(path, QStringLiteral("parameters"));
        const QJsonObject parameters = optionalObject(o, path, QStringLiteral("parameters"));
        for (auto it = parameters.begin(); it != parameters.end(); ++it) {
            const QString field = join(ppath, it.key());
            const DriverProfile::Parameter *p = op->parameter(it.key());
            if (!p) {
                QStringList names;
                for (const DriverProfile::Parameter &candidate : op->parameters)
                    names.append(candidate.name);
                fail(field, names.isEmpty()
                                ? DriverProfileLoader::tr("%1 takes no parameters").arg(op->id)
                                : DriverProfileLoader::tr("not a parameter of %1 (it takes %2)")
                                      .arg(op->id, names.join(QStringLiteral(", "))));
            }
            const bool number = p->type == T::Int || p->type == T::Double;
            if (number && !it.value().isDouble())
                fail(field, DriverProfileLoader::tr("must be a number"));
            if (!number && !it.value().isString())
                fail(field, DriverProfileLoader::tr("must be a string"));
            step.parameters.insert(it.key(), it.value().toVariant());
            QString error;
            if (!p->normalise(step.parameters.value(it.key()), &error))
                fail(field, error);
        }
        // What the values alone cannot tell: a required parameter left out.
        const DriverProfile::Command command = op->format(step.parameters);
        if (!command.ok())
            fail(ppath, command.error);
        steps.append(step);
    }
    return steps;
}

/**
 * The free-form query and write every profile offers unless it says `"rawScpi": false`: one
 * definition, checked by the same rules as a file's operations.
 */
const QList<DriverProfile::Operation> &rawOperations()
{
    static const QList<DriverProfile::Operation> operations = [] {
        static constexpr char kJson[] = R"json([
            { "id": "query", "name": "Query (type a command)", "kind": "query",
              "command": "{command}", "reply": "string", "repeatSafe": false,
              "parameters": [ { "name": "command", "label": "command", "type": "string",
                                "raw": true } ] },
            { "id": "write", "name": "Write (type a command)", "kind": "set",
              "command": "{command}", "reply": "none", "repeatSafe": false,
              "parameters": [ { "name": "command", "label": "command", "type": "string",
                                "raw": true } ] }
        ])json";
        const QJsonArray array = QJsonDocument::fromJson(kJson).array();
        QList<DriverProfile::Operation> list;
        for (const QJsonValue &v : array)
            list.append(parseOperation(v.toObject(), QStringLiteral("rawScpi"), 0));
        return list;
    }();
    return operations;
}

DriverProfile parseProfile(const QJsonObject &root)
{
    DriverProfile profile;
    const QJsonValue schema = required(root, {}, QStringLiteral("schema"));
    if (!schema.isDouble() || schema.toInt() != DriverProfileLoader::kSchemaVersion)
        fail(QStringLiteral("schema"),
             DriverProfileLoader::tr("version %1 not supported (this build reads %2)")
                 .arg(schema.toVariant().toString())
                 .arg(DriverProfileLoader::kSchemaVersion));
    profile.schema = QString::number(schema.toInt());
    profile.id = requiredString(root, {}, QStringLiteral("id"));
    if (!identifierPattern().match(profile.id).hasMatch())
        fail(QStringLiteral("id"),
             DriverProfileLoader::tr("'%1' is not an identifier").arg(profile.id));
    profile.name = requiredString(root, {}, QStringLiteral("name"));
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key().startsWith(QLatin1String("name[")) && it.key().endsWith(QLatin1Char(']')))
            profile.localizedNames.insert(it.key().mid(5, it.key().size() - 6), it.value());
    }
    profile.kind = requiredString(root, {}, QStringLiteral("kind"));

    const QJsonObject match = optionalObject(root, {}, QStringLiteral("match"));
    if (match.isEmpty())
        fail(QStringLiteral("match"), DriverProfileLoader::tr("missing"));
    profile.vendorPattern = pattern(match, QStringLiteral("match"), QStringLiteral("vendor"));
    profile.modelPattern = pattern(match, QStringLiteral("match"), QStringLiteral("model"));
    profile.priority =
        int(optionalWholeNumber(match, QStringLiteral("match"), QStringLiteral("priority"),
                                -kMaxPriority, kMaxPriority)
                .value_or(0));

    const QJsonObject terms = optionalObject(root, {}, QStringLiteral("terminators"));
    profile.readTerminator =
        terminator(terms, QStringLiteral("terminators"), QStringLiteral("read"));
    profile.writeTerminator =
        terminator(terms, QStringLiteral("terminators"), QStringLiteral("write"));
    profile.drainErrors = optionalBool(root, {}, QStringLiteral("drainErrors"), false);
    profile.channels =
        int(optionalWholeNumber(root, {}, QStringLiteral("channels"), 0, kMaxChannels).value_or(0));
    profile.sim = optionalObject(root, {}, QStringLiteral("sim"));

    const QJsonValue ops = required(root, {}, QStringLiteral("operations"));
    if (!ops.isArray() || ops.toArray().isEmpty())
        fail(QStringLiteral("operations"), DriverProfileLoader::tr("must be a non-empty array"));
    const QJsonArray array = ops.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("operations[%1]").arg(i);
        if (!array.at(i).isObject())
            fail(path, DriverProfileLoader::tr("must be an object"));
        DriverProfile::Operation op =
            parseOperation(array.at(i).toObject(), path, profile.channels);
        if (profile.operation(op.id))
            fail(path + QStringLiteral(".id"),
                 DriverProfileLoader::tr("'%1' appears twice").arg(op.id));
        profile.operations.append(op);
    }
    profile.rawScpi = optionalBool(root, {}, QStringLiteral("rawScpi"), true);
    if (profile.rawScpi)
        for (const DriverProfile::Operation &op : rawOperations())
            if (!profile.operation(op.id)) // the profile's own definition stays
                profile.operations.append(op);
    checkReadbacks(profile);
    profile.safeState = parseSafeState(root, profile);
    return profile;
}

} // namespace

DriverProfileLoader::Result DriverProfileLoader::parse(const QByteArray &json,
                                                       const QString &fileName)
{
    const QString file = QFileInfo(fileName).fileName();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt,
                tr("%1: offset %2: %3")
                    .arg(file, QString::number(parseError.offset), parseError.errorString())};
    if (!doc.isObject())
        return {std::nullopt, tr("%1: not a JSON object").arg(file)};
    try {
        DriverProfile profile = parseProfile(doc.object());
        profile.sourceFile = fileName;
        return {std::move(profile), {}};
    } catch (const FieldError &e) {
        return {std::nullopt, QStringLiteral("%1: %2: %3").arg(file, e.field, e.what)};
    }
}

DriverProfileLoader::Result DriverProfileLoader::load(const QString &path)
{
    QString why;
    const std::optional<QByteArray> json = BoundedFile::read(path, kMaxFileBytes, &why);
    if (!json)
        return {std::nullopt, tr("%1: cannot read: %2").arg(QFileInfo(path).fileName(), why)};
    return parse(*json, path);
}

} // namespace ld
