// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/idninfo.h"

#include "io/devicetext.h"

#include <QCoreApplication>
#include <QStringList>

namespace ld {

std::optional<IdnInfo> IdnInfo::parse(const QByteArray &reply, QString *error)
{
    const auto fail = [&](const QString &text) -> std::optional<IdnInfo> {
        if (error)
            *error = text.arg(DeviceText::show(reply.trimmed().left(120)));
        return std::nullopt;
    };
    const QString t = DeviceText::decode(reply.trimmed());
    if (DeviceText::printable(t) != t)
        return fail(tr("*IDN? reply contains control characters: '%1'"));
    const QStringList fields = t.split(QLatin1Char(','));
    if (fields.size() < 4)
        return fail(tr("*IDN? reply needs 4 comma-separated fields "
                       "(vendor,model,serial,firmware): '%1'"));
    IdnInfo info;
    info.vendor = fields.at(0).trimmed();
    info.model = fields.at(1).trimmed();
    info.serial = fields.at(2).trimmed();
    info.firmware = fields.mid(3).join(QLatin1Char(',')).trimmed();
    if (info.vendor.isEmpty() || info.model.isEmpty())
        return fail(tr("*IDN? reply has an empty vendor or model: '%1'"));
    return info;
}

QString IdnInfo::toString() const
{
    return QStringLiteral("%1 %2 (serial %3, firmware %4)").arg(vendor, model, serial, firmware);
}

} // namespace ld
