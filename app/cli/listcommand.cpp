// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/listcommand.h"

#include "cli/benchsession.h"
#include "cli/brokeroptions.h"
#include "cli/remotesession.h"
#include "common/signalquit.h"
#include "instruments/benchdiscovery.h"
#include "io/devicetext.h"
#include "node/remotelab.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ld {

namespace {
const QString kCommand = QStringLiteral("list");

/** One instrument as `list --json` prints it, on a local bench or a node alike. */
QJsonObject instrumentJson(const QString &name, const QString &resource, const QString &state,
                           const Reading::Identity &identity, const QString &profile,
                           bool simulated, const QString &error)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("resource"), resource);
    o.insert(QStringLiteral("state"), state);
    o.insert(QStringLiteral("vendor"), identity.vendor);
    o.insert(QStringLiteral("model"), identity.model);
    o.insert(QStringLiteral("serial"), identity.serial);
    o.insert(QStringLiteral("firmware"), identity.firmware);
    o.insert(QStringLiteral("profile"), profile);
    o.insert(QStringLiteral("simulated"), simulated);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

/**
 * The table's last column: who the instrument said it is, or why it cannot say. Device text,
 * possibly relayed by a node: printed only with its control characters made visible.
 */
QString identityText(const Reading::Identity &identity, const QString &profile,
                     const QString &error)
{
    if (identity.vendor.isEmpty())
        return DeviceText::printable(error);
    return DeviceText::printable(
        QStringLiteral("%1 %2 #%3 fw %4 / %5")
            .arg(identity.vendor, identity.model, identity.serial, identity.firmware, profile));
}

/** `list --broker`: every node's instruments as their retained messages describe them. */
int listLab(const QCommandLineParser &parser)
{
    QString error;
    const auto settings =
        BrokerOptions::fromParser(parser, BrokerOptions::Role::Controller, &error);
    if (!settings || !BrokerOptions::rejectLocalOptions(
                         parser,
                         {QStringLiteral("bench"), QStringLiteral("sim"),
                          QStringLiteral("profiles"), QStringLiteral("connect-timeout")},
                         &error)) {
        printError(kCommand, error);
        return 2;
    }
    RemoteSession session(*settings, 1);
    SignalQuit quit; // Ctrl-C while waiting for the broker ends at once
    if (!session.open(&error)) {
        printError(kCommand, error);
        return 1;
    }
    const RemoteLab &lab = session.lab();
    struct Row
    {
        RemoteLab::RemoteInstrument instrument;
        Reading::Identity identity;
        QString resource, profile, error;
    };
    QList<Row> rows;
    for (const RemoteLab::RemoteInstrument &i : lab.instruments()) {
        const QJsonObject &s = i.status;
        auto text = [&s](const char *key) { return s.value(QLatin1String(key)).toString(); };
        rows.append({i,
                     {text("vendor"), text("model"), text("serial"), text("firmware")},
                     text("resource"),
                     text("profile"),
                     text("error")});
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Row &r : std::as_const(rows)) {
            QJsonObject o = instrumentJson(
                r.instrument.name, r.resource, r.instrument.state, r.identity, r.profile,
                r.instrument.status.value(QStringLiteral("simulated")).toBool(), r.error);
            o.insert(QStringLiteral("node"), r.instrument.node);
            o.insert(QStringLiteral("online"), r.instrument.nodeOnline);
            list.append(o);
        }
        std::fputs(QJsonDocument(list).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        const QStringList nodes = lab.nodes();
        int online = 0;
        for (const QString &n : nodes)
            online += lab.node(n).online;
        std::printf("# broker: %s, %lld nodes, %d online\n", qPrintable(session.brokerLabel()),
                    qint64(nodes.size()), online);
        std::printf("%-16s %-8s %-16s %-10s %s\n", "NODE", "PRESENCE", "INSTRUMENT", "STATE",
                    "IDENTITY / PROFILE");
        const auto presence = [](bool on) { return on ? "online" : "offline"; };
        for (const Row &r : std::as_const(rows)) {
            const RemoteLab::RemoteInstrument &i = r.instrument;
            std::printf("%-16s %-8s %-16s %-10s %s\n", qPrintable(i.node), presence(i.nodeOnline),
                        qPrintable(i.name),
                        qPrintable(i.state.isEmpty() ? QStringLiteral("-") : i.state),
                        qPrintable(identityText(r.identity, r.profile, r.error)));
        }
        for (const QString &n : nodes) {
            const RemoteLab::NodeInfo info = lab.node(n);
            if (info.instruments.isEmpty())
                std::printf("%-16s %-8s %-16s\n", qPrintable(n), presence(info.online), "-");
        }
    }
    if (!session.retainedComplete())
        printError(kCommand,
                   ListCommand::tr("warning: the broker did not confirm within %1 ms that all "
                                   "retained state had arrived; the list may be incomplete")
                       .arg(settings->retainedWaitMs));
    return 0;
}

/**
 * `list --discover`: probes what the options name with *IDN? (the bench's GPIB boards always,
 * serial ports, LAN addresses, the services the LAN announces) and prints who answered where.
 */
int discover(const QCommandLineParser &parser, BenchSession &session)
{
    DiscoveryRequest request;
    request.systemSerialPorts = parser.isSet(QStringLiteral("system-ports"));
    request.serialPorts = parser.values(QStringLiteral("serial"));
    request.lanAddresses = parser.values(QStringLiteral("lan"));
    request.lanServices = parser.isSet(QStringLiteral("lan-services"));
    for (const QString &text : parser.values(QStringLiteral("broadcast"))) {
        const QHostAddress address(text);
        if (address.protocol() != QAbstractSocket::IPv4Protocol) {
            printError(kCommand,
                       ListCommand::tr("--broadcast '%1' is not an IPv4 address").arg(text));
            return 2;
        }
        request.portmapperTargets.append(address);
    }
    if (!request.portmapperTargets.isEmpty() && !request.lanServices) {
        printError(kCommand, ListCommand::tr("--broadcast needs --lan-services"));
        return 2;
    }
    if (parser.isSet(QStringLiteral("probe-timeout"))) {
        bool ok = false;
        request.timeoutMs = parser.value(QStringLiteral("probe-timeout")).toInt(&ok);
        if (!ok) {
            printError(kCommand, ListCommand::tr("--probe-timeout must be a number of ms"));
            return 2;
        }
    }
    Bench &bench = session.bench();
    for (const GpibBoardConfig &board : bench.gpibBoards())
        request.gpibBoards.append(board.board);

    QList<DiscoveredInstrument> results;
    QString error;
    QEventLoop loop;
    quint64 id = 0;
    BenchDiscovery discovery(&bench);
    QObject::connect(&discovery, &BenchDiscovery::discovered, &loop,
                     [&](quint64 from, const DiscoveredInstrument &result) {
                         if (from == id)
                             results.append(result);
                     });
    QObject::connect(&discovery, &BenchDiscovery::finished, &loop, [&](quint64 from) {
        if (from == id)
            loop.quit();
    });
    id = discovery.discover(request, &error, &results);
    if (id == 0) {
        printError(kCommand, error);
        return 2;
    }
    {
        SignalQuit quit; // Ctrl-C: QCoreApplication::exit() ends this loop too
        loop.exec();
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DiscoveredInstrument &d : std::as_const(results)) {
            QJsonObject o =
                instrumentJson({}, d.resource, {}, d.identity, d.profileId, false, d.error);
            o.remove(QStringLiteral("name"));
            o.remove(QStringLiteral("state"));
            o.remove(QStringLiteral("simulated"));
            o.insert(QStringLiteral("found"), d.found);
            if (!d.foundBy.isEmpty())
                o.insert(QStringLiteral("foundBy"), d.foundBy);
            if (!d.onBenchAs.isEmpty())
                o.insert(QStringLiteral("onBenchAs"), d.onBenchAs);
            list.append(o);
        }
        std::fputs(QJsonDocument(list).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    std::printf("%-44s %-22s %s\n", "RESOURCE", "FOUND BY", "IDENTITY / PROFILE");
    for (const DiscoveredInstrument &d : std::as_const(results)) {
        const QString what = !d.onBenchAs.isEmpty()
                                 ? ListCommand::tr("on the bench as %1").arg(d.onBenchAs)
                                 : identityText(d.identity, d.profileId, d.error);
        std::printf(
            "%-44s %-22s %s\n", qPrintable(d.resource.isEmpty() ? QStringLiteral("-") : d.resource),
            qPrintable(d.foundBy.isEmpty() ? QStringLiteral("-") : d.foundBy), qPrintable(what));
    }
    return 0;
}
} // namespace

int ListCommand::run(const QStringList &arguments)
{
    const QString &command = kCommand;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connects to the bench's instruments and prints each one's identity and state. With "
           "--broker, prints every instrument of the nodes sharing a lab through that broker."));
    parser.addHelpOption();
    BenchSession::addOptions(parser);
    BrokerOptions::addOptions(parser, BrokerOptions::Role::Controller);
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("connect-timeout"),
                      tr("How long to wait for instruments to connect (default 10000)."),
                      tr("ms")});
    parser.addOption({QStringLiteral("discover"),
                      tr("Probe for instruments with *IDN? instead of listing the bench's: its "
                         "GPIB boards, and what the options below name.")});
    parser.addOption({QStringLiteral("serial"),
                      tr("With --discover: a serial port to probe (may be repeated)."),
                      tr("port")});
    parser.addOption(
        {QStringLiteral("system-ports"), tr("With --discover: probe every serial port listed.")});
    parser.addOption({QStringLiteral("lan"),
                      tr("With --discover: a LAN resource or range to probe (may be repeated)."),
                      tr("address")});
    parser.addOption({QStringLiteral("lan-services"),
                      tr("With --discover: probe what the LAN announces (DNS-SD through Avahi, "
                         "the VXI-11 portmapper broadcast).")});
    parser.addOption({QStringLiteral("broadcast"),
                      tr("With --lan-services: where the portmapper broadcast goes (default: "
                         "every interface's broadcast address; may be repeated)."),
                      tr("address")});
    parser.addOption({QStringLiteral("probe-timeout"),
                      tr("With --discover: how long each probe waits (default 1000)."), tr("ms")});
    if (const auto code = parseCommandLine(parser, command, arguments))
        return *code;
    QString error;
    if (!BrokerOptions::rejectWithoutBroker(parser, BrokerOptions::Role::Controller, &error)) {
        printError(command, error);
        return 2;
    }
    if (BrokerOptions::isRequested(parser) && parser.isSet(QStringLiteral("discover"))) {
        printError(command, tr("--discover probes from this PC; it cannot be used with --broker"));
        return 2;
    }
    if (BrokerOptions::isRequested(parser))
        return listLab(parser);
    int timeout = 10000;
    if (parser.isSet(QStringLiteral("connect-timeout"))) {
        bool ok = false;
        timeout = parser.value(QStringLiteral("connect-timeout")).toInt(&ok);
        if (!ok || timeout < 100 || timeout > 600000) {
            printError(command, tr("--connect-timeout must be from 100 to 600000 ms"));
            return 2;
        }
    }
    const bool discovering = parser.isSet(QStringLiteral("discover"));
    for (const char *option :
         {"serial", "system-ports", "lan", "lan-services", "broadcast", "probe-timeout"}) {
        if (!discovering && parser.isSet(QLatin1String(option))) {
            printError(command, tr("--%1 needs --discover").arg(QLatin1String(option)));
            return 2;
        }
    }
    BenchSession session;
    if (!session.open(parser, 16, &error)) {
        printError(command, error);
        return 2;
    }
    session.warnAboutProfiles();
    if (discovering)
        return discover(parser, session);
    const QStringList failures = session.connect({}, timeout);
    const QList<InstrumentStatus> all = session.bench().statuses();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const InstrumentStatus &s : all)
            list.append(instrumentJson(s.config.name, s.config.resource,
                                       instrumentStateName(s.state), s.identity, s.profileId,
                                       s.config.simulated, s.lastError));
        std::fputs(QJsonDocument(list).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        std::printf("# bench: %s\n", qPrintable(session.benchLabel()));
        std::printf("%-16s %-10s %-44s %s\n", "NAME", "STATE", "RESOURCE", "IDENTITY / PROFILE");
        for (const InstrumentStatus &s : all) {
            std::printf("%-16s %-10s %-44s %s\n", qPrintable(s.config.name),
                        qPrintable(instrumentStateName(s.state)), qPrintable(s.config.resource),
                        qPrintable(identityText(s.identity, s.profileId, s.lastError)));
        }
    }
    for (const QString &f : failures)
        std::fprintf(stderr, "labdispatch list: %s\n", qPrintable(f));
    return failures.isEmpty() ? 0 : 1;
}

} // namespace ld
