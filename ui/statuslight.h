// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/instrumentconfig.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace ld {

/**
 * How an instrument state looks: an SVG light whose shape and glyph differ per state (circle
 * with a tick, triangle with "!", diamond with an arrow...), a text glyph and a tooltip, so
 * the state never depends on colour alone.
 */
class StatusLight
{
    Q_DECLARE_TR_FUNCTIONS(StatusLight)
public:
    static const QList<InstrumentState> &allStates();
    /** ":/icons/status-idle.svg" and so on. */
    static QString iconPath(InstrumentState state);
    static QIcon icon(InstrumentState state);
    /** A one-character glyph for copies and screen readers ("✓", "!", "↻"). */
    static QString glyph(InstrumentState state);
    /** Translated state name ("Reconnecting"). */
    static QString text(InstrumentState state);
    /** What the state means, plus the last error when there is one. */
    static QString toolTip(InstrumentState state, const QString &lastError = {});
};

} // namespace ld
