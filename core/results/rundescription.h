// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/journal.h"
#include "results/runinfo.h"

#include <QList>
#include <QStringList>

namespace ld {

/**
 * A run's header as "key: value" lines (run, start, state, bench, cap and its changes,
 * operations, plan, instruments). The CSV export's comment block and `labdispatch runs
 * --details` print the same lines, in stable English words that scripts may rely on.
 */
class RunDescription
{
public:
    static QStringList lines(const RunInfo &info, Journal::RunState state,
                             const QList<CapChange> &capChanges);
    /** The words for a run's state in those lines. */
    static QString stateText(Journal::RunState state);
    /** The plan on one line: compact JSON when it parses, its text otherwise. */
    static QString planText(const QByteArray &plan);
};

} // namespace ld
