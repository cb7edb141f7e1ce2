// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/profileregistry.h"
#include "sim/replyclock.h"
#include "sim/simserver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

using namespace ld;

/** One simulated instrument on loopback TCP: what it holds stays bounded however often it is
 * reconnected (the soak reconnects for hours). */
class TestSimServer : public QObject
{
    Q_OBJECT

private:
    ProfileRegistry m_registry;

    std::unique_ptr<SimServer> makeServer(ReplyClock *clock, const SimFaults &faults)
    {
        const DriverProfile *p = m_registry.find(QStringLiteral("labdispatch-sim-dmm"));
        if (!p)
            qFatal("profile labdispatch-sim-dmm missing");
        SimServer::Options options;
        options.transport = SimServer::Transport::Tcp;
        options.faults = faults;
        return std::make_unique<SimServer>(std::make_unique<SimInstrument>(*p, 7), options, clock);
    }

    static quint16 portOf(const SimServer &server)
    {
        // TCPIP0::127.0.0.1::<port>::SOCKET
        return server.resource().section(QLatin1String("::"), 2, 2).toUShort();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_registry.addDirectory(ProfileRegistry::builtinDirectory());
        QVERIFY2(m_registry.errors().isEmpty(), qPrintable(m_registry.errors().join(u'\n')));
    }

    void socketsOfEndedConnectionsAreFreed_data()
    {
        QTest::addColumn<bool>("serverHangsUp");
        QTest::newRow("the client closes the connection") << false;
        QTest::newRow("a disconnect fault hangs up on the client") << true;
    }

    void socketsOfEndedConnectionsAreFreed()
    {
        QFETCH(bool, serverHangsUp);
        ReplyClock clock;
        SimFaults faults;
        if (serverHangsUp) {
            faults.flags = SimFaults::DisconnectMidReply;
            faults.onlyCommand = "MEAS";
        }
        const auto server = makeServer(&clock, faults);
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        constexpr int kConnections = 20;
        for (int i = 0; i < kConnections; ++i) {
            QTcpSocket client;
            client.connectToHost(QHostAddress::LocalHost, portOf(*server));
            QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
            client.write(serverHangsUp ? "MEAS:VOLT:DC?\n" : "*IDN?\n");
            if (serverHangsUp) {
                QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
            } else {
                QTRY_VERIFY(client.canReadLine());
                client.disconnectFromHost();
            }
            // The server saw this connection end before the next one starts.
            QTRY_VERIFY(server->findChildren<QTcpSocket *>().size() <= i);
        }
        QTRY_COMPARE(server->findChildren<QTcpSocket *>().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
