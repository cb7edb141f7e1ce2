// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

#include <memory>

class QSocketNotifier;

namespace ld {

/**
 * Quits the application on SIGINT, SIGTERM or SIGHUP (the terminal closed) through the event
 * loop, so destructors run, journals get their closing record and ptys and ports are released.
 * A signal handler may only write to a pipe; the notifier on the other end does the rest (the
 * self-pipe pattern from Qt's Unix signals documentation). SIGPIPE is not handled here: main()
 * ignores it for the whole process, so a write to a closed pipe fails with EPIPE instead.
 */
class SignalQuit : public QObject
{
    Q_OBJECT
public:
    explicit SignalQuit(QObject *parent = nullptr);
    ~SignalQuit() override;
    bool isValid() const { return m_notifier != nullptr; }

    /**
     * From now on a second signal (the user pressing Ctrl-C again while the first one is
     * being handled, e.g. while a safe state is applied) writes `message` to standard error
     * and ends the process at once with `exitCode`, from the handler itself: the event loop
     * may be what is stuck. The journal then stays without its closing record ("interrupted"),
     * which keeps every reading appended so far.
     */
    void exitOnSecondSignal(int exitCode, const QByteArray &message);
    /** Signals received since construction. */
    int received() const;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace ld
