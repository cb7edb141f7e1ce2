// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Deterministic readings for the results suites and the benchmark: every value kind and the
// awkward text (separators, quotes, line breaks, formula starters, non-ASCII) a device can send.

#include "results/reading.h"
#include "results/runinfo.h"

#include <QStringList>

#include <cmath>
#include <limits>

namespace ld::sample {

inline RunInfo runInfo(const QString &runId)
{
    RunInfo info;
    info.runId = runId;
    info.appVersion = QStringLiteral("0.1.0");
    info.startedWallNs = 1'795'768'525'000'000'000; // 2026-11-27T08:35:25Z
    info.startedMonoNs = 5'000'000'000;
    info.bench = QStringLiteral("Bench \"A\", room 2");
    info.cap = 4;
    info.operations = {QStringLiteral("measure-voltage"), QStringLiteral("sweep")};
    info.instruments = {
        {QStringLiteral("dmm1"),
         QStringLiteral("ASRL/dev/pts/3::INSTR"),
         {QStringLiteral("Keysight"), QStringLiteral("34465A"), QStringLiteral("MY123"),
          QStringLiteral("A.02.14")}},
        {QStringLiteral("psu1"),
         QStringLiteral("TCPIP0::127.0.0.1::5025::SOCKET"),
         {QStringLiteral("Rigol"), QStringLiteral("DP832"), QStringLiteral("DP8C1\r\n=x"),
          QStringLiteral("00.01.16")}},
    };
    return info;
}

/** Reading number `id` of a run: the same id always gives the same reading. */
inline Reading reading(const QString &runId, JobId id)
{
    static const QStringList kTexts = {
        QStringLiteral("plain"),
        QStringLiteral("a,b"),
        QStringLiteral("say \"hi\""),
        QStringLiteral("two\r\nlines"),
        QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
        QStringLiteral("-1.5"),
        QStringLiteral("+1"),
        QStringLiteral("@SUM(A1)"),
        QStringLiteral("\tTAB"),
        QStringLiteral("\rCR"),
        QStringLiteral("µV Ω 测量"),
        QString(),
    };
    static const double kNumbers[] = {1.5,
                                      -1.5,
                                      0.1,
                                      -0.0,
                                      1e-300,
                                      6.02214076e23,
                                      123456789012345678.0,
                                      std::numeric_limits<double>::quiet_NaN(),
                                      std::numeric_limits<double>::infinity(),
                                      -std::numeric_limits<double>::infinity()};
    Reading::Fields f;
    f.runId = runId;
    f.jobId = id;
    const bool dmm = id % 3 != 0;
    f.instrument = dmm ? QStringLiteral("dmm1") : QStringLiteral("psu1");
    f.resource = dmm ? QStringLiteral("ASRL/dev/pts/3::INSTR")
                     : QStringLiteral("TCPIP0::127.0.0.1::5025::SOCKET");
    f.identity = dmm ? Reading::Identity{QStringLiteral("Keysight"), QStringLiteral("34465A"),
                                         QStringLiteral("MY123"), QStringLiteral("A.02.14")}
                     : Reading::Identity{QStringLiteral("Rigol"), QStringLiteral("DP832"),
                                         QStringLiteral("DP8C1"), QStringLiteral("00.01.16")};
    const qint64 t = qint64(id) * 1'000'123;
    f.submittedMonoNs = 5'000'000'000 + t;
    f.startedMonoNs = f.submittedMonoNs + 1000;
    f.completedMonoNs = f.startedMonoNs + 250'001;
    f.submittedWallNs = 1'795'768'525'000'000'000 + t + 7;
    f.startedWallNs = f.submittedWallNs + 1000;
    f.completedWallNs = f.startedWallNs + 250'001;
    switch (id % 5) {
    case 0:
    case 1:
        f.operation = QStringLiteral("measure-voltage");
        f.quantity = QStringLiteral("voltage");
        f.unit = QStringLiteral("V");
        f.parameters = {{QStringLiteral("range"), QStringLiteral("10")},
                        {QStringLiteral("nplc"), QStringLiteral("1")}};
        f.value = kNumbers[id % std::size(kNumbers)];
        break;
    case 2:
        f.operation = QStringLiteral("sweep");
        f.quantity = QStringLiteral("current");
        f.unit = QStringLiteral("A");
        f.value = QList<double>{double(id), -0.5, kNumbers[id % std::size(kNumbers)]};
        break;
    case 3:
        f.operation = QStringLiteral("identify");
        f.value = kTexts[qsizetype(id % quint64(kTexts.size()))];
        break;
    default:
        f.operation = QStringLiteral("measure-voltage");
        f.quantity = QStringLiteral("voltage");
        f.unit = QStringLiteral("V");
        f.status = id % 2 ? JobStatus::Failed : JobStatus::TimedOut;
        f.error = id % 2 ? QStringLiteral("-113,\"Undefined header\"") : QString();
        if (f.status == JobStatus::TimedOut)
            f.startedMonoNs = f.startedWallNs = 0;
        break;
    }
    return Reading(std::move(f));
}

/**
 * Reading `id` with failure kind number `id` modulo the kinds: a failure (or a timeout, for
 * the kinds of a device that did not answer in time) of each kind in turn, with no value. The
 * kind None leaves sample reading `id` as it is.
 */
inline Reading failedReading(const QString &runId, JobId id)
{
    Reading::Fields f = reading(runId, id).fields();
    const auto kind = FailureKind(id % (quint64(FailureKind::Other) + 1));
    if (kind == FailureKind::None)
        return Reading(std::move(f));
    const bool late = kind == FailureKind::NoReply || kind == FailureKind::PartialReply ||
                      kind == FailureKind::LinkDown;
    f.status = late ? JobStatus::TimedOut : JobStatus::Failed;
    f.failure = kind;
    f.value = std::monostate{};
    f.error = QStringLiteral("it went wrong: ") + failureKindName(kind);
    return Reading(std::move(f));
}

/** A plan's JSON text, as the run header carries it (opaque to the journal). */
inline QByteArray planJson()
{
    return QByteArrayLiteral("{\n  \"schema\": 1,\n  \"name\": \"I-V \u00b5A\",\n  \"steps\": [\n"
                             "    {\"sweep\": {\"variable\": \"v\", \"start\": 0, \"stop\": 5, "
                             "\"points\": 11, \"body\": []}}\n  ]\n}\n");
}

/** The run header of a plan run: the sample header with the plan's JSON text. */
inline RunInfo planRunInfo(const QString &runId)
{
    RunInfo info = runInfo(runId);
    info.plan = planJson();
    return info;
}

/**
 * Reading `id` as a plan step took it: a nested sweep's path and its variables (outer first),
 * including a variable name that is also a CSV column and a non-ASCII one.
 */
inline Reading planReading(const QString &runId, JobId id)
{
    Reading::Fields f = reading(runId, id).fields();
    f.step = QStringLiteral("steps[1].sweep.body[%1].sweep.body[0]").arg(id % 3);
    f.variables = {{QStringLiteral("v"), double(id % 11) * 0.5},
                   {QStringLiteral("value"), -double(id)},
                   {QStringLiteral("T\u00b5"), 1e-300 * double(id)}};
    if (id % 4 == 0)
        f.variables.clear(); // a step outside the sweeps: a path, no variables
    return Reading(std::move(f));
}

} // namespace ld::sample
