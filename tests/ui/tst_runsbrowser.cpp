// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The runs browser on real journals: one the command line wrote until it was killed, one closed
// with a plan, one with failed readings. Widgets are found by their object names.
#include "plotpanel.h"
#include "runsbrowser.h"
#include "runsbrowsermodel.h"
#include "xyplot.h"

#include "plans/planfile.h"
#include "results/journal.h"
#include "results/journalreader.h"

#include <qcustomplot.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

using namespace ld;

namespace {
constexpr int kSafetyMs = 60000;

qint64 readingsIn(const QString &journalPath)
{
    JournalReader reader(journalPath);
    if (!reader.open())
        return 0;
    Reading r;
    while (reader.next(r)) {
    }
    return reader.readingsRead();
}

/**
 * A run of `count` readings of "PSU A" current, `failures` of them failed, closed with
 * `outcome` (none: left as a killed run leaves it, no closing record and no writer).
 */
QString writeRun(const QString &folder, qint64 startNs, int count, int failures,
                 const QByteArray &plan = {},
                 std::optional<RunEnd::Outcome> outcome = RunEnd::Outcome::Completed)
{
    Journal journal(folder);
    RunInfo info;
    info.startedWallNs = startNs;
    info.runId = Journal::newRunId(startNs);
    info.bench = QStringLiteral("bench-%1").arg(count);
    info.operations = {QStringLiteral("measure_current")};
    info.plan = plan;
    if (!journal.open(info))
        return {};
    for (int i = 0; i < count; ++i) {
        Reading::Fields f;
        f.runId = info.runId;
        f.instrument = QStringLiteral("PSU A");
        f.operation = QStringLiteral("measure_current");
        f.quantity = QStringLiteral("current");
        f.unit = QStringLiteral("A");
        f.value = 0.0005 * i * count + 0.004 * std::sin(i); // runs of other lengths differ
        f.status = i < failures ? JobStatus::Failed : JobStatus::Succeeded;
        f.completedWallNs = startNs + qint64(i + 1) * 100'000'000;
        journal.append(Reading(f));
    }
    if (outcome)
        journal.close(*outcome);
    return info.runId;
}
} // namespace

class TestRunsBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKilledRunIsListedInterruptedAndItsReadingsOpen();
    void everyRunIsListedWithItsStatusNewestFirst();
    void runsOverlaidHaveCurvesOfTheirOwn();
    void runAgainHandsOverTheJournaledPlan();
    void aRunExportsToCsv();
    void pictureOfPastRuns();
};

void TestRunsBrowser::aKilledRunIsListedInterruptedAndItsReadingsOpen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString runs = dir.filePath(QStringLiteral("runs"));
    const QString bench = dir.filePath(QStringLiteral("bench.json"));
    {
        QFile f(bench);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({ "instruments": [
  { "name": "t1", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 1, "latencyMs": 1 },
  { "name": "t2", "profile": "labdispatch-sim-thermometer", "transport": "pty", "seed": 2, "latencyMs": 1 } ] })");
    }
    // The real command line, killed without warning mid-run.
    QProcess cli;
    cli.start(QStringLiteral(LABDISPATCH_BINARY),
              {QStringLiteral("run"), QStringLiteral("--sim"), bench, QStringLiteral("--op"),
               QStringLiteral("measure_temperature"), QStringLiteral("--interval"),
               QStringLiteral("5"), QStringLiteral("--duration"), QStringLiteral("600000"),
               QStringLiteral("--runs-folder"), runs});
    QVERIFY(cli.waitForStarted());
    QString journal;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QStringList ids = QDir(runs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            if (ids.isEmpty())
                return false;
            journal = Journal::journalPath(runs, ids.first());
            return readingsIn(journal) >= 20;
        }(),
        kSafetyMs);

    PlotPanel plot;
    plot.resize(800, 400);
    RunsBrowser browser(runs, &plot);
    browser.show();
    auto *table = browser.findChild<QTableView *>(QStringLiteral("runsTable"));
    QVERIFY(table);
    auto status = [&](int row) {
        return RunsBrowserModel::Status(table->model()
                                            ->index(row, RunsBrowserModel::StatusColumn)
                                            .data(RunsBrowserModel::StatusRole)
                                            .toInt());
    };
    // While its writer lives, the run is running, not interrupted.
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, kSafetyMs);
    QCOMPARE(status(0), RunsBrowserModel::Status::Running);

    cli.kill(); // SIGKILL
    QVERIFY(cli.waitForFinished(kSafetyMs));
    const qint64 kept = readingsIn(journal);
    QVERIFY(kept >= 20);

    browser.findChild<QPushButton *>(QStringLiteral("refreshRunsButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(status(0), RunsBrowserModel::Status::Interrupted, kSafetyMs);
    QCOMPARE(table->model()->index(0, RunsBrowserModel::StatusColumn).data().toString(),
             RunsBrowserModel::statusText(RunsBrowserModel::Status::Interrupted));
    QTRY_COMPARE_WITH_TIMEOUT(
        table->model()->index(0, RunsBrowserModel::ReadingsColumn).data().toString(),
        QLocale().toString(kept), kSafetyMs);

    // Opening it puts every reading it kept into the plot, off the UI thread.
    table->selectRow(0);
    auto *open = browser.findChild<QPushButton *>(QStringLiteral("openRunButton"));
    QVERIFY(open->isEnabled());
    QSignalSpy opened(&browser, &RunsBrowser::runOpened);
    open->click();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kSafetyMs);
    QCOMPARE(opened.at(0).at(1).toLongLong(), kept);
    // A past run's series are its own, apart from live readings of the same instruments.
    const QString runId = opened.at(0).at(0).toString();
    qint64 succeeded = 0;
    {
        JournalReader reader(journal);
        QVERIFY(reader.open());
        Reading r;
        while (reader.next(r))
            succeeded += r->status == JobStatus::Succeeded ? 1 : 0;
    }
    qint64 plotted = 0;
    for (const char *name : {"t1", "t2"}) {
        QVERIFY(!plot.series(QLatin1String(name), QStringLiteral("temperature")));
        const DecimatingSeries *s =
            plot.series(QLatin1String(name), QStringLiteral("temperature"), runId);
        QVERIFY2(s, name);
        plotted += s->samplesSeen();
    }
    QCOMPARE(plotted, succeeded);
    plot.tick();
    QCOMPARE(plot.plot()->graphCount(), 2);
    QVERIFY(plot.drawnPoints(QStringLiteral("t1")) > 0);
    QVERIFY2(plot.plot()->graph(0)->name().startsWith(QStringLiteral("t1 (")),
             qPrintable(plot.plot()->graph(0)->name()));
}

void TestRunsBrowser::everyRunIsListedWithItsStatusNewestFirst()
{
    QTemporaryDir runs;
    const qint64 t0 = 1'700'000'000'000'000'000;
    const QString finished = writeRun(runs.path(), t0, 5, 0);
    const QString failed = writeRun(runs.path(), t0 + 60'000'000'000, 6, 2);
    const QString stopped =
        writeRun(runs.path(), t0 + 120'000'000'000, 3, 0, {}, RunEnd::Outcome::Stopped);
    PlotPanel plot;
    RunsBrowser browser(runs.path(), &plot);
    RunsBrowserModel *model = browser.model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, kSafetyMs);
    QCOMPARE(model->entry(0).runId, stopped);
    QCOMPARE(model->entry(1).runId, failed);
    QCOMPARE(model->entry(2).runId, finished);
    QTRY_COMPARE_WITH_TIMEOUT(model->entry(1).readings, qint64(6), kSafetyMs);
    QTRY_COMPARE_WITH_TIMEOUT(model->entry(0).readings, qint64(3), kSafetyMs);
    QTRY_COMPARE_WITH_TIMEOUT(model->entry(2).readings, qint64(5), kSafetyMs);
    QCOMPARE(RunsBrowserModel::statusOf(model->entry(0)), RunsBrowserModel::Status::Stopped);
    QCOMPARE(RunsBrowserModel::statusOf(model->entry(1)), RunsBrowserModel::Status::Failed);
    QCOMPARE(model->entry(1).failed, qint64(2));
    QCOMPARE(RunsBrowserModel::statusOf(model->entry(2)), RunsBrowserModel::Status::Finished);
    QCOMPARE(model->index(2, RunsBrowserModel::BenchColumn).data().toString(),
             QStringLiteral("bench-5"));
    QCOMPARE(model->index(2, RunsBrowserModel::WhatColumn).data().toString(),
             QStringLiteral("measure_current"));
}

void TestRunsBrowser::runsOverlaidHaveCurvesOfTheirOwn()
{
    QTemporaryDir runs;
    const qint64 t0 = 1'700'000'000'000'000'000;
    writeRun(runs.path(), t0, 10, 0);
    writeRun(runs.path(), t0 + 3'600'000'000'000, 10, 0);
    PlotPanel plot;
    plot.resize(800, 400);
    RunsBrowser browser(runs.path(), &plot);
    QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 2, kSafetyMs);
    QSignalSpy opened(&browser, &RunsBrowser::runOpened);
    browser.openRuns({0});
    browser.overlayRuns({1});
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, kSafetyMs);
    plot.tick();
    QCOMPARE(plot.seriesCount(), 2);
    QCOMPARE(plot.plot()->graphCount(), 2);
    // The second run starts where the first does: an hour apart, drawn over each other.
    const QCPRange x = plot.plot()->xAxis->range();
    QVERIFY2(x.size() < 60, qPrintable(QString::number(x.size())));
}

void TestRunsBrowser::runAgainHandsOverTheJournaledPlan()
{
    QTemporaryDir runs;
    QFile file(QString::fromLocal8Bit(qgetenv("LABDISPATCH_SOURCE_DIR")) +
               QStringLiteral("/resources/plans/iv-curve.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray planJson = file.readAll();
    const qint64 t0 = 1'700'000'000'000'000'000;
    writeRun(runs.path(), t0, 2, 0, planJson);
    writeRun(runs.path(), t0 + 1'000'000'000, 2, 0);
    PlotPanel plot;
    RunsBrowser browser(runs.path(), &plot);
    browser.show();
    QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 2, kSafetyMs);
    auto *table = browser.findChild<QTableView *>(QStringLiteral("runsTable"));
    auto *again = browser.findChild<QPushButton *>(QStringLiteral("runAgainButton"));
    // The newer run was a single operation: nothing to run again.
    table->selectRow(0);
    QVERIFY(!again->isEnabled());
    QString why;
    QVERIFY(!browser.runAgain(0, &why));
    QVERIFY2(why.contains(QStringLiteral("no plan")), qPrintable(why));

    table->selectRow(1);
    QVERIFY(again->isEnabled());
    QCOMPARE(browser.model()->index(1, RunsBrowserModel::WhatColumn).data().toString(),
             QStringLiteral("Plan: I-V curve"));
    QList<Plan> plans;
    connect(&browser, &RunsBrowser::runAgainRequested, this,
            [&plans](const Plan &plan) { plans.append(plan); });
    again->click();
    QCOMPARE(plans.size(), 1);
    QCOMPARE(PlanFile::toJson(plans.first()), PlanFile::toJson(*PlanFile::parse(planJson).plan));
}

void TestRunsBrowser::aRunExportsToCsv()
{
    QTemporaryDir runs;
    writeRun(runs.path(), 1'700'000'000'000'000'000, 7, 1);
    PlotPanel plot;
    RunsBrowser browser(runs.path(), &plot);
    QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 1, kSafetyMs);
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("run.csv"));
    QSignalSpy finished(&browser, &RunsBrowser::exportFinished);
    QVERIFY(browser.exportRun(0, csv));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QCOMPARE(text.count("PSU A"), 7); // one row per reading, the failed one included
}

void TestRunsBrowser::pictureOfPastRuns()
{
    // LABDISPATCH_SCREENSHOT_RUNS names the picture for docs/runsbrowser.png.
    const QString path = qEnvironmentVariable("LABDISPATCH_SCREENSHOT_RUNS");
    if (path.isEmpty())
        QSKIP("LABDISPATCH_SCREENSHOT_RUNS is not set");
    QTemporaryDir runs;
    QFile file(QString::fromLocal8Bit(qgetenv("LABDISPATCH_SOURCE_DIR")) +
               QStringLiteral("/resources/plans/iv-curve.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() * 1'000'000 - 86'400'000'000'000;
    writeRun(runs.path(), t0, 40, 0, file.readAll());
    writeRun(runs.path(), t0 + 3'600'000'000'000, 40, 3);
    writeRun(runs.path(), t0 + 7'200'000'000'000, 25, 0, {}, RunEnd::Outcome::Stopped);
    writeRun(runs.path(), t0 + 10'800'000'000'000, 17, 0, {}, std::nullopt); // killed
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    PlotPanel plot;
    RunsBrowser browser(runs.path(), &plot);
    browser.setWindowFlags(Qt::Widget);
    layout->addWidget(&browser);
    layout->addWidget(&plot, 1);
    window.resize(1000, 760);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(browser.model()->rowCount(), 4, kSafetyMs);
    QTRY_VERIFY_WITH_TIMEOUT(browser.model()->entry(3).readings >= 0, kSafetyMs);
    auto *table = browser.findChild<QTableView *>(QStringLiteral("runsTable"));
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QSignalSpy opened(&browser, &RunsBrowser::runOpened);
    browser.findChild<QPushButton *>(QStringLiteral("openRunButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, kSafetyMs);
    plot.tick();
    QTest::qWait(100);
    QVERIFY(window.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestRunsBrowser)
#include "tst_runsbrowser.moc"
