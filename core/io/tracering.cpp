// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/tracering.h"

#include <algorithm>
#include <chrono>

namespace ld {

TraceRing::TraceRing(QString instrument, qsizetype maxEvents, qsizetype maxBytes)
    : m_instrument(std::move(instrument))
    , m_maxEvents(std::max<qsizetype>(1, maxEvents))
    , m_maxBytes(std::max<qsizetype>(1, maxBytes))
{}

void TraceRing::record(TraceEvent::Kind kind, const QByteArray &data)
{
    using namespace std::chrono;
    while (m_count > 0 && (m_count == m_maxEvents || m_bytes + data.size() > m_maxBytes))
        dropOldest();
    // Grown as needed up to the bound: a ring that records little costs little.
    if (m_count == qsizetype(m_slots.size())) {
        std::rotate(m_slots.begin(), m_slots.begin() + m_head, m_slots.end());
        m_head = 0;
        m_slots.emplace_back();
    }
    TraceEvent &e = m_slots[size_t((m_head + m_count) % qsizetype(m_slots.size()))];
    e.wallNs = duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
    e.monoNs = duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
    e.kind = kind;
    e.instrument = m_instrument;
    e.data = data;
    ++m_count;
    m_bytes += data.size();
}

void TraceRing::dropOldest()
{
    TraceEvent &e = m_slots[size_t(m_head)];
    m_bytes -= e.data.size();
    e.data = QByteArray();
    m_head = (m_head + 1) % qsizetype(m_slots.size());
    --m_count;
    ++m_dropped;
}

QList<TraceEvent> TraceRing::events() const
{
    return eventsFrom(0);
}

QList<TraceEvent> TraceRing::eventsFrom(qint64 sequence) const
{
    const qsizetype skip = qsizetype(std::clamp<qint64>(sequence - m_dropped, 0, m_count));
    QList<TraceEvent> out;
    out.reserve(m_count - skip);
    for (qsizetype i = skip; i < m_count; ++i)
        out.append(m_slots[size_t((m_head + i) % qsizetype(m_slots.size()))]);
    return out;
}

} // namespace ld
