// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/runcommand.h"

#include "cli/benchsession.h"
#include "cli/brokeroptions.h"
#include "cli/remotesession.h"
#include "common/signalquit.h"
#include "io/transcript.h"
#include "node/remotelab.h"
#include "node/remotetarget.h"
#include "plans/runengine.h"
#include "results/csvexporter.h"
#include "results/journal.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#include <cerrno>
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

/** What the options ask for, whether the instruments are on this PC or on nodes. */
struct RunSettings
{
    RunRequest request; ///< without instruments: each lab chooses them
    int cap = 8;
    int connectTimeout = 10000;
    bool explicitSelection = false;
    QStringList selection; ///< the -i values as given
    QString csvPath;
    QString tracePath; ///< --trace: the transcript of the run's instruments goes here
    QString runsFolder;
    bool wide = false;
    bool bom = false;
    bool quiet = false;
};

/**
 * Journals and runs `request` on `engine` (whose targets are this PC's bench or a shared
 * lab's nodes), reports progress and a summary, exports the CSV, and prints the run id.
 * Returns the exit code; `reachFailures` (instruments that could not be reached) make it 1.
 */
int execute(RunEngine &runner, Dispatcher &dispatcher, const RunSettings &settings,
            const RunRequest &request, RunInfo info, bool reachFailures, const char *peakNote)
{
    // The journal exists before the first job can finish.
    Journal journal(settings.runsFolder);
    info.startedWallNs = wallNowNs();
    info.startedMonoNs = monotonicNowNs();
    info.runId = Journal::newRunId(info.startedWallNs);
    info.appVersion = QCoreApplication::applicationVersion();
    info.cap = settings.cap;
    info.operations = {request.operation};
    if (!journal.open(info)) {
        printError(kCommand, RunCommand::tr("cannot start the journal in '%1': %2")
                                 .arg(settings.runsFolder, journal.errorString()));
        return 2;
    }
    runner.setJournal(&journal);

    QString error;
    const quint64 runId = runner.start(request, &error);
    if (runId == 0) {
        printError(kCommand, error);
        runner.setJournal(nullptr);
        journal.close(RunEnd::Outcome::Stopped);
        return 2;
    }

    qint64 succeeded = 0, failed = 0, timedOut = 0, cancelled = 0;
    auto drain = [&] {
        for (const Reading &r : runner.takeReadings()) {
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
    QObject::connect(&runner, &RunEngine::readingsAvailable, &runner, drain);
    QObject::connect(&runner, &RunEngine::runFinished, &runner, [&](quint64 id) {
        if (id == runId) {
            finished = true;
            QCoreApplication::quit();
        }
    });
    const qint64 expected =
        request.intervalMs > 0 ? -1 : qint64(request.repeat) * request.instruments.size();
    QElapsedTimer clock;
    clock.start();
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &progress, [&] {
        const DispatcherCounters c = dispatcher.counters();
        const QString total = expected < 0 ? QString() : QStringLiteral("/%1").arg(expected);
        const int written = std::fprintf(
            stderr, "run: %6.1f s  done %lld%s  failed %lld  queued %lld  running %lld/%d\n",
            clock.elapsed() / 1000.0, succeeded + failed + timedOut + cancelled, qPrintable(total),
            failed + timedOut, c.queued, c.running, c.cap);
        // Nobody reads the progress any more (`2>&1 | head -1` has seen enough): stop as on
        // Ctrl-C, so the journal is closed and the CSV written.
        if (written < 0 && errno == EPIPE) {
            progress.stop();
            QCoreApplication::quit();
        }
    });
    if (!settings.quiet)
        progress.start(1000);

    SignalQuit signalQuit; // Ctrl-C stops the run cleanly: the jobs out are cancelled, journaled
    if (!finished)
        QCoreApplication::exec();
    const bool interrupted = !finished;
    if (interrupted) {
        std::fprintf(stderr, "labdispatch run: interrupted; stopping\n");
        runner.stopAll();
        QDeadlineTimer bound(10000);
        while (!finished && !bound.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    progress.stop();
    drain();
    runner.setJournal(nullptr);
    const bool journalOk =
        journal.close(interrupted ? RunEnd::Outcome::Stopped : RunEnd::Outcome::Completed);

    const qint64 total = succeeded + failed + timedOut + cancelled;
    std::fprintf(stderr,
                 "run: %lld jobs in %.2f s: %lld succeeded, %lld failed, %lld timed out, %lld "
                 "cancelled; cap %d, at most %lld jobs ran at once%s\n",
                 total, clock.elapsed() / 1000.0, succeeded, failed, timedOut, cancelled,
                 settings.cap, dispatcher.counters().peakRunning, peakNote);
    std::fprintf(stderr, "run: journal %s\n", qPrintable(journal.journalPath()));
    if (!journalOk)
        printError(
            kCommand,
            RunCommand::tr("the journal could not be closed: %1").arg(journal.errorString()));

    bool csvOk = true;
    if (!settings.csvPath.isEmpty()) {
        CsvExporter::Options options;
        options.layout = settings.wide ? CsvExporter::Layout::Wide : CsvExporter::Layout::Long;
        options.byteOrderMark = settings.bom;
        CsvExporter exporter(options);
        const auto result = exporter.exportJournal(journal.journalPath(), settings.csvPath, {}, {});
        for (const QString &w : result.warnings)
            std::fprintf(stderr, "labdispatch run: warning: %s\n", qPrintable(w));
        if (!result.ok()) {
            printError(kCommand, RunCommand::tr("CSV export failed: %1").arg(result.error));
            csvOk = false;
        } else {
            std::fprintf(stderr, "run: csv %s (%lld rows)\n", qPrintable(settings.csvPath),
                         qint64(result.rows));
        }
    }
    // The run id is what scripts capture from standard output, unless the CSV goes there.
    std::fprintf(settings.csvPath == QLatin1String(CsvExporter::kStandardOutput) ? stderr : stdout,
                 "%s\n", qPrintable(info.runId));
    const bool allOk = succeeded == total && !interrupted && !reachFailures;
    return allOk && csvOk && journalOk ? 0 : 1;
}

/**
 * A lost, refused or restored link says why at once: a job's error alone cannot tell that
 * another instrument answers on the port. Per-job failures stay in the journal.
 */
void printLinkEvent(const BenchEvent &e)
{
    if (e.aboutLink)
        std::fprintf(stderr, "run: %s: %s\n", qPrintable(e.instrument), qPrintable(e.text));
}

/** The instruments of this PC's bench. */
int runOnBench(const QCommandLineParser &parser, const RunSettings &settings)
{
    BenchSession session;
    QString error;
    if (!session.open(parser, settings.cap, &error)) {
        printError(kCommand, error);
        return 2;
    }
    session.warnAboutProfiles();
    Bench &bench = session.bench();
    const QString &op = settings.request.operation;
    QStringList selection = settings.explicitSelection
                                ? session.selectInstruments(settings.selection, &error)
                                : bench.names();
    if (selection.isEmpty()) {
        printError(kCommand, settings.explicitSelection
                                 ? error
                                 : RunCommand::tr("the bench has no instruments"));
        return 2;
    }

    // Before the connect: the transcript then holds the *IDN? a replay answers with.
    if (!settings.tracePath.isEmpty()) {
        for (const QString &name : std::as_const(selection))
            bench.setTracing(name, true);
    }
    const QStringList failures = session.connect(selection, settings.connectTimeout);
    for (const QString &f : failures)
        std::fprintf(stderr, "labdispatch run: %s\n", qPrintable(f));
    if (settings.explicitSelection && !failures.isEmpty())
        return 1;
    if (!settings.explicitSelection) {
        // Every connected instrument whose profile offers the operation.
        QStringList offering;
        for (const QString &name : std::as_const(selection)) {
            const DriverProfile *p = bench.profile(name);
            if (bench.status(name).state == InstrumentState::Idle && p && p->operation(op))
                offering.append(name);
        }
        if (offering.isEmpty()) {
            printError(kCommand,
                       RunCommand::tr("no connected instrument offers the operation '%1'").arg(op));
            return 2;
        }
        selection = offering;
    }

    RunEngine engine(&session.dispatcher());
    engine.addTarget(&bench);
    QObject::connect(&bench, &Bench::eventLogged, &engine, &printLinkEvent);
    RunRequest request = settings.request;
    request.instruments = selection;
    if (!engine.check(request, &error)) {
        printError(kCommand, error);
        return 2;
    }
    RunInfo info;
    info.bench = session.benchLabel();
    for (const QString &name : std::as_const(selection)) {
        const InstrumentStatus s = bench.status(name);
        info.instruments.append({name, s.config.resource, s.identity});
    }
    const int code = execute(engine, session.dispatcher(), settings, request, info,
                             !failures.isEmpty(), " (connects included)");
    if (settings.tracePath.isEmpty())
        return code;
    QList<TraceEvent> events;
    for (const QString &name : std::as_const(selection))
        events += bench.traceEvents(name);
    QSaveFile file(settings.tracePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(Transcript::write(events)) < 0 ||
        !file.commit()) {
        printError(kCommand, RunCommand::tr("cannot write the transcript '%1': %2")
                                 .arg(settings.tracePath, file.errorString()));
        return 1;
    }
    std::fprintf(stderr, "run: transcript %s (%lld events)\n", qPrintable(settings.tracePath),
                 qint64(events.size()));
    return code;
}

/** The instruments of the nodes sharing a lab through a broker, "node/instrument". */
int runOnLab(const QCommandLineParser &parser, const RunSettings &settings)
{
    QString error;
    const auto broker = BrokerOptions::fromParser(parser, BrokerOptions::Role::Controller, &error);
    if (!broker || !BrokerOptions::rejectLocalOptions(
                       parser,
                       {QStringLiteral("bench"), QStringLiteral("sim"),
                        QStringLiteral("connect-timeout"), QStringLiteral("trace")},
                       &error)) {
        printError(kCommand, error);
        return 2;
    }
    RemoteSession session(*broker, settings.cap);
    // The operations and their limits come from this PC's copies of the nodes' profiles.
    if (!BenchSession::loadProfiles(session.profiles(), parser, &error)) {
        printError(kCommand, error);
        return 2;
    }
    BenchSession::warnAboutProfiles(session.profiles());
    {
        SignalQuit signalQuit; // Ctrl-C while waiting for the broker ends at once
        if (!session.open(&error)) {
            printError(kCommand, error);
            return 1;
        }
    }
    const RemoteLab &lab = session.lab();
    RemoteTarget &target = session.target();
    RunEngine runner(&session.dispatcher());
    runner.addTarget(&target);
    const QString &op = settings.request.operation;
    QStringList selection;
    if (settings.explicitSelection) {
        selection = session.selectInstruments(settings.selection, &error);
        if (selection.isEmpty()) {
            printError(kCommand, error);
            return 2;
        }
        // As an instrument that does not connect on a bench: the run cannot happen now.
        bool offline = false;
        for (const QString &name : std::as_const(selection)) {
            const QString node = name.left(name.indexOf(QLatin1Char('/')));
            if (!lab.node(node).online) {
                printError(kCommand,
                           RunCommand::tr("%1: the node '%2' is offline").arg(name, node));
                offline = true;
            }
        }
        if (offline)
            return 1;
    } else {
        // Every connected instrument of an online node whose profile offers the operation.
        for (const RemoteLab::RemoteInstrument &i : lab.instruments()) {
            const QString name = RemoteLab::key(i.node, i.name);
            const DriverProfile *p = target.profile(name);
            if (i.nodeOnline && i.state == instrumentStateName(InstrumentState::Idle) && p &&
                p->operation(op))
                selection.append(name);
        }
        if (selection.isEmpty()) {
            printError(kCommand, RunCommand::tr("no connected instrument of the lab at %1 offers "
                                                "the operation '%2'; the lab has: %3")
                                     .arg(session.brokerLabel(), op, session.describeLab()));
            return 2;
        }
    }

    RunRequest request = settings.request;
    request.instruments = selection;
    if (!runner.check(request, &error)) {
        printError(kCommand, error);
        return 2;
    }
    // Said at once, whatever -q says: the rule is in the README and the man page.
    QObject::connect(&lab, &RemoteLab::brokerDown, &runner, [&](const QString &reason) {
        printError(kCommand, RunCommand::tr("the broker at %1 is gone (%2); jobs wait up to %3 ms "
                                            "for it to come back")
                                 .arg(session.brokerLabel(), reason)
                                 .arg(broker->connectTimeoutMs));
    });
    QObject::connect(&lab, &RemoteLab::brokerBack, &runner, [&] {
        printError(kCommand, RunCommand::tr("the broker at %1 is back; the waiting jobs are sent")
                                 .arg(session.brokerLabel()));
    });
    QObject::connect(&lab, &RemoteLab::brokerLost, &runner, [&] {
        printError(kCommand, RunCommand::tr("the broker at %1 did not come back within %2 ms; the "
                                            "unfinished jobs end as 'broker lost' and so does the "
                                            "run")
                                 .arg(session.brokerLabel())
                                 .arg(broker->connectTimeoutMs));
    });
    RunInfo info;
    info.bench = RunCommand::tr("lab at %1").arg(session.brokerLabel());
    for (const QString &name : std::as_const(selection)) {
        const InstrumentStatus s = target.status(name);
        info.instruments.append({name, s.config.resource, s.identity});
    }
    return execute(runner, session.dispatcher(), settings, request, info, false, "");
}
} // namespace

int RunCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs an operation on instruments through the capped dispatcher: those of this PC's "
           "bench, or with --broker those of the nodes sharing a lab. Every reading is "
           "journaled; --csv exports them. Exit status: 0 all jobs succeeded, 1 some failed, "
           "2 usage error."));
    parser.addHelpOption();
    BenchSession::addOptions(parser);
    BrokerOptions::addOptions(parser, BrokerOptions::Role::Controller);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("op")},
                      tr("Operation id to run (see 'labdispatch profiles')."),
                      tr("operation")});
    parser.addOption({{QStringLiteral("i"), QStringLiteral("instruments")},
                      tr("Instruments to run it on, comma-separated, NODE/NAME with --broker "
                         "(default: every connected instrument that offers the operation)."),
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
        {QStringLiteral("csv"),
         tr("Export the run's readings to this CSV file; '-' writes to standard output."),
         tr("file")});
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
    parser.addOption({QStringLiteral("trace"),
                      tr("Record the traffic of the run's instruments and write it to this "
                         "transcript file (see 'labdispatch trace')."),
                      tr("file")});
    parser.addOption({{QStringLiteral("q"), QStringLiteral("quiet")}, tr("No progress lines.")});

    if (const auto code = parseCommandLine(parser, kCommand, arguments))
        return *code;
    QString error;
    if (!BrokerOptions::rejectWithoutBroker(parser, BrokerOptions::Role::Controller, &error)) {
        printError(kCommand, error);
        return 2;
    }
    if (!parser.isSet(QStringLiteral("op"))) {
        printError(kCommand, tr("--op is required (see 'labdispatch profiles' for operation ids)"));
        return 2;
    }
    RunSettings settings;
    RunRequest &request = settings.request;
    if (!intOption(parser, QStringLiteral("cap"), Dispatcher::kMinCap, Dispatcher::kMaxCap,
                   &settings.cap, &error) ||
        !intOption(parser, QStringLiteral("repeat"), 1, 10'000'000, &request.repeat, &error) ||
        !intOption(parser, QStringLiteral("interval"), 1, 86'400'000, &request.intervalMs,
                   &error) ||
        !intOption(parser, QStringLiteral("duration"), 1, 604'800'000, &request.durationMs,
                   &error) ||
        !intOption(parser, QStringLiteral("connect-timeout"), 100, 600'000,
                   &settings.connectTimeout, &error)) {
        printError(kCommand, error);
        return 2;
    }
    if (request.intervalMs > 0 && request.durationMs == 0) {
        printError(kCommand, tr("--interval needs --duration (how long to keep measuring)"));
        return 2;
    }
    if (request.intervalMs > 0 && parser.isSet(QStringLiteral("repeat"))) {
        printError(kCommand, tr("use either --repeat or --interval with --duration, not both"));
        return 2;
    }
    for (const QString &p : parser.values(QStringLiteral("param"))) {
        const int eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printError(kCommand, tr("--param takes name=value, not '%1'").arg(p));
            return 2;
        }
        request.parameters.insert(p.left(eq).trimmed(), p.mid(eq + 1));
    }
    request.operation = parser.value(QStringLiteral("op"));
    settings.csvPath = parser.value(QStringLiteral("csv"));
    settings.tracePath = parser.value(QStringLiteral("trace"));
    QString csvError;
    if (parser.isSet(QStringLiteral("csv")) &&
        !CsvExporter::checkDestination(settings.csvPath, &csvError)) {
        printError(kCommand, QStringLiteral("--csv: ") + csvError);
        return 2;
    }
    settings.explicitSelection = parser.isSet(QStringLiteral("instruments"));
    settings.selection = parser.values(QStringLiteral("instruments"));
    settings.runsFolder = parser.isSet(QStringLiteral("runs-folder"))
                              ? parser.value(QStringLiteral("runs-folder"))
                              : Journal::defaultRunsFolder();
    settings.wide = parser.isSet(QStringLiteral("wide"));
    settings.bom = parser.isSet(QStringLiteral("bom"));
    settings.quiet = parser.isSet(QStringLiteral("quiet"));

    return BrokerOptions::isRequested(parser) ? runOnLab(parser, settings)
                                              : runOnBench(parser, settings);
}

} // namespace ld
