// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/transport.h"

#include <QPointer>

namespace ld {

class GpibController;

/**
 * One instrument address on a GPIB board: a thin transport that goes through the board's
 * GpibController, which owns the real connection. Made by GpibController::createTransport()
 * and used on the controller's thread only. Opening it opens the controller if needed; losing
 * the controller closes every transport of the board.
 */
class GpibTransport final : public Transport
{
    Q_OBJECT
public:
    ~GpibTransport() override;

    void open() override;
    void close() override;
    bool write(const QByteArray &bytes) override;
    void discardInput() override {}
    QString description() const override;
    /** Remembers whether write() is followed by `++read eoi`. */
    void beginExchange(const Exchange &exchange) override;
    /** Ends the read, if one was asked for; `++clr` when its reply was abandoned. */
    void endExchange(bool abandoned) override;

    int primary() const { return m_primary; }
    int secondary() const { return m_secondary; }

private:
    friend class GpibController;
    GpibTransport(GpibController *controller, int primary, int secondary);

    void controllerReady();
    void controllerFailed(bool whileOpening, const QString &message);
    void deliver(const QByteArray &bytes) { Q_EMIT bytesReceived(bytes); }

    QPointer<GpibController> m_controller;
    int m_primary;
    int m_secondary;
    bool m_replyExpected = false; ///< from beginExchange(): write() asks the device to talk
    bool m_reading = false;       ///< a read was asked for and has not ended
};

} // namespace ld
