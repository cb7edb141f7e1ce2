// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/transport.h"

#include "io/serialsettings.h"
#include "io/serialtransport.h"
#include "io/tcptransport.h"
#include "io/usbtmctransport.h"
#include "io/visaresource.h"
#include "io/vxi11transport.h"

#include <QIODevice>

#include <algorithm>

namespace ld {

Transport::Transport(QObject *parent)
    : QObject(parent)
{}

Transport::~Transport() = default;

void Transport::deliverAvailable(QIODevice *device)
{
    qint64 available = 0;
    while (m_state == State::Open && (available = device->bytesAvailable()) > 0) {
        // Sized to what is there: read(kReadBufferSize) would allocate 64 KiB per reply.
        const QByteArray chunk = device->read(std::min(available, kReadBufferSize));
        if (chunk.isEmpty())
            break;
        Q_EMIT bytesReceived(chunk); // a receiver may close us: the loop re-checks the state
    }
}

void Transport::reportOpenLater(bool ok, const QString &error, std::function<void()> afterOpened)
{
    QMetaObject::invokeMethod(
        this,
        [this, ok, error, afterOpened = std::move(afterOpened)] {
            if (m_state != State::Opening)
                return;
            if (ok) {
                m_state = State::Open;
                Q_EMIT opened();
                if (afterOpened && m_state == State::Open)
                    afterOpened();
            } else {
                m_state = State::Closed;
                Q_EMIT errorOccurred(ErrorKind::OpenFailed, error);
            }
        },
        Qt::QueuedConnection);
}

std::unique_ptr<Transport> Transport::create(const VisaResource &resource,
                                             const SerialSettings &settings)
{
    switch (resource.kind()) {
    case VisaResource::Kind::Serial:
        return std::make_unique<SerialTransport>(resource.serialPortName(), settings);
    case VisaResource::Kind::Tcp:
        return std::make_unique<TcpTransport>(resource.host(), resource.port());
    case VisaResource::Kind::Vxi11: {
        auto transport = std::make_unique<Vxi11Transport>(resource.host(), resource.deviceName());
        bool ok = false;
        const uint port = qEnvironmentVariableIntValue("LABDISPATCH_VXI11_PORTMAPPER_PORT", &ok);
        if (ok && port > 0 && port <= 65535)
            transport->setPortmapperPort(quint16(port));
        return transport;
    }
    case VisaResource::Kind::Usbtmc:
        return std::make_unique<UsbtmcTransport>(resource,
                                                 UsbtmcTransport::Paths::fromEnvironment());
    case VisaResource::Kind::Gpib: // through its board's GpibController, not on its own
    case VisaResource::Kind::Invalid:
        break;
    }
    return nullptr;
}

} // namespace ld
