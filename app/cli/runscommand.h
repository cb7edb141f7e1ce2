// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ld {

/**
 * `labdispatch runs` lists the journaled runs, saying which were interrupted (a crash or a
 * kill); `labdispatch export RUN --csv FILE` exports one of them, interrupted or not.
 */
class RunsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ld::RunsCommand)

public:
    static int list(const QStringList &arguments);
    static int exportRun(const QStringList &arguments);
};

} // namespace ld
