// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"
#include "instruments/instrumentconfig.h"
#include "plans/runtarget.h"
#include "results/reading.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ld {

class ProfileRegistry;
class RemoteLab;

/**
 * The instruments of a lab's nodes as a RunTarget, named "node/instrument": each job is a
 * RemoteLab job of the controller's own dispatcher, so the controller's cap and the
 * one-job-per-instrument rule hold across local and remote instruments alike.
 *
 * Operations come from the controller's own profiles, found by the profile id the node
 * reports: parameters are typed and checked against the same limits before anything is sent.
 * When the lab loses its broker (RemoteLab::brokerLost) every job has failed as "broker lost"
 * and the target reports itself lost, so runs stop submitting to it.
 *
 * Lives on the thread of its RemoteLab (the UI thread in the window).
 */
class RemoteTarget
    : public QObject
    , public RunTarget
{
    Q_OBJECT
public:
    RemoteTarget(RemoteLab *lab, const ProfileRegistry *profiles, QObject *parent = nullptr);
    ~RemoteTarget() override;

    /** True for "node/instrument"; local instrument names never contain '/'. */
    static bool isRemoteName(const QString &name);

    /** Operations every one of `names` offers (by id), in the first one's order. */
    QList<DriverProfile::Operation> sharedOperations(const QStringList &names) const;
    /**
     * A remote instrument as a table row: the node's retained state, offline while its node
     * is, and the newest reading this controller took (null before any).
     */
    InstrumentStatus status(const QString &name) const;
    /** The newest reading of `name` taken by this controller (null before any). */
    Reading lastReading(const QString &name) const { return m_last.value(name); }

    // RunTarget
    bool claims(const QString &name) const override { return isRemoteName(name); }
    QStringList instrumentNames() const override;
    /** The profile of a remote instrument as its node reports it, if this PC has it. */
    const DriverProfile *profile(const QString &name) const override;
    QString unavailable(const QString &name) const override;
    QString resource(const QString &name) const override;
    Reading::Identity identity(const QString &name) const override;
    JobHandle submit(OperationJob job) override;
    /** Cancelling a remote job ends it here at once; RemoteLab tells its node. */
    void cancel(const QString &name) override;
    void noteReadings(const QList<Reading> &readings) override;

Q_SIGNALS:
    /** lastReading() of `name` changed. */
    void instrumentChanged(const QString &name);

private:
    QPointer<RemoteLab> m_lab;
    const ProfileRegistry *m_profiles;
    QHash<QString, Reading> m_last;
};

} // namespace ld
