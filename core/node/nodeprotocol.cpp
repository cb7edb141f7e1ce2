// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node/nodeprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace ld {

namespace {

/** A "failure" field: absent (an older peer) is None, a kind this build does not know Other. */
FailureKind failureFromJson(const QJsonValue &v)
{
    if (v.isUndefined())
        return FailureKind::None;
    return failureKindFromName(v.toString()).value_or(FailureKind::Other);
}

void insertFailure(QJsonObject &o, FailureKind failure)
{
    if (failure != FailureKind::None)
        o.insert(QStringLiteral("failure"), failureKindName(failure));
}

QString root()
{
    return QString::fromLatin1(NodeProtocol::kRoot);
}

QString ns(qint64 v)
{
    return QString::number(v);
}

qint64 nsFrom(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
}

bool validJobId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 200;
}

template<typename T> struct Named
{
    const char *name;
    T value;
};

constexpr Named<DriverProfile::ReplyType> kReplies[] = {
    {"none", DriverProfile::ReplyType::None},       {"number", DriverProfile::ReplyType::Number},
    {"numbers", DriverProfile::ReplyType::Numbers}, {"string", DriverProfile::ReplyType::String},
    {"block", DriverProfile::ReplyType::Block},     {"idn", DriverProfile::ReplyType::Idn}};

constexpr Named<DriverProfile::BlockFormat> kBlockFormats[] = {
    {"bytes", DriverProfile::BlockFormat::Bytes},
    {"real32le", DriverProfile::BlockFormat::Real32LE},
    {"real64le", DriverProfile::BlockFormat::Real64LE},
    {"ascii", DriverProfile::BlockFormat::Ascii}};

template<typename T, size_t N> QString nameOf(const Named<T> (&table)[N], T value)
{
    for (const Named<T> &n : table)
        if (n.value == value)
            return QString::fromLatin1(n.name);
    return {};
}

template<typename T, size_t N>
std::optional<T> valueOf(const Named<T> (&table)[N], const QString &name)
{
    for (const Named<T> &n : table)
        if (name == QLatin1String(n.name))
            return n.value;
    return std::nullopt;
}

bool isOneLine(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(),
                        [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

std::optional<NodeProtocol::Command> commandFromJson(const QJsonValue &v, QString *error)
{
    if (!v.isObject()) {
        *error = NodeProtocol::tr("\"command\" must be an object");
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    NodeProtocol::Command c;
    c.text = o.value(QStringLiteral("text")).toString();
    if (c.text.isEmpty() || c.text.size() > NodeProtocol::kMaxCommand || !isOneLine(c.text)) {
        *error = NodeProtocol::tr("\"command.text\" must be one line of 1 to %1 characters "
                                  "without control characters")
                     .arg(NodeProtocol::kMaxCommand);
        return std::nullopt;
    }
    const auto reply = valueOf(kReplies, o.value(QStringLiteral("reply")).toString());
    const QJsonValue block = o.value(QStringLiteral("blockFormat"));
    const auto blockFormat = block.isUndefined() ? DriverProfile::BlockFormat::Bytes
                                                 : valueOf(kBlockFormats, block.toString());
    if (!reply || !blockFormat) {
        *error = NodeProtocol::tr("\"command.reply\" or \"command.blockFormat\" is not one "
                                  "a profile may name");
        return std::nullopt;
    }
    c.reply = *reply;
    c.blockFormat = *blockFormat;
    c.unit = o.value(QStringLiteral("unit")).toString();
    c.quantity = o.value(QStringLiteral("quantity")).toString();
    return c;
}

std::optional<QJsonObject> parseObject(const QByteArray &payload, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = NodeProtocol::tr("not JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = NodeProtocol::tr("not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}
} // namespace

bool NodeProtocol::isValidNodeName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return re.match(name).hasMatch();
}

QString NodeProtocol::level(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('+') || c == QLatin1Char('#') ||
            c == QLatin1Char('%') || c.unicode() == 0)
            out += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

QString NodeProtocol::unlevel(const QString &level)
{
    if (!level.contains(QLatin1Char('%')))
        return level;
    QString out;
    for (qsizetype i = 0; i < level.size(); ++i) {
        bool ok = false;
        if (level.at(i) == QLatin1Char('%') && i + 2 < level.size()) {
            const ushort code = level.mid(i + 1, 2).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 2;
                continue;
            }
        }
        out += level.at(i);
    }
    return out;
}

QString NodeProtocol::presenceTopic(const QString &node)
{
    return root() + QLatin1Char('/') + node + QStringLiteral("/presence");
}

QString NodeProtocol::inventoryTopic(const QString &node)
{
    return root() + QLatin1Char('/') + node + QStringLiteral("/inventory");
}

QString NodeProtocol::stateTopic(const QString &node, const QString &instrument)
{
    return root() + QLatin1Char('/') + node + QStringLiteral("/instruments/") + level(instrument) +
           QStringLiteral("/state");
}

QString NodeProtocol::readingTopic(const QString &node, const QString &instrument,
                                   const QString &quantity)
{
    return root() + QLatin1Char('/') + node + QStringLiteral("/readings/") + level(instrument) +
           QLatin1Char('/') + level(quantity);
}

QString NodeProtocol::jobsTopic(const QString &node)
{
    return root() + QLatin1Char('/') + node + QStringLiteral("/jobs");
}

QString NodeProtocol::cancelTopic(const QString &node)
{
    return root() + QLatin1Char('/') + node + QStringLiteral("/cancel");
}

QString NodeProtocol::repliesTopic(const QString &controllerId)
{
    return root() + QStringLiteral("/_controllers/") + controllerId + QStringLiteral("/replies");
}

NodeProtocol::TopicInfo NodeProtocol::parseTopic(const QString &topic)
{
    TopicInfo info;
    const QStringList parts = topic.split(QLatin1Char('/'));
    if (parts.size() < 4 || parts.at(0) + QLatin1Char('/') + parts.at(1) != root() ||
        !isValidNodeName(parts.at(2)))
        return info;
    const QString &what = parts.at(3);
    if (parts.size() == 4 &&
        (what == QLatin1String("presence") || what == QLatin1String("inventory") ||
         what == QLatin1String("jobs") || what == QLatin1String("cancel")))
        info.kind = what;
    else if (parts.size() == 6 && what == QLatin1String("instruments") &&
             parts.at(5) == QLatin1String("state"))
        info.kind = QStringLiteral("state");
    else if (parts.size() == 6 && what == QLatin1String("readings"))
        info.kind = QStringLiteral("reading");
    else
        return info;
    info.node = parts.at(2);
    if (parts.size() == 6)
        info.instrument = unlevel(parts.at(4));
    return info;
}

std::optional<JobStatus> NodeProtocol::jobStatusFromName(const QString &name)
{
    for (JobStatus s :
         {JobStatus::Queued, JobStatus::Running, JobStatus::Succeeded, JobStatus::Failed,
          JobStatus::Cancelled, JobStatus::TimedOut, JobStatus::Rejected})
        if (jobStatusName(s) == name)
            return s;
    return std::nullopt;
}

DriverProfile::Operation NodeProtocol::Command::toOperation(const QString &id) const
{
    DriverProfile::Operation op;
    op.id = id;
    op.name = id;
    op.kind = reply == DriverProfile::ReplyType::None ? DriverProfile::OperationKind::Set
                                                      : DriverProfile::OperationKind::Query;
    op.command = text;
    op.reply = reply;
    op.blockFormat = blockFormat;
    op.unit = unit;
    op.quantity = quantity;
    return op;
}

QByteArray NodeProtocol::encodeRequest(const JobRequest &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kJobFormat);
    o.insert(QStringLiteral("id"), r.jobId);
    o.insert(QStringLiteral("instrument"), r.instrument);
    o.insert(QStringLiteral("operation"), r.operation);
    o.insert(QStringLiteral("parameters"), QJsonObject::fromVariantMap(r.parameters));
    if (r.priority != 0)
        o.insert(QStringLiteral("priority"), r.priority);
    if (r.command) {
        QJsonObject c;
        c.insert(QStringLiteral("text"), r.command->text);
        c.insert(QStringLiteral("reply"), nameOf(kReplies, r.command->reply));
        if (r.command->blockFormat != DriverProfile::BlockFormat::Bytes)
            c.insert(QStringLiteral("blockFormat"), nameOf(kBlockFormats, r.command->blockFormat));
        if (!r.command->unit.isEmpty())
            c.insert(QStringLiteral("unit"), r.command->unit);
        if (!r.command->quantity.isEmpty())
            c.insert(QStringLiteral("quantity"), r.command->quantity);
        o.insert(QStringLiteral("command"), c);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<NodeProtocol::JobRequest> NodeProtocol::decodeRequest(const QByteArray &payload,
                                                                    QString *error)
{
    const auto o = parseObject(payload, error);
    if (!o)
        return std::nullopt;
    const QJsonValue format = o->value(QStringLiteral("format"));
    if (!format.isUndefined() && (!format.isDouble() || format.toDouble() != format.toInt() ||
                                  format.toInt() < 1 || format.toInt() > kJobFormat)) {
        *error = tr("job format %1 is not one this node reads (1 to %2): update the node")
                     .arg(format.toVariant().toString())
                     .arg(kJobFormat);
        return std::nullopt;
    }
    JobRequest r;
    r.jobId = o->value(QStringLiteral("id")).toString();
    r.instrument = o->value(QStringLiteral("instrument")).toString();
    r.operation = o->value(QStringLiteral("operation")).toString();
    const QJsonValue params = o->value(QStringLiteral("parameters"));
    r.priority = o->value(QStringLiteral("priority")).toInt(0);
    if (!validJobId(r.jobId)) {
        *error = tr("\"id\" must be a non-empty string of at most 200 characters");
        return std::nullopt;
    }
    if (r.instrument.isEmpty() || r.operation.isEmpty()) {
        *error = tr("\"instrument\" and \"operation\" are required");
        return std::nullopt;
    }
    if (!params.isUndefined() && !params.isObject()) {
        *error = tr("\"parameters\" must be an object");
        return std::nullopt;
    }
    r.parameters = params.toObject().toVariantMap();
    const QJsonValue command = o->value(QStringLiteral("command"));
    if (!command.isUndefined()) {
        r.command = commandFromJson(command, error);
        if (!r.command)
            return std::nullopt;
        if (!r.parameters.isEmpty()) {
            *error = tr("a job with a \"command\" takes no \"parameters\": the command is "
                        "formatted already");
            return std::nullopt;
        }
    }
    return r;
}

QByteArray NodeProtocol::encodeCancel(const QString &jobId)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), jobId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<QString> NodeProtocol::decodeCancel(const QByteArray &payload, QString *error)
{
    const auto o = parseObject(payload, error);
    if (!o)
        return std::nullopt;
    const QString id = o->value(QStringLiteral("id")).toString();
    if (!validJobId(id)) {
        *error = tr("\"id\" must be a non-empty string of at most 200 characters");
        return std::nullopt;
    }
    return id;
}

QJsonObject NodeProtocol::readingToJson(const Reading &reading)
{
    const Reading::Fields &f = reading.fields();
    QJsonObject o;
    o.insert(QStringLiteral("instrument"), f.instrument);
    o.insert(QStringLiteral("resource"), f.resource);
    o.insert(QStringLiteral("vendor"), f.identity.vendor);
    o.insert(QStringLiteral("model"), f.identity.model);
    o.insert(QStringLiteral("serial"), f.identity.serial);
    o.insert(QStringLiteral("firmware"), f.identity.firmware);
    o.insert(QStringLiteral("operation"), f.operation);
    QJsonArray params;
    for (const auto &[name, value] : f.parameters)
        params.append(QJsonArray{name, value});
    o.insert(QStringLiteral("parameters"), params);
    if (const double *d = std::get_if<double>(&f.value)) {
        o.insert(QStringLiteral("value"), *d);
    } else if (const auto *list = std::get_if<QList<double>>(&f.value)) {
        QJsonArray a;
        for (double v : *list)
            a.append(v);
        o.insert(QStringLiteral("value"), a);
    } else if (const auto *text = std::get_if<QString>(&f.value)) {
        o.insert(QStringLiteral("value"), *text);
    }
    o.insert(QStringLiteral("unit"), f.unit);
    o.insert(QStringLiteral("quantity"), f.quantity);
    o.insert(QStringLiteral("status"), jobStatusName(f.status));
    if (!f.error.isEmpty())
        o.insert(QStringLiteral("error"), f.error);
    insertFailure(o, f.failure);
    o.insert(QStringLiteral("run"), f.runId);
    o.insert(QStringLiteral("submitted"), ns(f.submittedWallNs));
    o.insert(QStringLiteral("started"), ns(f.startedWallNs));
    o.insert(QStringLiteral("completed"), ns(f.completedWallNs));
    return o;
}

std::optional<Reading> NodeProtocol::readingFromJson(const QJsonObject &o, QString *error)
{
    Reading::Fields f;
    f.instrument = o.value(QStringLiteral("instrument")).toString();
    f.resource = o.value(QStringLiteral("resource")).toString();
    f.identity = {o.value(QStringLiteral("vendor")).toString(),
                  o.value(QStringLiteral("model")).toString(),
                  o.value(QStringLiteral("serial")).toString(),
                  o.value(QStringLiteral("firmware")).toString()};
    f.operation = o.value(QStringLiteral("operation")).toString();
    for (const QJsonValue &p : o.value(QStringLiteral("parameters")).toArray()) {
        const QJsonArray pair = p.toArray();
        f.parameters.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    const QJsonValue v = o.value(QStringLiteral("value"));
    if (v.isDouble()) {
        f.value = v.toDouble();
    } else if (v.isArray()) {
        QList<double> list;
        for (const QJsonValue &x : v.toArray())
            list.append(x.toDouble());
        f.value = list;
    } else if (v.isString()) {
        f.value = v.toString();
    }
    f.unit = o.value(QStringLiteral("unit")).toString();
    f.quantity = o.value(QStringLiteral("quantity")).toString();
    const auto status = jobStatusFromName(o.value(QStringLiteral("status")).toString());
    if (!status || f.instrument.isEmpty()) {
        *error = tr("a reading needs an instrument and a known status");
        return std::nullopt;
    }
    f.status = *status;
    f.error = o.value(QStringLiteral("error")).toString();
    f.failure = failureFromJson(o.value(QStringLiteral("failure")));
    f.runId = o.value(QStringLiteral("run")).toString();
    f.submittedWallNs = nsFrom(o.value(QStringLiteral("submitted")));
    f.startedWallNs = nsFrom(o.value(QStringLiteral("started")));
    f.completedWallNs = nsFrom(o.value(QStringLiteral("completed")));
    return Reading(std::move(f));
}

QByteArray NodeProtocol::encodeResponse(const JobResponse &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.jobId);
    o.insert(QStringLiteral("node"), r.node);
    o.insert(QStringLiteral("status"), jobStatusName(r.status));
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    insertFailure(o, r.failure);
    if (!r.reading.isNull())
        o.insert(QStringLiteral("reading"), readingToJson(r.reading));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<NodeProtocol::JobResponse> NodeProtocol::decodeResponse(const QByteArray &payload,
                                                                      QString *error)
{
    const auto o = parseObject(payload, error);
    if (!o)
        return std::nullopt;
    JobResponse r;
    r.jobId = o->value(QStringLiteral("id")).toString();
    r.node = o->value(QStringLiteral("node")).toString();
    const auto status = jobStatusFromName(o->value(QStringLiteral("status")).toString());
    if (r.jobId.isEmpty() || !status) {
        *error = tr("a response needs an \"id\" and a known \"status\"");
        return std::nullopt;
    }
    r.status = *status;
    r.error = o->value(QStringLiteral("error")).toString();
    r.failure = failureFromJson(o->value(QStringLiteral("failure")));
    if (o->contains(QStringLiteral("reading"))) {
        auto reading = readingFromJson(o->value(QStringLiteral("reading")).toObject(), error);
        if (!reading)
            return std::nullopt;
        r.reading = *reading;
    }
    return r;
}

QByteArray NodeProtocol::encodeState(const InstrumentStatus &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), s.config.name);
    o.insert(QStringLiteral("state"), instrumentStateName(s.state));
    o.insert(QStringLiteral("resource"), s.config.resource);
    o.insert(QStringLiteral("simulated"), s.config.simulated);
    o.insert(QStringLiteral("vendor"), s.identity.vendor);
    o.insert(QStringLiteral("model"), s.identity.model);
    o.insert(QStringLiteral("serial"), s.identity.serial);
    o.insert(QStringLiteral("firmware"), s.identity.firmware);
    o.insert(QStringLiteral("profile"), s.profileId);
    o.insert(QStringLiteral("profileName"), s.profileName);
    if (!s.lastError.isEmpty())
        o.insert(QStringLiteral("error"), s.lastError);
    o.insert(QStringLiteral("jobsDone"), double(s.jobsDone));
    o.insert(QStringLiteral("jobsFailed"), double(s.jobsFailed));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace ld
