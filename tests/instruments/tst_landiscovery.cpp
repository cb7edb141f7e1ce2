// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/bench.h"
#include "instruments/benchdiscovery.h"
#include "instruments/dnssdbrowser.h"
#include "instruments/profileregistry.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ld;

namespace {

constexpr int kSafetyMs = 20000; // only ever reached when the code under test is broken
// How long the LAN browse listens, then each *IDN? probe may take: only a loaded machine's
// loopback reply could miss it.
constexpr int kProbeMs = 3000;

/** Every result of one discovery, and its totals. */
struct Outcome
{
    QList<DiscoveredInstrument> results;
    int probed = -1;
    int found = -1;
};

} // namespace

class TestLanDiscovery : public QObject
{
    Q_OBJECT

private:
    ProfileRegistry m_profiles;
    std::unique_ptr<SimBench> m_sim;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<Bench> m_bench;
    QTemporaryDir m_dir;

    Outcome discover(const DiscoveryRequest &request)
    {
        Outcome out;
        BenchDiscovery discovery(m_bench.get());
        QSignalSpy finished(&discovery, &BenchDiscovery::finished);
        QString error;
        const quint64 id = discovery.discover(request, &error, &out.results);
        if (id == 0) {
            qWarning("discovery refused: %s", qPrintable(error));
            return out;
        }
        connect(&discovery, &BenchDiscovery::discovered, this,
                [&out, id](quint64 from, const DiscoveredInstrument &result) {
                    if (from == id)
                        out.results.append(result);
                });
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, kSafetyMs))
            return out;
        out.probed = finished.at(0).at(1).toInt();
        out.found = finished.at(0).at(2).toInt();
        return out;
    }

    static DiscoveryRequest lanRequest(const char *target)
    {
        DiscoveryRequest r;
        r.systemSerialPorts = false;
        r.lanServices = true;
        r.portmapperTargets = {QHostAddress(QLatin1String(target))};
        r.timeoutMs = kProbeMs;
        return r;
    }

    QString vxi11Resource() const { return QStringLiteral("TCPIP0::127.0.0.1::inst0::INSTR"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 1);
        // DNS-SD asks the Avahi daemon over the system D-Bus: here, one that is not there.
        qputenv("DBUS_SYSTEM_BUS_ADDRESS",
                "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("no-bus"))));
    }

    void init()
    {
        QString error;
        const auto specs = SimBench::parse(R"({"instruments": [
            {"name": "meter", "profile": "labdispatch-sim-dmm", "transport": "vxi11", "seed": 5,
             "latencyMs": 2}]})",
                                           &error);
        QVERIFY2(specs, qPrintable(error));
        m_sim = std::make_unique<SimBench>();
        QVERIFY2(m_sim->start(m_profiles, *specs, &error), qPrintable(error));
        qputenv("LABDISPATCH_VXI11_PORTMAPPER_PORT",
                QByteArray::number(m_sim->vxi11PortmapperPort()));
        m_dispatcher = std::make_unique<Dispatcher>(8);
        m_bench = std::make_unique<Bench>(m_dispatcher.get(), &m_profiles);
    }

    void cleanup()
    {
        m_bench.reset();
        m_dispatcher.reset();
        m_sim.reset();
        qunsetenv("LABDISPATCH_VXI11_PORTMAPPER_PORT");
    }

    void thePortmapperProbeFindsTheSimulatorAndItIsIdentified_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("loopback broadcast") << QStringLiteral("127.255.255.255");
        QTest::newRow("one host") << QStringLiteral("127.0.0.1");
    }
    void thePortmapperProbeFindsTheSimulatorAndItIsIdentified()
    {
        QFETCH(QString, target);
        const Outcome out = discover(lanRequest(target.toLatin1().constData()));
        QCOMPARE(out.probed, 2); // the instrument and the DNS-SD note
        QCOMPARE(out.found, 1);
        QCOMPARE(out.results.size(), 2);
        const auto found = std::find_if(
            out.results.cbegin(), out.results.cend(),
            [this](const DiscoveredInstrument &d) { return d.resource == vxi11Resource(); });
        QVERIFY(found != out.results.cend());
        QVERIFY2(found->found, qPrintable(found->error));
        QCOMPARE(found->foundBy, QStringLiteral("VXI-11 portmapper"));
        QCOMPARE(found->identity.vendor, QStringLiteral("LabDispatch Simulated"));
        QCOMPARE(found->profileId, QStringLiteral("labdispatch-sim-dmm"));
    }

    void withoutTheAvahiDaemonDnsSdIsANoteNotAFailure()
    {
        const Outcome out = discover(lanRequest("127.0.0.1"));
        const auto note =
            std::find_if(out.results.cbegin(), out.results.cend(),
                         [](const DiscoveredInstrument &d) { return d.resource.isEmpty(); });
        QVERIFY(note != out.results.cend());
        QVERIFY(!note->found);
        QCOMPARE(note->foundBy, QStringLiteral("LAN services"));
        QVERIFY2(note->error.contains(DnsSdBrowser::isAvailable()
                                          ? QLatin1String("the Avahi daemon is not running")
                                          : QLatin1String("no Avahi support")),
                 qPrintable(note->error));
    }

    void anInstrumentOnTheBenchIsNamedNotProbed()
    {
        InstrumentConfig c;
        c.name = QStringLiteral("meter");
        c.resource = m_sim->resource(c.name);
        c.simulated = true;
        QString error;
        QVERIFY2(m_bench->addInstrument(c, &error), qPrintable(error));
        const Outcome out = discover(lanRequest("127.0.0.1"));
        QCOMPARE(out.found, 0);
        const auto onBench = std::find_if(
            out.results.cbegin(), out.results.cend(),
            [this](const DiscoveredInstrument &d) { return d.resource == vxi11Resource(); });
        QVERIFY(onBench != out.results.cend());
        QCOMPARE(onBench->onBenchAs, QStringLiteral("meter"));
        QCOMPARE(onBench->foundBy, QStringLiteral("VXI-11 portmapper"));
    }

    void aPortWithoutAPortmapperFindsNothingAndEnds()
    {
        // A port the simulator does not serve: nobody answers the call.
        qputenv("LABDISPATCH_VXI11_PORTMAPPER_PORT",
                QByteArray::number(m_sim->vxi11PortmapperPort() == 65535 ? 65534 : 65535));
        DiscoveryRequest r = lanRequest("127.0.0.1");
        r.timeoutMs = 200;
        const Outcome out = discover(r);
        QCOMPARE(out.probed, 1); // the DNS-SD note only
        QCOMPARE(out.found, 0);
    }

    void aHostAnsweringTwiceIsProbedOnce()
    {
        // The broadcast and the host's own address both reach the simulator's portmapper.
        DiscoveryRequest r = lanRequest("127.255.255.255");
        r.portmapperTargets.append(QHostAddress(QStringLiteral("127.0.0.1")));
        const Outcome out = discover(r);
        QCOMPARE(out.probed, 2);
        QCOMPARE(out.found, 1);
        const qsizetype times = std::count_if(
            out.results.cbegin(), out.results.cend(),
            [this](const DiscoveredInstrument &d) { return d.resource == vxi11Resource(); });
        QCOMPARE(times, 1);
    }
};

QTEST_GUILESS_MAIN(TestLanDiscovery)
#include "tst_landiscovery.moc"
