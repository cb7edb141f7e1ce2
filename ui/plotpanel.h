// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimatingseries.h"
#include "results/reading.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QSharedPointer>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QCPAbstractLegendItem;
class QCPGraph;
class QCPRange;
class QCPLayer;
class QCustomPlot;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace ld {

class EngineeringAxisTicker;
class LivePlot;
class LiveTraces;
class PlotCursors;
class XyPlot;

/**
 * Live plots: one graph per instrument and quantity against wall time, for one quantity at a
 * time (one unit per axis), legend by instrument. Readings only go into bounded decimated
 * series; the plot itself is redrawn by tick(), at most once per call and only when something
 * changed, so the replot rate is the display tick's whatever the reading rate.
 *
 * It shows the selected instruments, those still reading and those the user pinned. A zoom or
 * pan leaves the live edge: the view stays where the user put it, with the data it showed kept,
 * until "Back to live" (or Autoscale) follows the newest readings again.
 *
 * The XY mode (XyPlot) plots a quantity or sweep variable against another instead, from the
 * same readings. In either mode two cursors read values off the plot. Readings of past runs
 * (setRunLabel()) get series of their own, named after their run.
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

    /** Against time, or one quantity or sweep variable against another. */
    enum class Mode { Time, Xy };

    explicit PlotPanel(QWidget *parent = nullptr);
    ~PlotPanel() override;

    void setMode(Mode mode);
    Mode mode() const;
    XyPlot *xyPlot() const { return m_xy; }
    /** The cursors of the mode shown. */
    PlotCursors *cursors() const;
    QAction *cursorsAction() const { return m_cursorsAction; }
    /**
     * Readings of run `runId` are plotted apart from other runs' readings of the same
     * instruments, and named "instrument (label)": a past run opened beside the live one.
     */
    void setRunLabel(const QString &runId, const QString &label);

    /**
     * Adds a reading's number(s) to its series; text is not plotted, and a failed reading breaks
     * its instrument's line. A burst's values are spread over the time it took to acquire them.
     */
    void addReading(const Reading &reading);
    /**
     * Redraws if anything changed and the view is not paused. Returns true if it replotted.
     * When only data changed and the axes stand still, only the graphs' own buffered layer is
     * redrawn. `budgetNs` is what is left of the display frame: a replot expected to take
     * longer is skipped once (the data stays dirty for the next tick) rather than blowing
     * the frame; < 0 means no limit.
     */
    bool tick(qint64 budgetNs = -1);

    /**
     * The instruments selected in the table. Empty plots every instrument (up to kMaxGraphs);
     * otherwise the plot shows these, the pinned ones and those still reading, and switches to
     * a quantity the selection has when the current one is not among them.
     */
    void setSelectedInstruments(const QStringList &names);
    /** A pinned instrument stays plotted whatever the selection. */
    void setPinned(const QString &instrument, bool pinned);
    bool isPinned(const QString &instrument) const { return m_pinned.contains(instrument); }
    /** The instruments whose traces the plot shows now (empty: all of them). */
    QStringList shownInstruments() const;
    /** The quantity shown ("voltage"); empty picks the first one seen. */
    void setQuantity(const QString &quantity);
    QString quantity() const { return m_quantity; }
    /** Every quantity seen; the Quantity box offers those of the shown instruments. */
    QStringList quantities() const;
    /** Seconds of the rolling window; 0 shows the whole run. */
    void setWindowSeconds(double seconds);
    /** The name of window choice @p index (0-3, as in the plot's "Show:" box), translated. */
    static QString windowChoiceText(int index);
    double windowSeconds() const { return m_window; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /** Follow the data again (after a zoom or pan) and fit both axes: back to the live edge. */
    void autoscale();
    /** False once the user zoomed or panned away from the live edge. */
    bool isFollowing() const { return m_follow; }
    void clear();

    bool exportPng(const QString &path);
    bool exportPdf(const QString &path);

    qint64 replotCount() const { return m_replots; }
    /** Replots that redrew axes, grid and legend too (the rest redrew the graph layer only). */
    qint64 fullReplotCount() const { return m_fullReplots; }
    qint64 skippedReplotCount() const { return m_skipped; }
    /** Most points handed to QCustomPlot per graph: two per pixel column of the plot. */
    int pointBudget() const;
    int graphCount() const;
    int seriesCount() const { return m_series.size(); }
    /** Points currently drawn for `instrument` (0 when it has no graph), breaks not counted. */
    int drawnPoints(const QString &instrument) const;
    /** Of those, the points with a time in [lower, upper]. */
    int drawnPoints(const QString &instrument, double lower, double upper) const;
    /** Breaks in the line drawn for `instrument` (gaps, failed readings). */
    int drawnBreaks(const QString &instrument) const;
    /** The decimated store for the whole run (a labelled run's), for checks; null when unknown. */
    const DecimatingSeries *series(const QString &instrument, const QString &quantity,
                                   const QString &runId = {}) const;
    /** The time plot. */
    QCustomPlot *plot() const;

    QAction *pauseAction() const { return m_pauseAction; }
    QAction *autoscaleAction() const { return m_autoscaleAction; }
    /** Shown while the view is away from the live edge; a click goes back to it. */
    QToolButton *backToLiveButton() const { return m_liveButton; }
    QAction *exportPngAction() const { return m_exportPngAction; }
    QAction *exportPdfAction() const { return m_exportPdfAction; }

Q_SIGNALS:
    void windowSecondsChanged(double seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    /** Sets every text of the panel; again on QEvent::LanguageChange. */
    void retranslateUi();
    struct Series;
    void rebuildGraphs();
    /** Whether a series of `quantity` belongs to one of `names` (empty: any instrument). */
    bool hasShown(const QSet<QString> &names, const QString &quantity) const;
    /** The series drawn for `names` and `quantity`: the first kMaxGraphs by instrument name. */
    QList<Series *> graphsFor(const QSet<QString> &names, const QString &quantity) const;
    void refreshQuantityCombo();
    void exportWithDialog(bool pdf);
    Series *seriesFor(const Reading &reading);
    /** Sets the axes to follow the data; true when a range changed (axes must be redrawn). */
    bool followData();
    /** The user moved an axis: stop following, keeping what the rolling window would drop. */
    void leaveLiveEdge();
    void setFollowing(bool follow);
    /** The instruments to show by the rules of setSelectedInstruments(); empty means all. */
    QStringList instrumentsToShow() const;
    void togglePin(QCPAbstractLegendItem *item);
    void showContextMenu(const QPoint &pos);
    Series *shownSeries(const QString &instrument) const;
    QString seriesName(const Series &s) const;
    /** The data point drawn nearest to a pixel of the time plot, for the cursors. */
    std::optional<QPointF> nearestPoint(const QPointF &pixel) const;
    void updateCursorReadout();

    /** Axis ranges in follow mode move in steps of window / kXSteps, not every tick. */
    static constexpr int kXSteps = 60;

    LivePlot *m_plot;
    XyPlot *m_xy;
    QStackedWidget *m_stack;
    QComboBox *m_modeCombo;
    QLabel *m_modeLabel;
    QAction *m_cursorsAction;
    QLabel *m_cursorReadout;
    PlotCursors *m_timeCursors;
    PlotCursors *m_xyCursors;
    QHash<QString, QString> m_runLabels;
    QCPLayer *m_graphLayer;
    LiveTraces *m_traces; ///< owned by m_plot
    QComboBox *m_quantityCombo;
    QComboBox *m_windowCombo;
    QAction *m_pauseAction;
    QAction *m_autoscaleAction;
    QAction *m_exportPngAction;
    QAction *m_exportPdfAction;
    QToolButton *m_liveButton;
    QSharedPointer<EngineeringAxisTicker> m_valueTicker;
    QLabel *m_quantityLabel;
    QLabel *m_windowLabel;
    QHash<QString, std::shared_ptr<Series>> m_series; // key: instrument + '\x1f' + quantity
    QHash<QString, Series *> m_lastSeries;            ///< by instrument: its latest series
    QList<Series *> m_shown;
    QStringList m_selected;
    QStringList m_selectedSorted; ///< m_selected in instrumentsToShow()'s order
    QSet<QString> m_selectedSet;  ///< m_selected, to look up
    QStringList m_shownNames;     ///< instrumentsToShow() when the graphs were last built
    QSet<QString> m_shownSet;     ///< the same names, to look up
    QSet<QString> m_pinned;
    QStringList m_quantityList;
    QString m_quantity;
    double m_window = 60;
    double m_lastTime = 0;
    bool m_paused = false;
    bool m_follow = true;
    bool m_settingRange = false; ///< the panel itself moves the axes, not the user
    bool m_dirty = false;
    bool m_graphsDirty = true;
    bool m_axesDirty = true;
    bool m_skippedLast = false;
    qint64 m_replots = 0;
    qint64 m_fullReplots = 0;
    qint64 m_skipped = 0;
    double m_layerCostNs = 0; ///< moving averages of replot costs, for the frame budget
    double m_fullCostNs = 0;
    QVector<double> m_keys, m_values; ///< scratch buffers reused every tick
    double m_pointsLower = 0; ///< the time range and columns the drawn points were reduced for
    double m_pointsUpper = 0;
    int m_pointsColumns = 0;
};

} // namespace ld
