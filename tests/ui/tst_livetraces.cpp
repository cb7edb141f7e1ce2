// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// LiveTraces: lines drawn from a kept pixmap, redrawn only where they changed, must look exactly
// like lines drawn from scratch.
#include "liveplot.h"
#include "livetraces.h"

#include <qcustomplot.h>

#include <QtTest>

#include <cmath>

using namespace ld;

namespace {
constexpr int kTraces = 4;

/** A plot with the traces alone on a buffered top layer, as PlotPanel sets it up. */
struct Fixture
{
    LivePlot plot;
    LiveTraces *traces = nullptr;
    QCPLayer *layer = nullptr;
    QVector<double> keys[kTraces];
    QVector<double> values[kTraces];

    Fixture()
    {
        plot.resize(640, 360);
        plot.setNotAntialiasedElements(QCP::aeAll);
        plot.addLayer(QStringLiteral("lines"), plot.layer(QStringLiteral("overlay")),
                      QCustomPlot::limAbove);
        layer = plot.layer(QStringLiteral("lines"));
        layer->setMode(QCPLayer::lmBuffered);
        traces = new LiveTraces(plot.xAxis, plot.yAxis);
        traces->setLayer(layer);
        for (int i = 0; i < kTraces; ++i) {
            QPen pen(QColor::fromHsv(i * 80, 220, 200), 1.0);
            pen.setCosmetic(true);
            traces->addTrace(pen);
        }
        plot.yAxis->setRange(-2, 2 + kTraces);
        plot.show(); // offscreen; the viewport follows the size only once shown
    }

    /** Readings every 20 ms up to `t`; the last point of each trace moves as a bucket would. */
    void extendTo(double t)
    {
        for (int i = 0; i < kTraces; ++i) {
            double k = keys[i].isEmpty() ? 0 : keys[i].constLast();
            if (!keys[i].isEmpty())
                values[i].last() += 0.05; // the open bucket's extreme moved
            while (k + 0.02 <= t) {
                k += 0.02;
                keys[i].append(k);
                values[i].append(i + std::sin(k * (3 + i)) + 0.3 * std::sin(k * 37.0));
            }
            traces->setPoints(i, keys[i], values[i]);
        }
    }

    /** Drops points left of `t`, as a rolling window does. */
    void dropBefore(double t)
    {
        for (int i = 0; i < kTraces; ++i) {
            qsizetype n = 0;
            while (n < keys[i].size() && keys[i].at(n) < t)
                ++n;
            keys[i].remove(0, n);
            values[i].remove(0, n);
            traces->setPoints(i, keys[i], values[i]);
        }
    }

    /** 0-10 s on the time axis, readings up to `t`, one replot; returns the full redraws so far. */
    qint64 startWith(double t)
    {
        plot.xAxis->setRange(0, 10);
        extendTo(t);
        plot.replot();
        return traces->fullRedraws();
    }

    QImage picture() { return plot.grab().toImage(); }

    /** Redraws everything from scratch (a new value range and back) and grabs that. */
    QImage redrawnFromScratch()
    {
        const QCPRange y = plot.yAxis->range();
        plot.yAxis->setRange(y.lower - 1, y.upper + 1);
        plot.replot();
        plot.yAxis->setRange(y);
        plot.replot();
        return picture();
    }
};

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    }
    return n;
}
} // namespace

class TestLiveTraces : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newReadingsRedrawOnlyTheColumnsTheyChanged();
    void incrementalDrawingLooksLikeDrawingFromScratch_data();
    void incrementalDrawingLooksLikeDrawingFromScratch();
    void aStepOfWholePixelsScrollsInsteadOfRedrawing();
    void aNewScaleRedrawsEverything();
    void unchangedPointsRedrawNothing();
    void updatingTheTracesRepaintsOnlyTheirChangedColumns();
    void updatingTheTracesAfterTheAxesMovedAsksForAReplot();
    void directDrawingForExportsLeavesThePixmapAlone();
};

void TestLiveTraces::newReadingsRedrawOnlyTheColumnsTheyChanged()
{
    Fixture f;
    const qint64 full = f.startWith(4);
    const int width = f.plot.axisRect()->width();
    QCOMPARE(f.traces->lastRedrawnColumns(), width);

    f.extendTo(4.1); // 0.1 s of 10 s: about 1% of the width, plus the changed last segment
    f.layer->replot();
    QCOMPARE(f.traces->fullRedraws(), full);
    QVERIFY2(f.traces->lastRedrawnColumns() > 0, "new points must be drawn");
    QVERIFY2(f.traces->lastRedrawnColumns() < width / 20,
             qPrintable(QString::number(f.traces->lastRedrawnColumns())));
}

void TestLiveTraces::incrementalDrawingLooksLikeDrawingFromScratch_data()
{
    QTest::addColumn<bool>("scroll");
    QTest::addColumn<bool>("dropOld");
    QTest::newRow("appending, fixed axis") << false << false;
    QTest::newRow("appending, axis stepping by whole pixels") << true << false;
    QTest::newRow("rolling window: old points dropped, axis stepping") << true << true;
}

void TestLiveTraces::incrementalDrawingLooksLikeDrawingFromScratch()
{
    QFETCH(bool, scroll);
    QFETCH(bool, dropOld);
    Fixture f;
    const double window = 6;
    f.plot.xAxis->setRange(0, window);
    f.extendTo(1);
    f.plot.replot();
    const qint64 full = f.traces->fullRedraws();
    const int width = f.plot.axisRect()->width();
    // An axis step of 8 pixels in seconds.
    const double pixels8 = window * 8 / width;
    double lower = 0;
    for (int tick = 1; tick <= 240; ++tick) {
        const double t = 1 + tick * 0.033;
        f.extendTo(t);
        const bool step = scroll && t > lower + window - pixels8;
        if (step) {
            lower += pixels8;
            f.plot.xAxis->setRange(lower, lower + window);
        }
        if (dropOld)
            f.dropBefore(lower - 0.5);
        // As PlotPanel: only the changed lines when the axes stand still, else a replot (whose
        // lines come from the kept pixmap).
        if (!step && tick % 3 != 0)
            QVERIFY(f.plot.updateTraces(f.traces));
        else
            f.plot.replot();
    }
    QCOMPARE(f.traces->fullRedraws(), full);
    QCOMPARE(f.traces->scrolls() > 0, scroll);
    const QImage incremental = f.picture();
    const QImage scratch = f.redrawnFromScratch();
    QCOMPARE(f.traces->fullRedraws(), full + 2);
    QCOMPARE(differingPixels(incremental, scratch), 0);
}

void TestLiveTraces::aStepOfWholePixelsScrollsInsteadOfRedrawing()
{
    Fixture f;
    const qint64 full = f.startWith(9.5);
    const double pixel = 10.0 / f.plot.axisRect()->width();
    f.plot.xAxis->setRange(5 * pixel, 10 + 5 * pixel);
    f.plot.replot();
    QCOMPARE(f.traces->fullRedraws(), full);
    QCOMPARE(f.traces->scrolls(), 1);
    QCOMPARE(f.traces->lastRedrawnColumns(), 5);
    // Half a pixel cannot be scrolled: everything is redrawn.
    f.plot.xAxis->setRange(5.5 * pixel, 10 + 5.5 * pixel);
    f.plot.replot();
    QCOMPARE(f.traces->fullRedraws(), full + 1);
}

void TestLiveTraces::aNewScaleRedrawsEverything()
{
    Fixture f;
    const qint64 full = f.startWith(5);
    f.plot.xAxis->setRange(0, 20); // zoomed out
    f.plot.replot();
    QCOMPARE(f.traces->fullRedraws(), full + 1);
    f.plot.yAxis->setRange(-5, 10);
    f.plot.replot();
    QCOMPARE(f.traces->fullRedraws(), full + 2);
    f.plot.resize(500, 300); // the widget replots itself on a resize
    f.plot.replot();
    QCOMPARE(f.traces->fullRedraws(), full + 3);
}

void TestLiveTraces::unchangedPointsRedrawNothing()
{
    Fixture f;
    const qint64 full = f.startWith(5);
    for (int i = 0; i < kTraces; ++i)
        f.traces->setPoints(i, f.keys[i], f.values[i]);
    f.layer->replot();
    QCOMPARE(f.traces->lastRedrawnColumns(), 0);
    QCOMPARE(f.traces->fullRedraws(), full);
    QCOMPARE(f.traces->pointCount(0), int(f.keys[0].size()));
}

void TestLiveTraces::updatingTheTracesRepaintsOnlyTheirChangedColumns()
{
    Fixture f;
    f.startWith(5);
    QCoreApplication::processEvents(); // the replot's own repaint
    int paints = 0;
    QRegion painted;
    struct Spy : QObject
    {
        int *paints;
        QRegion *painted;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint) {
                ++*paints;
                *painted += static_cast<QPaintEvent *>(e)->region();
            }
            return false;
        }
    } spy;
    spy.paints = &paints;
    spy.painted = &painted;
    f.plot.installEventFilter(&spy);
    f.extendTo(5.2);
    QVERIFY(f.plot.updateTraces(f.traces));
    QTRY_VERIFY_WITH_TIMEOUT(paints > 0, 5000);
    const QRect bounds = painted.boundingRect();
    // 0.2 s of 10 s is 2% of the width: the repaint is a strip, not the widget.
    QVERIFY2(bounds.width() < f.plot.width() / 10, qPrintable(QString::number(bounds.width())));
    QVERIFY(f.plot.axisRect()->rect().contains(bounds.center()));
    f.plot.removeEventFilter(&spy);
    const QImage incremental = f.picture();
    QCOMPARE(differingPixels(incremental, f.redrawnFromScratch()), 0);
}

void TestLiveTraces::updatingTheTracesAfterTheAxesMovedAsksForAReplot()
{
    Fixture f;
    f.plot.xAxis->setRange(0, 10);
    f.extendTo(5);
    QVERIFY(!f.plot.updateTraces(f.traces)); // never replotted: no buffers yet
    f.plot.replot();
    f.extendTo(5.5);
    f.plot.yAxis->setRange(-10, 10);
    QVERIFY(!f.plot.updateTraces(f.traces));
    const qint64 full = f.traces->fullRedraws();
    f.plot.replot();
    QCOMPARE(f.traces->fullRedraws(), full + 1);
    f.extendTo(6);
    QVERIFY(f.plot.updateTraces(f.traces));
    QCOMPARE(f.traces->fullRedraws(), full + 1);
}

void TestLiveTraces::directDrawingForExportsLeavesThePixmapAlone()
{
    Fixture f;
    const qint64 full = f.startWith(5);
    const QImage before = f.picture();
    f.traces->setDirect(true);
    const QPixmap exported = f.plot.toPixmap(640, 360, 2.0);
    f.traces->setDirect(false);
    QCOMPARE(exported.size(), QSize(1280, 720));
    // The export has the lines: reddish pixels of trace 0 (antialiased, so near its colour).
    const QImage image = exported.toImage();
    int hits = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            hits += c.red() > 120 && c.green() < 90 && c.blue() < 90;
        }
    }
    QVERIFY2(hits > 100, qPrintable(QString::number(hits)));
    QCOMPARE(f.traces->fullRedraws(), full);
    f.layer->replot();
    QCOMPARE(differingPixels(f.picture(), before), 0);
}

QTEST_MAIN(TestLiveTraces)
#include "tst_livetraces.moc"
