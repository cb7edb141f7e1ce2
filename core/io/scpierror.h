// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ld {

/** One entry of an instrument's error queue, as `SYST:ERR?` reports it: `-113,"Undefined header"`.
 */
struct ScpiError
{
    int code = 0;
    QString message;

    bool isNoError() const { return code == 0; }

    /** Parses `<code>,"<message>"`; a bare `+0` or `0` is accepted (some devices omit the text). */
    static std::optional<ScpiError> parse(const QByteArray &line, QString *error = nullptr);

    friend bool operator==(const ScpiError &a, const ScpiError &b)
    {
        return a.code == b.code && a.message == b.message;
    }
};

} // namespace ld
