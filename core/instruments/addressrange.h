// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace ld {

/**
 * Turns the LAN lines a user types for discovery into single TCPIP socket resources: one
 * address ("host:port", "[::1]:5025", a TCPIP...::SOCKET resource), a port range
 * ("host:5025-5030"), or an IPv4 subnet ("192.168.1.0/24", port 5025 unless given, as in
 * "127.0.0.0/29:5025-5030"; its network and broadcast addresses are left out). Bounded: a set
 * of lines that names more than kMaxAddresses addresses is refused, never probed in part.
 */
class AddressRange
{
    Q_DECLARE_TR_FUNCTIONS(ld::AddressRange)
public:
    static constexpr int kMaxAddresses = 1024;
    /** The SCPI raw socket port, for a subnet written without one. */
    static constexpr quint16 kDefaultPort = 5025;

    /** Every address of `lines` in order, without repeats, or nullopt with the reason. */
    static std::optional<QStringList> expand(const QStringList &lines, QString *error);
};

} // namespace ld
