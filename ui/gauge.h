// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

namespace ld {

/** A labelled horizontal bar gauge with its value as text and an optional marker (the cap). */
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

private:
    QString m_title;
    QString m_text;
    QString m_markerText;
    double m_value = 0;
    double m_maximum = 1;
    double m_marker = -1;
    QColor m_color;
};

} // namespace ld
