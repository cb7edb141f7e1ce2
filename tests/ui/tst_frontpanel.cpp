// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A front panel generated from a profile, operating a simulated supply while a run goes on
// another instrument; the DMM wired to the supply reads what the panel set.
#include "simwindow.h"

#include "frontpanel.h"
#include "instrumenttablemodel.h"
#include "instrumentview.h"
#include "logmodel.h"
#include "operationspanel.h"
#include "runactions.h"
#include "runcontroller.h"
#include "runsbrowser.h"
#include "runsbrowsermodel.h"
#include "safestateactions.h"

#include "results/journal.h"
#include "results/journalreader.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTableView>

#include <cmath>

using namespace ld;
using ld::test::SimWindow;

namespace {
// The DMM reads the supply's channel 1 output voltage.
const QByteArray kBench = SimWindow::benchJson(
    {SimWindow::kPsu,
     R"({ "name": "DMM", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 13,
          "latencyMs": 1, "jitterMs": 0,
          "wire": { "instrument": "PSU", "operation": "measure_voltage", "channel": 1 } })",
     SimWindow::kRoom});

/** Opens the front panel of `name` as the user does: select its row, Front Panel. */
FrontPanel *openPanel(SimWindow &w, const QString &name)
{
    w.window->selectInstruments({name});
    auto *action = w.window->findChild<QAction *>(QStringLiteral("FrontPanelAction"));
    if (!action || !action->isEnabled() || !w.view()->actions().contains(action))
        return nullptr;
    action->trigger();
    const QList<FrontPanel *> panels = w.window->findChildren<FrontPanel *>();
    for (FrontPanel *p : panels)
        if (p->instrument() == name)
            return p;
    return nullptr;
}

template<typename T> T *part(FrontPanel *panel, const QString &name)
{
    return panel->findChild<T *>(name);
}

/** The readings of a journal, in the order they were journaled. */
QList<Reading> readingsOf(const QString &journal)
{
    QList<Reading> out;
    JournalReader reader(journal);
    if (!reader.open())
        return out;
    for (Reading r; reader.next(r);)
        out.append(r);
    return out;
}

/** The first reading of `operation`; null when there is none. */
Reading find(const QList<Reading> &readings, const QString &operation)
{
    for (const Reading &r : readings)
        if (r->operation == operation)
            return r;
    return {};
}

/** The runs browser as the user opens it: Past Runs (Ctrl+H). */
RunsBrowser *openRunsBrowser(SimWindow &w)
{
    const QList<QAction *> actions = w.window->findChildren<QAction *>();
    for (QAction *a : actions)
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_H)) {
            a->trigger();
            return w.window->findChild<RunsBrowser *>();
        }
    return nullptr;
}
} // namespace

class TestFrontPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPanelIsGeneratedFromTheProfile()
    {
        SimWindow w;
        QVERIFY(w.start(kBench));
        FrontPanel *psu = openPanel(w, QStringLiteral("PSU"));
        QVERIFY(psu);
        QVERIFY(psu->isVisible());
        // Tiles for its measurements, setpoints bounded by its limits, a toggle for its output.
        QVERIFY(part<QPushButton>(psu, QStringLiteral("Read:measure_voltage")));
        QVERIFY(part<QPushButton>(psu, QStringLiteral("Read:measure_current")));
        auto *volts = part<QDoubleSpinBox>(psu, QStringLiteral("Setpoint:set_voltage"));
        QVERIFY(volts);
        QCOMPARE(volts->minimum(), 0.0);
        QCOMPARE(volts->maximum(), 30.0);
        auto *amps = part<QDoubleSpinBox>(psu, QStringLiteral("Setpoint:set_current"));
        QVERIFY(amps);
        QCOMPARE(amps->maximum(), 3.0);
        auto *output = part<QPushButton>(psu, QStringLiteral("Output:set_output"));
        QVERIFY(output && output->isCheckable());
        // Only what fits a panel: no query of a raw command, no reset among the setpoints.
        QVERIFY(!part<QDoubleSpinBox>(psu, QStringLiteral("Setpoint:reset")));
        // Three channels: the panel addresses one at a time.
        QVERIFY(part<QSpinBox>(psu, QStringLiteral("Channel")));
        // A second open raises the same panel.
        QCOMPARE(openPanel(w, QStringLiteral("PSU")), psu);
    }

    void theSupplysVoltageSetOnItsPanelIsReadBackThroughTheWiredDmmWhileARunGoesOn()
    {
        SimWindow w;
        w.dispatcher->setCap(2); // connecting too: the peak below counts every job
        QVERIFY(w.start(kBench));
        QVERIFY(w.run({QStringLiteral("Room")}, QStringLiteral("measure_temperature"), 0, 20));
        QTRY_COMPARE_WITH_TIMEOUT(w.runController()->runs().size(), 1, SimWindow::kSafetyMs);
        const quint64 roomRun = w.runController()->runs().firstKey();
        const auto roomDone = [&] {
            auto *m = w.model();
            return m->statusAt(m->rowOf(QStringLiteral("Room"))).jobsDone;
        };

        FrontPanel *psu = openPanel(w, QStringLiteral("PSU"));
        QVERIFY(psu);
        auto *volts = part<QDoubleSpinBox>(psu, QStringLiteral("Setpoint:set_voltage"));
        volts->setValue(7.25);
        QTest::mouseClick(part<QPushButton>(psu, QStringLiteral("Set:set_voltage")),
                          Qt::LeftButton);
        // The set is read back from the supply and shown beside the input.
        QTRY_COMPARE_WITH_TIMEOUT(psu->lastValue(QStringLiteral("query_voltage_setpoint")), 7.25,
                                  SimWindow::kSafetyMs);
        const QString readback = part<QLabel>(psu, QStringLiteral("Readback:set_voltage"))->text();
        QVERIFY2(readback.contains(QStringLiteral("7.25")), qPrintable(readback));
        QTest::mouseClick(part<QPushButton>(psu, QStringLiteral("Output:set_output")),
                          Qt::LeftButton);
        QVERIFY(part<QPushButton>(psu, QStringLiteral("Output:set_output"))->isChecked());
        // The window knows the output is on: quitting would ask.
        QTRY_VERIFY_WITH_TIMEOUT(w.safeState()->quitRisk().contains(QStringLiteral("PSU")),
                                 SimWindow::kSafetyMs);

        FrontPanel *dmm = openPanel(w, QStringLiteral("DMM"));
        QVERIFY(dmm);
        const qint64 before = roomDone();
        // The output switch was queued before this read on another instrument: read until the
        // DMM sees the live output (the first read may come before the supply switched).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QTest::mouseClick(part<QPushButton>(dmm, QStringLiteral("Read:measure_voltage_dc")),
                                  Qt::LeftButton);
                return std::abs(dmm->lastValue(QStringLiteral("measure_voltage_dc")) - 7.25) < 0.01;
            }(),
            SimWindow::kSafetyMs);
        const QString shown =
            part<QLabel>(dmm, QStringLiteral("Reading:measure_voltage_dc"))->text();
        QVERIFY2(shown.contains(QStringLiteral("7.2")) && shown.contains(QStringLiteral("V")),
                 qPrintable(shown));

        // The run on the thermometer went on all along, and the cap held.
        QVERIFY(w.engine->isActive(roomRun));
        QTRY_VERIFY_WITH_TIMEOUT(roomDone() > before, SimWindow::kSafetyMs);
        QVERIFY(w.dispatcher->counters().peakRunning <= 2);
        w.runActions()->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(w.idle(), SimWindow::kSafetyMs);
    }

    void whatIsDoneOnAPanelIsJournaledAsOneHandsOnRunTheRunsBrowserLists()
    {
        SimWindow w;
        QVERIFY(w.start(kBench));
        FrontPanel *psu = openPanel(w, QStringLiteral("PSU"));
        QVERIFY(psu);
        // Nothing done yet: nothing journaled.
        QVERIFY(w.runController()->handsOnJournalPath(QStringLiteral("PSU")).isEmpty());
        part<QDoubleSpinBox>(psu, QStringLiteral("Setpoint:set_voltage"))->setValue(3.5);
        QTest::mouseClick(part<QPushButton>(psu, QStringLiteral("Set:set_voltage")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(psu->lastValue(QStringLiteral("query_voltage_setpoint")), 3.5,
                                  SimWindow::kSafetyMs);
        QTest::mouseClick(part<QPushButton>(psu, QStringLiteral("Read:measure_current")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!std::isnan(psu->lastValue(QStringLiteral("measure_current"))),
                                 SimWindow::kSafetyMs);
        QTest::mouseClick(part<QPushButton>(psu, QStringLiteral("Output:set_output")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.idle(), SimWindow::kSafetyMs);
        const QString journal = w.runController()->handsOnJournalPath(QStringLiteral("PSU"));
        QVERIFY(!journal.isEmpty());
        QCOMPARE(Journal::runState(journal), Journal::RunState::Running);

        psu->close(); // deletes it: its hands-on run ends
        QTRY_COMPARE_WITH_TIMEOUT(Journal::runState(journal), Journal::RunState::Completed,
                                  SimWindow::kSafetyMs);
        QVERIFY(w.runController()->handsOnJournalPath(QStringLiteral("PSU")).isEmpty());
        JournalReader reader(journal);
        QVERIFY(reader.open());
        const RunInfo &info = reader.runInfo();
        QCOMPARE(info.source, QLatin1String(RunInfo::kSourceFrontPanel));
        QCOMPARE(info.instruments.size(), 1);
        QCOMPARE(info.instruments.first().name, QStringLiteral("PSU"));
        QVERIFY(!info.instruments.first().identity.model.isEmpty());
        QVERIFY(info.plan.isEmpty());

        // The set as sent, its read-back, the measurement and the switch, each with its times.
        const QList<Reading> readings = readingsOf(journal);
        QCOMPARE(readings.size(), 4);
        for (const Reading &r : readings) {
            QCOMPARE(r->runId, info.runId);
            QCOMPARE(r->instrument, QStringLiteral("PSU"));
            QCOMPARE(r->status, JobStatus::Succeeded);
            QVERIFY(r->completedWallNs >= info.startedWallNs);
        }
        const Reading set = find(readings, QStringLiteral("set_voltage"));
        QVERIFY(!set.isNull());
        QVERIFY(set->parameters.contains(
            Reading::Parameter(QStringLiteral("value"), QStringLiteral("3.5"))));
        const Reading readback = find(readings, QStringLiteral("query_voltage_setpoint"));
        QVERIFY(!readback.isNull());
        QCOMPARE(std::get<double>(readback->value), 3.5);
        QVERIFY(!find(readings, QStringLiteral("measure_current")).isNull());
        const Reading output = find(readings, QStringLiteral("set_output"));
        QVERIFY(!output.isNull());
        QVERIFY(output->parameters.contains(
            Reading::Parameter(QStringLiteral("state"), QStringLiteral("ON"))));

        // The runs browser lists it, labelled by its panel.
        RunsBrowser *browser = openRunsBrowser(w);
        QVERIFY(browser);
        RunsBrowserModel *model = browser->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(info.runId) >= 0, SimWindow::kSafetyMs);
        const int row = model->rowOf(info.runId);
        QCOMPARE(model->index(row, RunsBrowserModel::WhatColumn).data().toString(),
                 QStringLiteral("Front panel: PSU"));
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(row, RunsBrowserModel::ReadingsColumn).data().toString(),
            QStringLiteral("4"), SimWindow::kSafetyMs);
        QCOMPARE(RunsBrowserModel::statusOf(model->entry(row)), RunsBrowserModel::Status::Finished);
    }

    void readingOnAnIntervalEndsWithThePanel()
    {
        SimWindow w;
        QVERIFY(w.start(kBench));
        FrontPanel *dmm = openPanel(w, QStringLiteral("DMM"));
        QVERIFY(dmm);
        part<QSpinBox>(dmm, QStringLiteral("AutoInterval"))->setValue(100);
        part<QCheckBox>(dmm, QStringLiteral("AutoRead"))->setChecked(true);
        int reads = 0;
        connect(dmm, &FrontPanel::valueRead, this, [&reads] { ++reads; });
        QTRY_VERIFY_WITH_TIMEOUT(reads >= 6, SimWindow::kSafetyMs);
        QVERIFY(w.engine->hasActiveRuns());
        const QString journal = w.runController()->handsOnJournalPath(QStringLiteral("DMM"));
        QVERIFY(!journal.isEmpty());
        dmm->close(); // deletes it
        QTRY_VERIFY_WITH_TIMEOUT(w.idle(), SimWindow::kSafetyMs);
        // Its hands-on run closes once the reads it cancelled have come back, with every read.
        QTRY_COMPARE_WITH_TIMEOUT(Journal::runState(journal), Journal::RunState::Completed,
                                  SimWindow::kSafetyMs);
        qsizetype succeeded = 0;
        for (const Reading &r : readingsOf(journal))
            succeeded += r->status == JobStatus::Succeeded ? 1 : 0;
        QVERIFY(succeeded >= reads);
    }

    void rendersTheFrontPanel()
    {
        // LABDISPATCH_FRONTPANEL_SCREENSHOT names the picture (docs/frontpanel.png).
        SimWindow w;
        QVERIFY(w.start(kBench));
        FrontPanel *psu = openPanel(w, QStringLiteral("PSU"));
        QVERIFY(psu);
        part<QDoubleSpinBox>(psu, QStringLiteral("Setpoint:set_voltage"))->setValue(12.0);
        QTest::mouseClick(part<QPushButton>(psu, QStringLiteral("Set:set_voltage")),
                          Qt::LeftButton);
        QTest::mouseClick(part<QPushButton>(psu, QStringLiteral("Output:set_output")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(psu->lastValue(QStringLiteral("query_voltage_setpoint")), 12.0,
                                  SimWindow::kSafetyMs);
        QTRY_VERIFY_WITH_TIMEOUT(w.idle(), SimWindow::kSafetyMs);
        QTest::mouseClick(part<QPushButton>(psu, QStringLiteral("Read:measure_voltage")),
                          Qt::LeftButton);
        QTest::mouseClick(part<QPushButton>(psu, QStringLiteral("Read:measure_current")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!std::isnan(psu->lastValue(QStringLiteral("measure_current"))),
                                 SimWindow::kSafetyMs);
        QTRY_VERIFY_WITH_TIMEOUT(!std::isnan(psu->lastValue(QStringLiteral("measure_voltage"))),
                                 SimWindow::kSafetyMs);
        psu->adjustSize();
        QTest::qWait(50);
        const QImage image = psu->grab().toImage();
        QVERIFY(!image.isNull());
        QString path = qEnvironmentVariable("LABDISPATCH_FRONTPANEL_SCREENSHOT");
        if (path.isEmpty())
            path = QDir::temp().filePath(QStringLiteral("labdispatch-frontpanel.png"));
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

QTEST_MAIN(TestFrontPanel)
#include "tst_frontpanel.moc"
