// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simclient.h"

#include "instruments/profileregistry.h"
#include "sim/simbench.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ld;

namespace {

SimBench::InstrumentSpec spec(const QString &name, const QString &profile,
                              SimServer::Transport transport, quint64 seed)
{
    SimBench::InstrumentSpec s;
    s.name = name;
    s.profileId = profile;
    s.options.transport = transport;
    s.options.seed = seed;
    return s;
}

QString transportName(SimServer::Transport t)
{
    return t == SimServer::Transport::Pty ? QStringLiteral("pty") : QStringLiteral("tcp");
}

SimFaults only(SimFaults::Fault fault, const char *command = "MEAS")
{
    SimFaults f;
    f.flags = fault;
    f.onlyCommand = command;
    return f;
}

/** One row per transport: the instrument of `profile` served over a pty and over TCP. */
void addTransportRows(const char *profile)
{
    QTest::addColumn<QString>("name");
    for (const char *transport : {"pty", "tcp"})
        QTest::newRow(transport) << QString::fromLatin1(profile) + QLatin1Char('-') +
                                        QLatin1String(transport);
}

/**
 * Supplies with meters wired across them, and ovens with a short time constant, on both
 * transports: what plans set and wait on.
 */
const char *kWiredBench = R"({"instruments": [
  {"name": "psu-pty", "profile": "labdispatch-sim-psu3", "transport": "pty", "seed": 1},
  {"name": "dmm-tcp", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 2,
   "wire": {"instrument": "psu-pty", "operation": "measure_voltage", "channel": 2}},
  {"name": "psu-tcp", "profile": "labdispatch-sim-psu3", "transport": "tcp", "seed": 3},
  {"name": "dmm-pty", "profile": "labdispatch-sim-dmm", "transport": "pty", "seed": 4,
   "wire": {"instrument": "psu-tcp", "operation": "measure_voltage", "channel": 3}},
  {"name": "oven-pty", "profile": "labdispatch-sim-oven", "transport": "pty", "seed": 5,
   "timeConstantMs": 50},
  {"name": "oven-tcp", "profile": "labdispatch-sim-oven", "transport": "tcp", "seed": 6,
   "timeConstantMs": 50}
]})";

} // namespace

class TestSimBench : public QObject
{
    Q_OBJECT

private:
    ProfileRegistry m_registry;
    SimBench m_bench;
    SimBench m_wired;

    void open(SimClient &client, const QString &name, const SimBench *bench = nullptr)
    {
        const QString resource = (bench ? bench : &m_bench)->resource(name);
        QVERIFY2(!resource.isEmpty(), qPrintable(name));
        QString error;
        QVERIFY2(client.open(resource, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_registry.addDirectory(ProfileRegistry::builtinDirectory());
        QVERIFY2(m_registry.errors().isEmpty(), qPrintable(m_registry.errors().join(u'\n')));
        QList<SimBench::InstrumentSpec> specs;
        quint64 seed = 1;
        for (const DriverProfile &p : m_registry.profiles()) {
            for (auto t : {SimServer::Transport::Pty, SimServer::Transport::Tcp})
                specs.append(spec(p.id + QLatin1Char('-') + transportName(t), p.id, t, seed++));
        }
        QString error;
        QVERIFY2(m_bench.start(m_registry, specs, &error), qPrintable(error));
        QCOMPARE(m_bench.instruments().size(), specs.size());
        const auto wired = SimBench::parse(kWiredBench, &error);
        QVERIFY2(wired, qPrintable(error));
        QVERIFY2(m_wired.start(m_registry, *wired, &error), qPrintable(error));
    }

    void cleanup()
    {
        // Each test switches faults on one instrument; the next starts clean.
        for (const SimBench::Entry &e : m_bench.instruments()) {
            m_bench.setFaults(e.name, SimFaults{});
            m_bench.setLatency(e.name, 0, 0);
        }
    }

    void resourcesUseVisaSyntax()
    {
        const QString pty = m_bench.resource(QStringLiteral("labdispatch-sim-dmm-pty"));
        const QString tcp = m_bench.resource(QStringLiteral("labdispatch-sim-dmm-tcp"));
        QVERIFY2(pty.startsWith(QLatin1String("ASRL/dev/pts/")) &&
                     pty.endsWith(QLatin1String("::INSTR")),
                 qPrintable(pty));
        QVERIFY2(tcp.startsWith(QLatin1String("TCPIP0::127.0.0.1::")) &&
                     tcp.endsWith(QLatin1String("::SOCKET")),
                 qPrintable(tcp));
        QVERIFY(m_bench.resource(QStringLiteral("nobody")).isEmpty());
    }

    void everyOperationAnswersOverTheWire_data()
    {
        QTest::addColumn<QString>("name");
        for (const SimBench::Entry &e : m_bench.instruments())
            QTest::newRow(qPrintable(e.name)) << e.name;
    }

    void everyOperationAnswersOverTheWire()
    {
        QFETCH(QString, name);
        const QString profileId = name.left(name.lastIndexOf(QLatin1Char('-')));
        const DriverProfile &profile = *m_registry.find(profileId);
        SimClient client;
        open(client, name);
        for (const DriverProfile::Operation &op : profile.operations) {
            QVariantMap values;
            for (const DriverProfile::Parameter &param : op.parameters) {
                if (!param.defaultValue.isValid())
                    values.insert(param.name, op.reply == DriverProfile::ReplyType::None
                                                  ? QStringLiteral("*CLS")
                                                  : QStringLiteral("*IDN?"));
            }
            const DriverProfile::Command command = op.format(values);
            QVERIFY2(command.ok(), qPrintable(command.error));
            QVERIFY(client.write(command.command + profile.writeTerminator));
            if (op.reply == DriverProfile::ReplyType::None && !op.opc)
                continue;
            const QByteArray reply = op.reply == DriverProfile::ReplyType::Block
                                         ? client.readBlock()
                                         : client.readUntil(profile.readTerminator);
            QVERIFY2(!reply.isEmpty(), qPrintable(op.id + QStringLiteral(": no reply")));
            if (!op.opc) {
                const DriverProfile::Reply parsed = op.parseReply(reply);
                QVERIFY2(parsed.ok(), qPrintable(op.id + QStringLiteral(": ") + parsed.error));
            } else {
                QCOMPARE(reply.trimmed(), QByteArray("1"));
            }
        }
        QCOMPARE(client.query("SYST:ERR?").trimmed(), QByteArray("0,\"No error\""));
    }

    void commonCommandsAndErrorQueueWorkOnBothTransports_data()
    {
        addTransportRows("labdispatch-sim-psu3");
    }

    void commonCommandsAndErrorQueueWorkOnBothTransports()
    {
        QFETCH(QString, name);
        SimClient client;
        open(client, name);
        QVERIFY(client.query("*IDN?").startsWith("LabDispatch Simulated,PSU-3303S,SIM"));
        QCOMPARE(client.query("*OPC?"), QByteArray("1"));
        QVERIFY(client.write("FOO:BAR\nSOUR1:VOLT 45\n"));
        QCOMPARE(client.query("*STB?"), QByteArray("4"));
        QCOMPARE(client.query("SYST:ERR?"), QByteArray("-113,\"Undefined header\""));
        QCOMPARE(client.query("SYST:ERR?"), QByteArray("-222,\"Data out of range\""));
        QCOMPARE(client.query("SYST:ERR?"), QByteArray("0,\"No error\""));
        // CRLF from the client is accepted as well.
        QVERIFY(client.write("SOUR1:VOLT 2.5\r\n"));
        QCOMPARE(client.query("SOUR1:VOLT?\r").toDouble(), 2.5);
    }

    void supplyKeepsOutputAndSetpointsPerChannel_data()
    {
        addTransportRows("labdispatch-sim-psu3");
    }

    void supplyKeepsOutputAndSetpointsPerChannel()
    {
        QFETCH(QString, name);
        SimClient client;
        open(client, name);
        QVERIFY(client.write("*RST\nSOUR1:VOLT 3.3;SOUR1:CURR 0.25;OUTP1:STAT ON\n"));
        QVERIFY(client.write("SOUR2:VOLT 24;SOUR2:CURR 2\nSOUR3:VOLT 0.5;OUTP3:STAT ON\n"));
        QCOMPARE(client.query("SOUR1:VOLT?;SOUR2:VOLT?;SOUR3:VOLT?"),
                 QByteArray("+3.300000E+00;+2.400000E+01;+5.000000E-01"));
        QCOMPARE(client.query("SOUR1:CURR?;SOUR2:CURR?;SOUR3:CURR?"),
                 QByteArray("+2.500000E-01;+2.000000E+00;+1.000000E+00"));
        QCOMPARE(client.query("OUTP1:STAT?;OUTP2:STAT?;OUTP3:STAT?"), QByteArray("ON;OFF;ON"));
        QVERIFY(qAbs(client.query("MEAS1:VOLT?").toDouble() - 3.3) < 0.01);
        QVERIFY(qAbs(client.query("MEAS2:VOLT?").toDouble()) < 0.01); // Set but off.
        QVERIFY(qAbs(client.query("MEAS3:VOLT?").toDouble() - 0.5) < 0.01);
        // The profile's safe state, sent as the run engine will: every output off, 0 V.
        const DriverProfile &profile = *m_registry.find(QStringLiteral("labdispatch-sim-psu3"));
        for (const DriverProfile::SafeCommand &c : profile.safeStateCommands())
            QVERIFY(client.write(c.command.command + profile.writeTerminator));
        QCOMPARE(client.query("OUTP1:STAT?;OUTP2:STAT?;OUTP3:STAT?"), QByteArray("OFF;OFF;OFF"));
        QCOMPARE(client.query("SOUR1:VOLT?;SOUR2:VOLT?;SOUR3:VOLT?"),
                 QByteArray("+0.000000E+00;+0.000000E+00;+0.000000E+00"));
        QCOMPARE(client.query("SYST:ERR?"), QByteArray("0,\"No error\""));
    }

    void wiredMeterReadsWhatItsSupplyIsSetTo_data()
    {
        QTest::addColumn<QString>("supply");
        QTest::addColumn<QString>("meter");
        QTest::addColumn<int>("channel");
        QTest::newRow("supply on a pty, meter on TCP") << "psu-pty"
                                                       << "dmm-tcp" << 2;
        QTest::newRow("supply on TCP, meter on a pty") << "psu-tcp"
                                                       << "dmm-pty" << 3;
    }

    void wiredMeterReadsWhatItsSupplyIsSetTo()
    {
        QFETCH(QString, supply);
        QFETCH(QString, meter);
        QFETCH(int, channel);
        SimClient psu;
        SimClient dmm;
        open(psu, supply, &m_wired);
        open(dmm, meter, &m_wired);
        const QByteArray ch = QByteArray::number(channel);
        // The supply answers *OPC? after its settings: the meter then reads them.
        QCOMPARE(psu.query("*RST;OUTP" + ch + ":STAT ON;*OPC?"), QByteArray("1"));
        for (double volts : {0.0, 0.5, 1.25, 5.0, 12.5, 30.0}) {
            const QByteArray set = "SOUR" + ch + ":VOLT " + QByteArray::number(volts);
            QCOMPARE(psu.query(set + ";*OPC?"), QByteArray("1"));
            const QByteArray reading = dmm.query("MEAS:VOLT:DC?");
            QVERIFY2(qAbs(reading.toDouble() - volts) < 0.001,
                     qPrintable(QStringLiteral("%1 V set, %2 read")
                                    .arg(volts)
                                    .arg(QString::fromLatin1(reading))));
        }
        // Another channel of the supply is not what the meter is across.
        QCOMPARE(psu.query("SOUR1:VOLT 7;OUTP1:STAT ON;*OPC?"), QByteArray("1"));
        QVERIFY(qAbs(dmm.query("MEAS:VOLT:DC?").toDouble() - 30.0) < 0.001);
        QCOMPARE(psu.query("OUTP" + ch + ":STAT OFF;*OPC?"), QByteArray("1"));
        QVERIFY(qAbs(dmm.query("MEAS:VOLT:DC?").toDouble()) < 0.001);
        const QList<QByteArray> burst = dmm.query("FETC:ARR? 4").split(',');
        QCOMPARE(burst.size(), 4);
        for (const QByteArray &v : burst)
            QVERIFY2(qAbs(v.toDouble()) < 0.001, v.constData());
        QCOMPARE(psu.query("OUTP" + ch + ":STAT ON;*OPC?"), QByteArray("1"));
        QVERIFY(qAbs(dmm.query("MEAS:VOLT:DC?").toDouble() - 30.0) < 0.001); // Setpoint kept.
    }

    void ovenApproachesItsSetpointWithoutOvershoot_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("pty") << "oven-pty";
        QTest::newRow("tcp") << "oven-tcp";
    }

    void ovenApproachesItsSetpointWithoutOvershoot()
    {
        QFETCH(QString, name);
        SimClient client;
        open(client, name, &m_wired);
        // Noise is 0.01 °C: 0.1 °C is ten sigma, so only the model can break these bounds. A
        // reading 0.05 °C from the setpoint may be noise on one 0.1 °C away: once there, the
        // readings stay within twice the tolerance.
        constexpr double kTolerance = 0.1;
        QVERIFY(qAbs(client.query("MEAS:TEMP?").toDouble() - 25.0) < kTolerance);
        for (const double target : {60.0, -20.0, 25.0}) {
            double previous = client.query("MEAS:TEMP?").toDouble();
            const double direction = target > previous ? 1.0 : -1.0;
            QVERIFY(client.write("SOUR:TEMP " + QByteArray::number(target) + '\n'));
            // Settling takes about a third of a second (time constant 50 ms); the deadline only
            // keeps a broken model from hanging the test.
            QDeadlineTimer deadline(30000);
            for (;;) {
                const double t = client.query("MEAS:TEMP?").toDouble();
                const QString where =
                    QStringLiteral("toward %1 °C: %2 after %3 °C").arg(target).arg(t).arg(previous);
                QVERIFY2(direction * (t - previous) > -kTolerance, qPrintable(where)); // Onward,
                QVERIFY2(direction * (t - target) < kTolerance, qPrintable(where)); // no overshoot.
                previous = t;
                if (qAbs(t - target) < kTolerance / 2)
                    break;
                QVERIFY2(!deadline.hasExpired(),
                         qPrintable(QStringLiteral("never settled, ") + where));
            }
            for (int i = 0; i < 5; ++i) // Settled means it stays there.
                QVERIFY(qAbs(client.query("MEAS:TEMP?").toDouble() - target) < 2 * kTolerance);
            QCOMPARE(client.query("SOUR:TEMP?").toDouble(), target);
        }
    }

    void faultsDoWhatTheySay_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("fault");
        for (const char *t : {"pty", "tcp"}) {
            const QString name = QStringLiteral("labdispatch-sim-psu3-") + QLatin1String(t);
            for (SimFaults::Fault f : {SimFaults::NoReply, SimFaults::SlowReply, SimFaults::Garbage,
                                       SimFaults::WrongTerminator, SimFaults::PartialReply}) {
                QTest::addRow("%s %s", qPrintable(SimFaults::name(f)), t) << name << int(f);
            }
        }
    }

    void faultsDoWhatTheySay()
    {
        QFETCH(QString, name);
        QFETCH(int, fault);
        SimClient client;
        open(client, name);
        SimFaults faults = only(SimFaults::Fault(fault));
        faults.slowReplyMs = 300;
        QVERIFY(m_bench.setFaults(name, faults));
        // Faults hit only MEAS replies here, so the *OPC? after each one shows what the line
        // carried, with no timing in the verdict: replies leave strictly in order.
        QElapsedTimer clock;
        clock.start();
        QVERIFY(client.write("MEAS1:VOLT?\n"));
        switch (SimFaults::Fault(fault)) {
        case SimFaults::NoReply:
            QCOMPARE(client.query("*OPC?"), QByteArray("1"));
            break;
        case SimFaults::SlowReply: {
            const QByteArray reply = client.readUntil("\n");
            QVERIFY2(m_registry.find(QStringLiteral("labdispatch-sim-psu3"))
                         ->operation(QStringLiteral("measure_voltage"))
                         ->parseReply(reply)
                         .ok(),
                     reply.constData());
            QVERIFY2(clock.elapsed() >= 300, reply.constData()); // A bound the simulator keeps.
            break;
        }
        case SimFaults::Garbage: {
            const QByteArray reply = client.readUntil("\n");
            QVERIFY2(reply.startsWith('\xfe') && reply.endsWith('\n'), reply.toHex().constData());
            const auto *op = m_registry.find(QStringLiteral("labdispatch-sim-psu3"))
                                 ->operation(QStringLiteral("measure_voltage"));
            QVERIFY(!op->parseReply(reply).ok());
            QCOMPARE(client.query("*OPC?"), QByteArray("1"));
            break;
        }
        case SimFaults::WrongTerminator: {
            const QByteArray reply = client.readUntil("\r");
            QVERIFY2(reply.endsWith('\r') && !reply.contains('\n'), reply.constData());
            QCOMPARE(client.query("*OPC?"), QByteArray("1"));
            break;
        }
        case SimFaults::PartialReply: {
            // Output off: the reading is noise around 0 V, "+d.ddddddE-0x" (13 characters).
            const QByteArray line = client.query("*OPC?");
            QCOMPARE(line.size(), 6 + 1);
            QVERIFY2((line.startsWith('+') || line.startsWith('-')) && line.endsWith('1'),
                     line.constData());
            break;
        }
        default:
            QFAIL("row without a check");
        }
        QVERIFY(!client.hungUp());
    }

    void disconnectMidReplyDropsTheLinkAndServesAgain_data()
    {
        addTransportRows("labdispatch-sim-dmm");
    }

    void disconnectMidReplyDropsTheLinkAndServesAgain()
    {
        QFETCH(QString, name);
        const bool pty = name.endsWith(QLatin1String("pty"));
        const QString before = m_bench.resource(name);
        QSignalSpy moved(&m_bench, &SimBench::resourceChanged);
        SimClient client;
        open(client, name);
        const QByteArray identity = client.query("*IDN?");
        QVERIFY(m_bench.setFaults(name, only(SimFaults::DisconnectMidReply)));
        QVERIFY(client.write("MEAS:VOLT:DC?\n"));
        const QByteArray partial = client.readUntil("\n");
        QVERIFY(client.hungUp());
        QVERIFY2(!partial.contains('\n'), partial.constData());
        if (!pty) // A pty hang-up may flush what was queued; a socket delivers it first.
            QCOMPARE(partial.size(), 6);
        if (pty) {
            QTRY_COMPARE(moved.size(), 1);
            QCOMPARE(moved.first().at(0).toString(), name);
            QVERIFY(moved.first().at(1).toString() != before);
            QCOMPARE(m_bench.resource(name), moved.first().at(1).toString());
        } else {
            QCOMPARE(m_bench.resource(name), before);
        }
        m_bench.setFaults(name, SimFaults{});
        open(client, name);
        QCOMPARE(client.query("*IDN?"), identity);
    }

    void newIdentityAfterReconnect_data() { addTransportRows("labdispatch-sim-fgen"); }

    void newIdentityAfterReconnect()
    {
        QFETCH(QString, name);
        SimClient client;
        open(client, name);
        const QList<QByteArray> first = client.query("*IDN?").split(',');
        const QString before = m_bench.resource(name);
        SimFaults faults = only(SimFaults::NewIdentity, "SOUR:FREQ?");
        if (name.endsWith(QLatin1String("pty"))) {
            // A pty cannot see a client reopen it: it reconnects by hanging up.
            faults.flags |= SimFaults::DisconnectMidReply;
            m_bench.setFaults(name, faults);
            QVERIFY(client.write("SOUR:FREQ?\n"));
            client.readUntil("\n");
            QVERIFY(client.hungUp());
            QTRY_VERIFY(m_bench.resource(name) != before);
        } else {
            m_bench.setFaults(name, faults);
            client.close();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QString error;
                return client.open(m_bench.resource(name), &error);
            }(),
            5000);
        const QList<QByteArray> second = client.query("*IDN?").split(',');
        m_bench.setFaults(name, SimFaults{});
        QCOMPARE(second.size(), 4);
        QCOMPARE(second.mid(0, 2), first.mid(0, 2)); // Same vendor and model,
        QVERIFY(second.at(2) != first.at(2));        // another serial number.
    }

    void latencyDelaysEveryReply()
    {
        const QString name = QStringLiteral("labdispatch-sim-thermometer-tcp");
        SimClient client;
        open(client, name);
        QVERIFY(m_bench.setLatency(name, 150, 0));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(client.query("*OPC?").startsWith('1'));
        QVERIFY(client.query("*OPC?").startsWith('1'));
        QVERIFY(clock.elapsed() >= 300); // Lower bound: two replies, each held 150 ms.
    }

    void benchFileListsEveryInstrument()
    {
        const QJsonArray array = QJsonDocument::fromJson(m_bench.benchFile())
                                     .object()
                                     .value(QStringLiteral("instruments"))
                                     .toArray();
        QCOMPARE(array.size(), m_bench.instruments().size());
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            QCOMPARE(m_bench.resource(o.value(QStringLiteral("name")).toString()),
                     o.value(QStringLiteral("resource")).toString());
            QVERIFY(m_registry.find(o.value(QStringLiteral("profile")).toString()));
        }
    }

    void badBenchDescriptionNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("no instruments") << QByteArray("{}") << "instruments: missing or empty";
        QTest::newRow("unknown transport")
            << QByteArray(R"({"instruments": [{"name": "a", "profile": "p", "transport": "usb"}]})")
            << "instruments[0].transport: 'usb' is not one of pty, tcp";
        QTest::newRow("port out of range")
            << QByteArray(
                   R"({"instruments": [{"name": "a", "profile": "p", "transport": "tcp", "port": 70000}]})")
            << "instruments[0].port: must be a whole number from 0 to 65535";
        QTest::newRow("name twice")
            << QByteArray(
                   R"({"instruments": [{"name": "a", "profile": "p"}, {"name": "a", "profile": "p"}]})")
            << "instruments[1].name: 'a' appears twice";
        QTest::newRow("unknown fault")
            << QByteArray(
                   R"({"instruments": [{"name": "a", "profile": "p", "faults": {"kinds": ["fire"]}}]})")
            << "instruments[0].faults.kinds[0]: 'fire' is not one of no-reply, slow-reply, "
               "garbage, "
               "wrong-terminator, partial-reply, disconnect, new-identity";
        QTest::newRow("wired to nobody")
            << QByteArray(
                   R"({"instruments": [{"name": "a", "profile": "p", "wire": {"instrument": "b", "operation": "m"}}]})")
            << "instruments[0].wire.instrument: no instrument 'b' on this bench";
        QTest::newRow("wire that is a name")
            << QByteArray(R"({"instruments": [{"name": "a", "profile": "p", "wire": "b"}]})")
            << "instruments[0].wire: must be an object with instrument, operation and channel";
        QTest::newRow("wire without operation")
            << QByteArray(
                   R"({"instruments": [{"name": "a", "profile": "p", "wire": {"instrument": "a"}}]})")
            << "instruments[0].wire.operation: missing";
        QTest::newRow("wire without instrument")
            << QByteArray(
                   R"({"instruments": [{"name": "a", "profile": "p", "wire": {"operation": "m"}}]})")
            << "instruments[0].wire.instrument: missing";
        QTest::newRow("wire to channel 0")
            << QByteArray(
                   R"({"instruments": [{"name": "a", "profile": "p", "wire": {"instrument": "a", "operation": "m", "channel": 0}}]})")
            << "instruments[0].wire.channel: must be a whole number from 1 to 256";
        QTest::newRow("wire channel as text")
            << QByteArray(
                   R"({"instruments": [{"name": "a", "profile": "p", "wire": {"instrument": "a", "operation": "m", "channel": "2"}}]})")
            << "instruments[0].wire.channel: must be a whole number from 1 to 256";
        QTest::newRow("time constant of zero")
            << QByteArray(
                   R"({"instruments": [{"name": "a", "profile": "p", "timeConstantMs": 0}]})")
            << "instruments[0].timeConstantMs: must be a whole number from 1 to 3600000";
        QTest::newRow("time constant as text")
            << QByteArray(
                   R"({"instruments": [{"name": "a", "profile": "p", "timeConstantMs": "2s"}]})")
            << "instruments[0].timeConstantMs: must be a whole number from 1 to 3600000";
    }

    void badBenchDescriptionNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!SimBench::parse(json, &why));
        QCOMPARE(why, error);
    }

    void unknownProfileStartsNothing()
    {
        SimBench bench;
        QString error;
        QVERIFY(!bench.start(
            m_registry,
            {spec(QStringLiteral("x"), QStringLiteral("nope"), SimServer::Transport::Tcp, 1)},
            &error));
        QCOMPARE(error, QStringLiteral("x: unknown profile 'nope'"));
        QVERIFY(!bench.isRunning());
        QVERIFY(bench.instruments().isEmpty());
    }

    void benchThatCannotBeWiredStartsNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray psu =
            R"({"name": "psu", "profile": "labdispatch-sim-psu3", "transport": "tcp"})";
        const auto dmmWiredTo = [](const char *operation, int channel) {
            return QStringLiteral(R"({"name": "dmm", "profile": "labdispatch-sim-dmm", )"
                                  R"("transport": "tcp", "wire": {"instrument": "psu", )"
                                  R"("operation": "%1", "channel": %2}})")
                .arg(QLatin1String(operation))
                .arg(channel)
                .toUtf8();
        };
        QTest::newRow("an operation the supply lacks")
            << "{\"instruments\": [" + psu + ',' + dmmWiredTo("measure_power", 1) + "]}"
            << "dmm: wire: psu has no operation 'measure_power'";
        QTest::newRow("a channel the supply lacks")
            << "{\"instruments\": [" + psu + ',' + dmmWiredTo("measure_voltage", 4) + "]}"
            << "dmm: wire: psu has no channel 4";
        QTest::newRow("a time constant for a supply")
            << QByteArray(R"({"instruments": [{"name": "psu", "profile": "labdispatch-sim-psu3",
                              "transport": "tcp", "timeConstantMs": 100}]})")
            << "psu: timeConstantMs: no reading of profile 'labdispatch-sim-psu3' follows a "
               "setpoint";
    }

    void benchThatCannotBeWiredStartsNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        const auto specs = SimBench::parse(json, &why);
        QVERIFY2(specs, qPrintable(why));
        SimBench bench;
        QVERIFY(!bench.start(m_registry, *specs, &why));
        QCOMPARE(why, error);
        QVERIFY(!bench.isRunning());
        QVERIFY(bench.instruments().isEmpty());
    }

    void demoBenchIsCoherent()
    {
        QString error;
        const auto specs = SimBench::load(QStringLiteral("demo"), &error);
        QVERIFY2(specs, qPrintable(error));
        SimBench demo;
        QVERIFY2(demo.start(m_registry, *specs, &error), qPrintable(error));
        QCOMPARE(demo.instruments().size(), specs->size());
        SimClient psu;
        SimClient dmm;
        QVERIFY2(psu.open(demo.resource(QStringLiteral("PSU A")), &error), qPrintable(error));
        QVERIFY2(dmm.open(demo.resource(QStringLiteral("DMM 1")), &error), qPrintable(error));
        QVERIFY(psu.write("SOUR1:VOLT 4.5;OUTP1:STAT ON\n"));
        QCOMPARE(psu.query("*OPC?"), QByteArray("1"));
        QVERIFY(qAbs(dmm.query("MEAS:VOLT:DC?").toDouble() - 4.5) < 0.01);
        SimClient chamber;
        QVERIFY2(chamber.open(demo.resource(QStringLiteral("Chamber")), &error), qPrintable(error));
        QCOMPARE(chamber.query("SOUR:TEMP?").toDouble(), 25.0);
        QVERIFY(qAbs(chamber.query("MEAS:TEMP?").toDouble() - 25.0) < 0.1);
        demo.stop();
        QVERIFY(!demo.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSimBench)
#include "tst_simbench.moc"
