// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace ld {

class Bench;
class ProfileRegistry;
class SimBench;

/**
 * Which bench the window starts on, and the way back to the simulated one. The last bench file
 * the user opened or saved is remembered as "bench/last"; the simulated demo bench clears it.
 */
class BenchStartup
{
    Q_DECLARE_TR_FUNCTIONS(ld::BenchStartup)
public:
    static constexpr const char *kLastBenchKey = "bench/last";

    struct Result
    {
        bool ok = false;
        bool simulated = false;
        QString path;   ///< the bench file opened; empty for the simulated bench
        QString notice; ///< for the log: why the last bench file was not opened
        QString error;  ///< when !ok: why there is no bench at all
    };

    /**
     * `path` when given (an error when it does not load); else the last bench file in
     * `settings` when it still loads; else the simulated demo bench, with a notice saying why
     * the last one was not opened. `settings` may be null.
     */
    static Result open(const QString &path, QSettings *settings, SimBench *sim,
                       const ProfileRegistry &profiles, Bench *bench);
    /**
     * Replaces the bench's instruments by the simulated demo bench, starting the simulator on
     * first use, and forgets the last bench file in `settings` (may be null).
     */
    static bool openSimulated(SimBench *sim, const ProfileRegistry &profiles, Bench *bench,
                              QSettings *settings, QString *error = nullptr);
    /** Reads and loads a bench file onto `bench`; the bench is unchanged when it fails. */
    static bool openFile(const QString &path, Bench *bench, QString *error = nullptr);
};

} // namespace ld
