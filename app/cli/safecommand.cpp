// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/safecommand.h"

#include "cli/benchsession.h"
#include "plans/runengine.h"
#include "results/journal.h"

#include <QDeadlineTimer>
#include <QMap>

#include <algorithm>
#include <cstdio>

namespace ld {

namespace {
const QString kCommand = QStringLiteral("safe");

/** A safe state is a few set operations: each either answers or times out well within this. */
constexpr int kSafeStateBoundMs = 120'000;
} // namespace

QStringList SafeCommand::needingSafeState(const Journal::Interrupted &run,
                                          const ProfileRegistry &profiles)
{
    QStringList names;
    for (const RunInfo::Instrument &i : run.info.instruments) {
        const DriverProfile *p = profiles.match(i.identity.vendor, i.identity.model);
        if (p && !p->safeState.isEmpty())
            names.append(i.name);
    }
    return names;
}

void SafeCommand::printInterruptedNotice(const QString &command, const QString &runsFolder,
                                         const ProfileRegistry &profiles,
                                         const QCommandLineParser &parser)
{
    for (const Journal::Interrupted &run : Journal::findInterrupted(runsFolder)) {
        const QStringList names = needingSafeState(run, profiles);
        if (names.isEmpty())
            continue;
        QStringList args{QStringLiteral("labdispatch safe")};
        if (const QString bench = BenchSession::benchArguments(parser); !bench.isEmpty())
            args << bench;
        args << QStringLiteral("-i") << BenchSession::shellQuoted(names.join(QLatin1Char(',')));
        printError(command, tr("the run %1 was interrupted (no closing record) and may have "
                               "left outputs live on: %2. To apply their safe state: %3")
                                .arg(run.runId, names.join(QStringLiteral(", ")),
                                     args.join(QLatin1Char(' '))));
    }
}

int SafeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connects to the bench and applies the safe state of its instruments (their "
           "profile's safeState: outputs off), ahead of every other job. Exit status: 0 every "
           "chosen instrument was made safe, 1 one failed, did not connect or has no safe "
           "state, or none has one, 2 usage error."));
    parser.addHelpOption();
    BenchSession::addOptions(parser);
    parser.addOption({{QStringLiteral("i"), QStringLiteral("instruments")},
                      tr("Instruments to make safe, comma-separated (default: every instrument "
                         "whose profile has a safe state)."),
                      tr("names")});
    parser.addOption({QStringLiteral("connect-timeout"),
                      tr("How long to wait for instruments to connect (default 10000)."),
                      tr("ms")});
    parser.addOption({QStringLiteral("runs-folder"),
                      tr("Where journals are, for the notice about interrupted runs (default: "
                         "the application's data folder)."),
                      tr("dir")});
    if (const auto code = parseCommandLine(parser, kCommand, arguments))
        return *code;

    int connectTimeout = 10000;
    if (parser.isSet(QStringLiteral("connect-timeout"))) {
        bool ok = false;
        connectTimeout = parser.value(QStringLiteral("connect-timeout")).toInt(&ok);
        if (!ok || connectTimeout < 100 || connectTimeout > 600'000) {
            printError(kCommand,
                       tr("--connect-timeout must be a whole number from 100 to 600000, not '%1'")
                           .arg(parser.value(QStringLiteral("connect-timeout"))));
            return 2;
        }
    }
    BenchSession session;
    QString error;
    if (!session.open(parser, 8, &error)) {
        printError(kCommand, error);
        return 2;
    }
    session.warnAboutProfiles();
    const QString runsFolder = parser.isSet(QStringLiteral("runs-folder"))
                                   ? parser.value(QStringLiteral("runs-folder"))
                                   : Journal::defaultRunsFolder();
    printInterruptedNotice(kCommand, runsFolder, session.profiles(), parser);

    Bench &bench = session.bench();
    const bool explicitSelection = parser.isSet(QStringLiteral("instruments"));
    const QStringList selection =
        explicitSelection
            ? session.selectInstruments(parser.values(QStringLiteral("instruments")), &error)
            : bench.names();
    if (selection.isEmpty()) {
        printError(kCommand, explicitSelection ? error : tr("the bench has no instruments"));
        return 2;
    }

    // Every line is "<instrument>: ok" or "<instrument>: failed: <why>", in bench order.
    QMap<QString, QString> failed;
    for (const QString &f : session.connect(selection, connectTimeout))
        failed.insert(f.left(f.indexOf(QStringLiteral(": "))),
                      f.mid(f.indexOf(QStringLiteral(": ")) + 2));
    QStringList chosen;
    for (const QString &name : selection) {
        if (failed.contains(name))
            continue;
        const DriverProfile *p = bench.profile(name);
        if (p && !p->safeState.isEmpty())
            chosen.append(name);
        else if (explicitSelection)
            failed.insert(name, tr("its profile (%1) has no safe state")
                                    .arg(p ? p->id : tr("none: not identified")));
    }

    RunEngine engine(&session.dispatcher());
    engine.addTarget(&bench);
    QMap<QString, std::pair<bool, QString>> done;
    QObject::connect(&engine, &RunEngine::safeStateFinished, &engine,
                     [&](const QString &name, bool ok, const QString &text) {
                         done.insert(name, {ok, text});
                     });
    if (!chosen.isEmpty())
        engine.allOutputsOff(chosen);
    QDeadlineTimer bound(kSafeStateBoundMs);
    while (done.size() < chosen.size() && !bound.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    for (const QString &name : selection) {
        if (failed.contains(name)) {
            std::printf("%s: failed: %s\n", qPrintable(name), qPrintable(failed.value(name)));
        } else if (chosen.contains(name)) {
            const auto it = done.constFind(name);
            if (it == done.cend())
                failed.insert(name, tr("no answer within %1 s").arg(kSafeStateBoundMs / 1000));
            else if (!it->first)
                failed.insert(name, it->second);
            if (failed.contains(name))
                std::printf("%s: failed: %s\n", qPrintable(name), qPrintable(failed.value(name)));
            else
                std::printf("%s: ok\n", qPrintable(name));
        }
    }
    std::fflush(stdout);

    // An interrupted run whose every instrument with a safe state got it here is handled: the
    // notice (here, in `run`, in the window's bar) stops offering it.
    QStringList madeSafe;
    for (const QString &name : std::as_const(chosen))
        if (!failed.contains(name))
            madeSafe.append(name);
    for (const Journal::Interrupted &run : Journal::findInterrupted(runsFolder)) {
        const QStringList needed = needingSafeState(run, session.profiles());
        if (needed.isEmpty() || !std::all_of(needed.cbegin(), needed.cend(), [&](const QString &n) {
                return madeSafe.contains(n);
            }))
            continue;
        QString why;
        if (Journal::markSafeStateApplied(run.journalPath, &why))
            printError(kCommand, tr("the interrupted run %1 is marked as made safe; it is no "
                                    "longer offered")
                                     .arg(run.runId));
        else
            printError(kCommand,
                       tr("could not mark the run %1 as made safe: %2").arg(run.runId, why));
    }

    if (chosen.isEmpty() && failed.isEmpty()) {
        printError(kCommand, tr("none of the instruments has a safe state in its profile"));
        return 1;
    }
    return failed.isEmpty() ? 0 : 1;
}

} // namespace ld
