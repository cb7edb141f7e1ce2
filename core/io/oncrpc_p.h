// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/xdr_p.h"

#include <QByteArray>

#include <optional>

// ONC RPC version 2 (RFC 5531) over TCP, as far as VXI-11 needs it: calls with AUTH_NULL,
// accepted and denied replies, record marking (RFC 5531 section 11), and the portmapper's
// GETPORT (RFC 1833, program 100000 version 2). Shared by Vxi11Transport and the simulator.
namespace ld::detail::rpc {

constexpr quint32 kCall = 0;
constexpr quint32 kReply = 1;
constexpr quint32 kRpcVersion = 2;
constexpr quint32 kMsgAccepted = 0;
constexpr quint32 kMsgDenied = 1;

/** accept_stat of an accepted reply. */
enum AcceptStat : quint32 {
    Success = 0,
    ProgUnavail = 1,
    ProgMismatch = 2,
    ProcUnavail = 3,
    GarbageArgs = 4,
    SystemErr = 5
};

constexpr quint32 kPortmapProgram = 100000;
constexpr quint32 kPortmapVersion = 2;
constexpr quint32 kPortmapGetPort = 3;
constexpr quint32 kIpProtoTcp = 6;
constexpr quint16 kPortmapPort = 111;

/** Largest record either side accepts: a VXI-11 read or write chunk plus headers. */
constexpr quint32 kMaxRecord = 8 * 1024 * 1024;
constexpr quint32 kLastFragment = 0x80000000u;

/** `message` as one record: a single fragment marked last. */
inline QByteArray record(const QByteArray &message)
{
    XdrWriter header;
    header.u32(kLastFragment | quint32(message.size()));
    return header.bytes() + message;
}

/** A call header with AUTH_NULL credentials and verifier; the arguments follow. */
inline XdrWriter callHeader(quint32 xid, quint32 program, quint32 version, quint32 procedure)
{
    XdrWriter w;
    w.u32(xid).u32(kCall).u32(kRpcVersion).u32(program).u32(version).u32(procedure);
    w.u32(0).u32(0); // credentials: AUTH_NULL, empty
    w.u32(0).u32(0); // verifier: AUTH_NULL, empty
    return w;
}

/** The fixed part of a call message (RFC 5531 section 9); the arguments follow. */
struct CallHeader
{
    quint32 xid = 0;
    quint32 type = 0;
    quint32 rpcVersion = 0;
    quint32 program = 0;
    quint32 version = 0;
    quint32 procedure = 0;
};

/** Reads a call header, credentials and verifier skipped; `reader.ok()` says if it was whole. */
inline CallHeader readCallHeader(XdrReader &reader)
{
    CallHeader h;
    h.xid = reader.u32();
    h.type = reader.u32();
    h.rpcVersion = reader.u32();
    h.program = reader.u32();
    h.version = reader.u32();
    h.procedure = reader.u32();
    reader.skipAuth(); // credentials
    reader.skipAuth(); // verifier
    return h;
}

/** An accepted reply header with AUTH_NULL verifier; the results follow on Success. */
inline XdrWriter acceptedReply(quint32 xid, AcceptStat stat)
{
    XdrWriter w;
    w.u32(xid).u32(kReply).u32(kMsgAccepted).u32(0).u32(0).u32(stat);
    return w;
}

/**
 * Joins record-marking fragments from a byte stream into whole records. A fragment or a
 * record over kMaxRecord makes the stream unusable (failed() is then true).
 */
class RecordReader
{
public:
    void append(const QByteArray &bytes) { m_input.append(bytes); }
    /** The next complete record, if one is there. */
    std::optional<QByteArray> next()
    {
        while (!m_failed && m_input.size() - m_offset >= 4) {
            const quint32 header = qFromBigEndian<quint32>(m_input.constData() + m_offset);
            const quint32 length = header & ~kLastFragment;
            if (length > kMaxRecord || quint64(m_record.size()) + length > kMaxRecord) {
                m_failed = true;
                break;
            }
            if (m_input.size() - m_offset - 4 < qsizetype(length))
                break;
            m_record.append(m_input.constData() + m_offset + 4, length);
            m_offset += 4 + length;
            if (m_offset == m_input.size()) {
                m_input.clear();
                m_offset = 0;
            }
            if (header & kLastFragment)
                return std::exchange(m_record, QByteArray());
        }
        if (m_offset > 0 && m_offset >= m_input.size() / 2) {
            m_input.remove(0, m_offset);
            m_offset = 0;
        }
        return std::nullopt;
    }
    bool failed() const { return m_failed; }
    void clear()
    {
        m_input.clear();
        m_record.clear();
        m_offset = 0;
        m_failed = false;
    }

private:
    QByteArray m_input;
    QByteArray m_record;
    qsizetype m_offset = 0;
    bool m_failed = false;
};

} // namespace ld::detail::rpc
