// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalformat_p.h"

#include <QtEndian>

#include <array>
#include <cstring>

namespace ld::journalformat {

namespace {

// CRC-32 as in zlib and PNG (reflected polynomial 0xEDB88320), table built at compile time.
constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}
constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

// Layout versions of the payloads, so a later build can read older journals. Each layout adds
// fields at the end of the one before; a writer uses the oldest layout that holds its data.
constexpr quint8 kReadingLayout = 1;
constexpr quint8 kReadingLayoutWithContext = 2; ///< adds the plan step and variables
constexpr quint8 kReadingLayoutWithFailure = 3; ///< adds the failure kind's name
constexpr quint8 kRunInfoLayout = 1;
constexpr quint8 kRunInfoLayoutWithPlan = 2;   ///< adds the plan's JSON text
constexpr quint8 kRunInfoLayoutWithSource = 3; ///< adds the source (the plan may be empty)
constexpr quint8 kRunEndLayout = 1;
constexpr quint8 kCapChangeLayout = 1;

enum ValueKind : quint8 { None = 0, Number = 1, Numbers = 2, Text = 3 };

class Encoder
{
public:
    explicit Encoder(QByteArray &out)
        : m_out(out)
    {}
    void u8(quint8 v) { m_out.append(char(v)); }
    void u32(quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        m_out.append(b, 4);
    }
    void u64(quint64 v)
    {
        char b[8];
        qToLittleEndian(v, b);
        m_out.append(b, 8);
    }
    void i64(qint64 v) { u64(quint64(v)); }
    void f64(double v)
    {
        quint64 bits;
        std::memcpy(&bits, &v, sizeof bits);
        u64(bits);
    }
    void str(const QString &s)
    {
        // Most strings are ASCII: copy them without a temporary UTF-8 array per string.
        const QChar *chars = s.constData();
        const qsizetype n = s.size();
        qsizetype i = 0;
        while (i < n && chars[i].unicode() < 0x80)
            ++i;
        if (i == n) {
            u32(quint32(n));
            const qsizetype at = m_out.size();
            m_out.resize(at + n);
            char *out = m_out.data() + at;
            for (qsizetype k = 0; k < n; ++k)
                out[k] = char(chars[k].unicode());
            return;
        }
        const QByteArray utf8 = s.toUtf8();
        u32(quint32(utf8.size()));
        m_out.append(utf8);
    }
    void bytes(QByteArrayView b)
    {
        u32(quint32(b.size()));
        m_out.append(b.data(), b.size());
    }
    void identity(const Reading::Identity &id)
    {
        str(id.vendor);
        str(id.model);
        str(id.serial);
        str(id.firmware);
    }

private:
    QByteArray &m_out;
};

/** Bounds-checked reads; any overrun sets a sticky failure instead of reading past the end. */
class Decoder
{
public:
    explicit Decoder(QByteArrayView in)
        : m_in(in)
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_in.size(); }
    quint8 u8()
    {
        if (!need(1))
            return 0;
        return quint8(m_in[m_pos++]);
    }
    quint32 u32()
    {
        if (!need(4))
            return 0;
        const quint32 v = qFromLittleEndian<quint32>(m_in.data() + m_pos);
        m_pos += 4;
        return v;
    }
    quint64 u64()
    {
        if (!need(8))
            return 0;
        const quint64 v = qFromLittleEndian<quint64>(m_in.data() + m_pos);
        m_pos += 8;
        return v;
    }
    qint64 i64() { return qint64(u64()); }
    double f64()
    {
        const quint64 bits = u64();
        double v;
        std::memcpy(&v, &bits, sizeof v);
        return v;
    }
    QString str()
    {
        const quint32 n = u32();
        if (!need(qsizetype(n)))
            return {};
        const QString s = QString::fromUtf8(m_in.data() + m_pos, qsizetype(n));
        m_pos += n;
        return s;
    }
    QByteArray bytes()
    {
        const quint32 n = u32();
        if (!need(qsizetype(n)))
            return {};
        const QByteArray b(m_in.data() + m_pos, qsizetype(n));
        m_pos += n;
        return b;
    }
    Reading::Identity identity()
    {
        Reading::Identity id;
        id.vendor = str();
        id.model = str();
        id.serial = str();
        id.firmware = str();
        return id;
    }
    /** A count of items that each take at least `minBytes`: rejects absurd counts early. */
    quint32 count(int minBytes)
    {
        const quint32 n = u32();
        if (m_ok && qint64(n) * minBytes > m_in.size() - m_pos)
            m_ok = false;
        return m_ok ? n : 0;
    }

private:
    bool need(qsizetype n)
    {
        if (!m_ok || n > m_in.size() - m_pos)
            m_ok = false;
        return m_ok;
    }
    QByteArrayView m_in;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

std::optional<JobStatus> statusFromName(const QString &name)
{
    for (int s = int(JobStatus::Queued); s <= int(JobStatus::Rejected); ++s) {
        if (jobStatusName(JobStatus(s)) == name)
            return JobStatus(s);
    }
    return std::nullopt;
}

} // namespace

quint32 crc32(QByteArrayView bytes, quint32 crc)
{
    crc = ~crc;
    for (char c : bytes)
        crc = kCrcTable[(crc ^ quint8(c)) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

/** Fills in the framing reserved at `start`: the payload is everything after it. */
void finishRecord(QByteArray &out, qsizetype start, RecordType type)
{
    const qsizetype length = out.size() - start - kFramingSize;
    char *base = out.data() + start;
    std::memcpy(base, kRecordMagic, sizeof kRecordMagic);
    qToLittleEndian(quint32(length), base + 4);
    base[12] = char(type);
    quint32 crc = crc32(QByteArrayView(base + 4, 4));
    crc = crc32(QByteArrayView(base + 12, 1 + length), crc);
    qToLittleEndian(crc, base + 8);
}

void appendRecord(QByteArray &out, RecordType type, QByteArrayView payload)
{
    const qsizetype start = out.size();
    out.resize(start + kFramingSize);
    out.append(payload.data(), payload.size());
    finishRecord(out, start, type);
}

std::optional<Frame> parseFrame(QByteArrayView bytes)
{
    if (bytes.size() < kFramingSize ||
        std::memcmp(bytes.data(), kRecordMagic, sizeof kRecordMagic) != 0)
        return std::nullopt;
    const quint32 length = qFromLittleEndian<quint32>(bytes.data() + 4);
    if (length > kMaxPayload || bytes.size() - kFramingSize < qsizetype(length))
        return std::nullopt;
    const quint32 stored = qFromLittleEndian<quint32>(bytes.data() + 8);
    quint32 crc = crc32(bytes.sliced(4, 4));
    crc = crc32(bytes.sliced(12, 1 + qsizetype(length)), crc);
    if (crc != stored)
        return std::nullopt;
    const auto type = RecordType(quint8(bytes[12]));
    if (type != RecordType::Header && type != RecordType::Reading && type != RecordType::End &&
        type != RecordType::CapChange)
        return std::nullopt;
    return Frame{type, bytes.sliced(kFramingSize, qsizetype(length))};
}

QByteArray encodeReading(const Reading::Fields &r)
{
    QByteArray out;
    writeReading(out, r);
    return out;
}

QByteArray readingRecord(const Reading::Fields &r)
{
    QByteArray out;
    out.reserve(512);
    out.resize(kFramingSize);
    writeReading(out, r);
    finishRecord(out, 0, RecordType::Reading);
    return out;
}

void writeReading(QByteArray &out, const Reading::Fields &r)
{
    Encoder e(out);
    const bool failure = r.failure != FailureKind::None;
    const bool context = failure || !r.step.isEmpty() || !r.variables.isEmpty();
    e.u8(failure   ? kReadingLayoutWithFailure
         : context ? kReadingLayoutWithContext
                   : kReadingLayout);
    e.str(r.runId);
    e.u64(r.jobId);
    e.str(r.instrument);
    e.str(r.resource);
    e.identity(r.identity);
    e.str(r.operation);
    e.u32(quint32(r.parameters.size()));
    for (const auto &[name, value] : r.parameters) {
        e.str(name);
        e.str(value);
    }
    if (const auto *number = std::get_if<double>(&r.value)) {
        e.u8(Number);
        e.f64(*number);
    } else if (const auto *numbers = std::get_if<QList<double>>(&r.value)) {
        e.u8(Numbers);
        e.u32(quint32(numbers->size()));
        for (double v : *numbers)
            e.f64(v);
    } else if (const auto *text = std::get_if<QString>(&r.value)) {
        e.u8(Text);
        e.str(*text);
    } else {
        e.u8(None);
    }
    e.str(r.unit);
    e.str(r.quantity);
    e.str(jobStatusName(r.status));
    e.str(r.error);
    e.i64(r.submittedWallNs);
    e.i64(r.startedWallNs);
    e.i64(r.completedWallNs);
    e.i64(r.submittedMonoNs);
    e.i64(r.startedMonoNs);
    e.i64(r.completedMonoNs);
    if (!context)
        return;
    e.str(r.step);
    e.u32(quint32(r.variables.size()));
    for (const auto &[name, value] : r.variables) {
        e.str(name);
        e.f64(value);
    }
    if (failure)
        e.str(failureKindName(r.failure));
}

std::optional<Reading::Fields> decodeReading(QByteArrayView payload)
{
    Decoder d(payload);
    const quint8 layout = d.u8();
    if (layout != kReadingLayout && layout != kReadingLayoutWithContext &&
        layout != kReadingLayoutWithFailure)
        return std::nullopt;
    Reading::Fields r;
    r.runId = d.str();
    r.jobId = d.u64();
    r.instrument = d.str();
    r.resource = d.str();
    r.identity = d.identity();
    r.operation = d.str();
    const quint32 parameterCount = d.count(8);
    r.parameters.reserve(parameterCount);
    for (quint32 i = 0; i < parameterCount && d.ok(); ++i) {
        QString name = d.str();
        QString value = d.str();
        r.parameters.append({std::move(name), std::move(value)});
    }
    switch (d.u8()) {
    case None:
        break;
    case Number:
        r.value = d.f64();
        break;
    case Numbers: {
        const quint32 n = d.count(8);
        QList<double> numbers;
        numbers.reserve(n);
        for (quint32 i = 0; i < n; ++i)
            numbers.append(d.f64());
        r.value = std::move(numbers);
        break;
    }
    case Text:
        r.value = d.str();
        break;
    default:
        return std::nullopt;
    }
    r.unit = d.str();
    r.quantity = d.str();
    const auto status = statusFromName(d.str());
    r.error = d.str();
    r.submittedWallNs = d.i64();
    r.startedWallNs = d.i64();
    r.completedWallNs = d.i64();
    r.submittedMonoNs = d.i64();
    r.startedMonoNs = d.i64();
    r.completedMonoNs = d.i64();
    if (layout >= kReadingLayoutWithContext) {
        r.step = d.str();
        const quint32 variableCount = d.count(12);
        r.variables.reserve(variableCount);
        for (quint32 i = 0; i < variableCount && d.ok(); ++i) {
            QString name = d.str();
            r.variables.append({std::move(name), d.f64()});
        }
    }
    // Layout 3 is written only for a kind; a kind a later build added reads as Other.
    bool failureOk = true;
    if (layout == kReadingLayoutWithFailure) {
        r.failure = failureKindFromName(d.str()).value_or(FailureKind::Other);
        failureOk = r.failure != FailureKind::None;
    }
    if (!d.ok() || !d.atEnd() || !status || !failureOk)
        return std::nullopt;
    r.status = *status;
    return r;
}

QByteArray encodeRunInfo(const RunInfo &info)
{
    QByteArray out;
    Encoder e(out);
    const quint8 layout = !info.source.isEmpty() ? kRunInfoLayoutWithSource
                          : !info.plan.isEmpty() ? kRunInfoLayoutWithPlan
                                                 : kRunInfoLayout;
    e.u8(layout);
    e.str(info.runId);
    e.str(info.appVersion);
    e.i64(info.startedWallNs);
    e.i64(info.startedMonoNs);
    e.str(info.bench);
    e.u32(quint32(info.instruments.size()));
    for (const RunInfo::Instrument &instrument : info.instruments) {
        e.str(instrument.name);
        e.str(instrument.resource);
        e.identity(instrument.identity);
    }
    e.u32(quint32(info.cap));
    e.u32(quint32(info.operations.size()));
    for (const QString &operation : info.operations)
        e.str(operation);
    if (layout >= kRunInfoLayoutWithPlan)
        e.bytes(info.plan);
    if (layout >= kRunInfoLayoutWithSource)
        e.str(info.source);
    return out;
}

std::optional<RunInfo> decodeRunInfo(QByteArrayView payload)
{
    Decoder d(payload);
    const quint8 layout = d.u8();
    if (layout < kRunInfoLayout || layout > kRunInfoLayoutWithSource)
        return std::nullopt;
    RunInfo info;
    info.runId = d.str();
    info.appVersion = d.str();
    info.startedWallNs = d.i64();
    info.startedMonoNs = d.i64();
    info.bench = d.str();
    const quint32 instruments = d.count(24);
    for (quint32 i = 0; i < instruments && d.ok(); ++i) {
        RunInfo::Instrument instrument;
        instrument.name = d.str();
        instrument.resource = d.str();
        instrument.identity = d.identity();
        info.instruments.append(instrument);
    }
    info.cap = int(d.u32());
    const quint32 operations = d.count(4);
    for (quint32 i = 0; i < operations && d.ok(); ++i)
        info.operations.append(d.str());
    if (layout >= kRunInfoLayoutWithPlan)
        info.plan = d.bytes();
    if (layout >= kRunInfoLayoutWithSource)
        info.source = d.str();
    if (!d.ok() || !d.atEnd())
        return std::nullopt;
    return info;
}

QByteArray encodeRunEnd(const RunEnd &end)
{
    QByteArray out;
    Encoder e(out);
    e.u8(kRunEndLayout);
    e.u8(quint8(end.outcome));
    e.i64(end.endedWallNs);
    e.i64(end.endedMonoNs);
    e.u64(end.readings);
    return out;
}

int endRecordSize()
{
    return kFramingSize + 2 + 3 * 8;
}

std::optional<RunEnd> decodeRunEnd(QByteArrayView payload)
{
    Decoder d(payload);
    if (d.u8() != kRunEndLayout)
        return std::nullopt;
    RunEnd end;
    const quint8 outcome = d.u8();
    if (outcome > quint8(RunEnd::Outcome::SafeStateApplied))
        return std::nullopt;
    end.outcome = RunEnd::Outcome(outcome);
    end.endedWallNs = d.i64();
    end.endedMonoNs = d.i64();
    end.readings = d.u64();
    if (!d.ok() || !d.atEnd())
        return std::nullopt;
    return end;
}

QByteArray encodeCapChange(const CapChange &change)
{
    QByteArray out;
    Encoder e(out);
    e.u8(kCapChangeLayout);
    e.i64(change.wallNs);
    e.i64(change.monoNs);
    e.u32(quint32(change.cap));
    return out;
}

std::optional<CapChange> decodeCapChange(QByteArrayView payload)
{
    Decoder d(payload);
    if (d.u8() != kCapChangeLayout)
        return std::nullopt;
    CapChange change;
    change.wallNs = d.i64();
    change.monoNs = d.i64();
    change.cap = int(d.u32());
    if (!d.ok() || !d.atEnd() || change.cap < 0)
        return std::nullopt;
    return change;
}

std::optional<ReadingContext> decodeReadingContext(QByteArrayView payload)
{
    if (!payload.isEmpty() && quint8(payload.front()) == kReadingLayout)
        return ReadingContext{};
    const auto fields = decodeReading(payload);
    if (!fields)
        return std::nullopt;
    ReadingContext context{fields->step, {}};
    context.variables.reserve(fields->variables.size());
    for (const auto &variable : fields->variables)
        context.variables.append(variable.first);
    return context;
}

} // namespace ld::journalformat
