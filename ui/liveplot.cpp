// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveplot.h"

#include "livetraces.h"

#include <memory>

namespace ld {

LivePlot::LivePlot(QWidget *parent)
    : QCustomPlot(parent)
{}

bool LivePlot::updateTraces(LiveTraces *traces)
{
    // setupPaintBuffers() gives a buffered last layer the last buffer, shared with no other layer.
    if (mPaintBuffers.isEmpty() || mLayers.isEmpty() || traces->layer() != mLayers.last() ||
        mLayers.last()->mode() != QCPLayer::lmBuffered || mLayers.last()->children().size() != 1 ||
        hasInvalidatedPaintBuffers())
        return false;
    QCPAbstractPaintBuffer *buffer = mPaintBuffers.last().data();
    QRect changed;
    bool ok = false;
    {
        std::unique_ptr<QCPPainter> painter(buffer->startPainting());
        ok = painter && painter->isActive() && traces->drawChanges(painter.get(), &changed);
    }
    buffer->donePainting();
    if (ok && !changed.isEmpty())
        update(changed);
    return ok;
}

} // namespace ld
