// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/reading.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace ld {

/**
 * Pairs readings into XY points. A source is an instrument's quantity ("DMM 1" voltage) or a
 * plan's sweep variable ("v"). Two readings pair when they were taken at the same point of a
 * run: same run, same innermost sweep step and same values of the sweep variables (the I-V
 * curve's voltage and current measured at v = 0.5). Each reading of a Y source makes one
 * point, with the X value of its point (the latest, or the first to come after it); readings
 * outside any sweep pair with the latest of the other source in their run. A variable source
 * takes its value from the reading itself. Only the most recent kOpenPoints points are kept
 * open for a late partner, so memory does not grow with a sweep's length.
 */
class XyPairing
{
public:
    static constexpr int kOpenPoints = 64;
    /** A completed pair: for curve `axis` (0: Y, 1: the second Y) of run `runId`. */
    struct Point
    {
        QString runId;
        int axis = 0;
        double x = 0;
        double y = 0;
    };

    static QString measurementSource(const QString &instrument, const QString &quantity);
    static QString variableSource(const QString &name);
    static bool isVariable(const QString &source);
    /** The instrument and quantity of a measurement source, or the variable's name. */
    static std::pair<QString, QString> parts(const QString &source);
    /** Where a reading was taken, as far as pairing goes (run, innermost sweep, variables). */
    static QString pointKey(const Reading &reading);

    /** X, Y and the second Y (empty: none). Forgets every open point. */
    void setSources(const QString &x, const QString &y, const QString &y2);
    void reset();
    /** Appends to `out` the points `reading` completes (none for text, lists or failures). */
    void add(const Reading &reading, QList<Point> *out);

private:
    struct Slot
    {
        double value = 0;
        bool plotted = false;
    };
    using Slots = QHash<QString, Slot>;
    Slots &slotsFor(const QString &key);

    QString m_x;
    std::array<QString, 2> m_y;
    QHash<QString, Slots> m_open;
    QList<QString> m_order; ///< open keys, oldest first
};

} // namespace ld
