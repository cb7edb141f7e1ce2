// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/runscommand.h"

#include "cli/benchsession.h"
#include "results/csvexporter.h"
#include "results/csvfield.h"
#include "results/journal.h"
#include "results/journalreader.h"
#include "results/rundescription.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace ld {

namespace {

QCommandLineOption runsFolderOption()
{
    return {QStringLiteral("runs-folder"),
            RunsCommand::tr("Where journals are (default: the application's data folder)."),
            RunsCommand::tr("dir")};
}

QString runsFolder(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("runs-folder")) ? parser.value(QStringLiteral("runs-folder"))
                                                       : Journal::defaultRunsFolder();
}

/** A run id (see `labdispatch runs`) or a journal file: the journal's path. */
QString journalFor(const QCommandLineParser &parser, const QString &run)
{
    return QFileInfo(run).isFile() ? run : Journal::journalPath(runsFolder(parser), run);
}

/**
 * `runs --details RUN`: the run's header ("key: value" lines, the words of the CSV export's
 * comment block), then what a pass over its records finds. Stable words for scripts.
 */
int printDetails(const QString &command, const QString &run, const QString &path)
{
    JournalReader reader(path);
    if (!QFileInfo(path).isFile() || !reader.open()) {
        printError(command,
                   QFileInfo(path).isFile()
                       ? reader.errorString()
                       : RunsCommand::tr("no journal for '%1' (looked at %2)").arg(run, path));
        return 2;
    }
    QStringList variables;
    QStringList names;
    QString step;
    qint64 planReadings = 0;
    while (reader.nextContext(step, names)) {
        if (!step.isEmpty() || !names.isEmpty())
            ++planReadings;
        for (const QString &name : std::as_const(names)) {
            if (!variables.contains(name))
                variables.append(name);
        }
    }
    QStringList lines = {QStringLiteral("app version: %1").arg(reader.runInfo().appVersion)};
    lines += RunDescription::lines(reader.runInfo(), Journal::runState(path), reader.capChanges());
    lines << QStringLiteral("readings: %1").arg(reader.readingsRead());
    lines << QStringLiteral("readings from plan steps: %1").arg(planReadings);
    lines << QStringLiteral("variables: %1").arg(variables.join(QLatin1String(", ")));
    if (reader.skippedBytes() > 0) {
        lines << QStringLiteral("damaged: %1 bytes in %2 places")
                     .arg(QString::number(reader.skippedBytes()),
                          QString::number(reader.damagedRegions()));
    }
    for (const QString &line : std::as_const(lines))
        std::printf("%s\n", csvfield::commentText(line).toUtf8().constData());
    return 0;
}
} // namespace

int RunsCommand::list(const QStringList &arguments)
{
    const QString command = QStringLiteral("runs");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists journaled runs. Interrupted runs (a crash, a kill, a power cut) keep every "
           "reading that was journaled; export them with 'labdispatch export'."));
    parser.addHelpOption();
    parser.addOption(runsFolderOption());
    parser.addOption({QStringLiteral("details"),
                      tr("Prints one run's header (plan, cap and its changes, instruments and "
                         "their identities) and what its journal holds, one 'key: value' a line."),
                      tr("run")});
    if (const auto code = parseCommandLine(parser, command, arguments))
        return *code;
    if (parser.isSet(QStringLiteral("details"))) {
        const QString run = parser.value(QStringLiteral("details"));
        return printDetails(command, run, journalFor(parser, run));
    }
    const QString folder = runsFolder(parser);
    const QStringList ids = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &id : ids) {
        const QString path = Journal::journalPath(folder, id);
        if (!QFileInfo::exists(path))
            continue;
        JournalReader reader(path);
        QString bench;
        if (reader.open())
            bench = reader.runInfo().bench;
        std::printf("%-32s %-12s %8.1f KiB  %s\n", qPrintable(id),
                    Journal::runStateWord(Journal::runState(path)), QFileInfo(path).size() / 1024.0,
                    qPrintable(bench));
    }
    return 0;
}

int RunsCommand::exportRun(const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports a journaled run to CSV (RFC 4180, UTF-8). RUN is a run id (see "
           "'labdispatch runs') or a journal file."));
    parser.addHelpOption();
    parser.addOption(runsFolderOption());
    parser.addOption({QStringLiteral("csv"),
                      tr("The CSV file to write; '-' writes to standard output."), tr("file")});
    parser.addOption({QStringLiteral("wide"), tr("A column group per instrument and quantity.")});
    parser.addOption({QStringLiteral("bom"), tr("Start with a UTF-8 byte order mark (Excel).")});
    parser.addPositionalArgument(QStringLiteral("RUN"), tr("Run id or journal file."));
    if (const auto code = parseCommandLine(parser, command, arguments, true))
        return *code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("csv"))) {
        printError(command, tr("usage: labdispatch export RUN --csv FILE"));
        return 2;
    }
    const QString run = parser.positionalArguments().first();
    const QString path = journalFor(parser, run);
    if (!QFileInfo(path).isFile()) {
        printError(command, tr("no journal for '%1' (looked at %2)").arg(run, path));
        return 2;
    }
    QString csvError;
    if (!CsvExporter::checkDestination(parser.value(QStringLiteral("csv")), &csvError)) {
        printError(command, QStringLiteral("--csv: ") + csvError);
        return 2;
    }
    CsvExporter::Options options;
    options.layout = parser.isSet(QStringLiteral("wide")) ? CsvExporter::Layout::Wide
                                                          : CsvExporter::Layout::Long;
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    const auto result =
        CsvExporter(options).exportJournal(path, parser.value(QStringLiteral("csv")));
    for (const QString &w : result.warnings)
        std::fprintf(stderr, "labdispatch export: warning: %s\n", qPrintable(w));
    if (!result.ok()) {
        printError(command, result.error);
        return 1;
    }
    std::fprintf(stderr, "export: %lld rows from %lld readings\n", qint64(result.rows),
                 qint64(result.readings));
    return 0;
}

} // namespace ld
