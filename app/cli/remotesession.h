// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/brokeroptions.h"
#include "instruments/profileregistry.h"
#include "scheduler/dispatcher.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace ld {

class LabConnection;
class RemoteLab;
class RemoteTarget;

/**
 * The command line as a controller of a lab shared over MQTT (`list --broker`,
 * `run --broker`): its own dispatcher (so its cap holds across the lab), the profiles, and a
 * LabConnection with the RemoteLab that follows the nodes and the RemoteTarget through which
 * the run engine runs operations on them. The composition root of the remote commands, as
 * BenchSession is for a local bench.
 */
class RemoteSession
{
    Q_DECLARE_TR_FUNCTIONS(ld::RemoteSession)

public:
    RemoteSession(BrokerOptions::Settings settings, int cap);
    ~RemoteSession();
    RemoteSession(const RemoteSession &) = delete;
    RemoteSession &operator=(const RemoteSession &) = delete;

    /**
     * Connects and waits until the nodes' retained presence, inventory and states have
     * arrived, running the event loop. MQTT does not mark the end of the retained messages,
     * so a message published to a topic of our own after subscribing marks it: the broker
     * delivers in order, so once it comes back everything retained before it is here. Bounded
     * by the settings' broker timeout and retained wait. False with `error` when the broker
     * is not reached in time or the wait is interrupted (SIGINT/SIGTERM).
     */
    bool open(QString *error);

    /** True when the end of the retained messages was seen (not just the wait's bound). */
    bool retainedComplete() const { return m_retainedComplete; }

    /**
     * "NODE/INSTRUMENT" values, comma-separated or repeated, checked against the nodes'
     * inventories; an unknown one gives `error` naming what the lab has.
     */
    QStringList selectInstruments(const QStringList &values, QString *error) const;

    /** The lab in one line: "n1 (online): a, b; n2 (offline): c", or that there is none. */
    QString describeLab() const;

    QString brokerLabel() const { return m_settings.label; }
    ProfileRegistry &profiles() { return m_profiles; }
    Dispatcher &dispatcher() { return *m_dispatcher; }
    RemoteLab &lab();
    RemoteTarget &target();

private:
    BrokerOptions::Settings m_settings;
    ProfileRegistry m_profiles;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<LabConnection> m_connection;
    bool m_retainedComplete = false;
};

} // namespace ld
