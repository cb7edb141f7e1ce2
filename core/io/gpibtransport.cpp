// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/gpibtransport.h"

#include "io/gpibcontroller.h"

namespace ld {

GpibTransport::GpibTransport(GpibController *controller, int primary, int secondary)
    : m_controller(controller)
    , m_primary(primary)
    , m_secondary(secondary)
{}

GpibTransport::~GpibTransport()
{
    if (m_controller)
        m_controller->detach(this);
}

QString GpibTransport::description() const
{
    const QString where = m_controller ? m_controller->description() : tr("a removed controller");
    const QString address = m_secondary < 0
                                ? QString::number(m_primary)
                                : QStringLiteral("%1/%2").arg(m_primary).arg(m_secondary);
    return tr("GPIB address %1 (%2)").arg(address, where);
}

void GpibTransport::open()
{
    if (state() != State::Closed)
        return;
    setState(State::Opening);
    if (!m_controller) {
        // Reported on the next turn, as every transport does: callers never re-enter.
        QMetaObject::invokeMethod(
            this, [this] { controllerFailed(true, tr("the GPIB controller was removed")); },
            Qt::QueuedConnection);
        return;
    }
    m_controller->openFor(this);
}

void GpibTransport::close()
{
    if (state() == State::Closed)
        return;
    setState(State::Closed);
    if (m_controller)
        m_controller->closeFor(this);
    Q_EMIT closed();
}

bool GpibTransport::write(const QByteArray &bytes)
{
    if (state() != State::Open || !m_controller || !m_controller->send(this, bytes))
        return false;
    if (std::exchange(m_replyExpected, false)) {
        m_reading = true;
        m_controller->read(this);
    }
    return true;
}

void GpibTransport::beginExchange(const Exchange &exchange)
{
    m_replyExpected = exchange.replyExpected;
}

void GpibTransport::endExchange(bool abandoned)
{
    m_replyExpected = false;
    if (std::exchange(m_reading, false) && m_controller)
        m_controller->endRead(this, abandoned && state() == State::Open);
}

void GpibTransport::controllerReady()
{
    if (state() != State::Opening)
        return;
    setState(State::Open);
    Q_EMIT opened();
}

void GpibTransport::controllerFailed(bool whileOpening, const QString &message)
{
    if (whileOpening) {
        if (state() != State::Opening)
            return;
        setState(State::Closed);
        Q_EMIT errorOccurred(ErrorKind::OpenFailed, message);
        return;
    }
    if (state() != State::Open)
        return;
    setState(State::Closed);
    Q_EMIT errorOccurred(ErrorKind::Disconnected, message);
    Q_EMIT closed();
}

} // namespace ld
