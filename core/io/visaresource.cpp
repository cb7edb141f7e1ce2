// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/visaresource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QStringList>

namespace ld {

namespace {

const QString kSep = QStringLiteral("::");

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

/**
 * A VXI-11 device name as instruments and gateways use them: letters, a number, then up to
 * two comma-separated numbers (`inst0`, `gpib0,5`, `gpib0,5,1`).
 */
bool isDeviceName(const QString &device)
{
    qsizetype i = 0;
    while (i < device.size() && device.at(i).isLetter() && device.at(i).unicode() < 128)
        ++i;
    if (i == 0 || device.size() > 64)
        return false;
    const QStringList numbers = device.mid(i).split(QLatin1Char(','));
    if (numbers.size() > 3)
        return false;
    for (qsizetype n = 0; n < numbers.size(); ++n) {
        if (n == 0 ? !numbers.at(n).isEmpty() && !allDigits(numbers.at(n))
                   : !allDigits(numbers.at(n)))
            return false;
    }
    return true;
}

/** Dotted quad with four decimal parts 0-255; returns the canonical form or empty. */
QString canonicalIpv4(const QString &host)
{
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return {};
    QStringList out;
    for (const QString &p : parts) {
        if (!allDigits(p) || p.size() > 3 || p.toInt() > 255)
            return {};
        out << QString::number(p.toInt());
    }
    return out.join(QLatin1Char('.'));
}

/** RFC 1123 host name: dot-separated labels of letters, digits and inner hyphens. */
bool isHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                            (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                            c == QLatin1Char('-');
            if (!ok)
                return false;
        }
    }
    return true;
}

bool isHexDigits(const QString &s)
{
    for (const QChar c : s) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return false;
    }
    return s.size() <= 4;
}

bool looksNumeric(const QString &host)
{
    for (const QChar c : host) {
        if (c != QLatin1Char('.') && (c < QLatin1Char('0') || c > QLatin1Char('9')))
            return false;
    }
    return true;
}

VisaResource failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

/**
 * Splits the board number off `text` after its interface keyword (`keywordLength` letters):
 * `rest` becomes what follows the "::". Empty with `error` set when malformed.
 */
std::optional<int> takeBoard(const QString &text, qsizetype keywordLength, QString *rest,
                             QString *error)
{
    *rest = text.mid(keywordLength);
    qsizetype digits = 0;
    while (digits < rest->size() && rest->at(digits).isDigit())
        ++digits;
    const QString keyword = text.left(keywordLength).toUpper();
    const QString boardText = rest->left(digits);
    *rest = rest->mid(digits);
    if (!rest->startsWith(kSep)) {
        failed(
            error,
            VisaResource::tr("expected '::' after '%1%2' in '%3'").arg(keyword, boardText, text));
        return std::nullopt;
    }
    if (boardText.size() > 3) {
        failed(error, VisaResource::tr("%1 board number %2 is out of range 0-999 in '%3'")
                          .arg(keyword, boardText, text));
        return std::nullopt;
    }
    *rest = rest->mid(2);
    return boardText.isEmpty() ? 0 : boardText.toInt();
}

} // namespace

VisaResource VisaResource::serial(const QString &device)
{
    VisaResource r;
    r.m_kind = Kind::Serial;
    r.m_host = device;
    r.m_board = allDigits(device) ? device.toInt() : 0;
    return r;
}

VisaResource VisaResource::tcp(const QString &host, quint16 port, int board)
{
    VisaResource r;
    r.m_kind = Kind::Tcp;
    r.m_host = host;
    r.m_port = port;
    r.m_board = board;
    return r;
}

VisaResource VisaResource::gpib(int board, int primary, int secondary)
{
    VisaResource r;
    r.m_kind = Kind::Gpib;
    r.m_board = board;
    r.m_port = quint16(primary);
    r.m_secondary = secondary;
    return r;
}

namespace {

/**
 * `GPIB[board]::<primary>[::<secondary>]::INSTR`. VISA writes the secondary address as 0-30
 * (VI_ATTR_GPIB_SECONDARY_ADDR); 96-126 is how the bus encodes it (and Prologix's ++addr takes
 * it), so it is refused with a hint rather than guessed.
 */
VisaResource parseGpib(const QString &text, QString *error)
{
    QString rest;
    const std::optional<int> board = takeBoard(text, 4, &rest, error);
    if (!board)
        return {};
    const QStringList parts = rest.split(kSep);
    const QString &last = parts.constLast();
    if (last.compare(QLatin1String("INTFC"), Qt::CaseInsensitive) == 0)
        return failed(error, VisaResource::tr("'%1' is a GPIB interface, not an instrument; "
                                              "use GPIB<board>::<address>::INSTR")
                                 .arg(text));
    if (parts.size() < 2 || last.compare(QLatin1String("INSTR"), Qt::CaseInsensitive) != 0)
        return failed(error, VisaResource::tr("missing '::INSTR' at the end of '%1'").arg(text));
    if (parts.size() > 3)
        return failed(error, VisaResource::tr("too many '::' parts in '%1'").arg(text));
    int addresses[2] = {-1, -1};
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QString &a = parts.at(i);
        const QString which = i == 0 ? VisaResource::tr("primary") : VisaResource::tr("secondary");
        if (a.isEmpty())
            return failed(error,
                          VisaResource::tr("missing %1 GPIB address in '%2'").arg(which, text));
        if (!allDigits(a))
            return failed(error, VisaResource::tr("%1 GPIB address '%2' is not a number in '%3'")
                                     .arg(which, a, text));
        const int value = a.size() > 3 ? 1000 : a.toInt();
        if (i == 1 && value >= 96 && value <= 126)
            return failed(error,
                          VisaResource::tr("secondary GPIB address %1 is the bus encoding; VISA "
                                           "writes it as 0-30 (here %2) in '%3'")
                              .arg(a, QString::number(value - 96), text));
        if (value > 30)
            return failed(error, VisaResource::tr("%1 GPIB address %2 is out of range 0-30 in '%3'")
                                     .arg(which, a, text));
        addresses[i] = value;
    }
    return VisaResource::gpib(*board, addresses[0], addresses[1]);
}

/** A USB vendor or product ID: `0x` and 1-4 hex digits, or a decimal number 0-65535. */
std::optional<quint16> usbId(const QString &text)
{
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        const QString digits = text.mid(2);
        if (digits.isEmpty() || !isHexDigits(digits))
            return std::nullopt;
        return quint16(digits.toUInt(nullptr, 16));
    }
    if (!allDigits(text) || text.size() > 5 || text.toUInt() > 0xFFFF)
        return std::nullopt;
    return quint16(text.toUInt());
}

/**
 * `USB[board]::<vendor>::<product>::<serial>[::<interface>]::INSTR`. `::RAW` (USB devices that
 * are not USBTMC) is refused: only the usbtmc driver's devices are spoken to.
 */
VisaResource parseUsb(const QString &text, QString *error)
{
    QString rest;
    const std::optional<int> board = takeBoard(text, 3, &rest, error);
    if (!board)
        return {};
    const QStringList parts = rest.split(kSep);
    const QString &last = parts.constLast();
    if (last.compare(QLatin1String("RAW"), Qt::CaseInsensitive) == 0)
        return failed(error, VisaResource::tr("'%1' is a raw USB device; only USBTMC "
                                              "instruments (USB::<vendor>::<product>::<serial>"
                                              "::INSTR) are supported")
                                 .arg(text));
    if (parts.size() < 2 || last.compare(QLatin1String("INSTR"), Qt::CaseInsensitive) != 0)
        return failed(error, VisaResource::tr("missing '::INSTR' at the end of '%1'").arg(text));
    if (parts.size() < 4)
        return failed(error, VisaResource::tr("expected USB::<vendor>::<product>::<serial>"
                                              "[::<interface>]::INSTR in '%1'")
                                 .arg(text));
    if (parts.size() > 5)
        return failed(error, VisaResource::tr("too many '::' parts in '%1'").arg(text));
    quint16 ids[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        const QString which = i == 0 ? VisaResource::tr("vendor") : VisaResource::tr("product");
        const std::optional<quint16> id = usbId(parts.at(i));
        if (!id)
            return failed(error, VisaResource::tr("USB %1 ID '%2' is not 0x0000-0xFFFF or "
                                                  "0-65535 in '%3'")
                                     .arg(which, parts.at(i), text));
        ids[i] = *id;
    }
    const QString &serial = parts.at(2);
    if (serial.isEmpty())
        return failed(error, VisaResource::tr("missing USB serial number in '%1'").arg(text));
    if (serial.contains(QLatin1Char(':')))
        return failed(
            error,
            VisaResource::tr("USB serial number '%1' contains ':' in '%2'").arg(serial, text));
    int interfaceNumber = -1;
    if (parts.size() == 5) {
        const QString &number = parts.at(3);
        if (!allDigits(number) || number.size() > 3 || number.toInt() > 254)
            return failed(error, VisaResource::tr("USB interface number '%1' is not 0-254 in '%2'")
                                     .arg(number, text));
        interfaceNumber = number.toInt();
    }
    return VisaResource::usbtmc(*board, ids[0], ids[1], serial, interfaceNumber);
}
} // namespace

VisaResource VisaResource::vxi11(const QString &host, const QString &device, int board)
{
    VisaResource r;
    r.m_kind = Kind::Vxi11;
    r.m_host = host;
    r.m_device = device;
    r.m_board = board;
    return r;
}

VisaResource VisaResource::usbtmc(int board, quint16 vendorId, quint16 productId,
                                  const QString &serial, int interfaceNumber)
{
    VisaResource r;
    r.m_kind = Kind::Usbtmc;
    r.m_board = board;
    r.m_usbVendor = vendorId;
    r.m_port = productId;
    r.m_device = serial;
    r.m_secondary = interfaceNumber;
    return r;
}

VisaResource VisaResource::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failed(error, tr("empty resource string"));
    for (const QChar c : text) {
        if (c.isSpace() || !c.isPrint())
            return failed(error,
                          tr("spaces and control characters are not allowed in '%1'").arg(text));
    }
    const QString upper = text.toUpper();

    if (upper.startsWith(QLatin1String("ASRL"))) {
        const QString rest = text.mid(4);
        const qsizetype sep = rest.indexOf(kSep);
        if (sep < 0)
            return failed(error, tr("missing '::INSTR' at the end of '%1'").arg(text));
        const QString device = rest.left(sep);
        const QString suffix = rest.mid(sep + 2);
        if (device.isEmpty())
            return failed(error, tr("missing serial device after 'ASRL' in '%1'").arg(text));
        if (suffix.contains(kSep))
            return failed(error, tr("too many '::' parts in '%1'").arg(text));
        if (suffix.compare(QLatin1String("INSTR"), Qt::CaseInsensitive) != 0)
            return failed(
                error,
                tr("expected 'INSTR' after the serial device, got '%1' in '%2'").arg(suffix, text));
        if (allDigits(device)) {
            if (device.size() > 3 || device.toInt() < 1)
                return failed(
                    error,
                    tr("serial board number %1 is out of range 1-999 in '%2'").arg(device, text));
            return serial(QString::number(device.toInt()));
        }
        const QString deviceUpper = device.toUpper();
        if (deviceUpper.startsWith(QLatin1String("COM")) && allDigits(device.mid(3)) &&
            device.size() <= 6)
            return serial(deviceUpper);
        if (!device.startsWith(QLatin1Char('/')) || device.endsWith(QLatin1Char('/')) ||
            QDir::cleanPath(device).size() < 2)
            return failed(error, tr("serial device '%1' must be an absolute device path such "
                                    "as /dev/ttyUSB0, a board number or COMn, in '%2'")
                                     .arg(device, text));
        return serial(QDir::cleanPath(device));
    }

    if (upper.startsWith(QLatin1String("TCPIP"))) {
        QString rest = text.mid(5);
        qsizetype digits = 0;
        while (digits < rest.size() && rest.at(digits).isDigit())
            ++digits;
        const QString boardText = rest.left(digits);
        rest = rest.mid(digits);
        if (!rest.startsWith(kSep))
            return failed(error, tr("expected '::' after 'TCPIP%1' in '%2'").arg(boardText, text));
        if (boardText.size() > 3)
            return failed(
                error,
                tr("TCPIP board number %1 is out of range 0-999 in '%2'").arg(boardText, text));
        const int board = boardText.isEmpty() ? 0 : boardText.toInt();
        rest = rest.mid(2);

        QString host;
        if (rest.startsWith(QLatin1Char('['))) {
            const qsizetype close = rest.indexOf(QLatin1Char(']'));
            if (close < 0)
                return failed(error,
                              tr("unterminated '[' around the IPv6 address in '%1'").arg(text));
            const QString address = rest.mid(1, close - 1);
            QHostAddress parsed;
            if (!parsed.setAddress(address) || parsed.protocol() != QAbstractSocket::IPv6Protocol)
                return failed(error,
                              tr("'%1' is not a valid IPv6 address in '%2'").arg(address, text));
            host = parsed.toString();
            rest = rest.mid(close + 1);
            if (!rest.startsWith(kSep))
                return failed(error, tr("expected '::' after ']' in '%1'").arg(text));
            rest = rest.mid(2);
        } else {
            // An unbracketed IPv6 address splits into extra '::' parts: say what to do.
            const QStringList all = rest.split(kSep);
            if (all.size() > 3 && isHexDigits(all.constFirst()))
                return failed(error, tr("IPv6 addresses must be written in brackets, as in "
                                        "TCPIP0::[fe80::1]::5025::SOCKET, in '%1'")
                                         .arg(text));
            const qsizetype sep = rest.indexOf(kSep);
            host = sep < 0 ? rest : rest.left(sep);
            rest = sep < 0 ? QString() : rest.mid(sep + 2);
            if (host.isEmpty())
                return failed(error, tr("missing host in '%1'").arg(text));
            if (host.contains(QLatin1Char(':')))
                return failed(error, tr("IPv6 addresses must be written in brackets, as in "
                                        "TCPIP0::[fe80::1]::5025::SOCKET, in '%1'")
                                         .arg(text));
            if (looksNumeric(host)) {
                const QString v4 = canonicalIpv4(host);
                if (v4.isEmpty())
                    return failed(error,
                                  tr("'%1' is not a valid IPv4 address in '%2'").arg(host, text));
                host = v4;
            } else if (!isHostName(host)) {
                return failed(error, tr("'%1' is not a valid host name in '%2'").arg(host, text));
            } else {
                host = host.toLower();
            }
        }

        const QStringList parts = rest.split(kSep);
        const QString &last = parts.constLast();
        if (last.compare(QLatin1String("INSTR"), Qt::CaseInsensitive) == 0) {
            if (parts.size() > 2)
                return failed(error, tr("too many '::' parts in '%1'").arg(text));
            const QString device = parts.size() == 2 ? parts.constFirst() : QStringLiteral("inst0");
            if (device.startsWith(QLatin1String("hislip"), Qt::CaseInsensitive))
                return failed(error, tr("'%1' is a HiSLIP address; only VXI-11 "
                                        "(TCPIP::<host>[::inst0]::INSTR) and raw sockets "
                                        "(TCPIP::<host>::<port>::SOCKET) are supported")
                                         .arg(text));
            if (!isDeviceName(device) && isHexDigits(host) && isHexDigits(device))
                return failed(error, tr("IPv6 addresses must be written in brackets, as in "
                                        "TCPIP0::[fe80::1]::inst0::INSTR, in '%1'")
                                         .arg(text));
            if (!isDeviceName(device))
                return failed(error, tr("'%1' is not a VXI-11 device name such as inst0 or "
                                        "gpib0,5 in '%2'")
                                         .arg(device, text));
            return vxi11(host, device, board);
        }
        if (rest.isEmpty() || parts.size() < 2)
            return failed(error, tr("missing '::<port>::SOCKET' or '::INSTR' in '%1'").arg(text));
        if (parts.size() > 2)
            return failed(error, tr("too many '::' parts in '%1'").arg(text));
        if (last.compare(QLatin1String("SOCKET"), Qt::CaseInsensitive) != 0)
            return failed(error,
                          tr("expected 'SOCKET' at the end, got '%1' in '%2'").arg(last, text));
        const QString &portText = parts.constFirst();
        if (portText.isEmpty())
            return failed(error, tr("missing port in '%1'").arg(text));
        if (!allDigits(portText))
            return failed(error, tr("port '%1' is not a number in '%2'").arg(portText, text));
        const qlonglong port = portText.size() > 9 ? -1 : portText.toLongLong();
        if (port < 1 || port > 65535)
            return failed(error, tr("port %1 is out of range 1-65535 in '%2'").arg(portText, text));
        return tcp(host, quint16(port), board);
    }

    if (upper.startsWith(QLatin1String("GPIB")) && !upper.startsWith(QLatin1String("GPIB-VXI")))
        return parseGpib(text, error);

    if (upper.startsWith(QLatin1String("USB")))
        return parseUsb(text, error);

    qsizetype letters = 0;
    while (letters < text.size() && text.at(letters).isLetter())
        ++letters;
    const QString interface = upper.left(letters);
    if (interface.isEmpty())
        return failed(error, tr("'%1' does not start with an interface keyword such as ASRL or "
                                "TCPIP")
                                 .arg(text));
    return failed(error, tr("interface '%1' is not supported in '%2'; use ASRL<device>::INSTR, "
                            "TCPIP::<host>::<port>::SOCKET, TCPIP::<host>::INSTR, "
                            "GPIB::<address>::INSTR or USB::<vendor>::<product>::<serial>::INSTR")
                             .arg(interface, text));
}

QString VisaResource::serialPortName() const
{
    if (m_kind != Kind::Serial)
        return {};
    if (allDigits(m_host))
        return QStringLiteral("COM") + m_host;
    return m_host;
}

QString VisaResource::deviceKey() const
{
    if (m_kind == Kind::Serial && m_host.startsWith(QLatin1Char('/'))) {
        const QString resolved = QFileInfo(m_host).canonicalFilePath();
        if (!resolved.isEmpty())
            return VisaResource::serial(resolved).toString();
    }
    return toString();
}

QString VisaResource::toString() const
{
    switch (m_kind) {
    case Kind::Serial:
        return QStringLiteral("ASRL%1::INSTR").arg(m_host);
    case Kind::Tcp: {
        const QString host = m_host.contains(QLatin1Char(':'))
                                 ? QLatin1Char('[') + m_host + QLatin1Char(']')
                                 : m_host;
        // One arg() call: chained, a '%1' inside the host (an IPv6 scope) would be replaced.
        return QStringLiteral("TCPIP%1::%2::%3::SOCKET")
            .arg(QString::number(m_board), host, QString::number(m_port));
    }
    case Kind::Gpib:
        return m_secondary < 0 ? QStringLiteral("GPIB%1::%2::INSTR").arg(m_board).arg(m_port)
                               : QStringLiteral("GPIB%1::%2::%3::INSTR")
                                     .arg(QString::number(m_board), QString::number(m_port),
                                          QString::number(m_secondary));
    case Kind::Vxi11: {
        const QString host = m_host.contains(QLatin1Char(':'))
                                 ? QLatin1Char('[') + m_host + QLatin1Char(']')
                                 : m_host;
        return QStringLiteral("TCPIP%1::%2::%3::INSTR")
            .arg(QString::number(m_board), host, m_device);
    }
    case Kind::Usbtmc: {
        const auto hex = [](quint16 id) {
            return QStringLiteral("0x") +
                   QString::number(id, 16).rightJustified(4, QLatin1Char('0')).toUpper();
        };
        const QString head = QStringLiteral("USB%1::%2::%3::")
                                 .arg(QString::number(m_board), hex(m_usbVendor), hex(m_port));
        // Appended, not arg()'d: a '%1' in the serial would be taken for a placeholder.
        return m_secondary < 0 ? head + m_device + QStringLiteral("::INSTR")
                               : head + m_device + kSep + QString::number(m_secondary) +
                                     QStringLiteral("::INSTR");
    }
    case Kind::Invalid:
        break;
    }
    return {};
}

} // namespace ld
