// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/remotesession.h"

#include "cli/benchsession.h"
#include "node/labconnection.h"
#include "node/nodeprotocol.h"
#include "node/remotelab.h"
#include "node/remotetarget.h"

#include <QTimer>
#include <QUuid>

namespace ld {

RemoteSession::RemoteSession(BrokerOptions::Settings settings, int cap)
    : m_settings(std::move(settings))
    , m_dispatcher(std::make_unique<Dispatcher>(cap))
    , m_connection(std::make_unique<LabConnection>(m_dispatcher.get(), &m_profiles))
{}

RemoteSession::~RemoteSession()
{
    // The link first: its pending jobs end (cancelled) while the dispatcher still exists.
    m_connection.reset();
}

RemoteLab &RemoteSession::lab()
{
    return *m_connection->lab();
}

RemoteTarget &RemoteSession::target()
{
    return *m_connection->target();
}

bool RemoteSession::open(QString *error)
{
    RemoteLab::Options labOptions;
    // One bound for any wait on the broker: at the start, and after losing it mid-run.
    labOptions.brokerLostGraceMs = m_settings.connectTimeoutMs;
    if (!m_connection->open(m_settings.client, error, labOptions))
        return false;
    MqttClient *client = m_connection->client();
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    const QString markTopic = QString::fromLatin1(NodeProtocol::kRoot) +
                              QStringLiteral("/_controllers/cli-") + id.left(12) +
                              QStringLiteral("/retained-end");
    const QByteArray token = id.toLatin1();
    // Subscribed after RemoteLab's filters, so the broker handles this one last.
    client->subscribe(markTopic, 1);

    enum class Phase { Connecting, Waiting, Done, TimedOut };
    Phase phase = Phase::Connecting;
    QObject context;
    QTimer connectBound, waitBound;
    connectBound.setSingleShot(true);
    waitBound.setSingleShot(true);
    QObject::connect(&connectBound, &QTimer::timeout, &context, [&] {
        if (phase == Phase::Connecting) {
            phase = Phase::TimedOut;
            QCoreApplication::quit();
        }
    });
    QObject::connect(&waitBound, &QTimer::timeout, &context, [&] {
        if (phase == Phase::Waiting) {
            phase = Phase::Done;
            QCoreApplication::quit();
        }
    });
    QObject::connect(client, &MqttClient::connected, &context, [&] {
        // Again after a reconnect: the earlier mark may have been lost with the link.
        client->publish({markTopic, token, 1, false, {}, {}});
        if (phase != Phase::Connecting)
            return;
        phase = Phase::Waiting;
        if (m_settings.retainedWaitMs == 0) {
            phase = Phase::Done;
            QCoreApplication::quit();
            return;
        }
        waitBound.start(m_settings.retainedWaitMs);
    });
    QObject::connect(client, &MqttClient::messageReceived, &context,
                     [&](const MqttMessage &message) {
                         if (message.topic != markTopic || message.payload != token)
                             return;
                         m_retainedComplete = true;
                         if (phase == Phase::Waiting) {
                             phase = Phase::Done;
                             QCoreApplication::quit();
                         }
                     });
    connectBound.start(m_settings.connectTimeoutMs);
    QCoreApplication::exec();
    client->unsubscribe(markTopic);

    switch (phase) {
    case Phase::Done:
        return true;
    case Phase::TimedOut: {
        const QString why = client->lastError();
        if (why.contains(m_settings.label))
            *error = tr("%1; gave up after %2 ms")
                         .arg(why, QString::number(m_settings.connectTimeoutMs));
        else if (!why.isEmpty())
            *error = tr("no connection to the broker at %1 within %2 ms: %3")
                         .arg(m_settings.label)
                         .arg(m_settings.connectTimeoutMs)
                         .arg(why);
        else
            *error = tr("no connection to the broker at %1 within %2 ms")
                         .arg(m_settings.label)
                         .arg(m_settings.connectTimeoutMs);
        return false;
    }
    default:
        *error = tr("interrupted while connecting to the broker at %1").arg(m_settings.label);
        return false;
    }
}

QStringList RemoteSession::selectInstruments(const QStringList &values, QString *error) const
{
    const RemoteLab &lab = *m_connection->lab();
    const QStringList names = BenchSession::splitInstrumentNames(values, error);
    for (const QString &name : names) {
        // Node names never hold a '/', instrument names may.
        const qsizetype slash = name.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == name.size() - 1) {
            *error = tr("'%1' is not NODE/INSTRUMENT; the lab has: %2").arg(name, describeLab());
            return {};
        }
        const QString node = name.left(slash);
        if (!lab.nodes().contains(node)) {
            *error = tr("no node named '%1' on the broker at %2; the lab has: %3")
                         .arg(node, m_settings.label, describeLab());
            return {};
        }
        if (!lab.node(node).instruments.contains(name.mid(slash + 1))) {
            *error = tr("the node '%1' has no instrument '%2'; the lab has: %3")
                         .arg(node, name.mid(slash + 1), describeLab());
            return {};
        }
    }
    return names;
}

QString RemoteSession::describeLab() const
{
    const RemoteLab &lab = *m_connection->lab();
    QStringList parts;
    for (const QString &name : lab.nodes()) {
        const RemoteLab::NodeInfo node = lab.node(name);
        parts.append(QStringLiteral("%1 (%2): %3")
                         .arg(name, node.online ? tr("online") : tr("offline"),
                              node.instruments.isEmpty()
                                  ? tr("no instruments")
                                  : node.instruments.join(QStringLiteral(", "))));
    }
    return parts.isEmpty() ? tr("no nodes") : parts.join(QStringLiteral("; "));
}

} // namespace ld
