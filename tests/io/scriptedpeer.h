// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace ld::test {

/**
 * The instrument end of a real link, played by a test: it splits what the session sends into
 * lines and answers from a script (exact command -> reply bytes) or a handler.
 */
class ScriptedPeer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QByteArray &line)>;

    explicit ScriptedPeer(QObject *parent = nullptr);
    ~ScriptedPeer() override;

    /** The VISA resource string a session opens to reach this peer. */
    virtual QString resource() const = 0;
    /** Sends raw bytes to the session, all of them, in order, without blocking. */
    virtual void send(const QByteArray &bytes) = 0;
    /** Drops the link as a pulled cable or a crashed device would. */
    virtual void hangUp() = 0;
    /** True once the session's end is attached (TCP: connection accepted). */
    virtual bool isLinked() const = 0;

    /** `command` (without terminator) gets `reply` (sent verbatim, terminator included). */
    void answer(const QByteArray &command, const QByteArray &reply)
    {
        m_script.insert(command, reply);
    }
    /** Replaces the script: every line goes to `handler`. */
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<QByteArray> &received() const { return m_received; }

Q_SIGNALS:
    void lineReceived(const QByteArray &line);

protected:
    /** Subclasses pass every byte read from the session. */
    void feed(const QByteArray &bytes);

private:
    QByteArray m_pending;
    QList<QByteArray> m_received;
    QHash<QByteArray, QByteArray> m_script;
    Handler m_handler;
};

} // namespace ld::test
