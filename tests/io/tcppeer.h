// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scriptedpeer.h"

#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace ld::test {

/** A raw-socket instrument on 127.0.0.1 and a free port; serves one connection at a time. */
class TcpPeer final : public ScriptedPeer
{
    Q_OBJECT
public:
    explicit TcpPeer(QObject *parent = nullptr);
    ~TcpPeer() override;

    bool isValid() const;
    quint16 port() const;
    QString resource() const override;
    void send(const QByteArray &bytes) override;
    /** Flushes what was sent, then closes (FIN), as a device that resets mid-reply. */
    void hangUp() override;
    bool isLinked() const override { return !m_socket.isNull(); }

private:
    QTcpServer *m_server;
    QPointer<QTcpSocket> m_socket;
};

} // namespace ld::test
