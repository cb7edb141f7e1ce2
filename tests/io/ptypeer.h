// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scriptedpeer.h"

class QSocketNotifier;

namespace ld::test {

/**
 * A pseudo-terminal: the session opens the slave (`/dev/pts/N`) through QSerialPort, this
 * peer reads and writes the master with non-blocking POSIX calls driven by QSocketNotifiers.
 */
class PtyPeer final : public ScriptedPeer
{
    Q_OBJECT
public:
    explicit PtyPeer(QObject *parent = nullptr);
    ~PtyPeer() override;

    bool isValid() const { return m_master >= 0; }
    QString slavePath() const { return m_slavePath; }
    QString resource() const override;
    void send(const QByteArray &bytes) override;
    void hangUp() override;
    bool isLinked() const override { return m_master >= 0; }

private:
    void readMaster();
    void writeMaster();

    int m_master = -1;
    int m_slave = -1; // kept open so the pty never reads as hung up before the session opens it
    QString m_slavePath;
    QByteArray m_out;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
};

} // namespace ld::test
