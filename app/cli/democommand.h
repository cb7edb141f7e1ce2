// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ld {

/**
 * `labdispatch demo`: runs synthetic jobs through the dispatcher and prints live
 * queued/running/completed lines and a summary. Shows the scheduler without instruments.
 */
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ld::DemoCommand)

public:
    /** Parses `arguments` (after the command name) and runs; returns the process exit code. */
    static int run(const QStringList &arguments);
};

} // namespace ld
