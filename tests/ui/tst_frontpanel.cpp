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
#include "safestateactions.h"

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
        dmm->close(); // deletes it
        QTRY_VERIFY_WITH_TIMEOUT(w.idle(), SimWindow::kSafetyMs);
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
