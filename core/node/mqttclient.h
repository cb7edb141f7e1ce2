// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <optional>
#include <vector>

class QSocketNotifier;
struct mosquitto;

namespace ld {

/** One MQTT message, with the MQTT 5 request/response properties LabDispatch uses. */
struct MqttMessage
{
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retain = false;
    QString responseTopic;      ///< MQTT 5: where the receiver should answer
    QByteArray correlationData; ///< MQTT 5: echoed in the answer
};

/**
 * An MQTT 5 client (libmosquitto) run inside the Qt event loop of the thread it lives on, with
 * no threads of its own: a QSocketNotifier on the socket drives reads and writes, a timer
 * drives keepalive. Libmosquitto's callbacks only queue events; they become signals after the
 * library call returns, so a slot may publish, stop or even delete the client safely.
 *
 * Once started it stays connected: a lost or refused connection is retried with exponential
 * backoff, subscriptions are renewed on every connect, and QoS >= 1 publishes made while
 * disconnected are held (bounded) and sent on the next connect.
 */
class MqttClient : public QObject
{
    Q_OBJECT
public:
    struct Tls
    {
        QString caFile;   ///< PEM file of trusted CAs (or caPath)
        QString caPath;   ///< folder of trusted CAs
        QString certFile; ///< client certificate (with keyFile), optional
        QString keyFile;
        bool insecure = false; ///< skip the host name check (test brokers only)
    };

    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 1883;
        QString clientId; ///< empty: the broker assigns one
        QString username; ///< empty: anonymous
        QString password;
        int keepAliveSec = 10;
        std::optional<MqttMessage> will; ///< published by the broker if we vanish
        std::optional<Tls> tls;
        int reconnectMinMs = 250; ///< first retry delay; doubles up to reconnectMaxMs
        int reconnectMaxMs = 30000;
        int maxHeldMessages = 10000; ///< QoS >= 1 publishes kept while disconnected
    };

    enum class State { Stopped, Connecting, Connected, WaitingToReconnect };
    Q_ENUM(State)

    explicit MqttClient(Options options, QObject *parent = nullptr);
    /** Disconnects cleanly (so the broker does not publish the will). */
    ~MqttClient() override;

    /** Validates the options and starts connecting. False with `error` for bad options. */
    bool start(QString *error = nullptr);
    /** Sends DISCONNECT (the will is not published) and stops reconnecting. */
    void stop();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    const Options &options() const { return m_options; }
    /** The last connection problem in words ("connection refused", "not authorised"). */
    QString lastError() const { return m_lastError; }
    /** The delay before the next reconnect attempt (grows with each failure). */
    int nextReconnectDelayMs() const { return m_backoffMs; }
    /** The socket in use, -1 when none (diagnostics, and tests that cut a link abruptly). */
    int socketDescriptor() const;

    /**
     * Publishes `message`. While disconnected, QoS 0 is dropped (false) and QoS >= 1 is held
     * for the next connect (false only when the hold is full). False with `error` for a bad
     * topic or payload.
     */
    bool publish(const MqttMessage &message, QString *error = nullptr);
    /** Subscribes now if connected, and again on every reconnect. */
    void subscribe(const QString &filter, int qos = 1);
    void unsubscribe(const QString &filter);
    int heldMessages() const { return int(m_held.size()); }

    /** Libmosquitto's text for a result code ("The connection was refused."). */
    static QString errorText(int mosquittoError);

Q_SIGNALS:
    void connected();
    void disconnected(const QString &reason);
    void stateChanged(ld::MqttClient::State state);
    void messageReceived(const ld::MqttMessage &message);
    /** A connection attempt failed or the broker refused us; retries go on. */
    void connectionError(const QString &error);

private:
    struct Event
    {
        enum Kind { Connack, Lost, Message } kind;
        int code = 0;
        MqttMessage message;
    };
    friend struct MqttCallbacks;

    /** What a failed library call means for the user, in this client's setting. */
    QString describe(int mosquittoError) const;
    void attemptConnect();
    void afterLibraryCall(int rc);
    void syncSocket();
    void updateWriteNotifier();
    void dispatchEvents();
    void connectionLost(const QString &reason);
    void scheduleReconnect();
    void setState(State state);
    bool publishNow(const MqttMessage &message, QString *error);

    Options m_options;
    mosquitto *m_mosq = nullptr;
    State m_state = State::Stopped;
    QString m_lastError;
    int m_backoffMs = 0;
    int m_fd = -1;
    bool m_awaitWritable = false;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer m_housekeeping;
    QTimer m_reconnectTimer;
    std::vector<Event> m_events;
    std::deque<MqttMessage> m_held;
    QList<std::pair<QString, int>> m_subscriptions;
};

} // namespace ld

Q_DECLARE_METATYPE(ld::MqttMessage)
