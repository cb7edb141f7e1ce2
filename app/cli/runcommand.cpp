// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/runcommand.h"

#include "cli/benchsession.h"
#include "common/signalquit.h"
#include "results/csvexporter.h"
#include "results/journal.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

namespace ld {

namespace {
const QString kCommand = QStringLiteral("run");

bool intOption(const QCommandLineParser &p, const QString &name, int min, int max, int *out,
               QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = RunCommand::tr("--%1 must be a whole number from %2 to %3, not '%4'")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(p.value(name));
        return false;
    }
    *out = v;
    return true;
}
} // namespace

int RunCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs an operation on instruments through the capped dispatcher. Every reading is "
           "journaled; --csv exports them. Exit status: 0 all jobs succeeded, 1 some failed, "
           "2 usage error."));
    parser.addHelpOption();
    BenchSession::addOptions(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("op")},
                      tr("Operation id to run (see 'labdispatch profiles')."),
                      tr("operation")});
    parser.addOption({{QStringLiteral("i"), QStringLiteral("instruments")},
                      tr("Instruments to run it on, comma-separated (default: every instrument "
                         "that offers the operation)."),
                      tr("names")});
    parser.addOption({{QStringLiteral("p"), QStringLiteral("param")},
                      tr("Operation parameter, may be repeated."),
                      tr("name=value")});
    parser.addOption({QStringLiteral("cap"), tr("Jobs running at once (default 8)."), tr("N")});
    parser.addOption({QStringLiteral("repeat"), tr("Runs per instrument (default 1)."), tr("N")});
    parser.addOption({QStringLiteral("interval"),
                      tr("Run every MS milliseconds per instrument instead (needs --duration)."),
                      tr("ms")});
    parser.addOption(
        {QStringLiteral("duration"), tr("How long to repeat with --interval."), tr("ms")});
    parser.addOption(
        {QStringLiteral("csv"), tr("Export the run's readings to this CSV file."), tr("file")});
    parser.addOption(
        {QStringLiteral("wide"), tr("CSV with a column group per instrument and quantity.")});
    parser.addOption(
        {QStringLiteral("bom"), tr("Start the CSV with a UTF-8 byte order mark (Excel).")});
    parser.addOption({QStringLiteral("runs-folder"),
                      tr("Where journals go (default: the application's data folder)."),
                      tr("dir")});
    parser.addOption({QStringLiteral("connect-timeout"),
                      tr("How long to wait for instruments to connect (default 10000)."),
                      tr("ms")});
    parser.addOption({{QStringLiteral("q"), QStringLiteral("quiet")}, tr("No progress lines.")});

    if (const auto code = parseCommandLine(parser, kCommand, arguments))
        return *code;
    if (!parser.isSet(QStringLiteral("op"))) {
        printError(kCommand, tr("--op is required (see 'labdispatch profiles' for operation ids)"));
        return 2;
    }
    int cap = 8, repeat = 1, interval = 0, duration = 0, connectTimeout = 10000;
    QString error;
    if (!intOption(parser, QStringLiteral("cap"), Dispatcher::kMinCap, Dispatcher::kMaxCap, &cap,
                   &error) ||
        !intOption(parser, QStringLiteral("repeat"), 1, 10'000'000, &repeat, &error) ||
        !intOption(parser, QStringLiteral("interval"), 1, 86'400'000, &interval, &error) ||
        !intOption(parser, QStringLiteral("duration"), 1, 604'800'000, &duration, &error) ||
        !intOption(parser, QStringLiteral("connect-timeout"), 100, 600'000, &connectTimeout,
                   &error)) {
        printError(kCommand, error);
        return 2;
    }
    if (interval > 0 && duration == 0) {
        printError(kCommand, tr("--interval needs --duration (how long to keep measuring)"));
        return 2;
    }
    if (interval > 0 && parser.isSet(QStringLiteral("repeat"))) {
        printError(kCommand, tr("use either --repeat or --interval with --duration, not both"));
        return 2;
    }
    QVariantMap params;
    for (const QString &p : parser.values(QStringLiteral("param"))) {
        const int eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printError(kCommand, tr("--param takes name=value, not '%1'").arg(p));
            return 2;
        }
        params.insert(p.left(eq).trimmed(), p.mid(eq + 1));
    }
    const QString csvPath = parser.value(QStringLiteral("csv"));
    if (!csvPath.isEmpty()) {
        const QFileInfo dir(QFileInfo(csvPath).absolutePath());
        if (!dir.isDir() || !dir.isWritable()) {
            printError(kCommand, tr("--csv: cannot write into '%1'").arg(dir.filePath()));
            return 2;
        }
    }

    BenchSession session;
    if (!session.open(parser, cap, &error)) {
        printError(kCommand, error);
        return 2;
    }
    session.warnAboutProfiles();
    Bench &bench = session.bench();
    const QString op = parser.value(QStringLiteral("op"));
    const bool explicitSelection = parser.isSet(QStringLiteral("instruments"));
    QStringList selection =
        explicitSelection
            ? session.selectInstruments(parser.values(QStringLiteral("instruments")), &error)
            : bench.names();
    if (selection.isEmpty()) {
        printError(kCommand, explicitSelection ? error : tr("the bench has no instruments"));
        return 2;
    }

    const QStringList failures = session.connect(selection, connectTimeout);
    for (const QString &f : failures)
        std::fprintf(stderr, "labdispatch run: %s\n", qPrintable(f));
    if (explicitSelection && !failures.isEmpty())
        return 1;
    if (!explicitSelection) {
        // Every connected instrument whose profile offers the operation.
        QStringList offering;
        for (const QString &name : std::as_const(selection)) {
            const DriverProfile *p = bench.profile(name);
            if (bench.status(name).state == InstrumentState::Idle && p && p->operation(op))
                offering.append(name);
        }
        if (offering.isEmpty()) {
            printError(kCommand, tr("no connected instrument offers the operation '%1'").arg(op));
            return 2;
        }
        selection = offering;
    }

    Bench::RunRequest request;
    request.instruments = selection;
    request.operation = op;
    request.parameters = params;
    request.repeat = repeat;
    request.intervalMs = interval;
    request.durationMs = duration;
    if (!bench.check(request, &error)) {
        printError(kCommand, error);
        return 2;
    }

    // The journal exists before the first job can finish.
    const QString runsFolder = parser.isSet(QStringLiteral("runs-folder"))
                                   ? parser.value(QStringLiteral("runs-folder"))
                                   : Journal::defaultRunsFolder();
    Journal journal(runsFolder);
    RunInfo info;
    info.startedWallNs = wallNowNs();
    info.startedMonoNs = monotonicNowNs();
    info.runId = Journal::newRunId(info.startedWallNs);
    info.appVersion = QCoreApplication::applicationVersion();
    info.bench = session.benchLabel();
    info.cap = cap;
    info.operations = {op};
    for (const QString &name : std::as_const(selection)) {
        const InstrumentStatus s = bench.status(name);
        info.instruments.append({name, s.config.resource, s.identity});
    }
    if (!journal.open(info)) {
        printError(
            kCommand,
            tr("cannot start the journal in '%1': %2").arg(runsFolder, journal.errorString()));
        return 2;
    }
    bench.setJournal(&journal);

    const quint64 runId = bench.run(request, &error);
    if (runId == 0) {
        printError(kCommand, error);
        bench.setJournal(nullptr);
        journal.close(RunEnd::Outcome::Stopped);
        return 2;
    }

    qint64 succeeded = 0, failed = 0, timedOut = 0, cancelled = 0;
    auto drain = [&] {
        for (const Reading &r : bench.takeReadings()) {
            switch (r->status) {
            case JobStatus::Succeeded:
                ++succeeded;
                break;
            case JobStatus::TimedOut:
                ++timedOut;
                break;
            case JobStatus::Cancelled:
                ++cancelled;
                break;
            default:
                ++failed;
                break;
            }
        }
    };
    bool finished = false;
    QObject::connect(&bench, &Bench::readingsAvailable, &bench, drain);
    QObject::connect(&bench, &Bench::runFinished, &bench, [&](quint64 id) {
        if (id == runId) {
            finished = true;
            QCoreApplication::quit();
        }
    });
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const qint64 expected = interval > 0 ? -1 : qint64(repeat) * selection.size();
    QElapsedTimer clock;
    clock.start();
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &progress, [&] {
        const DispatcherCounters c = session.dispatcher().counters();
        const QString total = expected < 0 ? QString() : QStringLiteral("/%1").arg(expected);
        std::fprintf(stderr,
                     "run: %6.1f s  done %lld%s  failed %lld  queued %lld  running %lld/%d\n",
                     clock.elapsed() / 1000.0, succeeded + failed + timedOut + cancelled,
                     qPrintable(total), failed + timedOut, c.queued, c.running, c.cap);
    });
    if (!quiet)
        progress.start(1000);

    SignalQuit signalQuit; // Ctrl-C stops the run cleanly: queued jobs are cancelled, journaled
    if (!finished)
        QCoreApplication::exec();
    const bool interrupted = !finished;
    if (interrupted) {
        std::fprintf(stderr, "labdispatch run: interrupted; stopping\n");
        bench.stopAll();
        QDeadlineTimer bound(10000);
        while (!finished && !bound.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    progress.stop();
    drain();
    bench.setJournal(nullptr);
    const bool journalOk =
        journal.close(interrupted ? RunEnd::Outcome::Stopped : RunEnd::Outcome::Completed);

    const qint64 total = succeeded + failed + timedOut + cancelled;
    std::fprintf(stderr,
                 "run: %lld jobs in %.2f s: %lld succeeded, %lld failed, %lld timed out, %lld "
                 "cancelled; cap %d, at most %lld jobs ran at once (connects included)\n",
                 total, clock.elapsed() / 1000.0, succeeded, failed, timedOut, cancelled, cap,
                 session.dispatcher().counters().peakRunning);
    std::fprintf(stderr, "run: journal %s\n", qPrintable(journal.journalPath()));
    if (!journalOk)
        printError(kCommand, tr("the journal could not be closed: %1").arg(journal.errorString()));

    bool csvOk = true;
    if (!csvPath.isEmpty()) {
        CsvExporter::Options options;
        options.layout = parser.isSet(QStringLiteral("wide")) ? CsvExporter::Layout::Wide
                                                              : CsvExporter::Layout::Long;
        options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
        CsvExporter exporter(options);
        const auto result = exporter.exportJournal(journal.journalPath(), csvPath, {}, {});
        for (const QString &w : result.warnings)
            std::fprintf(stderr, "labdispatch run: warning: %s\n", qPrintable(w));
        if (!result.ok()) {
            printError(kCommand, tr("CSV export failed: %1").arg(result.error));
            csvOk = false;
        } else {
            std::fprintf(stderr, "run: csv %s (%lld rows)\n", qPrintable(csvPath),
                         qint64(result.rows));
        }
    }
    std::printf("%s\n", qPrintable(info.runId));
    const bool allOk = succeeded == total && !interrupted && failures.isEmpty();
    return allOk && csvOk && journalOk ? 0 : 1;
}

} // namespace ld
