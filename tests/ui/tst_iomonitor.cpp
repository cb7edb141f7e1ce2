// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchfixture.h"
#include "io/transcript.h"
#include "iomonitor.h"

#include <QCheckBox>
#include <QLabel>
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

    void aThousandWatchedInstrumentsAreCountedWithoutWideningTheMonitor()
    {
        QStringList names;
        for (int i = 0; i < 1000; ++i)
            names.append(QStringLiteral("instrument %1").arg(i, 4, 10, QLatin1Char('0')));
        IoMonitor monitor(m_bench.get());
        monitor.setInstruments(names.mid(0, 3));
        const int fewWide = monitor.minimumSizeHint().width();
        monitor.setInstruments(names);
        // The dock's minimum width is the window's: a line of every name made it ~100,000 px.
        QVERIFY2(monitor.minimumSizeHint().width() < fewWide + 200,
                 qPrintable(QString::number(monitor.minimumSizeHint().width())));

        auto *watching = monitor.findChild<QLabel *>(QStringLiteral("Watching"));
        QVERIFY(watching);
        QCOMPARE(watching->text(), QStringLiteral("Watching: instrument 0000, instrument 0001, "
                                                  "instrument 0002 and 997 more"));
        QCOMPARE(watching->toolTip().split(QLatin1Char('\n')), names);
        monitor.setInstruments(names.mid(0, 3));
        QCOMPARE(watching->text(),
                 QStringLiteral("Watching: instrument 0000, instrument 0001, instrument 0002"));
        QCOMPARE(watching->toolTip(), QString());
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
