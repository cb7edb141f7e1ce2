// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuslight.h"

#include <QHash>

namespace ld {

const QList<InstrumentState> &StatusLight::allStates()
{
    static const QList<InstrumentState> states = {
        InstrumentState::Disabled,    InstrumentState::Offline, InstrumentState::Connecting,
        InstrumentState::Idle,        InstrumentState::Busy,    InstrumentState::Error,
        InstrumentState::Reconnecting};
    return states;
}

QString StatusLight::iconPath(InstrumentState state)
{
    switch (state) {
    case InstrumentState::Disabled:
        return QStringLiteral(":/icons/status-disabled.svg");
    case InstrumentState::Offline:
        return QStringLiteral(":/icons/status-offline.svg");
    case InstrumentState::Connecting:
        return QStringLiteral(":/icons/status-connecting.svg");
    case InstrumentState::Idle:
        return QStringLiteral(":/icons/status-idle.svg");
    case InstrumentState::Busy:
        return QStringLiteral(":/icons/status-busy.svg");
    case InstrumentState::Error:
        return QStringLiteral(":/icons/status-error.svg");
    case InstrumentState::Reconnecting:
        return QStringLiteral(":/icons/status-reconnecting.svg");
    }
    return {};
}

QIcon StatusLight::icon(InstrumentState state)
{
    // QIcon caches its pixmaps per size; keep one per state so table repaints reuse them.
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(state));
    if (it == cache.end())
        it = cache.insert(int(state), QIcon(iconPath(state)));
    return *it;
}

QString StatusLight::glyph(InstrumentState state)
{
    switch (state) {
    case InstrumentState::Disabled:
        return QStringLiteral("\u2013"); // en dash
    case InstrumentState::Offline:
        return QStringLiteral("\u00d7"); // multiplication sign
    case InstrumentState::Connecting:
        return QStringLiteral("\u2026"); // ellipsis
    case InstrumentState::Idle:
        return QStringLiteral("\u2713"); // check mark
    case InstrumentState::Busy:
        return QStringLiteral("\u25b6"); // play triangle
    case InstrumentState::Error:
        return QStringLiteral("!");
    case InstrumentState::Reconnecting:
        return QStringLiteral("\u21bb"); // clockwise arrow
    }
    return {};
}

QString StatusLight::text(InstrumentState state)
{
    return instrumentStateText(state);
}

QString StatusLight::toolTip(InstrumentState state, const QString &lastError)
{
    QString meaning;
    switch (state) {
    case InstrumentState::Disabled:
        meaning = tr("Disabled: switched off by you; nothing is sent to it.");
        break;
    case InstrumentState::Offline:
        meaning = tr("Offline: not connected.");
        break;
    case InstrumentState::Connecting:
        meaning = tr("Connecting: opening the port and asking for its identity.");
        break;
    case InstrumentState::Idle:
        meaning = tr("Idle: connected and identified, ready for jobs.");
        break;
    case InstrumentState::Busy:
        meaning = tr("Busy: a job is running on it.");
        break;
    case InstrumentState::Error:
        meaning = tr("Error: the last job failed, or another instrument answers on its port.");
        break;
    case InstrumentState::Reconnecting:
        meaning = tr("Reconnecting: the link was lost; retrying with backoff.");
        break;
    }
    if (!lastError.isEmpty() && state != InstrumentState::Idle && state != InstrumentState::Busy)
        meaning += QLatin1Char('\n') + tr("Last error: %1").arg(lastError);
    return meaning;
}

} // namespace ld
