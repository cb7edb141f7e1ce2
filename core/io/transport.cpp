// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/transport.h"

#include "io/serialsettings.h"
#include "io/serialtransport.h"
#include "io/tcptransport.h"
#include "io/visaresource.h"

#include <QIODevice>

namespace ld {

Transport::Transport(QObject *parent)
    : QObject(parent)
{}

Transport::~Transport() = default;

void Transport::deliverAvailable(QIODevice *device)
{
    while (m_state == State::Open && device->bytesAvailable() > 0) {
        const QByteArray chunk = device->read(kReadBufferSize);
        if (chunk.isEmpty())
            break;
        Q_EMIT bytesReceived(chunk); // a receiver may close us: the loop re-checks the state
    }
}

std::unique_ptr<Transport> Transport::create(const VisaResource &resource,
                                             const SerialSettings &settings)
{
    switch (resource.kind()) {
    case VisaResource::Kind::Serial:
        return std::make_unique<SerialTransport>(resource.serialPortName(), settings);
    case VisaResource::Kind::Tcp:
        return std::make_unique<TcpTransport>(resource.host(), resource.port());
    case VisaResource::Kind::Invalid:
        break;
    }
    return nullptr;
}

} // namespace ld
