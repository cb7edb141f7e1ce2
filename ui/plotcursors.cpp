// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotcursors.h"

#include "plotcolors.h"

#include <qcustomplot.h>

#include <QMouseEvent>

namespace ld {

namespace {
/** A press and release closer than this (pixels) is a click, not a drag. */
constexpr double kClickSlop = 4;
} // namespace

PlotCursors::PlotCursors(QCustomPlot *plot, QObject *parent)
    : QObject(parent)
    , m_plot(plot)
{
    auto number = [](double v) { return QLocale().toString(v, 'g', 6); };
    m_x = m_dx = m_y = m_dy = number;
    for (size_t i = 0; i < 2; ++i) {
        auto *tracer = new QCPItemTracer(plot);
        tracer->setStyle(QCPItemTracer::tsCrosshair);
        QPen pen(plotColor(i == 0 ? 3 : 9), 1, i == 0 ? Qt::SolidLine : Qt::DashLine);
        tracer->setPen(pen);
        tracer->setVisible(false);
        tracer->setSelectable(false);
        m_tracers[i] = tracer;
    }
    connect(plot, &QCustomPlot::mousePress, this, &PlotCursors::pressed);
    connect(plot, &QCustomPlot::mouseRelease, this, &PlotCursors::released);
}

PlotCursors::~PlotCursors() = default;

void PlotCursors::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        clear();
}

void PlotCursors::setFormats(Format x, Format xDifference, Format y, Format yDifference)
{
    m_x = std::move(x);
    m_dx = std::move(xDifference);
    m_y = std::move(y);
    m_dy = std::move(yDifference);
    update();
}

void PlotCursors::place(int index, const QPointF &at)
{
    if (index < 0 || index > 1)
        return;
    m_at[size_t(index)] = at;
    update();
}

void PlotCursors::placeAtPixel(int index, const QPointF &pixel)
{
    std::optional<QPointF> at = m_snap ? m_snap(pixel) : std::nullopt;
    if (!at)
        at =
            QPointF(m_plot->xAxis->pixelToCoord(pixel.x()), m_plot->yAxis->pixelToCoord(pixel.y()));
    place(index, *at);
}

void PlotCursors::clear()
{
    m_at = {};
    update();
}

std::optional<QPointF> PlotCursors::difference() const
{
    if (!m_at[0] || !m_at[1])
        return std::nullopt;
    return *m_at[1] - *m_at[0];
}

QString PlotCursors::text() const
{
    QStringList parts;
    for (size_t i = 0; i < 2; ++i)
        if (m_at[i])
            parts << tr("Cursor %1: x %2, y %3")
                         .arg(int(i) + 1)
                         .arg(m_x(m_at[i]->x()), m_y(m_at[i]->y()));
    if (const auto d = difference())
        parts << tr("\u0394x %1, \u0394y %2").arg(m_dx(d->x()), m_dy(d->y()));
    return parts.join(QStringLiteral("   "));
}

void PlotCursors::pressed(QMouseEvent *event)
{
    m_pressAt = event->position();
}

void PlotCursors::released(QMouseEvent *event)
{
    if (!m_enabled || event->button() != Qt::LeftButton)
        return;
    const QPointF moved = event->position() - m_pressAt;
    if (std::abs(moved.x()) > kClickSlop || std::abs(moved.y()) > kClickSlop)
        return;
    placeAtPixel(event->modifiers() & Qt::ShiftModifier ? 1 : 0, event->position());
}

void PlotCursors::update()
{
    for (size_t i = 0; i < 2; ++i) {
        m_tracers[i]->setVisible(m_at[i].has_value());
        if (m_at[i])
            m_tracers[i]->position->setCoords(*m_at[i]);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT changed(text());
}

} // namespace ld
