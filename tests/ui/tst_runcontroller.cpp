// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's runs: each Run press is its own journaled run with its own header, what is done
// by hand on an instrument is one hands-on run, and an instrument in a run shows that run
// steadily.
#include "simwindow.h"

#include "capcontrol.h"
#include "instrumenttablemodel.h"
#include "logmodel.h"
#include "operationspanel.h"
#include "readingsexport.h"
#include "runactions.h"
#include "runcontroller.h"

#include "plans/planfile.h"
#include "results/journal.h"
#include "results/journalreader.h"
#include "results/rundescription.h"

#include <QDir>
#include <QSignalSpy>

using namespace ld;
using ld::test::SimWindow;

namespace {
const QByteArray kBench = SimWindow::benchJson({SimWindow::kPsu, SimWindow::kRoom});

/** A journal read to its end. */
struct ReadJournal
{
    RunInfo info;
    QList<CapChange> caps;
    std::optional<RunEnd> end;
    QList<Reading> readings;
};

ReadJournal readJournal(const QString &path)
{
    JournalReader reader(path);
    ReadJournal out;
    if (!reader.open())
        return out;
    out.info = reader.runInfo();
    Reading r;
    while (reader.next(r))
        out.readings.append(r);
    out.caps = reader.capChanges();
    out.end = reader.runEnd();
    return out;
}
} // namespace

class TestRunController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachRunPressIsItsOwnJournaledRunWithItsHeader()
    {
        SimWindow w;
        QVERIFY(w.start(kBench));
        RunController *runs = w.runController();
        w.cap()->setCap(3);

        // A set with its parameter, once.
        QVERIFY(w.run({QStringLiteral("PSU")}, QStringLiteral("set_voltage"), 1, 0,
                      {{QStringLiteral("value"), 2.5}}));
        QTRY_VERIFY_WITH_TIMEOUT(w.idle(), SimWindow::kSafetyMs);
        const QString first = runs->lastJournalPath();
        QVERIFY(!first.isEmpty());

        // A periodic run whose cap the user moves while it goes.
        QVERIFY(w.run({QStringLiteral("Room")}, QStringLiteral("measure_temperature"), 0, 30));
        QTRY_VERIFY_WITH_TIMEOUT(w.state(QStringLiteral("Room")) == InstrumentState::Busy,
                                 SimWindow::kSafetyMs);
        const QString second = runs->lastJournalPath();
        QVERIFY(second != first);
        w.cap()->setCap(1);
        w.cap()->setCap(4);
        QTRY_VERIFY_WITH_TIMEOUT(readJournal(second).readings.size() >= 3, SimWindow::kSafetyMs);

        // Exported while it goes: the run is said to be open, not interrupted.
        QTemporaryDir out;
        QSignalSpy exported(w.readingsExport(), &ReadingsExport::finished);
        QVERIFY(w.readingsExport()->start(out.filePath(QStringLiteral("open.csv"))));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, SimWindow::kSafetyMs);
        const QString message = exported.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("still going")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("interrupted")), qPrintable(message));

        w.runActions()->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(w.idle() && runs->runs().isEmpty(), SimWindow::kSafetyMs);

        // Two runs, two journals, nothing else in the runs folder.
        QCOMPARE(QDir(w.runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);

        const ReadJournal set = readJournal(first);
        QCOMPARE(set.info.cap, 3);
        QCOMPARE(set.info.operations, QStringList{QStringLiteral("set_voltage")});
        const QString plan = RunDescription::planText(set.info.plan);
        QVERIFY2(plan.contains(QStringLiteral("\"value\":2.5")), qPrintable(plan));
        QCOMPARE(set.info.bench, QStringLiteral("demo (simulated)"));
        QCOMPARE(set.info.instruments.size(), 1);
        QCOMPARE(set.info.instruments.first().name, QStringLiteral("PSU"));
        QVERIFY(!set.info.instruments.first().resource.isEmpty());
        QVERIFY(!set.info.instruments.first().identity.vendor.isEmpty());
        QVERIFY(!set.info.instruments.first().identity.serial.isEmpty());
        QVERIFY(set.caps.isEmpty());
        QVERIFY(set.end && set.end->outcome == RunEnd::Outcome::Completed);
        QCOMPARE(set.readings.size(), 1);
        QCOMPARE(set.readings.first()->runId, set.info.runId);

        const ReadJournal periodic = readJournal(second);
        QCOMPARE(periodic.info.cap, 3);
        QList<int> caps;
        for (const CapChange &c : periodic.caps)
            caps.append(c.cap);
        QCOMPARE(caps, (QList<int>{1, 4}));
        QCOMPARE(periodic.info.operations, QStringList{QStringLiteral("measure_temperature")});
        QCOMPARE(periodic.info.instruments.first().name, QStringLiteral("Room"));
        QVERIFY(periodic.end && periodic.end->outcome == RunEnd::Outcome::Stopped);
        QVERIFY(periodic.info.runId != set.info.runId);
        for (const Reading &r : periodic.readings) {
            QCOMPARE(r->runId, periodic.info.runId);
            QCOMPARE(r->instrument, QStringLiteral("Room"));
        }
        // Nothing of either run is left interrupted.
        QVERIFY(Journal::findInterrupted(w.runs.path()).isEmpty());
    }

    void handsOnActionsShareOneRunPerInstrumentThatEndsAfterItsLastJob()
    {
        SimWindow w;
        QVERIFY(w.start(kBench));
        RunController *runs = w.runController();
        const QString room = QStringLiteral("Room");
        const QString psu = QStringLiteral("PSU");
        const auto request = [](const QString &name, const QString &operation,
                                const QVariantMap &parameters = {}) {
            RunRequest r;
            r.instruments = {name};
            r.operation = operation;
            r.parameters = parameters;
            return r;
        };
        // Refused actions open nothing.
        QString why;
        QCOMPARE(runs->startHandsOn(
                     request(psu, QStringLiteral("set_voltage"), {{QStringLiteral("value"), 99.0}}),
                     &why),
                 quint64(0));
        QVERIFY(!why.isEmpty());
        RunRequest two = request(psu, QStringLiteral("identify"));
        two.instruments.append(room);
        QCOMPARE(runs->startHandsOn(two, &why), quint64(0));
        QVERIFY(QDir(w.runs.path()).isEmpty());

        int seen = 0;
        const auto count = [&seen](const Reading &) { ++seen; };
        QVERIFY(
            runs->startHandsOn(request(room, QStringLiteral("measure_temperature")), &why, count));
        QVERIFY(runs->startHandsOn(
            request(psu, QStringLiteral("set_voltage"), {{QStringLiteral("value"), 1.5}}), &why,
            count));
        RunRequest every = request(room, QStringLiteral("measure_temperature"));
        every.intervalMs = 40;
        const quint64 interval = runs->startHandsOn(every, &why, count);
        QVERIFY2(interval, qPrintable(why));
        const QString roomJournal = runs->handsOnJournalPath(room);
        const QString psuJournal = runs->handsOnJournalPath(psu);
        QVERIFY(!roomJournal.isEmpty() && !psuJournal.isEmpty());
        QVERIFY(roomJournal != psuJournal);
        QTRY_VERIFY_WITH_TIMEOUT(seen >= 5, SimWindow::kSafetyMs);

        // The panel closed while its interval read goes on: the run waits for it.
        runs->endHandsOn(room);
        QCOMPARE(Journal::runState(roomJournal), Journal::RunState::Running);
        w.engine->cancelRun(interval);
        QTRY_COMPARE_WITH_TIMEOUT(Journal::runState(roomJournal), Journal::RunState::Completed,
                                  SimWindow::kSafetyMs);
        const ReadJournal read = readJournal(roomJournal);
        QCOMPARE(read.info.source, QLatin1String(RunInfo::kSourceFrontPanel));
        QCOMPARE(read.info.instruments.size(), 1);
        QCOMPARE(read.info.instruments.first().name, room);
        QVERIFY(read.readings.size() >= 4);
        for (const Reading &r : read.readings) {
            QCOMPARE(r->runId, read.info.runId);
            QCOMPARE(r->instrument, room);
        }

        // The window goes while the supply's panel is open: its run ends as stopped.
        QTRY_VERIFY_WITH_TIMEOUT(w.idle(), SimWindow::kSafetyMs);
        QCOMPARE(Journal::runState(psuJournal), Journal::RunState::Running);
        w.window.reset();
        const ReadJournal set = readJournal(psuJournal);
        QVERIFY(set.end && set.end->outcome == RunEnd::Outcome::Stopped);
        QCOMPARE(set.readings.size(), 1);
        QCOMPARE(set.readings.first()->operation, QStringLiteral("set_voltage"));
        QVERIFY(Journal::findInterrupted(w.runs.path()).isEmpty());
    }

    void aPlansHeaderListsTheInstrumentsAKindChooses()
    {
        // The header is what an interrupted run's safe state is offered for: an instrument a
        // kind chose must be in it as one named is.
        SimWindow w;
        QVERIFY(w.start(kBench));
        const PlanFile::Result parsed = PlanFile::parse(R"({ "schema": 1, "name": "by kind",
            "steps": [
              { "measure": { "instruments": { "kind": "psu" }, "operation": "measure_voltage" } },
              { "measure": { "instruments": "Room", "operation": "measure_temperature" } } ] })");
        QVERIFY2(parsed.plan, qPrintable(parsed.error));
        QString why;
        RunController *runs = w.runController();
        QVERIFY2(runs->startPlan(*parsed.plan, {}, &why) != 0, qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(w.idle() && runs->runs().isEmpty(), SimWindow::kSafetyMs);

        const ReadJournal run = readJournal(runs->lastJournalPath());
        QStringList names;
        for (const RunInfo::Instrument &i : run.info.instruments)
            names.append(i.name);
        QCOMPARE(names, (QStringList{QStringLiteral("PSU"), QStringLiteral("Room")}));
        QVERIFY(!run.info.instruments.first().identity.serial.isEmpty());
        QCOMPARE(run.info.operations, (QStringList{QStringLiteral("measure_voltage"),
                                                   QStringLiteral("measure_temperature")}));
        QCOMPARE(run.readings.size(), 2);
    }

    void anInstrumentInAPeriodicRunShowsItsRunSteadily()
    {
        SimWindow w;
        QVERIFY(w.start(kBench));
        // Jobs far shorter than the interval: between them the instrument is idle.
        QVERIFY(w.run({QStringLiteral("Room")}, QStringLiteral("measure_temperature"), 0, 60));
        QTRY_COMPARE_WITH_TIMEOUT(w.runController()->runs().size(), 1, SimWindow::kSafetyMs);
        const quint64 id = w.runController()->runs().firstKey();
        auto stateText = [&] {
            return w.cell(QStringLiteral("Room"), InstrumentTableModel::StateColumn)
                .data()
                .toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(stateText().endsWith(QStringLiteral("Run %1").arg(id)),
                                 SimWindow::kSafetyMs);
        // On every display tick over many jobs: always its run, never Idle or plain Busy.
        auto *model = w.model();
        const int row = model->rowOf(QStringLiteral("Room"));
        const qint64 until = model->statusAt(row).jobsDone + 12;
        while (model->statusAt(row).jobsDone < until) {
            QVERIFY2(stateText().endsWith(QStringLiteral("Run %1").arg(id)),
                     qPrintable(stateText()));
            QTest::qWait(MainWindow::kDisplayIntervalMs);
        }
        const QString tip = w.cell(QStringLiteral("Room"), InstrumentTableModel::StateColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(QString::number(id)), qPrintable(tip));
        w.runActions()->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(w.idle(), SimWindow::kSafetyMs);
        QTRY_COMPARE_WITH_TIMEOUT(w.state(QStringLiteral("Room")), InstrumentState::Idle,
                                  SimWindow::kSafetyMs);
        QVERIFY2(!stateText().contains(QStringLiteral("Run ")), qPrintable(stateText()));
    }
};

QTEST_MAIN(TestRunController)
#include "tst_runcontroller.moc"
