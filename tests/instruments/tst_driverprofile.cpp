// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/driverprofile.h"
#include "instruments/driverprofileloader.h"
#include "instruments/profileregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>

using namespace ld;

namespace {

const QStringList kShippedIds{
    QStringLiteral("generic-scpi"),         QStringLiteral("labdispatch-sim-dmm"),
    QStringLiteral("labdispatch-sim-fgen"), QStringLiteral("labdispatch-sim-oven"),
    QStringLiteral("labdispatch-sim-psu3"), QStringLiteral("labdispatch-sim-thermometer")};

/** A minimal valid profile; rows replace one piece of it to break exactly one field. */
QByteArray profileWith(const char *operations, const char *head = "\"schema\": 1,",
                       const char *match = "\"match\": {\"vendor\": \"^ACME$\", \"model\": \"X\"},")
{
    return QByteArray("{") + head + "\"id\": \"acme-x\", \"name\": \"ACME X\", \"kind\": \"dmm\"," +
           match + "\"operations\": " + operations + "}";
}

/**
 * Operations with each kind of parameter the shipped profiles lack: unquoted text, an integer
 * without limits, a double without limits, and a quoted text before a later parameter.
 */
const char *kSafetyOperations = R"([
  {"id": "set_label", "name": "L", "kind": "set", "command": "SYST:LABEL {label}", "reply": "none",
   "parameters": [{"name": "label", "type": "string"}]},
  {"id": "set_count", "name": "C", "kind": "set", "command": "SAMP:COUN {n}", "reply": "none",
   "parameters": [{"name": "n", "type": "int"}]},
  {"id": "set_level", "name": "V", "kind": "set", "command": "LEV {level}", "reply": "none",
   "parameters": [{"name": "level", "type": "double"}]},
  {"id": "show", "name": "S", "kind": "set", "command": "DISP:TEXT {text},{n}", "reply": "none",
   "parameters": [{"name": "text", "type": "string", "quoted": true}, {"name": "n", "type": "int"}]}
])";

/** Operations a safe state may and may not use: rows pick them by id. */
const char *kSafeStateOperations = R"([
  {"id": "set_output", "name": "O", "kind": "set", "command": "OUTP{channel} {state}", "reply": "none",
   "parameters": [{"name": "channel", "type": "int", "min": 1, "max": 2, "default": 1},
                  {"name": "state", "label": "output", "type": "enum", "values": ["ON", "OFF"]}]},
  {"id": "set_level", "name": "L", "kind": "set", "command": "LEV {level}", "reply": "none",
   "parameters": [{"name": "level", "type": "double", "unit": "V", "min": 0, "max": 30}]},
  {"id": "set_label", "name": "T", "kind": "set", "command": "SYST:LABEL {label}", "reply": "none",
   "parameters": [{"name": "label", "type": "string"}]},
  {"id": "reset", "name": "R", "kind": "set", "command": "*RST", "reply": "none", "opc": true},
  {"id": "measure", "name": "M", "kind": "measure", "command": "MEAS?", "reply": "number"},
  {"id": "query_level", "name": "Q", "kind": "query", "command": "LEV?", "reply": "number"}
])";

/** A profile with kSafeStateOperations and `safeState` set to the JSON text `safeState`. */
QByteArray profileWithSafeState(const char *safeState)
{
    const QByteArray head = QByteArray("\"schema\": 1, \"safeState\": ") + safeState + ",";
    return profileWith(kSafeStateOperations, head.constData());
}

} // namespace

class TestDriverProfile : public QObject
{
    Q_OBJECT

private:
    ProfileRegistry m_registry;

    const DriverProfile::Operation &op(const QString &profile, const QString &id)
    {
        const DriverProfile *p = m_registry.find(profile);
        if (!p)
            qFatal("profile %s not loaded", qPrintable(profile));
        const DriverProfile::Operation *o = p->operation(id);
        if (!o)
            qFatal("operation %s/%s missing", qPrintable(profile), qPrintable(id));
        return *o;
    }

    /** The row's `json` is refused with exactly its `expected` error. */
    static void refusedWithTheExpectedError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const DriverProfileLoader::Result r =
            DriverProfileLoader::parse(json, QStringLiteral("/some/where/broken.json"));
        QVERIFY(!r.profile);
        QCOMPARE(r.error, expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LABDISPATCH_SOURCE_DIR"),
                 "LABDISPATCH_SOURCE_DIR must name the source tree");
        m_registry.addDirectory(ProfileRegistry::builtinDirectory());
    }

    void everyShippedProfileLoads()
    {
        QVERIFY2(m_registry.errors().isEmpty(), qPrintable(m_registry.errors().join(u'\n')));
        const QDir dir(ProfileRegistry::builtinDirectory());
        QCOMPARE(m_registry.profiles().size(),
                 dir.entryList({QStringLiteral("*.json")}, QDir::Files).size());
        for (const QString &id : kShippedIds)
            QVERIFY2(m_registry.find(id), qPrintable(id));
        for (const DriverProfile &p : m_registry.profiles()) {
            QVERIFY(!p.operations.isEmpty());
            QVERIFY2(p.operation(QStringLiteral("identify")), qPrintable(p.id));
        }
    }

    void everyProfileOffersTheRawQueryAndWriteUnlessItSaysNo_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("offered");
        const char *identify =
            R"([{"id": "identify", "name": "I", "kind": "query", "command": "*IDN?",
                 "reply": "idn"}])";
        QTest::newRow("a profile that says nothing offers them") << profileWith(identify) << true;
        QTest::newRow("rawScpi true offers them")
            << profileWith(identify, "\"schema\": 1, \"rawScpi\": true,") << true;
        QTest::newRow("rawScpi false offers neither")
            << profileWith(identify, "\"schema\": 1, \"rawScpi\": false,") << false;
    }
    void everyProfileOffersTheRawQueryAndWriteUnlessItSaysNo()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, offered);
        const DriverProfileLoader::Result r = DriverProfileLoader::parse(json, QStringLiteral("x"));
        QVERIFY2(r.profile, qPrintable(r.error));
        QCOMPARE(r.profile->rawScpi, offered);
        for (const char *id : {"query", "write"}) {
            const DriverProfile::Operation *o = r.profile->operation(QLatin1String(id));
            QCOMPARE(o != nullptr, offered);
            if (!o)
                continue;
            QCOMPARE(o->parameters.size(), 1);
            QVERIFY(o->parameters.constFirst().raw);
            QVERIFY(!o->repeatSafe);
            QCOMPARE(o->reply, qstrcmp(id, "query") == 0 ? DriverProfile::ReplyType::String
                                                         : DriverProfile::ReplyType::None);
            QCOMPARE(
                o->format({{QStringLiteral("command"), QStringLiteral("*CLS;*ESE 1")}}).command,
                QByteArray("*CLS;*ESE 1"));
        }
    }

    void theShippedProfilesOfferTheRawOperationsOnce()
    {
        for (const QString &id : kShippedIds) {
            const DriverProfile *p = m_registry.find(id);
            QVERIFY2(p, qPrintable(id));
            for (const char *raw : {"query", "write"}) {
                const auto count = std::count_if(p->operations.cbegin(), p->operations.cend(),
                                                 [raw](const DriverProfile::Operation &o) {
                                                     return o.id == QLatin1String(raw);
                                                 });
                QVERIFY2(count == 1, qPrintable(id + QLatin1Char(' ') + QLatin1String(raw)));
            }
        }
        // The generic profile no longer lists them itself: one definition, not two.
        QFile generic(ProfileRegistry::builtinDirectory() + QStringLiteral("/generic-scpi.json"));
        QVERIFY(generic.open(QIODevice::ReadOnly));
        QVERIFY(!generic.readAll().contains("\"raw\""));
    }

    void aProfilesOwnQueryKeepsItsDefinition()
    {
        const DriverProfileLoader::Result r = DriverProfileLoader::parse(
            profileWith(R"([{"id": "query", "name": "Q", "kind": "query", "command": "LEV?",
                            "reply": "number"}])"),
            QStringLiteral("x"));
        QVERIFY2(r.profile, qPrintable(r.error));
        QCOMPARE(r.profile->operation(QStringLiteral("query"))->command, QStringLiteral("LEV?"));
        QVERIFY(r.profile->operation(QStringLiteral("write")));
    }

    void brokenProfileNamesFileAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedPrefix");
        const char *okOp = "{\"id\": \"m\", \"name\": \"M\", \"kind\": \"measure\", \"command\": "
                           "\"MEAS?\", \"reply\": \"number\"}";
        QTest::newRow("operation without command")
            << profileWith("[{\"id\": \"m\", \"name\": \"M\", \"kind\": \"query\", \"command\": "
                           "\"A?\", \"reply\": \"string\"}, {\"id\": \"n\", \"name\": \"N\", "
                           "\"kind\": \"query\", \"reply\": \"string\"}]")
            << QStringLiteral("broken.json: operations[1].command: missing");
        QTest::newRow("unknown reply type")
            << profileWith("[{\"id\": \"m\", \"name\": \"M\", \"kind\": \"query\", \"command\": "
                           "\"A?\", \"reply\": \"float\"}]")
            << QStringLiteral("broken.json: operations[0].reply: 'float' is not one of");
        QTest::newRow("placeholder without parameter")
            << profileWith("[{\"id\": \"s\", \"name\": \"S\", \"kind\": \"set\", \"command\": "
                           "\"VOLT {value}\", \"reply\": \"none\"}]")
            << QStringLiteral(
                   "broken.json: operations[0].command: placeholder {value} has no parameter");
        QTest::newRow("parameter the command never uses")
            << profileWith("[{\"id\": \"s\", \"name\": \"S\", \"kind\": \"set\", \"command\": "
                           "\"VOLT 1\", \"reply\": \"none\", \"parameters\": [{\"name\": "
                           "\"value\", \"type\": \"double\"}]}]")
            << QStringLiteral("broken.json: operations[0].parameters[0].name: 'value' is not used");
        QTest::newRow("enum without values")
            << profileWith("[{\"id\": \"s\", \"name\": \"S\", \"kind\": \"set\", \"command\": "
                           "\"FUNC {f}\", \"reply\": \"none\", \"parameters\": [{\"name\": \"f\", "
                           "\"type\": \"enum\"}]}]")
            << QStringLiteral("broken.json: operations[0].parameters[0].values: missing");
        QTest::newRow("default above its own limit")
            << profileWith("[{\"id\": \"s\", \"name\": \"S\", \"kind\": \"set\", \"command\": "
                           "\"VOLT {value}\", \"reply\": \"none\", \"parameters\": [{\"name\": "
                           "\"value\", \"label\": \"voltage\", \"type\": \"double\", \"unit\": "
                           "\"V\", \"max\": 30, \"default\": 50}]}]")
            << QStringLiteral("broken.json: operations[0].parameters[0].default: voltage 50 V "
                              "above the limit 30 V");
        QTest::newRow("unknown parameter type")
            << profileWith("[{\"id\": \"s\", \"name\": \"S\", \"kind\": \"set\", \"command\": "
                           "\"VOLT {value}\", \"reply\": \"none\", \"parameters\": [{\"name\": "
                           "\"value\", \"type\": \"float\"}]}]")
            << QStringLiteral(
                   "broken.json: operations[0].parameters[0].type: 'float' is not one of");
        QTest::newRow("raw on a number")
            << profileWith("[{\"id\": \"s\", \"name\": \"S\", \"kind\": \"set\", \"command\": "
                           "\"{value}\", \"reply\": \"none\", \"parameters\": [{\"name\": "
                           "\"value\", \"type\": \"double\", \"raw\": true}]}]")
            << QStringLiteral(
                   "broken.json: operations[0].parameters[0].raw: only for a string that "
                   "is not quoted");
        QTest::newRow("raw text behind the profile's own command")
            << profileWith("[{\"id\": \"s\", \"name\": \"S\", \"kind\": \"set\", \"command\": "
                           "\"SYST:LABEL {label}\", \"reply\": \"none\", \"parameters\": "
                           "[{\"name\": \"label\", \"type\": \"string\", \"raw\": true}]}]")
            << QStringLiteral("broken.json: operations[0].parameters[0].raw: only for a parameter "
                              "that is the whole command");
        QTest::newRow("measure without reply")
            << profileWith("[{\"id\": \"m\", \"name\": \"M\", \"kind\": \"measure\", \"command\": "
                           "\"MEAS?\", \"reply\": \"none\"}]")
            << QStringLiteral(
                   "broken.json: operations[0].reply: a measure operation needs a reply");
        QTest::newRow("operation id twice")
            << profileWith((QByteArray("[") + okOp + "," + okOp + "]").constData())
            << QStringLiteral("broken.json: operations[1].id: 'm' appears twice");
        QTest::newRow("no operations")
            << profileWith("[]")
            << QStringLiteral("broken.json: operations: must be a non-empty array");
        QTest::newRow("schema from the future")
            << profileWith((QByteArray("[") + okOp + "]").constData(), "\"schema\": 2,")
            << QStringLiteral("broken.json: schema: version 2 not supported");
        QTest::newRow("schema missing")
            << profileWith((QByteArray("[") + okOp + "]").constData(), "")
            << QStringLiteral("broken.json: schema: missing");
        QTest::newRow("vendor pattern is no regex")
            << profileWith((QByteArray("[") + okOp + "]").constData(), "\"schema\": 1,",
                           "\"match\": {\"vendor\": \"(ACME\"},")
            << QStringLiteral("broken.json: match.vendor: invalid regular expression");
        QTest::newRow("match missing")
            << profileWith((QByteArray("[") + okOp + "]").constData(), "\"schema\": 1,", "")
            << QStringLiteral("broken.json: match: missing");
        QTest::newRow("not JSON at all")
            << QByteArray("{\"schema\": 1,") << QStringLiteral("broken.json: offset ");
    }

    void brokenProfileNamesFileAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedPrefix);
        const DriverProfileLoader::Result r =
            DriverProfileLoader::parse(json, QStringLiteral("/some/where/broken.json"));
        QVERIFY(!r.profile);
        QVERIFY2(r.error.startsWith(expectedPrefix), qPrintable(r.error));
    }

    void brokenFileDoesNotStopTheOthers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = ProfileRegistry::builtinDirectory();
        QVERIFY(QFile::copy(source + QStringLiteral("/sim-dmm.json"),
                            dir.filePath(QStringLiteral("a-dmm.json"))));
        QVERIFY(QFile::copy(source + QStringLiteral("/generic-scpi.json"),
                            dir.filePath(QStringLiteral("c-generic.json"))));
        QFile broken(dir.filePath(QStringLiteral("b-broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(profileWith(
            "[{\"id\": \"m\", \"name\": \"M\", \"kind\": \"query\", \"reply\": \"string\"}]"));
        broken.close();

        ProfileRegistry registry;
        QCOMPARE(registry.addDirectory(dir.path()), 2);
        QCOMPARE(registry.profiles().size(), 2);
        QCOMPARE(registry.errors(),
                 QStringList{QStringLiteral("b-broken.json: operations[0].command: missing")});
    }

    void absurdNumbersAreRefusedNamingFileAndKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray okOps = "[{\"id\": \"m\", \"name\": \"M\", \"kind\": \"measure\", "
                                 "\"command\": \"MEAS?\", \"reply\": \"number\"}]";
        const auto withMatch = [&](const char *match) {
            return profileWith(okOps.constData(), "\"schema\": 1,", match);
        };
        const auto withParameter = [](const char *parameter) {
            return profileWith((QByteArray("[{\"id\": \"s\", \"name\": \"S\", \"kind\": \"set\", "
                                           "\"command\": \"N {n}\", \"reply\": \"none\", "
                                           "\"parameters\": [") +
                                parameter + "]}]")
                                   .constData());
        };
        const QString whole = QStringLiteral("must be a whole number from -9007199254740992 to "
                                             "9007199254740992, not ");
        QTest::newRow("match priority of 1e300")
            << withMatch("\"match\": {\"vendor\": \"^ACME$\", \"priority\": 1e300},")
            << QStringLiteral("broken.json: match.priority: must be a whole number from -1000000 "
                              "to 1000000, not 1e+300");
        QTest::newRow("fractional match priority")
            << withMatch("\"match\": {\"vendor\": \"^ACME$\", \"priority\": 2.5},")
            << QStringLiteral("broken.json: match.priority: must be a whole number from -1000000 "
                              "to 1000000, not 2.5");
        QTest::newRow("integer default of 1e300")
            << withParameter("{\"name\": \"n\", \"type\": \"int\", \"default\": 1e300}")
            << QStringLiteral("broken.json: operations[0].parameters[0].default: ") + whole +
                   QStringLiteral("1e+300");
        QTest::newRow("integer maximum of 1e300")
            << withParameter("{\"name\": \"n\", \"type\": \"int\", \"max\": 1e300}")
            << QStringLiteral("broken.json: operations[0].parameters[0].max: ") + whole +
                   QStringLiteral("1e+300");
        QTest::newRow("fractional integer minimum")
            << withParameter("{\"name\": \"n\", \"type\": \"int\", \"min\": 0.5}")
            << QStringLiteral("broken.json: operations[0].parameters[0].min: ") + whole +
                   QStringLiteral("0.5");
        QTest::newRow("integer default written as text")
            << withParameter("{\"name\": \"n\", \"type\": \"int\", \"default\": \"7\"}")
            << QStringLiteral("broken.json: operations[0].parameters[0].default: must be a number");
        QTest::newRow("channels of 1e300")
            << profileWith(okOps.constData(), "\"schema\": 1, \"channels\": 1e300,")
            << QStringLiteral("broken.json: channels: must be a whole number from 0 to 256, not "
                              "1e+300");
    }
    void absurdNumbersAreRefusedNamingFileAndKey() { refusedWithTheExpectedError(); }

    void safeStateGivesItsCommandsInOrder_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("operations");
        QTest::addColumn<QStringList>("commands");
        QTest::newRow("outputs off, level to zero, then a reset waiting for *OPC?")
            << profileWithSafeState(
                   R"([{"operation": "set_output", "parameters": {"channel": 2, "state": "off"}},
                       {"operation": "set_output", "parameters": {"state": "OFF"}},
                       {"operation": "set_level", "parameters": {"level": 0}},
                       {"operation": "reset"}])")
            << QStringList{QStringLiteral("set_output"), QStringLiteral("set_output"),
                           QStringLiteral("set_level"), QStringLiteral("reset")}
            << QStringList{QStringLiteral("OUTP2 OFF"), QStringLiteral("OUTP1 OFF"),
                           QStringLiteral("LEV 0"), QStringLiteral("*RST;*OPC?")};
        QTest::newRow("no safe state: nothing to send")
            << profileWith(kSafeStateOperations) << QStringList{} << QStringList{};
    }

    void safeStateGivesItsCommandsInOrder()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, operations);
        QFETCH(QStringList, commands);
        const DriverProfileLoader::Result r =
            DriverProfileLoader::parse(json, QStringLiteral("safe.json"));
        QVERIFY2(r.profile, qPrintable(r.error));
        QCOMPARE(r.profile->safeState.size(), operations.size());
        QStringList gotOperations;
        QStringList gotCommands;
        for (const DriverProfile::SafeCommand &c : r.profile->safeStateCommands()) {
            QVERIFY2(c.command.ok(), qPrintable(c.command.error));
            gotOperations.append(c.operation);
            gotCommands.append(QString::fromUtf8(c.command.command));
        }
        QCOMPARE(gotOperations, operations);
        QCOMPARE(gotCommands, commands);
    }

    void shippedProfilesHaveTheSafeStateTheirOutputsNeed_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("commands");
        QTest::newRow("supply: every output off, then every voltage to zero")
            << "labdispatch-sim-psu3"
            << QStringList{QStringLiteral("OUTP1:STAT OFF"), QStringLiteral("OUTP2:STAT OFF"),
                           QStringLiteral("OUTP3:STAT OFF"), QStringLiteral("SOUR1:VOLT 0"),
                           QStringLiteral("SOUR2:VOLT 0"),   QStringLiteral("SOUR3:VOLT 0")};
        QTest::newRow("generator: output off")
            << "labdispatch-sim-fgen" << QStringList{QStringLiteral("OUTP OFF")};
        QTest::newRow("oven: back to room temperature")
            << "labdispatch-sim-oven" << QStringList{QStringLiteral("SOUR:TEMP 25")};
        // Nothing to switch off on a meter or a sensor; an unknown instrument's *RST is not
        // known to be safe (it may reset ranges, or leave an output as the vendor defines).
        QTest::newRow("meter: none") << "labdispatch-sim-dmm" << QStringList{};
        QTest::newRow("sensor: none") << "labdispatch-sim-thermometer" << QStringList{};
        QTest::newRow("generic: none") << "generic-scpi" << QStringList{};
    }

    void shippedProfilesHaveTheSafeStateTheirOutputsNeed()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, commands);
        const DriverProfile *p = m_registry.find(profile);
        QVERIFY(p);
        QStringList got;
        for (const DriverProfile::SafeCommand &c : p->safeStateCommands()) {
            QVERIFY2(c.command.ok(), qPrintable(c.command.error));
            got.append(QString::fromUtf8(c.command.command));
        }
        QCOMPARE(got, commands);
    }

    void brokenSafeStateNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *safeState, const char *error) {
            QTest::newRow(name) << profileWithSafeState(safeState)
                                << QStringLiteral("broken.json: ") + QString::fromUtf8(error);
        };
        row("an object instead of a list", R"({"operation": "reset"})",
            "safeState: must be a non-empty array (leave it out when the instrument has nothing "
            "to switch off)");
        row("an empty list", "[]",
            "safeState: must be a non-empty array (leave it out when the instrument has nothing "
            "to switch off)");
        row("a step that is text", R"([{"operation": "reset"}, "set_output"])",
            "safeState[1]: must be an object");
        row("a step without operation", R"([{"parameters": {"level": 0}}])",
            "safeState[0].operation: missing");
        row("an operation id that is a number", R"([{"operation": 3}])",
            "safeState[0].operation: must be a string");
        row("an operation the profile lacks", R"([{"operation": "output_off"}])",
            "safeState[0].operation: no operation 'output_off' in this profile");
        row("a measure operation", R"([{"operation": "reset"}, {"operation": "measure"}])",
            "safeState[1].operation: 'measure' is a measure operation; a safe state only sets");
        row("a query operation", R"([{"operation": "query_level"}])",
            "safeState[0].operation: 'query_level' is a query operation; a safe state only sets");
        row("parameters that are a list", R"([{"operation": "set_level", "parameters": [0]}])",
            "safeState[0].parameters: must be an object");
        row("a misspelled parameter", R"([{"operation": "set_level", "parameters": {"levle": 0}}])",
            "safeState[0].parameters.levle: not a parameter of set_level (it takes level)");
        row("a parameter for an operation that takes none",
            R"([{"operation": "reset", "parameters": {"channel": 1}}])",
            "safeState[0].parameters.channel: reset takes no parameters");
        row("a level above the operation's limit",
            R"([{"operation": "set_level", "parameters": {"level": 45}}])",
            "safeState[0].parameters.level: level 45 V above the limit 30 V");
        row("a channel the instrument lacks",
            R"([{"operation": "set_output", "parameters": {"channel": 3, "state": "OFF"}}])",
            "safeState[0].parameters.channel: channel 3 above the limit 2");
        row("a number written as text",
            R"([{"operation": "set_level", "parameters": {"level": "0"}}])",
            "safeState[0].parameters.level: must be a number");
        row("an enum written as a number",
            R"([{"operation": "set_output", "parameters": {"state": 0}}])",
            "safeState[0].parameters.state: must be a string");
        row("an enum value outside its list",
            R"([{"operation": "set_output", "parameters": {"state": "HALF"}}])",
            "safeState[0].parameters.state: output: 'HALF' is not one of ON, OFF");
        row("a required value left out", R"([{"operation": "set_output"}])",
            "safeState[0].parameters: output: missing");
        row("unquoted text smuggling a second command",
            R"([{"operation": "set_label", "parameters": {"label": "X;OUTP1 ON"}}])",
            "safeState[0].parameters.label: label: ';' is not allowed here; unquoted text may "
            "hold only letters, digits and _ . + -");
    }

    void brokenSafeStateNamesTheField() { refusedWithTheExpectedError(); }

    void brokenReadbackNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QByteArray &operations, const char *error) {
            QTest::newRow(name) << profileWith(operations.constData())
                                << QStringLiteral("broken.json: ") + QString::fromUtf8(error);
        };
        // A set with a channel and a value, reading back through `readback`, beside `query`.
        const auto ops = [](const char *readback, const char *query) {
            return QByteArray(R"js([{"id": "set_level", "name": "L", "kind": "set",
                "command": "LEV{ch} {level}", "reply": "none",
                "parameters": [{"name": "ch", "type": "int", "default": 1},
                               {"name": "level", "type": "double"}], "readback": ")js") +
                   readback + "\"}," + query + "]";
        };
        row("a readback naming no operation",
            ops("query_levle", R"({"id": "query_level", "name": "Q", "kind": "query",
                "command": "LEV?", "reply": "number"})"),
            "operations[0].readback: no operation 'query_levle' in this profile");
        row("a readback whose reply is text",
            ops("query_level", R"({"id": "query_level", "name": "Q", "kind": "query",
                "command": "LEV?", "reply": "string"})"),
            "operations[0].readback: 'query_level' must be a query or measure operation whose "
            "reply is a number");
        row("a readback that is itself a set",
            ops("set_level", R"({"id": "query_level", "name": "Q", "kind": "query",
                "command": "LEV?", "reply": "number"})"),
            "operations[0].readback: 'set_level' must be a query or measure operation whose "
            "reply is a number");
        row("a readback taking a parameter the set cannot pass on",
            ops("query_level", R"({"id": "query_level", "name": "Q", "kind": "query",
                "command": "LEV{range}?", "reply": "number",
                "parameters": [{"name": "range", "type": "int", "default": 1}]})"),
            "operations[0].readback: 'query_level' takes the parameter 'range', which set_level "
            "does not have");
        row("a readback on a query",
            R"([{"id": "query_level", "name": "Q", "kind": "query", "command": "LEV?",
                "reply": "number", "readback": "query_level"}])",
            "operations[0].readback: only for a set operation");
    }

    void brokenReadbackNamesTheField() { refusedWithTheExpectedError(); }

    void shippedSetOperationsReadBackTheirSetpoints_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("readback");
        QTest::newRow("supply voltage") << "labdispatch-sim-psu3"
                                        << "set_voltage"
                                        << "query_voltage_setpoint";
        QTest::newRow("supply current limit") << "labdispatch-sim-psu3"
                                              << "set_current"
                                              << "query_current_setpoint";
        QTest::newRow("oven temperature") << "labdispatch-sim-oven"
                                          << "set_temperature"
                                          << "query_temperature_setpoint";
    }

    void shippedSetOperationsReadBackTheirSetpoints()
    {
        QFETCH(QString, profile);
        QFETCH(QString, set);
        QFETCH(QString, readback);
        QCOMPARE(op(profile, set).readback, readback);
    }

    void safeStateOfAProfileBuiltInCodeCarriesItsErrors()
    {
        const DriverProfileLoader::Result r = DriverProfileLoader::parse(
            profileWith(kSafeStateOperations), QStringLiteral("safe.json"));
        QVERIFY2(r.profile, qPrintable(r.error));
        DriverProfile p = *r.profile;
        p.safeState = {{QStringLiteral("set_level"), {{QStringLiteral("level"), 0}}},
                       {QStringLiteral("nope"), {}},
                       {QStringLiteral("measure"), {}},
                       {QStringLiteral("set_level"), {{QStringLiteral("level"), 99}}}};
        const QList<DriverProfile::SafeCommand> commands = p.safeStateCommands();
        QCOMPARE(commands.size(), 4);
        QCOMPARE(commands.at(0).command.command, QByteArray("LEV 0"));
        QCOMPARE(commands.at(1).command.error, QStringLiteral("no operation 'nope'"));
        QCOMPARE(commands.at(2).command.error,
                 QStringLiteral("'measure' is a measure operation, not a set one"));
        QCOMPARE(commands.at(3).command.error, QStringLiteral("level 99 V above the limit 30 V"));
    }

    void twoUserFilesWithOneIdSayWhichFileWon()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dmm = ProfileRegistry::builtinDirectory() + QStringLiteral("/sim-dmm.json");
        const QString first = dir.filePath(QStringLiteral("a-dmm.json"));
        const QString second = dir.filePath(QStringLiteral("b-dmm.json"));
        QVERIFY(QFile::copy(dmm, first));
        QVERIFY(QFile::copy(dmm, second));

        ProfileRegistry registry;
        registry.addDirectory(ProfileRegistry::builtinDirectory());
        QVERIFY(registry.warnings().isEmpty());
        QCOMPARE(registry.addDirectory(dir.path()), 2);
        QCOMPARE(registry.find(QStringLiteral("labdispatch-sim-dmm"))->sourceFile, second);
        // Replacing the built-in profile is what a user folder is for: only the second file,
        // which replaced a user's own, is worth a warning.
        QCOMPARE(registry.warnings(),
                 QStringList{QStringLiteral("profile id 'labdispatch-sim-dmm' is in both %1 and "
                                            "%2; %2 is used")
                                 .arg(first, second)});
        QVERIFY(registry.errors().isEmpty());
    }

    void laterSourceReplacesProfileOfSameId()
    {
        ProfileRegistry registry;
        registry.addDirectory(ProfileRegistry::builtinDirectory());
        DriverProfile mine = *registry.find(QStringLiteral("labdispatch-sim-dmm"));
        mine.name = QStringLiteral("My own DMM");
        registry.addProfile(mine);
        QCOMPARE(registry.profiles().size(), m_registry.profiles().size());
        QCOMPARE(registry.find(QStringLiteral("labdispatch-sim-dmm"))->name, mine.name);
    }

    void matchingPrefersSpecificOverGeneric_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("expected");
        const QString sim = QStringLiteral("LabDispatch Simulated");
        QTest::newRow("sim dmm") << sim << "DMM-6500S"
                                 << "labdispatch-sim-dmm";
        QTest::newRow("sim supply") << sim << "PSU-3303S"
                                    << "labdispatch-sim-psu3";
        QTest::newRow("sim sensor, vendor in other case") << sim.toUpper() << "TH-20S"
                                                          << "labdispatch-sim-thermometer";
        QTest::newRow("sim generator") << sim << "FG-2000S"
                                       << "labdispatch-sim-fgen";
        QTest::newRow("sim vendor, unknown model") << sim << "SCPI-BOX"
                                                   << "generic-scpi";
        QTest::newRow("unknown vendor, known model") << "ACME"
                                                     << "DMM-6500S"
                                                     << "generic-scpi";
        QTest::newRow("empty identity") << ""
                                        << ""
                                        << "generic-scpi";
    }

    void matchingPrefersSpecificOverGeneric()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, model);
        QFETCH(QString, expected);
        const DriverProfile *p = m_registry.match(vendor, model);
        QVERIFY(p);
        QCOMPARE(p->id, expected);
    }

    void formatsCommandsAndRejectsBadValues_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("error");
        const QString psu = QStringLiteral("labdispatch-sim-psu3");
        const QString fgen = QStringLiteral("labdispatch-sim-fgen");
        const QString gen = QStringLiteral("generic-scpi");
        const QString dmm = QStringLiteral("labdispatch-sim-dmm");
        const auto vals = [](std::initializer_list<std::pair<const char *, QVariant>> l) {
            QVariantMap m;
            for (const auto &[k, v] : l)
                m.insert(QString::fromLatin1(k), v);
            return m;
        };
        QTest::newRow("voltage on channel 2")
            << psu << "set_voltage" << vals({{"channel", 2}, {"value", 12.5}}) << "SOUR2:VOLT 12.5"
            << "";
        QTest::newRow("voltage as text")
            << psu << "set_voltage" << vals({{"value", QStringLiteral(" 3.3 ")}})
            << "SOUR1:VOLT 3.3"
            << "";
        QTest::newRow("voltage above limit") << psu << "set_voltage" << vals({{"value", 45}}) << ""
                                             << "voltage 45 V above the limit 30 V";
        QTest::newRow("voltage below limit") << psu << "set_voltage" << vals({{"value", -1}}) << ""
                                             << "voltage -1 V below the limit 0 V";
        QTest::newRow("channel beyond the supply's three")
            << psu << "set_voltage" << vals({{"channel", 4}, {"value", 1}}) << ""
            << "channel 4 above the limit 3";
        QTest::newRow("channel not whole")
            << psu << "set_voltage" << vals({{"channel", 1.5}, {"value", 1}}) << ""
            << "channel: '1.5' is not a whole number";
        QTest::newRow("voltage not a number")
            << psu << "set_voltage" << vals({{"value", QStringLiteral("abc")}}) << ""
            << "voltage: 'abc' is not a number";
        QTest::newRow("enum canonical spelling")
            << psu << "set_output" << vals({{"state", QStringLiteral("on")}}) << "OUTP1:STAT ON"
            << "";
        QTest::newRow("enum outside its list")
            << fgen << "set_waveform" << vals({{"waveform", QStringLiteral("TRIANGLE")}}) << ""
            << "waveform: 'TRIANGLE' is not one of SIN, SQU, RAMP, PULS, NOIS, DC";
        QTest::newRow("defaults fill gaps")
            << fgen << "set_frequency" << QVariantMap{} << "SOUR:FREQ 1000"
            << "";
        QTest::newRow("free-form query")
            << gen << "query" << vals({{"command", QStringLiteral("MEAS:VOLT?")}}) << "MEAS:VOLT?"
            << "";
        QTest::newRow("free-form query missing") << gen << "query" << QVariantMap{} << ""
                                                 << "command: missing";
        QTest::newRow("free-form query smuggling a second line")
            << gen << "query" << vals({{"command", QStringLiteral("*IDN?\n*RST")}}) << ""
            << "command: a line break would end the command early";
        QTest::newRow("opc appended") << gen << "reset" << QVariantMap{} << "*RST;*OPC?"
                                      << "";
        QTest::newRow("quoted string")
            << dmm << "display_text" << vals({{"text", QStringLiteral("hi there")}})
            << "DISP:TEXT \"hi there\""
            << "";
        QTest::newRow("misspelled parameter is refused, naming the valid ones")
            << psu << "set_voltage" << vals({{"valu", 12}}) << ""
            << "unknown parameter 'valu' (set_voltage takes channel, value)";
        QTest::newRow("every unknown parameter is named")
            << psu << "set_voltage" << vals({{"value", 1}, {"volts", 1}, {"chan", 2}}) << ""
            << "unknown parameter 'chan', 'volts' (set_voltage takes channel, value)";
        QTest::newRow("parameter for an operation that takes none")
            << gen << "identify" << vals({{"channel", 1}}) << ""
            << "unknown parameter 'channel' (identify takes none)";
        QTest::newRow("quote inside a quoted string is doubled")
            << dmm << "display_text" << vals({{"text", QStringLiteral("say \"hi\"")}})
            << "DISP:TEXT \"say \"\"hi\"\"\""
            << "";
        QTest::newRow("quoted string cannot close itself and smuggle *RST")
            << dmm << "display_text" << vals({{"text", QStringLiteral("X\";*RST;\"")}})
            << "DISP:TEXT \"X\"\";*RST;\"\"\""
            << "";
        QTest::newRow("quoted string with ESC")
            << dmm << "display_text" << vals({{"text", QStringLiteral("a\x1b[2Jb")}}) << ""
            << "text: the control character U+001b is not allowed";
        QTest::newRow("quoted string with DEL")
            << dmm << "display_text" << vals({{"text", QStringLiteral("a\x7f")}}) << ""
            << "text: the control character U+007f is not allowed";
        QTest::newRow("free-form command keeps its ; and *")
            << gen << "write" << vals({{"command", QStringLiteral("*CLS;*ESE 1")}}) << "*CLS;*ESE 1"
            << "";
        QTest::newRow("free-form command with a NUL")
            << gen << "write" << vals({{"command", QStringLiteral("*CLS\0*RST")}}) << ""
            << "command: the control character U+0000 is not allowed";
    }

    void formatsCommandsAndRejectsBadValues()
    {
        QFETCH(QString, profile);
        QFETCH(QString, operation);
        QFETCH(QVariantMap, values);
        QFETCH(QString, command);
        QFETCH(QString, error);
        const DriverProfile::Command c = op(profile, operation).format(values);
        QCOMPARE(c.error, error);
        QCOMPARE(QString::fromUtf8(c.command), command);
    }

    void parametersBecomeSafeScpiOrAreRefused_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("error");
        const auto one = [](const char *name, const QVariant &value) {
            return QVariantMap{{QString::fromLatin1(name), value}};
        };
        const QString unquotedRule =
            QStringLiteral("is not allowed here; unquoted text may hold only letters, digits and "
                           "_ . + -");
        QTest::newRow("unquoted character data passes")
            << "set_label" << one("label", QStringLiteral("CH1_a.b-2+")) << "SYST:LABEL CH1_a.b-2+"
            << "";
        QTest::newRow("unquoted ; would start a second command")
            << "set_label" << one("label", QStringLiteral("X;*RST")) << ""
            << QStringLiteral("label: ';' ") + unquotedRule;
        QTest::newRow("unquoted : would start a header")
            << "set_label" << one("label", QStringLiteral("X:Y")) << ""
            << QStringLiteral("label: ':' ") + unquotedRule;
        QTest::newRow("unquoted , would add an argument")
            << "set_label" << one("label", QStringLiteral("X,5")) << ""
            << QStringLiteral("label: ',' ") + unquotedRule;
        QTest::newRow("unquoted space would split the argument")
            << "set_label" << one("label", QStringLiteral("X Y")) << ""
            << QStringLiteral("label: ' ' ") + unquotedRule;
        QTest::newRow("unquoted quote would open a string")
            << "set_label" << one("label", QStringLiteral("X\"")) << ""
            << QStringLiteral("label: '\"' ") + unquotedRule;
        QTest::newRow("unquoted non-ASCII") << "set_label" << one("label", QStringLiteral("5µ"))
                                            << "" << QStringLiteral("label: 'µ' ") + unquotedRule;
        QTest::newRow("unquoted tab is a control character")
            << "set_label" << one("label", QStringLiteral("X\tY")) << ""
            << "label: the control character U+0009 is not allowed";
        QTest::newRow("unquoted empty") << "set_label" << one("label", QString()) << ""
                                        << "label: empty";
        QTest::newRow("value holding a placeholder is not substituted again")
            << "show"
            << QVariantMap{{QStringLiteral("text"), QStringLiteral("{n}")},
                           {QStringLiteral("n"), 3}}
            << "DISP:TEXT \"{n}\",3"
            << "";
        QTest::newRow("int without limits: 1e300 does not fit 64 bits")
            << "set_count" << one("n", QStringLiteral("1e300")) << ""
            << "n: '1e300' is too large for a whole number";
        QTest::newRow("int without limits: -1e300 does not fit 64 bits")
            << "set_count" << one("n", -1e300) << ""
            << "n: '-1e+300' is too large for a whole number";
        QTest::newRow("int 2^63 does not fit")
            << "set_count" << one("n", QStringLiteral("9223372036854775808")) << ""
            << "n: '9223372036854775808' is too large for a whole number";
        QTest::newRow("int largest qint64 is sent exactly")
            << "set_count" << one("n", QStringLiteral("9223372036854775807"))
            << "SAMP:COUN 9223372036854775807"
            << "";
        QTest::newRow("int smallest qint64 is sent exactly")
            << "set_count" << one("n", QStringLiteral("-9223372036854775808"))
            << "SAMP:COUN -9223372036854775808"
            << "";
        QTest::newRow("int beyond 2^53 keeps its digits")
            << "set_count" << one("n", QStringLiteral("9007199254740993"))
            << "SAMP:COUN 9007199254740993"
            << "";
        QTest::newRow("int written with an exponent")
            << "set_count" << one("n", QStringLiteral("1e3")) << "SAMP:COUN 1000"
            << "";
        QTest::newRow("double NaN") << "set_level" << one("level", qQNaN()) << ""
                                    << "level: 'nan' is not a number";
        QTest::newRow("double infinity") << "set_level" << one("level", QStringLiteral("inf")) << ""
                                         << "level: 'inf' is not a number";
        QTest::newRow("double beyond its range")
            << "set_level" << one("level", QStringLiteral("1e400")) << ""
            << "level: '1e400' is not a number";
    }

    void parametersBecomeSafeScpiOrAreRefused()
    {
        QFETCH(QString, operation);
        QFETCH(QVariantMap, values);
        QFETCH(QString, command);
        QFETCH(QString, error);
        const DriverProfileLoader::Result r = DriverProfileLoader::parse(
            profileWith(kSafetyOperations), QStringLiteral("safety.json"));
        QVERIFY2(r.profile, qPrintable(r.error));
        const DriverProfile::Operation *o = r.profile->operation(operation);
        QVERIFY(o);
        const DriverProfile::Command c = o->format(values);
        QCOMPARE(c.error, error);
        QCOMPARE(QString::fromUtf8(c.command), command);
    }

    void parsesRepliesPerType_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("error");
        const QString dmm = QStringLiteral("labdispatch-sim-dmm");
        const QString psu = QStringLiteral("labdispatch-sim-psu3");
        QByteArray floats(8, '\0');
        qToLittleEndian<float>(1.5f, floats.data());
        qToLittleEndian<float>(-2.25f, floats.data() + 4);

        QTest::newRow("number with LF") << dmm << "measure_voltage_dc"
                                        << QByteArray("+1.234000E+00\n") << QVariant(1.234) << "";
        QTest::newRow("number with CRLF")
            << dmm << "measure_voltage_dc" << QByteArray("-5e-3\r\n") << QVariant(-0.005) << "";
        QTest::newRow("number garbled")
            << dmm << "measure_voltage_dc" << QByteArray("\xfe\x01zz\n") << QVariant()
            << QStringLiteral("not a number: '\\xfe\\x01zz'");
        QTest::newRow("number empty")
            << dmm << "measure_voltage_dc" << QByteArray("\n") << QVariant() << "not a number: ''";
        QTest::newRow("numbers") << dmm << "fetch_array" << QByteArray("1,+2.5E+00,-3\n")
                                 << QVariant::fromValue(QList<double>{1, 2.5, -3}) << "";
        QTest::newRow("numbers with a bad element")
            << dmm << "fetch_array" << QByteArray("1,x,3\n") << QVariant() << "not a number: 'x'";
        QTest::newRow("real32 block") << dmm << "read_buffer" << (QByteArray("#18") + floats)
                                      << QVariant::fromValue(QList<double>{1.5, -2.25}) << "";
        QTest::newRow("block shorter than its header")
            << dmm << "read_buffer" << (QByteArray("#19") + floats) << QVariant()
            << "block shorter than its header says";
        QTest::newRow("block length not whole floats")
            << dmm << "read_buffer" << QByteArray("#13abc") << QVariant()
            << "block length 3 is not a multiple of 4";
        QTest::newRow("quoted string") << psu << "query_output" << QByteArray("\"ON\"\n")
                                       << QVariant(QStringLiteral("ON")) << "";
        QTest::newRow("identity") << psu << "identify"
                                  << QByteArray(
                                         "LabDispatch Simulated,PSU-3303S,SIM000007,2.0.1\r\n")
                                  << QVariant(QStringList{QStringLiteral("LabDispatch Simulated"),
                                                          QStringLiteral("PSU-3303S"),
                                                          QStringLiteral("SIM000007"),
                                                          QStringLiteral("2.0.1")})
                                  << "";
        QTest::newRow("identity that is none")
            << psu << "identify" << QByteArray("1\n") << QVariant() << "not an identity: '1'";
    }

    void parsesRepliesPerType()
    {
        QFETCH(QString, profile);
        QFETCH(QString, operation);
        QFETCH(QByteArray, reply);
        QFETCH(QVariant, value);
        QFETCH(QString, error);
        const DriverProfile::Reply r = op(profile, operation).parseReply(reply);
        QCOMPARE(r.error, error);
        if (value.typeId() == QMetaType::Double)
            QVERIFY(qFuzzyCompare(r.value.toDouble(), value.toDouble()));
        else if (value.canConvert<QList<double>>() && value.isValid())
            QCOMPARE(r.value.value<QList<double>>(), value.value<QList<double>>());
        else
            QCOMPARE(r.value, value);
    }

    void displayNameUsesLocalizedEntry()
    {
        const DriverProfile *p = m_registry.find(QStringLiteral("labdispatch-sim-psu3"));
        QVERIFY(p);
        QCOMPARE(p->displayName(QStringLiteral("de")),
                 QStringLiteral("Dreifach-Netzgerät (PSU-3303S)"));
        QCOMPARE(p->displayName(QStringLiteral("fr")), p->name);
    }
};

QTEST_GUILESS_MAIN(TestDriverProfile)
#include "tst_driverprofile.moc"
