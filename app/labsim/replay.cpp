// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replay.h"

#include "io/transcript.h"
#include "sim/simreplay.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace ld {

QList<QCommandLineOption> ReplayBench::options()
{
    return {
        {QStringLiteral("instrument"),
         tr("With --replay: the recorded instrument to serve (default: every one); may be "
            "repeated."),
         QStringLiteral("name")},
        {QStringLiteral("transport"), tr("With --replay: 'pty' (default) or 'tcp' (loopback)."),
         QStringLiteral("kind")},
        {QStringLiteral("port"),
         tr("With --replay and tcp, one instrument: the port to listen on."),
         QStringLiteral("port")},
        {QStringLiteral("match"),
         tr("With --replay: 'order' answers in the recorded order (default), 'command' with the "
            "replies recorded for the same command."),
         QStringLiteral("how")},
        {QStringLiteral("speed"),
         tr("With --replay: divides the recorded latencies (2: twice as fast; default 1)."),
         QStringLiteral("factor")},
        {QStringLiteral("faults"),
         tr("With --replay: simulator faults on top, comma-separated (%1).")
             .arg(SimFaults::names().join(QLatin1String(", "))),
         QStringLiteral("kinds")},
        {QStringLiteral("fault-probability"),
         tr("With --faults: the share of replies hit, 0 to 1 (default 1)."), QStringLiteral("p")},
        {QStringLiteral("fault-times"),
         tr("With --faults: how many replies may be hit (default: no limit)."),
         QStringLiteral("n")},
    };
}

bool ReplayBench::start(const QCommandLineParser &parser, QTextStream &out, QString *error)
{
    SimServer::Options options;
    const QString transport = parser.value(QStringLiteral("transport"));
    if (transport == QLatin1String("tcp"))
        options.transport = SimServer::Transport::Tcp;
    else if (!transport.isEmpty() && transport != QLatin1String("pty")) {
        *error = tr("--transport takes 'pty' or 'tcp', not '%1'").arg(transport);
        return false;
    }
    SimReplay::Match match = SimReplay::Match::Order;
    const QString how = parser.value(QStringLiteral("match"));
    if (how == QLatin1String("command"))
        match = SimReplay::Match::Command;
    else if (!how.isEmpty() && how != QLatin1String("order")) {
        *error = tr("--match takes 'order' or 'command', not '%1'").arg(how);
        return false;
    }
    double speed = 1.0;
    if (parser.isSet(QStringLiteral("speed"))) {
        bool ok = false;
        speed = parser.value(QStringLiteral("speed")).toDouble(&ok);
        if (!ok || speed <= 0 || speed > 1e6) {
            *error = tr("--speed takes a factor above 0, not '%1'")
                         .arg(parser.value(QStringLiteral("speed")));
            return false;
        }
    }
    for (const QString &kind :
         parser.value(QStringLiteral("faults")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<SimFaults::Fault> fault = SimFaults::fromName(kind.trimmed());
        if (!fault) {
            *error = tr("--faults: unknown fault '%1' (known: %2)")
                         .arg(kind, SimFaults::names().join(QLatin1String(", ")));
            return false;
        }
        options.faults.flags |= *fault;
    }
    if (parser.isSet(QStringLiteral("fault-probability"))) {
        bool ok = false;
        options.faults.probability =
            parser.value(QStringLiteral("fault-probability")).toDouble(&ok);
        if (!ok || options.faults.probability < 0 || options.faults.probability > 1) {
            *error = tr("--fault-probability takes a number from 0 to 1");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("fault-times"))) {
        bool ok = false;
        options.faults.times = parser.value(QStringLiteral("fault-times")).toInt(&ok);
        if (!ok || options.faults.times < 0) {
            *error = tr("--fault-times takes a whole number from 0");
            return false;
        }
    }

    const std::optional<QList<TraceEvent>> events =
        Transcript::readFile(parser.value(QStringLiteral("replay")), error);
    if (!events)
        return false;
    QStringList names = parser.values(QStringLiteral("instrument"));
    if (names.isEmpty())
        names = SimReplay::instruments(*events);
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535 || names.size() != 1 ||
            options.transport != SimServer::Transport::Tcp) {
            *error = tr("--port takes a port from 1 to 65535, with --transport tcp and one "
                        "instrument");
            return false;
        }
        options.port = quint16(port);
    }
    for (const QString &name : std::as_const(names)) {
        std::optional<SimReplay> replay = SimReplay::fromEvents(*events, name, error);
        if (!replay)
            return false;
        replay->setMatch(match);
        replay->setSpeed(speed);
        auto server = std::make_unique<SimServer>(std::make_unique<SimReplay>(std::move(*replay)),
                                                  options, &m_clock);
        if (!server->start(error))
            return false;
        out << name << "\treplay\t" << server->resource() << Qt::endl;
        QObject::connect(server.get(), &SimServer::resourceChanged, server.get(),
                         [&out, name](const QString &resource) {
                             out << name << "\tmoved\t" << resource << Qt::endl;
                         });
        m_servers.push_back(std::move(server));
    }
    return true;
}

} // namespace ld
