// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node/mqttclient.h"
#include "testbroker.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

#include <sys/socket.h>

using namespace ld;

namespace {
constexpr int kSafetyMs = 10000;
} // namespace

/** MqttClient against a real mosquitto on loopback: MQTT 5, QoS, retain, will, reconnects. */
class TestMqttClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestBroker> m_broker;
    QString m_topic; // a fresh topic root per test, so retained messages never leak across

    MqttClient::Options options(const QString &id = {}) const
    {
        MqttClient::Options o = m_broker->clientOptions();
        o.clientId = id.isEmpty() ? test::TestBroker::uniqueName(QStringLiteral("tst")) : id;
        return o;
    }

    std::unique_ptr<MqttClient> connected(MqttClient::Options o)
    {
        auto c = std::make_unique<MqttClient>(std::move(o));
        QString error;
        if (!c->start(&error))
            qWarning("start: %s", qPrintable(error));
        if (!QTest::qWaitFor([&] { return c->isConnected(); }, kSafetyMs))
            qWarning("not connected: %s", qPrintable(c->lastError()));
        return c;
    }

    /** Subscribes and waits until a probe message on the filter comes back. */
    static bool subscribeAndSettle(MqttClient &c, const QString &topic, int qos)
    {
        QSignalSpy got(&c, &MqttClient::messageReceived);
        c.subscribe(topic, qos);
        c.publish({topic, QByteArrayLiteral("probe"), 1, false, {}, {}});
        return QTest::qWaitFor([&] { return got.count() > 0; }, kSafetyMs);
    }

private Q_SLOTS:
    void init()
    {
        if (!test::TestBroker::available())
            QSKIP(qPrintable(test::TestBroker::skipReason()));
        m_broker = std::make_unique<test::TestBroker>();
        QString error;
        QVERIFY2(m_broker->start(&error), qPrintable(error));
        m_topic = test::TestBroker::uniqueName(QStringLiteral("tst/mqtt"));
    }

    void cleanup() { m_broker.reset(); }

    void publishedMessageReachesSubscriberIntact_data()
    {
        QTest::addColumn<int>("qos");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("qos0 text") << 0 << QByteArrayLiteral("hello");
        QTest::newRow("qos1 text") << 1 << QByteArrayLiteral("{\"v\": 1.5}");
        QTest::newRow("qos2 text") << 2 << QByteArrayLiteral("exactly once");
        QTest::newRow("qos1 binary with NUL bytes") << 1 << QByteArray("a\0b\0\xff", 5);
        QTest::newRow("qos1 empty payload") << 1 << QByteArray();
        QTest::newRow("qos1 200 kB payload") << 1 << QByteArray(200 * 1024, 'x');
    }
    void publishedMessageReachesSubscriberIntact()
    {
        QFETCH(int, qos);
        QFETCH(QByteArray, payload);
        auto sub = connected(options());
        auto pub = connected(options());
        QVERIFY(sub->isConnected() && pub->isConnected());
        const QString topic = m_topic + QStringLiteral("/data");
        QVERIFY(subscribeAndSettle(*sub, topic, 2));
        QSignalSpy got(sub.get(), &MqttClient::messageReceived);
        QString error;
        QVERIFY2(pub->publish({topic, payload, qos, false, {}, {}}, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(got.count(), 1, kSafetyMs);
        const auto m = got.at(0).at(0).value<MqttMessage>();
        QCOMPARE(m.topic, topic);
        QCOMPARE(m.payload, payload);
        QCOMPARE(m.qos, qos);
    }

    void messagesArriveOnTheClientsOwnThread()
    {
        auto sub = connected(options());
        QThread *seen = nullptr;
        connect(
            sub.get(), &MqttClient::messageReceived, this,
            [&](const MqttMessage &) { seen = QThread::currentThread(); }, Qt::DirectConnection);
        QVERIFY(subscribeAndSettle(*sub, m_topic + QStringLiteral("/t"), 1));
        QCOMPARE(seen, QThread::currentThread());
    }

    void retainedMessageReachesALateSubscriberFlaggedAsRetained()
    {
        auto pub = connected(options());
        const QString topic = m_topic + QStringLiteral("/state");
        QVERIFY(pub->publish({topic, QByteArrayLiteral("idle"), 1, true, {}, {}}));
        // The broker has it once a later message on the same connection came back to us.
        QVERIFY(subscribeAndSettle(*pub, m_topic + QStringLiteral("/sync"), 1));
        auto late = connected(options());
        QSignalSpy got(late.get(), &MqttClient::messageReceived);
        late->subscribe(topic, 1);
        QTRY_COMPARE_WITH_TIMEOUT(got.count(), 1, kSafetyMs);
        const auto m = got.at(0).at(0).value<MqttMessage>();
        QCOMPARE(m.payload, QByteArrayLiteral("idle"));
        QVERIFY(m.retain);
    }

    void responseTopicAndCorrelationDataTravelWithTheRequest()
    {
        auto server = connected(options());
        auto client = connected(options());
        const QString requests = m_topic + QStringLiteral("/requests");
        const QString replies = m_topic + QStringLiteral("/replies");
        QVERIFY(subscribeAndSettle(*server, requests, 1));
        QVERIFY(subscribeAndSettle(*client, replies, 1));
        connect(server.get(), &MqttClient::messageReceived, server.get(),
                [&](const MqttMessage &m) {
                    if (m.responseTopic.isEmpty())
                        return;
                    server->publish(
                        {m.responseTopic, "re: " + m.payload, 1, false, {}, m.correlationData});
                });
        QSignalSpy got(client.get(), &MqttClient::messageReceived);
        const QByteArray correlation("\x01\x02job-7\x00", 8);
        QVERIFY(client->publish({requests, "measure", 1, false, replies, correlation}));
        QTRY_COMPARE_WITH_TIMEOUT(got.count(), 1, kSafetyMs);
        const auto m = got.at(0).at(0).value<MqttMessage>();
        QCOMPARE(m.payload, QByteArrayLiteral("re: measure"));
        QCOMPARE(m.correlationData, correlation);
        QVERIFY(m.responseTopic.isEmpty());
    }

    void willIsPublishedWhenTheLinkDiesButNotOnACleanStop_data()
    {
        QTest::addColumn<bool>("abrupt");
        QTest::newRow("link cut without DISCONNECT: will published") << true;
        QTest::newRow("clean stop: no will") << false;
    }
    void willIsPublishedWhenTheLinkDiesButNotOnACleanStop()
    {
        QFETCH(bool, abrupt);
        const QString presence = m_topic + QStringLiteral("/presence");
        auto watcher = connected(options());
        QVERIFY(subscribeAndSettle(*watcher, presence, 1));
        QSignalSpy got(watcher.get(), &MqttClient::messageReceived);

        MqttClient::Options o = options();
        o.will = MqttMessage{presence, QByteArrayLiteral("offline"), 1, true, {}, {}};
        auto node = connected(o);
        QVERIFY(node->isConnected());
        if (abrupt) {
            // What a SIGKILL or a pulled cable looks like to the broker.
            QCOMPARE(::shutdown(node->socketDescriptor(), SHUT_RDWR), 0);
            QTRY_COMPARE_WITH_TIMEOUT(got.count(), 1, kSafetyMs);
            QCOMPARE(got.at(0).at(0).value<MqttMessage>().payload, QByteArrayLiteral("offline"));
        } else {
            node->stop();
            // A message published after the stop arrives after any will would have: proof of
            // absence without waiting on a clock.
            QVERIFY(watcher->publish({presence, QByteArrayLiteral("marker"), 1, false, {}, {}}));
            QTRY_COMPARE_WITH_TIMEOUT(got.count(), 1, kSafetyMs);
            QCOMPARE(got.at(0).at(0).value<MqttMessage>().payload, QByteArrayLiteral("marker"));
        }
    }

    void brokerRestartReconnectsRenewsSubscriptionsAndSendsHeldMessages()
    {
        if (!m_broker->ownsProcess())
            QSKIP("an external broker cannot be restarted");
        auto sub = connected(options());
        auto pub = connected(options());
        const QString topic = m_topic + QStringLiteral("/after");
        QVERIFY(subscribeAndSettle(*sub, topic, 1));
        QSignalSpy lost(pub.get(), &MqttClient::disconnected);
        QSignalSpy back(sub.get(), &MqttClient::connected);

        m_broker->kill();
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, kSafetyMs);
        QVERIFY(!pub->isConnected());
        QString error;
        QVERIFY(pub->publish({topic, QByteArrayLiteral("held qos1"), 1, false, {}, {}}));
        QVERIFY(
            !pub->publish({topic, QByteArrayLiteral("qos0 dropped"), 0, false, {}, {}}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(pub->heldMessages(), 1);

        QSignalSpy got(sub.get(), &MqttClient::messageReceived);
        QVERIFY2(m_broker->restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(back.count() >= 1, kSafetyMs);
        // The subscriber is subscribed again before `connected`; the publisher may connect
        // first, so the held message can come before or after: wait for it either way, and
        // resend a fresh one to prove the renewed subscription.
        QTRY_VERIFY_WITH_TIMEOUT(pub->isConnected(), kSafetyMs);
        QCOMPARE(pub->heldMessages(), 0);
        QVERIFY(pub->publish({topic, QByteArrayLiteral("fresh"), 1, false, {}, {}}));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &args : got)
                    if (args.at(0).value<MqttMessage>().payload == "fresh")
                        return true;
                return false;
            }(),
            kSafetyMs);
    }

    void startingWhileTheBrokerIsDownBacksOffThenConnects()
    {
        if (!m_broker->ownsProcess())
            QSKIP("an external broker cannot be stopped");
        m_broker->kill();
        MqttClient c(options());
        QSignalSpy errors(&c, &MqttClient::connectionError);
        QString error;
        QVERIFY(c.start(&error));
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 3, kSafetyMs);
        QVERIFY2(c.lastError().contains(QStringLiteral("refused")), qPrintable(c.lastError()));
        QCOMPARE(c.nextReconnectDelayMs(), c.options().reconnectMaxMs); // 50,100,200 -> 400
        QVERIFY(!c.isConnected());
        QVERIFY2(m_broker->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(c.isConnected(), kSafetyMs);
        QCOMPARE(c.nextReconnectDelayMs(), c.options().reconnectMinMs);
    }

    void passwordLoginIsEnforced_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("right password connects") << "lab"
                                                 << "s3cret" << true;
        QTest::newRow("wrong password is refused") << "lab"
                                                   << "guess" << false;
        QTest::newRow("unknown user is refused") << "nobody"
                                                 << "s3cret" << false;
        QTest::newRow("anonymous is refused") << ""
                                              << "" << false;
    }
    void passwordLoginIsEnforced()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        if (!m_broker->ownsProcess())
            QSKIP("needs a broker of our own with a password file");
        QString error;
        QVERIFY2(m_broker->restart(&error, {QStringLiteral("lab:s3cret")}), qPrintable(error));
        MqttClient::Options o = options();
        o.username = user;
        o.password = password;
        MqttClient c(o);
        QSignalSpy errors(&c, &MqttClient::connectionError);
        QVERIFY2(c.start(&error), qPrintable(error));
        if (accepted) {
            QTRY_VERIFY_WITH_TIMEOUT(c.isConnected(), kSafetyMs);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, kSafetyMs);
            QVERIFY2(c.lastError().contains(QStringLiteral("authori"), Qt::CaseInsensitive),
                     qPrintable(c.lastError()));
            QVERIFY(!c.isConnected());
        }
    }

    void tlsBrokerLetsInTheRightCaAndLoginAndSaysWhyNotOtherwise_data()
    {
        QTest::addColumn<QString>("ca"); // "broker", "other", "silent" or "" (no TLS)
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected"); // empty: it connects
        QTest::newRow("the broker's CA and the right login carry messages") << "broker"
                                                                            << "s3cret"
                                                                            << "";
        QTest::newRow("CA that did not sign the broker's certificate") << "other"
                                                                       << "s3cret"
                                                                       << "certificate";
        QTest::newRow("wrong password over TLS") << "broker"
                                                 << "guess"
                                                 << "authori";
        QTest::newRow("plain MQTT to a TLS-only port") << ""
                                                       << "s3cret"
                                                       << "expect TLS";
        QTest::newRow("TLS to a port that accepts and says nothing") << "silent"
                                                                     << "s3cret"
                                                                     << "did not answer";
    }
    void tlsBrokerLetsInTheRightCaAndLoginAndSaysWhyNotOtherwise()
    {
        QFETCH(QString, ca);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        if (!test::TestBroker::tlsAvailable())
            QSKIP(qPrintable(test::TestBroker::tlsSkipReason()));
        test::TestBroker tls;
        QString error;
        QVERIFY2(tls.useTls(&error), qPrintable(error));
        QVERIFY2(tls.start(&error, {QStringLiteral("lab:s3cret")}), qPrintable(error));
        MqttClient::Options o = options();
        o.port = tls.port();
        if (ca == QLatin1String("broker")) {
            o.tls = MqttClient::Tls{tls.caFile(), {}, {}, {}, false};
        } else if (ca == QLatin1String("other")) {
            QVERIFY2(test::TestBroker::makeCertificates(tls.folder(), QStringLiteral("other"),
                                                        false, &error),
                     qPrintable(error));
            o.tls =
                MqttClient::Tls{tls.folder() + QStringLiteral("/other-ca.pem"), {}, {}, {}, false};
        }
        QTcpServer silent; // accepts connections and never says a word
        if (ca == QLatin1String("silent")) {
            QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
            o.port = silent.serverPort();
            o.tls = MqttClient::Tls{tls.caFile(), {}, {}, {}, false};
            o.keepAliveSec = 5; // the shortest allowed: how long a handshake may take
        }
        o.username = QStringLiteral("lab");
        o.password = password;
        MqttClient c(o);
        QSignalSpy errors(&c, &MqttClient::connectionError);
        QSignalSpy connectedSpy(&c, &MqttClient::connected);
        QVERIFY2(c.start(&error), qPrintable(error));
        if (expected.isEmpty()) {
            QTRY_VERIFY2_WITH_TIMEOUT(c.isConnected(), qPrintable(c.lastError() + tls.log()),
                                      kSafetyMs);
            QVERIFY(subscribeAndSettle(c, m_topic, 1));
            QSignalSpy got(&c, &MqttClient::messageReceived);
            const QByteArray payload("over TLS \x00\xff", 11);
            QVERIFY(c.publish({m_topic, payload, 1, false, {}, {}}));
            QTRY_COMPARE_WITH_TIMEOUT(got.count(), 1, kSafetyMs);
            QCOMPARE(got.at(0).at(0).value<MqttMessage>().payload, payload);
            QCOMPARE(errors.count(), 0);
            return;
        }
        // It keeps trying with backoff, failing the same way each time, and never gets in.
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 2, 3 * kSafetyMs);
        const QString first = errors.at(0).at(0).toString();
        qInfo("%s", qPrintable(first));
        QVERIFY2(first.contains(expected, Qt::CaseInsensitive), qPrintable(first));
        QCOMPARE(c.lastError(), errors.last().at(0).toString());
        QCOMPARE(connectedSpy.count(), 0);
        QVERIFY(!c.isConnected());
        c.stop();
        QCOMPARE(c.state(), MqttClient::State::Stopped);
    }

    void badOptionsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("willTopic");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no host") << "" << 1883 << ""
                                 << ""
                                 << "host";
        QTest::newRow("port 0") << "127.0.0.1" << 0 << ""
                                << ""
                                << "port";
        QTest::newRow("port above 65535") << "127.0.0.1" << 70000 << ""
                                          << ""
                                          << "port";
        QTest::newRow("will topic with wildcard") << "127.0.0.1" << 1883 << "a/#"
                                                  << ""
                                                  << "will";
        QTest::newRow("password without user") << "127.0.0.1" << 1883 << ""
                                               << "pw"
                                               << "user";
    }
    void badOptionsAreRefusedWithAReason()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, willTopic);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        MqttClient::Options o;
        o.host = host;
        o.port = port;
        o.password = password;
        if (!willTopic.isEmpty())
            o.will = MqttMessage{willTopic, "x", 1, true, {}, {}};
        MqttClient c(o);
        QString error;
        QVERIFY(!c.start(&error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(c.state(), MqttClient::State::Stopped);
    }

    void publishingToAWildcardTopicIsRefused()
    {
        auto c = connected(options());
        QString error;
        QVERIFY(!c->publish({QStringLiteral("a/+/b"), "x", 1, false, {}, {}}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(c->heldMessages(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMqttClient)
#include "tst_mqttclient.moc"
