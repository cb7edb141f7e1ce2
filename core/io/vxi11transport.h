// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/oncrpc_p.h"
#include "io/transport.h"

#include <QAbstractSocket>

#include <deque>
#include <optional>

class QTcpSocket;
class QTimer;

namespace ld {

/**
 * A VXI-11 link (LXI `TCPIP::<host>::inst0::INSTR`): ONC RPC over QTcpSocket, written here
 * rather than through libtirpc because its clnt_call() blocks the I/O thread until the reply
 * (docs/architecture.md). open() asks the host's portmapper for the core channel's port, then
 * calls create_link. write() becomes device_write calls of at most the device's maxRecvSize,
 * END on the last, then, when beginExchange() said a reply is awaited, device_read calls
 * until END or the terminating character, whose data bytesReceived() delivers. A read the session
 * gave up on is followed by device_clear, so its late answer never answers the next command.
 * close() calls destroy_link. Calls go one at a time, in order, each bounded by its own timer.
 */
class Vxi11Transport final : public Transport
{
    Q_OBJECT
public:
    static constexpr int kDefaultConnectTimeoutMs = 3000;
    /** The I/O timeout of calls until beginExchange() says otherwise. */
    static constexpr int kDefaultIoTimeoutMs = 2000;
    /** Extra time an RPC may take beyond the I/O timeout it carries before the link is dead. */
    static constexpr int kRpcGraceMs = 2000;

    Vxi11Transport(QString host, QString device, QObject *parent = nullptr);
    ~Vxi11Transport() override;

    void open() override;
    void close() override;
    bool write(const QByteArray &bytes) override;
    void discardInput() override;
    QString description() const override;
    void beginExchange(const Exchange &exchange) override;

    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    /** The portmapper's TCP port on the host (111 unless a test says otherwise). */
    void setPortmapperPort(quint16 port) { m_portmapperPort = port; }
    /** Bytes asked for per device_read (default kReadBufferSize). */
    void setReadChunkSize(quint32 bytes) { m_readChunk = std::max<quint32>(1, bytes); }
    /** The largest device_write the device takes, from create_link (0 before). */
    quint32 maxRecvSize() const { return m_maxRecvSize; }

    /** A Device_ErrorCode in words, for messages. */
    static QString errorText(quint32 code);

private:
    enum class Phase { Portmapper, Core };
    struct Call
    {
        quint32 procedure = 0;
        QByteArray arguments;
        int timeoutMs = 0;      ///< the I/O timeout the call carries (bounds the wait)
        bool abandoned = false; ///< a read whose data nobody waits for any more
    };

    void startSocket(quint16 port);
    void handleConnected();
    void handleError(QAbstractSocket::SocketError error);
    void handleDisconnected();
    void readAvailable();
    void handleRecord(const QByteArray &record);
    void handlePortmapperReply(detail::XdrReader &reader);
    void handleCoreReply(detail::XdrReader &reader);
    void enqueue(quint32 procedure, const QByteArray &arguments, int timeoutMs, bool front);
    void enqueueRead();
    quint32 lockTimeout() const;
    void enqueueClear();
    void sendNext();
    void send(quint32 program, quint32 version, const Call &call);
    void fail(ErrorKind kind, const QString &message);
    void dropSocket();

    QString m_host;
    QString m_device;
    quint16 m_portmapperPort = detail::rpc::kPortmapPort;
    int m_connectTimeoutMs = kDefaultConnectTimeoutMs;
    quint32 m_readChunk = quint32(kReadBufferSize);
    Phase m_phase = Phase::Portmapper;
    QTcpSocket *m_socket = nullptr; // child; a new one per connection
    QTimer *m_timer;                // child: connect, then per-call deadline
    detail::rpc::RecordReader m_records;
    quint32 m_xid = 0;
    quint32 m_linkId = 0;
    quint32 m_maxRecvSize = 0;
    std::deque<Call> m_calls;
    std::optional<Call> m_inFlight;
    // From beginExchange(): the I/O timeout of the calls, whether the next write() is
    // followed by reads, and their terminating character.
    int m_ioTimeoutMs = kDefaultIoTimeoutMs;
    bool m_replyExpected = false;
    std::optional<char> m_termChar;
};

} // namespace ld
