// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ld {

/**
 * `labdispatch trace FILE`: prints a transcript (docs/tracing.md), filtered by instrument,
 * time and faults, with the bytes escaped or in hex. The output is a transcript again.
 */
class TraceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ld::TraceCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ld
