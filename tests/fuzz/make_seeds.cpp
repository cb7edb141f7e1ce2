// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes seed inputs with LabDispatch's own writers: journals (closed, interrupted, torn, with
// a killed writer's zero tail; a plan run's with its plan, steps, variables and cap changes;
// one of failures with their kinds) and node messages.
//   fuzz_make_seeds <corpus folder>            small seeds, as kept in tests/fuzz/corpus
//   fuzz_make_seeds --large <journal folder>   journals past JournalReader::kReadChunk, which
//                                              run-fuzzers makes per run instead of keeping them
#include "../results/sampledata.h"

#include "node/nodeprotocol.h"
#include "results/journal.h"
#include "results/journalreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

/** What the readings of a seed journal are. */
enum class Readings { Simple, Plan, Failures };

/**
 * A journal of `count` sample readings, closed or left as a killed run leaves it. A plan run's
 * has the plan in its header, readings with steps and variables, and a cap change every fifth;
 * a run of failures has each failure kind in turn.
 */
QByteArray journal(int count, bool closed, Readings readings = Readings::Simple)
{
    const bool plan = readings == Readings::Plan;
    QTemporaryDir runs;
    const QString runId = QStringLiteral("20261127-083525-seed");
    {
        ld::Journal writer(runs.path());
        if (!writer.open(plan ? ld::sample::planRunInfo(runId) : ld::sample::runInfo(runId)))
            return {};
        for (int i = 1; i <= count; ++i) {
            if (plan && i % 5 == 0)
                writer.appendCapChange(i / 5);
            writer.append(plan ? ld::sample::planReading(runId, ld::JobId(i))
                          : readings == Readings::Failures
                              ? ld::sample::failedReading(runId, ld::JobId(i))
                              : ld::sample::reading(runId, ld::JobId(i)));
        }
        if (closed)
            writer.close(ld::RunEnd::Outcome::Completed);
    }
    QFile file(ld::Journal::journalPath(runs.path(), runId));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeSmall(const QDir &corpus)
{
    const QDir journals(corpus.filePath(QStringLiteral("journalreader")));
    const QDir node(corpus.filePath(QStringLiteral("nodeprotocol")));
    QDir().mkpath(journals.path());
    QDir().mkpath(node.path());

    const QByteArray closed = journal(12, true);
    const QByteArray interrupted = journal(12, false);
    bool ok = !closed.isEmpty() && !interrupted.isEmpty();
    ok = ok && writeFile(journals.filePath(QStringLiteral("closed.ldj")), closed);
    ok = ok && writeFile(journals.filePath(QStringLiteral("interrupted.ldj")), interrupted);
    ok = ok && writeFile(journals.filePath(QStringLiteral("torn.ldj")),
                         interrupted.left(interrupted.size() - 37));
    ok = ok && writeFile(journals.filePath(QStringLiteral("zero-tail.ldj")),
                         interrupted + QByteArray(512, '\0'));
    QByteArray flipped = closed;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
    ok = ok && writeFile(journals.filePath(QStringLiteral("flipped-bit.ldj")), flipped);
    const QByteArray plan = journal(12, true, Readings::Plan);
    ok = ok && !plan.isEmpty();
    ok = ok && writeFile(journals.filePath(QStringLiteral("plan.ldj")), plan);
    ok = ok && writeFile(journals.filePath(QStringLiteral("plan-torn.ldj")),
                         journal(12, false, Readings::Plan).chopped(23));
    const QByteArray failures = journal(12, true, Readings::Failures);
    ok = ok && !failures.isEmpty();
    ok = ok && writeFile(journals.filePath(QStringLiteral("failures.ldj")), failures);

    using ld::NodeProtocol;
    NodeProtocol::JobRequest request;
    request.jobId = QStringLiteral("c1-42");
    request.instrument = QStringLiteral("DMM 1");
    request.operation = QStringLiteral("measure_voltage_dc");
    request.parameters = {{QStringLiteral("range"), 10}, {QStringLiteral("nplc"), 1.0}};
    request.priority = 3;
    ok = ok && writeFile(node.filePath(QStringLiteral("request.json")),
                         NodeProtocol::encodeRequest(request));
    NodeProtocol::JobRequest opc;
    opc.jobId = QStringLiteral("c1-43");
    opc.instrument = QStringLiteral("PSU 1");
    opc.operation = QStringLiteral("*OPC?");
    opc.command = NodeProtocol::Command{QStringLiteral("*OPC?"),
                                        ld::DriverProfile::ReplyType::Number,
                                        ld::DriverProfile::BlockFormat::Bytes,
                                        {},
                                        {}};
    ok = ok && writeFile(node.filePath(QStringLiteral("request-command.json")),
                         NodeProtocol::encodeRequest(opc));
    NodeProtocol::JobResponse response;
    response.jobId = request.jobId;
    response.node = QStringLiteral("bench-a");
    response.status = ld::JobStatus::Succeeded;
    for (ld::JobId id : {1, 2, 3}) {
        response.reading = ld::sample::reading(QStringLiteral("run-1"), id);
        ok = ok && writeFile(node.filePath(QStringLiteral("response-%1.json").arg(id)),
                             NodeProtocol::encodeResponse(response));
    }
    response.reading = ld::sample::failedReading(QStringLiteral("run-1"), 4);
    response.status = response.reading->status;
    response.error = response.reading->error;
    response.failure = response.reading->failure;
    ok = ok && writeFile(node.filePath(QStringLiteral("response-failed.json")),
                         NodeProtocol::encodeResponse(response));
    response.failure = ld::FailureKind::None;
    response.status = ld::JobStatus::Rejected;
    response.error = QStringLiteral("no such instrument");
    response.reading = {};
    ok = ok && writeFile(node.filePath(QStringLiteral("response-rejected.json")),
                         NodeProtocol::encodeResponse(response));
    ok = ok && writeFile(node.filePath(QStringLiteral("cancel.json")),
                         NodeProtocol::encodeCancel(request.jobId));
    ok = ok && writeFile(node.filePath(QStringLiteral("topic-state.txt")),
                         NodeProtocol::stateTopic(QStringLiteral("bench-a"),
                                                  QStringLiteral("PSU/1 #2 100%"))
                             .toUtf8());
    ok = ok &&
         writeFile(node.filePath(QStringLiteral("topic-reading.txt")),
                   NodeProtocol::readingTopic(QStringLiteral("bench-a"), QStringLiteral("DMM 1"),
                                              QStringLiteral("voltage"))
                       .toUtf8());
    return ok;
}

/** Journals whose records straddle the reader's refills: the large, torn and damaged kinds. */
bool writeLarge(const QDir &folder)
{
    QDir().mkpath(folder.path());
    const int count = int(2 * ld::JournalReader::kReadChunk / 300);
    const QByteArray closed = journal(count, true);
    const QByteArray plan = journal(count, true, Readings::Plan);
    if (closed.size() <= ld::JournalReader::kReadChunk ||
        plan.size() <= ld::JournalReader::kReadChunk)
        return false;
    QByteArray damaged = closed;
    damaged[ld::JournalReader::kReadChunk - 3] = '\xff';
    QByteArray planDamaged = plan;
    planDamaged[ld::JournalReader::kReadChunk - 3] = '\xff';
    return writeFile(folder.filePath(QStringLiteral("large-closed.ldj")), closed) &&
           writeFile(folder.filePath(QStringLiteral("large-torn.ldj")),
                     closed.left(ld::JournalReader::kReadChunk + 11)) &&
           writeFile(folder.filePath(QStringLiteral("large-damaged.ldj")), damaged) &&
           writeFile(folder.filePath(QStringLiteral("large-plan.ldj")), plan) &&
           writeFile(folder.filePath(QStringLiteral("large-plan-damaged.ldj")), planDamaged);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.at(0) == QLatin1String("--large"))
        return writeLarge(QDir(args.at(1))) ? 0 : 1;
    if (args.size() == 1)
        return writeSmall(QDir(args.at(0))) ? 0 : 1;
    std::fprintf(stderr, "usage: fuzz_make_seeds <corpus folder> | --large <journal folder>\n");
    return 2;
}
