// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputsoff.h"

#include "plans/runengine.h"
#include "plans/runtarget.h"
#include "results/reading.h"

#include <QTimer>

namespace ld {

OutputsOff::OutputsOff(RunEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OutputsOff::finish);
    connect(engine, &RunEngine::safeStateFinished, this, &OutputsOff::report);
}

QStringList OutputsOff::withSafeState(const RunEngine *engine, const QStringList &names)
{
    QStringList out;
    for (const QString &name : names) {
        const RunTarget *target = engine->targetOf(name);
        const DriverProfile *profile = target ? target->profile(name) : nullptr;
        if (profile && !profile->safeState.isEmpty() && !out.contains(name))
            out.append(name);
    }
    return out;
}

void OutputsOff::start(const QStringList &names, int waitMs)
{
    m_names = names;
    m_pending = names;
    m_startedWallNs = wallNowNs();
    m_startedMonoNs = monotonicNowNs();
    if (names.isEmpty()) {
        QMetaObject::invokeMethod(this, &OutputsOff::finish, Qt::QueuedConnection);
        return;
    }
    m_timer->start(waitMs);
    // Reports may come from inside this call (an instrument that cannot be reached).
    m_engine->allOutputsOff(names);
}

void OutputsOff::report(const QString &instrument, bool ok, const QString &text)
{
    if (m_done || !m_pending.removeOne(instrument))
        return;
    m_results.insert(instrument, text);
    if (!ok)
        m_failed.append(instrument);
    if (m_pending.isEmpty())
        QMetaObject::invokeMethod(this, &OutputsOff::finish, Qt::QueuedConnection);
}

void OutputsOff::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    Q_EMIT finished();
    deleteLater();
}

} // namespace ld
