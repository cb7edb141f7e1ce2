// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace ld {

/**
 * What the headless commands share: the profiles, the bench (a bench file, or a simulated
 * bench served over ptys and loopback TCP), the dispatcher. The composition root of the CLI.
 */
class BenchSession
{
    Q_DECLARE_TR_FUNCTIONS(ld::BenchSession)

public:
    /** Adds --bench, --sim and --profiles to `parser`. */
    static void addOptions(QCommandLineParser &parser);
    /** Only --profiles, for commands that need profiles but no bench. */
    static void addProfilesOption(QCommandLineParser &parser);

    /**
     * Loads the built-in profiles, the user's and each --profiles folder into `profiles`.
     * False with `error` for a --profiles that is no folder (a usage error).
     */
    static bool loadProfiles(ProfileRegistry &profiles, const QCommandLineParser &parser,
                             QString *error);

    /**
     * Loads profiles and opens the bench the options name (the simulated demo bench when
     * none). Returns false with a one-line `error` (a usage error: exit 2). With
     * `pinSimulatedProfiles`, simulated instruments use their simulator's profile before they
     * are identified, so a plan can be checked against them without connecting (--dry-run).
     */
    bool open(const QCommandLineParser &parser, int cap, QString *error,
              bool pinSimulatedProfiles = false);

    /**
     * The options that open this same bench again, for a command line printed to the user
     * ("--bench '/abs/lab.json'"); empty for the default simulated bench.
     */
    static QString benchArguments(const QCommandLineParser &parser);
    /** `text` quoted for a POSIX shell when it needs it. */
    static QString shellQuoted(const QString &text);

    /**
     * Connects and identifies `names` (all when empty) and waits until each is idle or has
     * failed, for at most `timeoutMs`. Returns the ones that failed, with the reason.
     */
    QStringList connect(const QStringList &names, int timeoutMs);

    /** "a,b" or repeated options -> names; unknown names give `error`. */
    QStringList selectInstruments(const QStringList &values, QString *error) const;

    /**
     * The names in -i values, comma-separated or repeated, trimmed, empty parts dropped, in
     * order without duplicates. Values that name nothing at all (",,,") give `error`.
     */
    static QStringList splitInstrumentNames(const QStringList &values, QString *error);

    bool isSimulated() const { return m_sim != nullptr; }
    QString benchLabel() const { return m_label; }
    ProfileRegistry &profiles() { return m_profiles; }
    Dispatcher &dispatcher() { return *m_dispatcher; }
    Bench &bench() { return *m_bench; }
    SimBench *sim() { return m_sim.get(); }

    /** Prints profile load problems as warnings: broken files are skipped, not fatal. */
    void warnAboutProfiles() const { warnAboutProfiles(m_profiles); }
    static void warnAboutProfiles(const ProfileRegistry &profiles);

private:
    ProfileRegistry m_profiles;
    std::unique_ptr<SimBench> m_sim;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<Bench> m_bench;
    QString m_label;
};

/** Prints "labdispatch <command>: <message>" to stderr. */
void printError(const QString &command, const QString &message);

/**
 * Parses a command's `arguments` the way every command does: --help prints and ends with 0,
 * a parse error or an unexpected positional argument prints one line and ends with 2.
 * Returns the exit code when the command should end now, nothing when it should go on.
 */
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command,
                                    const QStringList &arguments, bool positionalAllowed = false);

} // namespace ld
