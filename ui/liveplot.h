// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

namespace ld {

class LiveTraces;

/**
 * A QCustomPlot whose top layer can be brought up to date without a replot. A replot clears and
 * redraws a layer's whole paint buffer and repaints the whole widget, so composing every buffer
 * again; here LiveTraces paints only its changed columns into the buffer and only those pixels
 * are repainted.
 */
class LivePlot : public QCustomPlot
{
public:
    explicit LivePlot(QWidget *parent = nullptr);

    /**
     * Lets `traces`, alone on the top layer, which must be buffered, paint what changed and
     * repaints that. False when it cannot (buffers not set up or invalidated, or the traces need
     * a full redraw): replot instead.
     */
    bool updateTraces(LiveTraces *traces);
};

} // namespace ld
