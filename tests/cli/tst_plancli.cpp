// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "binaryrun.h"
#include "instruments/profileregistry.h"
#include "journalinstruments.h"
#include "plans/planfile.h"
#include "results/journal.h"
#include "results/journalreader.h"
#include "sim/simbench.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace ld;

namespace {
/** A supply, a DMM wired to its channel 1 and a thermometer (no safe state), all on TCP. */
const char *kSimBench = R"({
  "name": "plancli",
  "instruments": [
    { "name": "psu", "profile": "labdispatch-sim-psu3", "transport": "tcp", "seed": 21, "latencyMs": 1 },
    { "name": "vdmm", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 22, "latencyMs": 1,
      "wire": { "instrument": "psu", "operation": "measure_voltage", "channel": 1 } },
    { "name": "therm", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 23, "latencyMs": 1 }
  ]
})";

/** Output on, then at each of `points` voltages: set, wait `waitMs`, the DMM measures. */
QByteArray sweepPlan(const char *values, int waitMs)
{
    return QStringLiteral(R"({
  "schema": 1,
  "name": "cli sweep",
  "steps": [
    { "set": { "instruments": "psu", "operation": "set_output", "parameters": { "channel": 1, "state": "ON" } } },
    { "sweep": { "variable": "v", "values": [%1], "body": [
        { "set": { "instruments": "psu", "operation": "set_voltage", "parameters": { "channel": 1, "value": "${v}" } } },
        { "wait": { "ms": %2 } },
        { "measure": { "instruments": "vdmm", "operation": "measure_voltage_dc" } }
    ] } }
  ]
})")
        .arg(QLatin1String(values))
        .arg(waitMs)
        .toUtf8();
}

/** Output on at 2 V, then the thermometer every 20 ms for ten minutes: only a signal ends it. */
const QByteArray kLongPlan = R"({
  "schema": 1,
  "steps": [
    { "set": { "instruments": "psu", "operation": "set_voltage", "parameters": { "channel": 1, "value": 2 } } },
    { "set": { "instruments": "psu", "operation": "set_output", "parameters": { "channel": 1, "state": "ON" } } },
    { "repeat": { "everyMs": 20, "forMs": 600000, "body": [
        { "measure": { "instruments": "therm", "operation": "measure_temperature" } }
    ] } }
  ]
})";
} // namespace

/**
 * `labdispatch run --plan`, `--dry-run`, `safe`, signals and kill -9 as scripts meet them: the
 * real binary against simulated instruments served by this test (over loopback TCP), so the
 * supply's output can be asked over its own transport after the binary has gone.
 */
class TestPlanCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ProfileRegistry m_profiles;
    std::unique_ptr<SimBench> m_sim;
    QString m_bench;

    using Result = ld::test::BinaryResult;

    static Result runCli(const QStringList &args)
    {
        return ld::test::runBinary(QStringLiteral(LABDISPATCH_BINARY), args);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(content) != content.size())
            return {};
        return path;
    }

    /** One SCPI exchange with a simulated instrument over its TCP resource. */
    QString ask(const QString &instrument, const QByteArray &command)
    {
        const QStringList parts = m_sim->resource(instrument).split(QStringLiteral("::"));
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), parts.value(2).toUShort());
        if (!socket.waitForConnected(5000))
            return QStringLiteral("(no connection)");
        // A set has no reply: *OPC? after it says it is done.
        socket.write(command + (command.contains('?') ? "\n" : "\n*OPC?\n"));
        QByteArray reply;
        while (!reply.contains('\n') && socket.waitForReadyRead(5000))
            reply += socket.readAll();
        return QString::fromUtf8(reply).trimmed();
    }

    QString outputState() { return ask(QStringLiteral("psu"), "OUTP1:STAT?"); }

    /**
     * Starts kLongPlan, journaling into `runs`; true once a progress line shows its repeat under
     * way (the supply's output is on by then). `err` collects the standard error read.
     */
    bool startLongPlan(QProcess &p, const QString &runs, QByteArray &err)
    {
        p.start(QStringLiteral(LABDISPATCH_BINARY),
                {QStringLiteral("run"), QStringLiteral("--bench"), m_bench,
                 QStringLiteral("--plan"), writeFile(QStringLiteral("long.json"), kLongPlan),
                 QStringLiteral("--runs-folder"), runs});
        return p.waitForStarted() &&
               QTest::qWaitFor(
                   [&] { return (err += p.readAllStandardError()).contains("at steps[2]"); },
                   30000);
    }

    static QStringList runFolders(const QString &runs)
    {
        return QDir(runs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }

    static QString journalOf(const QString &runs)
    {
        const QStringList dirs = runFolders(runs);
        return dirs.size() == 1 ? Journal::journalPath(runs, dirs.first()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 5);
        QString error;
        const auto specs = SimBench::parse(kSimBench, &error);
        QVERIFY2(specs, qPrintable(error));
        m_sim = std::make_unique<SimBench>();
        QVERIFY2(m_sim->start(m_profiles, *specs, &error), qPrintable(error));
        m_bench = writeFile(QStringLiteral("bench.json"), m_sim->benchFile());
        QVERIFY(!m_bench.isEmpty());
    }

    void cleanupTestCase() { m_sim.reset(); }

    void init()
    {
        // Every test starts from a supply that is off, at 0 V.
        ask(QStringLiteral("psu"), "OUTP1:STAT OFF");
        ask(QStringLiteral("psu"), "SOUR1:VOLT 0");
        QCOMPARE(outputState(), QStringLiteral("OFF"));
    }

    void aPlanRunsJournalsItsPlanAndShowsTheStepAndSweepPoint()
    {
        QTemporaryDir runs;
        const QString plan = writeFile(QStringLiteral("sweep.json"), sweepPlan("1, 2, 3", 700));
        const QString csv = m_dir.filePath(QStringLiteral("sweep.csv"));
        const Result r = runCli({QStringLiteral("run"), QStringLiteral("--bench"), m_bench,
                                 QStringLiteral("--plan"), plan, QStringLiteral("--runs-folder"),
                                 runs.path(), QStringLiteral("--csv"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The progress lines name the step and the sweep point the run is at.
        static const QRegularExpression at(
            QStringLiteral(
                R"(^run: .*done \d+/7 .* at steps\[1\]\.sweep\.body\[\d\] \(v = [123]\)$)"),
            QRegularExpression::MultilineOption);
        QVERIFY2(at.match(r.err).hasMatch(), qPrintable(r.err));

        // The journal's header holds the plan it ran, and every reading its step and point.
        JournalReader reader(journalOf(runs.path()));
        QVERIFY(reader.open());
        const PlanFile::Result header = PlanFile::parse(reader.runInfo().plan);
        QVERIFY2(header.plan, qPrintable(header.error));
        QCOMPARE(header.plan->name, QStringLiteral("cli sweep"));
        QCOMPARE(header.plan->steps.size(), 2);
        QCOMPARE(reader.runInfo().operations,
                 QStringList({QStringLiteral("set_output"), QStringLiteral("set_voltage"),
                              QStringLiteral("measure_voltage_dc")}));
        QStringList names;
        for (const RunInfo::Instrument &i : reader.runInfo().instruments)
            names.append(i.name);
        QCOMPARE(names, QStringList({QStringLiteral("psu"), QStringLiteral("vdmm")}));
        QList<double> measured;
        for (Reading reading; reader.next(reading);) {
            if (reading->instrument != QStringLiteral("vdmm"))
                continue;
            QCOMPARE(reading->step, QStringLiteral("steps[1].sweep.body[2]"));
            QCOMPARE(reading->variables.size(), 1);
            measured.append(reading->variables.at(0).second);
        }
        QCOMPARE(measured, QList<double>({1, 2, 3}));
        QCOMPARE(outputState(), QStringLiteral("ON")); // the plan left it on, as written
    }

    void aPlanThatFailsExitsOneAndSaysWhy()
    {
        QTemporaryDir runs;
        // Readings with noise are never stable within a nanokelvin.
        const QString plan = writeFile(QStringLiteral("unstable.json"), R"({
  "schema": 1,
  "steps": [
    { "wait": { "stable": { "instruments": "therm", "operation": "measure_temperature",
                "tolerance": 1e-9, "forMs": 100, "pollMs": 20, "timeoutMs": 300 } } }
  ]
})");
        const Result r = runCli({QStringLiteral("run"), QStringLiteral("--bench"), m_bench,
                                 QStringLiteral("--plan"), plan, QStringLiteral("--runs-folder"),
                                 runs.path(), QStringLiteral("-q")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("labdispatch run: the run failed: ")) &&
                     r.err.contains(QStringLiteral("steps[0]")),
                 qPrintable(r.err));
        const auto end = JournalReader::readRunEnd(journalOf(runs.path()));
        QVERIFY(end.has_value());
        QCOMPARE(end->outcome, RunEnd::Outcome::Stopped);
    }

    void aDryRunPrintsJobsAndAnEstimateAndRunsNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("jobs");
        QTest::newRow("a plan: 1 + 3 x 2 jobs")
            << QStringList{QStringLiteral("--plan"), QStringLiteral("sweep")}
            << QStringLiteral("jobs: 7");
        QTest::newRow("the simple form: 2 instruments x 3")
            << QStringList{QStringLiteral("--op"),     QStringLiteral("identify"),
                           QStringLiteral("-i"),       QStringLiteral("psu,therm"),
                           QStringLiteral("--repeat"), QStringLiteral("3")}
            << QStringLiteral("jobs: 6");
    }
    void aDryRunPrintsJobsAndAnEstimateAndRunsNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, jobs);
        if (args.value(1) == QStringLiteral("sweep"))
            args[1] = writeFile(QStringLiteral("dry.json"), sweepPlan("1, 2, 3", 500));
        QTemporaryDir runs;
        const Result r = runCli(QStringList{QStringLiteral("run"), QStringLiteral("--bench"),
                                            m_bench, QStringLiteral("--dry-run"),
                                            QStringLiteral("--runs-folder"), runs.path()} +
                                args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1Char('\n') + jobs + QLatin1Char('\n')), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("estimate: about ")) &&
                     r.out.contains(QStringLiteral("an estimate, not a measurement")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("nothing was connected or run")), qPrintable(r.out));
        QVERIFY(runFolders(runs.path()).isEmpty()); // no journal: no run
        QCOMPARE(outputState(), QStringLiteral("OFF"));
    }

    void aKindsInstrumentsComeInNameOrderInTheDryRunTheJournalAndTheRun()
    {
        QString error;
        const auto specs = SimBench::parse(ld::test::kMetersOutOfOrderBench, &error);
        QVERIFY2(specs, qPrintable(error));
        SimBench meters;
        QVERIFY2(meters.start(m_profiles, *specs, &error), qPrintable(error));
        const QStringList args{QStringLiteral("run"), QStringLiteral("--bench"),
                               writeFile(QStringLiteral("meters.json"), meters.benchFile()),
                               QStringLiteral("--plan"),
                               writeFile(QStringLiteral("meters-plan.json"), R"({
  "schema": 1,
  "steps": [ { "query": { "instruments": { "kind": "dmm" }, "operation": "identify" } } ]
})")};
        const QStringList byName{QStringLiteral("meter a"), QStringLiteral("meter b")};
        QTemporaryDir runs;

        const Result dry = runCli(args + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains(QStringLiteral("\ninstruments: meter a, meter b\n")),
                 qPrintable(dry.out));

        // One job at a time, in the order the step hands them out.
        const Result r = runCli(args + QStringList{QStringLiteral("--cap"), QStringLiteral("1"),
                                                   QStringLiteral("--runs-folder"), runs.path(),
                                                   QStringLiteral("-q")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const test::JournalInstruments journaled = test::journalInstruments(journalOf(runs.path()));
        QCOMPARE(journaled.header, byName);
        QCOMPARE(journaled.readings, byName);
    }

    void anInvalidPlanIsRefusedNamingItsPathAndFieldAndNothingRuns_data()
    {
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<bool>("dryRun");
        QTest::addColumn<QString>("named");
        const QByteArray tooHigh = R"({ "schema": 1, "steps": [
    { "set": { "instruments": "psu", "operation": "set_output", "parameters": { "state": "ON" } } },
    { "set": { "instruments": "psu", "operation": "set_voltage", "parameters": { "value": 35 } } } ] })";
        const QByteArray unknown = R"({ "schema": 1, "steps": [
    { "measure": { "instruments": "nobody", "operation": "measure_voltage" } } ] })";
        const QByteArray misspelt = R"({ "schema": 1, "steps": [
    { "set": { "instruments": "psu", "operation": "set_voltage", "paramters": { "value": 1 } } } ] })";
        for (const bool dry : {true, false}) {
            const char *how = dry ? "dry run" : "run";
            QTest::addRow("%s: a voltage above the profile's limit", how)
                << tooHigh << dry << QStringLiteral("steps[1].set.parameters.value");
            QTest::addRow("%s: an instrument not on the bench", how)
                << unknown << dry << QStringLiteral("steps[0].measure.instruments");
            QTest::addRow("%s: a misspelt field", how)
                << misspelt << dry << QStringLiteral("steps[0].set.paramters");
            QTest::addRow("%s: not JSON", how)
                << QByteArray("{ \"schema\": 1, ") << dry << QStringLiteral("not JSON");
        }
    }
    void anInvalidPlanIsRefusedNamingItsPathAndFieldAndNothingRuns()
    {
        QFETCH(QByteArray, plan);
        QFETCH(bool, dryRun);
        QFETCH(QString, named);
        QTemporaryDir runs;
        QStringList args{QStringLiteral("run"),
                         QStringLiteral("--bench"),
                         m_bench,
                         QStringLiteral("--plan"),
                         writeFile(QStringLiteral("invalid.json"), plan),
                         QStringLiteral("--runs-folder"),
                         runs.path()};
        if (dryRun)
            args << QStringLiteral("--dry-run");
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("invalid.json")) && r.err.contains(named),
                 qPrintable(r.err));
        QVERIFY(runFolders(runs.path()).isEmpty());
        QCOMPARE(outputState(), QStringLiteral("OFF"));
    }

    void safeAppliesTheSafeStateAndSaysSoPerInstrument_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("default: every instrument with a safe state")
            << QStringList() << 0 << QStringList{QStringLiteral("psu: ok")};
        QTest::newRow("named") << QStringList{QStringLiteral("-i"), QStringLiteral("psu")} << 0
                               << QStringList{QStringLiteral("psu: ok")};
        QTest::newRow("one without a safe state fails, the other is still made safe")
            << QStringList{QStringLiteral("-i"), QStringLiteral("psu,therm")} << 1
            << QStringList{QStringLiteral("psu: ok"),
                           QStringLiteral("therm: failed: its profile "
                                          "(labdispatch-sim-thermometer) has no safe state")};
    }
    void safeAppliesTheSafeStateAndSaysSoPerInstrument()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, lines);
        ask(QStringLiteral("psu"), "SOUR1:VOLT 4");
        ask(QStringLiteral("psu"), "OUTP1:STAT ON");
        QCOMPARE(outputState(), QStringLiteral("ON"));
        QTemporaryDir runs;
        const Result r = runCli(QStringList{QStringLiteral("safe"), QStringLiteral("--bench"),
                                            m_bench, QStringLiteral("--runs-folder"), runs.path()} +
                                args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), lines);
        QCOMPARE(outputState(), QStringLiteral("OFF"));
        QCOMPARE(ask(QStringLiteral("psu"), "SOUR1:VOLT?").toDouble(), 0.0);
    }

    void safeWithNoSafeStateAmongTheChosenExitsOne()
    {
        QTemporaryDir runs;
        const Result r = runCli({QStringLiteral("safe"), QStringLiteral("--bench"), m_bench,
                                 QStringLiteral("-i"), QStringLiteral("therm"),
                                 QStringLiteral("--runs-folder"), runs.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("therm: failed: ")), qPrintable(r.out));
    }

    void aSignalAbortsTheRunAndTurnsTheSupplyOff_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("Ctrl-C (SIGINT)") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }
    void aSignalAbortsTheRunAndTurnsTheSupplyOff()
    {
        QFETCH(int, signal);
        QTemporaryDir runs;
        QProcess p;
        QByteArray err;
        QVERIFY(startLongPlan(p, runs.path(), err));
        QCOMPARE(outputState(), QStringLiteral("ON"));
        ::kill(pid_t(p.processId()), signal);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            QFAIL("the run went on");
        }
        err += p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("run: psu: safe state applied"), err.constData());
        QCOMPARE(outputState(), QStringLiteral("OFF"));
        QCOMPARE(ask(QStringLiteral("psu"), "SOUR1:VOLT?").toDouble(), 0.0);
        const auto end = JournalReader::readRunEnd(journalOf(runs.path()));
        QVERIFY2(end.has_value(), "the journal was left interrupted");
        QCOMPARE(end->outcome, RunEnd::Outcome::Stopped);
    }

    void aKilledPlanLosesNoReadingAndTheNextStartOffersTheSafeStateUntilItIsApplied()
    {
        QTemporaryDir runs;
        QProcess p;
        QByteArray err;
        QVERIFY(startLongPlan(p, runs.path(), err));
        // The highest count of finished jobs a progress line has printed before the kill.
        static const QRegularExpression done(QStringLiteral(R"(done (\d+))"));
        qint64 printed = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                err += p.readAllStandardError();
                for (auto it = done.globalMatch(QString::fromUtf8(err)); it.hasNext();)
                    printed = std::max(printed, it.next().captured(1).toLongLong());
                return printed >= 20;
            }(),
            30000);
        QCOMPARE(outputState(), QStringLiteral("ON"));
        p.kill(); // SIGKILL: nothing of the binary runs after it
        QVERIFY(p.waitForFinished(10000));

        const QString journal = journalOf(runs.path());
        QCOMPARE(Journal::runState(journal), Journal::RunState::Interrupted);
        JournalReader reader(journal);
        QVERIFY(reader.open());
        qint64 recovered = 0;
        for (Reading reading; reader.next(reading);)
            ++recovered;
        QVERIFY2(
            recovered >= printed,
            qPrintable(QStringLiteral("%1 journaled, %2 printed").arg(recovered).arg(printed)));
        const QString runId = runFolders(runs.path()).constFirst();

        // The next start names the run, its instrument with a safe state (not the thermometer)
        // and the exact command; that command makes the supply safe.
        const Result next =
            runCli({QStringLiteral("run"), QStringLiteral("--bench"), m_bench,
                    QStringLiteral("--op"), QStringLiteral("identify"), QStringLiteral("-i"),
                    QStringLiteral("therm"), QStringLiteral("--runs-folder"), runs.path()});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        const QString command = QStringLiteral("labdispatch safe --bench %1 -i psu")
                                    .arg(QFileInfo(m_bench).absoluteFilePath());
        static const QRegularExpression notice(
            QStringLiteral("^labdispatch run: the run (\\S+) was interrupted .* live on: psu\\. "
                           "To apply their safe state: (.*)$"),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = notice.match(next.err);
        QVERIFY2(m.hasMatch(), qPrintable(next.err));
        QCOMPARE(m.captured(1), runId);
        QCOMPARE(m.captured(2), command);
        QCOMPARE(outputState(), QStringLiteral("ON"));

        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("\"$0\"") + command.mid(QStringLiteral("labdispatch").size()) +
                         QStringLiteral(" --runs-folder \"$1\""),
                     QStringLiteral(LABDISPATCH_BINARY), runs.path()});
        QVERIFY(shell.waitForFinished(60000));
        const QString said = QString::fromUtf8(shell.readAllStandardOutput());
        const QString saidErr = QString::fromUtf8(shell.readAllStandardError());
        QVERIFY2(shell.exitCode() == 0, qPrintable(said + saidErr));
        QCOMPARE(said, QStringLiteral("psu: ok\n"));
        QCOMPARE(outputState(), QStringLiteral("OFF"));

        // Handled: the run is marked, and no notice offers it again.
        QVERIFY2(saidErr.contains(
                     QStringLiteral("the interrupted run %1 is marked as made safe").arg(runId)),
                 qPrintable(saidErr));
        QCOMPARE(Journal::runState(journal), Journal::RunState::SafeStateApplied);
        const Result after =
            runCli({QStringLiteral("run"), QStringLiteral("--bench"), m_bench,
                    QStringLiteral("--op"), QStringLiteral("identify"), QStringLiteral("-i"),
                    QStringLiteral("therm"), QStringLiteral("--runs-folder"), runs.path()});
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        QVERIFY2(!after.err.contains(QStringLiteral("was interrupted")), qPrintable(after.err));
        // It still reads as interrupted, with its safe state applied, and keeps its readings.
        const Result listed =
            runCli({QStringLiteral("runs"), QStringLiteral("--runs-folder"), runs.path()});
        QVERIFY2(
            listed.out.contains(QRegularExpression(
                QStringLiteral("^%1 +INTERRUPTED,safe ").arg(QRegularExpression::escape(runId)),
                QRegularExpression::MultilineOption)),
            qPrintable(listed.out));
        JournalReader again(journal);
        QVERIFY(again.open());
        qint64 kept = 0;
        for (Reading reading; again.next(reading);)
            ++kept;
        QCOMPARE(kept, recovered);
    }

    void aSecondSignalQuitsAtOnceLeavingTheRunInterrupted()
    {
        // Last: the supply answers slowly until its queued replies are out.
        QTemporaryDir runs;
        QProcess p;
        QByteArray err;
        QVERIFY(startLongPlan(p, runs.path(), err));
        // The supply now answers so slowly that its safe state takes far longer than a test.
        QVERIFY(m_sim->setLatency(QStringLiteral("psu"), 30000, 0));
        ::kill(pid_t(p.processId()), SIGINT);
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("aborting"), 30000);
        ::kill(pid_t(p.processId()), SIGINT);
        const bool ended = p.waitForFinished(60000);
        QVERIFY(m_sim->setLatency(QStringLiteral("psu"), 1, 0));
        if (!ended) {
            p.kill();
            p.waitForFinished();
            QFAIL("the second Ctrl-C did not end it");
        }
        err += p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("interrupted again; quitting now"), err.constData());
        QCOMPARE(Journal::runState(journalOf(runs.path())), Journal::RunState::Interrupted);
    }
};

QTEST_GUILESS_MAIN(TestPlanCli)
#include "tst_plancli.moc"
