// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guimain.h"

#include "common/signalquit.h"

#include "benchstartup.h"
#include "labdialog.h"
#include "languagemenu.h"
#include "mainwindow.h"

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "node/labconnection.h"
#include "plans/runengine.h"
#include "results/journal.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace ld {

namespace {
/** runGui() is a free function: its texts get a context of their own. */
struct GuiMain
{
    Q_DECLARE_TR_FUNCTIONS(ld::GuiMain)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "labdispatch: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, GuiMain::tr("LabDispatch"), message);
    return 1;
}

/** A bad command line: said on stderr only, exit status 2, as every command does. */
int usageError(const QString &message)
{
    std::fprintf(stderr, "labdispatch: %s\n", qPrintable(message));
    return 2;
}
} // namespace

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("labdispatch"));
    QApplication::setApplicationDisplayName(QStringLiteral("LabDispatch"));
    QApplication::setOrganizationName(QStringLiteral("LabDispatch"));
    QApplication::setApplicationVersion(QStringLiteral(LABDISPATCH_VERSION));
    // The packaging id: Wayland and the desktop match the window to the .desktop file by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.labdispatch.LabDispatch"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/labdispatch.svg")));
    // Before any text is made, so --help and the window speak the chosen language.
    LanguageMenu::apply(LanguageMenu::storedLanguage(QSettings()));

    QCommandLineParser parser;
    parser.setApplicationDescription(GuiMain::tr("Operate many lab instruments at once."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption benchOpt(
        QStringLiteral("bench"),
        GuiMain::tr("Open this bench file instead of the last one or the simulated bench."),
        GuiMain::tr("file"));
    const QCommandLineOption capOpt(QStringLiteral("cap"), GuiMain::tr("Jobs running at once."),
                                    GuiMain::tr("n"));
    const QCommandLineOption brokerOpt(
        QStringLiteral("broker"),
        GuiMain::tr("Also show the instruments of the LabDispatch nodes that share this MQTT "
                    "broker (user and TLS as last set in Connect to Lab)."),
        GuiMain::tr("host:port"));
    parser.addOption(benchOpt);
    parser.addOption(capOpt);
    parser.addOption(brokerOpt);
    // process() would end a bad command line with exit status 1; a usage error is 2.
    if (!parser.parse(QApplication::arguments()))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            GuiMain::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    parser.process(app); // --help and --version print and exit here
    // SIGINT, SIGTERM and SIGHUP end the event loop, so the journal gets its closing record.
    SignalQuit signalQuit(&app);

    QSettings settings;
    int cap = settings.value(QStringLiteral("dispatcher/cap"), 8).toInt();
    if (parser.isSet(capOpt)) {
        bool ok = false;
        cap = parser.value(capOpt).toInt(&ok);
        if (!ok || cap < Dispatcher::kMinCap || cap > Dispatcher::kMaxCap)
            return usageError(GuiMain::tr("--cap must be a whole number from %1 to %2, not '%3'")
                                  .arg(Dispatcher::kMinCap)
                                  .arg(Dispatcher::kMaxCap)
                                  .arg(parser.value(capOpt)));
        settings.setValue(QStringLiteral("dispatcher/cap"), cap);
    }
    cap = qBound(int(Dispatcher::kMinCap), cap, int(Dispatcher::kMaxCap));
    if (parser.isSet(brokerOpt)) {
        MqttClient::Options checked;
        QString why;
        if (!LabConnection::parseBroker(parser.value(brokerOpt), &checked, &why))
            return usageError(GuiMain::tr("--broker: %1").arg(why));
    }

    ProfileRegistry profiles;
    profiles.addDirectory(QStringLiteral(":/profiles"));
    const QString userProfiles =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .filePath(QStringLiteral("profiles"));
    if (QFileInfo(userProfiles).isDir())
        profiles.addDirectory(userProfiles);

    // Declared in dependency order: destroyed in reverse, the window first, the dispatcher last.
    Dispatcher dispatcher(cap);
    // Each run started in the window journals itself there (RunController).
    const QString runsFolder = Journal::defaultRunsFolder();
    SimBench sim;
    Bench bench(&dispatcher, &profiles);
    RunEngine engine(&dispatcher);
    engine.addTarget(&bench);

    // The bench named on the command line, else the last one if it still loads, else the demo.
    const BenchStartup::Result start =
        BenchStartup::open(parser.isSet(benchOpt) ? parser.value(benchOpt) : QString(), &settings,
                           &sim, profiles, &bench);
    if (!start.ok)
        return fail(start.error);
    const bool simulated = start.simulated;
    const QString benchPath = start.path;
    QString error;

    MainWindow::Context context;
    context.bench = &bench;
    context.engine = &engine;
    context.dispatcher = &dispatcher;
    context.profiles = &profiles;
    context.simulated = simulated;
    context.settings = &settings;
    context.benchPath = benchPath;
    context.sim = &sim;
    context.startNotice = start.notice;
    context.runsFolder = runsFolder;
    // Remote jobs go through the same dispatcher, so the cap holds across the whole lab.
    LabConnection lab(&dispatcher, &profiles);
    lab.setEngine(&engine); // one run may span local and remote instruments
    context.lab = &lab;
    auto window = std::make_unique<MainWindow>(context);
    window->show();
    bench.connectAll();

    // The lab of last time (if the user asked for that), or the one named on the command line.
    LabDialog::Settings labSettings = LabDialog::Settings::load(settings);
    if (parser.isSet(brokerOpt) || labSettings.connectAtStart) {
        if (parser.isSet(brokerOpt))
            labSettings.broker = parser.value(brokerOpt);
        const std::optional<MqttClient::Options> options = labSettings.options(&error);
        if (!options)
            return fail(GuiMain::tr("The lab broker: %1").arg(error));
        // The window follows the lab through its signals: rows, status, the Disconnect action.
        if (!lab.open(*options, &error))
            return fail(GuiMain::tr("The lab broker: %1").arg(error));
    }

    const int code = app.exec();
    // Remote jobs end with the lab, before the window closes its runs' journals (as stopped);
    // what the engine still has out then is cancelled by its destructor.
    engine.stopAll();
    lab.close();
    window.reset();
    return code;
}

} // namespace ld
