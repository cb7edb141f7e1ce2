// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/signalquit.h"
#include "replay.h"

#include "instruments/profileregistry.h"
#include "sim/simbench.h"

#include "translators.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

/**
 * labsim: serves a simulated bench, or replays a transcript, until SIGINT/SIGTERM. Exit 2 on
 * bad options.
 */
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("labsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LABDISPATCH_VERSION));
    ld::Translators::install(QLocale::system());
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("labsim", "Serves simulated SCPI instruments over "
                                              "pseudo-terminals, loopback TCP and VXI-11, or "
                                              "replays recorded ones (--replay)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption bench(
        QStringLiteral("bench"),
        QCoreApplication::translate("labsim", "Bench to start: 'demo' or a bench file."),
        QStringLiteral("name|file"), QStringLiteral("demo"));
    const QCommandLineOption writeBench(
        QStringLiteral("write-bench"),
        QCoreApplication::translate("labsim", "Also write the app's bench file (name, profile, "
                                              "resource per instrument)."),
        QStringLiteral("file"));
    const QCommandLineOption profiles(
        QStringLiteral("profiles"),
        QCoreApplication::translate("labsim", "Extra folder of driver profiles."),
        QStringLiteral("dir"));
    const QCommandLineOption replay(
        QStringLiteral("replay"),
        QCoreApplication::translate("labsim", "Serve the instruments of this transcript (from "
                                              "'labdispatch run --trace') as recorded."),
        QStringLiteral("file"));
    parser.addOptions({bench, writeBench, profiles, replay});
    parser.addOptions(ld::ReplayBench::options());
    if (!parser.parse(app.arguments()) || !parser.positionalArguments().isEmpty()) {
        err << "labsim: "
            << (parser.errorText().isEmpty()
                    ? QCoreApplication::translate("labsim", "unexpected argument '%1'")
                          .arg(parser.positionalArguments().value(0))
                    : parser.errorText())
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    if (parser.isSet(replay)) {
        ld::ReplayBench replayBench;
        QString error;
        if (!replayBench.start(parser, out, &error)) {
            err << "labsim: " << error << Qt::endl;
            return 2;
        }
        ld::SignalQuit quit;
        return app.exec();
    }

    ld::ProfileRegistry registry;
    registry.addDirectory(QStringLiteral(":/profiles"));
    if (parser.isSet(profiles))
        registry.addDirectory(parser.value(profiles));
    for (const QString &problem : registry.errors() + registry.warnings())
        err << "labsim: " << problem << Qt::endl;

    QString error;
    const auto specs = ld::SimBench::load(parser.value(bench), &error);
    ld::SimBench sim;
    if (!specs || !sim.start(registry, *specs, &error)) {
        err << "labsim: " << error << Qt::endl;
        return 2;
    }
    for (const ld::SimBench::Entry &e : sim.instruments())
        out << e.name << '\t' << e.profileId << '\t' << e.resource << Qt::endl;
    // A simulated GPIB controller: the bench file binds its board to this resource.
    for (const ld::SimBench::ControllerEntry &c : sim.gpibControllers())
        out << c.name << "\tgpib-controller\tGPIB" << c.board << '\t' << c.resource << Qt::endl;
    if (const quint16 port = sim.vxi11PortmapperPort(); port != 0 && port != 111)
        err << "LABDISPATCH_VXI11_PORTMAPPER_PORT=" << port << Qt::endl;
    QObject::connect(&sim, &ld::SimBench::resourceChanged, &app,
                     [&out](const QString &name, const QString &resource) {
                         out << name << "\tmoved\t" << resource << Qt::endl;
                     });
    if (parser.isSet(writeBench)) {
        QSaveFile file(parser.value(writeBench));
        if (!file.open(QIODevice::WriteOnly) || file.write(sim.benchFile()) < 0 || !file.commit()) {
            err << "labsim: " << parser.value(writeBench) << ": " << file.errorString() << Qt::endl;
            return 1;
        }
    }
    ld::SignalQuit quit;
    return app.exec();
}
