// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The plot's XY mode and cursors: pairing by sweep point, an I-V sweep on the simulated bench,
// logarithmic axes and values at or below zero, bounded curves, the cursors' difference.
#include "plotcursors.h"
#include "plotpanel.h"
#include "xypairing.h"
#include "xyplot.h"
#include "xyseries.h"

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "plans/planfile.h"
#include "plans/runengine.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <qcustomplot.h>

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ld;

namespace {
constexpr int kSafetyMs = 60000;

/** A reading of `instrument`'s `quantity` taken at sweep point v (none when v is NaN). */
Reading reading(const char *instrument, const char *quantity, double value, double v,
                const QString &step = QStringLiteral("steps[1].sweep.body[1]"),
                const QString &runId = QStringLiteral("run"))
{
    Reading::Fields f;
    f.runId = runId;
    f.instrument = QString::fromUtf8(instrument);
    f.operation = QStringLiteral("measure");
    f.quantity = QString::fromUtf8(quantity);
    f.unit = f.quantity == QLatin1String("current") ? QStringLiteral("A") : QStringLiteral("V");
    f.value = value;
    f.completedWallNs = 1'700'000'000'000'000'000 + qint64(std::abs(value) * 1e6);
    if (!std::isnan(v)) {
        f.step = step;
        f.variables = {{QStringLiteral("v"), v}};
    }
    return Reading(f);
}

QString voltageSource()
{
    return XyPairing::measurementSource(QStringLiteral("DMM 1"), QStringLiteral("voltage"));
}

QString currentSource()
{
    return XyPairing::measurementSource(QStringLiteral("PSU A"), QStringLiteral("current"));
}

QList<QPointF> sorted(QList<QPointF> points)
{
    std::sort(points.begin(), points.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return points;
}
} // namespace

class TestXyPlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readingsPairBySweepPoint_data();
    void readingsPairBySweepPoint();
    void anIvSweepOnTheSimulatedBenchPlotsCurrentAgainstVoltage();
    void aLogarithmicAxisLeavesOutValuesAtOrBelowZeroAndSaysSo();
    void aLogarithmicAxisIsRefusedWhenNoValueIsAboveZero();
    void aLongSweepKeepsBoundedPoints();
    void theCursorsShowTheSecondMinusTheFirst();
    void aCursorSnapsToTheNearestDataPoint();
};

void TestXyPlot::readingsPairBySweepPoint_data()
{
    QTest::addColumn<QList<Reading>>("readings");
    QTest::addColumn<QString>("x");
    QTest::addColumn<QList<QPointF>>("points");
    const double nan = qQNaN();
    const QString v = XyPairing::variableSource(QStringLiteral("v"));
    QTest::newRow("X before Y at one sweep point")
        << QList<Reading>{reading("DMM 1", "voltage", 0.5, 0.5),
                          reading("PSU A", "current", 0.05, 0.5)}
        << voltageSource() << QList<QPointF>{{0.5, 0.05}};
    QTest::newRow("Y before X waits for its X")
        << QList<Reading>{reading("PSU A", "current", 0.05, 0.5),
                          reading("DMM 1", "voltage", 0.5, 0.5)}
        << voltageSource() << QList<QPointF>{{0.5, 0.05}};
    QTest::newRow("readings of other sweep points do not pair")
        << QList<Reading>{reading("DMM 1", "voltage", 0.5, 0.5),
                          reading("PSU A", "current", 0.1, 1.0),
                          reading("DMM 1", "voltage", 1.0, 1.0)}
        << voltageSource() << QList<QPointF>{{1.0, 0.1}};
    QTest::newRow("other steps of one sweep body pair")
        << QList<Reading>{reading("DMM 1", "voltage", 0.5, 0.5,
                                  QStringLiteral("steps[3].sweep.body[2].parallel.body[0]")),
                          reading("PSU A", "current", 0.05, 0.5,
                                  QStringLiteral("steps[3].sweep.body[2].parallel.body[1]"))}
        << voltageSource() << QList<QPointF>{{0.5, 0.05}};
    QTest::newRow("one sweep's point does not pair with another sweep's")
        << QList<Reading>{reading("DMM 1", "voltage", 0.5, 0.5, QStringLiteral("steps[1].sweep")),
                          reading("PSU A", "current", 0.05, 0.5, QStringLiteral("steps[4].sweep"))}
        << voltageSource() << QList<QPointF>{};
    QTest::newRow("runs do not pair with each other")
        << QList<Reading>{reading("DMM 1", "voltage", 0.5, 0.5, QStringLiteral("steps[1].sweep"),
                                  QStringLiteral("a")),
                          reading("PSU A", "current", 0.05, 0.5, QStringLiteral("steps[1].sweep"),
                                  QStringLiteral("b"))}
        << voltageSource() << QList<QPointF>{};
    QTest::newRow("a sweep variable as X needs no partner")
        << QList<Reading>{reading("PSU A", "current", 0.05, 0.5),
                          reading("PSU A", "current", 0.1, 1.0)}
        << v << QList<QPointF>{{0.5, 0.05}, {1.0, 0.1}};
    QTest::newRow("outside a sweep, Y pairs with the latest X")
        << QList<Reading>{reading("DMM 1", "voltage", 1, nan), reading("DMM 1", "voltage", 2, nan),
                          reading("PSU A", "current", 0.2, nan),
                          reading("PSU A", "current", 0.3, nan)}
        << voltageSource() << QList<QPointF>{{2, 0.2}, {2, 0.3}};
}

void TestXyPlot::readingsPairBySweepPoint()
{
    QFETCH(QList<Reading>, readings);
    QFETCH(QString, x);
    QFETCH(QList<QPointF>, points);
    XyPairing pairing;
    pairing.setSources(x, currentSource(), {});
    QList<XyPairing::Point> out;
    for (const Reading &r : readings)
        pairing.add(r, &out);
    QList<QPointF> got;
    for (const XyPairing::Point &p : out) {
        QCOMPARE(p.axis, 0);
        got.append(QPointF(p.x, p.y));
    }
    QCOMPARE(got, points);
}

void TestXyPlot::anIvSweepOnTheSimulatedBenchPlotsCurrentAgainstVoltage()
{
    ProfileRegistry profiles;
    QVERIFY(profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 5);
    Dispatcher dispatcher(8);
    SimBench sim;
    Bench bench(&dispatcher, &profiles);
    RunEngine engine(&dispatcher);
    engine.addTarget(&bench);
    QString error;
    const auto specs = SimBench::load(QStringLiteral("demo"), &error);
    QVERIFY2(specs && sim.start(profiles, *specs, &error), qPrintable(error));
    QVERIFY2(sim.addInstrumentsTo(&bench, 2000, SimBench::ProfileChoice::Pinned, &error),
             qPrintable(error));
    bench.connectAll();
    for (const QString &name : {QStringLiteral("PSU A"), QStringLiteral("DMM 1")})
        QTRY_VERIFY_WITH_TIMEOUT(bench.status(name).state == InstrumentState::Idle, kSafetyMs);

    const PlanFile::Result plan =
        PlanFile::load(QString::fromLocal8Bit(qgetenv("LABDISPATCH_SOURCE_DIR")) +
                       QStringLiteral("/resources/plans/iv-curve.json"));
    QVERIFY2(plan.plan, qPrintable(plan.error));

    PlotPanel panel;
    panel.resize(900, 500);
    panel.show();
    panel.setMode(PlotPanel::Mode::Xy);
    XyPlot *xy = panel.findChild<XyPlot *>(QStringLiteral("xyPlotPanel"));
    QVERIFY(xy);
    QList<Reading> readings;
    bool finished = false;
    const quint64 id = engine.start(*plan.plan, &error, [&](const Reading &r) {
        readings.append(r);
        panel.addReading(r);
    });
    QVERIFY2(id, qPrintable(error));
    connect(&engine, &RunEngine::runFinished, this, [&](quint64 run) { finished = run == id; });
    // The axes chosen while the sweep runs: what came before is paired again.
    QTRY_VERIFY_WITH_TIMEOUT(xy->sources().contains(currentSource()) &&
                                 xy->sources().contains(voltageSource()),
                             kSafetyMs);
    xy->setSource(XyPlot::Axis::X, voltageSource());
    xy->setSource(XyPlot::Axis::Y, currentSource());
    // Live: points appear while the sweep goes on (held there by a pause).
    QTRY_VERIFY_WITH_TIMEOUT(xy->points(XyPlot::Axis::Y).size() >= 3, kSafetyMs);
    engine.pause(id);
    QVERIFY(engine.isActive(id));
    panel.tick();
    const int drawnLive = xy->points(XyPlot::Axis::Y).size();
    QVERIFY(drawnLive >= 3 && drawnLive < 11);
    QCOMPARE(xy->plot()->plottable(0)->interface1D()->dataCount(), drawnLive);
    engine.resume(id);
    QTRY_VERIFY_WITH_TIMEOUT(finished, kSafetyMs);
    panel.tick();

    // The pairs: at each sweep point, the DMM's voltage and the supply's current measured there.
    QMap<double, double> voltageAt, currentAt;
    for (const Reading &r : std::as_const(readings)) {
        if (r->status != JobStatus::Succeeded || r->variables.isEmpty())
            continue;
        const double v = r->variables.first().second;
        if (r->instrument == QLatin1String("DMM 1") &&
            r.quantityOrOperation() == QLatin1String("voltage"))
            voltageAt.insert(v, std::get<double>(r->value));
        if (r->instrument == QLatin1String("PSU A") &&
            r.quantityOrOperation() == QLatin1String("current"))
            currentAt.insert(v, std::get<double>(r->value));
    }
    QCOMPARE(voltageAt.size(), 11);
    QCOMPARE(currentAt.size(), 11);
    QList<QPointF> expected;
    for (auto it = voltageAt.cbegin(); it != voltageAt.cend(); ++it) {
        expected.append(QPointF(it.value(), currentAt.value(it.key())));
        // The DMM is wired to the supply: it reads the swept voltage.
        QVERIFY2(std::abs(it.value() - it.key()) < 0.05 + 0.01 * it.key(),
                 qPrintable(QStringLiteral("%1 at v = %2").arg(it.value()).arg(it.key())));
    }
    QCOMPARE(sorted(xy->points(XyPlot::Axis::Y)), sorted(expected));
    QCOMPARE(xy->plot()->xAxis->label(), xy->sourceText(voltageSource()));
    QCOMPARE(xy->plot()->yAxis->label(), xy->sourceText(currentSource()));

    // LABDISPATCH_SCREENSHOT_XY names the picture for docs/xyplot.png: the sweep with cursors.
    const QString picture = qEnvironmentVariable("LABDISPATCH_SCREENSHOT_XY");
    if (!picture.isEmpty()) {
        panel.resize(900, 560);
        panel.cursorsAction()->trigger();
        const QList<QPointF> points = sorted(xy->points(XyPlot::Axis::Y));
        panel.cursors()->place(0, points.at(3));
        panel.cursors()->place(1, points.at(8));
        panel.tick();
        xy->plot()->replot();
        QTest::qWait(100);
        QVERIFY(panel.grab().save(picture));
        qInfo("screenshot: %s", qPrintable(picture));
    }
}

void TestXyPlot::aLogarithmicAxisLeavesOutValuesAtOrBelowZeroAndSaysSo()
{
    PlotPanel panel;
    panel.resize(800, 400);
    panel.show();
    panel.setMode(PlotPanel::Mode::Xy);
    auto *xy = panel.findChild<XyPlot *>(QStringLiteral("xyPlotPanel"));
    for (int i = -2; i <= 3; ++i)
        panel.addReading(reading("PSU A", "current", 0.01 * (i + 3), i));
    xy->setSource(XyPlot::Axis::X, XyPairing::variableSource(QStringLiteral("v")));
    xy->setSource(XyPlot::Axis::Y, currentSource());
    panel.tick();
    QCOMPARE(xy->plot()->plottable(0)->interface1D()->dataCount(), 6);

    auto *logX = panel.findChild<QCheckBox *>(QStringLiteral("xyXLog"));
    QVERIFY(logX);
    logX->click(); // v = -2, -1 and 0 have no place on a logarithmic axis
    QVERIFY(xy->isLogarithmic(XyPlot::Axis::X));
    QCOMPARE(xy->plot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
    QCOMPARE(xy->plot()->plottable(0)->interface1D()->dataCount(), 3);
    QVERIFY(xy->plot()->xAxis->range().lower > 0);
    auto *notice = panel.findChild<QLabel *>(QStringLiteral("xyNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->text().startsWith(QStringLiteral("3 point")) &&
                 notice->text().contains(QStringLiteral("at or below zero not shown")),
             qPrintable(notice->text()));

    logX->click();
    QVERIFY(!xy->isLogarithmic(XyPlot::Axis::X));
    QCOMPARE(xy->plot()->plottable(0)->interface1D()->dataCount(), 6);
    QVERIFY(!notice->isVisible());
}

void TestXyPlot::aLogarithmicAxisIsRefusedWhenNoValueIsAboveZero()
{
    PlotPanel panel;
    panel.show();
    panel.setMode(PlotPanel::Mode::Xy);
    auto *xy = panel.findChild<XyPlot *>(QStringLiteral("xyPlotPanel"));
    for (int i = 1; i <= 4; ++i)
        panel.addReading(reading("PSU A", "current", -0.01 * i, i));
    xy->setSource(XyPlot::Axis::X, XyPairing::variableSource(QStringLiteral("v")));
    xy->setSource(XyPlot::Axis::Y, currentSource());
    panel.tick();
    auto *logY = panel.findChild<QCheckBox *>(QStringLiteral("xyYLog"));
    logY->click();
    QVERIFY(!logY->isChecked());
    QVERIFY(!xy->isLogarithmic(XyPlot::Axis::Y));
    QCOMPARE(xy->plot()->yAxis->scaleType(), QCPAxis::stLinear);
    QCOMPARE(xy->plot()->plottable(0)->interface1D()->dataCount(), 4);
    auto *notice = panel.findChild<QLabel *>(QStringLiteral("xyNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("none of its values is above zero")),
             qPrintable(notice->text()));
    QString why;
    QVERIFY(!xy->setLogarithmic(XyPlot::Axis::Y, true, &why));
    QCOMPARE(why, QStringLiteral("The Y axis cannot be logarithmic: none of its values is above "
                                 "zero."));
}

void TestXyPlot::aLongSweepKeepsBoundedPoints()
{
    XySeries series(1000);
    for (int i = 0; i < 100'000; ++i)
        series.append(i, -i);
    QVector<double> xs, ys;
    series.points(&xs, &ys);
    QVERIFY(xs.size() <= 1001);
    QVERIFY(xs.size() >= 500);
    QCOMPARE(xs.first(), 0.0);
    QCOMPARE(xs.last(), 99'999.0); // the newest point is always shown
    QCOMPARE(ys.last(), -99'999.0);
    QVERIFY(std::is_sorted(xs.cbegin(), xs.cend()));

    PlotPanel panel;
    panel.resize(600, 300);
    panel.show();
    panel.setMode(PlotPanel::Mode::Xy);
    auto *xy = panel.findChild<XyPlot *>(QStringLiteral("xyPlotPanel"));
    for (int i = 0; i < 30'000; ++i)
        panel.addReading(reading("PSU A", "current", std::sin(i * 1e-3), i * 1e-3));
    xy->setSource(XyPlot::Axis::X, XyPairing::variableSource(QStringLiteral("v")));
    panel.tick();
    // The curve holds no more than its store, and no more than the plot has pixels to show.
    const int drawn = xy->plot()->plottable(0)->interface1D()->dataCount();
    QVERIFY2(drawn <= XyPlot::kCurvePoints + 1, qPrintable(QString::number(drawn)));
    QVERIFY2(drawn <= 2 * xy->plot()->axisRect()->width() * 2, qPrintable(QString::number(drawn)));
}

void TestXyPlot::theCursorsShowTheSecondMinusTheFirst()
{
    PlotPanel panel;
    panel.show();
    panel.setMode(PlotPanel::Mode::Xy);
    auto *xy = panel.findChild<XyPlot *>(QStringLiteral("xyPlotPanel"));
    for (int i = 0; i <= 5; ++i)
        panel.addReading(reading("PSU A", "current", 0.1 * i, i));
    xy->setSource(XyPlot::Axis::X, XyPairing::variableSource(QStringLiteral("v")));
    panel.tick();
    auto *action = panel.findChild<QAction *>(QStringLiteral("cursorsAction"));
    QVERIFY(action);
    action->trigger();
    PlotCursors *cursors = panel.cursors();
    QVERIFY(cursors->isEnabled());
    cursors->place(0, QPointF(1.0, 0.1));
    QVERIFY(!cursors->difference());
    cursors->place(1, QPointF(4.0, 0.4));
    const auto d = cursors->difference();
    QVERIFY(d);
    QCOMPARE(d->x(), 3.0);
    QVERIFY(std::abs(d->y() - 0.3) < 1e-12);
    auto *readout = panel.findChild<QLabel *>(QStringLiteral("cursorReadout"));
    QVERIFY(readout && readout->isVisible());
    QVERIFY2(readout->text().contains(QStringLiteral("\u0394x 3")), qPrintable(readout->text()));
    QVERIFY2(readout->text().contains(QStringLiteral("\u0394y 300 mA")),
             qPrintable(readout->text()));
    // Back the other way round, the difference changes sign.
    cursors->place(0, QPointF(5.0, 0.5));
    QCOMPARE(cursors->difference()->x(), -1.0);

    // In time, the difference is a duration.
    panel.setMode(PlotPanel::Mode::Time);
    panel.tick();
    cursors = panel.cursors();
    QVERIFY(cursors->isEnabled());
    cursors->place(0, QPointF(1'700'000'000.0, 0.1));
    cursors->place(1, QPointF(1'700'000'002.5, 0.3));
    QVERIFY2(readout->text().contains(QStringLiteral("\u0394x 2.5 s")),
             qPrintable(readout->text()));
}

void TestXyPlot::aCursorSnapsToTheNearestDataPoint()
{
    PlotPanel panel;
    panel.resize(800, 400);
    panel.show();
    panel.setMode(PlotPanel::Mode::Xy);
    auto *xy = panel.findChild<XyPlot *>(QStringLiteral("xyPlotPanel"));
    for (int i = 0; i <= 5; ++i)
        panel.addReading(reading("PSU A", "current", 0.1 * i * i, i));
    xy->setSource(XyPlot::Axis::X, XyPairing::variableSource(QStringLiteral("v")));
    panel.tick();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    xy->plot()->replot();
    panel.cursorsAction()->trigger();
    const QPointF at(xy->plot()->xAxis->coordToPixel(3.0) + 3,
                     xy->plot()->yAxis->coordToPixel(0.9) - 2);
    // A click a few pixels off the point at v = 3 places cursor 1 on it.
    QTest::mouseClick(xy->plot(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
    QCOMPARE(panel.cursors()->position(0), std::optional<QPointF>(QPointF(3.0, 0.9)));
    QTest::mouseClick(
        xy->plot(), Qt::LeftButton, Qt::ShiftModifier,
        QPointF(xy->plot()->xAxis->coordToPixel(5.0), xy->plot()->yAxis->coordToPixel(2.5))
            .toPoint());
    QCOMPARE(panel.cursors()->position(1), std::optional<QPointF>(QPointF(5.0, 2.5)));
    QCOMPARE(*panel.cursors()->difference(), QPointF(2.0, 1.6));
}

QTEST_MAIN(TestXyPlot)
#include "tst_xyplot.moc"
