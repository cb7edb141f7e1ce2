// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rundescription.h"

#include "csvfield.h"

#include <QJsonDocument>

namespace ld {

namespace {

QString identityText(const Reading::Identity &id)
{
    return QStringList{id.vendor, id.model, id.serial, id.firmware}.join(QLatin1String(", "));
}

} // namespace

QString RunDescription::stateText(Journal::RunState state)
{
    switch (state) {
    case Journal::RunState::Running:
        return QStringLiteral("open (still running; readings journaled so far)");
    case Journal::RunState::Completed:
        return QStringLiteral("closed, completed");
    case Journal::RunState::Stopped:
        return QStringLiteral("closed, stopped early");
    case Journal::RunState::Recovered:
        return QStringLiteral("closed after an interruption");
    case Journal::RunState::SafeStateApplied:
        return QStringLiteral("interrupted; closed afterwards once the safe state was applied");
    case Journal::RunState::Interrupted:
    case Journal::RunState::Unreadable:
        break;
    }
    return QStringLiteral("interrupted (no closing record)");
}

QString RunDescription::planText(const QByteArray &plan)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(plan, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(json.toJson(QJsonDocument::Compact));
    return QString::fromUtf8(plan);
}

QStringList RunDescription::lines(const RunInfo &info, Journal::RunState state,
                                  const QList<CapChange> &capChanges)
{
    QStringList out;
    out << QStringLiteral("run: %1").arg(info.runId);
    out << QStringLiteral("run started: %1").arg(csvfield::timestamp(info.startedWallNs));
    out << QStringLiteral("run state: %1").arg(stateText(state));
    out << QStringLiteral("bench: %1").arg(info.bench);
    if (!info.source.isEmpty())
        out << QStringLiteral("source: %1").arg(info.source);
    out << QStringLiteral("cap: %1").arg(info.cap);
    for (const CapChange &change : capChanges) {
        const qint64 elapsed = info.startedMonoNs != 0 && change.monoNs != 0
                                   ? change.monoNs - info.startedMonoNs
                                   : change.wallNs - info.startedWallNs;
        out << QStringLiteral("cap changed: %1 at %2 (elapsed_s %3)")
                   .arg(QString::number(change.cap), csvfield::timestamp(change.wallNs),
                        csvfield::seconds(elapsed));
    }
    out << QStringLiteral("operations: %1").arg(info.operations.join(QLatin1String(", ")));
    if (!info.plan.isEmpty())
        out << QStringLiteral("plan: %1").arg(planText(info.plan));
    for (const RunInfo::Instrument &instrument : info.instruments) {
        out << QStringLiteral("instrument: %1; resource: %2; identity: %3")
                   .arg(instrument.name, instrument.resource, identityText(instrument.identity));
    }
    return out;
}

} // namespace ld
