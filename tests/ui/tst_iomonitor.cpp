// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchfixture.h"
#include "io/transcript.h"
#include "iomonitor.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace ld;

/** The I/O monitor on a simulated bench: what it shows, filters, converts and saves. */
class TestIoMonitor : public ld::test::BenchFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 5);
    }
    void init() { QVERIFY(startBench()); }
    void cleanup() { stopBench(); }

    void nothingIsShownUntilRecordingIsSwitchedOn()
    {
        waitAllIdle();
        IoMonitor monitor(m_bench.get());
        monitor.setInstruments({QStringLiteral("sensor")});
        monitor.show();
        QVERIFY(!monitor.recordBox()->isChecked());
        QCOMPARE(runAndCollect(
                     request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature")))
                     .size(),
                 1);
        QVERIFY(monitor.history().isEmpty());

        monitor.recordBox()->click();
        QVERIFY(m_bench->isTracing(QStringLiteral("sensor")));
        QCOMPARE(runAndCollect(
                     request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature")))
                     .size(),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            monitor.view()->toPlainText().contains(QStringLiteral(" sensor > \"MEAS")), kSafetyMs);
        QVERIFY(monitor.view()->toPlainText().contains(QStringLiteral(" sensor < \"")));
    }

    void hexFilterAndSaveWorkOnWhatWasRecorded()
    {
        waitAllIdle();
        IoMonitor monitor(m_bench.get());
        monitor.setInstruments({QStringLiteral("sensor"), QStringLiteral("dmm")});
        monitor.show();
        monitor.recordBox()->click();
        QCOMPARE(runAndCollect(
                     request({QStringLiteral("sensor")}, QStringLiteral("measure_temperature"), 3))
                     .size(),
                 3);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.view()->toPlainText().count(QStringLiteral(" > ")), 3,
                                  kSafetyMs);

        monitor.hexBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.view()->toPlainText().contains(QStringLiteral("hex:")),
                                 kSafetyMs);
        QVERIFY(!monitor.view()->toPlainText().contains(QStringLiteral("\"MEAS")));

        monitor.hexBox()->setChecked(false);
        monitor.filterLine()->setText(QStringLiteral(" < "));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.view()->toPlainText().count(QStringLiteral(" < ")), 3,
                                  kSafetyMs);
        QCOMPARE(monitor.view()->toPlainText().count(QStringLiteral(" > ")), 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("monitor.trace"));
        QString error;
        QVERIFY2(monitor.save(path, &error), qPrintable(error));
        const std::optional<QList<TraceEvent>> saved = Transcript::readFile(path, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->size(), monitor.history().size());
        QCOMPARE(saved->size(), 6);
    }
};

QTEST_MAIN(TestIoMonitor)
#include "tst_iomonitor.moc"
