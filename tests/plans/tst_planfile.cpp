// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoinstruments.h"

#include "plans/planfile.h"
#include "plans/planvalidator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ld;

namespace {

/** A plan file around `steps` (a JSON array's contents) and optional top-level `extra` keys. */
QByteArray plan(const QByteArray &steps, const QByteArray &extra = {})
{
    return "{\"schema\": 1, " + extra + (extra.isEmpty() ? "" : ", ") + "\"steps\": [" + steps +
           "]}";
}

/** A sweep of `v` from `from` to `to` in `points` points around `body`. */
QByteArray sweep(const QByteArray &range, const QByteArray &body, const QByteArray &var = "v")
{
    return "{\"sweep\": {\"variable\": \"" + var + "\", " + range + ", \"body\": [" + body + "]}}";
}

QByteArray setVoltage(const QByteArray &value, const QByteArray &more = {})
{
    return R"({"set": {"instruments": "PSU A", "operation": "set_voltage", "parameters": {"value": )" +
           value + "}" + more + "}}";
}

const QByteArray kMeasure =
    R"({"measure": {"instruments": "DMM 1", "operation": "measure_voltage_dc"}})";

QByteArray nested(int depth)
{
    QByteArray step = kMeasure;
    for (int i = 1; i < depth; ++i)
        step = "{\"sequence\": {\"body\": [" + step + "]}}";
    return step;
}

/** The example of docs/plans.md's opening, with every kind of instrument selector. */
const QByteArray kIvCurve = R"({"schema":1,"name":"I-V curve","safeOnStop":true,"priority":3,
 "limits":[{"quantity":"current","max":0.5,"action":"abort-run"}],
 "steps":[{"set":{"instruments":"PSU A","operation":"set_output","parameters":{"state":"ON"}}},
  {"sweep":{"variable":"v","from":0,"to":5,"points":11,"body":[
   {"set":{"instruments":"PSU A","operation":"set_voltage","parameters":{"value":"${v}"},"ramp":{"maxStep":0.5}}},
   {"wait":{"ms":100}},
   {"measure":{"instruments":["DMM 1","DMM 2"],"operation":"measure_voltage_dc",
     "limits":[{"quantity":"voltage","instruments":{"kind":"dmm"},"min":-1,"max":6,"consecutive":2,"action":"pause"}]}}]}}]})";

} // namespace

class TestPlanFile : public QObject
{
    Q_OBJECT

private:
    test::DemoInstruments m_demo;
    QTemporaryDir m_dir;

    QString write(const QByteArray &contents)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("plan%1.json").arg(++n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void readsEveryFieldIntoTheModel()
    {
        const PlanFile::Result result = PlanFile::parse(kIvCurve);
        QVERIFY2(result.plan, qPrintable(result.error));
        const Plan &p = *result.plan;
        QCOMPARE(p.name, QStringLiteral("I-V curve"));
        QVERIFY(p.safeOnStop);
        QCOMPARE(p.priority, 3);
        QCOMPARE(p.limits.size(), 1);
        QCOMPARE(p.limits.at(0).path, QStringLiteral("limits[0]"));
        QCOMPARE(p.limits.at(0).quantity, QStringLiteral("current"));
        QCOMPARE(p.limits.at(0).max, std::optional<double>(0.5));
        QVERIFY(!p.limits.at(0).min);
        QCOMPARE(p.limits.at(0).action, PlanLimit::Action::AbortRun);
        QCOMPARE(p.steps.size(), 2);

        const PlanStep &output = p.steps.at(0);
        QCOMPARE(output.type, PlanStep::Type::Set);
        QCOMPARE(output.path, QStringLiteral("steps[0]"));
        QCOMPARE(output.instruments.names, QStringList{QStringLiteral("PSU A")});
        QCOMPARE(output.parameters.value(QStringLiteral("state")).toString(), QStringLiteral("ON"));

        const PlanStep &sweep = p.steps.at(1);
        QCOMPARE(sweep.type, PlanStep::Type::Sweep);
        QCOMPARE(sweep.sweepKind, PlanStep::SweepKind::Linear);
        QCOMPARE(sweep.variable, QStringLiteral("v"));
        QCOMPARE(sweep.start, 0.0);
        QCOMPARE(sweep.stop, 5.0);
        QCOMPARE(sweep.points, 11);
        QCOMPARE(sweep.body.size(), 3);

        const PlanStep &set = sweep.body.at(0);
        QCOMPARE(set.path, QStringLiteral("steps[1].sweep.body[0]"));
        QCOMPARE(set.parameters.value(QStringLiteral("value")).toString(), QStringLiteral("${v}"));
        QVERIFY(set.ramp);
        QCOMPARE(set.ramp->parameter, QStringLiteral("value"));
        QCOMPARE(set.ramp->maxStep, std::optional<double>(0.5));
        QVERIFY(!set.ramp->maxRatePerSecond);

        const PlanStep &wait = sweep.body.at(1);
        QCOMPARE(wait.type, PlanStep::Type::Wait);
        QCOMPARE(wait.waitKind, PlanStep::WaitKind::Duration);
        QCOMPARE(wait.durationMs, 100);

        const PlanStep &measure = sweep.body.at(2);
        QCOMPARE(measure.path, QStringLiteral("steps[1].sweep.body[2]"));
        QCOMPARE(measure.instruments.names,
                 (QStringList{QStringLiteral("DMM 1"), QStringLiteral("DMM 2")}));
        QCOMPARE(measure.limits.size(), 1);
        const PlanLimit &limit = measure.limits.at(0);
        QCOMPARE(limit.path, QStringLiteral("steps[1].sweep.body[2].measure.limits[0]"));
        QCOMPARE(limit.instruments.kind, QStringLiteral("dmm"));
        QCOMPARE(limit.min, std::optional<double>(-1));
        QCOMPARE(limit.consecutive, 2);
        QCOMPARE(limit.action, PlanLimit::Action::Pause);

        QVERIFY(PlanValidator::validate(p, m_demo.instruments()).isEmpty());
    }

    void readsWaitsRepeatsAndOtherSweeps()
    {
        const QByteArray json = plan(
            R"({"wait": {"stable": {"instruments": "Oven", "operation": "measure_temperature",
                 "tolerance": 0.5, "forMs": 60000, "timeoutMs": 600000}}},
               {"wait": {"opc": {"instruments": {"kind": "psu"}}}},
               {"repeat": {"everyMs": 250, "forMs": 1000, "body": [)" +
            kMeasure + R"(]}},
               {"repeat": {"everyMs": 1000, "body": [)" +
            kMeasure + R"(]}},
               {"parallel": {"body": [{"sweep": {"variable": "f", "from": 10, "to": 1000,
                 "points": 3, "scale": "log", "body": [)" +
            kMeasure + R"(]}},
                 {"sweep": {"variable": "c", "values": [3, 1, 2], "body": [)" +
            kMeasure + "]}}]}}");
        const PlanFile::Result result = PlanFile::parse(json);
        QVERIFY2(result.plan, qPrintable(result.error));
        const QList<PlanStep> &steps = result.plan->steps;
        QCOMPARE(steps.at(0).waitKind, PlanStep::WaitKind::Stable);
        QCOMPARE(steps.at(0).instruments.names, QStringList{QStringLiteral("Oven")});
        QCOMPARE(steps.at(0).operation, QStringLiteral("measure_temperature"));
        QCOMPARE(steps.at(0).tolerance, 0.5);
        QCOMPARE(steps.at(0).stableForMs, 60000);
        QCOMPARE(steps.at(0).pollMs, 1000); // the default
        QCOMPARE(steps.at(0).timeoutMs, 600000);
        QCOMPARE(steps.at(1).waitKind, PlanStep::WaitKind::Opc);
        QCOMPARE(steps.at(1).instruments.kind, QStringLiteral("psu"));
        QCOMPARE(steps.at(1).timeoutMs, 10000); // the default
        QCOMPARE(steps.at(2).intervalMs, 250);
        QCOMPARE(steps.at(2).durationMs, 1000);
        QCOMPARE(steps.at(2).count, 0);
        QCOMPARE(steps.at(3).durationMs, 0); // until stopped
        const PlanStep &log = steps.at(4).body.at(0);
        QCOMPARE(log.path, QStringLiteral("steps[4].parallel.body[0]"));
        QCOMPARE(log.sweepKind, PlanStep::SweepKind::Log);
        QCOMPARE(PlanValidator::sweepValues(log), (QList<double>{10, 100, 1000}));
        const PlanStep &list = steps.at(4).body.at(1);
        QCOMPARE(list.sweepKind, PlanStep::SweepKind::List);
        QCOMPARE(PlanValidator::sweepValues(list), (QList<double>{3, 1, 2}));
        QCOMPARE(list.body.at(0).path, QStringLiteral("steps[4].parallel.body[1].sweep.body[0]"));
        QVERIFY(PlanValidator::validate(*result.plan, m_demo.instruments()).isEmpty());
    }

    void linearSweepsEndExactlyOnTheirLastValue()
    {
        PlanStep s;
        s.type = PlanStep::Type::Sweep;
        s.start = 0;
        s.stop = 5;
        s.points = 11;
        const QList<double> values = PlanValidator::sweepValues(s);
        QCOMPARE(values.size(), 11);
        QCOMPARE(values.first(), 0.0);
        QCOMPARE(values.at(3), 1.5);
        QCOMPARE(values.last(), 5.0);
        s.start = 0.1;
        s.stop = 0.3;
        s.points = 3;
        QCOMPARE(PlanValidator::sweepValues(s).last(), 0.3);
    }

    void writesWhatItReadsBack()
    {
        const PlanFile::Result first = PlanFile::parse(kIvCurve);
        QVERIFY2(first.plan, qPrintable(first.error));
        const QByteArray written = PlanFile::toJson(*first.plan);
        const PlanFile::Result second = PlanFile::parse(written);
        QVERIFY2(second.plan,
                 qPrintable(second.error + QLatin1Char('\n') + QString::fromUtf8(written)));
        QCOMPARE(PlanFile::toJson(*second.plan), written);
        const PlanStep &set = second.plan->steps.at(1).body.at(0);
        QCOMPARE(set.path, QStringLiteral("steps[1].sweep.body[0]"));
        QCOMPARE(set.ramp->maxStep, std::optional<double>(0.5));
        QCOMPARE(second.plan->steps.at(1).body.at(2).limits.at(0).action, PlanLimit::Action::Pause);
    }

    void examplesReadValidateAndRoundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QVERIFY2(!qEnvironmentVariableIsEmpty("LABDISPATCH_SOURCE_DIR"),
                 "LABDISPATCH_SOURCE_DIR must name the source tree");
        const QDir dir(test::DemoInstruments::examplesDirectory());
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY2(files.size() >= 4, qPrintable(dir.path()));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void examplesReadValidateAndRoundTrip()
    {
        QFETCH(QString, path);
        const PlanFile::Result result = PlanFile::load(path);
        QVERIFY2(result.plan, qPrintable(result.error));
        const QStringList errors = PlanValidator::validate(*result.plan, m_demo.instruments());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        const QByteArray written = PlanFile::toJson(*result.plan);
        const PlanFile::Result again = PlanFile::parse(written);
        QVERIFY2(again.plan, qPrintable(again.error));
        QCOMPARE(PlanFile::toJson(*again.plan), written);
    }

    void malformedPlansAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");

        const QByteArray ok = kMeasure;
        QTest::newRow("garbage bytes") << QByteArray("\x00\xff\xfe\x01 plan", 9)
                                       << QStringLiteral("line 1, column 1: not JSON");
        QTest::newRow("not JSON") << QByteArray("{\"schema\": 1,\n  steps: []}")
                                  << QStringLiteral("line 2, column 3: not JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]")
                                       << QStringLiteral("not a plan: the file must hold one JSON "
                                                         "object");
        QTest::newRow("deeply nested garbage")
            << QByteArray(5000, '[') << QStringLiteral("not JSON");
        QTest::newRow("schema missing")
            << QByteArray("{\"steps\": [" + ok + "]}") << QStringLiteral("schema: missing");
        QTest::newRow("schema 0") << QByteArray("{\"schema\": 0, \"steps\": [" + ok + "]}")
                                  << QStringLiteral("schema: must be 1");
        QTest::newRow("schema as text")
            << QByteArray("{\"schema\": \"1\", \"steps\": [" + ok + "]}")
            << QStringLiteral("schema: must be 1");
        QTest::newRow("newer schema with keys unknown here")
            << QByteArray("{\"schema\": 2, \"loops\": [], \"steps\": [" + ok + "]}")
            << QStringLiteral("schema: version 2: written by a newer LabDispatch");
        QTest::newRow("unknown top-level field")
            << plan(ok, "\"stepz\": []")
            << QStringLiteral("stepz: unknown field (this object "
                              "takes schema, name, description");
        QTest::newRow("steps missing")
            << QByteArray("{\"schema\": 1}") << QStringLiteral("steps: missing");
        QTest::newRow("no steps") << plan({}) << QStringLiteral("steps: empty");
        QTest::newRow("step not an object")
            << plan("\"measure\"") << QStringLiteral("steps[0]: must be an object");
        QTest::newRow("empty step")
            << plan("{}") << QStringLiteral("steps[0]: a step is an object with one key");
        QTest::newRow("unknown step type")
            << plan(R"({"mesure": {"instruments": "DMM 1", "operation": "measure_voltage_dc"}})")
            << QStringLiteral("steps[0].mesure: unknown step type (set, measure, query, wait, "
                              "sweep, repeat, parallel, sequence)");
        QTest::newRow("two keys in a step")
            << plan(
                   R"({"wait": {"ms": 10}, "measure": {"instruments": "DMM 1", "operation": "x"}})")
            << QStringLiteral("steps[0]: a step is an object with one key, its type");
        QTest::newRow("unknown field in a step")
            << plan(
                   R"({"set": {"instruments": "PSU A", "operation": "set_output", "paramters": {}}})")
            << QStringLiteral("steps[0].set.paramters: unknown field (this object takes "
                              "instruments, operation, parameters, limits, ramp)");
        QTest::newRow("operation missing") << plan(R"({"measure": {"instruments": "DMM 1"}})")
                                           << QStringLiteral("steps[0].measure.operation: missing");
        QTest::newRow("operation not a string")
            << plan(R"({"measure": {"instruments": "DMM 1", "operation": 5}})")
            << QStringLiteral("steps[0].measure.operation: must be a string");
        QTest::newRow("parameter is a list")
            << plan(setVoltage("[1]"))
            << QStringLiteral("steps[0].set.parameters.value: must be "
                              "a number, a string or true/false");
        QTest::newRow("instruments a number")
            << plan(R"({"measure": {"instruments": 7, "operation": "identify"}})")
            << QStringLiteral("steps[0].measure.instruments: must be a name, a list of names");
        QTest::newRow("instruments an empty list")
            << plan(R"({"measure": {"instruments": [], "operation": "identify"}})")
            << QStringLiteral("steps[0].measure.instruments: an empty list selects no instrument");
        QTest::newRow("an instrument twice in a list")
            << plan(R"({"query": {"instruments": ["DMM 1", "DMM 1"], "operation": "identify"}})")
            << QStringLiteral("steps[0].query.instruments[1]: 'DMM 1' appears twice");
        QTest::newRow("priority not whole")
            << plan(ok, "\"priority\": 1.5") << QStringLiteral("priority: must be a whole number");
        QTest::newRow("safeOnStop as text") << plan(ok, "\"safeOnStop\": \"yes\"")
                                            << QStringLiteral("safeOnStop: must be true or false");
        QTest::newRow("sweep of 1 point")
            << plan(sweep("\"from\": 0, \"to\": 5, \"points\": 1", setVoltage("\"${v}\"")))
            << QStringLiteral("steps[0].sweep.points: a sweep needs at least 2 points, not 1");
        QTest::newRow("sweep of 0 points")
            << plan(sweep("\"from\": 0, \"to\": 5, \"points\": 0", setVoltage("\"${v}\"")))
            << QStringLiteral("steps[0].sweep.points: a sweep needs at least 2 points, not 0");
        QTest::newRow("sweep of too many points")
            << plan(sweep("\"from\": 0, \"to\": 5, \"points\": 2000000", ok))
            << QStringLiteral("steps[0].sweep.points: more than 1000000 points");
        QTest::newRow("log sweep through 0")
            << plan(sweep(R"("from": -1, "to": 1, "points": 5, "scale": "log")", ok))
            << QStringLiteral("steps[0].sweep.from: a log sweep runs between two values of the "
                              "same sign, neither 0: not from -1 to 1");
        QTest::newRow("unknown scale")
            << plan(sweep(R"("from": 1, "to": 2, "points": 5, "scale": "exp")", ok))
            << QStringLiteral("steps[0].sweep.scale: 'exp' is not one of linear, log");
        QTest::newRow("listed values and a range")
            << plan(sweep(R"("values": [1, 2], "points": 5)", ok))
            << QStringLiteral("steps[0].sweep.points: a sweep has listed values or from, to and "
                              "points, not both");
        QTest::newRow("a listed value as text") << plan(sweep(R"("values": [1, "2"])", ok))
                                                << QStringLiteral("steps[0].sweep.values[1]: must "
                                                                  "be a number");
        QTest::newRow("sweep without body")
            << plan(R"({"sweep": {"variable": "v", "values": [1, 2]}})")
            << QStringLiteral("steps[0].sweep.body: missing");
        QTest::newRow("sweep with an empty body")
            << plan(sweep(R"("values": [1, 2])", {}))
            << QStringLiteral("steps[0].sweep.body: empty: a sweep needs steps to run");
        QTest::newRow("parallel with an empty body")
            << plan(R"({"parallel": {"body": []}})")
            << QStringLiteral("steps[0].parallel.body: empty: a parallel needs steps to run");
        QTest::newRow("variable not a name")
            << plan(sweep(R"("values": [1, 2])", ok, "2v"))
            << QStringLiteral("steps[0].sweep.variable: '2v' is not a name");
        QTest::newRow("unbound variable")
            << plan(sweep(R"("values": [1, 2])", setVoltage("\"${w}\"")))
            << QStringLiteral("steps[0].sweep.body[0].set.parameters.value: ${w} is not bound by "
                              "an enclosing sweep");
        QTest::newRow("variable outside its sweep")
            << plan(sweep(R"("values": [1, 2])", ok) + ", " + setVoltage("\"${v}\""))
            << QStringLiteral("steps[1].set.parameters.value: ${v} is not bound by an enclosing "
                              "sweep");
        QTest::newRow("variable inside text")
            << plan(sweep(R"("values": [1, 2])", setVoltage("\"1${v}\"")))
            << QStringLiteral("steps[0].sweep.body[0].set.parameters.value: '1${v}': a variable "
                              "is a whole value, written \"${name}\"");
        QTest::newRow("variable bound twice in one nesting")
            << plan(sweep(R"("values": [1, 2])",
                          "{\"repeat\": {\"count\": 2, \"body\": [" +
                              sweep(R"("values": [3, 4])", setVoltage("\"${v}\"")) + "]}}"))
            << QStringLiteral("steps[0].sweep.body[0].repeat.body[0].sweep.variable: 'v' is "
                              "already bound by steps[0].sweep.variable");
        QTest::newRow("parameter above the limit at the last sweep point only")
            << plan(sweep("\"from\": 0, \"to\": 35, \"points\": 8", setVoltage("\"${v}\"")))
            << QStringLiteral("steps[0].sweep.body[0].set.parameters.value: voltage 35 V above "
                              "the limit 30 V (PSU A, at v = 35)");
        QTest::newRow("parameter above the limit in the outer of two sweeps")
            << plan(sweep(R"("values": [1, 2, 4])",
                          sweep(R"("values": [5, 4])",
                                R"({"set": {"instruments": "PSU A", "operation": "set_voltage",
                                    "parameters": {"channel": "${c}", "value": "${v}"}}})"),
                          "c"))
            << QStringLiteral("steps[0].sweep.body[0].sweep.body[0].set.parameters.channel: "
                              "channel 4 above the limit 3 (PSU A, at c = 4)");
        QTest::newRow("whole-number parameter at a fractional sweep point")
            << plan(sweep("\"from\": 1, \"to\": 3, \"points\": 5",
                          R"({"measure": {"instruments": "PSU A", "operation": "measure_voltage",
                              "parameters": {"channel": "${v}"}}})"))
            << QStringLiteral("steps[0].sweep.body[0].measure.parameters.channel: channel: '1.5' "
                              "is not a whole number (PSU A, at v = 1.5)");
        QTest::newRow("parameter above the limit without a sweep")
            << plan(setVoltage("31"))
            << QStringLiteral("steps[0].set.parameters.value: voltage 31 V above the limit 30 V "
                              "(PSU A)");
        QTest::newRow("enum value not in the profile")
            << plan(R"({"set": {"instruments": {"kind": "psu"}, "operation": "set_output",
                    "parameters": {"state": "MAYBE"}}})")
            << QStringLiteral("steps[0].set.parameters.state: output: 'MAYBE' is not one of ON, "
                              "OFF (PSU A)");
        QTest::newRow("unknown parameter")
            << plan(R"({"set": {"instruments": "PSU A", "operation": "set_voltage",
                    "parameters": {"volt": 1}}})")
            << QStringLiteral("steps[0].set.parameters.volt: unknown parameter 'volt' "
                              "(set_voltage takes channel, value)");
        QTest::newRow("unknown instrument")
            << plan(R"({"measure": {"instruments": ["DMM 1", "DMM 9"], "operation": "identify"}})")
            << QStringLiteral("steps[0].measure.instruments: 'DMM 9' is not an instrument of this "
                              "run");
        QTest::newRow("unknown operation")
            << plan(setVoltage("1").replace("set_voltage", "set_volts"))
            << QStringLiteral("steps[0].set.operation: 'set_volts' is not an operation of PSU A "
                              "(identify, reset, set_voltage");
        QTest::newRow("unknown kind")
            << plan(R"({"query": {"instruments": {"kind": "scope"}, "operation": "identify"}})")
            << QStringLiteral("steps[0].query.instruments.kind: no instrument of kind 'scope' in "
                              "this run");
        QTest::newRow("kind selector with another key")
            << plan(
                   R"({"query": {"instruments": {"kind": "psu", "name": "x"}, "operation": "identify"}})")
            << QStringLiteral("steps[0].query.instruments.name: unknown field");
        QTest::newRow("min above max in a limit")
            << plan(ok, R"("limits": [{"quantity": "current", "min": 2, "max": 1}])")
            << QStringLiteral("limits[0].min: 2 is above max 1");
        QTest::newRow("limit without bounds")
            << plan(ok, R"("limits": [{"quantity": "current", "action": "warn"}])")
            << QStringLiteral("limits[0]: needs min, max or both");
        QTest::newRow("unknown action")
            << plan(ok, R"("limits": [{"quantity": "current", "max": 1, "action": "explode"}])")
            << QStringLiteral("limits[0].action: 'explode' is not one of warn, pause, "
                              "abort-instrument, abort-run");
        QTest::newRow("limit of a step with consecutive 0")
            << plan(R"({"measure": {"instruments": "DMM 1", "operation": "measure_voltage_dc",
                    "limits": [{"quantity": "voltage", "max": 1, "consecutive": 0}]}})")
            << QStringLiteral("steps[0].measure.limits[0].consecutive: must be at least 1, not 0");
        QTest::newRow("limit on an instrument not in the run")
            << plan(ok, R"("limits": [{"quantity": "current", "max": 1, "instruments": "PSU Z"}])")
            << QStringLiteral("limits[0].instruments: 'PSU Z' is not an instrument of this run");
        QTest::newRow("repeat count 0")
            << plan("{\"repeat\": {\"count\": 0, \"body\": [" + ok + "]}}")
            << QStringLiteral("steps[0].repeat.count: must be at least "
                              "1, not 0");
        QTest::newRow("repeat with count and interval")
            << plan("{\"repeat\": {\"count\": 2, \"everyMs\": 5, \"body\": [" + ok + "]}}")
            << QStringLiteral("steps[0].repeat: needs either count or everyMs");
        QTest::newRow("repeat every 0 ms")
            << plan("{\"repeat\": {\"everyMs\": 0, \"body\": [" + ok + "]}}")
            << QStringLiteral("steps[0].repeat.everyMs: must be more than 0, not 0");
        QTest::newRow("repeat for a negative time")
            << plan("{\"repeat\": {\"everyMs\": 10, \"forMs\": -10, \"body\": [" + ok + "]}}")
            << QStringLiteral("steps[0].repeat.forMs: must be more than 0, not -10");
        QTest::newRow("negative wait") << plan(R"({"wait": {"ms": -5}})")
                                       << QStringLiteral("steps[0].wait.ms: must be more than 0, "
                                                         "not -5");
        QTest::newRow("wait of a fraction of a millisecond")
            << plan(R"({"wait": {"ms": 0.5}})")
            << QStringLiteral("steps[0].wait.ms: must be a whole number");
        QTest::newRow("wait of two kinds")
            << plan(R"({"wait": {"ms": 5, "opc": {"instruments": "PSU A"}}})")
            << QStringLiteral("steps[0].wait: needs exactly one of "
                              "ms, stable and opc");
        QTest::newRow("wait stable on an instrument not in the run")
            << plan(
                   R"({"wait": {"stable": {"instruments": "Oven Z", "operation": "measure_temperature",
                    "tolerance": 0.5, "forMs": 1000, "timeoutMs": 10000}}})")
            << QStringLiteral("steps[0].wait.stable.instruments: 'Oven Z' is not an instrument "
                              "of this run");
        QTest::newRow("wait stable on an operation without a number")
            << plan(R"({"wait": {"stable": {"instruments": "Oven", "operation": "identify",
                    "tolerance": 0.5, "forMs": 1000, "timeoutMs": 10000}}})")
            << QStringLiteral("steps[0].wait.stable.operation: 'identify' of Oven does not reply "
                              "one number");
        QTest::newRow("wait stable timing out before it can be stable")
            << plan(
                   R"({"wait": {"stable": {"instruments": "Oven", "operation": "measure_temperature",
                    "tolerance": 0.5, "forMs": 60000, "timeoutMs": 1000}}})")
            << QStringLiteral("steps[0].wait.stable.timeoutMs: 1000 ms is shorter than forMs");
        QTest::newRow("wait stable without a timeout")
            << plan(
                   R"({"wait": {"stable": {"instruments": "Oven", "operation": "measure_temperature",
                    "tolerance": 0.5, "forMs": 60000}}})")
            << QStringLiteral("steps[0].wait.stable.timeoutMs: missing");
        QTest::newRow("ramp on measure")
            << plan(R"({"measure": {"instruments": "DMM 1", "operation": "measure_voltage_dc",
                    "ramp": {"maxStep": 1}}})")
            << QStringLiteral("steps[0].measure.ramp: only a set step ramps");
        QTest::newRow("ramp on a parameter that is not a number")
            << plan(R"({"set": {"instruments": "PSU A", "operation": "set_output",
                    "parameters": {"state": "ON"}, "ramp": {"parameter": "state", "maxStep": 1}}})")
            << QStringLiteral("steps[0].set.ramp.parameter: 'state' is not a number parameter of "
                              "set_output on PSU A");
        QTest::newRow("ramp without a step or a rate")
            << plan(setVoltage("1", R"(, "ramp": {"parameter": "value"})"))
            << QStringLiteral("steps[0].set.ramp: needs maxStep, maxRate or both");
        QTest::newRow("ramp of a negative step")
            << plan(setVoltage("1", R"(, "ramp": {"maxStep": -1})"))
            << QStringLiteral("steps[0].set.ramp.maxStep: must be more than 0, not -1");
        QTest::newRow("steps nested deeper than 32")
            << plan(nested(33)) << QStringLiteral(": steps nested deeper than 32");
        QTest::newRow("a 5 MiB file")
            << QByteArray(5 << 20, ' ') << QStringLiteral("cannot read: larger than 4 MiB");
    }

    void malformedPlansAreRefusedNamingTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const QString path = write(json);
        const PlanFile::Result result = PlanFile::load(path);
        QString said = result.error;
        if (result.plan) {
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            said =
                PlanValidator::validate(*result.plan, m_demo.instruments()).join(QLatin1Char('\n'));
        } else {
            QVERIFY2(said.startsWith(QFileInfo(path).fileName() + QStringLiteral(": ")),
                     qPrintable(said));
        }
        QVERIFY2(said.contains(error),
                 qPrintable(QStringLiteral("said: %1\nexpected: %2").arg(said, error)));
    }

    void nestingUpToTheLimitIsRead()
    {
        const PlanFile::Result result = PlanFile::parse(plan(nested(32)));
        QVERIFY2(result.plan, qPrintable(result.error));
        const PlanStep *step = &result.plan->steps.first();
        while (!step->body.isEmpty())
            step = &step->body.first();
        QCOMPARE(step->type, PlanStep::Type::Measure);
        QVERIFY(PlanValidator::validate(*result.plan, m_demo.instruments()).isEmpty());
    }

    void everyKindSelectorPicksItsInstrumentsInNameOrder()
    {
        InstrumentSelector psus;
        psus.kind = QStringLiteral("psu");
        QCOMPARE(PlanValidator::select(psus, m_demo.instruments()),
                 (QStringList{QStringLiteral("PSU A"), QStringLiteral("PSU B")}));
        InstrumentSelector named;
        named.names = {QStringLiteral("DMM 2"), QStringLiteral("DMM 1")};
        QCOMPARE(PlanValidator::select(named, m_demo.instruments()), named.names);
    }

    void oneBadBoundIsOneErrorNotOnePerPoint()
    {
        const PlanFile::Result result = PlanFile::parse(
            plan(sweep("\"from\": 0, \"to\": 100, \"points\": 101", setVoltage("\"${v}\""))));
        QVERIFY2(result.plan, qPrintable(result.error));
        const QStringList errors = PlanValidator::validate(*result.plan, m_demo.instruments());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("voltage 31 V above the limit 30 V")),
                 qPrintable(errors.first()));
    }

    void aVariableIsCheckedAtEachOfItsValuesAlone()
    {
        // A 3-value sweep around a 40,000-point one: the inner variable's first value above
        // 30 V is found, named with its own variable only (the channel decides nothing of it).
        const PlanFile::Result result = PlanFile::parse(
            plan(sweep(R"("values": [1, 2, 3])",
                       sweep("\"from\": 0, \"to\": 30.5, \"points\": 40000",
                             R"({"set": {"instruments": "PSU A", "operation": "set_voltage",
                      "parameters": {"channel": "${c}", "value": "${v}"}}})"),
                       "c")));
        QVERIFY2(result.plan, qPrintable(result.error));
        const QStringList errors = PlanValidator::validate(*result.plan, m_demo.instruments());
        QCOMPARE(errors,
                 QStringList{QStringLiteral(
                     "steps[0].sweep.body[0].sweep.body[0].set.parameters.value: voltage "
                     "30.0005500138 V above the limit 30 V (PSU A, at v = 30.0005500138)")});
    }

    void onceTheChecksAreSpentOnlyTheExtremesAreChecked()
    {
        // The first sweep takes the plan's checks (kMaxChecks values, all good). After it, the
        // channel's fractional value between two whole extremes is left out; the voltage's
        // largest value is still checked and refused.
        const QByteArray spend = sweep("\"from\": 0, \"to\": 30, \"points\": " +
                                           QByteArray::number(PlanValidator::kMaxChecks),
                                       setVoltage("\"${v}\""));
        const QByteArray after =
            sweep(R"("values": [1, 1.5, 3])",
                  R"({"measure": {"instruments": "PSU A", "operation": "measure_voltage",
                "parameters": {"channel": "${c}"}}},
               {"set": {"instruments": "PSU A", "operation": "set_voltage",
                "parameters": {"value": "${w}"}}})",
                  "c");
        const PlanFile::Result result =
            PlanFile::parse(plan(spend + ", " + sweep(R"("values": [2, 40, 5])", after, "w")));
        QVERIFY2(result.plan, qPrintable(result.error));
        const QStringList errors = PlanValidator::validate(*result.plan, m_demo.instruments());
        QCOMPARE(errors, QStringList{QStringLiteral(
                             "steps[1].sweep.body[0].sweep.body[1].set.parameters.value: voltage "
                             "40 V above the limit 30 V (PSU A, at w = 40)")});
    }
};

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
