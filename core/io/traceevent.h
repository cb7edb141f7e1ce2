// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ld {

/**
 * One thing that happened on an instrument's link: bytes written or read, a connect, a loss,
 * a timeout, an error. A small value that is cheap to copy (the bytes are shared, not copied);
 * TraceRing holds them and Transcript writes and reads them (docs/tracing.md).
 */
struct TraceEvent
{
    enum class Kind : quint8 {
        Write,      ///< `>`: bytes sent; `data` holds them
        Read,       ///< `<`: bytes received, as the transport delivered them
        Connect,    ///< the link opened for the first time; `data`: the address
        Reconnect,  ///< the link opened again after a loss or a close; `data`: the address
        Disconnect, ///< the link was lost (hang-up, I/O error); `data`: why
        Close,      ///< the link was closed on purpose
        Timeout,    ///< no (complete) reply within the time; `data`: the message
        Error,      ///< a failed open, a failed write or a reply that could not be used
    };

    qint64 wallNs = 0; ///< UTC, nanoseconds since the epoch
    qint64 monoNs = 0; ///< monotonic nanoseconds, comparable across the instruments of a run
    Kind kind = Kind::Write;
    QString instrument;
    QByteArray data; ///< bytes for Write and Read; UTF-8 text (may be empty) for the others

    /** Timeouts, errors and disconnects: what `labdispatch trace --errors` keeps. */
    bool isFault() const
    {
        return kind == Kind::Timeout || kind == Kind::Error || kind == Kind::Disconnect;
    }
    friend bool operator==(const TraceEvent &a, const TraceEvent &b)
    {
        return a.wallNs == b.wallNs && a.monoNs == b.monoNs && a.kind == b.kind &&
               a.instrument == b.instrument && a.data == b.data;
    }
};

} // namespace ld
