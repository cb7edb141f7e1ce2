// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

namespace ld::detail {

/**
 * XDR encoding (RFC 4506) of the few types ONC RPC and VXI-11 use: 32-bit big-endian
 * integers and variable-length opaque data padded to a multiple of four bytes.
 */
class XdrWriter
{
public:
    XdrWriter &u32(quint32 value)
    {
        const quint32 big = qToBigEndian(value);
        m_bytes.append(reinterpret_cast<const char *>(&big), 4);
        return *this;
    }
    XdrWriter &i32(qint32 value) { return u32(quint32(value)); }
    /** Variable-length opaque data and strings: length, bytes, zero padding. */
    XdrWriter &opaque(const QByteArray &data)
    {
        u32(quint32(data.size()));
        m_bytes.append(data);
        m_bytes.append((4 - data.size() % 4) % 4, '\0');
        return *this;
    }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

/** Reads XDR values; a read past the end or over a limit leaves ok() false for good. */
class XdrReader
{
public:
    explicit XdrReader(const QByteArray &data, qsizetype offset = 0)
        : m_data(data)
        , m_offset(offset)
    {}

    quint32 u32()
    {
        if (!m_ok || m_data.size() - m_offset < 4) {
            m_ok = false;
            return 0;
        }
        const quint32 value = qFromBigEndian<quint32>(m_data.constData() + m_offset);
        m_offset += 4;
        return value;
    }
    qint32 i32() { return qint32(u32()); }
    /** Variable-length opaque data of at most `maxSize` bytes. */
    QByteArray opaque(quint32 maxSize)
    {
        const quint32 size = u32();
        const qsizetype padded = qsizetype(size) + (4 - size % 4) % 4;
        if (!m_ok || size > maxSize || m_data.size() - m_offset < padded) {
            m_ok = false;
            return {};
        }
        const QByteArray data = m_data.mid(m_offset, size);
        m_offset += padded;
        return data;
    }
    /** Skips an RPC authenticator (flavor and opaque body of at most 400 bytes). */
    void skipAuth()
    {
        u32();
        opaque(400);
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_offset == m_data.size(); }

private:
    const QByteArray &m_data;
    qsizetype m_offset;
    bool m_ok = true;
};

} // namespace ld::detail
