// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simgpibcontroller.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace ld;

/** The simulated GPIB controller on loopback TCP: what it keeps for diagnosis stays bounded
 * and shows the newest exchanges however long it runs (the soak runs it for hours). */
class TestSimGpibController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logKeepsTheNewestMessages_data()
    {
        QTest::addColumn<int>("sent");
        constexpr int kLimit = int(SimGpibController::kLogLimit);
        QTest::newRow("fewer than the limit: every message") << 30;
        QTest::newRow("exactly the limit: every message") << kLimit;
        QTest::newRow("the limit and 25 more: the last limit, the first 25 gone") << kLimit + 25;
        QTest::newRow("three times round: the last limit") << 3 * kLimit + 7;
    }
    void logKeepsTheNewestMessages()
    {
        QFETCH(int, sent);
        SimGpibController controller(SimServer::Transport::Tcp, 0);
        QString error;
        QVERIFY2(controller.start(&error), qPrintable(error));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost,
                             controller.resource().section(QLatin1String("::"), 2, 2).toUShort());
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);

        // Commands the controller accepts without an answer, each one told apart by its number;
        // in batches well below its input bound, each taken before the next is sent.
        const auto message = [](int i) { return "++savecfg " + QByteArray::number(i); };
        constexpr int kBatch = 500;
        for (int first = 0; first < sent; first += kBatch) {
            const int end = std::min(sent, first + kBatch);
            QByteArray batch;
            for (int i = first; i < end; ++i)
                batch += message(i) + '\n';
            client.write(batch);
            QTRY_COMPARE(controller.log().value(controller.log().size() - 1), message(end - 1));
        }

        const qsizetype kept = std::min<qsizetype>(sent, SimGpibController::kLogLimit);
        QList<QByteArray> expected;
        for (int i = int(sent - kept); i < sent; ++i)
            expected.append(message(i));
        QCOMPARE(controller.log(), expected);

        controller.clearLog();
        QVERIFY(controller.log().isEmpty());
        client.write("++savecfg after\n");
        QTRY_COMPARE(controller.log(), QList<QByteArray>{"++savecfg after"});
    }
};

QTEST_GUILESS_MAIN(TestSimGpibController)
#include "tst_simgpibcontroller.moc"
