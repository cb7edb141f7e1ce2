// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/traceevent.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ld {

/**
 * The transcript format (docs/tracing.md): a header line, then one line per TraceEvent, in
 * time order, readable in a text editor:
 *
 *     # labdispatch transcript 1
 *     2026-12-06T12:00:00.123456Z +12.345678 dmm1 > "MEAS:VOLT?\n"
 *
 * Wall time (UTC, microseconds), monotonic seconds since the transcript's origin, the
 * instrument, the event kind and its bytes or text, quoted with escapes (or `hex:...`).
 * Reading is strict: the first fault ends it with an error that names the line.
 */
class Transcript
{
    Q_DECLARE_TR_FUNCTIONS(ld::Transcript)

public:
    static constexpr qsizetype kMaxLineBytes = qsizetype(1) << 20;
    static constexpr qint64 kMaxFileBytes = qint64(1) << 30;

    /** How write() shows bytes: escaped in quotes, or as hex digits (`hex:4d45`). */
    enum class Bytes { Escaped, Hex };

    /**
     * The header and a line per event, sorted by monotonic time (stable); monotonic offsets
     * count from `originNs` (the earliest event when nullopt).
     */
    static QByteArray write(QList<TraceEvent> events, std::optional<qint64> originNs = {},
                            Bytes bytes = Bytes::Escaped);
    /** One event's line without the line end. */
    static QByteArray line(const TraceEvent &event, qint64 originNs, Bytes bytes = Bytes::Escaped);

    /**
     * The events of a transcript, their monoNs the offsets written (nanoseconds), or nullopt
     * with `error` naming the line: "line 7: unknown event kind 'bogus'".
     */
    static std::optional<QList<TraceEvent>> parse(const QByteArray &text, QString *error);
    /** parse() of a file, read through BoundedFile (at most kMaxFileBytes). */
    static std::optional<QList<TraceEvent>> readFile(const QString &path, QString *error);

    /** `bytes` quoted with escapes: printable ASCII as is, `\"`, `\\`, `\n`, `\r`, `\t`, `\xNN`. */
    static QByteArray quote(const QByteArray &bytes);
    /** The kind as written: `>`, `<`, `connect`, ... */
    static QByteArray kindName(TraceEvent::Kind kind);
};

} // namespace ld
