// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/profileregistry.h"
#include "sim/simbench.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ld;

/** Standard tools must accept the simulator: PyVISA (@py backend) over pty, TCP and VXI-11. */
class TestPyVisaInterop : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kPython = "/usr/bin/python3";

    /** Skips (by returning false) when PyVISA with the @py backend is not there. */
    static bool pyvisaAvailable()
    {
        QProcess probe;
        probe.start(QString::fromLatin1(kPython),
                    {QStringLiteral("-c"), QStringLiteral("import pyvisa, pyvisa_py")});
        return probe.waitForFinished(30000) && probe.exitCode() == 0;
    }

    /**
     * Runs pyvisa_query.py with `args` and checks one JSON line per resource: the identity
     * of `models`, a value of 6.5 and an empty error queue.
     */
    static void checkQueries(const QStringList &args, const QStringList &resources,
                             const QStringList &models)
    {
        QProcess script;
        script.start(QString::fromLatin1(kPython),
                     QStringList{QStringLiteral(LABDISPATCH_PYVISA_SCRIPT)} + args);
        QVERIFY(script.waitForFinished(90000));
        const QString stderrText = QString::fromUtf8(script.readAllStandardError());
        if (script.exitCode() == 77)
            QSKIP(qPrintable(stderrText.trimmed()));
        QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
                 qPrintable(stderrText));

        const QList<QByteArray> lines = script.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), resources.size());
        for (int i = 0; i < resources.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(o.value(QStringLiteral("resource")).toString(), resources.at(i));
            QVERIFY2(o.value(QStringLiteral("idn"))
                         .toString()
                         .startsWith(QStringLiteral("LabDispatch Simulated,") + models.at(i) +
                                     QLatin1Char(',')),
                     lines.at(i).constData());
            QVERIFY2(qAbs(o.value(QStringLiteral("value")).toDouble() - 6.5) < 0.01,
                     lines.at(i).constData());
            QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("0,\"No error\""));
        }
    }

    ProfileRegistry m_registry;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_registry.addDirectory(ProfileRegistry::builtinDirectory()) > 0);
    }

    void init()
    {
        if (!pyvisaAvailable())
            QSKIP("PyVISA with the @py backend is not importable by /usr/bin/python3 "
                  "(install python3-pyvisa-py)");
    }

    void pyvisaQueriesIdentityAndMeasurementOnBothTransports()
    {
        QString error;
        const auto specs = SimBench::parse(R"({"instruments": [
            {"name": "psu", "profile": "labdispatch-sim-psu3", "transport": "pty", "seed": 5},
            {"name": "dmm", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 6,
             "wire": {"instrument": "psu", "operation": "measure_voltage", "channel": 2}}]})",
                                           &error);
        QVERIFY2(specs, qPrintable(error));
        SimBench bench;
        QVERIFY2(bench.start(m_registry, *specs, &error), qPrintable(error));
        const QString psu = bench.resource(QStringLiteral("psu"));
        const QString dmm = bench.resource(QStringLiteral("dmm"));

        // The supply (serial) is set to 6.5 V on channel 2; the meter (LAN) wired to it reads it.
        checkQueries({psu + QStringLiteral("=SOUR2:VOLT 6.5;OUTP2:STAT ON|MEAS2:VOLT?"),
                      dmm + QStringLiteral("=|MEAS:VOLT:DC?")},
                     {psu, dmm}, {QStringLiteral("PSU-3303S"), QStringLiteral("DMM-6500S")});
    }

    void pyvisaQueriesTheSimulatorOverVxi11()
    {
        // PyVISA-py asks the portmapper on port 111 only, so the simulator must serve there:
        // a privileged port, free unless rpcbind runs.
        QString error;
        const auto specs = SimBench::parse(R"({"instruments": [
            {"name": "psu", "profile": "labdispatch-sim-psu3", "transport": "vxi11", "port": 111,
             "seed": 7}]})",
                                           &error);
        QVERIFY2(specs, qPrintable(error));
        SimBench bench;
        if (!bench.start(m_registry, *specs, &error))
            QSKIP(qPrintable(QStringLiteral("the simulator cannot serve the VXI-11 portmapper on "
                                            "127.0.0.1:111, where PyVISA looks for it (%1); run "
                                            "as root with nothing (rpcbind) on port 111")
                                 .arg(error)));
        const QString psu = bench.resource(QStringLiteral("psu"));
        QCOMPARE(psu, QStringLiteral("TCPIP0::127.0.0.1::inst0::INSTR"));
        checkQueries({psu + QStringLiteral("=SOUR2:VOLT 6.5;OUTP2:STAT ON|MEAS2:VOLT?")}, {psu},
                     {QStringLiteral("PSU-3303S")});
    }
};

QTEST_GUILESS_MAIN(TestPyVisaInterop)
#include "tst_pyvisainterop.moc"
