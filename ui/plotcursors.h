// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>
#include <QString>

#include <array>
#include <functional>
#include <optional>

class QCPItemTracer;
class QCustomPlot;
class QMouseEvent;

namespace ld {

/**
 * Two cursors on a plot: a click places cursor 1, a Shift+click cursor 2 (a drag still pans).
 * Each shows its x and y; with both placed, the readout adds their difference (2 minus 1).
 * A snap function moves a click to the nearest data point, so the values read are data.
 */
class PlotCursors : public QObject
{
    Q_OBJECT
public:
    /** Plot coordinates of the data point nearest to a widget pixel, if any. */
    using Snap = std::function<std::optional<QPointF>(const QPointF &pixel)>;
    /** How an x value, and an x difference, read ("12:01:03.250", "1.25 s"). */
    using Format = std::function<QString(double)>;

    explicit PlotCursors(QCustomPlot *plot, QObject *parent = nullptr);
    ~PlotCursors() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setSnap(Snap snap) { m_snap = std::move(snap); }
    void setFormats(Format x, Format xDifference, Format y, Format yDifference);

    /** Places cursor `index` (0 or 1) at plot coordinates `at`, as given (no snap). */
    void place(int index, const QPointF &at);
    /** Places cursor `index` where a click at widget `pixel` would (snapped when possible). */
    void placeAtPixel(int index, const QPointF &pixel);
    void clear();
    std::optional<QPointF> position(int index) const { return m_at[size_t(index)]; }
    /** Cursor 2 minus cursor 1, once both are placed. */
    std::optional<QPointF> difference() const;
    /** The readout: each cursor's x and y, then Δx and Δy. */
    QString text() const;

Q_SIGNALS:
    void changed(const QString &text);

private:
    void pressed(QMouseEvent *event);
    void released(QMouseEvent *event);
    void update();

    QCustomPlot *m_plot;
    std::array<QCPItemTracer *, 2> m_tracers{};
    std::array<std::optional<QPointF>, 2> m_at;
    Snap m_snap;
    Format m_x, m_dx, m_y, m_dy;
    QPointF m_pressAt;
    bool m_enabled = false;
};

} // namespace ld
