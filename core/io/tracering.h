// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/traceevent.h"

#include <QList>

#include <vector>

namespace ld {

/**
 * One instrument's recorded traffic, bounded: the newest events up to a count and a byte
 * total, so recording can stay on for days. Not locked: it is written and read on the thread
 * of the link that records into it (the I/O thread); others read it by posting there
 * (Bench::traceEvents). Recording costs a clock read, a shared copy of the bytes and a slot.
 */
class TraceRing
{
public:
    static constexpr qsizetype kDefaultMaxEvents = 100000;
    static constexpr qsizetype kDefaultMaxBytes = qsizetype(16) << 20;

    explicit TraceRing(QString instrument, qsizetype maxEvents = kDefaultMaxEvents,
                       qsizetype maxBytes = kDefaultMaxBytes);

    QString instrument() const { return m_instrument; }
    /** Appends an event stamped now; the oldest events go when a bound is reached. */
    void record(TraceEvent::Kind kind, const QByteArray &data);
    /** The events held, oldest first. */
    QList<TraceEvent> events() const;
    /**
     * The events held whose sequence number (0 for the first ever recorded) is `sequence` or
     * later, oldest first: what a reader that saw up to `sequence` has not seen yet, less what
     * the bounds dropped meanwhile. Read on from recorded().
     */
    QList<TraceEvent> eventsFrom(qint64 sequence) const;
    /** Events recorded since the ring was made: the sequence number of the next one. */
    qint64 recorded() const { return m_dropped + m_count; }
    qsizetype size() const { return m_count; }
    /** Events pushed out by the bounds since the ring was made. */
    qint64 dropped() const { return m_dropped; }

private:
    void dropOldest();

    QString m_instrument;
    std::vector<TraceEvent> m_slots; // a circular buffer of m_maxEvents slots
    qsizetype m_maxEvents;
    qsizetype m_maxBytes;
    qsizetype m_head = 0; // the oldest event
    qsizetype m_count = 0;
    qsizetype m_bytes = 0;
    qint64 m_dropped = 0;
};

} // namespace ld
