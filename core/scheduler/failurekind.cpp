// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failurekind.h"

namespace ld {

QString failureKindName(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None:
        return QStringLiteral("none");
    case FailureKind::NoReply:
        return QStringLiteral("no-reply");
    case FailureKind::PartialReply:
        return QStringLiteral("partial-reply");
    case FailureKind::LinkLost:
        return QStringLiteral("link-lost");
    case FailureKind::LinkDown:
        return QStringLiteral("link-down");
    case FailureKind::Garbled:
        return QStringLiteral("garbled");
    case FailureKind::DeviceError:
        return QStringLiteral("device-error");
    case FailureKind::Protocol:
        return QStringLiteral("protocol");
    case FailureKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<FailureKind> failureKindFromName(const QString &name)
{
    for (int k = int(FailureKind::None); k <= int(FailureKind::Other); ++k) {
        if (failureKindName(FailureKind(k)) == name)
            return FailureKind(k);
    }
    return std::nullopt;
}

} // namespace ld
