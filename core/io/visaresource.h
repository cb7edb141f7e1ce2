// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ld {

/**
 * An instrument address in VISA resource syntax, the form lab users already know. Supported:
 * serial `ASRL<device>::INSTR` (a device path such as `/dev/ttyUSB0`, or a board number /
 * `COMn` as on Windows), raw LAN sockets `TCPIP[board]::<host>::<port>::SOCKET`, VXI-11
 * `TCPIP[board]::<host>[::<device>]::INSTR` (host: name, IPv4, or bracketed IPv6; device name
 * `inst0` when left out) and GPIB `GPIB[board]::<primary>[::<secondary>]::INSTR` (primary
 * 0-30, secondary 0-30 as VISA writes it; the bench binds a board to a controller) and USBTMC
 * `USB[board]::<vendor>::<product>::<serial>[::<interface>]::INSTR` (vendor and product IDs in
 * hex `0x0957` or decimal, the serial as the device reports it, the interface number 0-254).
 * Keywords are case-insensitive, as in VISA. A default-constructed value is invalid.
 */
class VisaResource
{
    Q_DECLARE_TR_FUNCTIONS(ld::VisaResource)

public:
    enum class Kind { Invalid, Serial, Tcp, Vxi11, Gpib, Usbtmc };

    VisaResource() = default;

    /**
     * Parses and validates `text`. On failure returns an invalid value and, when `error` is
     * given, a message that names the offending part and quotes the input.
     */
    static VisaResource parse(const QString &text, QString *error = nullptr);
    static VisaResource serial(const QString &device);
    static VisaResource tcp(const QString &host, quint16 port, int board = 0);
    /** `secondary` -1: none. */
    static VisaResource gpib(int board, int primary, int secondary = -1);
    static VisaResource vxi11(const QString &host, const QString &device, int board = 0);
    /** `interfaceNumber` -1: none given (the device's first USBTMC interface). */
    static VisaResource usbtmc(int board, quint16 vendorId, quint16 productId,
                               const QString &serial, int interfaceNumber = -1);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    /**
     * Canonical form: upper-case keywords, board 0 made explicit, IPv6 normalised, a serial
     * device path cleaned (`/dev//pts/4` and `/dev/./pts/4` are `/dev/pts/4`).
     */
    QString toString() const;
    /**
     * The same for every spelling of one device, for telling whether two resources open the
     * same thing: toString(), with a serial device path that exists resolved through its
     * symbolic links (`/dev/serial/by-id/...` is its `/dev/ttyUSBn`). Reads the file system.
     */
    QString deviceKey() const;

    /** Serial: the device as written after ASRL (`/dev/ttyUSB0`, `3`, `COM3`). */
    QString serialDevice() const { return m_kind == Kind::Serial ? m_host : QString(); }
    /**
     * Serial: the name to hand to QSerialPort. A device path is used as is; a bare board
     * number `n` means COMn, as VISA defines it on Windows.
     */
    QString serialPortName() const;

    int board() const { return m_board; }
    /** TCP and VXI-11: host name or address without brackets. */
    QString host() const
    {
        return m_kind == Kind::Tcp || m_kind == Kind::Vxi11 ? m_host : QString();
    }
    quint16 port() const { return m_port; }
    /** GPIB: the primary address 0-30. */
    int gpibPrimary() const { return m_kind == Kind::Gpib ? m_port : -1; }
    /** GPIB: the secondary address 0-30 as VISA writes it, or -1 for none. */
    int gpibSecondary() const { return m_kind == Kind::Gpib ? m_secondary : -1; }
    /** VXI-11: the device name on the host (`inst0`, `gpib0,5`). */
    QString deviceName() const { return m_device; }
    /** USBTMC: the vendor ID (idVendor). */
    quint16 usbVendorId() const { return m_kind == Kind::Usbtmc ? m_usbVendor : 0; }
    /** USBTMC: the product ID (idProduct). */
    quint16 usbProductId() const { return m_kind == Kind::Usbtmc ? m_port : 0; }
    /** USBTMC: the serial number as the device reports it (case kept). */
    QString usbSerial() const { return m_kind == Kind::Usbtmc ? m_device : QString(); }
    /** USBTMC: the interface number (bInterfaceNumber), or -1 for none given. */
    int usbInterface() const { return m_kind == Kind::Usbtmc ? m_secondary : -1; }

    friend bool operator==(const VisaResource &a, const VisaResource &b)
    {
        return a.m_kind == b.m_kind && a.m_host == b.m_host && a.m_port == b.m_port &&
               a.m_board == b.m_board && a.m_secondary == b.m_secondary &&
               a.m_device == b.m_device && a.m_usbVendor == b.m_usbVendor;
    }
    friend bool operator!=(const VisaResource &a, const VisaResource &b) { return !(a == b); }

private:
    Kind m_kind = Kind::Invalid;
    QString m_host;     // TCP host, or the serial device
    quint16 m_port = 0; // TCP port, the GPIB primary address, or the USB product ID
    int m_board = 0;
    int m_secondary = -1;    // GPIB secondary address or USB interface number; -1: none
    QString m_device;        // VXI-11 device name, or the USB serial number
    quint16 m_usbVendor = 0; // USB vendor ID
};

} // namespace ld
