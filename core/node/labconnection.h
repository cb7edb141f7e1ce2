// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/mqttclient.h"
#include "node/remotelab.h"

#include <QObject>

#include <memory>

namespace ld {

class Dispatcher;
class ProfileRegistry;
class RemoteTarget;
class RunEngine;

/**
 * The controller's link to a shared lab, which the user may open, change and close while the
 * application runs: it owns the MQTT client, the RemoteLab that follows the nodes, and the
 * RemoteTarget through which the run engine runs operations on their instruments, and
 * replaces all three together (adding the target to the engine and removing it).
 * Views attach on opened() and detach on aboutToClose(); remote jobs still pending when a link
 * closes end as cancelled.
 */
class LabConnection : public QObject
{
    Q_OBJECT
public:
    LabConnection(Dispatcher *dispatcher, const ProfileRegistry *profiles,
                  QObject *parent = nullptr);
    ~LabConnection() override;

    /**
     * Closes the current link, if any, and starts connecting with `options` (retrying with
     * backoff until close()). False with `error` for options the client refuses. `labOptions`
     * sets the RemoteLab's timeouts, such as how long jobs wait for a broker that went away.
     */
    bool open(const MqttClient::Options &options, QString *error = nullptr,
              const RemoteLab::Options &labOptions = {});
    void close();
    bool isOpen() const { return bool(m_client); }

    /** Null while closed. */
    MqttClient *client() const { return m_client.get(); }
    RemoteLab *lab() const { return m_lab.get(); }
    RemoteTarget *target() const { return m_target.get(); }
    /** "host:port" of the open link; empty while closed. */
    QString brokerText() const;

    /** The engine whose runs reach the lab's instruments. Not owned; may be null. */
    void setEngine(RunEngine *engine);

    /** "HOST:PORT" or "HOST" (port 1883) into `options`; false with `error` otherwise. */
    static bool parseBroker(const QString &text, MqttClient::Options *options,
                            QString *error = nullptr);

Q_SIGNALS:
    /** A new link exists (lab() and target() are set); it may still be connecting. */
    void opened();
    /** The link is about to go: detach from lab() and target() now. */
    void aboutToClose();
    void stateChanged(ld::MqttClient::State state);
    void connectionError(const QString &error);

private:
    Dispatcher *m_dispatcher;
    const ProfileRegistry *m_profiles;
    RunEngine *m_engine = nullptr;
    // Destroyed in reverse: the target before the lab before the client.
    std::unique_ptr<MqttClient> m_client;
    std::unique_ptr<RemoteLab> m_lab;
    std::unique_ptr<RemoteTarget> m_target;
};

} // namespace ld
