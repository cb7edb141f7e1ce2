// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ld {

/** `labdispatch list`: the bench's instruments, connected and identified, one per line. */
class ListCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace ld
