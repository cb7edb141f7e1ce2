// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "democommand.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("labdispatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("LabDispatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LABDISPATCH_VERSION));

    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    if (command == QLatin1String("demo"))
        return ld::DemoCommand::run(args.mid(1));
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::printf("labdispatch %s\n", LABDISPATCH_VERSION);
        return 0;
    }
    std::fprintf(stderr, "usage: labdispatch demo [--jobs N] [--cap C] [--job-ms T] [--keys K]\n");
    return command.isEmpty() || command == QLatin1String("--help") ? 0 : 2;
}
