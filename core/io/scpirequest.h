// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace ld {

/**
 * What one exchange with an instrument does: a short sequence of steps run back to back with
 * nothing else sent in between, then optionally an error-queue drain. Build it with the
 * factories and chain with then(): `ScpiRequest::write("VOLT
 * 5").then(ScpiRequest::query("MEAS?"))`.
 */
class ScpiRequest
{
public:
    /** One command and what it expects back. */
    struct Step
    {
        enum class Kind {
            Write, ///< send only; nothing is read
            Line,  ///< send, then read one terminated line
            Block  ///< send, then read an IEEE 488.2 block: `#<n><len><bytes>` by length, or `#0`
        };
        Kind kind = Kind::Write;
        QByteArray command; // without terminator
        int timeoutMs = -1; // -1: the session's default
    };

    ScpiRequest() = default;

    static ScpiRequest write(const QByteArray &command);
    static ScpiRequest query(const QByteArray &command, int timeoutMs = -1);
    static ScpiRequest queryBlock(const QByteArray &command, int timeoutMs = -1);

    /** Appends the steps of `next`, keeping this request's drain setting. */
    ScpiRequest &then(const ScpiRequest &next);
    ScpiRequest &add(Step step);

    /**
     * After the steps succeed, query `command` until the instrument reports 0 ("No error"), at
     * most `maxCount` times (-1: the session's bound); the errors go into the reply.
     */
    ScpiRequest &drainErrors(const QByteArray &command = QByteArrayLiteral("SYST:ERR?"),
                             int maxCount = -1);

    const QList<Step> &steps() const { return m_steps; }
    bool drainsErrors() const { return !m_drainCommand.isEmpty(); }
    const QByteArray &drainCommand() const { return m_drainCommand; }
    int drainMaxCount() const { return m_drainMax; }

private:
    QList<Step> m_steps;
    QByteArray m_drainCommand;
    int m_drainMax = -1;
};

} // namespace ld
