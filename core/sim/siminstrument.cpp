// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/siminstrument.h"

#include "sim/replyclock.h"

#include <QtEndian>

#include <cmath>

namespace ld {

namespace {

constexpr int kErrorQueueSize = 10;
constexpr double kPi = 3.14159265358979323846;
constexpr int kDefaultTimeConstantMs = 2000;

/** Splits a program message at `;` outside double quotes. */
QList<QByteArray> splitMessage(const QByteArray &message)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (char c : message) {
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current.trimmed());
    return parts;
}

QByteArray formatNumber(double v)
{
    return QString::asprintf("%+.6E", v).toLatin1();
}

double toNumber(const QVariant &v)
{
    const QString s = v.toString().trimmed();
    if (s.compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0)
        return 1.0;
    if (s.compare(QLatin1String("OFF"), Qt::CaseInsensitive) == 0)
        return 0.0;
    return s.toDouble();
}

QString stateKey(const QString &key, int channel)
{
    return key + QLatin1Char('@') + QString::number(channel);
}

/** Builds the regular expressions that recognise an operation's command on the wire. */
bool buildMatcher(const DriverProfile::Operation &op, QRegularExpression *full,
                  QRegularExpression *headerOnly, QStringList *names)
{
    QString re = QStringLiteral("^:?");
    QString header;
    bool hasLetters = false;
    bool headerDone = false;
    const QString &t = op.command;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('{')) {
            const qsizetype end = t.indexOf(QLatin1Char('}'), i);
            const QString name = t.mid(i + 1, end - i - 1);
            const DriverProfile::Parameter *p = op.parameter(name);
            names->append(name);
            if (p && p->type == DriverProfile::ParameterType::String)
                // Quoted: IEEE 488.2 string data, where "" inside stands for one quote.
                re += p->quoted ? QStringLiteral("(\"(?:[^\"]|\"\")*\"|\\S+)")
                                : QStringLiteral("(.+)");
            else
                re += QStringLiteral("([^\\s,;:()@]+)");
            i = end;
            continue;
        }
        if (c.isSpace()) {
            if (!headerDone) {
                header = re;
                headerDone = true;
            }
            re += QStringLiteral("\\s+");
            continue;
        }
        hasLetters = hasLetters || c.isLetter();
        re += QRegularExpression::escape(QString(c));
    }
    if (!hasLetters)
        return false; // A bare "{command}" (generic free-form) would swallow everything.
    const auto options = QRegularExpression::CaseInsensitiveOption;
    *full = QRegularExpression(re + QLatin1Char('$'), options);
    if (headerDone)
        *headerOnly = QRegularExpression(header + QLatin1Char('$'), options);
    return true;
}

} // namespace

SimInstrument::SimInstrument(DriverProfile profile, quint64 seed, const QString &serial)
    : m_profile(std::move(profile))
    , m_rng(seed)
    , m_nowNs(&ReplyClock::nowNs)
{
    const auto simText = [this](const char *key, const QString &fallback) {
        const QString v = m_profile.sim.value(QLatin1String(key)).toString();
        return v.isEmpty() ? fallback : v;
    };
    m_identity.vendor = simText("vendor", QStringLiteral("LabDispatch Simulated"));
    m_identity.model = simText("model", m_profile.id.toUpper());
    m_identity.firmware = simText("firmware", QStringLiteral("1.0.0"));
    m_identity.serial = serial.isEmpty()
                            ? QStringLiteral("SIM%1").arg(seed % 1000000, 6, 10, QLatin1Char('0'))
                            : serial;

    for (const DriverProfile::Operation &op : m_profile.operations) {
        Matcher m;
        m.op = &op;
        if (buildMatcher(op, &m.full, &m.headerOnly, &m.names))
            m_matchers.append(m);
        if (op.kind != DriverProfile::OperationKind::Set)
            continue;
        const QString key = op.sim.value(QLatin1String("store")).toString(op.id);
        for (const DriverProfile::Parameter &p : op.parameters) {
            if (p.name != QLatin1String("channel") && p.defaultValue.isValid()) {
                m_defaults.insert(key, p.defaultValue);
                break;
            }
        }
    }
}

void SimInstrument::wire(SimInstrument *source, const QString &operationId, int channel)
{
    m_wireSource = source;
    m_wireOperation = operationId;
    m_wireChannel = channel;
}

void SimInstrument::setClock(std::function<qint64()> nowNs)
{
    m_nowNs = std::move(nowNs);
    for (Lag &lag : m_lags)
        lag.atNs = m_nowNs();
}

bool SimInstrument::setTimeConstantMs(int ms)
{
    for (const DriverProfile::Operation &op : m_profile.operations) {
        if (op.sim.contains(QLatin1String("follow"))) {
            settleFollowers({}, 0);
            m_timeConstantMs = ms;
            return true;
        }
    }
    return false;
}

void SimInstrument::pushError(int code, const QString &text)
{
    if (m_errors.size() >= kErrorQueueSize) {
        m_errors.last() = {-350, QStringLiteral("Queue overflow")};
    } else {
        m_errors.append({code, text});
    }
    // IEEE 488.2 event status bits: command, execution, device-specific, query error.
    if (code <= -100 && code > -200)
        m_esr |= 1 << 5;
    else if (code <= -200 && code > -300)
        m_esr |= 1 << 4;
    else if (code <= -300 && code > -400)
        m_esr |= 1 << 3;
    else if (code <= -400 && code > -500)
        m_esr |= 1 << 2;
}

void SimInstrument::reset()
{
    settleFollowers({}, 0); // Up to the old setpoints, then on toward the defaults.
    m_state.clear();
}

std::optional<QByteArray> SimInstrument::handle(const QByteArray &message)
{
    QList<QByteArray> replies;
    for (const QByteArray &command : splitMessage(message)) {
        if (command.isEmpty())
            continue;
        QByteArray reply;
        Outcome outcome =
            command.startsWith('*') ? runCommon(command, &reply) : runOperation(command, &reply);
        if (outcome == Outcome::Error)
            break; // A parser error discards the rest of the message (IEEE 488.2 6.1.6).
        if (outcome == Outcome::Reply)
            replies.append(reply);
    }
    if (replies.isEmpty())
        return std::nullopt;
    return replies.join(';');
}

SimInstrument::Outcome SimInstrument::runCommon(const QByteArray &command, QByteArray *reply)
{
    const QByteArray upper = command.toUpper();
    const QByteArray header = upper.split(' ').first();
    const QByteArray argument = upper.mid(header.size()).trimmed();
    if (header == "*IDN?") {
        *reply =
            QStringLiteral("%1,%2,%3,%4")
                .arg(m_identity.vendor, m_identity.model, m_identity.serial, m_identity.firmware)
                .toUtf8();
        return Outcome::Reply;
    }
    if (header == "*RST") {
        reset();
        return Outcome::Done;
    }
    if (header == "*CLS") {
        m_errors.clear();
        m_esr = 0;
        return Outcome::Done;
    }
    if (header == "*OPC?" || header == "*TST?") {
        *reply = header == "*OPC?" ? "1" : "0";
        return Outcome::Reply;
    }
    if (header == "*OPC") {
        m_esr |= 1;
        return Outcome::Done;
    }
    if (header == "*WAI")
        return Outcome::Done;
    if (header == "*ESR?") {
        *reply = QByteArray::number(m_esr);
        m_esr = 0;
        return Outcome::Reply;
    }
    if (header == "*STB?") {
        const int stb = (m_errors.isEmpty() ? 0 : 1 << 2) | ((m_esr & m_ese) ? 1 << 5 : 0);
        *reply = QByteArray::number(stb);
        return Outcome::Reply;
    }
    if (header == "*ESE?" || header == "*SRE?") {
        *reply = QByteArray::number(header == "*ESE?" ? m_ese : m_sre);
        return Outcome::Reply;
    }
    if (header == "*ESE" || header == "*SRE") {
        bool ok = false;
        const int v = argument.toInt(&ok);
        if (!ok || v < 0 || v > 255) {
            pushError(ok ? -222 : -104,
                      ok ? QStringLiteral("Data out of range") : QStringLiteral("Data type error"));
            return Outcome::Error;
        }
        (header == "*ESE" ? m_ese : m_sre) = v;
        return Outcome::Done;
    }
    pushError(-113, QStringLiteral("Undefined header"));
    return Outcome::Error;
}

SimInstrument::Parsed SimInstrument::parse(const QByteArray &command) const
{
    static const QRegularExpression errorQuery(QStringLiteral("^:?SYST(EM)?:ERR(OR)?(:NEXT)?\\?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression errorCount(QStringLiteral("^:?SYST(EM)?:ERR(OR)?:COUN(T)?\\?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    using K = Parsed::Kind;
    Parsed parsed;
    const QString text = QString::fromUtf8(command);
    if (errorQuery.match(text).hasMatch()) {
        parsed.kind = K::ErrorQuery;
        return parsed;
    }
    if (errorCount.match(text).hasMatch()) {
        parsed.kind = K::ErrorCount;
        return parsed;
    }
    for (qsizetype i = 0; i < m_matchers.size(); ++i) {
        const QRegularExpressionMatch match = m_matchers.at(i).full.match(text);
        if (match.hasMatch()) {
            parsed.kind = K::Operation;
            parsed.matcher = i;
            parsed.captures = match.capturedTexts().mid(1);
            return parsed;
        }
    }
    for (const Matcher &m : m_matchers) {
        if (m.headerOnly.isValid() && !m.headerOnly.pattern().isEmpty() &&
            m.headerOnly.match(text).hasMatch()) {
            parsed.kind = K::MissingParameter;
            return parsed;
        }
    }
    return parsed;
}

SimInstrument::Outcome SimInstrument::runOperation(const QByteArray &command, QByteArray *reply)
{
    constexpr qsizetype kMaxParsed = 256;
    auto it = m_parsed.constFind(command);
    if (it == m_parsed.constEnd()) {
        if (m_parsed.size() >= kMaxParsed)
            m_parsed.clear();
        it = m_parsed.insert(command, parse(command));
    }
    const Parsed &parsed = *it;
    using K = Parsed::Kind;
    switch (parsed.kind) {
    case K::ErrorQuery:
        if (m_errors.isEmpty()) {
            *reply = "0,\"No error\"";
        } else {
            const auto [code, message] = m_errors.takeFirst();
            *reply = QStringLiteral("%1,\"%2\"").arg(code).arg(message).toUtf8();
        }
        return Outcome::Reply;
    case K::ErrorCount:
        *reply = QByteArray::number(m_errors.size());
        return Outcome::Reply;
    case K::Operation:
        return execute(m_matchers.at(parsed.matcher), parsed.captures, reply);
    case K::MissingParameter:
        pushError(-109, QStringLiteral("Missing parameter"));
        return Outcome::Error;
    case K::Undefined:
        break;
    }
    pushError(-113, QStringLiteral("Undefined header"));
    return Outcome::Error;
}

SimInstrument::Outcome SimInstrument::execute(const Matcher &m, const QStringList &captures,
                                              QByteArray *reply)
{
    const DriverProfile::Operation &op = *m.op;
    QVariantMap args;
    for (qsizetype i = 0; i < m.names.size() && i < captures.size(); ++i) {
        const DriverProfile::Parameter *p = op.parameter(m.names.at(i));
        QString value = captures.at(i).trimmed();
        using T = DriverProfile::ParameterType;
        if (p->type == T::Int || p->type == T::Double) {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok || (p->type == T::Int && v != std::floor(v))) {
                pushError(-104, QStringLiteral("Data type error"));
                return Outcome::Error;
            }
            if ((p->min && v < *p->min) || (p->max && v > *p->max)) {
                if (p->name == QLatin1String("channel"))
                    pushError(-114, QStringLiteral("Header suffix out of range"));
                else
                    pushError(-222, QStringLiteral("Data out of range"));
                return Outcome::Error;
            }
            args.insert(p->name, v);
        } else if (p->type == T::Enum) {
            QString error;
            const auto canonical = p->normalise(value, &error);
            if (!canonical) {
                pushError(-224, QStringLiteral("Illegal parameter value"));
                return Outcome::Error;
            }
            args.insert(p->name, *canonical);
        } else {
            if (p->quoted && value.size() >= 2 && value.startsWith(QLatin1Char('"')))
                value = value.mid(1, value.size() - 2)
                            .replace(QLatin1String("\"\""), QLatin1String("\""));
            args.insert(p->name, value);
        }
    }
    const int channel = args.value(QStringLiteral("channel"), 1).toInt();
    if (op.kind == DriverProfile::OperationKind::Set) {
        const QString key = op.sim.value(QLatin1String("store")).toString(op.id);
        settleFollowers(key, channel); // Up to the old setpoint, then on toward the new one.
        for (const DriverProfile::Parameter &p : op.parameters) {
            if (p.name != QLatin1String("channel")) {
                m_state.insert(stateKey(key, channel), args.value(p.name));
                break;
            }
        }
    }
    if (op.reply == DriverProfile::ReplyType::None)
        return Outcome::Done;
    *reply = replyFor(op, channel, args);
    return Outcome::Reply;
}

QByteArray SimInstrument::replyFor(const DriverProfile::Operation &op, int channel,
                                   const QVariantMap &args)
{
    using R = DriverProfile::ReplyType;
    const QString load = op.sim.value(QLatin1String("load")).toString();
    switch (op.reply) {
    case R::None:
        return {};
    case R::Idn:
        return QStringLiteral("%1,%2,%3,%4")
            .arg(m_identity.vendor, m_identity.model, m_identity.serial, m_identity.firmware)
            .toUtf8();
    case R::Number:
        return formatNumber(evaluateOp(op, channel, true));
    case R::String:
        if (!load.isEmpty())
            return stateValue(load, channel).toString().toUtf8();
        return op.sim.value(QLatin1String("text")).toString().toUtf8();
    case R::Numbers: {
        QList<QByteArray> parts;
        for (double v : sequence(op, channel, args))
            parts.append(formatNumber(v));
        return parts.join(',');
    }
    case R::Block: {
        QByteArray payload;
        const QList<double> values = sequence(op, channel, args);
        using B = DriverProfile::BlockFormat;
        switch (op.blockFormat) {
        case B::Real32LE:
            payload.resize(values.size() * 4);
            for (qsizetype i = 0; i < values.size(); ++i)
                qToLittleEndian<float>(float(values.at(i)), payload.data() + i * 4);
            break;
        case B::Real64LE:
            payload.resize(values.size() * 8);
            for (qsizetype i = 0; i < values.size(); ++i)
                qToLittleEndian<double>(values.at(i), payload.data() + i * 8);
            break;
        case B::Ascii:
        case B::Bytes: {
            QList<QByteArray> parts;
            for (double v : values)
                parts.append(formatNumber(v));
            payload = parts.join(',');
            break;
        }
        }
        const QByteArray length = QByteArray::number(payload.size());
        return '#' + QByteArray::number(length.size()) + length + payload;
    }
    }
    return {};
}

QList<double> SimInstrument::sequence(const DriverProfile::Operation &op, int channel,
                                      const QVariantMap &args)
{
    int count = op.sim.value(QLatin1String("count")).toInt(1);
    for (const DriverProfile::Parameter &p : op.parameters) {
        if (p.type == DriverProfile::ParameterType::Int && p.name != QLatin1String("channel"))
            count = args.value(p.name, count).toInt();
    }
    QList<double> values;
    values.reserve(count);
    const QJsonObject wave = op.sim.value(QLatin1String("waveform")).toObject();
    if (!wave.isEmpty()) {
        const QString shape =
            stateValue(wave.value(QLatin1String("shape")).toString(), channel).toString().toUpper();
        double amplitude =
            toNumber(stateValue(wave.value(QLatin1String("amplitude")).toString(), channel));
        const QString gate = wave.value(QLatin1String("gate")).toString();
        if (!gate.isEmpty() && toNumber(stateValue(gate, channel)) == 0.0)
            amplitude = 0.0;
        const double noise = op.sim.value(QLatin1String("noise")).toDouble();
        for (int i = 0; i < count; ++i) {
            const double phase = double(i) / count;
            double v = 0.0;
            if (shape == QLatin1String("SQU"))
                v = phase < 0.5 ? amplitude / 2 : -amplitude / 2;
            else if (shape == QLatin1String("RAMP"))
                v = amplitude * (phase - 0.5);
            else if (shape == QLatin1String("PULS"))
                v = phase < 0.1 ? amplitude / 2 : -amplitude / 2;
            else if (shape == QLatin1String("NOIS"))
                v = gaussian(amplitude / 6);
            else if (shape == QLatin1String("DC"))
                v = amplitude / 2;
            else
                v = amplitude / 2 * std::sin(2 * kPi * phase);
            values.append(v + gaussian(noise));
        }
        return values;
    }
    const QString repeat = op.sim.value(QLatin1String("repeat")).toString();
    const DriverProfile::Operation *target = repeat.isEmpty() ? &op : m_profile.operation(repeat);
    for (int i = 0; i < count; ++i)
        values.append(target ? evaluateOp(*target, channel, true) : 0.0);
    return values;
}

double SimInstrument::evaluate(const QString &operationId, int channel, bool withNoise)
{
    const DriverProfile::Operation *op = m_profile.operation(operationId);
    return op ? evaluateOp(*op, channel, withNoise) : 0.0;
}

double SimInstrument::evaluateOp(const DriverProfile::Operation &op, int channel, bool withNoise)
{
    const QJsonObject &sim = op.sim;
    double v = sim.value(QLatin1String("nominal")).toDouble();
    const QString load = sim.value(QLatin1String("load")).toString();
    if (sim.value(QLatin1String("wired")).toBool() && m_wireSource && !m_evaluating) {
        m_evaluating = true;
        v = m_wireSource->evaluate(m_wireOperation, m_wireChannel, false);
        m_evaluating = false;
    } else if (sim.contains(QLatin1String("follow"))) {
        v = followed(op, channel);
    } else if (!load.isEmpty()) {
        v = toNumber(stateValue(load, channel));
    }
    if (sim.contains(QLatin1String("scale")))
        v *= sim.value(QLatin1String("scale")).toDouble();
    const QString limit = sim.value(QLatin1String("limit")).toString();
    if (!limit.isEmpty())
        v = std::min(v, toNumber(stateValue(limit, channel)));
    const QString gate = sim.value(QLatin1String("gate")).toString();
    if (!gate.isEmpty() && toNumber(stateValue(gate, channel)) == 0.0)
        v = 0.0;
    const double drift = sim.value(QLatin1String("drift")).toDouble();
    if (drift > 0.0) {
        // A mean-reverting random walk: slow wander around the nominal, never far away.
        double &d = m_drift[stateKey(op.id, channel)];
        d = 0.995 * d + gaussian(drift);
        v += d;
    }
    if (withNoise)
        v += gaussian(sim.value(QLatin1String("noise")).toDouble());
    return v;
}

QVariant SimInstrument::stateValue(const QString &key, int channel) const
{
    const auto it = m_state.constFind(stateKey(key, channel));
    if (it != m_state.constEnd())
        return *it;
    return m_defaults.value(key);
}

double SimInstrument::followed(const DriverProfile::Operation &op, int channel)
{
    const double target =
        toNumber(stateValue(op.sim.value(QLatin1String("follow")).toString(), channel));
    const qint64 now = m_nowNs();
    const QString key = stateKey(op.id, channel);
    auto it = m_lags.find(key);
    if (it == m_lags.end()) // Never read nor set before: it has sat at its setpoint.
        return m_lags.insert(key, {&op, channel, target, now})->value;
    if (now > it->atNs) {
        const int ms =
            m_timeConstantMs > 0
                ? m_timeConstantMs
                : op.sim.value(QLatin1String("timeConstantMs")).toInt(kDefaultTimeConstantMs);
        const double elapsed = double(now - it->atNs) / 1e6;
        it->value = target + (it->value - target) * std::exp(-elapsed / std::max(ms, 1));
        it->atNs = now;
    }
    return it->value;
}

void SimInstrument::settleFollowers(const QString &storeKey, int channel)
{
    if (storeKey.isEmpty()) {
        const QList<Lag> lags = m_lags.values(); // followed() writes into m_lags.
        for (const Lag &lag : lags)
            followed(*lag.op, lag.channel);
        return;
    }
    for (const DriverProfile::Operation &op : m_profile.operations) {
        if (op.sim.value(QLatin1String("follow")).toString() == storeKey)
            followed(op, channel);
    }
}

double SimInstrument::gaussian(double sigma)
{
    if (sigma <= 0.0)
        return 0.0;
    std::normal_distribution<double> dist(0.0, sigma);
    return dist(m_rng);
}

} // namespace ld
