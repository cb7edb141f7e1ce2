// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/planfile.h"

#include "io/boundedfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ld {

namespace {

using Type = PlanStep::Type;

/** Whole numbers a double holds exactly: the range a count or a time in a file may have. */
constexpr double kMaxWhole = 9007199254740992.0; // 2^53

/** Thrown inside the reader only: the JSON path of the field and what is wrong with it. */
struct FieldError
{
    QString field;
    QString what;
};

[[noreturn]] void fail(const QString &field, const QString &what)
{
    throw FieldError{field, what};
}

const QList<std::pair<QString, Type>> &stepTypes()
{
    static const QList<std::pair<QString, Type>> types{
        {QStringLiteral("set"), Type::Set},           {QStringLiteral("measure"), Type::Measure},
        {QStringLiteral("query"), Type::Query},       {QStringLiteral("wait"), Type::Wait},
        {QStringLiteral("sweep"), Type::Sweep},       {QStringLiteral("repeat"), Type::Repeat},
        {QStringLiteral("parallel"), Type::Parallel}, {QStringLiteral("sequence"), Type::Sequence}};
    return types;
}

const QList<std::pair<QString, PlanLimit::Action>> &actions()
{
    using A = PlanLimit::Action;
    static const QList<std::pair<QString, A>> names{
        {QStringLiteral("warn"), A::Warn},
        {QStringLiteral("pause"), A::Pause},
        {QStringLiteral("abort-instrument"), A::AbortInstrument},
        {QStringLiteral("abort-run"), A::AbortRun}};
    return names;
}

template<typename E> QStringList namesOf(const QList<std::pair<QString, E>> &choices)
{
    QStringList names;
    for (const auto &choice : choices)
        names.append(choice.first);
    return names;
}

/**
 * One JSON object of the file at `path`. Its keys are checked against the ones the object may
 * hold before anything is read, so a misspelt key is named as such rather than as a missing one.
 */
class ObjectReader
{
public:
    ObjectReader(const QJsonValue &value, const QString &path, const QStringList &keys)
        : m_object(value.toObject())
        , m_path(path)
    {
        if (!value.isObject())
            fail(path, PlanFile::tr("must be an object"));
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!keys.contains(it.key()))
                fail(field(it.key()), PlanFile::tr("unknown field (this object takes %1)")
                                          .arg(keys.join(QStringLiteral(", "))));
        }
    }

    QString field(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    const QString &path() const { return m_path; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    QJsonValue required(const QString &key) const
    {
        if (!has(key))
            fail(field(key), PlanFile::tr("missing"));
        return value(key);
    }

    std::optional<QString> string(const QString &key) const
    {
        if (!has(key))
            return std::nullopt;
        if (!value(key).isString())
            fail(field(key), PlanFile::tr("must be a string"));
        return value(key).toString();
    }

    QString requiredString(const QString &key) const
    {
        required(key);
        const QString text = *string(key);
        if (text.trimmed().isEmpty())
            fail(field(key), PlanFile::tr("empty"));
        return text;
    }

    std::optional<bool> boolean(const QString &key) const
    {
        if (!has(key))
            return std::nullopt;
        if (!value(key).isBool())
            fail(field(key), PlanFile::tr("must be true or false"));
        return value(key).toBool();
    }

    std::optional<double> number(const QString &key) const
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = value(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            fail(field(key), PlanFile::tr("must be a number"));
        return v.toDouble();
    }

    /** A whole number the model can hold; whether it makes sense is the validator's to say. */
    std::optional<qint64> whole(const QString &key, double largest = kMaxWhole) const
    {
        const std::optional<double> v = number(key);
        if (v && (*v != std::floor(*v) || std::fabs(*v) > largest))
            fail(field(key),
                 PlanFile::tr("must be a whole number from %1 to %2, not %3")
                     .arg(QString::number(-largest, 'f', 0), QString::number(largest, 'f', 0),
                          QString::number(*v, 'g', 15)));
        return v ? std::optional<qint64>(qint64(*v)) : std::nullopt;
    }

    std::optional<int> integer(const QString &key) const
    {
        const auto v = whole(key, double(std::numeric_limits<int>::max()));
        return v ? std::optional<int>(int(*v)) : std::nullopt;
    }

    QJsonArray array(const QString &key) const
    {
        if (!required(key).isArray())
            fail(field(key), PlanFile::tr("must be an array"));
        return value(key).toArray();
    }

private:
    QJsonObject m_object;
    QString m_path;
};

QString indexed(const QString &path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

InstrumentSelector readInstruments(const QJsonValue &v, const QString &path)
{
    InstrumentSelector selector;
    if (v.isString()) {
        if (v.toString().trimmed().isEmpty())
            fail(path, PlanFile::tr("empty"));
        selector.names = {v.toString()};
        return selector;
    }
    if (v.isArray()) {
        const QJsonArray names = v.toArray();
        if (names.isEmpty())
            fail(path, PlanFile::tr("an empty list selects no instrument"));
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString name = names.at(i).toString();
            if (!names.at(i).isString() || name.trimmed().isEmpty())
                fail(indexed(path, i), PlanFile::tr("must be an instrument's name"));
            if (selector.names.contains(name))
                fail(indexed(path, i), PlanFile::tr("'%1' appears twice").arg(name));
            selector.names.append(name);
        }
        return selector;
    }
    if (v.isObject()) {
        const ObjectReader o(v, path, {QStringLiteral("kind")});
        selector.kind = o.requiredString(QStringLiteral("kind"));
        return selector;
    }
    fail(path, PlanFile::tr("must be a name, a list of names or {\"kind\": \"...\"}"));
}

QVariantMap readParameters(const ObjectReader &o)
{
    QVariantMap parameters;
    const QString key = QStringLiteral("parameters");
    if (!o.has(key))
        return parameters;
    const QJsonValue v = o.value(key);
    if (!v.isObject())
        fail(o.field(key), PlanFile::tr("must be an object"));
    const QJsonObject object = v.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isDouble())
            parameters.insert(it.key(), value.toDouble());
        else if (value.isString() || value.isBool())
            parameters.insert(it.key(), value.toVariant());
        else
            fail(o.field(key) + QLatin1Char('.') + it.key(),
                 PlanFile::tr("must be a number, a string or true/false"));
    }
    return parameters;
}

QList<PlanLimit> readLimits(const ObjectReader &o, const QString &key)
{
    QList<PlanLimit> limits;
    if (!o.has(key))
        return limits;
    const QJsonArray array = o.array(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        PlanLimit limit;
        limit.path = indexed(o.field(key), i);
        const ObjectReader l(array.at(i), limit.path,
                             {QStringLiteral("quantity"), QStringLiteral("instruments"),
                              QStringLiteral("min"), QStringLiteral("max"),
                              QStringLiteral("consecutive"), QStringLiteral("action")});
        limit.quantity = l.requiredString(QStringLiteral("quantity"));
        if (l.has(QStringLiteral("instruments")))
            limit.instruments = readInstruments(l.value(QStringLiteral("instruments")),
                                                l.field(QStringLiteral("instruments")));
        limit.min = l.number(QStringLiteral("min"));
        limit.max = l.number(QStringLiteral("max"));
        limit.consecutive = l.integer(QStringLiteral("consecutive")).value_or(1);
        if (const auto action = l.string(QStringLiteral("action"))) {
            bool known = false;
            for (const auto &[name, value] : actions()) {
                if (name == *action) {
                    limit.action = value;
                    known = true;
                }
            }
            if (!known)
                fail(l.field(QStringLiteral("action")),
                     PlanFile::tr("'%1' is not one of %2")
                         .arg(*action, namesOf(actions()).join(QStringLiteral(", "))));
        }
        limits.append(limit);
    }
    return limits;
}

PlanStep readStep(const QJsonValue &value, const QString &path, int depth);

QList<PlanStep> readBody(const ObjectReader &o, int depth)
{
    const QString key = QStringLiteral("body");
    const QJsonArray array = o.array(key);
    QList<PlanStep> body;
    body.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        body.append(readStep(array.at(i), indexed(o.field(key), i), depth + 1));
    return body;
}

void readOperation(PlanStep &step, const ObjectReader &o)
{
    step.instruments = readInstruments(o.required(QStringLiteral("instruments")),
                                       o.field(QStringLiteral("instruments")));
    step.operation = o.requiredString(QStringLiteral("operation"));
    step.parameters = readParameters(o);
}

PlanRamp readRamp(const QJsonValue &value, const QString &path)
{
    const ObjectReader o(
        value, path,
        {QStringLiteral("parameter"), QStringLiteral("maxStep"), QStringLiteral("maxRate")});
    PlanRamp ramp;
    if (o.has(QStringLiteral("parameter")))
        ramp.parameter = o.requiredString(QStringLiteral("parameter"));
    ramp.maxStep = o.number(QStringLiteral("maxStep"));
    ramp.maxRatePerSecond = o.number(QStringLiteral("maxRate"));
    if (!ramp.maxStep && !ramp.maxRatePerSecond)
        fail(path, PlanFile::tr("needs maxStep, maxRate or both"));
    return ramp;
}

void readWait(PlanStep &step, const ObjectReader &o)
{
    const QStringList kinds{QStringLiteral("ms"), QStringLiteral("stable"), QStringLiteral("opc")};
    QStringList given;
    for (const QString &kind : kinds) {
        if (o.has(kind))
            given.append(kind);
    }
    if (given.size() != 1)
        fail(o.path(), PlanFile::tr("needs exactly one of ms, stable and opc"));
    if (o.has(QStringLiteral("ms"))) {
        step.waitKind = PlanStep::WaitKind::Duration;
        step.durationMs = *o.whole(QStringLiteral("ms"));
    } else if (o.has(QStringLiteral("stable"))) {
        step.waitKind = PlanStep::WaitKind::Stable;
        const ObjectReader s(o.value(QStringLiteral("stable")), o.field(QStringLiteral("stable")),
                             {QStringLiteral("instruments"), QStringLiteral("operation"),
                              QStringLiteral("parameters"), QStringLiteral("tolerance"),
                              QStringLiteral("forMs"), QStringLiteral("pollMs"),
                              QStringLiteral("timeoutMs")});
        readOperation(step, s);
        s.required(QStringLiteral("tolerance"));
        step.tolerance = *s.number(QStringLiteral("tolerance"));
        s.required(QStringLiteral("forMs"));
        step.stableForMs = *s.whole(QStringLiteral("forMs"));
        step.pollMs = s.whole(QStringLiteral("pollMs")).value_or(1000);
        s.required(QStringLiteral("timeoutMs"));
        step.timeoutMs = *s.whole(QStringLiteral("timeoutMs"));
    } else {
        step.waitKind = PlanStep::WaitKind::Opc;
        const ObjectReader s(o.value(QStringLiteral("opc")), o.field(QStringLiteral("opc")),
                             {QStringLiteral("instruments"), QStringLiteral("timeoutMs")});
        step.instruments = readInstruments(s.required(QStringLiteral("instruments")),
                                           s.field(QStringLiteral("instruments")));
        step.timeoutMs = s.whole(QStringLiteral("timeoutMs")).value_or(10000);
    }
}

void readSweep(PlanStep &step, const ObjectReader &o)
{
    step.variable = o.requiredString(QStringLiteral("variable"));
    const bool listed = o.has(QStringLiteral("values"));
    const QString scale = o.string(QStringLiteral("scale")).value_or(QStringLiteral("linear"));
    if (scale != QLatin1String("linear") && scale != QLatin1String("log"))
        fail(o.field(QStringLiteral("scale")),
             PlanFile::tr("'%1' is not one of linear, log").arg(scale));
    if (listed) {
        for (const QString &key : {QStringLiteral("from"), QStringLiteral("to"),
                                   QStringLiteral("points"), QStringLiteral("scale")}) {
            if (o.has(key))
                fail(o.field(key), PlanFile::tr("a sweep has listed values or from, to and "
                                                "points, not both"));
        }
        step.sweepKind = PlanStep::SweepKind::List;
        const QJsonArray values = o.array(QStringLiteral("values"));
        if (values.size() > PlanFile::kMaxPoints)
            fail(o.field(QStringLiteral("values")),
                 PlanFile::tr("more than %1 values").arg(PlanFile::kMaxPoints));
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!values.at(i).isDouble() || !std::isfinite(values.at(i).toDouble()))
                fail(indexed(o.field(QStringLiteral("values")), i),
                     PlanFile::tr("must be a number"));
            step.values.append(values.at(i).toDouble());
        }
        return;
    }
    step.sweepKind =
        scale == QLatin1String("log") ? PlanStep::SweepKind::Log : PlanStep::SweepKind::Linear;
    o.required(QStringLiteral("from"));
    step.start = *o.number(QStringLiteral("from"));
    o.required(QStringLiteral("to"));
    step.stop = *o.number(QStringLiteral("to"));
    o.required(QStringLiteral("points"));
    step.points = *o.integer(QStringLiteral("points"));
    if (step.points > PlanFile::kMaxPoints)
        fail(o.field(QStringLiteral("points")),
             PlanFile::tr("more than %1 points").arg(PlanFile::kMaxPoints));
}

void readRepeat(PlanStep &step, const ObjectReader &o)
{
    const bool counted = o.has(QStringLiteral("count"));
    if (counted == o.has(QStringLiteral("everyMs")))
        fail(o.path(), PlanFile::tr("needs either count or everyMs"));
    if (counted) {
        if (o.has(QStringLiteral("forMs")))
            fail(o.field(QStringLiteral("forMs")),
                 PlanFile::tr("only with everyMs; a counted repeat ends by its count"));
        step.count = *o.integer(QStringLiteral("count"));
        return;
    }
    // 0 in the model means "no interval" and "until stopped": a file says those by leaving the
    // key out, so a 0 written here is a mistake the model could not tell apart.
    step.intervalMs = *o.whole(QStringLiteral("everyMs"));
    if (step.intervalMs <= 0)
        fail(o.field(QStringLiteral("everyMs")),
             PlanFile::tr("must be more than 0, not %1").arg(step.intervalMs));
    step.durationMs = o.whole(QStringLiteral("forMs")).value_or(0);
    if (o.has(QStringLiteral("forMs")) && step.durationMs <= 0)
        fail(o.field(QStringLiteral("forMs")),
             PlanFile::tr("must be more than 0, not %1 (leave it out to repeat until stopped)")
                 .arg(step.durationMs));
}

PlanStep readStep(const QJsonValue &value, const QString &path, int depth)
{
    if (depth > PlanFile::kMaxDepth)
        fail(path, PlanFile::tr("steps nested deeper than %1").arg(PlanFile::kMaxDepth));
    if (!value.isObject())
        fail(path, PlanFile::tr("must be an object"));
    const QJsonObject object = value.toObject();
    const QString types = namesOf(stepTypes()).join(QStringLiteral(", "));
    if (object.size() != 1)
        fail(path, PlanFile::tr("a step is an object with one key, its type (%1); this one has %2")
                       .arg(types)
                       .arg(object.size()));
    const QString key = object.begin().key();
    PlanStep step;
    step.path = path;
    bool known = false;
    for (const auto &[name, type] : stepTypes()) {
        if (name == key) {
            step.type = type;
            known = true;
        }
    }
    const QString inner = path + QLatin1Char('.') + key;
    if (!known)
        fail(inner, PlanFile::tr("unknown step type (%1)").arg(types));

    const QString limits = QStringLiteral("limits");
    const QString body = QStringLiteral("body");
    const QStringList operation{QStringLiteral("instruments"), QStringLiteral("operation"),
                                QStringLiteral("parameters"), limits};
    const QJsonValue content = object.begin().value();
    switch (step.type) {
    case Type::Set:
    case Type::Measure:
    case Type::Query: {
        if (step.type != Type::Set && content.toObject().contains(QStringLiteral("ramp")))
            fail(inner + QStringLiteral(".ramp"), PlanFile::tr("only a set step ramps"));
        const ObjectReader o(
            content, inner,
            step.type == Type::Set ? operation + QStringList{QStringLiteral("ramp")} : operation);
        readOperation(step, o);
        if (o.has(QStringLiteral("ramp")))
            step.ramp = readRamp(o.value(QStringLiteral("ramp")), o.field(QStringLiteral("ramp")));
        step.limits = readLimits(o, limits);
        break;
    }
    case Type::Wait: {
        const ObjectReader o(
            content, inner,
            {QStringLiteral("ms"), QStringLiteral("stable"), QStringLiteral("opc"), limits});
        readWait(step, o);
        step.limits = readLimits(o, limits);
        break;
    }
    case Type::Sweep: {
        const ObjectReader o(content, inner,
                             {QStringLiteral("variable"), QStringLiteral("from"),
                              QStringLiteral("to"), QStringLiteral("points"),
                              QStringLiteral("scale"), QStringLiteral("values"), body, limits});
        readSweep(step, o);
        step.body = readBody(o, depth);
        step.limits = readLimits(o, limits);
        break;
    }
    case Type::Repeat: {
        const ObjectReader o(content, inner,
                             {QStringLiteral("count"), QStringLiteral("everyMs"),
                              QStringLiteral("forMs"), body, limits});
        readRepeat(step, o);
        step.body = readBody(o, depth);
        step.limits = readLimits(o, limits);
        break;
    }
    case Type::Parallel:
    case Type::Sequence: {
        const ObjectReader o(content, inner, {body, limits});
        step.body = readBody(o, depth);
        step.limits = readLimits(o, limits);
        break;
    }
    }
    return step;
}

Plan readPlan(const QJsonValue &root)
{
    const QString schemaKey = QStringLiteral("schema");
    // The schema first: a newer file may hold keys this build does not know.
    const QJsonValue schema = root.toObject().value(schemaKey);
    if (root.isObject() && schema.isDouble() && schema.toDouble() > Plan::kSchema &&
        schema.toDouble() == std::floor(schema.toDouble()))
        fail(schemaKey, PlanFile::tr("version %1: written by a newer LabDispatch (this one reads "
                                     "plan files of version %2)")
                            .arg(QString::number(schema.toDouble(), 'g', 15))
                            .arg(Plan::kSchema));
    const ObjectReader o(root, {},
                         {schemaKey, QStringLiteral("name"), QStringLiteral("description"),
                          QStringLiteral("safeOnStop"), QStringLiteral("priority"),
                          QStringLiteral("limits"), QStringLiteral("steps")});
    o.required(schemaKey);
    if (!schema.isDouble() || schema.toDouble() != Plan::kSchema)
        fail(schemaKey, PlanFile::tr("must be %1").arg(Plan::kSchema));
    Plan plan;
    plan.name = o.string(QStringLiteral("name")).value_or(QString());
    plan.description = o.string(QStringLiteral("description")).value_or(QString());
    plan.safeOnStop = o.boolean(QStringLiteral("safeOnStop")).value_or(false);
    plan.priority = o.integer(QStringLiteral("priority")).value_or(0);
    plan.limits = readLimits(o, QStringLiteral("limits"));
    const QJsonArray steps = o.array(QStringLiteral("steps"));
    for (qsizetype i = 0; i < steps.size(); ++i)
        plan.steps.append(readStep(steps.at(i), indexed(QStringLiteral("steps"), i), 1));
    return plan;
}

/**
 * "line 3, column 14" for a parse error, as an editor shows it. Qt's offset is just past the
 * character it could not take.
 */
QString position(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(std::max(offset - 1, 0));
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
    return PlanFile::tr("line %1, column %2").arg(line).arg(column);
}

QJsonValue instrumentsJson(const InstrumentSelector &selector)
{
    if (!selector.kind.isEmpty())
        return QJsonObject{{QStringLiteral("kind"), selector.kind}};
    if (selector.names.size() == 1)
        return selector.names.first();
    return QJsonArray::fromStringList(selector.names);
}

QJsonArray limitsJson(const QList<PlanLimit> &limits)
{
    QJsonArray array;
    for (const PlanLimit &limit : limits) {
        QJsonObject o{{QStringLiteral("quantity"), limit.quantity},
                      {QStringLiteral("action"), PlanFile::actionName(limit.action)}};
        if (!limit.instruments.isEmpty())
            o.insert(QStringLiteral("instruments"), instrumentsJson(limit.instruments));
        if (limit.min)
            o.insert(QStringLiteral("min"), *limit.min);
        if (limit.max)
            o.insert(QStringLiteral("max"), *limit.max);
        if (limit.consecutive != 1)
            o.insert(QStringLiteral("consecutive"), limit.consecutive);
        array.append(o);
    }
    return array;
}

void insertOperation(QJsonObject &o, const PlanStep &step)
{
    o.insert(QStringLiteral("instruments"), instrumentsJson(step.instruments));
    o.insert(QStringLiteral("operation"), step.operation);
    if (!step.parameters.isEmpty())
        o.insert(QStringLiteral("parameters"), QJsonObject::fromVariantMap(step.parameters));
}

QJsonObject stepJson(const PlanStep &step);

QJsonArray bodyJson(const QList<PlanStep> &body)
{
    QJsonArray array;
    for (const PlanStep &child : body)
        array.append(stepJson(child));
    return array;
}

QJsonObject stepJson(const PlanStep &step)
{
    QJsonObject o;
    switch (step.type) {
    case Type::Set:
    case Type::Measure:
    case Type::Query:
        insertOperation(o, step);
        if (step.ramp) {
            QJsonObject ramp{{QStringLiteral("parameter"), step.ramp->parameter}};
            if (step.ramp->maxStep)
                ramp.insert(QStringLiteral("maxStep"), *step.ramp->maxStep);
            if (step.ramp->maxRatePerSecond)
                ramp.insert(QStringLiteral("maxRate"), *step.ramp->maxRatePerSecond);
            o.insert(QStringLiteral("ramp"), ramp);
        }
        break;
    case Type::Wait:
        switch (step.waitKind) {
        case PlanStep::WaitKind::Duration:
            o.insert(QStringLiteral("ms"), step.durationMs);
            break;
        case PlanStep::WaitKind::Stable: {
            QJsonObject stable{{QStringLiteral("tolerance"), step.tolerance},
                               {QStringLiteral("forMs"), step.stableForMs},
                               {QStringLiteral("pollMs"), step.pollMs},
                               {QStringLiteral("timeoutMs"), step.timeoutMs}};
            insertOperation(stable, step);
            o.insert(QStringLiteral("stable"), stable);
            break;
        }
        case PlanStep::WaitKind::Opc:
            o.insert(QStringLiteral("opc"),
                     QJsonObject{{QStringLiteral("instruments"), instrumentsJson(step.instruments)},
                                 {QStringLiteral("timeoutMs"), step.timeoutMs}});
            break;
        }
        break;
    case Type::Sweep:
        o.insert(QStringLiteral("variable"), step.variable);
        if (step.sweepKind == PlanStep::SweepKind::List) {
            QJsonArray values;
            for (double v : step.values)
                values.append(v);
            o.insert(QStringLiteral("values"), values);
        } else {
            o.insert(QStringLiteral("from"), step.start);
            o.insert(QStringLiteral("to"), step.stop);
            o.insert(QStringLiteral("points"), step.points);
            if (step.sweepKind == PlanStep::SweepKind::Log)
                o.insert(QStringLiteral("scale"), QStringLiteral("log"));
        }
        o.insert(QStringLiteral("body"), bodyJson(step.body));
        break;
    case Type::Repeat:
        if (step.intervalMs > 0) {
            o.insert(QStringLiteral("everyMs"), step.intervalMs);
            if (step.durationMs > 0)
                o.insert(QStringLiteral("forMs"), step.durationMs);
        } else {
            o.insert(QStringLiteral("count"), step.count);
        }
        o.insert(QStringLiteral("body"), bodyJson(step.body));
        break;
    case Type::Parallel:
    case Type::Sequence:
        o.insert(QStringLiteral("body"), bodyJson(step.body));
        break;
    }
    if (!step.limits.isEmpty())
        o.insert(QStringLiteral("limits"), limitsJson(step.limits));
    return QJsonObject{{PlanFile::typeName(step.type), o}};
}

} // namespace

PlanFile::Result PlanFile::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt,
                tr("%1: not JSON: %2")
                    .arg(position(json, parseError.offset), parseError.errorString())};
    if (!doc.isObject())
        return {std::nullopt, tr("not a plan: the file must hold one JSON object")};
    try {
        return {readPlan(doc.object()), {}};
    } catch (const FieldError &e) {
        return {std::nullopt, QStringLiteral("%1: %2").arg(e.field, e.what)};
    }
}

PlanFile::Result PlanFile::load(const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    QString why;
    const std::optional<QByteArray> json = BoundedFile::read(path, kMaxFileBytes, &why);
    if (!json)
        return {std::nullopt, tr("%1: cannot read: %2").arg(file, why)};
    Result result = parse(*json);
    if (!result.plan)
        result.error = QStringLiteral("%1: %2").arg(file, result.error);
    return result;
}

QByteArray PlanFile::toJson(const Plan &plan)
{
    QJsonObject root{{QStringLiteral("schema"), plan.schema}};
    if (!plan.name.isEmpty())
        root.insert(QStringLiteral("name"), plan.name);
    if (!plan.description.isEmpty())
        root.insert(QStringLiteral("description"), plan.description);
    if (plan.safeOnStop)
        root.insert(QStringLiteral("safeOnStop"), true);
    if (plan.priority != 0)
        root.insert(QStringLiteral("priority"), plan.priority);
    if (!plan.limits.isEmpty())
        root.insert(QStringLiteral("limits"), limitsJson(plan.limits));
    root.insert(QStringLiteral("steps"), bodyJson(plan.steps));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString PlanFile::typeName(PlanStep::Type type)
{
    for (const auto &[name, value] : stepTypes()) {
        if (value == type)
            return name;
    }
    return {};
}

QString PlanFile::actionName(PlanLimit::Action action)
{
    for (const auto &[name, value] : actions()) {
        if (value == action)
            return name;
    }
    return {};
}

QString PlanFile::fieldPath(const PlanStep &step, const QString &field)
{
    QString path = step.path.isEmpty() ? typeName(step.type)
                                       : step.path + QLatin1Char('.') + typeName(step.type);
    if (!field.isEmpty())
        path += QLatin1Char('.') + field;
    return path;
}

} // namespace ld
