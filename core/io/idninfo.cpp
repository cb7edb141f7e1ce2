// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/idninfo.h"

#include <QCoreApplication>
#include <QList>

namespace ld {

std::optional<IdnInfo> IdnInfo::parse(const QByteArray &reply, QString *error)
{
    const auto fail = [&](const QString &text) -> std::optional<IdnInfo> {
        if (error)
            *error = text.arg(QString::fromLatin1(reply.trimmed().left(120)));
        return std::nullopt;
    };
    const QByteArray t = reply.trimmed();
    for (const char c : t) {
        if (uchar(c) < 0x20 || uchar(c) == 0x7f)
            return fail(tr("*IDN? reply contains control characters: '%1'"));
    }
    QList<QByteArray> fields = t.split(',');
    if (fields.size() < 4)
        return fail(tr("*IDN? reply needs 4 comma-separated fields "
                       "(vendor,model,serial,firmware): '%1'"));
    IdnInfo info;
    info.vendor = QString::fromLatin1(fields.at(0).trimmed());
    info.model = QString::fromLatin1(fields.at(1).trimmed());
    info.serial = QString::fromLatin1(fields.at(2).trimmed());
    info.firmware = QString::fromLatin1(fields.mid(3).join(',').trimmed());
    if (info.vendor.isEmpty() || info.model.isEmpty())
        return fail(tr("*IDN? reply has an empty vendor or model: '%1'"));
    return info;
}

QString IdnInfo::toString() const
{
    return QStringLiteral("%1 %2 (serial %3, firmware %4)").arg(vendor, model, serial, firmware);
}

} // namespace ld
