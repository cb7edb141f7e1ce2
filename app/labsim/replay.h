// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/replyclock.h"
#include "sim/simserver.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include <memory>
#include <vector>

class QCommandLineParser;
class QTextStream;

namespace ld {

/**
 * `labsim --replay FILE`: serves the instruments of a transcript, each on its own pty or
 * loopback TCP port, on the thread it is made on, until it is destroyed.
 */
class ReplayBench
{
    Q_DECLARE_TR_FUNCTIONS(ld::ReplayBench)

public:
    /** The options --replay takes besides itself: --instrument, --transport, --match, ... */
    static QList<QCommandLineOption> options();
    /**
     * Reads the transcript and starts a server per instrument, printing `name<TAB>replay<TAB>
     * resource` lines to `out`. False with `error` (a usage error or an unreadable transcript).
     */
    bool start(const QCommandLineParser &parser, QTextStream &out, QString *error);

private:
    ReplyClock m_clock;
    std::vector<std::unique_ptr<SimServer>> m_servers;
};

} // namespace ld
