// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariantMap>

class QMainWindow;
class QSettings;
class QSplitter;

namespace ld {

class CapControl;
class OperationsPanel;
class PlotPanel;

/**
 * What the window remembers between starts: its geometry, docks and splitter, the plot's time
 * window, the cap and the run settings. The cap and the run settings are written when they
 * change, not on quit, so a crash keeps them.
 */
class WindowSettings : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QMainWindow *window = nullptr;
        QSplitter *splitter = nullptr;
        CapControl *cap = nullptr;
        PlotPanel *plot = nullptr;
        OperationsPanel *operations = nullptr;
    };

    /** `settings` null: nothing is remembered. Restores the parts at once. */
    WindowSettings(QSettings *settings, const Parts &parts);

    /** Writes the window's layout, the cap and the plot's window (on quit). */
    void save();

private:
    void restore();
    /** Writes the run settings and the cap at once when they differ from what is stored. */
    void saveRunSettings();

    QSettings *m_settings;
    Parts m_parts;
    QVariantMap m_savedRunSettings;
};

} // namespace ld
