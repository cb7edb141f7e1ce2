// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/tracecommand.h"

#include "cli/benchsession.h"
#include "io/transcript.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <cmath>
#include <cstdio>
#include <optional>

namespace ld {

namespace {
const QString kCommand = QStringLiteral("trace");

/** A --from/--to bound: a wall time, or monotonic seconds into the transcript ("+12.5"). */
struct Bound
{
    bool monotonic = false;
    qint64 ns = 0;

    bool before(const TraceEvent &e) const { return (monotonic ? e.monoNs : e.wallNs) < ns; }
    bool after(const TraceEvent &e) const { return (monotonic ? e.monoNs : e.wallNs) > ns; }
};

std::optional<Bound> parseBound(const QString &text)
{
    Bound b;
    if (text.startsWith(QLatin1Char('+'))) {
        bool ok = false;
        const double seconds = text.mid(1).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 1e12)
            return std::nullopt;
        b.monotonic = true;
        b.ns = qint64(std::llround(seconds * 1e9));
        return b;
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')))
        t.setTimeSpec(Qt::UTC); // a transcript's times are UTC; so are bounds without a zone
    b.ns = t.toMSecsSinceEpoch() * 1000000;
    return b;
}
} // namespace

int TraceCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints a transcript recorded with 'labdispatch run --trace', filtered, with the bytes "
           "escaped or in hex; the output is a transcript again. Exit status: 0 printed, 1 the "
           "file is unreadable or malformed (the error names the line), 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The transcript to read."));
    parser.addOption({{QStringLiteral("i"), QStringLiteral("instrument")},
                      tr("Only this instrument's events; may be repeated or comma-separated."),
                      tr("name")});
    parser.addOption({QStringLiteral("from"),
                      tr("Only events at or after this time: UTC like 2026-12-06T12:00:00.5Z, or "
                         "seconds into the transcript like +12.5."),
                      tr("time")});
    parser.addOption(
        {QStringLiteral("to"), tr("Only events at or before this time (as --from)."), tr("time")});
    parser.addOption({QStringLiteral("errors"), tr("Only timeouts, errors and disconnects.")});
    parser.addOption({QStringLiteral("hex"), tr("Write the bytes as hex digits (hex:...).")});

    if (const auto code = parseCommandLine(parser, kCommand, arguments, true))
        return *code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(kCommand, tr("name one transcript file"));
        return 2;
    }
    QString error;
    QStringList names;
    if (parser.isSet(QStringLiteral("instrument"))) {
        names =
            BenchSession::splitInstrumentNames(parser.values(QStringLiteral("instrument")), &error);
        if (names.isEmpty()) {
            printError(kCommand, error);
            return 2;
        }
    }
    std::optional<Bound> from, to;
    for (const auto &[option, bound] :
         {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}}) {
        if (!parser.isSet(option))
            continue;
        *bound = parseBound(parser.value(option));
        if (!*bound) {
            printError(kCommand, tr("--%1 takes a UTC time like 2026-12-06T12:00:00.5Z or "
                                    "seconds into the transcript like +12.5, not '%2'")
                                     .arg(option, parser.value(option)));
            return 2;
        }
    }
    const std::optional<QList<TraceEvent>> events = Transcript::readFile(files.first(), &error);
    if (!events) {
        printError(kCommand, error);
        return 1;
    }
    const bool errorsOnly = parser.isSet(QStringLiteral("errors"));
    QList<TraceEvent> kept;
    for (const TraceEvent &e : *events) {
        if ((!names.isEmpty() && !names.contains(e.instrument)) || (errorsOnly && !e.isFault()) ||
            (from && from->before(e)) || (to && to->after(e)))
            continue;
        kept.append(e);
    }
    // Offsets stay those of the file (origin 0), so filtered lines keep their times.
    const QByteArray out = Transcript::write(
        kept, 0,
        parser.isSet(QStringLiteral("hex")) ? Transcript::Bytes::Hex : Transcript::Bytes::Escaped);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace ld
