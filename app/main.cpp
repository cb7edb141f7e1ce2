// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/democommand.h"
#include "cli/listcommand.h"
#include "cli/nodecommand.h"
#include "cli/profilescommand.h"
#include "cli/runcommand.h"
#include "cli/runscommand.h"
#include "cli/safecommand.h"
#include "cli/tracecommand.h"
#ifdef LABDISPATCH_WITH_GUI
#include "gui/guimain.h"
#endif

#include "translators.h"

#include <QCoreApplication>
#include <QLocale>

#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace {
using Command = int (*)(const QStringList &);
struct Entry
{
    const char *name;
    Command run;
    const char *summary; ///< translated when printed, in the context "labdispatch"
};
constexpr Entry kCommands[] = {
    {"run", &ld::RunCommand::run,
     QT_TRANSLATE_NOOP("labdispatch", "run an operation on instruments, journal it, export CSV")},
    {"safe", &ld::SafeCommand::run,
     QT_TRANSLATE_NOOP("labdispatch", "apply the instruments' safe state: outputs off")},
    {"list", &ld::ListCommand::run,
     QT_TRANSLATE_NOOP("labdispatch", "connect to the bench and list its instruments")},
    {"profiles", &ld::ProfilesCommand::run,
     QT_TRANSLATE_NOOP("labdispatch", "list the driver profiles and their operations")},
    {"runs", &ld::RunsCommand::list,
     QT_TRANSLATE_NOOP("labdispatch", "list journaled runs, interrupted ones marked")},
    {"export", &ld::RunsCommand::exportRun,
     QT_TRANSLATE_NOOP("labdispatch", "export a journaled run to CSV")},
    {"trace", &ld::TraceCommand::run,
     QT_TRANSLATE_NOOP("labdispatch", "print, filter or convert a recorded transcript")},
    {"demo", &ld::DemoCommand::run,
     QT_TRANSLATE_NOOP("labdispatch", "synthetic jobs through the dispatcher, no instruments")},
    {"node", &ld::NodeCommand::run,
     QT_TRANSLATE_NOOP("labdispatch", "share this bench with the lab over an MQTT broker")},
};

void print(FILE *out, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), out);
}

void printUsage(FILE *out)
{
    // One block, so a translation can keep its own columns aligned.
    print(out, QCoreApplication::translate(
                   "labdispatch", "Usage: labdispatch [--bench FILE]        start the window\n"
                                  "       labdispatch COMMAND [options]     run headless\n"));
    print(out, QStringLiteral("\n") + QCoreApplication::translate("labdispatch", "Commands:") +
                   QLatin1Char('\n'));
    for (const Entry &e : kCommands)
        print(out, QStringLiteral("  %1 %2\n")
                       .arg(QLatin1String(e.name), -9)
                       .arg(QCoreApplication::translate("labdispatch", e.summary)));
    print(out,
          QStringLiteral("\n") +
              QCoreApplication::translate(
                  "labdispatch", "'labdispatch COMMAND --help' describes a command's options.") +
              QLatin1Char('\n'));
}
} // namespace

int main(int argc, char *argv[])
{
    // A reader that went away (`| head`) makes writes fail with EPIPE instead of killing the
    // process: a run then still closes its journal and writes its CSV.
    std::signal(SIGPIPE, SIG_IGN);
    const char *first = argc > 1 ? argv[1] : "";
    if (std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0) {
        std::printf("labdispatch %s\n", LABDISPATCH_VERSION);
        return 0;
    }
    const Entry *command = nullptr;
    for (const Entry &e : kCommands) {
        if (std::strcmp(first, e.name) == 0)
            command = &e;
    }
    const bool help = std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0;
    // A word that is no command is a typo, not a request for the window.
    const bool unknown = !command && argc > 1 && first[0] != '-';
#ifdef LABDISPATCH_WITH_GUI
    // The window installs the translators of the language chosen in its settings.
    if (!command && !help && !unknown)
        return ld::runGui(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("labdispatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("LabDispatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LABDISPATCH_VERSION));
    // As any Unix tool: the language of LANGUAGE, LC_ALL, LC_MESSAGES or LANG. QCoreApplication
    // has set the C library's locale from the environment too; its numbers go back to C, so the
    // printf tables and summaries that scripts read look the same everywhere (QLocale, not
    // printf, formats numbers in translated text).
    ld::Translators::install(QLocale::system());
    std::setlocale(LC_NUMERIC, "C");
    if (command)
        return command->run(QCoreApplication::arguments().mid(2));
    if (help) {
        printUsage(stdout);
        return 0;
    }
    const QString given = QString::fromLocal8Bit(first);
    QString why;
    if (unknown)
        why = QCoreApplication::translate("labdispatch", "unknown command '%1'").arg(given);
    else if (argc > 1) // an option of the window
        why = QCoreApplication::translate(
                  "labdispatch", "'%1' is for the window, and this build has none; use a command")
                  .arg(given);
    else
        why = QCoreApplication::translate("labdispatch", "built without the window; use a command");
    print(stderr, QStringLiteral("labdispatch: ") + why + QStringLiteral("\n\n"));
    printUsage(stderr);
    return 2;
}
