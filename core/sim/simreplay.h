// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/traceevent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace ld {

/**
 * One recorded instrument as a device to serve (`labsim --replay`): each command it was sent,
 * with what came back, when, and how it ended. Pure logic without I/O, like SimInstrument;
 * SimServer puts it on a wire. Replies are the recorded bytes, terminator included: garbage
 * stays garbage, a reply cut by a hang-up is sent as far as it came and the link dropped, a
 * command that timed out gets no reply; a hang-up after the exchange ended (an instrument
 * that closes an idle link) is kept apart, with the idle time. The recorded `*IDN?` reply is
 * the identity, so the
 * profile that matched the instrument matches its replay.
 */
class SimReplay
{
    Q_DECLARE_TR_FUNCTIONS(ld::SimReplay)

public:
    enum class Match {
        Order,  ///< the recorded exchanges in turn, whatever is asked; then as Command
        Command ///< the recorded replies to the same command, in turn (cycling)
    };
    struct Reply
    {
        QByteArray bytes;    ///< as recorded, terminator included; empty: none came
        qint64 delayNs = 0;  ///< from the command to the last byte (or the hang-up), scaled
        bool hangUp = false; ///< the link dropped before the reply was complete
        /**
         * The link dropped after the exchange had ended (the reply complete, or the command
         * timed out): this long after the reply's last byte (after the command when none
         * came), scaled. The replay drops the link once it has been idle that long.
         */
        std::optional<qint64> idleHangUpNs;
    };

    /** The instruments of `events`, in the order they first appear. */
    static QStringList instruments(const QList<TraceEvent> &events);
    /** `instrument`'s exchanges; nullopt with `error` when it sent no command. */
    static std::optional<SimReplay> fromEvents(const QList<TraceEvent> &events,
                                               const QString &instrument, QString *error);

    void setMatch(Match match) { m_match = match; }
    /** Recorded latencies are divided by `factor` (2: twice as fast); > 0. */
    void setSpeed(double factor) { m_speed = factor > 0 ? factor : 1.0; }
    qsizetype exchangeCount() const { return m_exchanges.size(); }

    /** What the recording says to `command` (one line, without its terminator). */
    Reply answer(const QByteArray &command);

private:
    struct Exchange
    {
        QByteArray command;
        Reply reply;
    };
    static QByteArray key(const QByteArray &command);
    Reply scaled(const Reply &reply) const;

    QList<Exchange> m_exchanges;
    QHash<QByteArray, QList<qsizetype>> m_byCommand;
    QHash<QByteArray, qsizetype> m_turn; ///< per command: the next of m_byCommand's list
    qsizetype m_next = 0;
    Match m_match = Match::Order;
    double m_speed = 1.0;
};

} // namespace ld
