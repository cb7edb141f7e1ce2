// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's cost per command without a wire: SimInstrument::handle() driven directly
// with what a run sends the thermometer, the multimeter and the supply (a setting that changes
// every time, then a reading). Prints commands per second and ns per command; no verdict.
//
// Usage: bench_siminstrument [--commands N]

#include "instruments/profileregistry.h"
#include "sim/siminstrument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace ld;

namespace {

struct Case
{
    const char *name;
    const char *profile;
    /** The command at step `i`: a setting on even steps, a reading on odd ones. */
    std::function<QByteArray(int)> command;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption commands(QStringLiteral("commands"),
                                      QStringLiteral("Commands per case (200000)."),
                                      QStringLiteral("n"), QStringLiteral("200000"));
    parser.addOption(commands);
    parser.process(app);
    const int n = std::max(2, parser.value(commands).toInt());

    ProfileRegistry profiles;
    profiles.addDirectory(ProfileRegistry::builtinDirectory());
    const QList<Case> cases = {
        {"thermometer", "labdispatch-sim-thermometer",
         [](int i) {
             return i % 2 == 0 ? "SENS:AVER " + QByteArray::number(i / 2 % 64 + 1)
                               : QByteArray("MEAS:TEMP?");
         }},
        {"dmm", "labdispatch-sim-dmm",
         [](int i) {
             return i % 2 == 0 ? "SENS:VOLT:DC:NPLC " + QByteArray::number(i / 2 % 100 + 1)
                               : QByteArray("MEAS:RES?");
         }},
        {"psu", "labdispatch-sim-psu3",
         [](int i) {
             return i % 2 == 0 ? "SOUR2:VOLT " + QByteArray::number(double(i / 2 % 300) / 10)
                               : QByteArray("MEAS2:CURR?");
         }},
    };
    std::printf("%-12s %10s %12s %10s\n", "profile", "commands", "commands/s", "ns/command");
    for (const Case &c : cases) {
        const DriverProfile *profile = profiles.find(QString::fromLatin1(c.profile));
        if (!profile) {
            std::fprintf(stderr, "profile %s missing\n", c.profile);
            return 1;
        }
        SimInstrument sim(*profile, 1);
        if (profile->operation(QStringLiteral("set_output")))
            sim.handle("OUTP2:STAT ON"); // The supply's current reads zero while off.
        QList<QByteArray> texts;
        for (int i = 0; i < 256; ++i)
            texts.append(c.command(i));
        qsizetype bytes = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i)
            bytes += sim.handle(texts.at(i % texts.size())).value_or(QByteArray()).size();
        const double ns = double(timer.nsecsElapsed()) / n;
        std::printf("%-12s %10d %12.0f %10.0f\n", c.name, n, 1e9 / ns, ns);
        if (sim.errorCount() > 0 || bytes == 0) {
            std::fprintf(stderr, "%s: %d errors queued\n", c.name, sim.errorCount());
            return 1;
        }
    }
    return 0;
}
