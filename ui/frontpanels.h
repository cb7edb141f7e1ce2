// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QObject>
#include <QPointer>

class QMainWindow;

namespace ld {

class FrontPanel;
class RunController;
class RunEngine;

/**
 * The front panels opened from the window, at most one per instrument: opened from the
 * instrument's profile, raised when open already; the outputs they switch are noted so that
 * quitting can warn about them.
 */
class FrontPanels : public QObject
{
    Q_OBJECT
public:
    FrontPanels(RunEngine *engine, RunController *runs, QMainWindow *window);

    /** Opens (or raises) the front panel of `name`; null with a status message if it has none. */
    FrontPanel *open(const QString &name);

private:
    RunEngine *m_engine;
    RunController *m_runs;
    QMainWindow *m_window;
    QMap<QString, QPointer<FrontPanel>> m_panels;
};

} // namespace ld
