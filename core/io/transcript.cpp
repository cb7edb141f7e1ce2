// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/transcript.h"

#include "io/boundedfile.h"

#include <QDateTime>

#include <algorithm>

namespace ld {

namespace {

constexpr char kHeader[] = "# labdispatch transcript 1";
constexpr char kHeaderPrefix[] = "# labdispatch transcript ";

struct KindName
{
    TraceEvent::Kind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {TraceEvent::Kind::Write, ">"},
    {TraceEvent::Kind::Read, "<"},
    {TraceEvent::Kind::Connect, "connect"},
    {TraceEvent::Kind::Reconnect, "reconnect"},
    {TraceEvent::Kind::Disconnect, "disconnect"},
    {TraceEvent::Kind::Close, "close"},
    {TraceEvent::Kind::Timeout, "timeout"},
    {TraceEvent::Kind::Error, "error"},
};

const char kHexDigits[] = "0123456789abcdef";

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendHexEscape(QByteArray &out, uchar c)
{
    out += "\\x";
    out += kHexDigits[c >> 4];
    out += kHexDigits[c & 15];
}

/** The instrument name as one token: no space, quote or backslash unescaped. */
QByteArray nameToken(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char ch : utf8) {
        const uchar c = uchar(ch);
        if (c <= 0x20 || c >= 0x7f || c == '"' || c == '\\')
            appendHexEscape(out, c);
        else
            out += ch;
    }
    return out.isEmpty() ? QByteArrayLiteral("\\x00") : out;
}

QByteArray wallText(qint64 wallNs)
{
    const qint64 ms = wallNs >= 0 ? wallNs / 1000000 : (wallNs - 999999) / 1000000;
    const qint64 micros = (wallNs - ms * 1000000) / 1000 + (ms % 1000) * 1000;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + '.' +
           QByteArray::number(micros).rightJustified(6, '0') + 'Z';
}

QByteArray monoText(qint64 offsetNs)
{
    const qint64 micros = std::max<qint64>(0, offsetNs) / 1000;
    return '+' + QByteArray::number(micros / 1000000) + '.' +
           QByteArray::number(micros % 1000000).rightJustified(6, '0');
}

bool allDigits(const QByteArray &s)
{
    return !s.isEmpty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/** Reads one line's fields; every failure sets `why` (without the line number). */
class LineParser
{
public:
    explicit LineParser(const QByteArray &line)
        : m_line(line)
    {}

    std::optional<TraceEvent> parse(QString *why)
    {
        TraceEvent e;
        const QByteArray wall = field();
        const QByteArray mono = field();
        const QByteArray name = field();
        const QByteArray kind = field();
        if (kind.isEmpty()) {
            *why = Transcript::tr("it is truncated: a line has the wall time, the monotonic "
                                  "time, the instrument and the event kind");
            return std::nullopt;
        }
        if (!parseWall(wall, &e.wallNs)) {
            *why = Transcript::tr("'%1' is not a wall time like 2026-12-06T12:00:00.123456Z")
                       .arg(QString::fromLatin1(wall.left(40)));
            return std::nullopt;
        }
        if (!parseMono(mono, &e.monoNs)) {
            *why = Transcript::tr("'%1' is not a monotonic time like +12.345678")
                       .arg(QString::fromLatin1(mono.left(40)));
            return std::nullopt;
        }
        QByteArray nameBytes;
        if (!unescape(name, &nameBytes, why))
            return std::nullopt;
        e.instrument = QString::fromUtf8(nameBytes);
        const auto known = std::find_if(std::begin(kKinds), std::end(kKinds),
                                        [&](const KindName &k) { return kind == k.name; });
        if (known == std::end(kKinds)) {
            *why = Transcript::tr("unknown event kind '%1' (known: >, <, connect, reconnect, "
                                  "disconnect, close, timeout, error)")
                       .arg(QString::fromUtf8(kind.left(40)));
            return std::nullopt;
        }
        e.kind = known->kind;
        const QByteArray rest = m_line.mid(m_pos);
        if (rest.isEmpty()) {
            if (e.kind == TraceEvent::Kind::Write || e.kind == TraceEvent::Kind::Read) {
                *why = Transcript::tr("it is truncated: a '%1' event needs its bytes")
                           .arg(QString::fromLatin1(known->name));
                return std::nullopt;
            }
            return e;
        }
        if (!payload(rest, &e.data, why))
            return std::nullopt;
        return e;
    }

private:
    QByteArray field()
    {
        if (m_pos >= m_line.size())
            return {};
        qsizetype end = m_line.indexOf(' ', m_pos);
        if (end < 0)
            end = m_line.size();
        const QByteArray f = m_line.mid(m_pos, end - m_pos);
        m_pos = end + 1;
        return f;
    }

    static bool parseWall(const QByteArray &s, qint64 *ns)
    {
        // 2026-12-06T12:00:00.123456Z
        if (s.size() != 27 || s.at(19) != '.' || s.at(26) != 'Z' || !allDigits(s.mid(20, 6)))
            return false;
        const QDate date = QDate::fromString(QString::fromLatin1(s.left(10)), u"yyyy-MM-dd");
        const QTime time = QTime::fromString(QString::fromLatin1(s.mid(11, 8)), u"HH:mm:ss");
        if (s.at(10) != 'T' || !date.isValid() || !time.isValid())
            return false;
        const QDateTime utc(date, time, Qt::UTC);
        *ns = utc.toMSecsSinceEpoch() * 1000000 + s.mid(20, 6).toLongLong() * 1000;
        return true;
    }

    static bool parseMono(const QByteArray &s, qint64 *ns)
    {
        const qsizetype dot = s.indexOf('.');
        if (s.size() < 4 || s.at(0) != '+' || dot < 2 || s.size() - dot - 1 != 6)
            return false;
        const QByteArray whole = s.mid(1, dot - 1);
        const QByteArray micro = s.mid(dot + 1);
        if (!allDigits(whole) || whole.size() > 12 || !allDigits(micro))
            return false;
        *ns = whole.toLongLong() * 1000000000 + micro.toLongLong() * 1000;
        return true;
    }

    static bool payload(const QByteArray &rest, QByteArray *out, QString *why)
    {
        if (rest.startsWith("hex:")) {
            const QByteArray digits = rest.mid(4);
            if (digits.size() % 2 != 0) {
                *why = Transcript::tr("it is truncated: hex bytes come in pairs of digits");
                return false;
            }
            out->reserve(digits.size() / 2);
            for (qsizetype i = 0; i < digits.size(); i += 2) {
                const int hi = hexValue(digits.at(i));
                const int lo = hexValue(digits.at(i + 1));
                if (hi < 0 || lo < 0) {
                    *why = Transcript::tr("'%1' is not a hex digit")
                               .arg(QString::fromLatin1(digits.mid(hi < 0 ? i : i + 1, 1)));
                    return false;
                }
                out->append(char(hi * 16 + lo));
            }
            return true;
        }
        if (!rest.startsWith('"')) {
            *why = Transcript::tr("expected quoted bytes (\"...\") or hex:... after the event "
                                  "kind, not '%1'")
                       .arg(QString::fromUtf8(rest.left(20)));
            return false;
        }
        // The closing quote is the last byte; one inside is escaped.
        if (rest.size() < 2 || !rest.endsWith('"') || isEscaped(rest, rest.size() - 1)) {
            *why = rest.mid(1).contains('"') && !isEscaped(rest, rest.indexOf('"', 1))
                       ? Transcript::tr("unexpected text after the closing quote")
                       : Transcript::tr("it is truncated: the quoted bytes have no closing "
                                        "quote");
            return false;
        }
        return unescape(rest.mid(1, rest.size() - 2), out, why);
    }

    /** Whether the byte at `at` is preceded by an odd number of backslashes. */
    static bool isEscaped(const QByteArray &s, qsizetype at)
    {
        qsizetype n = 0;
        while (at - 1 - n >= 0 && s.at(at - 1 - n) == '\\')
            ++n;
        return n % 2 == 1;
    }

    static bool unescape(const QByteArray &in, QByteArray *out, QString *why)
    {
        out->reserve(in.size());
        for (qsizetype i = 0; i < in.size(); ++i) {
            const char c = in.at(i);
            if (c == '"') {
                *why = Transcript::tr("unexpected text after the closing quote");
                return false;
            }
            if (c != '\\') {
                out->append(c);
                continue;
            }
            if (++i >= in.size()) {
                *why = Transcript::tr("it is truncated: a backslash ends the bytes");
                return false;
            }
            switch (in.at(i)) {
            case '\\':
                out->append('\\');
                break;
            case '"':
                out->append('"');
                break;
            case 'n':
                out->append('\n');
                break;
            case 'r':
                out->append('\r');
                break;
            case 't':
                out->append('\t');
                break;
            case 'x': {
                const int hi = i + 1 < in.size() ? hexValue(in.at(i + 1)) : -1;
                const int lo = i + 2 < in.size() ? hexValue(in.at(i + 2)) : -1;
                if (hi < 0 || lo < 0) {
                    *why = Transcript::tr("'\\x' must be followed by two hex digits");
                    return false;
                }
                out->append(char(hi * 16 + lo));
                i += 2;
                break;
            }
            default:
                *why =
                    Transcript::tr("unknown escape '\\%1'").arg(QString::fromLatin1(in.mid(i, 1)));
                return false;
            }
        }
        return true;
    }

    QByteArray m_line;
    qsizetype m_pos = 0;
};

} // namespace

QByteArray Transcript::quote(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out += '"';
    for (const char ch : bytes) {
        const uchar c = uchar(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20 || c >= 0x7f)
                appendHexEscape(out, c);
            else
                out += ch;
        }
    }
    out += '"';
    return out;
}

QByteArray Transcript::kindName(TraceEvent::Kind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return k.name;
    }
    return {};
}

QByteArray Transcript::line(const TraceEvent &event, qint64 originNs, Bytes bytes)
{
    QByteArray out = wallText(event.wallNs) + ' ' + monoText(event.monoNs - originNs) + ' ' +
                     nameToken(event.instrument) + ' ' + kindName(event.kind);
    const bool isTraffic =
        event.kind == TraceEvent::Kind::Write || event.kind == TraceEvent::Kind::Read;
    if (isTraffic || !event.data.isEmpty()) {
        out += ' ';
        out += isTraffic && bytes == Bytes::Hex ? "hex:" + event.data.toHex() : quote(event.data);
    }
    return out;
}

QByteArray Transcript::write(QList<TraceEvent> events, std::optional<qint64> originNs, Bytes bytes)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const TraceEvent &a, const TraceEvent &b) { return a.monoNs < b.monoNs; });
    const qint64 origin = originNs ? *originNs : (events.isEmpty() ? 0 : events.front().monoNs);
    QByteArray out = QByteArray(kHeader) + '\n';
    for (const TraceEvent &e : std::as_const(events))
        out += line(e, origin, bytes) + '\n';
    return out;
}

std::optional<QList<TraceEvent>> Transcript::parse(const QByteArray &text, QString *error)
{
    QList<TraceEvent> events;
    qsizetype pos = 0;
    int number = 0;
    qint64 previousMono = 0;
    const auto fail = [&](const QString &why) {
        *error = tr("line %1: %2").arg(number).arg(why);
        return std::nullopt;
    };
    if (text.isEmpty()) {
        number = 1;
        return fail(
            tr("the file is empty; a transcript starts with '%1'").arg(QLatin1String(kHeader)));
    }
    while (pos < text.size()) {
        ++number;
        qsizetype end = text.indexOf('\n', pos);
        const bool hasEnd = end >= 0;
        if (!hasEnd)
            end = text.size();
        if (end - pos > kMaxLineBytes)
            return fail(tr("the line is longer than %1").arg(BoundedFile::sizeText(kMaxLineBytes)));
        QByteArray current = text.mid(pos, end - pos);
        pos = end + 1;
        if (current.endsWith('\r'))
            current.chop(1);
        if (number == 1) {
            if (current == kHeader)
                continue;
            if (current.startsWith(kHeaderPrefix))
                return fail(tr("transcript version '%1' is not supported (this LabDispatch "
                               "reads version 1)")
                                .arg(QString::fromUtf8(
                                    current.mid(qsizetype(sizeof kHeaderPrefix) - 1).left(20))));
            return fail(tr("not a LabDispatch transcript: the first line must be '%1'")
                            .arg(QLatin1String(kHeader)));
        }
        if (!hasEnd)
            return fail(tr("it is truncated: the last line has no line end"));
        if (current.isEmpty() || current.startsWith('#'))
            continue;
        QString why;
        std::optional<TraceEvent> e = LineParser(current).parse(&why);
        if (!e)
            return fail(why);
        if (e->monoNs < previousMono)
            return fail(tr("wrong order: %1 is earlier than the event before it (%2); events "
                           "are written in time order")
                            .arg(QString::fromLatin1(monoText(e->monoNs)),
                                 QString::fromLatin1(monoText(previousMono))));
        previousMono = e->monoNs;
        events.append(std::move(*e));
    }
    return events;
}

std::optional<QList<TraceEvent>> Transcript::readFile(const QString &path, QString *error)
{
    QString why;
    const std::optional<QByteArray> text = BoundedFile::read(path, kMaxFileBytes, &why);
    if (!text) {
        *error = tr("%1: %2").arg(path, why);
        return std::nullopt;
    }
    std::optional<QList<TraceEvent>> events = parse(*text, &why);
    if (!events)
        *error = tr("%1: %2").arg(path, why);
    return events;
}

} // namespace ld
