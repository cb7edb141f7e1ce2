// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The safe state from the window: All Outputs Off, "Outputs off and quit", and the offer for an
// interrupted run's instruments.
#include "simwindow.h"

#include "instrumenttablemodel.h"
#include "interruptedrunsbanner.h"
#include "logmodel.h"
#include "operationspanel.h"
#include "runactions.h"
#include "runcontroller.h"
#include "safestateactions.h"

#include "results/journal.h"
#include "results/journalreader.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QToolBar>

using namespace ld;
using ld::test::SimWindow;

namespace {
const QByteArray kBench = SimWindow::benchJson({SimWindow::kPsu, SimWindow::kRoom});

/** What `operation` of `name` reads now, asked through the engine; empty on failure. */
QString ask(RunEngine *engine, const QString &name, const QString &operation)
{
    RunRequest request;
    request.instruments = {name};
    request.operation = operation;
    QString value;
    bool done = false;
    QString why;
    if (engine->start(request.toPlan(), &why, [&](const Reading &r) {
            if (const QString *s = std::get_if<QString>(&r->value))
                value = s->trimmed();
            else if (const double *d = std::get_if<double>(&r->value))
                value = QString::number(*d);
            done = true;
        }) == 0) {
        qWarning("%s", qPrintable(why));
        return {};
    }
    return QTest::qWaitFor([&] { return done; }, SimWindow::kSafetyMs) ? value : QString();
}

/** Switches the PSU's channel 1 output on through the run panel, as a user does. */
bool outputOn(SimWindow &w)
{
    if (!w.run({QStringLiteral("PSU")}, QStringLiteral("set_voltage"), 1, 0,
               {{QStringLiteral("value"), 3.0}}) ||
        !QTest::qWaitFor([&] { return w.idle(); }, SimWindow::kSafetyMs) ||
        !w.run({QStringLiteral("PSU")}, QStringLiteral("set_output"), 1, 0,
               {{QStringLiteral("state"), QStringLiteral("ON")}}))
        return false;
    return QTest::qWaitFor([&] { return w.idle(); }, SimWindow::kSafetyMs) &&
           ask(w.engine.get(), QStringLiteral("PSU"), QStringLiteral("query_output")) ==
               QLatin1String("ON");
}

QAction *action(MainWindow *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

/** The readings of the safe-state rounds journaled under `runsFolder`, oldest round first. */
QList<Reading> outputsOffJournaled(const QString &runsFolder)
{
    QList<Reading> out;
    const QStringList runs =
        QDir(runsFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &run : runs) {
        JournalReader reader(Journal::journalPath(runsFolder, run));
        if (!reader.open() || reader.runInfo().source != QLatin1String(RunInfo::kSourceOutputsOff))
            continue;
        for (Reading r; reader.next(r);)
            out.append(r);
    }
    return out;
}
} // namespace

class TestOutputsOff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allOutputsOffIsOnTheToolbarWithAShortcutOfItsOwn()
    {
        SimWindow w;
        QVERIFY(w.start(kBench));
        QAction *off = action(w.window.get(), QStringLiteral("AllOutputsOffAction"));
        QVERIFY(off);
        QCOMPARE(off->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QVERIFY(w.find<QToolBar>(QStringLiteral("MainToolBar"))->actions().contains(off));
        // No other action of the window answers the same keys.
        const QList<QAction *> all = w.window->findChildren<QAction *>();
        for (QAction *a : all)
            if (a != off)
                QVERIFY2(a->shortcut() != off->shortcut(), qPrintable(a->text()));
    }

    void allOutputsOffAppliesEverySafeStateStopsTheirRunsAndLogsEach()
    {
        SimWindow w;
        QVERIFY(w.start(kBench));
        QVERIFY(outputOn(w));
        QVERIFY2(w.safeState()->quitRisk().contains(QStringLiteral("PSU")),
                 qPrintable(w.safeState()->quitRisk()));
        // A run on the supply and one on the thermometer (whose profile has no safe state).
        QVERIFY(w.run({QStringLiteral("PSU")}, QStringLiteral("measure_voltage"), 0, 20));
        QVERIFY(w.run({QStringLiteral("Room")}, QStringLiteral("measure_temperature"), 0, 20));
        QTRY_COMPARE_WITH_TIMEOUT(w.runController()->runs().size(), 2, SimWindow::kSafetyMs);

        action(w.window.get(), QStringLiteral("AllOutputsOffAction"))->trigger();
        // The log takes its lines on the display tick.
        QTRY_VERIFY(w.logHas(QStringLiteral("All outputs off: the safe state goes to PSU, ahead")));
        QVERIFY(!w.logHas(QStringLiteral("goes to PSU, Room")));
        QTRY_VERIFY_WITH_TIMEOUT(w.logHas(QStringLiteral("All outputs off done: PSU: safe state "
                                                         "applied")),
                                 SimWindow::kSafetyMs);
        // The supply's run ended; the thermometer's goes on.
        QTRY_COMPARE_WITH_TIMEOUT(w.runController()->runs().size(), 1, SimWindow::kSafetyMs);
        QCOMPARE(w.runController()->runs().first().instruments,
                 QStringList{QStringLiteral("Room")});
        QCOMPARE(ask(w.engine.get(), QStringLiteral("PSU"), QStringLiteral("query_output")),
                 QStringLiteral("OFF"));
        QCOMPARE(
            ask(w.engine.get(), QStringLiteral("PSU"), QStringLiteral("query_voltage_setpoint"))
                .toDouble(),
            0.0);
        // Nothing is left on to warn about but the run.
        QVERIFY2(!w.safeState()->quitRisk().contains(QStringLiteral("PSU")),
                 qPrintable(w.safeState()->quitRisk()));
        // On record: what was applied to which instrument, and how it went.
        const QList<Reading> journaled = outputsOffJournaled(w.runs.path());
        QCOMPARE(journaled.size(), 1);
        QCOMPARE(journaled.first()->instrument, QStringLiteral("PSU"));
        QCOMPARE(journaled.first()->operation, QStringLiteral("safe_state"));
        QCOMPARE(journaled.first()->status, JobStatus::Succeeded);
        QCOMPARE(std::get<QString>(journaled.first()->value), QStringLiteral("safe state applied"));
        QVERIFY(journaled.first()->parameters.contains(
            Reading::Parameter(QStringLiteral("reason"), QStringLiteral("All outputs off"))));
        QVERIFY(!journaled.first()->identity.model.isEmpty());
        w.runActions()->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(w.idle(), SimWindow::kSafetyMs);
    }

    void outputsOffAndQuitAppliesTheSafeStateThenCloses()
    {
        SimWindow w;
        QVERIFY(w.start(kBench));
        QVERIFY(outputOn(w));
        QVERIFY(w.run({QStringLiteral("Room")}, QStringLiteral("measure_temperature"), 0, 50));
        QVERIFY(!w.window->close());
        QMessageBox *question = w.safeState()->quitQuestion();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        auto *safe = question->findChild<QAbstractButton *>(QStringLiteral("OutputsOffAndQuit"));
        QVERIFY(safe);
        QTest::mouseClick(safe, Qt::LeftButton);
        // The window closes once the supply answered, never before it was asked.
        QTRY_VERIFY_WITH_TIMEOUT(!w.window->isVisible(), SimWindow::kSafetyMs);
        // The log takes its lines on the display tick, which may come after the close.
        QTRY_VERIFY_WITH_TIMEOUT(
            w.logHas(QStringLiteral("Outputs off and quit done: PSU: safe state applied")),
            SimWindow::kSafetyMs);
        QTRY_VERIFY_WITH_TIMEOUT(w.idle(), SimWindow::kSafetyMs);
        QCOMPARE(ask(w.engine.get(), QStringLiteral("PSU"), QStringLiteral("query_output")),
                 QStringLiteral("OFF"));
    }

    void anInterruptedRunOffersTheSafeStateForItsInstrumentsUntilItIsApplied()
    {
        static const QString kCrashed = QStringLiteral("20250101T000000.000Z-dead");
        QTemporaryDir runs;
        {
            // What a crash in the middle of a run on the supply and the thermometer leaves.
            Journal crashed(runs.path());
            RunInfo info;
            info.runId = kCrashed;
            info.startedWallNs = wallNowNs();
            info.bench = QStringLiteral("crashed bench");
            info.instruments = {{QStringLiteral("PSU"), {}, {}}, {QStringLiteral("Room"), {}, {}}};
            QVERIFY(crashed.open(info));
        }
        SimWindow w;
        QVERIFY(w.start(kBench, runs.path()));
        InterruptedRunsBanner *banner = w.interruptedBanner();
        QVERIFY(banner->isVisible());
        QPushButton *safe = banner->findChild<QPushButton *>(QStringLiteral("ApplySafeState"));
        QVERIFY(safe && safe->isVisible());
        // The supply's output is live, as the crash left it.
        QVERIFY(outputOn(w));
        QTest::mouseClick(safe, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.logHas(QStringLiteral("done: PSU: safe state applied")),
                                 SimWindow::kSafetyMs);
        // Handled: the bar no longer offers it (nor would the command line), and the run still
        // reads as interrupted, with its safe state applied.
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), SimWindow::kSafetyMs);
        const QString crashed = Journal::journalPath(runs.path(), kCrashed);
        QCOMPARE(Journal::runState(crashed), Journal::RunState::SafeStateApplied);
        QVERIFY(Journal::findInterrupted(runs.path()).isEmpty());
        // Only the instrument whose profile has a safe state was asked.
        QVERIFY(!w.logHas(QStringLiteral("Room: safe state")));
        QVERIFY(!w.logHas(QStringLiteral("Room: its profile has no safe state")));
        QCOMPARE(ask(w.engine.get(), QStringLiteral("PSU"), QStringLiteral("query_output")),
                 QStringLiteral("OFF"));
    }
};

QTEST_MAIN(TestOutputsOff)
#include "tst_outputsoff.moc"
