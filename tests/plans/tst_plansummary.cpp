// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoinstruments.h"

#include "plans/planfile.h"
#include "plans/plansummary.h"
#include "plans/planvalidator.h"

#include <QDir>
#include <QTest>

using namespace ld;

class TestPlanSummary : public QObject
{
    Q_OBJECT

private:
    test::DemoInstruments m_demo;

    PlanSummary summaryOf(const QByteArray &json)
    {
        const PlanFile::Result result = PlanFile::parse(json);
        if (!result.plan)
            qFatal("%s", qPrintable(result.error));
        const QStringList errors = PlanValidator::validate(*result.plan, m_demo.instruments());
        if (!errors.isEmpty())
            qFatal("%s", qPrintable(errors.join(QLatin1Char('\n'))));
        return PlanSummary::of(*result.plan, m_demo.instruments());
    }

private Q_SLOTS:
    void countsJobsTimesAndRamps_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<quint64>("jobs");
        QTest::addColumn<bool>("openEnded");
        QTest::addColumn<quint64>("rampedSets");
        QTest::addColumn<quint64>("rampExtraSets");
        QTest::addColumn<double>("minimumMs");

        const QByteArray measureDmms =
            R"({"measure": {"instruments": ["DMM 1", "DMM 2"], "operation": "measure_voltage_dc"}})";
        QTest::newRow("one measure on two instruments")
            << QByteArray("{\"schema\": 1, \"steps\": [" + measureDmms + "]}") << quint64(2)
            << false << quint64(0) << quint64(0) << 0.0;
        QTest::newRow("a kind selects every instrument of it")
            << QByteArray(R"({"schema": 1, "steps": [{"query": {"instruments": {"kind": "sensor"},
                 "operation": "identify"}}]})")
            << quint64(3) << false << quint64(0) << quint64(0) << 0.0;
        QTest::newRow("sweep times repeat times instruments, waits add up")
            << QByteArray(R"({"schema": 1, "steps": [{"repeat": {"count": 3, "body": [
                 {"sweep": {"variable": "v", "values": [1, 2, 3, 4], "body": [)" +
                          measureDmms + R"(, {"wait": {"ms": 10}}]}}]}}]})")
            << quint64(24) << false << quint64(0) << quint64(0) << 120.0;
        QTest::newRow("interval repeat: duration over interval ticks, all but the last apart")
            << QByteArray(R"({"schema": 1, "steps": [{"repeat": {"everyMs": 300, "forMs": 1000,
                 "body": [)" +
                          measureDmms + "]}}]}")
            << quint64(8) << false << quint64(0) << quint64(0) << 900.0;
        QTest::newRow("repeat until stopped is open-ended")
            << QByteArray(R"({"schema": 1, "steps": [{"repeat": {"everyMs": 300, "body": [)" +
                          measureDmms + "]}}]}")
            << quint64(2) << true << quint64(0) << quint64(0) << 0.0;
        QTest::newRow("parallel takes its longest child")
            << QByteArray(R"({"schema": 1, "steps": [{"parallel": {"body": [
                 {"wait": {"ms": 50}}, {"sequence": {"body": [{"wait": {"ms": 30}}, {"wait": {"ms": 40}}]}},
                 {"query": {"instruments": {"kind": "psu"}, "operation": "identify"}}]}}]})")
            << quint64(2) << false << quint64(0) << quint64(0) << 70.0;
        QTest::newRow("stable wait polls over its time, opc once per instrument")
            << QByteArray(R"({"schema": 1, "steps": [
                 {"wait": {"stable": {"instruments": "Oven", "operation": "measure_temperature",
                   "tolerance": 0.5, "forMs": 10000, "pollMs": 1000, "timeoutMs": 60000}}},
                 {"wait": {"opc": {"instruments": {"kind": "dmm"}}}}]})")
            << quint64(13) << false << quint64(0) << quint64(0) << 10000.0;
        QTest::newRow("ramp by step: 0 to 5 V by 1 V points in 0.25 V steps")
            << QByteArray(R"({"schema": 1, "steps": [{"sweep": {"variable": "v", "from": 0,
                 "to": 5, "points": 6, "body": [{"set": {"instruments": "PSU A",
                 "operation": "set_voltage", "parameters": {"value": "${v}"},
                 "ramp": {"maxStep": 0.25}}}]}}]})")
            << quint64(6) << false << quint64(6) << quint64(15) << 0.0;
        QTest::newRow("ramp of more sets than a count holds: as many as the run makes")
            << QByteArray(R"({"schema": 1, "steps": [{"sweep": {"variable": "v", "values": [0, 5],
                 "body": [{"set": {"instruments": "PSU A", "operation": "set_voltage",
                 "parameters": {"value": "${v}"}, "ramp": {"maxStep": 1e-20}}}]}}]})")
            << quint64(2) << false << quint64(2) << quint64(999'999'999'999'999) << 0.0;
        QTest::newRow("ramp by rate: 0 to 10 V at 2 V/s, on both supplies")
            << QByteArray(
                   R"({"schema": 1, "steps": [{"sweep": {"variable": "v", "values": [0, 10, 4],
                 "body": [{"set": {"instruments": {"kind": "psu"}, "operation": "set_voltage",
                 "parameters": {"value": "${v}"}, "ramp": {"maxRate": 2}}}]}}]})")
            << quint64(6) << false << quint64(6) << quint64(0) << 8000.0;
        QTest::newRow("a ramp of a literal value: no known move")
            << QByteArray(R"({"schema": 1, "steps": [{"set": {"instruments": "PSU A",
                 "operation": "set_voltage", "parameters": {"value": 12},
                 "ramp": {"maxStep": 1, "maxRate": 1}}}]})")
            << quint64(1) << false << quint64(1) << quint64(0) << 0.0;
    }

    void countsJobsTimesAndRamps()
    {
        QFETCH(QByteArray, json);
        const PlanSummary s = summaryOf(json);
        QTEST(s.jobs, "jobs");
        QTEST(s.openEnded, "openEnded");
        QTEST(s.rampedSets, "rampedSets");
        QTEST(s.rampExtraSets, "rampExtraSets");
        QTEST(s.minimumMs, "minimumMs");
    }

    void examplesHaveTheDocumentedFigures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<quint64>("jobs");
        QTest::addColumn<quint64>("rampedSets");
        QTest::addColumn<double>("minimumMs");
        QTest::addColumn<QString>("durationLine");
        // docs/plans.md quotes these figures.
        QTest::newRow("I-V curve") << QStringLiteral("iv-curve.json") << quint64(37) << quint64(11)
                                   << 1100.0 << QStringLiteral("duration: at least 1.1 s");
        QTest::newRow("supply ramp")
            << QStringLiteral("supply-ramp.json") << quint64(109) << quint64(21) << 20750.0
            << QStringLiteral("duration: at least 20.8 s");
        QTest::newRow("temperature soak")
            << QStringLiteral("temperature-soak.json") << quint64(817) << quint64(0) << 1965000.0
            << QStringLiteral("duration: at least 32 min 45 s");
        QTest::newRow("health check")
            << QStringLiteral("health-check.json") << quint64(14) << quint64(0) << 0.0
            << QStringLiteral("duration: at least 0 ms");
    }

    void examplesHaveTheDocumentedFigures()
    {
        QFETCH(QString, file);
        QFETCH(QString, durationLine);
        const PlanFile::Result result =
            PlanFile::load(QDir(test::DemoInstruments::examplesDirectory()).filePath(file));
        QVERIFY2(result.plan, qPrintable(result.error));
        const PlanSummary s = PlanSummary::of(*result.plan, m_demo.instruments());
        QTEST(s.jobs, "jobs");
        QTEST(s.rampedSets, "rampedSets");
        QTEST(s.minimumMs, "minimumMs");
        QVERIFY(!s.openEnded);
        const QString text = s.text().join(QLatin1Char('\n'));
        QVERIFY2(text.contains(durationLine), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("instruments' latency not included")),
                 qPrintable(text));
    }

    void countsStopAtTheLargestNumberRatherThanWrap()
    {
        // 1,000,000 points nested five deep: 10^30 jobs.
        QByteArray step =
            R"({"measure": {"instruments": "DMM 1", "operation": "measure_voltage_dc"}})";
        for (const char *var : {"a", "b", "c", "d", "e"})
            step = QByteArray("{\"sweep\": {\"variable\": \"") + var +
                   "\", \"from\": 0, \"to\": 1, \"points\": 1000000, \"body\": [" + step + "]}}";
        const PlanSummary s = summaryOf("{\"schema\": 1, \"steps\": [" + step + "]}");
        QCOMPARE(s.jobs, std::numeric_limits<quint64>::max());
    }

    void durationsBeyondAnyWholeNumberAreShownAsTheirSize_data()
    {
        QTest::addColumn<double>("minimumMs");
        QTest::addColumn<QString>("duration");
        QTest::newRow("a plan's lifetime") << 3.6e12 << QStringLiteral("at least 1e+06 h");
        QTest::newRow("nested sweeps of long waits")
            << 1e300 << QStringLiteral("at least 2.78e+293 h");
        QTest::newRow("more than a double holds")
            << std::numeric_limits<double>::infinity() << QStringLiteral("at least inf h");
        QTest::newRow("just below a million hours")
            << 3.5e12 << QStringLiteral("at least 972222 h 13 min");
    }

    void durationsBeyondAnyWholeNumberAreShownAsTheirSize()
    {
        // Found by fuzz_planfile: a duration past 2^63 ms was cast to a whole number.
        QFETCH(double, minimumMs);
        QFETCH(QString, duration);
        PlanSummary s;
        s.minimumMs = minimumMs;
        QVERIFY2(s.text().last().contains(QStringLiteral("duration: ") + duration),
                 qPrintable(s.text().last()));
    }

    void textSaysWhenTheCountIsOpenEndedAndRampsAtLeast()
    {
        PlanSummary s;
        s.jobs = 10;
        s.openEnded = true;
        s.rampedSets = 4;
        s.rampExtraSets = 6;
        s.minimumMs = 90000;
        QCOMPARE(s.text(),
                 (QStringList{QStringLiteral("jobs: 10 in one pass; a repeat runs until stopped"),
                              QStringLiteral("ramped sets: at least 10 (4 sets with a ramp, 6 "
                                             "more for the moves between sweep points; a move "
                                             "from an instrument's present value is unknown "
                                             "before the run)"),
                              QStringLiteral("duration: at least 1 min 30 s per pass of the "
                                             "repeat that runs until stopped (waits, intervals "
                                             "and ramp rates; instruments' latency not "
                                             "included)")}));
    }
};

QTEST_GUILESS_MAIN(TestPlanSummary)
#include "tst_plansummary.moc"
