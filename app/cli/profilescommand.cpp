// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/profilescommand.h"

#include "cli/benchsession.h"

#include <QCoreApplication>

#include <cstdio>

namespace ld {

namespace {

QString parameterText(const DriverProfile::Parameter &p)
{
    QString text = p.name;
    if (p.type == DriverProfile::ParameterType::Enum) {
        text += QLatin1Char('=') + p.enumValues.join(QLatin1Char('|'));
    } else if (p.min || p.max) {
        text += QStringLiteral("=%1..%2").arg(p.min ? QString::number(*p.min) : QString(),
                                              p.max ? QString::number(*p.max) : QString());
    }
    if (!p.unit.isEmpty())
        text += QLatin1Char(' ') + p.unit;
    if (p.defaultValue.isValid())
        text += QStringLiteral(" (default %1)").arg(p.defaultValue.toString());
    return text;
}
} // namespace

int ProfilesCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("profiles");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the known driver profiles and their operations."));
    parser.addHelpOption();
    BenchSession::addProfilesOption(parser);
    if (const auto code = parseCommandLine(parser, command, arguments))
        return *code;
    ProfileRegistry registry;
    QString error;
    if (!BenchSession::loadProfiles(registry, parser, &error)) {
        printError(command, error);
        return 2;
    }
    for (const DriverProfile &p : registry.profiles()) {
        std::printf("%s  %s  [%s]  (%s)\n", qPrintable(p.id), qPrintable(p.displayName()),
                    qPrintable(p.kind), qPrintable(p.sourceFile));
        for (const auto &op : p.operations) {
            QStringList params;
            for (const auto &param : op.parameters)
                params.append(parameterText(param));
            std::printf(
                "    %-22s %-7s %-28s %s%s\n", qPrintable(op.id),
                qPrintable(DriverProfile::kindName(op.kind)), qPrintable(op.command),
                qPrintable(op.unit.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(op.unit)),
                qPrintable(params.join(QStringLiteral(", "))));
        }
    }
    for (const QString &e : registry.errors())
        std::fprintf(stderr, "labdispatch profiles: skipped: %s\n", qPrintable(e));
    for (const QString &w : registry.warnings())
        std::fprintf(stderr, "labdispatch profiles: warning: %s\n", qPrintable(w));
    return registry.errors().isEmpty() ? 0 : 1;
}

} // namespace ld
