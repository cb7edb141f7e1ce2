// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontpanels.h"

#include "frontpanel.h"
#include "runcontroller.h"

#include "plans/runengine.h"
#include "plans/runtarget.h"

#include <QMainWindow>
#include <QStatusBar>

namespace ld {

FrontPanels::FrontPanels(RunEngine *engine, RunController *runs, QMainWindow *window)
    : QObject(window)
    , m_engine(engine)
    , m_runs(runs)
    , m_window(window)
{
    setObjectName(QStringLiteral("FrontPanels"));
}

FrontPanel *FrontPanels::open(const QString &name)
{
    if (FrontPanel *open = m_panels.value(name)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    const RunTarget *target = m_engine->targetOf(name);
    const DriverProfile *profile = target ? target->profile(name) : nullptr;
    if (!profile) {
        m_window->statusBar()->showMessage(
            tr("%1 has no profile yet (not identified): it has no front panel").arg(name), 6000);
        return nullptr;
    }
    auto *panel = new FrontPanel(name, *profile, m_engine, m_runs, m_window);
    m_panels.insert(name, panel);
    panel->show();
    return panel;
}

} // namespace ld
