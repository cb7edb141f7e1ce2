// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node/remotetarget.h"

#include "instruments/profileregistry.h"
#include "node/remotelab.h"
#include "scheduler/dispatcher.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace ld {

namespace {
std::pair<QString, QString> splitName(const QString &name)
{
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {};
    return {name.left(slash), name.mid(slash + 1)};
}
} // namespace

// Texts keep the context "ld::RemoteRunner" their translations were made under.

RemoteTarget::RemoteTarget(RemoteLab *lab, const ProfileRegistry *profiles, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_profiles(profiles)
{
    // Every job sent or queued has failed as "broker lost"; the runs stop submitting more
    // that would fail the same way.
    connect(lab, &RemoteLab::brokerLost, this, [this] { reportLost(); });
}

RemoteTarget::~RemoteTarget() = default;

bool RemoteTarget::isRemoteName(const QString &name)
{
    return name.contains(QLatin1Char('/'));
}

QStringList RemoteTarget::instrumentNames() const
{
    QStringList out;
    if (!m_lab)
        return out;
    for (const RemoteLab::RemoteInstrument &i : m_lab->instruments())
        out.append(RemoteLab::key(i.node, i.name));
    return out;
}

const DriverProfile *RemoteTarget::profile(const QString &name) const
{
    if (!m_lab || !m_profiles)
        return nullptr;
    const auto [node, instrument] = splitName(name);
    const QString id =
        m_lab->instrument(node, instrument).status.value(QStringLiteral("profile")).toString();
    return id.isEmpty() ? nullptr : m_profiles->find(id);
}

QString RemoteTarget::unavailable(const QString &name) const
{
    if (!m_lab)
        return QCoreApplication::translate("ld::RemoteRunner", "Not connected to a lab.");
    const auto [node, instrument] = splitName(name);
    if (node.isEmpty() || !m_lab->node(node).instruments.contains(instrument))
        return QCoreApplication::translate("ld::RemoteRunner",
                                           "No node of the lab has an instrument '%1'.")
            .arg(name);
    const RemoteLab::RemoteInstrument remote = m_lab->instrument(node, instrument);
    if (!remote.nodeOnline)
        return QCoreApplication::translate("ld::RemoteRunner", "The node '%1' is offline.")
            .arg(node);
    const QString profileId = remote.status.value(QStringLiteral("profile")).toString();
    if (profileId.isEmpty())
        return QCoreApplication::translate("ld::RemoteRunner",
                                           "'%1' is not identified yet on its node.")
            .arg(name);
    if (!m_profiles || !m_profiles->find(profileId))
        return QCoreApplication::translate(
                   "ld::RemoteRunner",
                   "'%1' uses the profile '%2', which is not installed on this PC.")
            .arg(name, profileId);
    return {};
}

QString RemoteTarget::resource(const QString &name) const
{
    if (!m_lab)
        return {};
    const auto [node, instrument] = splitName(name);
    return m_lab->instrument(node, instrument).status.value(QStringLiteral("resource")).toString();
}

Reading::Identity RemoteTarget::identity(const QString &name) const
{
    return status(name).identity;
}

InstrumentStatus RemoteTarget::status(const QString &name) const
{
    InstrumentStatus s;
    s.config.name = name;
    s.lastReading = m_last.value(name);
    if (!m_lab)
        return s;
    const auto [node, instrument] = splitName(name);
    const RemoteLab::RemoteInstrument remote = m_lab->instrument(node, instrument);
    const QJsonObject &o = remote.status;
    auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    s.config.resource = text("resource");
    s.config.simulated = o.value(QStringLiteral("simulated")).toBool();
    s.identity.vendor = text("vendor");
    s.identity.model = text("model");
    s.identity.serial = text("serial");
    s.identity.firmware = text("firmware");
    s.profileId = text("profile");
    s.profileName = text("profileName");
    s.lastError = text("error");
    s.jobsDone = qint64(o.value(QStringLiteral("jobsDone")).toDouble());
    s.jobsFailed = qint64(o.value(QStringLiteral("jobsFailed")).toDouble());
    s.state = InstrumentState::Offline;
    for (const InstrumentState st :
         {InstrumentState::Disabled, InstrumentState::Offline, InstrumentState::Connecting,
          InstrumentState::Idle, InstrumentState::Busy, InstrumentState::Error,
          InstrumentState::Reconnecting})
        if (instrumentStateName(st) == remote.state)
            s.state = st;
    if (!remote.nodeOnline) {
        // The retained state is the node's last word; with the node gone it is not current.
        s.state = InstrumentState::Offline;
        s.lastError =
            QCoreApplication::translate("ld::RemoteRunner", "the node '%1' is offline").arg(node);
    }
    return s;
}

QList<DriverProfile::Operation> RemoteTarget::sharedOperations(const QStringList &names) const
{
    if (names.isEmpty())
        return {};
    const DriverProfile *first = profile(names.constFirst());
    if (!first)
        return {};
    QList<DriverProfile::Operation> shared = first->operations;
    for (const QString &name : names) {
        const DriverProfile *p = profile(name);
        if (!p)
            return {};
        shared.removeIf([p](const DriverProfile::Operation &op) { return !p->operation(op.id); });
    }
    return shared;
}

JobHandle RemoteTarget::submit(OperationJob job)
{
    const auto [node, instrument] = splitName(job.instrument);
    if (!m_lab) {
        JobResult r;
        r.status = JobStatus::Rejected;
        r.error = unavailable(job.instrument);
        if (job.onFinished)
            job.onFinished(r);
        return {};
    }
    RemoteLab::Request r;
    r.node = node;
    r.instrument = instrument;
    r.operation = job.operation.id;
    r.priority = job.priority;
    const DriverProfile *p = profile(job.instrument);
    const DriverProfile::Operation *own = p ? p->operation(job.operation.id) : nullptr;
    if (own && own->command == job.operation.command) {
        // The profile's operation (a ramp's read-back too): sent by id with its parameters,
        // defaults of its profile filled in, so the node (which checks again) runs exactly
        // what was checked here.
        for (const DriverProfile::Parameter &param : job.operation.parameters) {
            const QVariant v = job.parameters.value(param.name, param.defaultValue);
            if (v.isValid())
                r.parameters.insert(param.name, v);
        }
    } else {
        // No operation of the profile (a wait's `*OPC?`): the node could not look it up, so
        // it gets the command formatted here and how to read the reply.
        const DriverProfile::Command c = job.operation.format(job.parameters);
        if (!c.ok()) {
            JobResult rejected;
            rejected.status = JobStatus::Rejected;
            rejected.error = c.error;
            if (job.onFinished)
                job.onFinished(rejected);
            return {};
        }
        r.command = NodeProtocol::Command{QString::fromUtf8(c.command), job.operation.reply,
                                          job.operation.blockFormat, job.operation.unit,
                                          job.operation.quantity};
    }
    return m_lab->submit(r, std::move(job.onFinished));
}

void RemoteTarget::cancel(const QString &name)
{
    if (m_lab && m_lab->dispatcher())
        m_lab->dispatcher()->cancelKey(name);
}

void RemoteTarget::noteReadings(const QList<Reading> &readings)
{
    QSet<QString> changed;
    for (const Reading &r : readings) {
        m_last.insert(r->instrument, r);
        changed.insert(r->instrument);
    }
    for (const QString &name : std::as_const(changed))
        Q_EMIT instrumentChanged(name);
}

} // namespace ld
