// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/scpierror.h"

#include "io/devicetext.h"
#include "io/scpiparse.h"

#include <QCoreApplication>

namespace ld {

std::optional<ScpiError> ScpiError::parse(const QByteArray &line, QString *error)
{
    const QByteArray t = line.trimmed();
    const qsizetype comma = t.indexOf(',');
    const QByteArray codeText = (comma < 0 ? t : t.left(comma)).trimmed();
    bool ok = false;
    const int code = codeText.toInt(&ok);
    if (!ok) {
        if (error)
            *error = QCoreApplication::translate("ScpiError", "'%1' is not an error queue entry "
                                                              "(expected <code>,\"<message>\")")
                         .arg(DeviceText::show(t.left(60)));
        return std::nullopt;
    }
    ScpiError e;
    e.code = code;
    if (comma >= 0)
        e.message = scpi::parseString(t.mid(comma + 1));
    return e;
}

} // namespace ld
