// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ld {

/** `labdispatch profiles`: the known driver profiles and their operations. */
class ProfilesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ld::ProfilesCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ld
