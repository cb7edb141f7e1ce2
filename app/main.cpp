// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/democommand.h"
#include "cli/listcommand.h"
#include "cli/nodecommand.h"
#include "cli/profilescommand.h"
#include "cli/runcommand.h"
#include "cli/runscommand.h"
#ifdef LABDISPATCH_WITH_GUI
#include "gui/guimain.h"
#endif

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace {
using Command = int (*)(const QStringList &);
struct Entry
{
    const char *name;
    Command run;
    const char *summary;
};
constexpr Entry kCommands[] = {
    {"run", &ld::RunCommand::run, "run an operation on instruments, journal it, export CSV"},
    {"list", &ld::ListCommand::run, "connect to the bench and list its instruments"},
    {"profiles", &ld::ProfilesCommand::run, "list the driver profiles and their operations"},
    {"runs", &ld::RunsCommand::list, "list journaled runs, interrupted ones marked"},
    {"export", &ld::RunsCommand::exportRun, "export a journaled run to CSV"},
    {"demo", &ld::DemoCommand::run, "synthetic jobs through the dispatcher, no instruments"},
    {"node", &ld::NodeCommand::run, "share this bench with the lab over an MQTT broker"},
};

void printUsage(FILE *out)
{
    std::fprintf(out, "Usage: labdispatch [--bench FILE]        start the window\n"
                      "       labdispatch COMMAND [options]     run headless\n\nCommands:\n");
    for (const Entry &e : kCommands)
        std::fprintf(out, "  %-9s %s\n", e.name, e.summary);
    std::fprintf(out, "\n'labdispatch COMMAND --help' describes a command's options.\n");
}
} // namespace

int main(int argc, char *argv[])
{
    const char *first = argc > 1 ? argv[1] : "";
    for (const Entry &e : kCommands) {
        if (std::strcmp(first, e.name) == 0) {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("labdispatch"));
            QCoreApplication::setOrganizationName(QStringLiteral("LabDispatch"));
            QCoreApplication::setApplicationVersion(QStringLiteral(LABDISPATCH_VERSION));
            return e.run(QCoreApplication::arguments().mid(2));
        }
    }
    if (std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0) {
        std::printf("labdispatch %s\n", LABDISPATCH_VERSION);
        return 0;
    }
    if (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0) {
        printUsage(stdout);
        return 0;
    }
    if (argc > 1 && first[0] != '-') {
        // A word that is no command is a typo, not a request for the window.
        std::fprintf(stderr, "labdispatch: unknown command '%s'\n\n", first);
        printUsage(stderr);
        return 2;
    }
#ifdef LABDISPATCH_WITH_GUI
    return ld::runGui(argc, argv);
#else
    std::fprintf(stderr, "labdispatch: built without the window; use a command\n\n");
    printUsage(stderr);
    return 2;
#endif
}
