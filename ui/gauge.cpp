// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gauge.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ld {

Gauge::Gauge(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_text(QStringLiteral("0"))
    , m_color(0x1f, 0x6f, 0xd1)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(title);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_boldFont = font();
    m_boldFont.setBold(true);
}

void Gauge::resizeEvent(QResizeEvent *event)
{
    m_frame = QPixmap();
    QWidget::resizeEvent(event);
}

void Gauge::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
        m_boldFont = font();
        m_boldFont.setBold(true);
        m_frame = QPixmap();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        m_frame = QPixmap();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void Gauge::setTitle(const QString &title)
{
    m_title = title;
    m_frame = QPixmap();
    setAccessibleName(title);
    setToolTip(QStringLiteral("%1: %2").arg(m_title, m_text));
    update();
}

void Gauge::setValue(double value, const QString &text)
{
    if (value == m_value && text == m_text)
        return;
    m_value = value;
    m_text = text;
    setToolTip(QStringLiteral("%1: %2").arg(m_title, m_text));
    update();
}

void Gauge::setMaximum(double maximum)
{
    maximum = std::max(maximum, 1e-9);
    if (maximum == m_maximum)
        return;
    m_maximum = maximum;
    update();
}

void Gauge::setMarker(double value, const QString &markerText)
{
    if (value == m_marker && markerText == m_markerText)
        return;
    m_marker = value;
    m_markerText = markerText;
    update();
}

void Gauge::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void Gauge::setScaleText(const QString &text)
{
    if (text == m_scaleText)
        return;
    m_scaleText = text;
    update();
}

QRectF Gauge::barRect() const
{
    const QFontMetrics fm(font());
    return {0.5, fm.height() + 4.5, width() - 1.0, height() - fm.height() - 9.0};
}

double Gauge::xFor(double value) const
{
    // The fill's inner rectangle: a full bar ends where the scale ends, a cap marker at 8 of
    // 10 stands where a fill of 8 ends.
    const QRectF inner = barRect().adjusted(1, 1, -1, -1);
    return inner.left() + inner.width() * std::clamp(value / m_maximum, 0.0, 1.0);
}

QSize Gauge::sizeHint() const
{
    const QFontMetrics fm(font());
    return {220, fm.height() * 2 + 14};
}

QSize Gauge::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {120, fm.height() * 2 + 14};
}

void Gauge::paintFrame()
{
    const qreal dpr = devicePixelRatioF();
    m_frame = QPixmap(size() * dpr);
    m_frame.setDevicePixelRatio(dpr);
    m_frame.fill(palette().color(QPalette::Window));
    QPainter p(&m_frame);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    p.setFont(font());
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 0, width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    const QRectF bar = barRect();
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(bar, 3, 3);
}

void Gauge::paintEvent(QPaintEvent *)
{
    if (m_frame.isNull() || m_frame.devicePixelRatio() != devicePixelRatioF())
        paintFrame();
    QPainter p(this);
    p.drawPixmap(0, 0, m_frame);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const QRect titleRect(0, 0, width(), fm.height());
    p.setPen(palette().color(QPalette::WindowText));
    p.setFont(m_boldFont);
    p.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, m_text);
    p.setFont(font());

    const QRectF bar = barRect();
    if (m_value > 0) {
        QRectF fill = bar.adjusted(1, 1, -1, -1);
        fill.setRight(xFor(m_value));
        p.setPen(Qt::NoPen);
        p.setBrush(m_color);
        p.drawRoundedRect(fill, 2, 2);
    }
    double scaleLeft = bar.right();
    if (!m_scaleText.isEmpty()) {
        const int w = fm.horizontalAdvance(m_scaleText) + 6;
        scaleLeft = bar.right() - w;
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(scaleLeft, bar.top(), w - 3, bar.height()),
                   Qt::AlignRight | Qt::AlignVCenter, m_scaleText);
    }
    if (m_marker >= 0) {
        const double x = xFor(m_marker);
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3));
        if (!m_markerText.isEmpty()) {
            // Right of the line, or left of it where the scale's end is written.
            const int w = fm.horizontalAdvance(m_markerText) + 6;
            const double left = x + 3 + w <= scaleLeft ? x + 3 : std::max(bar.left(), x - 3 - w);
            p.setPen(QColor(0x7f, 0x14, 0x14));
            p.drawText(QRectF(left, bar.top(), w, bar.height()), Qt::AlignCenter, m_markerText);
        }
    }
}

} // namespace ld
