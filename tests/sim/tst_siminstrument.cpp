// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/profileregistry.h"
#include "sim/siminstrument.h"

#include <QTest>

#include <cmath>

using namespace ld;

class TestSimInstrument : public QObject
{
    Q_OBJECT

private:
    ProfileRegistry m_registry;

    std::unique_ptr<SimInstrument> make(const char *profile, quint64 seed = 7)
    {
        const DriverProfile *p = m_registry.find(QString::fromLatin1(profile));
        if (!p)
            qFatal("profile %s missing", profile);
        return std::make_unique<SimInstrument>(*p, seed);
    }

    static QByteArray ask(SimInstrument &sim, const QByteArray &command)
    {
        return sim.handle(command).value_or(QByteArray("<no reply>"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_registry.addDirectory(ProfileRegistry::builtinDirectory());
        QVERIFY2(m_registry.errors().isEmpty(), qPrintable(m_registry.errors().join(u'\n')));
    }

    void answersCommonCommands_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("identity") << QByteArray("*IDN?")
                                  << QByteArray("LabDispatch Simulated,PSU-3303S,SIM000007,2.0.1");
        QTest::newRow("identity, lower case")
            << QByteArray("*idn?") << QByteArray("LabDispatch Simulated,PSU-3303S,SIM000007,2.0.1");
        QTest::newRow("operation complete") << QByteArray("*OPC?") << QByteArray("1");
        QTest::newRow("event status clean") << QByteArray("*ESR?") << QByteArray("0");
        QTest::newRow("status byte clean") << QByteArray("*STB?") << QByteArray("0");
        QTest::newRow("self test passes") << QByteArray("*TST?") << QByteArray("0");
        QTest::newRow("reset then opc") << QByteArray("*RST;*OPC?") << QByteArray("1");
        QTest::newRow("clear has no reply") << QByteArray("*CLS") << QByteArray("<no reply>");
        QTest::newRow("ESE round trip") << QByteArray("*ESE 36;*ESE?") << QByteArray("36");
        QTest::newRow("error queue empty")
            << QByteArray("SYST:ERR?") << QByteArray("0,\"No error\"");
        QTest::newRow("error queue long form")
            << QByteArray(":SYSTem:ERRor:NEXT?") << QByteArray("0,\"No error\"");
    }

    void answersCommonCommands()
    {
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, reply);
        auto sim = make("labdispatch-sim-psu3");
        QCOMPARE(ask(*sim, command), reply);
        QCOMPARE(sim->errorCount(), 0);
    }

    void errorQueueReportsScpiCodes_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("error");
        QTest::addColumn<int>("esrBit");
        QTest::newRow("unknown header")
            << QByteArray("FOO:BAR 1") << QByteArray("-113,\"Undefined header\"") << 5;
        QTest::newRow("unknown common command")
            << QByteArray("*FOO?") << QByteArray("-113,\"Undefined header\"") << 5;
        QTest::newRow("voltage out of range")
            << QByteArray("SOUR1:VOLT 45") << QByteArray("-222,\"Data out of range\"") << 4;
        QTest::newRow("voltage not a number")
            << QByteArray("SOUR1:VOLT abc") << QByteArray("-104,\"Data type error\"") << 5;
        QTest::newRow("channel out of range")
            << QByteArray("SOUR4:VOLT 1") << QByteArray("-114,\"Header suffix out of range\"") << 5;
        QTest::newRow("enum value unknown") << QByteArray("OUTP1:STAT MAYBE")
                                            << QByteArray("-224,\"Illegal parameter value\"") << 4;
        QTest::newRow("parameter missing")
            << QByteArray("SOUR1:VOLT") << QByteArray("-109,\"Missing parameter\"") << 5;
    }

    void errorQueueReportsScpiCodes()
    {
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, error);
        QFETCH(int, esrBit);
        auto sim = make("labdispatch-sim-psu3");
        QCOMPARE(sim->handle(command), std::nullopt);
        QCOMPARE(ask(*sim, "*STB?"), QByteArray("4")); // Error/event queue not empty.
        QCOMPARE(ask(*sim, "*ESR?"), QByteArray::number(1 << esrBit));
        QCOMPARE(ask(*sim, "SYST:ERR?"), error);
        QCOMPARE(ask(*sim, "SYST:ERR?"), QByteArray("0,\"No error\""));
        QCOMPARE(ask(*sim, "*ESR?"), QByteArray("0"));
    }

    void rejectedValueLeavesSettingUnchanged()
    {
        auto sim = make("labdispatch-sim-psu3");
        QVERIFY(!sim->handle("SOUR2:VOLT 12"));
        QVERIFY(!sim->handle("SOUR2:VOLT 31"));
        QCOMPARE(ask(*sim, "SOUR2:VOLT?").toDouble(), 12.0);
    }

    void quotedStringWithDoubledQuotesIsOneArgument()
    {
        // What DriverProfile sends for the text: say "hi"; now
        auto sim = make("labdispatch-sim-dmm");
        QCOMPARE(ask(*sim, "DISP:TEXT \"say \"\"hi\"\"; now\";*OPC?"), QByteArray("1"));
        QCOMPARE(sim->errorCount(), 0);
    }

    void errorQueueOverflowKeepsTheOldestAndSaysSo()
    {
        auto sim = make("labdispatch-sim-psu3");
        for (int i = 0; i < 15; ++i)
            sim->handle("NOPE");
        QCOMPARE(sim->errorCount(), 10);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(ask(*sim, "SYST:ERR?"), QByteArray("-113,\"Undefined header\""));
        QCOMPARE(ask(*sim, "SYST:ERR?"), QByteArray("-350,\"Queue overflow\""));
    }

    void everyOperationAnswersItsOwnDefaultCommand_data()
    {
        QTest::addColumn<QString>("profile");
        for (const DriverProfile &p : m_registry.profiles())
            QTest::newRow(qPrintable(p.id)) << p.id;
    }

    void everyOperationAnswersItsOwnDefaultCommand()
    {
        QFETCH(QString, profile);
        const DriverProfile &p = *m_registry.find(profile);
        SimInstrument sim(p, 3);
        int checked = 0;
        for (const DriverProfile::Operation &op : p.operations) {
            QVariantMap values;
            for (const DriverProfile::Parameter &param : op.parameters) {
                if (!param.defaultValue
                         .isValid()) // The generic free-form ones: ask a real command.
                    values.insert(param.name, op.reply == DriverProfile::ReplyType::None
                                                  ? QStringLiteral("*CLS")
                                                  : QStringLiteral("*IDN?"));
            }
            const DriverProfile::Command command = op.format(values);
            QVERIFY2(command.ok(), qPrintable(op.id + QStringLiteral(": ") + command.error));
            const std::optional<QByteArray> reply = sim.handle(command.command);
            QCOMPARE(reply.has_value(), op.reply != DriverProfile::ReplyType::None || op.opc);
            if (reply && !op.opc) {
                const DriverProfile::Reply parsed = op.parseReply(*reply);
                QVERIFY2(parsed.ok(), qPrintable(op.id + QStringLiteral(": ") + parsed.error));
            }
            QVERIFY2(sim.errorCount() == 0, qPrintable(op.id + QStringLiteral(": ") +
                                                       QString::fromUtf8(ask(sim, "SYST:ERR?"))));
            ++checked;
        }
        QCOMPARE(checked, p.operations.size());
    }

    void supplyMeasuresWhatIsSetWhileOutputIsOn()
    {
        auto sim = make("labdispatch-sim-psu3");
        QVERIFY(!sim->handle("SOUR3:VOLT 5;SOUR3:CURR 0.2"));
        QVERIFY(qAbs(ask(*sim, "MEAS3:VOLT?").toDouble()) < 0.01); // Output still off: noise only.
        QVERIFY(!sim->handle("OUTP3:STAT ON"));
        QCOMPARE(ask(*sim, "OUTP3:STAT?"), QByteArray("ON"));
        QVERIFY(qAbs(ask(*sim, "MEAS3:VOLT?").toDouble() - 5.0) < 0.01);
        // 10 ohm load: 0.5 A wanted, the 0.2 A limit wins.
        QVERIFY(qAbs(ask(*sim, "MEAS3:CURR?").toDouble() - 0.2) < 0.01);
        QVERIFY(qAbs(ask(*sim, "MEAS1:VOLT?").toDouble()) < 0.01); // Other channels untouched.
        QVERIFY(!sim->handle("*RST"));
        QVERIFY(qAbs(ask(*sim, "MEAS3:VOLT?").toDouble()) < 0.01);
    }

    void meterWiredToSupplyReadsItsVoltage()
    {
        auto psu = make("labdispatch-sim-psu3", 1);
        auto dmm = make("labdispatch-sim-dmm", 2);
        dmm->wire(psu.get(), QStringLiteral("measure_voltage"), 2);
        QVERIFY(qAbs(ask(*dmm, "MEAS:VOLT:DC?").toDouble()) < 0.01);
        QVERIFY(!psu->handle("SOUR2:VOLT 7.25;OUTP2:STAT ON"));
        QVERIFY(qAbs(ask(*dmm, "MEAS:VOLT:DC?").toDouble() - 7.25) < 0.01);
        const QList<QByteArray> burst = ask(*dmm, "FETC:ARR? 5").split(',');
        QCOMPARE(burst.size(), 5);
        for (const QByteArray &v : burst)
            QVERIFY(qAbs(v.toDouble() - 7.25) < 0.01);
    }

    void supplyKeepsOutputAndSetpointsPerChannel()
    {
        auto sim = make("labdispatch-sim-psu3");
        QVERIFY(!sim->handle("SOUR1:VOLT 1.5;SOUR1:CURR 0.5;OUTP1:STAT ON"));
        QVERIFY(!sim->handle("SOUR2:VOLT 12;SOUR2:CURR 2.5"));
        QVERIFY(!sim->handle("SOUR3:VOLT 29.5;OUTP3:STAT on"));
        QCOMPARE(ask(*sim, "SOUR1:VOLT?;SOUR2:VOLT?;SOUR3:VOLT?"),
                 QByteArray("+1.500000E+00;+1.200000E+01;+2.950000E+01"));
        // Channel 3's limit was never set: the set operation's default, 1 A.
        QCOMPARE(ask(*sim, "SOUR1:CURR?;SOUR2:CURR?;SOUR3:CURR?"),
                 QByteArray("+5.000000E-01;+2.500000E+00;+1.000000E+00"));
        QCOMPARE(ask(*sim, "OUTP1:STAT?;OUTP2:STAT?;OUTP3:STAT?"), QByteArray("ON;OFF;ON"));
        QVERIFY(qAbs(ask(*sim, "MEAS1:VOLT?").toDouble() - 1.5) < 0.01);
        QVERIFY(qAbs(ask(*sim, "MEAS2:VOLT?").toDouble()) < 0.01); // Set, but switched off.
        QVERIFY(qAbs(ask(*sim, "MEAS3:VOLT?").toDouble() - 29.5) < 0.01);
        QVERIFY(!sim->handle("OUTP1:STAT OFF"));
        QVERIFY(qAbs(ask(*sim, "MEAS1:VOLT?").toDouble()) < 0.01);
        QCOMPARE(ask(*sim, "SOUR1:VOLT?"), QByteArray("+1.500000E+00")); // Off keeps the setpoint.
        QCOMPARE(sim->errorCount(), 0);
    }

    void safeStateOfEveryShippedProfileRunsOnItsSimulator_data()
    {
        QTest::addColumn<QString>("profile");
        for (const DriverProfile &p : m_registry.profiles())
            QTest::newRow(qPrintable(p.id)) << p.id;
    }

    void safeStateOfEveryShippedProfileRunsOnItsSimulator()
    {
        QFETCH(QString, profile);
        const DriverProfile &p = *m_registry.find(profile);
        SimInstrument sim(p, 5);
        // Everything on first, where the profile can switch it on.
        for (int channel = 1; channel <= std::max(p.channels, 1); ++channel) {
            const DriverProfile::Operation *output = p.operation(QStringLiteral("set_output"));
            if (!output)
                break;
            QVariantMap on{{QStringLiteral("state"), QStringLiteral("ON")}};
            if (output->parameter(QStringLiteral("channel")))
                on.insert(QStringLiteral("channel"), channel);
            QVERIFY(!sim.handle(output->format(on).command));
        }
        for (const DriverProfile::SafeCommand &c : p.safeStateCommands()) {
            QVERIFY2(c.command.ok(), qPrintable(c.command.error));
            const std::optional<QByteArray> reply = sim.handle(c.command.command);
            QCOMPARE(reply.has_value(), p.operation(c.operation)->opc);
        }
        QVERIFY2(sim.errorCount() == 0, qPrintable(QString::fromUtf8(ask(sim, "SYST:ERR?"))));
        if (p.operation(QStringLiteral("query_output"))) {
            for (int channel = 1; channel <= std::max(p.channels, 1); ++channel) {
                const QByteArray query = p.channels > 0
                                             ? "OUTP" + QByteArray::number(channel) + ":STAT?"
                                             : QByteArray("OUTP?");
                QCOMPARE(ask(sim, query), QByteArray("OFF"));
            }
        }
    }

    void ovenFollowsItsSetpointAsAFirstOrderLag()
    {
        auto oven = make("labdispatch-sim-oven");
        qint64 now = 1'000'000'000;
        oven->setClock([&now] { return now; });
        const auto temperature = [&] {
            return oven->evaluate(QStringLiteral("measure_temperature"), 1, false);
        };
        const auto after = [&](int ms) {
            now += qint64(ms) * 1'000'000;
            return temperature();
        };
        QCOMPARE(temperature(), 25.0); // Starts settled at its default setpoint.
        QCOMPARE(after(60'000), 25.0);
        QVERIFY(!oven->handle("SOUR:TEMP 80"));
        QCOMPARE(ask(*oven, "SOUR:TEMP?"), QByteArray("+8.000000E+01"));
        QCOMPARE(temperature(), 25.0); // No time has passed: no jump.
        // The profile's time constant, 2 s: 63 % of the step after one, 86 % after two.
        QVERIFY(qFuzzyCompare(after(2000), 80.0 - 55.0 * std::exp(-1.0)));
        QVERIFY(qFuzzyCompare(after(2000), 80.0 - 55.0 * std::exp(-2.0)));
        // A new setpoint on the way: it turns from where it is, without a jump.
        const double turning = temperature();
        QVERIFY(!oven->handle("SOUR:TEMP 30"));
        QCOMPARE(temperature(), turning);
        QVERIFY(qFuzzyCompare(after(1000), 30.0 + (turning - 30.0) * std::exp(-0.5)));
        QVERIFY(qAbs(after(60'000) - 30.0) < 1e-9);
        // The reading over the wire is the same plus a little noise.
        QVERIFY(qAbs(ask(*oven, "MEAS:TEMP?").toDouble() - 30.0) < 0.1);
        // *RST sends the setpoint back to 25 °C; the chamber's air does not jump there.
        QVERIFY(!oven->handle("*RST"));
        QCOMPARE(ask(*oven, "SOUR:TEMP?"), QByteArray("+2.500000E+01"));
        QCOMPARE(temperature(), 30.0);
        QVERIFY(qFuzzyCompare(after(2000), 25.0 + 5.0 * std::exp(-1.0)));
    }

    void ovenReadingDoesNotDependOnHowOftenItIsRead()
    {
        qint64 now = 0;
        const auto run = [&](int reads) {
            auto oven = make("labdispatch-sim-oven");
            now = 0;
            oven->setClock([&now] { return now; });
            oven->handle("SOUR:TEMP 150");
            for (int i = 0; i < reads; ++i) {
                now += 3'000'000'000LL / reads;
                oven->evaluate(QStringLiteral("measure_temperature"), 1, false);
            }
            return oven->evaluate(QStringLiteral("measure_temperature"), 1, false);
        };
        const double once = run(1);
        QVERIFY(qFuzzyCompare(once, 150.0 - 125.0 * std::exp(-1.5)));
        QVERIFY(qFuzzyCompare(run(300), once));
    }

    void benchTimeConstantReplacesTheProfiles()
    {
        auto oven = make("labdispatch-sim-oven");
        qint64 now = 0;
        oven->setClock([&now] { return now; });
        QVERIFY(oven->setTimeConstantMs(100));
        oven->handle("SOUR:TEMP -15");
        now += 100'000'000;
        QVERIFY(qFuzzyCompare(oven->evaluate(QStringLiteral("measure_temperature"), 1, false),
                              -15.0 + 40.0 * std::exp(-1.0)));
        // Nothing of a supply follows a setpoint: a time constant there is a mistake.
        QVERIFY(!make("labdispatch-sim-psu3")->setTimeConstantMs(100));
    }

    void meterWiredToAnOvenReadsItsTemperature()
    {
        auto oven = make("labdispatch-sim-oven", 1);
        auto dmm = make("labdispatch-sim-dmm", 2);
        qint64 now = 0;
        oven->setClock([&now] { return now; });
        dmm->wire(oven.get(), QStringLiteral("measure_temperature"), 1);
        oven->handle("SOUR:TEMP 100");
        now += 2'000'000'000;
        QVERIFY(qAbs(ask(*dmm, "MEAS:VOLT:DC?").toDouble() - (100.0 - 75.0 * std::exp(-1.0))) <
                0.001);
    }

    void sameSeedGivesSameReplies()
    {
        const QList<QByteArray> script{"MEAS:TEMP?",  "MEAS:HUM?",  "MEAS:TEMP?",
                                       "SENS:AVER 8", "MEAS:TEMP?", "*IDN?"};
        const auto run = [&](quint64 seed) {
            auto sim = make("labdispatch-sim-thermometer", seed);
            QList<QByteArray> replies;
            for (const QByteArray &c : script)
                replies.append(ask(*sim, c));
            return replies;
        };
        QCOMPARE(run(42), run(42));
        QVERIFY(run(42) != run(43));
    }

    void sensorDriftsSlowlyAroundItsNominal()
    {
        auto sim = make("labdispatch-sim-thermometer");
        QSet<QByteArray> distinct;
        double previous = ask(*sim, "MEAS:TEMP?").toDouble();
        for (int i = 0; i < 500; ++i) {
            const QByteArray reply = ask(*sim, "MEAS:TEMP?");
            const double v = reply.toDouble();
            QVERIFY2(qAbs(v - 23.5) < 2.0, reply.constData());
            QVERIFY2(qAbs(v - previous) < 0.2, reply.constData()); // No jumps between reads.
            distinct.insert(reply);
            previous = v;
        }
        QVERIFY(distinct.size() > 100);
    }

    void blockQueryReturnsDefiniteLengthBlock()
    {
        auto fgen = make("labdispatch-sim-fgen");
        QVERIFY(!fgen->handle("SOUR:VOLT 4;OUTP ON;SOUR:FUNC SQU"));
        const QByteArray block = ask(*fgen, "DATA:WAV? 100");
        QVERIFY(block.startsWith("#3400"));
        QCOMPARE(block.size(), 5 + 400);
        const DriverProfile::Reply r =
            fgen->profile().operation(QStringLiteral("read_waveform"))->parseReply(block);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QList<double> samples = r.value.value<QList<double>>();
        QCOMPARE(samples.size(), 100);
        QVERIFY(qAbs(samples.first() - 2.0) < 0.01); // Square wave: +A/2 first half
        QVERIFY(qAbs(samples.last() + 2.0) < 0.01);  // and -A/2 second half.
    }

    void compoundMessageJoinsReplies()
    {
        auto psu = make("labdispatch-sim-psu3");
        QCOMPARE(ask(*psu, "SOUR1:VOLT 3;SOUR1:VOLT?;*OPC?"), QByteArray("+3.000000E+00;1"));
    }

    void newIdentityKeepsProfileBehaviour()
    {
        auto psu = make("labdispatch-sim-psu3");
        SimInstrument::Identity id = psu->identity();
        id.serial = QStringLiteral("OTHER");
        psu->setIdentity(id);
        QCOMPARE(ask(*psu, "*IDN?"), QByteArray("LabDispatch Simulated,PSU-3303S,OTHER,2.0.1"));
    }
};

QTEST_GUILESS_MAIN(TestSimInstrument)
#include "tst_siminstrument.moc"
