// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The live plot as a user meets it: zoom and pan, what it shows, gaps, marks and axis labels.
#include "plotpanel.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QImage>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace ld;

namespace {
Reading reading(const QString &instrument, double t, double value,
                const QString &quantity = QStringLiteral("voltage"),
                const QString &unit = QStringLiteral("V"))
{
    Reading::Fields f;
    f.instrument = instrument;
    f.operation = QStringLiteral("measure");
    f.quantity = quantity;
    f.unit = unit;
    f.value = value;
    f.completedWallNs = qint64(std::llround(t * 1e9));
    return Reading(f);
}

Reading failed(const QString &instrument, double t, JobStatus status)
{
    Reading::Fields f;
    f.instrument = instrument;
    f.operation = QStringLiteral("measure");
    f.quantity = QStringLiteral("voltage");
    f.status = status;
    f.error = QStringLiteral("no reply");
    f.completedWallNs = qint64(std::llround(t * 1e9));
    return Reading(f);
}

/** Readings every `step` seconds in [from, to), a slow sine. */
void feed(PlotPanel &plot, const QString &instrument, double from, double to, double step,
          const QString &quantity = QStringLiteral("voltage"))
{
    for (double t = from; t < to - 1e-9; t += step)
        plot.addReading(reading(instrument, t, std::sin(t), quantity));
}

/** Pixels of the first trace's colour inside the axis rect, in columns [from, to). */
int tracePixels(PlotPanel &plot, int from = 0, int to = -1)
{
    const QImage image = plot.plot()->grab().toImage();
    const QRect rect = plot.plot()->axisRect()->rect();
    const QColor color(0x00, 0x72, 0xb2);
    if (to < 0)
        to = rect.width();
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left() + from; x < rect.left() + to; ++x)
            n += image.pixelColor(x, y) == color ? 1 : 0;
    return n;
}

QStringList offeredQuantities(PlotPanel &plot)
{
    auto *combo = plot.findChild<QComboBox *>(QStringLiteral("quantityCombo"));
    QStringList items;
    for (int i = 0; combo && i < combo->count(); ++i)
        items.append(combo->itemData(i).toString());
    return items;
}
} // namespace

class TestPlotPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void zoomingLeavesTheLiveEdgeAndKeepsWhatIsInView();
    void backToLiveFollowsTheNewestReadingsAgain();
    void aRunThatGoesOnStaysPlottedWhateverTheSelection();
    void theShownInstrumentsAreTheSelectionThePinnedAndTheLiveInNameOrder();
    void selectingSensorsSwitchesToAQuantityTheyHave();
    void theQuantityBoxOffersOnlyWhatTheShownInstrumentsHave();
    void aPinnedInstrumentStaysPlotted();
    void aSingleReadingIsMarked();
    void fewPointsFarApartAreMarked();
    void linesBreakAtGapsAndFailedReadings_data();
    void linesBreakAtGapsAndFailedReadings();
    void aBurstIsSpreadOverTheTimeItTook();
    void valueAxisLabelsUseEngineeringPrefixes();
};

void TestPlotPanel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

/** "Last 10 s" of a dmm reading ten times a second, the user zoomed into its middle. */
void zoomIntoALiveWindow(PlotPanel &plot)
{
    plot.resize(800, 400);
    plot.show();
    plot.setWindowSeconds(10);
    feed(plot, QStringLiteral("dmm"), 1000, 1010, 0.1);
    QVERIFY(plot.tick());
    QVERIFY(plot.isFollowing());
    QVERIFY(!plot.backToLiveButton()->isVisibleTo(&plot));
    // As a wheel or a drag would: the axis range changes.
    plot.plot()->xAxis->setRange(1003, 1007);
}

void TestPlotPanel::zoomingLeavesTheLiveEdgeAndKeepsWhatIsInView()
{
    PlotPanel plot;
    zoomIntoALiveWindow(plot);
    const QString dmm = QStringLiteral("dmm");
    QVERIFY(!plot.isFollowing());
    QVERIFY(plot.backToLiveButton()->isVisibleTo(&plot));
    // The run goes on three windows' worth; the view stays, and so does its data.
    for (int second = 1010; second < 1040; ++second) {
        feed(plot, dmm, second, second + 1, 0.1);
        plot.tick();
    }
    QCOMPARE(plot.plot()->xAxis->range().lower, 1003.0);
    QCOMPARE(plot.plot()->xAxis->range().upper, 1007.0);
    QVERIFY2(plot.drawnPoints(dmm, 1003, 1007) >= 30,
             qPrintable(QString::number(plot.drawnPoints(dmm, 1003, 1007))));
    QVERIFY(tracePixels(plot) > 100);
}

void TestPlotPanel::backToLiveFollowsTheNewestReadingsAgain()
{
    PlotPanel plot;
    zoomIntoALiveWindow(plot);
    const QString dmm = QStringLiteral("dmm");
    feed(plot, dmm, 1010, 1030, 0.1);
    plot.tick();
    QVERIFY(!plot.isFollowing());
    QTest::mouseClick(plot.backToLiveButton(), Qt::LeftButton);
    QVERIFY(plot.isFollowing());
    QVERIFY(!plot.backToLiveButton()->isVisibleTo(&plot));
    QVERIFY(plot.plot()->xAxis->range().upper >= 1029.9);
    QVERIFY(plot.plot()->xAxis->range().lower >= 1019);
    // Following again, the window trims as before.
    QCOMPARE(plot.drawnPoints(dmm, 1000, 1015), 0);
}

void TestPlotPanel::aRunThatGoesOnStaysPlottedWhateverTheSelection()
{
    PlotPanel plot;
    feed(plot, QStringLiteral("dmm"), 0, 60, 1);  // still reading
    feed(plot, QStringLiteral("dmm2"), 0, 10, 1); // stopped long ago
    feed(plot, QStringLiteral("dmm3"), 0, 10, 1); // stopped long ago
    plot.tick();
    plot.setSelectedInstruments({QStringLiteral("dmm2")});
    plot.tick();
    QCOMPARE(plot.shownInstruments(), QStringList({QStringLiteral("dmm"), QStringLiteral("dmm2")}));
    QCOMPARE(plot.graphCount(), 2);
    QVERIFY(plot.drawnPoints(QStringLiteral("dmm")) > 0);
    QCOMPARE(plot.drawnPoints(QStringLiteral("dmm3")), 0);
}

void TestPlotPanel::theShownInstrumentsAreTheSelectionThePinnedAndTheLiveInNameOrder()
{
    // The selection is sorted once and the others merged in on each tick; the result is the
    // sorted union it always was, whatever order the selection came in.
    PlotPanel plot;
    feed(plot, QStringLiteral("e"), 0, 60, 1);                            // selected, reading
    feed(plot, QStringLiteral("b"), 0, 10, 1);                            // selected, stopped
    feed(plot, QStringLiteral("a"), 0, 10, 1);                            // pinned, stopped
    feed(plot, QStringLiteral("c"), 0, 60, 1);                            // reading, not selected
    feed(plot, QStringLiteral("c"), 0, 60, 1, QStringLiteral("current")); // a second series
    feed(plot, QStringLiteral("d"), 0, 10, 1);                            // stopped, not selected
    plot.setPinned(QStringLiteral("a"), true);
    plot.setSelectedInstruments({QStringLiteral("e"), QStringLiteral("b")});
    plot.tick();
    QCOMPARE(plot.shownInstruments(), QStringList({QStringLiteral("a"), QStringLiteral("b"),
                                                   QStringLiteral("c"), QStringLiteral("e")}));
    // Only selected ones: the selection itself, sorted.
    plot.setPinned(QStringLiteral("a"), false);
    plot.setSelectedInstruments({QStringLiteral("e"), QStringLiteral("c"), QStringLiteral("b")});
    plot.tick();
    QCOMPARE(plot.shownInstruments(),
             QStringList({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("e")}));
}

void TestPlotPanel::selectingSensorsSwitchesToAQuantityTheyHave()
{
    PlotPanel plot;
    feed(plot, QStringLiteral("dmm"), 0, 10, 1);
    feed(plot, QStringLiteral("oven"), 0, 10, 1, QStringLiteral("temperature"));
    plot.tick();
    QCOMPARE(plot.quantity(), QStringLiteral("voltage"));
    plot.setSelectedInstruments({QStringLiteral("oven")});
    plot.tick();
    QCOMPARE(plot.quantity(), QStringLiteral("temperature"));
    QVERIFY(plot.drawnPoints(QStringLiteral("oven")) > 0);
}

void TestPlotPanel::theQuantityBoxOffersOnlyWhatTheShownInstrumentsHave()
{
    PlotPanel plot;
    feed(plot, QStringLiteral("dmm"), 0, 10, 1);
    feed(plot, QStringLiteral("oven"), 0, 10, 1, QStringLiteral("temperature"));
    feed(plot, QStringLiteral("counter"), 50, 60, 1, QStringLiteral("frequency"));
    plot.tick();
    QCOMPARE(offeredQuantities(plot).size(), 3); // nothing selected: everything
    plot.setSelectedInstruments({QStringLiteral("oven")});
    plot.tick();
    // The oven, and the counter that still reads; the voltmeter stopped and is not selected.
    QCOMPARE(offeredQuantities(plot),
             QStringList({QStringLiteral("temperature"), QStringLiteral("frequency")}));
}

void TestPlotPanel::aPinnedInstrumentStaysPlotted()
{
    PlotPanel plot;
    feed(plot, QStringLiteral("dmm"), 0, 10, 1);
    feed(plot, QStringLiteral("dmm2"), 0, 10, 1);
    feed(plot, QStringLiteral("dmm3"), 0, 60, 1);
    plot.setSelectedInstruments({QStringLiteral("dmm")});
    plot.setPinned(QStringLiteral("dmm"), true);
    plot.tick();
    plot.setSelectedInstruments({QStringLiteral("dmm2")});
    plot.tick();
    QVERIFY(plot.drawnPoints(QStringLiteral("dmm")) > 0);
    QVERIFY(plot.drawnPoints(QStringLiteral("dmm2")) > 0);
    QStringList names;
    for (int i = 0; i < plot.plot()->graphCount(); ++i)
        names.append(plot.plot()->graph(i)->name());
    QVERIFY2(names.contains(QStringLiteral("dmm (pinned)")), qPrintable(names.join(u',')));
    plot.setPinned(QStringLiteral("dmm"), false);
    plot.tick();
    QCOMPARE(plot.drawnPoints(QStringLiteral("dmm")), 0);
}

void TestPlotPanel::aSingleReadingIsMarked()
{
    PlotPanel plot;
    plot.resize(800, 400);
    plot.show();
    plot.addReading(reading(QStringLiteral("dmm"), 1000, 1.5));
    QVERIFY(plot.tick());
    QCOMPARE(plot.drawnPoints(QStringLiteral("dmm")), 1);
    QVERIFY2(tracePixels(plot) >= 9, qPrintable(QString::number(tracePixels(plot))));
}

void TestPlotPanel::fewPointsFarApartAreMarked()
{
    // Five readings across the plot: each one has its mark, not only the lines between them.
    PlotPanel sparse;
    sparse.resize(800, 400);
    sparse.show();
    sparse.setWindowSeconds(0);
    feed(sparse, QStringLiteral("dmm"), 0, 5, 1);
    sparse.tick();
    // A mark is about 5 x 5 pixels, a one-pixel line through it covers 5 of them.
    const QRect rect = sparse.plot()->axisRect()->rect();
    int marked = 0;
    const QImage image = sparse.plot()->grab().toImage();
    // The first and last sit on the plot's edges, half clipped: the three between them.
    for (int i = 1; i < 4; ++i) {
        const int x = int(std::lround(sparse.plot()->xAxis->coordToPixel(i)));
        const int y = int(std::lround(sparse.plot()->yAxis->coordToPixel(std::sin(i))));
        int filled = 0;
        for (int dx = -1; dx <= 1; ++dx)
            for (int dy = -1; dy <= 1; ++dy)
                filled += rect.contains(x + dx, y + dy) &&
                                  image.pixelColor(x + dx, y + dy) == QColor(0x00, 0x72, 0xb2)
                              ? 1
                              : 0;
        marked += filled >= 8 ? 1 : 0;
    }
    QCOMPARE(marked, 3);
}

void TestPlotPanel::linesBreakAtGapsAndFailedReadings_data()
{
    QTest::addColumn<double>("window");
    QTest::addColumn<QList<double>>("starts");
    QTest::addColumn<QList<double>>("failures");
    QTest::addColumn<int>("breaks");
    QTest::newRow("steady readings: one line") << 0.0 << QList<double>{0} << QList<double>{} << 0;
    QTest::newRow("two runs in the whole run: broken between them")
        << 0.0 << QList<double>{0, 100} << QList<double>{} << 1;
    QTest::newRow("three runs in the last ten minutes")
        << 600.0 << QList<double>{0, 100, 200} << QList<double>{} << 2;
    QTest::newRow("a timed-out reading breaks the line")
        << 60.0 << QList<double>{0} << QList<double>{5.05} << 1;
}

void TestPlotPanel::linesBreakAtGapsAndFailedReadings()
{
    QFETCH(double, window);
    QFETCH(QList<double>, starts);
    QFETCH(QList<double>, failures);
    QFETCH(int, breaks);
    PlotPanel plot;
    plot.resize(800, 400);
    plot.show();
    plot.setWindowSeconds(window);
    const QString dmm = QStringLiteral("dmm");
    const double base = 1000;
    for (double start : starts) {
        for (int i = 0; i < 100; ++i) {
            const double t = start + i * 0.1;
            plot.addReading(reading(dmm, base + t, 1 + 0.1 * std::sin(t)));
            for (double f : failures)
                if (std::abs(f - t - 0.05) < 1e-6)
                    plot.addReading(failed(dmm, base + f, JobStatus::TimedOut));
        }
    }
    plot.tick();
    QCOMPARE(plot.drawnBreaks(dmm), breaks);
    if (starts.size() > 1) {
        // Nothing drawn across the gap.
        const int from =
            int(plot.plot()->xAxis->coordToPixel(base + 30) - plot.plot()->axisRect()->left());
        const int to =
            int(plot.plot()->xAxis->coordToPixel(base + 80) - plot.plot()->axisRect()->left());
        QVERIFY(to > from);
        QCOMPARE(tracePixels(plot, from, to), 0);
    }
}

void TestPlotPanel::aBurstIsSpreadOverTheTimeItTook()
{
    PlotPanel plot;
    plot.setWindowSeconds(0);
    Reading::Fields f;
    f.instrument = QStringLiteral("dmm");
    f.operation = QStringLiteral("fetch_array");
    f.quantity = QStringLiteral("voltage");
    f.unit = QStringLiteral("V");
    f.value = QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    f.startedWallNs = 1000'000'000'000;
    f.completedWallNs = 1001'000'000'000;
    plot.addReading(Reading(f));
    plot.tick();
    // Ten values, ten points in time order, the last at completion: a ramp, not a stack.
    QCOMPARE(plot.drawnPoints(QStringLiteral("dmm")), 10);
    QCOMPARE(plot.drawnPoints(QStringLiteral("dmm"), 1000.95, 1001.0), 1);
    QCOMPARE(plot.drawnPoints(QStringLiteral("dmm"), 1000.0, 1000.5), 5);
}

void TestPlotPanel::valueAxisLabelsUseEngineeringPrefixes()
{
    PlotPanel plot;
    plot.resize(800, 400);
    plot.show();
    for (int i = 0; i < 20; ++i)
        plot.addReading(reading(QStringLiteral("dmm"), 1000 + i, 1.75e-5 + 1e-6 * std::sin(i)));
    plot.tick();
    plot.plot()->replot();
    const QVector<QString> labels = plot.plot()->yAxis->tickVectorLabels();
    QVERIFY(!labels.isEmpty());
    for (const QString &label : labels) {
        QVERIFY2(label.endsWith(QStringLiteral("\u00b5V")), qPrintable(label));
        QVERIFY2(!label.contains(QLatin1Char('e'), Qt::CaseInsensitive), qPrintable(label));
    }
    QCOMPARE(plot.plot()->yAxis->label(), QStringLiteral("voltage"));
}

QTEST_MAIN(TestPlotPanel)
#include "tst_plotpanel.moc"
