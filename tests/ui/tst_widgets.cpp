// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Widgets that need no bench: status lights, plot decimation, gauges, the cap control.
#include "capcontrol.h"
#include "decimatingseries.h"
#include "gauge.h"
#include "gaugepanel.h"
#include "instrumentdialog.h"
#include "instrumenttablemodel.h"
#include "logmodel.h"
#include "logpanel.h"
#include "plotpanel.h"
#include "statuslight.h"

#include "scheduler/dispatcher.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QSemaphore>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

#include <cmath>

using namespace ld;

namespace {
/**
 * A light's structure without its hue: covered pixels, and among them those brighter than the
 * light's own mean brightness (the glyph against its fill, or the reverse).
 */
QBitArray structure(InstrumentState state)
{
    const int size = 32;
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    StatusLight::icon(state).paint(&p, QRect(0, 0, size, size));
    p.end();
    double sum = 0;
    int covered = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const QRgb px = image.pixel(x, y);
            if (qAlpha(px) > 128) {
                sum += qGray(px);
                ++covered;
            }
        }
    }
    const double mean = covered ? sum / covered : 0;
    QBitArray bits(size * size * 2);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const QRgb px = image.pixel(x, y);
            const int i = (y * size + x) * 2;
            bits.setBit(i, qAlpha(px) > 128);
            bits.setBit(i + 1, qAlpha(px) > 128 && qGray(px) > mean);
        }
    }
    return bits;
}

Reading numberReading(const QString &instrument, double t, double value,
                      const QString &quantity = QStringLiteral("voltage"))
{
    Reading::Fields f;
    f.instrument = instrument;
    f.operation = QStringLiteral("measure");
    f.quantity = quantity;
    f.unit = QStringLiteral("V");
    f.value = value;
    f.completedWallNs = qint64(t * 1e9);
    return Reading(f);
}
} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStateHasItsOwnIconGlyphTextAndToolTip();
    void statusLightsDifferInShapeOrGlyphNotColourAlone();
    void decimationKeepsBoundsAndExtremes_data();
    void decimationKeepsBoundsAndExtremes();
    void rollingWindowDropsOldBuckets();
    void seriesMemoryIsAllocatedOnceAndNeverGrows_data();
    void seriesMemoryIsAllocatedOnceAndNeverGrows();
    void plotHandsAtMostTwoPointsPerPixelColumn();
    void gaugesCoalesceSnapshotsIntoOneUpdatePerTick();
    void runningGaugeMarksTheCap();
    void gaugeScalesSayWhatAFullBarMeans();
    void theCapMarkerStandsWhereAFillOfTheCapEnds();
    void failuresCountRunJobsNotConnectionAttempts();
    void movingTheSliderChangesTheDispatcherCapWhileJobsRun();
    void capSpinBoxReachesBeyondTheSlider();
    void plotReplotsOnlyOnDirtyTicks();
    void plotDrawsAtMostMaxGraphsAndOnlyVisibleInstruments();
    void plotKeepsBoundedPointsPerGraph();
    void pausedPlotDoesNotReplot();
    void lastReadingReadsWithPrefixesInTheLocale();
    void logInsertsQueuedEventsInOneBatchAndKeepsTheNewest();
    void logFiltersByTextAndSeverityAndCopiesRows();
    void aStatusChangeMarksOnlyTheColumnsThatShowIt_data();
    void aStatusChangeMarksOnlyTheColumnsThatShowIt();
    void theInstrumentDialogPinsTheIdentityTheInstrumentReports();
    void deviceTextInTheTableHasNoControlCharacters();
    void aFailedReadingInTheTableNamesItsKind();
};

void TestWidgets::everyStateHasItsOwnIconGlyphTextAndToolTip()
{
    QSet<QString> glyphs, texts, tips, paths;
    for (InstrumentState s : StatusLight::allStates()) {
        QVERIFY2(QFile::exists(StatusLight::iconPath(s)), qPrintable(StatusLight::iconPath(s)));
        QVERIFY(!StatusLight::icon(s).pixmap(16, 16).isNull());
        glyphs.insert(StatusLight::glyph(s));
        texts.insert(StatusLight::text(s));
        tips.insert(StatusLight::toolTip(s));
        paths.insert(StatusLight::iconPath(s));
    }
    const int n = int(StatusLight::allStates().size());
    QCOMPARE(n, 7);
    QCOMPARE(int(glyphs.size()), n);
    QCOMPARE(int(texts.size()), n);
    QCOMPARE(int(tips.size()), n);
    QCOMPARE(int(paths.size()), n);
    QVERIFY(StatusLight::toolTip(InstrumentState::Error, QStringLiteral("timeout"))
                .contains(QStringLiteral("timeout")));
}

void TestWidgets::statusLightsDifferInShapeOrGlyphNotColourAlone()
{
    const auto states = StatusLight::allStates();
    QList<QBitArray> shapes;
    for (InstrumentState s : states)
        shapes.append(structure(s));
    for (int i = 0; i < states.size(); ++i) {
        for (int j = i + 1; j < states.size(); ++j) {
            const int differing = int((shapes.at(i) ^ shapes.at(j)).count(true));
            // At least 5% of the 32x32 pixels differ in coverage or glyph, without hue.
            QVERIFY2(differing > 51, qPrintable(QStringLiteral("%1 vs %2: %3 pixels")
                                                    .arg(StatusLight::text(states.at(i)),
                                                         StatusLight::text(states.at(j)))
                                                    .arg(differing)));
        }
    }
}

void TestWidgets::decimationKeepsBoundsAndExtremes_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("spikeAt");
    QTest::newRow("fewer samples than buckets stay exact") << 100 << 50 << 0.01 << 20;
    QTest::newRow("100k samples fit 500 buckets, spike kept") << 500 << 100000 << 0.001 << 77777;
    QTest::newRow("spike in the very first sample survives") << 64 << 20000 << 0.05 << 0;
    QTest::newRow("spike in the very last sample survives") << 64 << 20000 << 0.05 << 19999;
    QTest::newRow("bursts sharing one timestamp") << 32 << 5000 << 0.0 << 1234;
}

void TestWidgets::decimationKeepsBoundsAndExtremes()
{
    QFETCH(int, capacity);
    QFETCH(int, samples);
    QFETCH(double, step);
    QFETCH(int, spikeAt);
    DecimatingSeries series(capacity);
    for (int i = 0; i < samples; ++i) {
        double v = std::sin(i * 0.01);
        if (i == spikeAt)
            v = 1000.0;
        if (i == spikeAt / 2 + 1)
            v = -500.0;
        series.append(1000.0 + i * step, v);
        QVERIFY(series.bucketCount() <= capacity);
    }
    QCOMPARE(series.samplesSeen(), qint64(samples));
    QCOMPARE(series.maxValue(), 1000.0);
    QCOMPARE(series.minValue(), -500.0);
    QVector<double> keys, values;
    series.points(&keys, &values);
    QVERIFY(keys.size() <= 2 * capacity);
    QCOMPARE(keys.size(), values.size());
    QVERIFY(values.contains(1000.0));
    QVERIFY(values.contains(-500.0));
    // Each bucket keeps its extremes, so the ends are exact to within one bucket.
    const double last = 1000.0 + (samples - 1) * step;
    QVERIFY(series.firstTime() >= 1000.0);
    QVERIFY(series.firstTime() <= 1000.0 + series.bucketWidth());
    QVERIFY(series.lastTime() <= last);
    QVERIFY(series.lastTime() >= last - series.bucketWidth());
    if (samples <= capacity)
        QCOMPARE(keys.size(), samples);
}

void TestWidgets::rollingWindowDropsOldBuckets()
{
    DecimatingSeries series(100, 10.0);
    series.append(0.0, 99.0); // an old spike that must leave the window
    for (int i = 1; i <= 10000; ++i) {
        series.append(i * 0.01, 1.0);
        QVERIFY(series.bucketCount() <= 100);
    }
    QVERIFY(series.firstTime() >= 100.0 - 10.0 - series.bucketWidth());
    QCOMPARE(series.maxValue(), 1.0);
    QCOMPARE(series.lastTime(), 100.0);
}

void TestWidgets::seriesMemoryIsAllocatedOnceAndNeverGrows_data()
{
    QTest::addColumn<double>("window");
    QTest::newRow("whole run, coarsening as it grows") << 0.0;
    QTest::newRow("rolling window, dropping old buckets") << 10.0;
}

void TestWidgets::seriesMemoryIsAllocatedOnceAndNeverGrows()
{
    QFETCH(double, window);
    DecimatingSeries series(100, window);
    QCOMPARE(series.allocatedBuckets(), 101);
    for (int i = 0; i < 100000; ++i) {
        series.append(i * 0.01, std::sin(i * 0.1));
        QVERIFY(series.bucketCount() <= 100);
    }
    QCOMPARE(series.allocatedBuckets(), 101);
}

void TestWidgets::plotHandsAtMostTwoPointsPerPixelColumn()
{
    PlotPanel plot;
    plot.resize(500, 300);
    plot.setWindowSeconds(0);
    for (int i = 0; i < 20000; ++i)
        plot.addReading(numberReading(QStringLiteral("dmm1"), i * 0.05, std::sin(i * 0.3)));
    QVERIFY(plot.tick());
    // The whole-run store keeps up to 2 x 1000 points; the plot is narrower than that.
    QVERIFY(plot.pointBudget() < 2 * PlotPanel::kWholeRunBuckets);
    // Two per column, plus the points just outside either edge that lines enter from.
    QVERIFY2(plot.drawnPoints(QStringLiteral("dmm1")) <= plot.pointBudget() + 4,
             qPrintable(QStringLiteral("%1 points for a budget of %2")
                            .arg(plot.drawnPoints(QStringLiteral("dmm1")))
                            .arg(plot.pointBudget())));
    QVERIFY(plot.drawnPoints(QStringLiteral("dmm1")) > plot.pointBudget() / 2);
}

void TestWidgets::gaugesCoalesceSnapshotsIntoOneUpdatePerTick()
{
    GaugePanel panel;
    DispatcherCounters c;
    c.cap = 8;
    for (int i = 1; i <= 1000; ++i) {
        c.queued = i;
        c.running = i % 9;
        panel.setCounters(c);
    }
    QCOMPARE(panel.updateCount(), 0);
    panel.tick();
    QCOMPARE(panel.updateCount(), 1);
    QCOMPARE(panel.queuedGauge()->value(), 1000.0);
    QCOMPARE(panel.runningGauge()->value(), double(1000 % 9));
    panel.tick(); // nothing new: no update
    panel.tick();
    QCOMPARE(panel.updateCount(), 1);
    c.queued = 3;
    panel.setCounters(c);
    panel.tick();
    QCOMPARE(panel.updateCount(), 2);
    QCOMPARE(panel.queuedGauge()->value(), 3.0);
}

void TestWidgets::runningGaugeMarksTheCap()
{
    GaugePanel panel;
    DispatcherCounters c;
    c.cap = 48;
    c.running = 30;
    panel.setCounters(c);
    panel.tick();
    QCOMPARE(panel.runningGauge()->marker(), 48.0);
    QCOMPARE(panel.runningGauge()->value(), 30.0);
    QVERIFY(panel.runningGauge()->maximum() >= 48.0);
    QVERIFY(panel.runningGauge()->valueText().contains(QStringLiteral("48")));
}

void TestWidgets::gaugeScalesSayWhatAFullBarMeans()
{
    GaugePanel panel;
    DispatcherCounters c;
    c.cap = 8;
    c.running = 3;
    c.queued = 40;
    panel.setCounters(c);
    panel.tick();
    const Gauge *running = panel.runningGauge();
    QCOMPARE(running->scaleText(), QLocale().toString(running->maximum()));
    QCOMPARE(panel.queuedGauge()->scaleText(), QLocale().toString(panel.queuedGauge()->maximum()));
    QVERIFY(panel.rateGauge()->scaleText().contains(QStringLiteral("/s")));
    QVERIFY(panel.failuresGauge()->scaleText().contains(QStringLiteral("%")));
    for (const Gauge *g :
         {panel.queuedGauge(), panel.runningGauge(), panel.rateGauge(), panel.failuresGauge()})
        QVERIFY2(g->title().contains(QStringLiteral("job"), Qt::CaseInsensitive),
                 qPrintable(g->title()));
}

void TestWidgets::theCapMarkerStandsWhereAFillOfTheCapEnds()
{
    Gauge gauge(QStringLiteral("Running jobs"));
    gauge.resize(300, gauge.sizeHint().height());
    gauge.setMaximum(10);
    gauge.setMarker(8, QString());
    gauge.setValue(8, QStringLiteral("8"));
    const QImage image = gauge.grab().toImage();
    // The marker's red column and the fill's last blue column, along the bar's middle row.
    const int y = image.height() - (image.height() - gauge.fontMetrics().height()) / 2;
    int fillEnd = -1;
    int markerLeft = -1;
    for (int x = 0; x < image.width(); ++x) {
        const QColor px = image.pixelColor(x, y - 2);
        if (px.blue() > 150 && px.red() < 100)
            fillEnd = x;
        if (markerLeft < 0 && px.red() > 150 && px.green() < 100 && px.blue() < 100)
            markerLeft = x;
    }
    QVERIFY(fillEnd > 0 && markerLeft > 0);
    QVERIFY2(
        std::abs(markerLeft - fillEnd) <= 1,
        qPrintable(QStringLiteral("fill ends at %1, marker at %2").arg(fillEnd).arg(markerLeft)));
    QCOMPARE(gauge.xFor(8), gauge.xFor(gauge.marker()));
}

void TestWidgets::failuresCountRunJobsNotConnectionAttempts()
{
    GaugePanel panel;
    DispatcherCounters c;
    c.cap = 4;
    c.failed = 3; // three unreachable instruments' connection attempts
    panel.setCounters(c);
    panel.tick();
    QCOMPARE(panel.failuresGauge()->value(), 0.0);

    auto outcome = [](JobStatus status) {
        Reading::Fields f;
        f.instrument = QStringLiteral("DMM");
        f.status = status;
        return Reading(f);
    };
    for (JobStatus status : {JobStatus::Succeeded, JobStatus::Succeeded, JobStatus::Succeeded,
                             JobStatus::TimedOut, JobStatus::Cancelled})
        panel.countReading(outcome(status));
    panel.tick();
    QCOMPARE(panel.failuresGauge()->value(), 0.25); // cancelled jobs do not count
    QVERIFY2(panel.failuresGauge()->valueText().contains(QStringLiteral("1 of 4")),
             qPrintable(panel.failuresGauge()->valueText()));
}

void TestWidgets::movingTheSliderChangesTheDispatcherCapWhileJobsRun()
{
    Dispatcher dispatcher(1);
    CapControl control(&dispatcher);
    QCOMPARE(control.slider()->value(), 1);
    QSemaphore started, release;
    for (int i = 0; i < 3; ++i) {
        dispatcher.submit(JobSpec::sync([&](const CancellationToken &) {
            started.release();
            release.acquire();
            return QVariant(i);
        }));
    }
    QVERIFY(started.tryAcquire(1, 10000));
    QVERIFY(!started.tryAcquire(1, 50)); // the cap holds the other two back
    control.slider()->setValue(3);
    QCOMPARE(dispatcher.cap(), 3);
    QCOMPARE(control.spinBox()->value(), 3);
    QVERIFY(started.tryAcquire(2, 10000)); // raising the cap started the queued jobs at once
    release.release(3);
    QVERIFY(dispatcher.waitForIdle(10000));
}

void TestWidgets::capSpinBoxReachesBeyondTheSlider()
{
    Dispatcher dispatcher(4);
    CapControl control(&dispatcher);
    control.spinBox()->setValue(1000);
    QCOMPARE(dispatcher.cap(), 1000);
    QCOMPARE(control.slider()->value(), CapControl::kSliderMax);
    control.slider()->setValue(12);
    QCOMPARE(dispatcher.cap(), 12);
    QCOMPARE(control.spinBox()->value(), 12);
}

void TestWidgets::plotReplotsOnlyOnDirtyTicks()
{
    PlotPanel plot;
    plot.resize(600, 400);
    for (int i = 0; i < 500; ++i)
        plot.addReading(numberReading(QStringLiteral("dmm1"), 100 + i * 0.01, i));
    QCOMPARE(plot.replotCount(), 0); // readings never replot by themselves
    QVERIFY(plot.tick());
    QCOMPARE(plot.replotCount(), 1);
    QVERIFY(!plot.tick());
    QCOMPARE(plot.replotCount(), 1);
    plot.addReading(numberReading(QStringLiteral("dmm1"), 200, 1));
    QVERIFY(plot.tick());
    QCOMPARE(plot.replotCount(), 2);
    QCOMPARE(plot.graphCount(), 1);
}

void TestWidgets::plotDrawsAtMostMaxGraphsAndOnlyVisibleInstruments()
{
    PlotPanel plot;
    for (int k = 0; k < 40; ++k) {
        for (int i = 0; i < 10; ++i)
            plot.addReading(
                numberReading(QStringLiteral("inst%1").arg(k, 2, 10, QLatin1Char('0')), i, k + i));
    }
    // Long after: the voltmeters stopped reading, so a selection shows only what it selects.
    plot.addReading(numberReading(QStringLiteral("oven"), 100, 25, QStringLiteral("temperature")));
    plot.tick();
    QCOMPARE(plot.seriesCount(), 41);
    QCOMPARE(plot.graphCount(), PlotPanel::kMaxGraphs);
    QCOMPARE(plot.quantity(), QStringLiteral("voltage"));
    plot.setSelectedInstruments({QStringLiteral("inst03"), QStringLiteral("inst39")});
    plot.tick();
    QCOMPARE(plot.graphCount(), 2);
    QVERIFY(plot.drawnPoints(QStringLiteral("inst39")) > 0);
    QCOMPARE(plot.drawnPoints(QStringLiteral("inst00")), 0);
    plot.setQuantity(QStringLiteral("temperature"));
    plot.setSelectedInstruments({});
    plot.tick();
    QCOMPARE(plot.graphCount(), 1);
    QCOMPARE(plot.drawnPoints(QStringLiteral("oven")), 1);
}

void TestWidgets::plotKeepsBoundedPointsPerGraph()
{
    PlotPanel plot;
    plot.setWindowSeconds(0);
    for (int i = 0; i < 50000; ++i)
        plot.addReading(
            numberReading(QStringLiteral("dmm1"), i * 0.05, (i % 100) - (i == 31337 ? 1e6 : 0)));
    plot.tick();
    QVERIFY(plot.drawnPoints(QStringLiteral("dmm1")) <= 2 * PlotPanel::kWholeRunBuckets);
    const DecimatingSeries *s = plot.series(QStringLiteral("dmm1"), QStringLiteral("voltage"));
    QVERIFY(s);
    QVERIFY(s->bucketCount() <= PlotPanel::kWholeRunBuckets);
    QCOMPARE(s->minValue(), 31337 % 100 - 1e6);
}

void TestWidgets::lastReadingReadsWithPrefixesInTheLocale()
{
    const QLocale before;
    const Reading r = numberReading(QStringLiteral("dmm1"), 1, 1.754895e-05);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(InstrumentTableModel::readingText(r), QStringLiteral("17.55 \u00b5V"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(InstrumentTableModel::readingText(r), QStringLiteral("17,55 \u00b5V"));
    // The tool tip has the digits the cell leaves out.
    QCOMPARE(InstrumentTableModel::readingText(r, InstrumentTableModel::kToolTipDigits),
             QStringLiteral("17,54895 \u00b5V"));
    QLocale::setDefault(before);
}

void TestWidgets::pausedPlotDoesNotReplot()
{
    PlotPanel plot;
    plot.addReading(numberReading(QStringLiteral("dmm1"), 1, 1));
    plot.setPaused(true);
    QVERIFY(plot.pauseAction()->isChecked());
    QVERIFY(!plot.tick());
    plot.addReading(numberReading(QStringLiteral("dmm1"), 2, 2));
    QVERIFY(!plot.tick());
    QCOMPARE(plot.replotCount(), 0);
    plot.pauseAction()->toggle();
    QVERIFY(!plot.isPaused());
    QVERIFY(plot.tick());
    QCOMPARE(plot.drawnPoints(QStringLiteral("dmm1")), 2);
}

void TestWidgets::logInsertsQueuedEventsInOneBatchAndKeepsTheNewest()
{
    LogModel model;
    int inserts = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { ++inserts; });
    for (int i = 0; i < LogModel::kMaxRows + 500; ++i)
        model.append({qint64(i) * 1'000'000, BenchEvent::Severity::Warning, QStringLiteral("dmm1"),
                      QStringLiteral("event %1").arg(i)});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.flush(), LogModel::kMaxRows);
    QCOMPARE(inserts, 1);
    QCOMPARE(model.rowCount(), LogModel::kMaxRows);
    QCOMPARE(model.event(0).text, QStringLiteral("event 500"));
    model.append({0, BenchEvent::Severity::Error, {}, QStringLiteral("newest")});
    QCOMPARE(model.flush(), 1);
    QCOMPARE(model.rowCount(), LogModel::kMaxRows);
    QCOMPARE(model.event(model.rowCount() - 1).text, QStringLiteral("newest"));
    QCOMPARE(model.event(0).text, QStringLiteral("event 501"));
}

void TestWidgets::logFiltersByTextAndSeverityAndCopiesRows()
{
    LogModel model;
    LogPanel panel(&model);
    model.append({1'000'000'000, BenchEvent::Severity::Info, QStringLiteral("PSU A"),
                  QStringLiteral("connected")});
    model.append({2'000'000'000, BenchEvent::Severity::Error, QStringLiteral("Flaky sensor"),
                  QStringLiteral("timeout after 2000 ms")});
    model.append({3'000'000'000, BenchEvent::Severity::Warning, QStringLiteral("DMM 1"),
                  QStringLiteral("reconnecting")});
    model.flush();
    QCOMPARE(panel.visibleRows(), 3);
    panel.setFilterText(QStringLiteral("flaky"));
    QCOMPARE(panel.visibleRows(), 1);
    panel.copySelection();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("Flaky sensor\ttimeout after 2000 ms")),
             qPrintable(copied));
    QVERIFY(!copied.contains(QStringLiteral("PSU A")));
    panel.setFilterText({});
    panel.setMinimumSeverity(1);
    QCOMPARE(panel.visibleRows(), 2);
    panel.setMinimumSeverity(2);
    QCOMPARE(panel.visibleRows(), 1);
}

QTEST_MAIN(TestWidgets)
void TestWidgets::aStatusChangeMarksOnlyTheColumnsThatShowIt_data()
{
    using M = InstrumentTableModel;
    QTest::addColumn<InstrumentStatus>("after");
    QTest::addColumn<QList<int>>("columns");
    InstrumentStatus base;
    base.config.name = QStringLiteral("dmm");
    base.config.resource = QStringLiteral("TCPIP0::127.0.0.1::5025::SOCKET");
    base.state = InstrumentState::Idle;
    base.jobsDone = 10;
    InstrumentStatus s = base;
    QTest::newRow("nothing changed: no column") << s << QList<int>{};
    s = base;
    s.lastReading = numberReading(QStringLiteral("dmm"), 1, 2);
    s.jobsDone = 11;
    QTest::newRow("a reading: last reading and done")
        << s << QList<int>{M::LastReadingColumn, M::DoneColumn};
    s = base;
    s.state = InstrumentState::Busy;
    QTest::newRow("busy: light and state") << s << QList<int>{M::LightColumn, M::StateColumn};
    s = base;
    s.jobsFailed = 1;
    s.lastError = QStringLiteral("timed out");
    QTest::newRow("a failure: light, state (tool tip) and failed")
        << s << QList<int>{M::LightColumn, M::StateColumn, M::FailedColumn};
    s = base;
    s.identity.model = QStringLiteral("DMM-6500S");
    QTest::newRow("identified: identity") << s << QList<int>{M::IdentityColumn};
    QList<int> all;
    for (int c = 0; c < M::ColumnCount; ++c)
        all.append(c);
    s = base;
    s.state = InstrumentState::Disabled;
    QTest::newRow("disabled greys the whole row") << s << all;
    s = base;
    s.config.resource = QStringLiteral("ASRL/dev/ttyUSB0::INSTR");
    QTest::newRow("edited resource: the whole row") << s << all;
}

void TestWidgets::aStatusChangeMarksOnlyTheColumnsThatShowIt()
{
    QFETCH(InstrumentStatus, after);
    QFETCH(QList<int>, columns);
    InstrumentStatus before;
    before.config.name = QStringLiteral("dmm");
    before.config.resource = QStringLiteral("TCPIP0::127.0.0.1::5025::SOCKET");
    before.state = InstrumentState::Idle;
    before.jobsDone = 10;
    QCOMPARE(InstrumentTableModel::changedColumns(before, after), columns);
}

#include "tst_widgets.moc"

void TestWidgets::theInstrumentDialogPinsTheIdentityTheInstrumentReports()
{
    InstrumentDialog dialog(nullptr, {});
    InstrumentConfig c;
    c.name = QStringLiteral("DMM 1");
    c.resource = QStringLiteral("TCPIP0::127.0.0.1::5025::SOCKET");
    dialog.setConfig(c);
    QVERIFY(!dialog.pinButton()->isEnabled()); // nothing identified yet
    QVERIFY(dialog.config().expect.isEmpty());
    dialog.setCurrentIdentity({QStringLiteral("ACME"), QStringLiteral("DMM-9"),
                               QStringLiteral("SN 42"), QStringLiteral("1.0")});
    QVERIFY(dialog.pinButton()->isEnabled());
    QTest::mouseClick(dialog.pinButton(), Qt::LeftButton);
    const InstrumentConfig pinned = dialog.config();
    QCOMPARE(pinned.expect.vendor, QStringLiteral("ACME"));
    QCOMPARE(pinned.expect.model, QStringLiteral("DMM-9"));
    QCOMPARE(pinned.expect.serial, QStringLiteral("SN 42"));
    QVERIFY2(dialog.isValid(), qPrintable(dialog.problem()));
    // And back: a configuration's pins fill the fields.
    InstrumentDialog again(nullptr, {});
    again.setConfig(pinned);
    QVERIFY(again.config().expect == pinned.expect);
}

void TestWidgets::deviceTextInTheTableHasNoControlCharacters()
{
    Reading::Fields f;
    f.instrument = QStringLiteral("dmm");
    f.operation = QStringLiteral("query");
    f.status = JobStatus::Succeeded;
    f.value = QStringLiteral("\x1b[2Jowned\x07");
    const QString shown = InstrumentTableModel::readingText(Reading(f));
    QCOMPARE(shown, QStringLiteral("\\x1b[2Jowned\\x07"));
}

void TestWidgets::aFailedReadingInTheTableNamesItsKind()
{
    Reading::Fields f;
    f.instrument = QStringLiteral("dmm");
    f.operation = QStringLiteral("measure_voltage_dc");
    f.status = JobStatus::Failed;
    f.failure = FailureKind::LinkLost;
    f.error = QStringLiteral("serial port /dev/pts/3 hung up");
    QCOMPARE(InstrumentTableModel::readingText(Reading(f)),
             QStringLiteral("failed (link-lost): serial port /dev/pts/3 hung up"));
    f.failure = FailureKind::None; // a reading journaled before kinds
    QCOMPARE(InstrumentTableModel::readingText(Reading(f)),
             QStringLiteral("failed: serial port /dev/pts/3 hung up"));
}
