// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimatingseries.h"
#include "results/reading.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QCPGraph;
class QCustomPlot;

namespace ld {

/**
 * Live plots: one graph per instrument and quantity against wall time, for one quantity at a
 * time (one unit per axis), legend by instrument. Readings only go into bounded decimated
 * series; the plot itself is redrawn by tick(), at most once per call and only when something
 * changed, so the replot rate is the display tick's whatever the reading rate.
 */
class PlotPanel : public QWidget
{
    Q_OBJECT
public:
    /** At most this many graphs are drawn at once (the selected instruments first). */
    static constexpr int kMaxGraphs = 16;
    /** Buckets kept per series for the whole run and for the rolling window. */
    static constexpr int kWholeRunBuckets = 1000;
    static constexpr int kWindowBuckets = 600;

    explicit PlotPanel(QWidget *parent = nullptr);
    ~PlotPanel() override;

    /** Adds a reading's number(s) to its series; text and failed readings are not plotted. */
    void addReading(const Reading &reading);
    /** Redraws if anything changed and the view is not paused. Returns true if it replotted. */
    bool tick();

    /** Instruments to plot; empty plots every instrument (up to kMaxGraphs). */
    void setVisibleInstruments(const QStringList &names);
    /** The quantity shown ("voltage"); empty picks the first one seen. */
    void setQuantity(const QString &quantity);
    QString quantity() const { return m_quantity; }
    QStringList quantities() const;
    /** Seconds of the rolling window; 0 shows the whole run. */
    void setWindowSeconds(double seconds);
    double windowSeconds() const { return m_window; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /** Follow the data again (after a zoom or pan) and fit both axes. */
    void autoscale();
    void clear();

    bool exportPng(const QString &path);
    bool exportPdf(const QString &path);

    qint64 replotCount() const { return m_replots; }
    int graphCount() const;
    int seriesCount() const { return m_series.size(); }
    /** Points currently drawn for `instrument` (0 when it has no graph). */
    int drawnPoints(const QString &instrument) const;
    /** The decimated store for the whole run, for checks; null when unknown. */
    const DecimatingSeries *series(const QString &instrument, const QString &quantity) const;
    QCustomPlot *plot() const { return m_plot; }

    QAction *pauseAction() const { return m_pauseAction; }
    QAction *autoscaleAction() const { return m_autoscaleAction; }
    QAction *exportPngAction() const { return m_exportPngAction; }
    QAction *exportPdfAction() const { return m_exportPdfAction; }

Q_SIGNALS:
    void windowSecondsChanged(double seconds);

private:
    struct Series;
    void rebuildGraphs();
    void refreshQuantityCombo();
    void exportWithDialog(bool pdf);
    Series *seriesFor(const Reading &reading);

    QCustomPlot *m_plot;
    QComboBox *m_quantityCombo;
    QComboBox *m_windowCombo;
    QAction *m_pauseAction;
    QAction *m_autoscaleAction;
    QAction *m_exportPngAction;
    QAction *m_exportPdfAction;
    QHash<QString, std::shared_ptr<Series>> m_series; // key: instrument + '\x1f' + quantity
    QList<Series *> m_shown;
    QStringList m_visible;
    QStringList m_quantityList;
    QString m_quantity;
    double m_window = 60;
    double m_lastTime = 0;
    bool m_paused = false;
    bool m_follow = true;
    bool m_dirty = false;
    bool m_graphsDirty = true;
    qint64 m_replots = 0;
};

} // namespace ld
