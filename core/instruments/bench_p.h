// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench.h"
#include "instruments/driverprofile.h"
#include "instruments/instrumentconfig.h"
#include "io/gpibcontroller.h"
#include "io/scpirequest.h"
#include "results/reading.h"
#include "scheduler/executor.h"
#include "scheduler/jobspec.h"
#include "scheduler/postonce.h"

#include <QHash>
#include <QPointer>

#include <mutex>
#include <optional>
#include <vector>

namespace ld {
namespace detail {

class InstrumentLink;

/** What an operation job sends and how its reply becomes a value; prepared on the UI thread. */
struct OperationCall
{
    QString operationId;
    ScpiRequest request;
    DriverProfile::Operation operation;
    int replyStep = -1; ///< the step whose response holds the value; -1: none
};

/**
 * What one job runs after its first operation (RunTarget::OperationJob::then): the calls, in
 * order, each only once the one before it succeeded. The job ends with the last one that ran;
 * `stepFinished` gets each earlier one's result, on the link's thread, as it ends.
 */
struct OperationChain
{
    std::vector<OperationCall> calls;
    std::function<void(const JobResult &)> stepFinished;
    std::function<bool()> mayContinue; ///< before each call; false: the job ends cancelled
};

/** A change to one instrument's status, made on an I/O thread, applied on the UI thread. */
struct StatusDelta
{
    QString name;
    std::optional<InstrumentState> state;
    std::optional<Reading::Identity> identity;
    std::optional<QString> profileId;
    std::optional<QString> lastError;
    Reading lastReading;
    int done = 0;
    int failed = 0;
};

/**
 * State shared by the UI-thread facade, the I/O threads and job completions. Kept alive by
 * whoever still holds it, so a late completion never touches a destroyed Bench.
 */
struct BenchShared
{
    std::mutex mutex; // short sections only: push or swap
    std::vector<StatusDelta> deltas;
    std::vector<BenchEvent> events;
    QHash<QString, Reading::Identity> identities;
    /** Bench::flushShared() on the UI thread, once per batch. */
    std::shared_ptr<PostOnce> post;

    void push(StatusDelta delta);
    void log(BenchEvent::Severity severity, const QString &instrument, const QString &text,
             bool aboutLink = false);
    void requestFlush() { post->request(); }
};

/** Where BenchDiscovery probes one resource. */
struct ProbeSite
{
    Executor *executor = nullptr;
    bool gpib = false;                   ///< through a board's controller
    QPointer<GpibController> controller; ///< lives on the executor's thread; null off GPIB
    QString bus;                         ///< the GPIB bus key the probe also holds
};

/** Lets other threads reach a link safely: cleared on the link's thread when it dies. */
struct LinkAnchor
{
    std::mutex mutex;
    InstrumentLink *link = nullptr; // read on other threads under mutex, only to post to it
    QPointer<InstrumentLink> guard; // read on the link's thread
};

/** Lets other threads post to an object that may die on its own thread meanwhile. */
struct ObjectAnchor
{
    std::mutex mutex;
    QObject *object = nullptr; // cleared by the object's destructor, under mutex
};

} // namespace detail
} // namespace ld
