// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ld {

/**
 * Reads one driver profile file (schema in docs/profiles.md). Every problem is reported as
 * "<file>: <field path>: <what>", e.g. "dmm.json: operations[2].command: missing", so a user
 * editing a profile finds the line to fix.
 */
class DriverProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(ld::DriverProfileLoader)

public:
    static constexpr int kSchemaVersion = 1;
    /** Profiles are small; a bigger file is a mistake and must not eat memory. */
    static constexpr qint64 kMaxFileBytes = 1 << 20;

    struct Result
    {
        std::optional<DriverProfile> profile;
        QString error;
    };

    /** Parses `json`; `fileName` (only its file part is shown) names the source in errors. */
    static Result parse(const QByteArray &json, const QString &fileName);
    /** Reads and parses a file or a Qt resource path (":/profiles/dmm.json"). */
    static Result load(const QString &path);
};

} // namespace ld
