// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node/labconnection.h"

#include "node/remotetarget.h"
#include "plans/runengine.h"

namespace ld {

LabConnection::LabConnection(Dispatcher *dispatcher, const ProfileRegistry *profiles,
                             QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
    , m_profiles(profiles)
{}

LabConnection::~LabConnection()
{
    close();
}

bool LabConnection::open(const MqttClient::Options &options, QString *error,
                         const RemoteLab::Options &labOptions)
{
    close();
    auto client = std::make_unique<MqttClient>(options);
    connect(client.get(), &MqttClient::stateChanged, this, &LabConnection::stateChanged);
    connect(client.get(), &MqttClient::connectionError, this, &LabConnection::connectionError);
    m_lab = std::make_unique<RemoteLab>(client.get(), m_dispatcher, labOptions);
    m_target = std::make_unique<RemoteTarget>(m_lab.get(), m_profiles);
    m_client = std::move(client);
    if (!m_client->start(error)) {
        m_target.reset();
        m_lab.reset();
        m_client.reset();
        return false;
    }
    if (m_engine)
        m_engine->addTarget(m_target.get());
    Q_EMIT opened();
    return true;
}

void LabConnection::close()
{
    if (!m_client)
        return;
    Q_EMIT aboutToClose();
    if (m_engine)
        m_engine->removeTarget(m_target.get());
    m_target.reset();
    m_lab.reset();
    // Closed from here on: the client's last state change is not forwarded half-way.
    const std::unique_ptr<MqttClient> client = std::move(m_client);
    client->disconnect(this);
    client->stop();
    Q_EMIT stateChanged(MqttClient::State::Stopped);
}

QString LabConnection::brokerText() const
{
    if (!m_client)
        return {};
    return QStringLiteral("%1:%2").arg(m_client->options().host).arg(m_client->options().port);
}

void LabConnection::setEngine(RunEngine *engine)
{
    if (m_engine && m_target)
        m_engine->removeTarget(m_target.get());
    m_engine = engine;
    if (m_engine && m_target)
        m_engine->addTarget(m_target.get());
}

bool LabConnection::parseBroker(const QString &text, MqttClient::Options *options, QString *error)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    const QString host = colon >= 0 ? t.left(colon) : t;
    int port = 1883;
    if (colon >= 0) {
        bool ok = false;
        port = t.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            if (error)
                *error = tr("'%1' is not a port from 1 to 65535").arg(t.mid(colon + 1));
            return false;
        }
    }
    if (host.isEmpty() || host.contains(QLatin1Char(' '))) {
        if (error)
            *error = tr("'%1' is not a broker address; write HOST:PORT").arg(text);
        return false;
    }
    options->host = host;
    options->port = port;
    return true;
}

} // namespace ld
