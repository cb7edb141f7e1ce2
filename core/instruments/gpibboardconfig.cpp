// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/gpibboardconfig.h"

#include "io/visaresource.h"

#include <QStringList>

#include <cmath>

namespace ld {

bool GpibBoardConfig::validate(QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (board < 0 || board > 999)
        return fail(tr("board: must be a whole number from 0 to 999, not %1").arg(board));
    QString why;
    const VisaResource r = VisaResource::parse(controller, &why);
    if (!r.isValid())
        return fail(tr("GPIB%1: controller: %2").arg(board).arg(why));
    if (r.kind() != VisaResource::Kind::Serial && r.kind() != VisaResource::Kind::Tcp)
        return fail(tr("GPIB%1: controller: '%2' must be a serial port (ASRL...::INSTR) or a "
                       "TCP socket (TCPIP::<host>::1234::SOCKET)")
                        .arg(board)
                        .arg(controller));
    if (readTimeoutMs < 1 || readTimeoutMs > kMaxReadTimeoutMs)
        return fail(tr("GPIB%1: readTimeoutMs: must be from 1 to %2 ms, not %3")
                        .arg(board)
                        .arg(kMaxReadTimeoutMs)
                        .arg(readTimeoutMs));
    return true;
}

QString GpibBoardConfig::busKey() const
{
    return QStringLiteral("gpib%1@%2")
        .arg(QString::number(board), VisaResource::parse(controller).deviceKey());
}

QVariantMap GpibBoardConfig::toVariantMap() const
{
    QVariantMap m;
    m.insert(QStringLiteral("board"), board);
    m.insert(QStringLiteral("controller"), controller);
    m.insert(QStringLiteral("readTimeoutMs"), readTimeoutMs);
    return m;
}

std::optional<GpibBoardConfig> GpibBoardConfig::fromVariantMap(const QVariantMap &map,
                                                               QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<GpibBoardConfig> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QStringList known{QStringLiteral("board"), QStringLiteral("controller"),
                                   QStringLiteral("readTimeoutMs")};
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (!known.contains(it.key()))
            return fail(tr("unknown field '%1' (board, controller, readTimeoutMs)").arg(it.key()));
    const auto whole = [&](const QString &key, int *out) {
        const QVariant v = map.value(key);
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (v.typeId() == QMetaType::QString || v.typeId() == QMetaType::Bool || !ok ||
            !(std::abs(d) <= 1e6) || d != std::trunc(d))
            return false;
        *out = int(d);
        return true;
    };
    GpibBoardConfig c;
    if (!map.contains(QStringLiteral("board")) || !whole(QStringLiteral("board"), &c.board))
        return fail(tr("board: a whole number from 0 to 999 is required"));
    const QVariant controller = map.value(QStringLiteral("controller"));
    if (controller.typeId() != QMetaType::QString)
        return fail(
            tr("GPIB%1: controller: the controller's VISA resource is required").arg(c.board));
    c.controller = controller.toString();
    if (map.contains(QStringLiteral("readTimeoutMs")) &&
        !whole(QStringLiteral("readTimeoutMs"), &c.readTimeoutMs))
        return fail(
            tr("GPIB%1: readTimeoutMs: must be a whole number of milliseconds").arg(c.board));
    QString why;
    if (!c.validate(&why))
        return fail(why);
    return c;
}

} // namespace ld
