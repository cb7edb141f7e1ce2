// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/driverprofileloader.h"
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

    /**
     * A level without limits or noise, a quoted text before a count, a free-form label and a
     * header whose channel suffix comes before the space: the template shapes the simulator
     * recognises commands by.
     */
    static std::unique_ptr<SimInstrument> makeShapes()
    {
        const QByteArray json = R"({"schema": 1, "id": "shapes", "name": "Shapes", "kind": "other",
            "match": {"vendor": "^X$", "model": "^Y$"}, "rawScpi": false,
            "operations": [
              {"id": "set_level", "name": "L", "kind": "set", "command": "LEV {level}",
               "parameters": [{"name": "level", "type": "double", "default": 0.5}],
               "reply": "none", "sim": {"store": "lev"}},
              {"id": "query_level", "name": "LQ", "kind": "query", "command": "LEV?",
               "reply": "number", "sim": {"load": "lev"}},
              {"id": "set_display", "name": "D", "kind": "set", "command": "DISP:TEXT {text},{n}",
               "parameters": [{"name": "text", "type": "string", "quoted": true, "default": ""},
                              {"name": "n", "type": "int", "min": 0, "max": 9, "default": 1}],
               "reply": "none", "sim": {"store": "disp"}},
              {"id": "query_display", "name": "DQ", "kind": "query", "command": "DISP:TEXT?",
               "reply": "string", "sim": {"load": "disp"}},
              {"id": "set_label", "name": "S", "kind": "set", "command": "SYST:LABEL {label}",
               "parameters": [{"name": "label", "type": "string", "default": "none"}],
               "reply": "none", "sim": {"store": "label"}},
              {"id": "query_label", "name": "SQ", "kind": "query", "command": "SYST:LABEL?",
               "reply": "string", "sim": {"load": "label"}},
              {"id": "set_channel", "name": "C", "kind": "set", "command": "CHAN{ch}:LEV {value}",
               "parameters": [{"name": "ch", "type": "int", "min": 1, "max": 4, "default": 1},
                              {"name": "value", "type": "double", "default": 0}],
               "reply": "none", "sim": {"store": "chan"}}
            ]})";
        DriverProfileLoader::Result loaded =
            DriverProfileLoader::parse(json, QStringLiteral("shapes"));
        if (!loaded.profile)
            qFatal("shapes: %s", qPrintable(loaded.error));
        return std::make_unique<SimInstrument>(*loaded.profile, 7);
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

    void numberRepliesKeepTheirText_data()
    {
        // Each text is what the simulator wrote before (QString::asprintf("%+.6E")): ties
        // rounded away from zero, no minus for -0, a sign on NaN.
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("plain") << QByteArray("23.5") << QByteArray("+2.350000E+01");
        QTest::newRow("negative") << QByteArray("-23.5") << QByteArray("-2.350000E+01");
        QTest::newRow("zero") << QByteArray("0") << QByteArray("+0.000000E+00");
        QTest::newRow("negative zero has no minus")
            << QByteArray("-0") << QByteArray("+0.000000E+00");
        QTest::newRow("small") << QByteArray("1e-7") << QByteArray("+1.000000E-07");
        QTest::newRow("a tenth") << QByteArray("0.1") << QByteArray("+1.000000E-01");
        QTest::newRow("rounded") << QByteArray("123456789") << QByteArray("+1.234568E+08");
        QTest::newRow("just below a tie") << QByteArray("9.9999995") << QByteArray("+9.999999E+00");
        QTest::newRow("tie on a fraction rounds up")
            << QByteArray("0.00048828125") << QByteArray("+4.882813E-04");
        QTest::newRow("tie on a half rounds up")
            << QByteArray("1000000.5") << QByteArray("+1.000001E+06");
        QTest::newRow("negative tie rounds away from zero")
            << QByteArray("-1000000.5") << QByteArray("-1.000001E+06");
        QTest::newRow("tie on an even digit rounds up")
            << QByteArray("12345665") << QByteArray("+1.234567E+07");
        QTest::newRow("negative tie on an even digit")
            << QByteArray("-12345665") << QByteArray("-1.234567E+07");
        QTest::newRow("tie on an odd digit")
            << QByteArray("12345675") << QByteArray("+1.234568E+07");
        QTest::newRow("tie carries into the exponent")
            << QByteArray("99999995") << QByteArray("+1.000000E+08");
        QTest::newRow("huge") << QByteArray("1e300") << QByteArray("+1.000000E+300");
        QTest::newRow("largest") << QByteArray("1.7976931348623157e308")
                                 << QByteArray("+1.797693E+308");
        QTest::newRow("tiny negative") << QByteArray("-1e-300") << QByteArray("-1.000000E-300");
        QTest::newRow("subnormal") << QByteArray("2.5e-310") << QByteArray("+2.500000E-310");
        QTest::newRow("smallest subnormal")
            << QByteArray("4.9406564584124654e-324") << QByteArray("+4.940656E-324");
        QTest::newRow("infinity") << QByteArray("inf") << QByteArray("+INF");
        QTest::newRow("negative infinity") << QByteArray("-inf") << QByteArray("-INF");
        QTest::newRow("not a number") << QByteArray("nan") << QByteArray("+NAN");
    }

    void numberRepliesKeepTheirText()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, reply);
        auto sim = makeShapes();
        QCOMPARE(ask(*sim, "LEV " + value + ";LEV?"), reply);
        QCOMPARE(sim->errorCount(), 0);
    }

    void commandsMatchTheirTemplate_data()
    {
        // The rules of the patterns the simulator matched with before: any case, an optional
        // leading colon, white space as in the template, a quoted text whose closing quote is
        // the last one that still lets the rest match, and a free-form text to the line's end.
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("lower case and a leading colon")
            << QByteArray(":lev 2;:Lev?") << QByteArray("+2.000000E+00");
        QTest::newRow("two leading colons are no header")
            << QByteArray("::LEV?") << QByteArray("<no reply>");
        QTest::newRow("tabs and runs of spaces separate")
            << QByteArray("LEV\t \t3;LEV?") << QByteArray("+3.000000E+00");
        QTest::newRow("a non-breaking space does not") << QByteArray("LEV\xc2\xa0"
                                                                     "3;LEV?")
                                                       << QByteArray("<no reply>");
        QTest::newRow("a number stops at a comma")
            << QByteArray("LEV 1,2") << QByteArray("<no reply>");
        QTest::newRow("doubled quotes stand for one")
            << QByteArray("DISP:TEXT \"a\"\"b\",3;DISP:TEXT?") << QByteArray("a\"b");
        QTest::newRow("a comma inside quotes is text")
            << QByteArray("DISP:TEXT \"x,y\",2;DISP:TEXT?") << QByteArray("x,y");
        QTest::newRow("the closing quote is the one the count follows")
            << QByteArray("DISP:TEXT \"a\",\"b\",3;DISP:TEXT?") << QByteArray("a\",\"b");
        QTest::newRow("an unquoted word instead of a text")
            << QByteArray("DISP:TEXT abc,1;DISP:TEXT?") << QByteArray("abc");
        QTest::newRow("a free-form label keeps its spaces")
            << QByteArray("SYST:LABEL hello  world;SYST:LABEL?") << QByteArray("hello  world");
        QTest::newRow("a free-form label stops at a semicolon")
            << QByteArray("SYST:LABEL a;SYST:LABEL?") << QByteArray("a");
        QTest::newRow("a channel suffix before the header's end")
            << QByteArray("CHAN3:LEV 1.5;CHAN3:LEV 2") << QByteArray("<no reply>");
        QTest::newRow("a long-s matches an s, as case folding says")
            << QByteArray("\xc5\xbfyst:err?") << QByteArray("0,\"No error\"");
    }

    void commandsMatchTheirTemplate()
    {
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, reply);
        auto sim = makeShapes();
        QCOMPARE(ask(*sim, command), reply);
    }

    void missingAndBadParametersQueueTheirErrors_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("header without its parameter")
            << QByteArray("LEV") << QByteArray("-109,\"Missing parameter\"");
        QTest::newRow("channel header without its parameter")
            << QByteArray("CHAN2:LEV") << QByteArray("-109,\"Missing parameter\"");
        QTest::newRow("channel out of range")
            << QByteArray("CHAN5:LEV 1") << QByteArray("-222,\"Data out of range\"");
        QTest::newRow("a word for a number")
            << QByteArray("LEV abc") << QByteArray("-104,\"Data type error\"");
        QTest::newRow("a fraction for a count")
            << QByteArray("DISP:TEXT \"a\",1.5") << QByteArray("-104,\"Data type error\"");
        QTest::newRow("unknown header")
            << QByteArray("LEVEL 1") << QByteArray("-113,\"Undefined header\"");
    }

    void missingAndBadParametersQueueTheirErrors()
    {
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, error);
        auto sim = makeShapes();
        QCOMPARE(ask(*sim, command), QByteArray("<no reply>"));
        QCOMPARE(ask(*sim, "SYST:ERR?"), error);
        QCOMPARE(sim->errorCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimInstrument)
#include "tst_siminstrument.moc"
