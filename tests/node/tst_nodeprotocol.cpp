// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../results/sampledata.h"
#include "node/nodeprotocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ld;

/** The node protocol's messages without a broker: what a remote job's answer carries. */
class TestNodeProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRemoteFailureKeepsItsKind_data()
    {
        QTest::addColumn<int>("kind");
        for (int k = int(FailureKind::None); k <= int(FailureKind::Other); ++k)
            QTest::newRow(qPrintable(failureKindName(FailureKind(k)))) << k;
    }
    void aRemoteFailureKeepsItsKind()
    {
        QFETCH(int, kind);
        const Reading reading = sample::failedReading(QStringLiteral("run-1"), JobId(kind));
        QCOMPARE(int(reading->failure), kind);
        NodeProtocol::JobResponse response;
        response.jobId = QStringLiteral("c1-7");
        response.node = QStringLiteral("bench-a");
        response.status = reading->status;
        response.error = reading->error;
        response.failure = reading->failure;
        response.reading = reading;
        QString error;
        const auto back =
            NodeProtocol::decodeResponse(NodeProtocol::encodeResponse(response), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(failureKindName(back->failure), failureKindName(FailureKind(kind)));
        QCOMPARE(failureKindName(back->reading->failure), failureKindName(FailureKind(kind)));
        QCOMPARE(back->reading->status, reading->status);
    }

    void aMessageWithoutAKindStillParses()
    {
        // As a node from before failure kinds answers: no "failure" anywhere.
        const QByteArray old = R"({"id":"c1-9","node":"bench-a","status":"failed",
            "error":"no reply","reading":{"instrument":"dmm1","status":"failed",
            "error":"no reply","operation":"identify"}})";
        QString error;
        const auto r = NodeProtocol::decodeResponse(old, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->status, JobStatus::Failed);
        QCOMPARE(r->failure, FailureKind::None);
        QCOMPARE(r->reading->failure, FailureKind::None);
    }

    void aKindFromALaterBuildReadsAsOther()
    {
        const QByteArray later =
            R"({"id":"c1-9","node":"bench-a","status":"failed","failure":"cosmic-ray"})";
        QString error;
        const auto r = NodeProtocol::decodeResponse(later, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->failure, FailureKind::Other);
    }
};

QTEST_GUILESS_MAIN(TestNodeProtocol)
#include "tst_nodeprotocol.moc"
