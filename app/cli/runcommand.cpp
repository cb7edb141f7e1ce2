// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/runcommand.h"

#include "cli/benchsession.h"
#include "cli/brokeroptions.h"
#include "cli/remotesession.h"
#include "cli/safecommand.h"
#include "common/signalquit.h"
#include "io/transcript.h"
#include "node/remotelab.h"
#include "node/remotetarget.h"
#include "plans/planfile.h"
#include "plans/plansummary.h"
#include "plans/planvalidator.h"
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

#include <algorithm>
#include <cerrno>
#include <cmath>
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

/**
 * The time --dry-run assumes a job takes (an instrument's round trip), as no profile says how
 * long its instruments take: typical of SCPI over LAN and USB-serial at 115200 baud.
 */
constexpr double kNominalJobMs = 50;

/** What the options ask for, whether the instruments are on this PC or on nodes. */
struct RunSettings
{
    RunRequest request;       ///< without instruments: each lab chooses them
    std::optional<Plan> plan; ///< --plan: the plan file's, instead of `request`
    QString planPath;
    bool dryRun = false;
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

/** The instruments the plan's steps name (not those they choose by kind), once each. */
QStringList namedInstruments(const Plan &plan)
{
    QStringList names;
    forEachStep(plan.steps, [&](const PlanStep &step) {
        for (const QString &name : step.instruments.names)
            if (!names.contains(name))
                names.append(name);
    });
    return names;
}

/** Whether a step chooses instruments by kind (which needs their profiles). */
bool selectsByKind(const Plan &plan)
{
    return anyStep(plan.steps,
                   [](const PlanStep &step) { return !step.instruments.kind.isEmpty(); });
}

/** "v = 0.5, i = 2": a sweep point as the progress line shows it. */
QString pointText(const QList<std::pair<QString, double>> &variables)
{
    QStringList parts;
    for (const auto &[name, value] : variables)
        parts.append(QStringLiteral("%1 = %2").arg(name, QString::number(value, 'g', 6)));
    return parts.join(QStringLiteral(", "));
}

/**
 * --dry-run: what the plan would do on `names` (RunEngine::check's), on standard output.
 * Nothing has been connected: the plan was checked against the profiles the bench knows
 * without connecting.
 */
int printDryRun(const Plan &plan, const QStringList &names, const PlanInstruments &available,
                const RunSettings &settings)
{
    const PlanSummary summary = PlanSummary::of(plan, available);
    std::printf(
        "%s\n",
        qPrintable(
            RunCommand::tr("plan: %1")
                .arg(settings.planPath.isEmpty()
                         ? RunCommand::tr("the simple run of '%1'").arg(settings.request.operation)
                     : plan.name.isEmpty()
                         ? settings.planPath
                         : QStringLiteral("%1 (%2)").arg(plan.name, settings.planPath))));
    std::printf(
        "%s\n",
        qPrintable(RunCommand::tr("instruments: %1").arg(names.join(QStringLiteral(", ")))));
    for (const QString &line : summary.text())
        std::printf("%s\n", qPrintable(line));
    // One job per instrument at a time, at most the cap at once: the most jobs that can overlap.
    const int atOnce = std::max<qsizetype>(1, std::min<qsizetype>(settings.cap, names.size()));
    const double jobs = double(summary.jobs) + double(summary.rampExtraSets);
    const double estimateMs = summary.minimumMs + jobs * kNominalJobMs / atOnce;
    const QString estimate = PlanSummary::durationText(estimateMs);
    std::printf(
        "%s\n",
        qPrintable(RunCommand::tr("estimate: about %1%2 (an estimate, not a measurement: "
                                  "the least duration above plus %3 jobs x %4 ms, a "
                                  "nominal job time, over %5 at once, the fewest of the "
                                  "cap %6 and the instruments; steps that wait for each "
                                  "other take longer)")
                       .arg(estimate, summary.openEnded ? RunCommand::tr(" per pass") : QString())
                       .arg(qint64(jobs))
                       .arg(kNominalJobMs)
                       .arg(atOnce)
                       .arg(settings.cap)));
    std::printf("%s\n", qPrintable(RunCommand::tr("dry run: nothing was connected or run")));
    return 0;
}

/**
 * Journals and runs `plan` on `engine` (whose targets are this PC's bench or a shared lab's
 * nodes), reports progress (the step and sweep point included) and a summary, exports the CSV,
 * and prints the run id. Returns the exit code; `reachFailures` (instruments that could not be
 * reached) make it 1, and so does a step that failed the run (RunEngine::runFailed).
 *
 * A signal (Ctrl-C, SIGTERM, SIGHUP) or a closed pipe aborts the run: its jobs are cancelled
 * and every instrument of it whose profile has a safe state gets it; a second signal ends the
 * process at once.
 */
int execute(RunEngine &runner, Dispatcher &dispatcher, const RunSettings &settings,
            const Plan &plan, RunInfo info, bool reachFailures, const char *peakNote,
            qint64 expected)
{
    // The journal exists before the first job can finish.
    Journal journal(settings.runsFolder);
    info.startedWallNs = wallNowNs();
    info.startedMonoNs = monotonicNowNs();
    info.runId = Journal::newRunId(info.startedWallNs);
    info.appVersion = QCoreApplication::applicationVersion();
    info.cap = settings.cap;
    info.operations = operationsOf(plan.steps);
    info.plan = PlanFile::toJson(plan);
    if (!journal.open(info)) {
        printError(kCommand, RunCommand::tr("cannot start the journal in '%1': %2")
                                 .arg(settings.runsFolder, journal.errorString()));
        return 2;
    }
    runner.setJournal(&journal);

    QString error;
    const quint64 runId = runner.start(plan, &error);
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
    QString failure;
    QString step;
    QString point;
    QObject::connect(&runner, &RunEngine::readingsAvailable, &runner, drain);
    QObject::connect(
        &runner, &RunEngine::progress, &runner,
        [&](quint64 id, const QString &path, const QList<std::pair<QString, double>> &variables) {
            if (id == runId) {
                step = path;
                point = pointText(variables);
            }
        });
    QObject::connect(&runner, &RunEngine::runFailed, &runner, [&](quint64 id, const QString &why) {
        if (id == runId)
            failure = why;
    });
    QObject::connect(&runner, &RunEngine::runFinished, &runner, [&](quint64 id) {
        if (id == runId) {
            finished = true;
            QCoreApplication::quit();
        }
    });
    QObject::connect(&runner, &RunEngine::safeStateFinished, &runner,
                     [](const QString &name, bool ok, const QString &text) {
                         std::fprintf(stderr, "run: %s: %s%s\n", qPrintable(name),
                                      ok ? "" : "FAILED: ", qPrintable(text));
                     });
    QElapsedTimer clock;
    clock.start();
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &progress, [&] {
        const DispatcherCounters c = dispatcher.counters();
        const QString total = expected < 0 ? QString() : QStringLiteral("/%1").arg(expected);
        // Where a plan is: its step, and the sweep point (a simple run has neither).
        QString at;
        if (!step.isEmpty())
            at = point.isEmpty() ? QStringLiteral("  at %1").arg(step)
                                 : QStringLiteral("  at %1 (%2)").arg(step, point);
        const int written = std::fprintf(
            stderr, "run: %6.1f s  done %lld%s  failed %lld  queued %lld  running %lld/%d%s\n",
            clock.elapsed() / 1000.0, succeeded + failed + timedOut + cancelled, qPrintable(total),
            failed + timedOut, c.queued, c.running, c.cap, qPrintable(at));
        // Nobody reads the progress any more (`2>&1 | head -1` has seen enough): stop as on
        // Ctrl-C, so the journal is closed and the CSV written.
        if (written < 0 && errno == EPIPE) {
            progress.stop();
            QCoreApplication::quit();
        }
    });
    if (!settings.quiet)
        progress.start(1000);

    SignalQuit signalQuit; // Ctrl-C aborts the run cleanly: jobs cancelled, the safe state applied
    if (!finished)
        QCoreApplication::exec();
    const bool interrupted = !finished;
    if (interrupted) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(RunCommand::tr("labdispatch run: interrupted; aborting the run "
                                               "and applying the safe state (a second Ctrl-C "
                                               "quits at once)")));
        signalQuit.exitOnSecondSignal(
            1, RunCommand::tr("labdispatch run: interrupted again; quitting now (the journal is "
                              "left interrupted; its readings are kept)\n")
                   .toLocal8Bit());
        runner.abort(runId);
        // A safe state is a few sets, each bounded by its timeout.
        QDeadlineTimer bound(60000);
        while (!finished && !bound.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    progress.stop();
    drain();
    runner.setJournal(nullptr);
    const bool journalOk = journal.close(
        interrupted || !failure.isEmpty() ? RunEnd::Outcome::Stopped : RunEnd::Outcome::Completed);

    if (!failure.isEmpty())
        printError(kCommand, RunCommand::tr("the run failed: %1").arg(failure));
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
    const bool allOk = succeeded == total && !interrupted && !reachFailures && failure.isEmpty();
    return allOk && csvOk && journalOk ? 0 : 1;
}

/** The jobs progress lines count up to, when known before the run; -1 otherwise. */
qint64 expectedJobs(const Plan &plan, const PlanInstruments &available, bool interval)
{
    const PlanSummary summary = PlanSummary::of(plan, available);
    // Interval waves skip a busy instrument, and ramps make sets of their own.
    if (interval || summary.openEnded || summary.rampedSets > 0)
        return -1;
    return qint64(std::min<quint64>(summary.jobs, quint64(std::numeric_limits<qint64>::max())));
}

/**
 * What the run carries out, checked by `engine` as start() will: the plan file's plan (its
 * errors each start with the file name), or the simple run of the options on `selection`;
 * `instruments` are those it addresses (RunEngine::check's order). Nothing, with `error`, when
 * it cannot run.
 */
std::optional<Plan> planToRun(const RunEngine &engine, const RunSettings &settings,
                              const QStringList &selection, QStringList *instruments,
                              QString *error)
{
    if (!settings.plan) {
        RunRequest request = settings.request;
        request.instruments = selection;
        if (!engine.check(request, error, instruments))
            return std::nullopt;
        return request.toPlan();
    }
    if (!engine.check(*settings.plan, error, instruments)) {
        const QString prefix = settings.planPath + QStringLiteral(": ");
        *error = prefix + error->replace(QLatin1Char('\n'), QLatin1Char('\n') + prefix);
        return std::nullopt;
    }
    return settings.plan;
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

/**
 * With --trace, `names` record their traffic from before the connect on, so the transcript
 * holds the *IDN? a replay answers with.
 */
void traceBeforeConnect(Bench &bench, const RunSettings &settings, const QStringList &names)
{
    if (settings.tracePath.isEmpty())
        return;
    for (const QString &name : names)
        bench.setTracing(name, true);
}

/** The instruments of this PC's bench. */
int runOnBench(const QCommandLineParser &parser, const RunSettings &settings)
{
    BenchSession session;
    QString error;
    // A dry run connects to nothing: simulated instruments are checked against their
    // simulator's profile, a bench file's against the `profile` its entries pin.
    if (!session.open(parser, settings.cap, &error, settings.dryRun)) {
        printError(kCommand, error);
        return 2;
    }
    session.warnAboutProfiles();
    if (!settings.dryRun)
        SafeCommand::printInterruptedNotice(kCommand, settings.runsFolder, session.profiles(),
                                            parser);
    Bench &bench = session.bench();
    RunEngine engine(&session.dispatcher());
    engine.addTarget(&bench);
    QObject::connect(&bench, &Bench::eventLogged, &engine, &printLinkEvent);

    QStringList failures;
    QStringList selection;
    if (settings.plan) {
        const Plan &plan = *settings.plan;
        if (!settings.dryRun) {
            // The instruments the plan names; all of them when it chooses some by kind, which
            // takes their profiles.
            QStringList named = namedInstruments(plan);
            named.removeIf([&](const QString &name) { return !bench.contains(name); });
            const QStringList wanted = selectsByKind(plan) ? bench.names() : named;
            traceBeforeConnect(bench, settings, wanted);
            failures = session.connect(wanted, settings.connectTimeout);
            for (const QString &f : std::as_const(failures))
                std::fprintf(stderr, "labdispatch run: %s\n", qPrintable(f));
            // An instrument the plan names that did not connect: the run cannot happen now.
            for (const QString &name : std::as_const(named))
                if (bench.status(name).state != InstrumentState::Idle)
                    return 1;
        }
    } else {
        const QString &op = settings.request.operation;
        selection = settings.explicitSelection
                        ? session.selectInstruments(settings.selection, &error)
                        : bench.names();
        if (selection.isEmpty()) {
            printError(kCommand, settings.explicitSelection
                                     ? error
                                     : RunCommand::tr("the bench has no instruments"));
            return 2;
        }
        if (!settings.dryRun) {
            traceBeforeConnect(bench, settings, selection);
            failures = session.connect(selection, settings.connectTimeout);
            for (const QString &f : std::as_const(failures))
                std::fprintf(stderr, "labdispatch run: %s\n", qPrintable(f));
            if (settings.explicitSelection && !failures.isEmpty())
                return 1;
        }
        if (!settings.explicitSelection) {
            // Every connected instrument (with a dry run: every one whose profile is known)
            // whose profile offers the operation.
            QStringList offering;
            for (const QString &name : std::as_const(selection)) {
                const DriverProfile *p = bench.profile(name);
                const bool usable = settings.dryRun
                                        ? bench.unavailable(name).isEmpty()
                                        : bench.status(name).state == InstrumentState::Idle;
                if (usable && p && p->operation(op))
                    offering.append(name);
            }
            if (offering.isEmpty()) {
                printError(
                    kCommand,
                    RunCommand::tr("no connected instrument offers the operation '%1'").arg(op));
                return 2;
            }
            selection = offering;
        }
    }
    QStringList instruments;
    const std::optional<Plan> checked =
        planToRun(engine, settings, selection, &instruments, &error);
    if (!checked) {
        printError(kCommand, error);
        return 2;
    }
    const Plan &plan = *checked;
    const PlanInstruments available = engine.planInstruments();
    if (settings.dryRun)
        return printDryRun(plan, instruments, available, settings);

    RunInfo info;
    info.bench = session.benchLabel();
    for (const QString &name : std::as_const(instruments)) {
        const InstrumentStatus s = bench.status(name);
        info.instruments.append({name, s.config.resource, s.identity});
    }
    const int code = execute(engine, session.dispatcher(), settings, plan, info,
                             !failures.isEmpty(), " (connects included)",
                             expectedJobs(plan, available, settings.request.intervalMs > 0));
    if (settings.tracePath.isEmpty())
        return code;
    QList<TraceEvent> events;
    for (const QString &name : bench.names())
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
    if (settings.plan) {
        // The plan names its instruments; the engine's check says which cannot run.
    } else if (settings.explicitSelection) {
        selection = session.selectInstruments(settings.selection, &error);
        if (selection.isEmpty()) {
            printError(kCommand, error);
            return 2;
        }
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
    // An instrument named with -i or by the plan, on an offline node, is as one that does not
    // connect on a bench: the run cannot happen now (the plan is not wrong).
    bool offline = false;
    for (const QString &name : settings.plan
                                   ? namedInstruments(*settings.plan)
                                   : (settings.explicitSelection ? selection : QStringList())) {
        const qsizetype slash = name.indexOf(QLatin1Char('/'));
        const RemoteLab::NodeInfo node = lab.node(name.left(slash));
        if (slash > 0 && !node.online && node.instruments.contains(name.mid(slash + 1))) {
            printError(kCommand,
                       RunCommand::tr("%1: the node '%2' is offline").arg(name, name.left(slash)));
            offline = true;
        }
    }
    if (offline)
        return 1;

    QStringList instruments;
    const std::optional<Plan> checked =
        planToRun(runner, settings, selection, &instruments, &error);
    if (!checked) {
        printError(kCommand, error);
        return 2;
    }
    const Plan &plan = *checked;
    const PlanInstruments available = runner.planInstruments();
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
    for (const QString &name : std::as_const(instruments)) {
        const InstrumentStatus s = target.status(name);
        info.instruments.append({name, s.config.resource, s.identity});
    }
    return execute(runner, session.dispatcher(), settings, plan, info, false, "",
                   expectedJobs(plan, available, settings.request.intervalMs > 0));
}
} // namespace

int RunCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs an operation, or a plan (--plan), on instruments through the capped "
           "dispatcher: those of this PC's bench, or with --broker those of the nodes sharing a "
           "lab. Every reading is journaled; --csv exports them. Ctrl-C aborts the run and "
           "applies the safe state. Exit status: 0 all jobs succeeded, 1 some failed, the plan "
           "failed or the run was interrupted, 2 usage error or invalid plan."));
    parser.addHelpOption();
    BenchSession::addOptions(parser);
    BrokerOptions::addOptions(parser, BrokerOptions::Role::Controller);
    parser.addOption({QStringLiteral("plan"),
                      tr("Run this plan file (docs/plans.md) instead of one operation."),
                      tr("file")});
    parser.addOption({QStringLiteral("dry-run"),
                      tr("Check the plan (or the operation) against the bench's profiles and "
                         "print the jobs and an estimated duration; connect to nothing, run "
                         "nothing.")});
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
    RunSettings settings;
    settings.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (settings.dryRun && BrokerOptions::isRequested(parser)) {
        printError(kCommand, tr("--dry-run checks against a local bench's profiles and cannot "
                                "be used with --broker"));
        return 2;
    }
    if (parser.isSet(QStringLiteral("plan"))) {
        for (const char *simpleOnly :
             {"op", "instruments", "param", "repeat", "interval", "duration"}) {
            if (parser.isSet(QLatin1String(simpleOnly))) {
                printError(kCommand, tr("--%1 is for a run of one operation; a plan names its own "
                                        "instruments, operations and repeats")
                                         .arg(QLatin1String(simpleOnly)));
                return 2;
            }
        }
        settings.planPath = parser.value(QStringLiteral("plan"));
        PlanFile::Result loaded = PlanFile::load(settings.planPath);
        if (!loaded.plan) {
            printError(kCommand, loaded.error);
            return 2;
        }
        settings.plan = std::move(loaded.plan);
    } else if (!parser.isSet(QStringLiteral("op"))) {
        printError(kCommand, tr("--op or --plan is required (see 'labdispatch profiles' for "
                                "operation ids, docs/plans.md for plan files)"));
        return 2;
    }
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
