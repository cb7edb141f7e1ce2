// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalreader.h"

#include "journalformat_p.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

namespace ld {

namespace jf = journalformat;

JournalReader::JournalReader(const QString &journalPath)
    : m_file(journalPath)
{}

bool JournalReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_error = QCoreApplication::translate("JournalReader", "Cannot open journal %1: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    if (fill(sizeof jf::kFileMagic) < qsizetype(sizeof jf::kFileMagic) ||
        std::memcmp(m_buffer.constData(), jf::kFileMagic, sizeof jf::kFileMagic) != 0) {
        m_error = QCoreApplication::translate("JournalReader", "%1 is not a LabDispatch journal")
                      .arg(m_file.fileName());
        return false;
    }
    m_pos += sizeof jf::kFileMagic;
    const qsizetype available = fill(jf::kFramingSize);
    std::optional<jf::Frame> frame;
    if (available >= jf::kFramingSize) {
        const quint32 length = qFromLittleEndian<quint32>(m_buffer.constData() + m_pos + 4);
        if (length <= jf::kMaxPayload)
            fill(jf::kFramingSize + qsizetype(length));
        frame = jf::parseFrame(QByteArrayView(m_buffer).sliced(m_pos));
    }
    std::optional<RunInfo> info;
    if (frame && frame->type == jf::RecordType::Header)
        info = jf::decodeRunInfo(frame->payload);
    if (!info) {
        m_error = QCoreApplication::translate("JournalReader",
                                              "The run header of journal %1 is missing or damaged")
                      .arg(m_file.fileName());
        return false;
    }
    m_info = *info;
    m_pos += jf::kFramingSize + frame->payload.size();
    m_intactEnd = position();
    return true;
}

qsizetype JournalReader::fill(qsizetype wanted)
{
    qsizetype available = m_buffer.size() - m_pos;
    if (available >= wanted || m_eof)
        return available;
    // Keep the buffer small: drop what was consumed, then read at least a chunk.
    m_buffer.remove(0, m_pos);
    m_bufferOffset += m_pos;
    m_pos = 0;
    while (available < wanted && !m_eof) {
        const qsizetype toRead = qMax(kReadChunk, wanted - available);
        const qsizetype old = m_buffer.size();
        m_buffer.resize(old + toRead);
        const qint64 got = m_file.read(m_buffer.data() + old, toRead);
        m_buffer.resize(old + qMax<qint64>(got, 0));
        if (got <= 0)
            m_eof = true;
        available = m_buffer.size();
    }
    return available;
}

void JournalReader::skipDamaged(qsizetype bytes)
{
    if (!m_inDamage) {
        m_inDamage = true;
        ++m_damagedRegions;
    }
    m_skippedBytes += bytes;
    m_pos += bytes;
}

bool JournalReader::next(Reading &reading)
{
    return nextReading([&reading](QByteArrayView payload) {
        auto fields = jf::decodeReading(payload);
        if (fields)
            reading = Reading(std::move(*fields));
        return fields.has_value();
    });
}

bool JournalReader::nextContext(QString &step, QStringList &variables)
{
    return nextReading([&](QByteArrayView payload) {
        auto context = jf::decodeReadingContext(payload);
        if (context) {
            step = std::move(context->step);
            variables = std::move(context->variables);
        }
        return context.has_value();
    });
}

template<typename Decode> bool JournalReader::nextReading(Decode decode)
{
    if (!m_file.isOpen())
        return false;
    for (;;) {
        const qsizetype available = fill(jf::kFramingSize);
        if (available == 0)
            return false;
        if (available >= jf::kFramingSize &&
            std::memcmp(m_buffer.constData() + m_pos, jf::kRecordMagic, sizeof jf::kRecordMagic) ==
                0) {
            const quint32 length = qFromLittleEndian<quint32>(m_buffer.constData() + m_pos + 4);
            if (length <= jf::kMaxPayload) {
                // fill() may move the buffer: nothing may point into it across this call.
                fill(jf::kFramingSize + qsizetype(length));
                const auto frame = jf::parseFrame(QByteArrayView(m_buffer).sliced(m_pos));
                if (frame) {
                    const qsizetype recordSize = jf::kFramingSize + frame->payload.size();
                    bool intact = false;
                    bool isReading = false;
                    switch (frame->type) {
                    case jf::RecordType::Reading:
                        intact = isReading = decode(frame->payload);
                        break;
                    case jf::RecordType::End:
                        if (auto end = jf::decodeRunEnd(frame->payload)) {
                            intact = true;
                            m_end = end;
                        }
                        break;
                    case jf::RecordType::CapChange:
                        if (auto change = jf::decodeCapChange(frame->payload)) {
                            intact = true;
                            m_capChanges.append(*change);
                        }
                        break;
                    case jf::RecordType::Header:
                        break; // one header, at the start: another one is not this run's
                    }
                    if (intact) {
                        m_inDamage = false;
                        m_pos += recordSize;
                        m_intactEnd = position();
                        if (!isReading)
                            continue;
                        ++m_readings;
                        return true;
                    }
                    // Intact framing around a payload this build cannot decode: skip it whole.
                    skipDamaged(recordSize);
                    continue;
                }
            }
        }
        // Not a record here. Zeros up to the end of the file are space the writer had reserved
        // when it was killed: the end, not damage.
        const char *at = m_buffer.constData() + m_pos;
        if (*at == 0) {
            if (consumeZeroTail())
                return false;
            continue;
        }
        // Damage: resynchronise at the next record magic (or a zero run, which may be the end).
        const char *scan = at + 1;
        const char *end = m_buffer.constData() + m_buffer.size();
        while (scan < end && *scan != jf::kRecordMagic[0] && *scan != 0)
            ++scan;
        skipDamaged(scan - at);
    }
}

bool JournalReader::consumeZeroTail()
{
    qint64 zeros = 0;
    for (;;) {
        const qsizetype available = fill(1);
        if (available == 0)
            return true;
        const char *begin = m_buffer.constData() + m_pos;
        const char *end = begin + available;
        const char *p = begin;
        while (p < end && *p == 0)
            ++p;
        zeros += p - begin;
        m_pos += p - begin;
        if (p < end) {
            // Zeros in the middle of the file are damage like any other bytes.
            if (!m_inDamage) {
                m_inDamage = true;
                ++m_damagedRegions;
            }
            m_skippedBytes += zeros;
            return false;
        }
    }
}

std::optional<RunEnd> JournalReader::readRunEnd(const QString &journalPath)
{
    QFile file(journalPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const qint64 size = file.size();
    const qint64 endSize = jf::endRecordSize();
    if (size < qint64(sizeof jf::kFileMagic) + endSize)
        return std::nullopt;
    // The writer's closing record is the file's last bytes: one read of its size decides.
    if (!file.seek(size - endSize))
        return std::nullopt;
    // The frame's payload is a view: the bytes must outlive it (a temporary would not).
    const QByteArray last = file.read(endSize);
    if (const auto frame = jf::parseFrame(last); frame && frame->type == jf::RecordType::End)
        return jf::decodeRunEnd(frame->payload);
    // Damage may follow it (garbage appended, a copy gone wrong): look back through the tail.
    const qint64 from = qMax<qint64>(sizeof jf::kFileMagic, size - kTailSearch);
    if (!file.seek(from))
        return std::nullopt;
    const QByteArray tail = file.read(size - from);
    for (qsizetype at = tail.size() - endSize; at >= 0; --at) {
        if (tail[at] != jf::kRecordMagic[0])
            continue;
        const auto frame = jf::parseFrame(QByteArrayView(tail).sliced(at, endSize));
        if (frame && frame->type == jf::RecordType::End)
            return jf::decodeRunEnd(frame->payload);
    }
    return std::nullopt;
}

} // namespace ld
