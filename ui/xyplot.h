// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/reading.h"
#include "xypairing.h"
#include "xyseries.h"

#include <QContiguousCache>
#include <QHash>
#include <QPointF>
#include <QSharedPointer>
#include <QStringList>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QCPAxis;
class QCPCurve;
class QCustomPlot;
class QLabel;

namespace ld {

class EngineeringAxisTicker;

/**
 * The plot's XY mode: any quantity or sweep variable against another (an I-V curve: current
 * against voltage), with an optional second Y on the right axis, each axis linear or
 * logarithmic. Readings are paired by XyPairing and kept per run in bounded XySeries (runs
 * overlaid are one curve each); the plot is redrawn by tick() only, like the time plot.
 * The last kHistory readings are kept, so choosing other sources redraws from them at once.
 * The sources are chosen by the user; until then, a sweep variable (else the first quantity)
 * against the first other quantity.
 */
class XyPlot : public QWidget
{
    Q_OBJECT
public:
    enum class Axis { X, Y, Y2 };
    /** Points kept per curve. */
    static constexpr int kCurvePoints = 4096;
    /** Readings kept to pair again when the sources change. */
    static constexpr int kHistory = 20000;
    /** Runs drawn at once; readings of further runs are left out. */
    static constexpr int kMaxRuns = 8;

    explicit XyPlot(QWidget *parent = nullptr);
    ~XyPlot() override;

    void addReading(const Reading &reading);
    /**
     * Shown or not. While hidden, readings are only kept (kHistory of them), so the time plot
     * pays nothing for the XY mode; shown again, they are paired at once.
     */
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /** Redraws if anything changed; true if it replotted. */
    bool tick();
    void clear();
    /** Follows the data again and fits every axis. */
    void autoscale();

    /** Every source seen, variables first ("var:v", then instrument quantities). */
    QStringList sources() const { return m_sources; }
    /** How a source reads in the boxes and on the axis ("DMM 1 voltage", "v (sweep)"). */
    QString sourceText(const QString &source) const;
    /** Sets an axis's source (XyPairing::measurementSource() / variableSource(); Y2 may be empty).
     */
    void setSource(Axis axis, const QString &source);
    QString source(Axis axis) const;
    /**
     * A logarithmic axis shows only values above zero: the points at or below zero are left out
     * and notice() says how many. Refused (false, `why`) when no point has a value above zero
     * on that axis, as nothing could be shown.
     */
    bool setLogarithmic(Axis axis, bool on, QString *why = nullptr);
    bool isLogarithmic(Axis axis) const;
    /** The unit of an axis's source (empty for a variable or none). */
    QString unit(Axis axis) const { return m_units.value(source(axis)); }
    /** What the plot leaves out or refused, in words; empty when nothing. */
    QString notice() const;
    /** A name for a run's curves in the legend when several runs are shown. */
    void setRunLabel(const QString &runId, const QString &label);

    /** The points of `axis` (Y or Y2) drawn for `runId` (the first run when empty), in order. */
    QList<QPointF> points(Axis axis, const QString &runId = {}) const;
    int curveCount() const;
    QCustomPlot *plot() const { return m_plot; }
    qint64 replotCount() const { return m_replots; }
    /** The data point nearest to `pixel` (plot widget coordinates), in plot coordinates. */
    std::optional<QPointF> nearestPoint(const QPointF &pixel) const;

Q_SIGNALS:
    void noticeChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct RunCurves
    {
        QString runId;
        std::array<XySeries, 2> series{XySeries(kCurvePoints), XySeries(kCurvePoints)};
        std::array<QCPCurve *, 2> curves{};
    };
    void retranslateUi();
    void addSource(const QString &source, const QString &unit);
    /** Adds the reading's sources; true if that chose a default X or Y. */
    bool noteSources(const Reading &reading);
    void refreshCombos();
    void repair();
    void addPoints(const QList<XyPairing::Point> &points);
    RunCurves *curvesFor(const QString &runId);
    void rebuildCurves();
    void updateAxes();
    void setNotice(const QString &text);
    QCPAxis *plotAxis(Axis which) const;
    QString axisName(Axis axis) const;
    void comboChosen(Axis axis);
    void logToggled(Axis axis, bool on);

    QCustomPlot *m_plot;
    QLabel *m_xLabel;
    QLabel *m_yLabel;
    QLabel *m_y2Label;
    QComboBox *m_xCombo;
    QComboBox *m_yCombo;
    QComboBox *m_y2Combo;
    QCheckBox *m_xLog;
    QCheckBox *m_yLog;
    QCheckBox *m_y2Log;
    QLabel *m_noticeLabel;
    std::array<QSharedPointer<EngineeringAxisTicker>, 3> m_tickers;
    XyPairing m_pairing;
    std::array<QString, 3> m_source;
    std::array<bool, 3> m_log{};
    QStringList m_sources;
    QHash<QString, QString> m_units; ///< by source
    QHash<QString, QString> m_runLabels;
    std::vector<std::unique_ptr<RunCurves>> m_runs;
    QContiguousCache<Reading> m_history{kHistory};
    QString m_refused; ///< the last refusal, shown until the next change
    int m_hidden = 0;  ///< points at or below zero on a logarithmic axis, last drawn
    bool m_dirty = false;
    bool m_active = false;
    bool m_follow = true;
    bool m_settingRange = false;
    qint64 m_replots = 0;
};

} // namespace ld
