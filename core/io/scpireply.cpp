// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/scpireply.h"

#include "io/devicetext.h"

namespace ld {

QString ScpiReply::text(int step) const
{
    return DeviceText::decode(responses.value(step)).trimmed();
}

QString ScpiReply::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Timeout:
        return QStringLiteral("timeout");
    case Status::ProtocolError:
        return QStringLiteral("protocol error");
    case Status::Disconnected:
        return QStringLiteral("disconnected");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace ld
