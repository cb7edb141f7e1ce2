// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/nodecommand.h"

#include "cli/benchsession.h"
#include "cli/brokeroptions.h"
#include "common/signalquit.h"
#include "node/node.h"
#include "plans/runengine.h"
#include "results/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace ld {

namespace {
const QString kCommand = QStringLiteral("node");
} // namespace

int NodeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shares this PC's bench with the lab through an MQTT 5 broker: publishes its "
           "instruments and readings, and runs jobs other LabDispatch instances send. Runs "
           "until interrupted; readings are journaled here even while the broker is down."));
    parser.addHelpOption();
    BenchSession::addOptions(parser);
    parser.addOption({QStringLiteral("name"),
                      tr("This node's name in the lab: letters, digits, '-', '_', '.'."),
                      tr("name")});
    BrokerOptions::addOptions(parser, BrokerOptions::Role::Node);
    parser.addOption({QStringLiteral("cap"), tr("Jobs running at once (default 16)."), tr("N")});
    parser.addOption({QStringLiteral("runs-folder"),
                      tr("Where the journal goes (default: the application's data folder)."),
                      tr("dir")});
    parser.addOption({QStringLiteral("state-dir"),
                      tr("Where the node remembers the jobs it answered, so a job delivered again "
                         "after a restart never runs twice (default: nodes/NAME in the "
                         "application's data folder)."),
                      tr("dir")});
    if (const auto code = parseCommandLine(parser, kCommand, arguments))
        return *code;

    Node::Options options;
    options.name = parser.value(QStringLiteral("name"));
    if (!NodeProtocol::isValidNodeName(options.name)) {
        printError(kCommand, tr("--name is required: 1 to 64 letters, digits, '-', '_', '.'"));
        return 2;
    }
    QString error;
    const auto broker = BrokerOptions::fromParser(parser, BrokerOptions::Role::Node, &error);
    if (!broker) {
        printError(kCommand, error);
        return 2;
    }
    options.broker = broker->client;
    int cap = 16;
    if (parser.isSet(QStringLiteral("cap"))) {
        bool ok = false;
        cap = parser.value(QStringLiteral("cap")).toInt(&ok);
        if (!ok || cap < Dispatcher::kMinCap || cap > Dispatcher::kMaxCap) {
            printError(kCommand, tr("--cap must be from %1 to %2")
                                     .arg(Dispatcher::kMinCap)
                                     .arg(Dispatcher::kMaxCap));
            return 2;
        }
    }

    BenchSession session;
    if (!session.open(parser, cap, &error)) {
        printError(kCommand, error);
        return 2;
    }
    session.warnAboutProfiles();
    Bench &bench = session.bench();

    Journal journal(parser.isSet(QStringLiteral("runs-folder"))
                        ? parser.value(QStringLiteral("runs-folder"))
                        : Journal::defaultRunsFolder());
    RunInfo info;
    info.startedWallNs = wallNowNs();
    info.startedMonoNs = monotonicNowNs();
    info.runId = Journal::newRunId(info.startedWallNs);
    info.appVersion = QCoreApplication::applicationVersion();
    info.bench = QStringLiteral("node %1: %2").arg(options.name, session.benchLabel());
    info.cap = cap;
    for (const InstrumentStatus &s : bench.statuses())
        info.instruments.append({s.config.name, s.config.resource, s.identity});
    if (!journal.open(info)) {
        printError(kCommand, tr("cannot start the journal: %1").arg(journal.errorString()));
        return 2;
    }
    RunEngine engine(&session.dispatcher());
    engine.addTarget(&bench);
    engine.setJournal(&journal);

    options.stateDirectory =
        parser.isSet(QStringLiteral("state-dir"))
            ? parser.value(QStringLiteral("state-dir"))
            : QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                  .filePath(QStringLiteral("nodes/") + options.name);
    if (options.stateDirectory.isEmpty()) {
        printError(kCommand, tr("--state-dir needs a folder"));
        return 2;
    }
    Node node(&bench, &engine, options);
    QObject::connect(&node, &Node::warning, &node, [&](const QString &text) {
        std::fprintf(stderr, "node %s: warning: %s\n", qPrintable(options.name), qPrintable(text));
    });
    QObject::connect(&node.client(), &MqttClient::connected, &node, [&] {
        std::fprintf(stderr, "node %s: connected to %s\n", qPrintable(options.name),
                     qPrintable(broker->label));
    });
    QObject::connect(&node.client(), &MqttClient::disconnected, &node, [&](const QString &why) {
        std::fprintf(stderr, "node %s: broker lost (%s); going on locally\n",
                     qPrintable(options.name), qPrintable(why));
    });
    QObject::connect(&node.client(), &MqttClient::connectionError, &node, [&](const QString &why) {
        std::fprintf(stderr, "node %s: %s\n", qPrintable(options.name), qPrintable(why));
    });
    if (!node.start(&error)) {
        printError(kCommand, error);
        return 2;
    }
    bench.connectAll();
    std::printf("%s\n", qPrintable(info.runId));
    std::fflush(stdout);

    SignalQuit quit;
    QCoreApplication::exec();
    node.stop();
    engine.stopAll();
    engine.setJournal(nullptr);
    journal.close(RunEnd::Outcome::Stopped);
    std::fprintf(stderr, "node %s: %lld jobs run, %lld duplicates answered from memory\n",
                 qPrintable(options.name), node.jobsRun(), node.duplicatesAnswered());
    return 0;
}

} // namespace ld
