// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/profileregistry.h"
#include "io/gpibcontroller.h"
#include "io/scpisession.h"
#include "io/serialsettings.h"
#include "io/visaresource.h"
#include "sim/simbench.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace ld;

namespace {

/** A simulated controller "bus" on `transport` with a DMM at 5, a thermometer at 7 and a
 * supply at 9, secondary 2. */
QByteArray benchJson(const char *transport)
{
    return QByteArrayLiteral(R"({"gpib": [{"name": "bus", "board": 0, "transport": ")") +
           transport + QByteArrayLiteral(R"(", "instruments": [
        {"name": "dmm", "profile": "labdispatch-sim-dmm", "address": 5},
        {"name": "thermo", "profile": "labdispatch-sim-thermometer", "address": 7},
        {"name": "psu", "profile": "labdispatch-sim-psu3", "address": 9, "secondary": 2}]}],
      "instruments": [{"name": "plain", "profile": "labdispatch-sim-dmm", "transport": "tcp"}]})");
}

} // namespace

class TestGpibController : public QObject
{
    Q_OBJECT

private:
    ProfileRegistry m_registry;
    std::unique_ptr<SimBench> m_sim;
    std::unique_ptr<GpibController> m_controller;

    void startSim(const char *transport)
    {
        QString error;
        const auto specs = SimBench::parse(benchJson(transport), &error);
        QVERIFY2(specs, qPrintable(error));
        m_sim = std::make_unique<SimBench>();
        QVERIFY2(m_sim->start(m_registry, *specs, &error), qPrintable(error));
        const QString resource = m_sim->gpibControllers().value(0).resource;
        GpibController::Options options;
        options.readTimeoutMs = 150;
        m_controller = std::make_unique<GpibController>(
            0, Transport::create(VisaResource::parse(resource), {}), options);
    }

    std::unique_ptr<ScpiSession> session(int primary, int secondary = -1, int timeoutMs = 2000)
    {
        auto s = std::make_unique<ScpiSession>(m_controller->createTransport(primary, secondary));
        ScpiSession::Options options;
        options.timeoutMs = timeoutMs;
        s->setOptions(options);
        QSignalSpy opened(s.get(), &ScpiSession::opened);
        s->open();
        if (!opened.wait(5000))
            return nullptr;
        return s;
    }

    static ScpiReply ask(ScpiSession *s, const QByteArray &command)
    {
        std::optional<ScpiReply> reply;
        s->query(command, [&](const ScpiReply &r) { reply = r; });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000))
            return {};
        return *reply;
    }

    QList<QByteArray> log() const { return m_sim->gpibLog(QStringLiteral("bus")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_registry.addDirectory(ProfileRegistry::builtinDirectory());
        QVERIFY2(m_registry.errors().isEmpty(), qPrintable(m_registry.errors().join(u'\n')));
    }

    void cleanup()
    {
        m_controller.reset();
        m_sim.reset();
    }

    void connectChecksTheVersionThenConfiguresTheController_data()
    {
        QTest::addColumn<QByteArray>("transport");
        QTest::newRow("GPIB-USB on a pty") << QByteArray("pty");
        QTest::newRow("GPIB-ETHERNET on tcp") << QByteArray("tcp");
    }
    void connectChecksTheVersionThenConfiguresTheController()
    {
        QFETCH(QByteArray, transport);
        startSim(transport.constData());
        auto dmm = session(5);
        QVERIFY(dmm);
        QVERIFY2(m_controller->version().contains(QLatin1String("Prologix")),
                 qPrintable(m_controller->version()));
        const QList<QByteArray> expected{"++ver",   "++savecfg 0", "++mode 1",          "++auto 0",
                                         "++eoi 1", "++eos 3",     "++read_tmo_ms 150", "++ifc"};
        QTRY_COMPARE(log().mid(0, expected.size()), expected);
    }

    void addressesOnlyWhenTheInstrumentChanges_data()
    {
        connectChecksTheVersionThenConfiguresTheController_data();
    }
    void addressesOnlyWhenTheInstrumentChanges()
    {
        QFETCH(QByteArray, transport);
        startSim(transport.constData());
        auto dmm = session(5);
        auto thermo = session(7);
        auto psu = session(9, 2);
        QVERIFY(dmm && thermo && psu);
        QTRY_VERIFY(log().contains("++ifc")); // the set-up is through
        const qsizetype before = log().size();

        QVERIFY(ask(dmm.get(), "*IDN?").response().contains("DMM"));
        QVERIFY(ask(dmm.get(), "*IDN?").ok());
        const ScpiReply t = ask(thermo.get(), "*IDN?");
        QVERIFY2(t.ok() && !t.response().contains("DMM"), qPrintable(t.message));
        QVERIFY(ask(psu.get(), "*IDN?").ok());
        QVERIFY(ask(dmm.get(), "*IDN?").ok());

        const QList<QByteArray> expected{"++addr 5",    "*IDN?\n",   "++read eoi", "*IDN?\n",
                                         "++read eoi",  "++addr 7",  "*IDN?\n",    "++read eoi",
                                         "++addr 9 98", "*IDN?\n",   "++read eoi", "++addr 5",
                                         "*IDN?\n",     "++read eoi"};
        QCOMPARE(log().mid(before), expected);
        QCOMPARE(m_controller->overlaps(), 0);
        QCOMPARE(m_sim->gpibOverlaps(QStringLiteral("bus")), 0);
    }

    void aDeadAddressTimesOutClearsAndLeavesTheOthersWorking_data()
    {
        connectChecksTheVersionThenConfiguresTheController_data();
    }
    void aDeadAddressTimesOutClearsAndLeavesTheOthersWorking()
    {
        QFETCH(QByteArray, transport);
        startSim(transport.constData());
        auto dmm = session(5);
        auto nobody = session(12, -1, 400);
        QVERIFY(dmm && nobody);
        const ScpiReply dead = ask(nobody.get(), "*IDN?");
        QCOMPARE(dead.status, ScpiReply::Status::Timeout);
        QVERIFY2(dead.message.contains(QLatin1String("no reply to '*IDN?' within 400 ms")),
                 qPrintable(dead.message));
        // The abandoned read is followed by a selected device clear of that address.
        QTRY_VERIFY(log().contains("++clr"));
        const QList<QByteArray> l = log();
        QCOMPARE(l.at(l.lastIndexOf("++clr") - 1), QByteArray("++read eoi"));
        const ScpiReply alive = ask(dmm.get(), "*IDN?");
        QVERIFY2(alive.ok() && alive.response().contains("DMM"), qPrintable(alive.message));
    }

    void binaryDataIsEscaped()
    {
        startSim("pty");
        auto dmm = session(5);
        QVERIFY(dmm);
        // A definite-length block of six bytes carrying every character Prologix treats
        // specially: '+', CR, LF and ESC.
        static constexpr char kBlock[] = "DATA #16+\r\n\x1b+x";
        const QByteArray binary(kBlock, sizeof kBlock - 1);
        std::optional<ScpiReply> reply;
        dmm->exchange(ScpiRequest::write(binary), [&](const ScpiReply &r) { reply = r; });
        QTRY_VERIFY(reply.has_value());
        QVERIFY(reply->ok());
        QTRY_VERIFY(log().contains(binary + '\n'));
        QCOMPARE(GpibController::escape("a+\r\n\x1b"), QByteArray("a\x1b+\x1b\r\x1b\n\x1b\x1b"));
    }

    void somethingElseOnThePortIsNoController()
    {
        startSim("tcp");
        const QString plain = m_sim->resource(QStringLiteral("plain"));
        GpibController::Options options;
        options.versionTimeoutMs = 300;
        m_controller = std::make_unique<GpibController>(
            0, Transport::create(VisaResource::parse(plain), {}), options);
        ScpiSession s(m_controller->createTransport(5, -1));
        QSignalSpy failed(&s, &ScpiSession::openFailed);
        s.open();
        QVERIFY(failed.wait(5000));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QLatin1String("no answer to ++ver")) &&
                     message.contains(QLatin1String("Prologix-style")),
                 qPrintable(message));
    }

    void anExchangeWhileAnotherReadsIsRefusedAndReported()
    {
        startSim("pty");
        m_sim->setLatency(QStringLiteral("dmm"), 100, 0);
        auto dmm = session(5);
        auto thermo = session(7);
        QVERIFY(dmm && thermo);
        std::optional<ScpiReply> first;
        std::optional<ScpiReply> second;
        dmm->query("*IDN?", [&](const ScpiReply &r) { first = r; });
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("starts an exchange while")));
        thermo->query("*IDN?", [&](const ScpiReply &r) { second = r; });
        QTRY_VERIFY(first.has_value() && second.has_value());
        QVERIFY2(first->ok(), qPrintable(first->message));
        QCOMPARE(second->status, ScpiReply::Status::Disconnected);
        QCOMPARE(m_controller->overlaps(), 1);
        QCOMPARE(m_sim->gpibOverlaps(QStringLiteral("bus")), 0);
    }
};

QTEST_GUILESS_MAIN(TestGpibController)
#include "tst_gpibcontroller.moc"
