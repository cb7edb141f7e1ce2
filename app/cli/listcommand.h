// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ld {

/** `labdispatch list`: the bench's instruments, connected and identified, one per line. */
class ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(ld::ListCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ld
