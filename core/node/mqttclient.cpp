// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node/mqttclient.h"

#include <QFileInfo>
#include <QPointer>
#include <QSocketNotifier>

#include <mosquitto.h>
#include <mqtt_protocol.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace ld {

namespace {
constexpr int kHousekeepingMs = 500;

void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        mosquitto_lib_init();
        qRegisterMetaType<ld::MqttMessage>();
    });
}

/** Topic rules a publish must follow (MQTT 5 section 4.7): no wildcards, not empty. */
bool validPublishTopic(const QString &topic)
{
    return !topic.isEmpty() && !topic.contains(QLatin1Char('+')) &&
           !topic.contains(QLatin1Char('#')) && topic.toUtf8().size() <= 65535;
}
} // namespace

/** libmosquitto's callbacks: they only record what happened (see dispatchEvents()). */
struct MqttCallbacks
{
    static void onConnect(mosquitto *, void *self, int rc, int, const mosquitto_property *)
    {
        static_cast<MqttClient *>(self)->m_events.push_back({MqttClient::Event::Connack, rc, {}});
    }
    static void onDisconnect(mosquitto *, void *self, int rc, const mosquitto_property *)
    {
        static_cast<MqttClient *>(self)->m_events.push_back({MqttClient::Event::Lost, rc, {}});
    }
    static void onMessage(mosquitto *, void *self, const mosquitto_message *m,
                          const mosquitto_property *props)
    {
        MqttMessage msg;
        msg.topic = QString::fromUtf8(m->topic);
        msg.payload = QByteArray(static_cast<const char *>(m->payload), m->payloadlen);
        msg.qos = m->qos;
        msg.retain = m->retain;
        char *response = nullptr;
        if (mosquitto_property_read_string(props, MQTT_PROP_RESPONSE_TOPIC, &response, false)) {
            msg.responseTopic = QString::fromUtf8(response);
            std::free(response);
        }
        void *correlation = nullptr;
        uint16_t length = 0;
        if (mosquitto_property_read_binary(props, MQTT_PROP_CORRELATION_DATA, &correlation, &length,
                                           false)) {
            msg.correlationData = QByteArray(static_cast<const char *>(correlation), length);
            std::free(correlation);
        }
        static_cast<MqttClient *>(self)->m_events.push_back(
            {MqttClient::Event::Message, 0, std::move(msg)});
    }
};

MqttClient::MqttClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    initLibrary();
    m_housekeeping.setInterval(kHousekeepingMs);
    connect(&m_housekeeping, &QTimer::timeout, this, [this] {
        if (m_mosq && m_fd >= 0)
            afterLibraryCall(mosquitto_loop_misc(m_mosq));
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &MqttClient::attemptConnect);
}

MqttClient::~MqttClient()
{
    stop();
    if (m_mosq)
        mosquitto_destroy(m_mosq);
}

QString MqttClient::errorText(int mosquittoError)
{
    return QString::fromUtf8(mosquitto_strerror(mosquittoError));
}

int MqttClient::socketDescriptor() const
{
    return m_mosq ? mosquitto_socket(m_mosq) : -1;
}

bool MqttClient::start(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_state != State::Stopped)
        return true;
    const Options &o = m_options;
    if (o.host.isEmpty())
        return fail(tr("no broker host given"));
    if (o.port <= 0 || o.port > 65535)
        return fail(tr("broker port %1 is not from 1 to 65535").arg(o.port));
    if (o.keepAliveSec < 5 || o.keepAliveSec > 65535)
        return fail(tr("keepalive must be from 5 to 65535 s"));
    if (o.reconnectMinMs < 1 || o.reconnectMaxMs < o.reconnectMinMs)
        return fail(tr("reconnect delays must be positive, the maximum not below the minimum"));
    if (o.will && !validPublishTopic(o.will->topic))
        return fail(tr("the will topic '%1' is not a valid topic").arg(o.will->topic));
    if (o.password.size() && o.username.isEmpty())
        return fail(tr("a password needs a user name"));

    if (!m_mosq) {
        const QByteArray id = o.clientId.toUtf8();
        m_mosq = mosquitto_new(id.isEmpty() ? nullptr : id.constData(), true, this);
        if (!m_mosq)
            return fail(tr("cannot create the MQTT client: %1").arg(errorText(MOSQ_ERR_ERRNO)));
        mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V5);
        mosquitto_int_option(m_mosq, MOSQ_OPT_TCP_NODELAY, 1);
        mosquitto_connect_v5_callback_set(m_mosq, &MqttCallbacks::onConnect);
        mosquitto_disconnect_v5_callback_set(m_mosq, &MqttCallbacks::onDisconnect);
        mosquitto_message_v5_callback_set(m_mosq, &MqttCallbacks::onMessage);
    }
    int rc = MOSQ_ERR_SUCCESS;
    if (!o.username.isEmpty()) {
        rc = mosquitto_username_pw_set(m_mosq, o.username.toUtf8().constData(),
                                       o.password.isEmpty() ? nullptr
                                                            : o.password.toUtf8().constData());
        if (rc != MOSQ_ERR_SUCCESS)
            return fail(tr("user name or password refused: %1").arg(errorText(rc)));
    }
    if (o.will) {
        mosquitto_property *props = nullptr;
        const QByteArray topic = o.will->topic.toUtf8();
        rc = mosquitto_will_set_v5(m_mosq, topic.constData(), int(o.will->payload.size()),
                                   o.will->payload.constData(), o.will->qos, o.will->retain, props);
        if (rc != MOSQ_ERR_SUCCESS)
            return fail(tr("the will was refused: %1").arg(errorText(rc)));
    }
    if (o.tls) {
        auto path = [](const QString &p) { return p.isEmpty() ? QByteArray() : p.toLocal8Bit(); };
        const QByteArray ca = path(o.tls->caFile), caDir = path(o.tls->caPath),
                         cert = path(o.tls->certFile), key = path(o.tls->keyFile);
        if (ca.isEmpty() && caDir.isEmpty())
            return fail(tr("TLS needs a CA file or a CA folder"));
        for (const QString &f : {o.tls->caFile, o.tls->certFile, o.tls->keyFile})
            if (!f.isEmpty() && !QFileInfo(f).isReadable())
                return fail(tr("TLS: cannot read '%1'").arg(f));
        rc = mosquitto_tls_set(m_mosq, ca.isEmpty() ? nullptr : ca.constData(),
                               caDir.isEmpty() ? nullptr : caDir.constData(),
                               cert.isEmpty() ? nullptr : cert.constData(),
                               key.isEmpty() ? nullptr : key.constData(), nullptr);
        if (rc != MOSQ_ERR_SUCCESS)
            return fail(tr("TLS settings refused: %1").arg(errorText(rc)));
        mosquitto_tls_insecure_set(m_mosq, o.tls->insecure);
    }
    m_backoffMs = o.reconnectMinMs;
    m_housekeeping.start();
    attemptConnect();
    return true;
}

void MqttClient::stop()
{
    m_reconnectTimer.stop();
    m_housekeeping.stop();
    if (m_state == State::Stopped)
        return;
    if (m_mosq) {
        if (m_fd >= 0) {
            mosquitto_disconnect_v5(m_mosq, MQTT_RC_NORMAL_DISCONNECTION, nullptr);
            // DISCONNECT is queued; one write pushes it out before the socket closes.
            mosquitto_loop_write(m_mosq, 1);
        }
        m_events.clear();
        syncSocket();
    }
    setState(State::Stopped);
    Q_EMIT disconnected(tr("stopped"));
}

QString MqttClient::describe(int rc) const
{
    const bool handshaking = m_state == State::Connecting;
    switch (rc) {
    case MOSQ_ERR_TLS:
    case MOSQ_ERR_TLS_HANDSHAKE:
        if (m_options.tls)
            return tr("the TLS handshake failed: the broker's certificate is not signed by the "
                      "trusted CA (%1), is not made out to %2, or the broker does not speak TLS "
                      "on port %3")
                .arg(m_options.tls->caFile.isEmpty() ? m_options.tls->caPath
                                                     : m_options.tls->caFile,
                     m_options.host)
                .arg(m_options.port);
        break;
    case MOSQ_ERR_KEEPALIVE:
        return handshaking ? tr("the broker did not answer the connection within %1 s")
                                 .arg(m_options.keepAliveSec)
                           : tr("the broker stopped answering (keepalive of %1 s)")
                                 .arg(m_options.keepAliveSec);
    case MOSQ_ERR_CONN_LOST:
    case MOSQ_ERR_PROTOCOL:
        if (handshaking)
            return m_options.tls ? tr("the broker closed the connection before accepting it")
                                 : tr("the broker closed the connection before accepting it; "
                                      "does it expect TLS on port %1?")
                                       .arg(m_options.port);
        break;
    default:
        break;
    }
    return errorText(rc);
}

void MqttClient::attemptConnect()
{
    if (!m_mosq)
        return;
    setState(State::Connecting);
    const QByteArray host = m_options.host.toUtf8();
    int rc = mosquitto_connect_bind_async(m_mosq, host.constData(), m_options.port,
                                          m_options.keepAliveSec, nullptr);
    if (rc != MOSQ_ERR_SUCCESS) {
        const QString why =
            rc == MOSQ_ERR_ERRNO ? QString::fromLocal8Bit(std::strerror(errno)) : describe(rc);
        m_lastError = tr("cannot reach the broker at %1:%2: %3")
                          .arg(m_options.host)
                          .arg(m_options.port)
                          .arg(why);
        syncSocket();
        Q_EMIT connectionError(m_lastError);
        scheduleReconnect();
        return;
    }
    // A connect in progress finishes when the socket turns writable.
    m_awaitWritable = true;
    syncSocket();
    dispatchEvents();
}

void MqttClient::syncSocket()
{
    const int fd = m_mosq ? mosquitto_socket(m_mosq) : -1;
    if (fd == m_fd) {
        updateWriteNotifier();
        return;
    }
    // The library closed (or replaced) the socket: a notifier on a closed descriptor must go
    // at once, before the event loop polls it again.
    for (QSocketNotifier *n : {m_readNotifier, m_writeNotifier}) {
        if (n) {
            n->setEnabled(false);
            n->deleteLater();
        }
    }
    m_readNotifier = m_writeNotifier = nullptr;
    m_fd = fd;
    if (fd < 0)
        return;
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, [this] {
        if (m_mosq && m_fd >= 0)
            afterLibraryCall(mosquitto_loop_read(m_mosq, 1));
    });
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] {
        m_awaitWritable = false;
        if (m_mosq && m_fd >= 0)
            afterLibraryCall(mosquitto_loop_write(m_mosq, 1));
    });
    updateWriteNotifier();
}

void MqttClient::updateWriteNotifier()
{
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(m_awaitWritable || mosquitto_want_write(m_mosq));
}

void MqttClient::afterLibraryCall(int rc)
{
    syncSocket();
    if (rc != MOSQ_ERR_SUCCESS && rc != MOSQ_ERR_NO_CONN &&
        (m_state == State::Connected || m_state == State::Connecting)) {
        bool haveLost = false;
        for (const Event &e : m_events)
            haveLost |= e.kind == Event::Lost;
        if (!haveLost)
            m_events.push_back({Event::Lost, rc, {}});
    }
    dispatchEvents();
}

void MqttClient::dispatchEvents()
{
    QPointer<MqttClient> self(this);
    while (self && !m_events.empty()) {
        Event e = std::move(m_events.front());
        m_events.erase(m_events.begin());
        switch (e.kind) {
        case Event::Connack:
            if (e.code != 0) {
                m_lastError = tr("the broker refused the connection: %1")
                                  .arg(QString::fromUtf8(mosquitto_reason_string(e.code)));
                Q_EMIT connectionError(m_lastError);
                break; // the broker closes the socket; Lost follows and schedules a retry
            }
            m_backoffMs = m_options.reconnectMinMs;
            m_lastError.clear();
            for (const auto &[filter, qos] : std::as_const(m_subscriptions))
                mosquitto_subscribe_v5(m_mosq, nullptr, filter.toUtf8().constData(), qos, 0,
                                       nullptr);
            setState(State::Connected);
            while (!m_held.empty() && m_state == State::Connected) {
                const MqttMessage m = std::move(m_held.front());
                m_held.pop_front();
                publishNow(m, nullptr);
            }
            if (self)
                Q_EMIT connected();
            break;
        case Event::Lost:
            if (m_state == State::Stopped)
                break;
            connectionLost(e.code == 0 ? tr("the broker closed the connection") : describe(e.code));
            break;
        case Event::Message:
            Q_EMIT messageReceived(e.message);
            break;
        }
    }
    if (self)
        syncSocket();
}

void MqttClient::connectionLost(const QString &reason)
{
    m_events.erase(std::remove_if(m_events.begin(), m_events.end(),
                                  [](const Event &e) { return e.kind != Event::Message; }),
                   m_events.end());
    const bool wasConnected = m_state == State::Connected;
    if (m_lastError.isEmpty() || wasConnected)
        m_lastError = reason;
    syncSocket();
    scheduleReconnect();
    if (wasConnected)
        Q_EMIT disconnected(reason);
    else
        Q_EMIT connectionError(m_lastError);
}

void MqttClient::scheduleReconnect()
{
    setState(State::WaitingToReconnect);
    m_reconnectTimer.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_options.reconnectMaxMs);
}

void MqttClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool MqttClient::publish(const MqttMessage &message, QString *error)
{
    if (!validPublishTopic(message.topic)) {
        if (error)
            *error = tr("'%1' is not a topic one can publish to").arg(message.topic);
        return false;
    }
    if (message.qos < 0 || message.qos > 2) {
        if (error)
            *error = tr("QoS must be 0, 1 or 2");
        return false;
    }
    if (m_state == State::Connected)
        return publishNow(message, error);
    if (message.qos == 0) {
        if (error)
            *error = tr("not connected to the broker");
        return false;
    }
    if (int(m_held.size()) >= m_options.maxHeldMessages) {
        if (error)
            *error = tr("not connected, and %1 messages already wait").arg(m_held.size());
        return false;
    }
    m_held.push_back(message);
    return true;
}

bool MqttClient::publishNow(const MqttMessage &message, QString *error)
{
    mosquitto_property *props = nullptr;
    if (!message.responseTopic.isEmpty())
        mosquitto_property_add_string(&props, MQTT_PROP_RESPONSE_TOPIC,
                                      message.responseTopic.toUtf8().constData());
    if (!message.correlationData.isEmpty())
        mosquitto_property_add_binary(&props, MQTT_PROP_CORRELATION_DATA,
                                      message.correlationData.constData(),
                                      uint16_t(message.correlationData.size()));
    const QByteArray topic = message.topic.toUtf8();
    const int rc =
        mosquitto_publish_v5(m_mosq, nullptr, topic.constData(), int(message.payload.size()),
                             message.payload.constData(), message.qos, message.retain, props);
    mosquitto_property_free_all(&props);
    updateWriteNotifier();
    if (rc == MOSQ_ERR_SUCCESS)
        return true;
    if (rc == MOSQ_ERR_NO_CONN && message.qos > 0 &&
        int(m_held.size()) < m_options.maxHeldMessages) {
        m_held.push_back(message);
        return true;
    }
    if (error)
        *error = errorText(rc);
    return false;
}

void MqttClient::subscribe(const QString &filter, int qos)
{
    m_subscriptions.removeIf([&](const auto &s) { return s.first == filter; });
    m_subscriptions.append({filter, qos});
    if (m_state == State::Connected) {
        mosquitto_subscribe_v5(m_mosq, nullptr, filter.toUtf8().constData(), qos, 0, nullptr);
        updateWriteNotifier();
    }
}

void MqttClient::unsubscribe(const QString &filter)
{
    m_subscriptions.removeIf([&](const auto &s) { return s.first == filter; });
    if (m_state == State::Connected) {
        mosquitto_unsubscribe(m_mosq, nullptr, filter.toUtf8().constData());
        updateWriteNotifier();
    }
}

} // namespace ld
