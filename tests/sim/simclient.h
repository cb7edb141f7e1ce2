// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/**
 * The test's side of the wire, in plain POSIX so the simulator is checked against nothing of
 * core/io: a pty opened by path in raw mode, or a TCP socket to 127.0.0.1. Every read is
 * bounded by a deadline.
 */
class SimClient
{
public:
    SimClient() = default;
    ~SimClient();
    SimClient(const SimClient &) = delete;
    SimClient &operator=(const SimClient &) = delete;

    /** Opens `ASRL<path>::INSTR` or `TCPIP0::127.0.0.1::<port>::SOCKET`. */
    bool open(const QString &resource, QString *error);
    void close();
    bool write(const QByteArray &bytes);
    /** Reads until `terminator` arrives (returned with it), the peer hangs up, or timeout. */
    QByteArray readUntil(const QByteArray &terminator, int timeoutMs = 5000);
    /** Writes `command` + LF and reads one LF-terminated reply (terminator stripped). */
    QByteArray query(const QByteArray &command, int timeoutMs = 5000);
    /** Reads an IEEE 488.2 definite-length block and its terminator, by length. */
    QByteArray readBlock(int timeoutMs = 5000);
    /** True once a read saw end of file or a hang-up. */
    bool hungUp() const { return m_hungUp; }

private:
    /** Reads until the buffer holds `size` bytes or the deadline passes. */
    bool fill(qsizetype size, int timeoutMs);

    int m_fd = -1;
    bool m_hungUp = false;
    QByteArray m_buffer;
};
