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
    const QRectF bar(0.5, fm.height() + 4.5, width() - 1.0, height() - fm.height() - 9.0);
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

    const QRectF bar(0.5, fm.height() + 4.5, width() - 1.0, height() - fm.height() - 9.0);
    const double fraction = std::clamp(m_value / m_maximum, 0.0, 1.0);
    if (fraction > 0) {
        QRectF fill = bar.adjusted(1, 1, -1, -1);
        fill.setWidth(fill.width() * fraction);
        p.setPen(Qt::NoPen);
        p.setBrush(m_color);
        p.drawRoundedRect(fill, 2, 2);
    }
    if (m_marker >= 0) {
        const double x = bar.left() + bar.width() * std::clamp(m_marker / m_maximum, 0.0, 1.0);
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3));
        if (!m_markerText.isEmpty()) {
            const int w = fm.horizontalAdvance(m_markerText) + 6;
            const QRectF label(std::min(x + 3, bar.right() - w), bar.top(), w, bar.height());
            p.setPen(QColor(0x7f, 0x14, 0x14));
            p.drawText(label, Qt::AlignCenter, m_markerText);
        }
    }
}

} // namespace ld
