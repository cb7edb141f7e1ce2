// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simreplay.h"

namespace ld {

QStringList SimReplay::instruments(const QList<TraceEvent> &events)
{
    QStringList names;
    for (const TraceEvent &e : events) {
        if (!names.contains(e.instrument))
            names.append(e.instrument);
    }
    return names;
}

QByteArray SimReplay::key(const QByteArray &command)
{
    return command.trimmed();
}

std::optional<SimReplay> SimReplay::fromEvents(const QList<TraceEvent> &events,
                                               const QString &instrument, QString *error)
{
    SimReplay replay;
    qint64 sentNs = 0;
    bool ended = false; // the last exchange is over: its reply complete, or it timed out
    for (const TraceEvent &e : events) {
        if (e.instrument != instrument)
            continue;
        if (e.kind == TraceEvent::Kind::Write) {
            // One write is one command line (the session writes each with its terminator).
            replay.m_exchanges.append({key(e.data), {}});
            sentNs = e.monoNs;
            ended = false;
            continue;
        }
        if (replay.m_exchanges.isEmpty())
            continue; // before the first command: nothing asked for it
        Reply &reply = replay.m_exchanges.last().reply;
        if (reply.hangUp || reply.idleHangUpNs)
            continue; // the link is gone: what follows belongs to the next connection
        if (e.kind == TraceEvent::Kind::Read) {
            reply.bytes += e.data;
            reply.delayNs = e.monoNs - sentNs;
            // Replies end at LF (the server splits "\r\n" and "\n" off the same way).
            ended = reply.bytes.endsWith('\n');
        } else if (e.kind == TraceEvent::Kind::Timeout) {
            ended = true;
        } else if (e.kind == TraceEvent::Kind::Disconnect) {
            if (ended) {
                // The exchange was over: the instrument closed the link after it had been
                // idle (nothing either way) since the reply's last byte, or since the command.
                reply.idleHangUpNs = e.monoNs - (sentNs + reply.delayNs);
                continue;
            }
            reply.hangUp = true;
            reply.delayNs = e.monoNs - sentNs;
        }
    }
    if (replay.m_exchanges.isEmpty()) {
        *error = instruments(events).contains(instrument)
                     ? tr("the transcript holds no command sent to '%1'").arg(instrument)
                     : tr("the transcript has no instrument '%1' (it has: %2)")
                           .arg(instrument, instruments(events).join(QLatin1String(", ")));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < replay.m_exchanges.size(); ++i)
        replay.m_byCommand[replay.m_exchanges[i].command].append(i);
    return replay;
}

SimReplay::Reply SimReplay::scaled(const Reply &reply) const
{
    Reply r = reply;
    r.delayNs = qint64(double(reply.delayNs) / m_speed);
    if (reply.idleHangUpNs)
        r.idleHangUpNs = qint64(double(*reply.idleHangUpNs) / m_speed);
    return r;
}

SimReplay::Reply SimReplay::answer(const QByteArray &command)
{
    if (m_match == Match::Order && m_next < m_exchanges.size())
        return scaled(m_exchanges[m_next++].reply);
    const QByteArray k = key(command);
    const auto it = m_byCommand.constFind(k);
    if (it == m_byCommand.cend())
        return {}; // never asked while recording: silence, as a device that does not know it
    qsizetype &turn = m_turn[k];
    const Reply &reply = m_exchanges[it->at(turn % it->size())].reply;
    turn = (turn + 1) % it->size();
    return scaled(reply);
}

} // namespace ld
