// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressrange.h"

#include "io/visaresource.h"

#include <QHostAddress>

namespace ld {

namespace {
/** "5025" or "5025-5030" into first and last port; false for anything else. */
bool parsePorts(const QString &text, quint16 *first, quint16 *last)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() > 2)
        return false;
    bool ok1 = false, ok2 = false;
    const uint a = parts.at(0).trimmed().toUInt(&ok1);
    const uint b = parts.size() == 2 ? parts.at(1).trimmed().toUInt(&ok2) : a;
    if (parts.size() == 1)
        ok2 = ok1;
    if (!ok1 || !ok2 || a == 0 || b == 0 || a > 65535 || b > 65535 || b < a)
        return false;
    *first = quint16(a);
    *last = quint16(b);
    return true;
}
} // namespace

std::optional<QStringList> AddressRange::expand(const QStringList &lines, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QStringList> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QStringList out;
    qint64 named = 0;
    auto add = [&](const QString &resource) {
        if (!out.contains(resource, Qt::CaseInsensitive))
            out.append(resource);
    };
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("TCPIP"), Qt::CaseInsensitive)) {
            QString why;
            const VisaResource r = VisaResource::parse(line, &why);
            if (!r.isValid() || r.kind() != VisaResource::Kind::Tcp)
                return fail(tr("'%1' is not a LAN address: %2").arg(line, why));
            ++named;
            add(r.toString());
            continue;
        }
        // host[:ports] with IPv6 hosts in brackets, or a.b.c.d/prefix[:ports].
        QString host = line;
        QString ports;
        const int close = line.lastIndexOf(QLatin1Char(']'));
        const int colon = line.lastIndexOf(QLatin1Char(':'));
        if (colon > close) {
            host = line.left(colon).trimmed();
            ports = line.mid(colon + 1);
        }
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        const int slash = host.indexOf(QLatin1Char('/'));
        quint16 firstPort = kDefaultPort, lastPort = kDefaultPort;
        if (!ports.isEmpty() && !parsePorts(ports, &firstPort, &lastPort))
            return fail(tr("'%1' is not a LAN address: '%2' is not a port or a port range "
                           "such as 5025-5030")
                            .arg(line, ports));
        if (host.isEmpty() || (ports.isEmpty() && slash < 0))
            return fail(tr("'%1' is not a LAN address: write host:port (192.168.1.5:5025), "
                           "host:first-last (192.168.1.5:5025-5030) or a subnet "
                           "(192.168.1.0/24)")
                            .arg(line));
        QStringList hosts;
        qint64 hostCount = 1;
        if (slash >= 0) {
            const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(host);
            if (subnet.first.protocol() != QAbstractSocket::IPv4Protocol || subnet.second < 0)
                return fail(tr("'%1' is not a LAN address: '%2' is not an IPv4 subnet such as "
                               "192.168.1.0/24")
                                .arg(line, host));
            const int hostBits = 32 - subnet.second;
            hostCount = hostBits >= 2 ? (qint64(1) << hostBits) - 2 : (qint64(1) << hostBits);
            named += hostCount * (lastPort - firstPort + 1);
            if (named > kMaxAddresses)
                break;
            const quint32 base = subnet.first.toIPv4Address();
            const quint32 start = hostBits >= 2 ? base + 1 : base;
            for (qint64 i = 0; i < hostCount; ++i)
                hosts.append(QHostAddress(start + quint32(i)).toString());
        } else {
            named += lastPort - firstPort + 1;
            if (named > kMaxAddresses)
                break;
            hosts.append(host);
        }
        for (const QString &h : std::as_const(hosts))
            for (uint port = firstPort; port <= lastPort; ++port)
                add(VisaResource::tcp(h, quint16(port)).toString());
    }
    if (named > kMaxAddresses)
        return fail(tr("The LAN addresses name more than %1 addresses; probe a smaller range.")
                        .arg(kMaxAddresses));
    return out;
}

} // namespace ld
