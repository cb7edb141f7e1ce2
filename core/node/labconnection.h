// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/mqttclient.h"
#include "node/remotelab.h"

#include <QObject>

#include <memory>

namespace ld {

class Dispatcher;
class Journal;
class ProfileRegistry;
class RemoteRunner;

/**
 * The controller's link to a shared lab, which the user may open, change and close while the
 * application runs: it owns the MQTT client, the RemoteLab that follows the nodes, and the
 * RemoteRunner that runs operations on their instruments, and replaces all three together.
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
    RemoteRunner *runner() const { return m_runner.get(); }
    /** "host:port" of the open link; empty while closed. */
    QString brokerText() const;

    /** Remote readings are journaled here too. Not owned; may be null. */
    void setJournal(Journal *journal);

    /** "HOST:PORT" or "HOST" (port 1883) into `options`; false with `error` otherwise. */
    static bool parseBroker(const QString &text, MqttClient::Options *options,
                            QString *error = nullptr);

Q_SIGNALS:
    /** A new link exists (lab() and runner() are set); it may still be connecting. */
    void opened();
    /** The link is about to go: detach from lab() and runner() now. */
    void aboutToClose();
    void stateChanged(ld::MqttClient::State state);
    void connectionError(const QString &error);

private:
    Dispatcher *m_dispatcher;
    const ProfileRegistry *m_profiles;
    Journal *m_journal = nullptr;
    // Destroyed in reverse: the runner before the lab before the client.
    std::unique_ptr<MqttClient> m_client;
    std::unique_ptr<RemoteLab> m_lab;
    std::unique_ptr<RemoteRunner> m_runner;
};

} // namespace ld
