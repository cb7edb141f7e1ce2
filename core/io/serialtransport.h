// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/serialsettings.h"
#include "io/transport.h"

#include <QSerialPort>

namespace ld {

/**
 * A serial port through QSerialPort, opened by device path (`/dev/ttyUSB0`, `/dev/pts/7`).
 * Losing the device (unplug, pty hang-up) ends as errorOccurred(Disconnected) then closed().
 */
class SerialTransport final : public Transport
{
    Q_OBJECT
public:
    SerialTransport(QString portName, SerialSettings settings, QObject *parent = nullptr);
    ~SerialTransport() override;

    void open() override;
    void close() override;
    bool write(const QByteArray &bytes) override;
    void discardInput() override;
    bool joinsCommands() const override { return true; }
    QString description() const override { return m_portName; }

private:
    void readAvailable();
    void handleError(QSerialPort::SerialPortError error);
    void fail(ErrorKind kind, const QString &message);

    QString m_portName;
    SerialSettings m_settings;
    QSerialPort *m_port; // child: moves with this object to its I/O thread
};

} // namespace ld
