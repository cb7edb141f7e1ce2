// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/benchsession.h"

#include "instruments/benchfile.h"
#include "io/boundedfile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

namespace ld {

void printError(const QString &command, const QString &message)
{
    std::fprintf(stderr, "labdispatch %s: %s\n", qPrintable(command), qPrintable(message));
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command,
                                    const QStringList &arguments, bool positionalAllowed)
{
    if (!parser.parse(QStringList{QStringLiteral("labdispatch ") + command} + arguments)) {
        printError(command, parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // Qt names the binary's path in its (translated) usage line; name the command as users
        // type it.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at =
            program.isEmpty() ? -1 : text.left(text.indexOf(QLatin1Char('\n'))).indexOf(program);
        if (at >= 0)
            text.replace(at, program.size(), QStringLiteral("labdispatch ") + command);
        std::fputs(qPrintable(text), stdout);
        return 0;
    }
    if (!positionalAllowed && !parser.positionalArguments().isEmpty()) {
        printError(command, BenchSession::tr("unexpected argument '%1'")
                                .arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    return std::nullopt;
}

void BenchSession::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("bench"), tr("Bench file to use (instruments and addresses)."),
                      tr("file")});
    parser.addOption({QStringLiteral("sim"),
                      tr("Use a simulated bench: 'demo' or a simulator bench file (default when "
                         "no --bench is given)."),
                      tr("bench")});
    addProfilesOption(parser);
}

void BenchSession::addProfilesOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("profiles"),
                      tr("Extra folder of driver profiles (may be repeated)."), tr("dir")});
}

bool BenchSession::loadProfiles(ProfileRegistry &profiles, const QCommandLineParser &parser,
                                QString *error)
{
    profiles.addDirectory(QStringLiteral(":/profiles"));
    const QString userProfiles =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .filePath(QStringLiteral("profiles"));
    if (QFileInfo(userProfiles).isDir())
        profiles.addDirectory(userProfiles);
    for (const QString &dir : parser.values(QStringLiteral("profiles"))) {
        if (!QFileInfo(dir).isDir()) {
            *error = tr("--profiles: '%1' is not a folder").arg(dir);
            return false;
        }
        profiles.addDirectory(dir);
    }
    return true;
}

bool BenchSession::open(const QCommandLineParser &parser, int cap, QString *error,
                        bool pinSimulatedProfiles)
{
    if (!loadProfiles(m_profiles, parser, error))
        return false;

    if (parser.isSet(QStringLiteral("bench")) && parser.isSet(QStringLiteral("sim"))) {
        *error = tr("--bench and --sim cannot be used together");
        return false;
    }
    m_dispatcher = std::make_unique<Dispatcher>(cap);
    m_bench = std::make_unique<Bench>(m_dispatcher.get(), &m_profiles);

    if (parser.isSet(QStringLiteral("bench"))) {
        const QString path = parser.value(QStringLiteral("bench"));
        QString why;
        const std::optional<QByteArray> json =
            BoundedFile::read(path, BenchFile::kMaxFileBytes, &why);
        if (!json) {
            *error = tr("cannot read the bench file '%1': %2").arg(path, why);
            return false;
        }
        if (!BenchFile::load(m_bench.get(), *json, &why)) {
            *error = tr("%1: %2").arg(path, why);
            return false;
        }
        m_label = m_bench->benchName().isEmpty() ? QFileInfo(path).completeBaseName()
                                                 : m_bench->benchName();
        return true;
    }

    const QString simName = parser.isSet(QStringLiteral("sim"))
                                ? parser.value(QStringLiteral("sim"))
                                : QStringLiteral("demo");
    QString why;
    auto specs = SimBench::load(simName, &why);
    if (!specs) {
        *error = tr("--sim %1: %2").arg(simName, why);
        return false;
    }
    m_sim = std::make_unique<SimBench>();
    if (!m_sim->start(m_profiles, *specs, &why)) {
        *error = tr("cannot start the simulated bench: %1").arg(why);
        return false;
    }
    if (!m_sim->addInstrumentsTo(m_bench.get(), InstrumentConfig().timeoutMs,
                                 pinSimulatedProfiles ? SimBench::ProfileChoice::Pinned
                                                      : SimBench::ProfileChoice::Matched,
                                 error))
        return false;
    m_label = tr("simulated %1").arg(simName);
    m_bench->setBenchName(m_label);
    return true;
}

QString BenchSession::shellQuoted(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString BenchSession::benchArguments(const QCommandLineParser &parser)
{
    QStringList args;
    if (parser.isSet(QStringLiteral("bench")))
        args << QStringLiteral("--bench")
             << shellQuoted(QFileInfo(parser.value(QStringLiteral("bench"))).absoluteFilePath());
    if (parser.isSet(QStringLiteral("sim"))) {
        const QString sim = parser.value(QStringLiteral("sim"));
        args << QStringLiteral("--sim")
             << shellQuoted(QFileInfo::exists(sim) ? QFileInfo(sim).absoluteFilePath() : sim);
    }
    for (const QString &dir : parser.values(QStringLiteral("profiles")))
        args << QStringLiteral("--profiles") << shellQuoted(QFileInfo(dir).absoluteFilePath());
    return args.join(QLatin1Char(' '));
}

QStringList BenchSession::connect(const QStringList &names, int timeoutMs)
{
    const QStringList wanted = names.isEmpty() ? m_bench->names() : names;
    m_bench->connectAll();
    auto settled = [&] {
        for (const QString &name : wanted) {
            const InstrumentState s = m_bench->status(name).state;
            if (s != InstrumentState::Idle && s != InstrumentState::Error &&
                s != InstrumentState::Disabled)
                return false;
        }
        return true;
    };
    QDeadlineTimer deadline(timeoutMs);
    while (!settled() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QStringList failures;
    for (const QString &name : wanted) {
        const InstrumentStatus s = m_bench->status(name);
        if (s.state == InstrumentState::Disabled)
            failures.append(tr("%1: switched off in the bench file").arg(name));
        else if (s.state != InstrumentState::Idle)
            failures.append(
                tr("%1: not connected (%2)")
                    .arg(name, s.lastError.isEmpty() ? instrumentStateText(s.state) : s.lastError));
    }
    return failures;
}

QStringList BenchSession::splitInstrumentNames(const QStringList &values, QString *error)
{
    QStringList names;
    for (const QString &value : values)
        for (const QString &part : value.split(QLatin1Char(',')))
            if (const QString name = part.trimmed(); !name.isEmpty())
                names.append(name);
    if (names.isEmpty())
        *error = tr("--instruments names no instrument: '%1'").arg(values.join(QLatin1Char(',')));
    names.removeDuplicates();
    return names;
}

QStringList BenchSession::selectInstruments(const QStringList &values, QString *error) const
{
    const QStringList names = splitInstrumentNames(values, error);
    for (const QString &name : names) {
        if (!m_bench->contains(name)) {
            *error = tr("no instrument named '%1' on the bench (see 'labdispatch list')").arg(name);
            return {};
        }
    }
    return names;
}

void BenchSession::warnAboutProfiles(const ProfileRegistry &profiles)
{
    for (const QString &e : profiles.errors())
        std::fprintf(stderr, "labdispatch: warning: profile skipped: %s\n", qPrintable(e));
    for (const QString &w : profiles.warnings())
        std::fprintf(stderr, "labdispatch: warning: %s\n", qPrintable(w));
}

} // namespace ld
