// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <random>

namespace ld {

/**
 * Faults a simulated instrument can show, switchable at runtime. Reply faults hit a reply with
 * `probability` (1 = every reply); when several are on, each hit picks one of them.
 */
struct SimFaults
{
    enum Fault : unsigned {
        None = 0,
        NoReply = 1u << 0,            ///< The command runs, the reply never comes.
        SlowReply = 1u << 1,          ///< The reply comes `slowReplyMs` late.
        Garbage = 1u << 2,            ///< Random bytes instead of the reply, then the terminator.
        WrongTerminator = 1u << 3,    ///< The reply ends in "\r" (or "\n" if "\r" is expected).
        PartialReply = 1u << 4,       ///< Half the reply, then silence.
        DisconnectMidReply = 1u << 5, ///< Half the reply, then the link drops.
        NewIdentity = 1u << 6,        ///< After a reconnect `*IDN?` names another serial.
    };

    unsigned flags = None;
    double probability = 1.0;
    int slowReplyMs = 3000;
    /** Replies the faults may still hit; -1: no limit ("disconnect once" is 1). */
    int times = -1;
    /** When set, only replies to commands starting with it (any case) can be hit, e.g. "MEAS". */
    QByteArray onlyCommand;

    bool has(Fault f) const { return (flags & f) != 0; }
    /** The reply faults only (NewIdentity acts on reconnects, not on replies). */
    unsigned replyFlags() const { return flags & ~unsigned(NewIdentity); }

    /** "no-reply", "slow-reply", "garbage", "wrong-terminator", "partial-reply", "disconnect",
     * "new-identity". */
    static std::optional<Fault> fromName(const QString &name);
    /**
     * Whether the reply to `command` is hit, and by which of the switched-on reply faults;
     * counts `times` down on a hit. The caller holds whatever guards this value.
     */
    std::optional<Fault> draw(const QByteArray &command, std::mt19937_64 &rng);
    /** A few random bytes that are never a valid reply, without CR or LF. */
    static QByteArray garbage(std::mt19937_64 &rng);
    static QString name(Fault fault);
    static QStringList names();
};

} // namespace ld
