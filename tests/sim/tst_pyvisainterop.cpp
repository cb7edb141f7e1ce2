// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/profileregistry.h"
#include "sim/simbench.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ld;

/** Standard tools must accept the simulator: PyVISA (@py backend) over pty and TCP. */
class TestPyVisaInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pyvisaQueriesIdentityAndMeasurementOnBothTransports()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import pyvisa, pyvisa_py")});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("PyVISA with the @py backend is not importable by /usr/bin/python3 "
                  "(install python3-pyvisa-py)");

        ProfileRegistry registry;
        registry.addDirectory(ProfileRegistry::builtinDirectory());
        QString error;
        const auto specs = SimBench::parse(R"({"instruments": [
            {"name": "psu", "profile": "labdispatch-sim-psu3", "transport": "pty", "seed": 5},
            {"name": "dmm", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 6,
             "wire": {"instrument": "psu", "operation": "measure_voltage", "channel": 2}}]})",
                                           &error);
        QVERIFY2(specs, qPrintable(error));
        SimBench bench;
        QVERIFY2(bench.start(registry, *specs, &error), qPrintable(error));
        const QString psu = bench.resource(QStringLiteral("psu"));
        const QString dmm = bench.resource(QStringLiteral("dmm"));

        // The supply (serial) is set to 6.5 V on channel 2; the meter (LAN) wired to it reads it.
        QProcess script;
        script.start(python, {QStringLiteral(LABDISPATCH_PYVISA_SCRIPT),
                              psu + QStringLiteral("=SOUR2:VOLT 6.5;OUTP2:STAT ON|MEAS2:VOLT?"),
                              dmm + QStringLiteral("=|MEAS:VOLT:DC?")});
        QVERIFY(script.waitForFinished(90000));
        const QString stderrText = QString::fromUtf8(script.readAllStandardError());
        if (script.exitCode() == 77)
            QSKIP(qPrintable(stderrText.trimmed()));
        QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
                 qPrintable(stderrText));

        const QList<QByteArray> lines = script.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QStringList resources{psu, dmm};
        const QStringList models{QStringLiteral("PSU-3303S"), QStringLiteral("DMM-6500S")};
        for (int i = 0; i < 2; ++i) {
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
};

QTEST_GUILESS_MAIN(TestPyVisaInterop)
#include "tst_pyvisainterop.moc"
