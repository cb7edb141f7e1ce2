// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/listcommand.h"

#include "cli/benchsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ld {

int ListCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connects to the bench's instruments and prints each one's identity and state."));
    parser.addHelpOption();
    BenchSession::addOptions(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("connect-timeout"),
                      tr("How long to wait for instruments to connect (default 10000)."),
                      tr("ms")});
    if (const auto code = parseCommandLine(parser, command, arguments))
        return *code;
    int timeout = 10000;
    if (parser.isSet(QStringLiteral("connect-timeout"))) {
        bool ok = false;
        timeout = parser.value(QStringLiteral("connect-timeout")).toInt(&ok);
        if (!ok || timeout < 100 || timeout > 600000) {
            printError(command, tr("--connect-timeout must be from 100 to 600000 ms"));
            return 2;
        }
    }
    BenchSession session;
    QString error;
    if (!session.open(parser, 16, &error)) {
        printError(command, error);
        return 2;
    }
    session.warnAboutProfiles();
    const QStringList failures = session.connect({}, timeout);
    const QList<InstrumentStatus> all = session.bench().statuses();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const InstrumentStatus &s : all) {
            QJsonObject o;
            o.insert(QStringLiteral("name"), s.config.name);
            o.insert(QStringLiteral("resource"), s.config.resource);
            o.insert(QStringLiteral("state"), instrumentStateName(s.state));
            o.insert(QStringLiteral("vendor"), s.identity.vendor);
            o.insert(QStringLiteral("model"), s.identity.model);
            o.insert(QStringLiteral("serial"), s.identity.serial);
            o.insert(QStringLiteral("firmware"), s.identity.firmware);
            o.insert(QStringLiteral("profile"), s.profileId);
            o.insert(QStringLiteral("simulated"), s.config.simulated);
            if (!s.lastError.isEmpty())
                o.insert(QStringLiteral("error"), s.lastError);
            list.append(o);
        }
        std::fputs(QJsonDocument(list).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        std::printf("# bench: %s\n", qPrintable(session.benchLabel()));
        std::printf("%-16s %-10s %-44s %s\n", "NAME", "STATE", "RESOURCE", "IDENTITY / PROFILE");
        for (const InstrumentStatus &s : all) {
            const QString identity =
                s.identity.vendor.isEmpty()
                    ? s.lastError
                    : QStringLiteral("%1 %2 #%3 fw %4 / %5")
                          .arg(s.identity.vendor, s.identity.model, s.identity.serial,
                               s.identity.firmware, s.profileId);
            std::printf("%-16s %-10s %-44s %s\n", qPrintable(s.config.name),
                        qPrintable(instrumentStateName(s.state)), qPrintable(s.config.resource),
                        qPrintable(identity));
        }
    }
    for (const QString &f : failures)
        std::fprintf(stderr, "labdispatch list: %s\n", qPrintable(f));
    return failures.isEmpty() ? 0 : 1;
}

} // namespace ld
