// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace ld {

class ProfileRegistry;

/**
 * `labdispatch safe`: connects to the bench and applies each chosen instrument's safe state
 * (its profile's `safeState`: outputs off, loads off) through RunEngine::allOutputsOff, ahead
 * of anything else; an interrupted run whose instruments it all made safe is marked so.
 * Exit status: 0 when every chosen instrument was made safe, 1 when one
 * failed, did not connect or has no safe state, or none of them has one; 2 for a usage error.
 */
class SafeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ld::SafeCommand)

public:
    static int run(const QStringList &arguments);

    /**
     * Tells about every interrupted run in `runsFolder` (a journal without its closing record
     * and without a writer) whose instruments have a safe state (their profile, matched from the
     * identity the journal recorded): their outputs may have been left live. Names the run,
     * those instruments and the exact `labdispatch safe` command that makes them safe, on
     * standard error, as "labdispatch <command>: ...". Prints nothing when there is none.
     */
    static void printInterruptedNotice(const QString &command, const QString &runsFolder,
                                       const ProfileRegistry &profiles,
                                       const QCommandLineParser &parser);

    /**
     * The instruments of an interrupted run that may have been left live: those whose profile,
     * matched from the identity the journal recorded, has a safe state. Once `safe` made every
     * one of them safe, it marks the run (Journal::markSafeStateApplied()) and no notice names
     * it again.
     */
    static QStringList needingSafeState(const Journal::Interrupted &run,
                                        const ProfileRegistry &profiles);
};

} // namespace ld
