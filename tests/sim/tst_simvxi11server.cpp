// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simvxi11server.h"

#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ld;

namespace {

/**
 * A socket of "another process" (plain POSIX, without SO_REUSEADDR, as rpcbind's) bound to
 * 127.0.0.1:`port` (0: a free one), listening when it is TCP.
 */
class PlainSocket
{
public:
    PlainSocket(int type, quint16 port)
        : m_fd(::socket(AF_INET, type, 0))
    {
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(port);
        socklen_t len = sizeof addr;
        m_bound = m_fd >= 0 &&
                  ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
                  (type != SOCK_STREAM || ::listen(m_fd, 1) == 0) &&
                  ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0;
        m_port = ntohs(addr.sin_port);
    }
    ~PlainSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    PlainSocket(const PlainSocket &) = delete;
    PlainSocket &operator=(const PlainSocket &) = delete;

    bool isBound() const { return m_bound; }
    quint16 port() const { return m_port; }

private:
    int m_fd;
    bool m_bound = false;
    quint16 m_port = 0;
};

} // namespace

/**
 * The simulated VXI-11 server's portmapper: TCP and UDP at one port, and a clear error when
 * another process holds either half of it.
 */
class TestSimVxi11Server : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFixedPortTakenByAnotherProcessFailsNamingTheHalfThatIsTaken_data()
    {
        QTest::addColumn<bool>("udp");
        QTest::newRow("the UDP half taken") << true;
        QTest::newRow("the TCP half taken") << false;
    }

    void aFixedPortTakenByAnotherProcessFailsNamingTheHalfThatIsTaken()
    {
        QFETCH(bool, udp);
        const PlainSocket holder(udp ? SOCK_DGRAM : SOCK_STREAM, 0);
        QVERIFY(holder.isBound());
        const quint16 port = holder.port();
        SimVxi11Server::Options options;
        options.portmapperPort = port;
        SimVxi11Server server(options);
        QString error;
        QVERIFY(!server.start(&error));
        const QString expected = QStringLiteral("%1 port %2 on 127.0.0.1 cannot be bound")
                                     .arg(udp ? QStringLiteral("UDP") : QStringLiteral("TCP"))
                                     .arg(port);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("Unknown error")), qPrintable(error));
        QCOMPARE(server.portmapperPort(), quint16(0));
    }

    void aPortOfItsChoosingHoldsBothTcpAndUdp()
    {
        SimVxi11Server server(SimVxi11Server::Options{});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const quint16 port = server.portmapperPort();
        QVERIFY(port != 0);
        QVERIFY2(!PlainSocket(SOCK_DGRAM, port).isBound(), "the UDP half is not bound");
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(10000));
    }
};

QTEST_GUILESS_MAIN(TestSimVxi11Server)
#include "tst_simvxi11server.moc"
