// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPixmap>
#include <QWidget>

namespace ld {

/**
 * A labelled horizontal bar gauge with its value as text, its scale's end written at the bar's
 * end (what a full bar means) and an optional marker (the cap) on that same scale. It
 * repaints on every display tick while jobs run, so what does not move (background, title, the
 * empty bar) is drawn once into a pixmap, and the gauge paints every pixel itself, so the dock
 * beneath need not be repainted first.
 */
class Gauge : public QWidget
{
    Q_OBJECT
public:
    explicit Gauge(const QString &title, QWidget *parent = nullptr);

    void setValue(double value, const QString &text);
    void setMaximum(double maximum);
    /** A marked position (drawn as a line with `markerText`); negative hides it. */
    void setMarker(double value, const QString &markerText = {});
    void setColor(const QColor &color);
    /** What a full bar means ("10", "100 %"), written at the bar's right end. */
    void setScaleText(const QString &text);
    QString scaleText() const { return m_scaleText; }
    /** Where `value` lies on the scale, in widget x: the fill's end and the marker use it. */
    double xFor(double value) const;

    double value() const { return m_value; }
    double maximum() const { return m_maximum; }
    double marker() const { return m_marker; }
    QString valueText() const { return m_text; }
    QString title() const { return m_title; }
    void setTitle(const QString &title);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void paintFrame();
    QRectF barRect() const;

    QPixmap m_frame; ///< background, title and empty bar; null when stale
    QFont m_boldFont;
    QString m_title;
    QString m_text;
    QString m_markerText;
    QString m_scaleText;
    double m_value = 0;
    double m_maximum = 1;
    double m_marker = -1;
    QColor m_color;
};

} // namespace ld
