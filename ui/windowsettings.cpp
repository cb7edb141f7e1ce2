// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsettings.h"

#include "capcontrol.h"
#include "operationspanel.h"
#include "plotpanel.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace ld {

WindowSettings::WindowSettings(QSettings *settings, const Parts &parts)
    : QObject(parts.window)
    , m_settings(settings)
    , m_parts(parts)
{
    setObjectName(QStringLiteral("WindowSettings"));
    if (!m_settings)
        return;
    restore();
    connect(m_parts.operations, &OperationsPanel::runSettingsChanged, this,
            &WindowSettings::saveRunSettings);
    connect(m_parts.cap, &CapControl::capChanged, this, &WindowSettings::saveRunSettings);
}

void WindowSettings::restore()
{
    QSettings *s = m_settings;
    m_parts.window->restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray());
    m_parts.window->restoreState(s->value(QStringLiteral("window/state")).toByteArray());
    m_parts.splitter->restoreState(s->value(QStringLiteral("window/splitter")).toByteArray());
    const int cap = s->value(QStringLiteral("dispatcher/cap"), 0).toInt();
    if (cap > 0)
        m_parts.cap->setCap(cap);
    if (s->contains(QStringLiteral("plot/windowSeconds")))
        m_parts.plot->setWindowSeconds(s->value(QStringLiteral("plot/windowSeconds")).toDouble());
    QVariantMap run;
    s->beginGroup(QStringLiteral("run"));
    const QStringList keys = s->allKeys();
    for (const QString &key : keys)
        run.insert(key, s->value(key));
    s->endGroup();
    m_parts.operations->setRunSettings(run);
    m_savedRunSettings = m_parts.operations->runSettings();
}

void WindowSettings::saveRunSettings()
{
    QSettings *s = m_settings;
    const QVariantMap run = m_parts.operations->runSettings();
    const int cap = m_parts.cap->cap();
    if (run == m_savedRunSettings && s->value(QStringLiteral("dispatcher/cap")).toInt() == cap)
        return;
    for (auto it = run.cbegin(); it != run.cend(); ++it)
        s->setValue(QStringLiteral("run/") + it.key(), it.value());
    s->setValue(QStringLiteral("dispatcher/cap"), cap);
    s->sync();
    m_savedRunSettings = run;
}

void WindowSettings::save()
{
    QSettings *s = m_settings;
    if (!s)
        return;
    s->setValue(QStringLiteral("window/geometry"), m_parts.window->saveGeometry());
    s->setValue(QStringLiteral("window/state"), m_parts.window->saveState());
    s->setValue(QStringLiteral("window/splitter"), m_parts.splitter->saveState());
    s->setValue(QStringLiteral("dispatcher/cap"), m_parts.cap->cap());
    s->setValue(QStringLiteral("plot/windowSeconds"), m_parts.plot->windowSeconds());
}

} // namespace ld
