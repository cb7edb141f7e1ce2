// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The journal's on-disk format, shared by the writer and the reader.
//
// File:   8-byte file magic, then records back to back.
// Record: 4-byte record magic | u32 payload length | u32 CRC-32 | u8 type | payload
//         (little endian; the CRC covers the length, the type and the payload).
// A crash can only leave a partial record at the end; the record magic lets the reader
// resynchronise after damage in the middle, and the CRC rejects torn or garbage bytes.
// Every record decodes on its own (nothing refers to an earlier record), so damage costs only
// the records it hits. Payloads start with a layout byte; a writer uses the oldest layout that
// holds what it writes, so builds that predate a layout still read what does not need it.

#include "results/reading.h"
#include "results/runinfo.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace ld::journalformat {

inline constexpr char kFileMagic[8] = {'L', 'D', 'J', 'R', 'N', 'L', '\0', '\1'};
inline constexpr char kRecordMagic[4] = {'\xD7', 'L', 'D', 'R'};
inline constexpr int kFramingSize = 13; ///< magic + length + CRC + type
inline constexpr quint32 kMaxPayload = 64 * 1024 * 1024;
inline constexpr char kFileName[] = "journal.ldj";

enum class RecordType : quint8 { Header = 1, Reading = 2, End = 3, CapChange = 4 };

quint32 crc32(QByteArrayView bytes, quint32 crc = 0);

/** Appends a framed record (magic, length, CRC, type, payload) to `out`. */
void appendRecord(QByteArray &out, RecordType type, QByteArrayView payload);

QByteArray encodeReading(const Reading::Fields &r);
/** A whole framed Reading record, built in one buffer: the journal's hot path. */
QByteArray readingRecord(const Reading::Fields &r);
void writeReading(QByteArray &out, const Reading::Fields &r);
QByteArray encodeRunInfo(const RunInfo &info);
QByteArray encodeRunEnd(const RunEnd &end);
QByteArray encodeCapChange(const CapChange &change);
/** The End record has a fixed size, so a file's tail tells whether its run was closed. */
int endRecordSize();

std::optional<Reading::Fields> decodeReading(QByteArrayView payload);
std::optional<RunInfo> decodeRunInfo(QByteArrayView payload);
std::optional<RunEnd> decodeRunEnd(QByteArrayView payload);
std::optional<CapChange> decodeCapChange(QByteArrayView payload);

/** Where a reading came from in a plan: its step and the names of its variables. */
struct ReadingContext
{
    QString step;
    QStringList variables;
};
/**
 * The plan context of a Reading payload, for a fast first pass: a reading without one (layout
 * 1, a simple run's) is recognised by its first byte and not decoded further.
 */
std::optional<ReadingContext> decodeReadingContext(QByteArrayView payload);

/** Checks one framed record at the start of `bytes`; returns type and payload if intact. */
struct Frame
{
    RecordType type;
    QByteArrayView payload;
};
std::optional<Frame> parseFrame(QByteArrayView bytes);

} // namespace ld::journalformat
