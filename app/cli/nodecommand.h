// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ld {

/**
 * `labdispatch node --broker HOST:PORT --name NAME` shares this PC's bench with the lab over
 * an MQTT 5 broker until SIGINT/SIGTERM; every reading is journaled locally.
 */
class NodeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ld::NodeCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ld
