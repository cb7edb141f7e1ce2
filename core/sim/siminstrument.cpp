// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/siminstrument.h"

#include "sim/replyclock.h"

#include <QtEndian>

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace ld {

namespace {

constexpr int kErrorQueueSize = 10;
constexpr double kPi = 3.14159265358979323846;
constexpr int kDefaultTimeConstantMs = 2000;

/** IEEE 488.2 white space as the wire sees it: ASCII only. */
bool isAsciiSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

/** Within a number or word parameter: no white space, and none of the separators. */
bool isWordChar(char16_t c)
{
    return !isAsciiSpace(c) && c != u',' && c != u';' && c != u':' && c != u'(' && c != u')' &&
           c != u'@';
}

char16_t folded(char16_t c)
{
    return c < 0x80 ? (c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c)
                    : QChar(c).toCaseFolded().unicode();
}

/** The end of a command: its last character, or before a final newline. */
bool atEnd(QStringView text, qsizetype pos)
{
    return pos == text.size() || (pos == text.size() - 1 && text.at(pos) == u'\n');
}

/** Takes `word` (lower case) at `pos` in any case. */
bool take(QStringView text, qsizetype *pos, const char *word)
{
    qsizetype p = *pos;
    for (; *word; ++word, ++p) {
        if (p >= text.size() || folded(text.at(p).unicode()) != char16_t(*word))
            return false;
    }
    *pos = p;
    return true;
}

/**
 * `SYST[EM]:ERR[OR]` and what follows: `[:NEXT]?` for the error query (`count` false) or
 * `:COUN[T]?` for the count; an optional leading colon.
 */
bool isErrorQuery(QStringView text, bool count)
{
    qsizetype pos = !text.isEmpty() && text.at(0) == u':' ? 1 : 0;
    if (!take(text, &pos, "syst"))
        return false;
    take(text, &pos, "em");
    if (!take(text, &pos, ":err"))
        return false;
    take(text, &pos, "or");
    if (count) {
        if (!take(text, &pos, ":coun"))
            return false;
        take(text, &pos, "t");
    } else {
        take(text, &pos, ":next");
    }
    return take(text, &pos, "?") && atEnd(text, pos);
}

/** Whether `magnitude` is exactly m * 10^q, m an odd whole number below 10^8. */
bool isExactly(double magnitude, qint64 m, int q)
{
    if (q >= 0) {
        qint64 odd = m; // m * 5^q, odd: a double holds it only below 2^53.
        for (int i = 0; i < q && odd < (qint64(1) << 53); ++i)
            odd *= 5;
        return odd < (qint64(1) << 53) && magnitude == std::ldexp(double(odd), q);
    }
    qint64 pow5 = 1; // m / 10^-q is a binary fraction only when 5^-q divides m.
    for (int i = 0; i < -q && pow5 <= m; ++i)
        pow5 *= 5;
    if (pow5 > m || m % pow5 != 0)
        return false;
    const qint64 quotient = m / pow5; // exact: 5^-q divides m
    return magnitude == std::ldexp(double(quotient), q);
}

/**
 * "%+.6E" as QString::asprintf wrote it: Qt rounds a tie (the value exactly halfway) away
 * from zero where printf and std::to_chars round it to even, writes no minus for -0 and a
 * sign for NaN. The digits come from std::to_chars, which rounds exactly; a tie it rounded
 * down, which only a value set by a client can be, goes to Qt's own formatter.
 */
void appendNumber(QByteArray *out, double v)
{
    if (std::isnan(v)) {
        out->append("+NAN");
        return;
    }
    if (std::isinf(v)) {
        out->append(v < 0 ? "-INF" : "+INF");
        return;
    }
    if (v == 0.0)
        v = 0.0; // No "-0".
    char buf[32];
    char *p = buf;
    if (v >= 0)
        *p++ = '+';
    const std::to_chars_result r =
        std::to_chars(p, buf + sizeof buf, v, std::chars_format::scientific, 6);
    const char *digits = v < 0 ? p + 1 : p; // d.ddddddE+xx
    qint64 m = 0;
    for (int i = 0; i < 8; ++i) {
        if (i != 1)
            m = m * 10 + (digits[i] - '0');
    }
    // Rounded down from exactly halfway to the next text up: m.5 in the last digit.
    if (isExactly(std::fabs(v), m * 10 + 5, std::atoi(digits + 9) - 7)) {
        if (v >= 0)
            out->append('+');
        out->append(QByteArray::number(v, 'E', 6));
        return;
    }
    for (char *c = p; c != r.ptr; ++c) {
        if (*c == 'e')
            *c = 'E';
    }
    out->append(buf, r.ptr - buf);
}

/**
 * QStringView::toDouble, which costs thousands of instructions: a plain count or index
 * ("17") is read here, as exactly as Qt reads it.
 */
double toDouble(QStringView text, bool *ok)
{
    if (!text.isEmpty() && text.size() <= 9 && (text.at(0) != u'0' || text.size() == 1)) {
        int value = 0;
        qsizetype i = 0;
        for (; i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9'; ++i)
            value = value * 10 + (text.at(i).unicode() - u'0');
        if (i == text.size()) {
            *ok = true;
            return value;
        }
    }
    return text.toDouble(ok);
}

double toNumber(const QVariant &v)
{
    // A number the client set: its text would read back as the same value.
    if (v.typeId() == QMetaType::Double && std::isfinite(v.toDouble()))
        return v.toDouble();
    const QString s = v.toString().trimmed();
    if (s.compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0)
        return 1.0;
    if (s.compare(QLatin1String("OFF"), Qt::CaseInsensitive) == 0)
        return 0.0;
    return s.toDouble();
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

    // Every hint is read here, once: the per-command path looks nothing up by name.
    m_sims.reserve(m_profile.operations.size());
    for (const DriverProfile::Operation &op : m_profile.operations) {
        Matcher m;
        m.op = &op;
        if (buildMatcher(op, &m))
            m_matchers.append(m);
        const QJsonObject &sim = op.sim;
        OpSim h;
        h.nominal = sim.value(QLatin1String("nominal")).toDouble();
        h.noise = sim.value(QLatin1String("noise")).toDouble();
        h.drift = sim.value(QLatin1String("drift")).toDouble();
        h.hasScale = sim.contains(QLatin1String("scale"));
        h.scale = sim.value(QLatin1String("scale")).toDouble();
        h.wired = sim.value(QLatin1String("wired")).toBool();
        h.follows = sim.contains(QLatin1String("follow"));
        h.follow = keyIndex(sim.value(QLatin1String("follow")).toString());
        const auto optionalKey = [this, &sim](const char *name) {
            const QString key = sim.value(QLatin1String(name)).toString();
            return key.isEmpty() ? -1 : keyIndex(key);
        };
        h.load = optionalKey("load");
        h.limit = optionalKey("limit");
        h.gate = optionalKey("gate");
        h.id = keyIndex(op.id);
        h.timeConstantMs = sim.value(QLatin1String("timeConstantMs")).toInt(kDefaultTimeConstantMs);
        h.count = sim.value(QLatin1String("count")).toInt(1);
        h.text = sim.value(QLatin1String("text")).toString().toUtf8();
        const QJsonObject wave = sim.value(QLatin1String("waveform")).toObject();
        h.hasWaveform = !wave.isEmpty();
        if (h.hasWaveform) {
            h.waveShape = keyIndex(wave.value(QLatin1String("shape")).toString());
            h.waveAmplitude = keyIndex(wave.value(QLatin1String("amplitude")).toString());
            const QString gate = wave.value(QLatin1String("gate")).toString();
            h.waveGate = gate.isEmpty() ? -1 : keyIndex(gate);
        }
        const QString repeat = sim.value(QLatin1String("repeat")).toString();
        h.hasRepeat = !repeat.isEmpty();
        h.repeat = h.hasRepeat ? m_profile.operation(repeat) : nullptr;
        for (qsizetype i = 0; i < op.parameters.size(); ++i) {
            const DriverProfile::Parameter &p = op.parameters.at(i);
            const bool channel = p.name == QLatin1String("channel");
            if (channel && h.channelParameter < 0)
                h.channelParameter = i;
            if (!channel && h.valueParameter < 0)
                h.valueParameter = i;
            if (!channel && p.type == DriverProfile::ParameterType::Int)
                h.countParameters.append(i);
        }
        if (op.kind == DriverProfile::OperationKind::Set) {
            const QString key = sim.value(QLatin1String("store")).toString(op.id);
            h.store = keyIndex(key);
            for (const DriverProfile::Parameter &p : op.parameters) {
                if (p.name != QLatin1String("channel") && p.defaultValue.isValid()) {
                    m_defaults[h.store] = p.defaultValue;
                    break;
                }
            }
            for (const DriverProfile::Operation &other : m_profile.operations) {
                if (other.sim.value(QLatin1String("follow")).toString() == key)
                    h.followers.append(&other);
            }
        }
        m_sims.append(h);
    }
}

int SimInstrument::keyIndex(const QString &key)
{
    const auto it = m_keys.constFind(key);
    if (it != m_keys.constEnd())
        return *it;
    m_defaults.append(QVariant());
    return m_keys.insert(key, int(m_keys.size())).value();
}

const SimInstrument::OpSim &SimInstrument::simOf(const DriverProfile::Operation &op) const
{
    return m_sims.at(&op - m_profile.operations.constData());
}

bool SimInstrument::buildMatcher(const DriverProfile::Operation &op, Matcher *matcher)
{
    using K = Token::Kind;
    bool hasLetters = false;
    const QString &t = op.command;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('{')) {
            const qsizetype end = t.indexOf(QLatin1Char('}'), i);
            const QString name = t.mid(i + 1, end - i - 1);
            const DriverProfile::Parameter *p = op.parameter(name);
            matcher->parameters.append(p ? p - op.parameters.constData() : -1);
            if (p && p->type == DriverProfile::ParameterType::String)
                matcher->tokens.append({p->quoted ? K::Quoted : K::Rest, 0});
            else
                matcher->tokens.append({K::Word, 0});
            i = end;
            continue;
        }
        if (c.isSpace()) {
            if (matcher->headerTokens < 0)
                matcher->headerTokens = matcher->tokens.size();
            matcher->tokens.append({K::Space, 0});
            continue;
        }
        hasLetters = hasLetters || c.isLetter();
        matcher->tokens.append({K::Literal, folded(c.unicode())});
    }
    // A bare "{command}" (generic free-form) would swallow everything.
    return hasLetters;
}

bool SimInstrument::matches(const QList<Token> &tokens, qsizetype count, QStringView text,
                            Captures *captures)
{
    // An optional leading colon: with it first, as a greedy `:?` would.
    if (!text.isEmpty() && text.at(0) == u':' && matchFrom(tokens, count, 0, text, 1, captures))
        return true;
    return matchFrom(tokens, count, 0, text, 0, captures);
}

bool SimInstrument::matchFrom(const QList<Token> &tokens, qsizetype count, qsizetype index,
                              QStringView text, qsizetype pos, Captures *captures)
{
    // Depth first, the longest run first, as a backtracking regular expression matches: the
    // captures are the same as `^:?` + the template as a pattern + `$` would give.
    const qsizetype size = text.size();
    for (; index < count && tokens.at(index).kind == Token::Kind::Literal; ++index, ++pos) {
        if (pos >= size || folded(text.at(pos).unicode()) != tokens.at(index).folded)
            return false;
    }
    if (index == count)
        return atEnd(text, pos);
    const Token &token = tokens.at(index);
    const auto tryRun = [&](qsizetype end) {
        for (qsizetype stop = end; stop > pos; --stop) {
            if (token.kind != Token::Kind::Space)
                captures->append({pos, stop});
            if (matchFrom(tokens, count, index + 1, text, stop, captures))
                return true;
            if (token.kind != Token::Kind::Space)
                captures->removeLast();
        }
        return false;
    };
    qsizetype end = pos;
    switch (token.kind) {
    case Token::Kind::Literal:
        break; // Taken above.
    case Token::Kind::Space:
        while (end < size && isAsciiSpace(text.at(end).unicode()))
            ++end;
        return tryRun(end);
    case Token::Kind::Word:
        while (end < size && isWordChar(text.at(end).unicode()))
            ++end;
        return tryRun(end);
    case Token::Kind::Rest:
        while (end < size && text.at(end) != u'\n')
            ++end;
        return tryRun(end);
    case Token::Kind::Quoted: {
        if (pos < size && text.at(pos) == u'"') {
            // Where the closing quote may be: after any run of other characters and "" pairs.
            QVarLengthArray<qsizetype, 4> closes;
            for (qsizetype q = pos + 1; q < size;) {
                if (text.at(q) != u'"') {
                    ++q;
                    continue;
                }
                closes.append(q + 1);
                if (q + 1 < size && text.at(q + 1) == u'"')
                    q += 2;
                else
                    break;
            }
            for (qsizetype i = closes.size() - 1; i >= 0; --i) {
                captures->append({pos, closes.at(i)});
                if (matchFrom(tokens, count, index + 1, text, closes.at(i), captures))
                    return true;
                captures->removeLast();
            }
        }
        while (end < size && !isAsciiSpace(text.at(end).unicode()))
            ++end;
        return tryRun(end);
    }
    }
    return false;
}

void SimInstrument::wire(SimInstrument *source, const QString &operationId, int channel)
{
    m_wireSource = source;
    m_wireOperation = source ? source->m_profile.operation(operationId) : nullptr;
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
    for (const OpSim &sim : m_sims) {
        if (sim.follows) {
            settleAllFollowers();
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
    settleAllFollowers(); // Up to the old setpoints, then on toward the defaults.
    m_state.clear();
}

std::optional<QByteArray> SimInstrument::handle(const QByteArray &message)
{
    QByteArray replies;
    bool replied = false;
    QByteArray reply;
    // Commands are split at `;` outside double quotes.
    qsizetype start = 0;
    bool quoted = false;
    for (qsizetype i = 0; i <= message.size(); ++i) {
        const char c = i < message.size() ? message.at(i) : ';';
        if (c == '"')
            quoted = !quoted;
        if (c != ';' || (quoted && i < message.size()))
            continue;
        const QByteArrayView command = QByteArrayView(message).sliced(start, i - start).trimmed();
        start = i + 1;
        if (command.isEmpty())
            continue;
        reply.clear();
        const Outcome outcome = command.startsWith('*') ? runCommon(command.toByteArray(), &reply)
                                                        : runOperation(command, &reply);
        if (outcome == Outcome::Error)
            break; // A parser error discards the rest of the message (IEEE 488.2 6.1.6).
        if (outcome == Outcome::Reply) {
            if (replied)
                replies.append(';');
            replies.append(reply);
            replied = true;
        }
    }
    if (!replied)
        return std::nullopt;
    return replies;
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

SimInstrument::Outcome SimInstrument::runOperation(QByteArrayView command, QByteArray *reply)
{
    const QString text = QString::fromUtf8(command);
    if (isErrorQuery(text, false)) {
        if (m_errors.isEmpty()) {
            *reply = "0,\"No error\"";
        } else {
            const auto [code, message] = m_errors.takeFirst();
            *reply = QStringLiteral("%1,\"%2\"").arg(code).arg(message).toUtf8();
        }
        return Outcome::Reply;
    }
    if (isErrorQuery(text, true)) {
        *reply = QByteArray::number(m_errors.size());
        return Outcome::Reply;
    }
    Captures captures;
    for (const Matcher &m : m_matchers) {
        if (matches(m.tokens, m.tokens.size(), text, &captures))
            return execute(m, text, captures, reply);
    }
    for (const Matcher &m : m_matchers) {
        if (m.headerTokens >= 0 && matches(m.tokens, m.headerTokens, text, &captures)) {
            pushError(-109, QStringLiteral("Missing parameter"));
            return Outcome::Error;
        }
    }
    pushError(-113, QStringLiteral("Undefined header"));
    return Outcome::Error;
}

SimInstrument::Outcome SimInstrument::execute(const Matcher &m, QStringView text,
                                              const Captures &captures, QByteArray *reply)
{
    const DriverProfile::Operation &op = *m.op;
    Args args(op.parameters.size());
    for (qsizetype i = 0; i < m.parameters.size() && i < captures.size(); ++i) {
        if (m.parameters.at(i) < 0)
            continue;
        const DriverProfile::Parameter *p = &op.parameters.at(m.parameters.at(i));
        const QStringView value =
            text.sliced(captures.at(i).begin, captures.at(i).end - captures.at(i).begin).trimmed();
        QVariant &arg = args[m.parameters.at(i)];
        using T = DriverProfile::ParameterType;
        if (p->type == T::Int || p->type == T::Double) {
            bool ok = false;
            const double v = toDouble(value, &ok);
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
            arg = v;
        } else if (p->type == T::Enum) {
            QString error;
            const auto canonical = p->normalise(value.toString(), &error);
            if (!canonical) {
                pushError(-224, QStringLiteral("Illegal parameter value"));
                return Outcome::Error;
            }
            arg = *canonical;
        } else if (p->quoted && value.size() >= 2 && value.startsWith(QLatin1Char('"'))) {
            arg = value.sliced(1, value.size() - 2)
                      .toString()
                      .replace(QLatin1String("\"\""), QLatin1String("\""));
        } else {
            arg = value.toString();
        }
    }
    const OpSim &sim = simOf(op);
    const QVariant &channelArg =
        sim.channelParameter >= 0 ? args.at(sim.channelParameter) : QVariant();
    const int channel = channelArg.isValid() ? channelArg.toInt() : 1;
    if (op.kind == DriverProfile::OperationKind::Set) {
        // Up to the old setpoint, then on toward the new one.
        for (const DriverProfile::Operation *follower : sim.followers)
            followed(*follower, channel);
        if (sim.valueParameter >= 0)
            m_state.insert(slot(sim.store, channel), args.at(sim.valueParameter));
    }
    if (op.reply == DriverProfile::ReplyType::None)
        return Outcome::Done;
    replyFor(op, channel, args, reply);
    return Outcome::Reply;
}

void SimInstrument::replyFor(const DriverProfile::Operation &op, int channel, const Args &args,
                             QByteArray *reply)
{
    using R = DriverProfile::ReplyType;
    const OpSim &sim = simOf(op);
    switch (op.reply) {
    case R::None:
        return;
    case R::Idn:
        *reply =
            QStringLiteral("%1,%2,%3,%4")
                .arg(m_identity.vendor, m_identity.model, m_identity.serial, m_identity.firmware)
                .toUtf8();
        return;
    case R::Number:
        appendNumber(reply, evaluateOp(op, channel, true));
        return;
    case R::String:
        *reply = sim.load >= 0 ? stateValue(sim.load, channel).toString().toUtf8() : sim.text;
        return;
    case R::Numbers: {
        const QList<double> values = sequence(op, channel, args);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                reply->append(',');
            appendNumber(reply, values.at(i));
        }
        return;
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
        case B::Bytes:
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (i > 0)
                    payload.append(',');
                appendNumber(&payload, values.at(i));
            }
            break;
        }
        const QByteArray length = QByteArray::number(payload.size());
        *reply = '#' + QByteArray::number(length.size()) + length + payload;
        return;
    }
    }
}

QList<double> SimInstrument::sequence(const DriverProfile::Operation &op, int channel,
                                      const Args &args)
{
    const OpSim &sim = simOf(op);
    int count = sim.count;
    for (qsizetype i : sim.countParameters) {
        if (args.at(i).isValid())
            count = args.at(i).toInt();
    }
    QList<double> values;
    values.reserve(count);
    if (sim.hasWaveform) {
        const QString shape = stateValue(sim.waveShape, channel).toString().toUpper();
        double amplitude = toNumber(stateValue(sim.waveAmplitude, channel));
        if (sim.waveGate >= 0 && toNumber(stateValue(sim.waveGate, channel)) == 0.0)
            amplitude = 0.0;
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
            values.append(v + gaussian(sim.noise));
        }
        return values;
    }
    const DriverProfile::Operation *target = sim.hasRepeat ? sim.repeat : &op;
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
    const OpSim &sim = simOf(op);
    double v = sim.nominal;
    if (sim.wired && m_wireSource && !m_evaluating) {
        m_evaluating = true;
        v = m_wireOperation ? m_wireSource->evaluateOp(*m_wireOperation, m_wireChannel, false)
                            : 0.0;
        m_evaluating = false;
    } else if (sim.follows) {
        v = followed(op, channel);
    } else if (sim.load >= 0) {
        v = toNumber(stateValue(sim.load, channel));
    }
    if (sim.hasScale)
        v *= sim.scale;
    if (sim.limit >= 0)
        v = std::min(v, toNumber(stateValue(sim.limit, channel)));
    if (sim.gate >= 0 && toNumber(stateValue(sim.gate, channel)) == 0.0)
        v = 0.0;
    if (sim.drift > 0.0) {
        // A mean-reverting random walk: slow wander around the nominal, never far away.
        double &d = m_drift[slot(sim.id, channel)];
        d = 0.995 * d + gaussian(sim.drift);
        v += d;
    }
    if (withNoise)
        v += gaussian(sim.noise);
    return v;
}

QVariant SimInstrument::stateValue(int key, int channel) const
{
    const auto it = m_state.constFind(slot(key, channel));
    if (it != m_state.constEnd())
        return *it;
    return m_defaults.at(key);
}

double SimInstrument::followed(const DriverProfile::Operation &op, int channel)
{
    const OpSim &sim = simOf(op);
    const double target = toNumber(stateValue(sim.follow, channel));
    const qint64 now = m_nowNs();
    const quint64 key = slot(sim.id, channel);
    auto it = m_lags.find(key);
    if (it == m_lags.end()) // Never read nor set before: it has sat at its setpoint.
        return m_lags.insert(key, {&op, channel, target, now})->value;
    if (now > it->atNs) {
        const int ms = m_timeConstantMs > 0 ? m_timeConstantMs : sim.timeConstantMs;
        const double elapsed = double(now - it->atNs) / 1e6;
        it->value = target + (it->value - target) * std::exp(-elapsed / std::max(ms, 1));
        it->atNs = now;
    }
    return it->value;
}

void SimInstrument::settleAllFollowers()
{
    const QList<Lag> lags = m_lags.values(); // followed() writes into m_lags.
    for (const Lag &lag : lags)
        followed(*lag.op, lag.channel);
}

double SimInstrument::gaussian(double sigma)
{
    if (sigma <= 0.0)
        return 0.0;
    std::normal_distribution<double> dist(0.0, sigma);
    return dist(m_rng);
}

} // namespace ld
