// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ld {

/**
 * `labdispatch run`: runs one operation on a selection of instruments through the capped
 * dispatcher, journals every reading, optionally exports CSV. Exit status: 0 when every job
 * succeeded, 1 when some failed (or instruments could not be reached), 2 for a usage error.
 */
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(ld::RunCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ld
