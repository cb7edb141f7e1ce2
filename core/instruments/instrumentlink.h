// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench_p.h"
#include "io/idninfo.h"
#include "scheduler/jobspec.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace ld {
class GpibController;
class ProfileRegistry;
class ScpiSession;
class TraceRing;
struct ScpiReply;

namespace detail {

/**
 * One instrument's connection, living on an I/O thread: opens the port once and keeps it,
 * identifies the instrument, runs operation jobs, and reconnects with backoff when the link
 * is lost, using the instrument again only when *IDN? matches what it was (and the bench
 * file's pins, on every connect). A job that finds the link down waits for it, up to the
 * instrument's timeout, without a thread or a timer per job. Every function runs on the
 * link's thread.
 *
 * A GPIB instrument talks through its board's controller, which lives on the same thread and
 * whose bus other instruments share: such a link reconnects only inside a job (which holds the
 * bus key), never from its backoff timer alone, so a reconnect never cuts into another
 * instrument's exchange.
 */
class InstrumentLink : public QObject
{
    Q_OBJECT
public:
    /** `controller`: the board's, for a GPIB instrument (same thread); null otherwise. */
    InstrumentLink(InstrumentConfig config, const ProfileRegistry *profiles,
                   std::shared_ptr<BenchShared> shared, std::shared_ptr<LinkAnchor> anchor,
                   GpibController *controller = nullptr);
    ~InstrumentLink() override;

    /** Job body: connect (if needed) and identify; succeeds with the identity text. */
    void connectJob(JobContext ctx);
    /**
     * Job body: run one operation, then `then`'s (if any) in order while each succeeds; the
     * job ends with the last one that ran.
     */
    void operationJob(const OperationCall &call, JobContext ctx,
                      std::shared_ptr<const OperationChain> then = {});
    /** Closes the port and stops reconnecting (disabled or removed). */
    void shutdown();
    /**
     * Records the link's traffic into `ring` from now on (null: stops). The ring is then
     * written on this link's thread only: read it there (Bench::traceEvents posts here).
     */
    void setTraceRing(std::shared_ptr<TraceRing> ring);

    static constexpr int kFirstBackoffMs = 500;
    static constexpr int kMaxBackoffMs = 30000;

private:
    /** Succeeded: the link is ready; Failed, TimedOut or Cancelled with a message: not. */
    using Ready = std::function<void(JobStatus status, const QString &error)>;
    struct Waiter
    {
        quint64 id = 0;
        qint64 deadlineNs = 0; ///< monotonic; past it, the job stops waiting for a reconnect
        Ready then;
    };
    bool isReady() const;
    void ensureReady(const CancellationToken &token, Ready then);
    /** `then`: what the job runs after `call`, from its `next`th call on. */
    void startOperation(const OperationCall &call, JobContext ctx,
                        std::shared_ptr<const OperationChain> then, size_t next);
    void startConnect();
    void onReconnectDue();
    void onOpened();
    void onIdentified(const ScpiReply &reply);
    void connectFailed(const QString &message, bool wrongInstrument);
    void onDisconnected(const QString &message);
    void scheduleReconnect();
    /** What an operation's reply means for its job (the link's state set from it). */
    struct Outcome
    {
        JobStatus status = JobStatus::Succeeded;
        QVariant value;
        QString error;
        FailureKind failure = FailureKind::None;
    };
    /** `firstStep`: where `call`'s steps begin in the request that carried them. */
    Outcome settleOperation(const OperationCall &call, const ScpiReply &reply, int firstStep = 0);
    static void finishJob(JobContext &ctx, const Outcome &outcome);
    /**
     * Ends the chain's call that ran before its `next`th with `outcome`: the job's end, or that
     * call's own result and then the `next`th call.
     */
    void goOn(JobContext ctx, std::shared_ptr<const OperationChain> then, size_t next,
              const Outcome &outcome, qint64 startedNs);
    void setState(InstrumentState state, std::optional<QString> error = std::nullopt);
    /** Ends every waiter with `status`. */
    void callWaiters(JobStatus status, const QString &error);
    /** Ends the waiters past their deadline, unless an attempt is under way; re-arms. */
    void expireWaiters();
    void cancelWaiter(quint64 id);
    /** Runs `fn` on this link's thread when `token` is cancelled, if the link lives then. */
    void whenCancelled(const CancellationToken &token, std::function<void(InstrumentLink *)> fn);

    InstrumentConfig m_config;
    const ProfileRegistry *m_profiles;
    std::shared_ptr<BenchShared> m_shared;
    std::shared_ptr<LinkAnchor> m_anchor;
    QPointer<GpibController> m_controller; ///< the bus this instrument shares, if any
    bool m_sharesBus = false;
    ScpiSession *m_session = nullptr;   // child
    std::shared_ptr<TraceRing> m_trace; ///< null: not recording
    QTimer *m_reconnectTimer;           // child
    QTimer *m_waitTimer;                // child; the earliest waiter's deadline
    InstrumentState m_state = InstrumentState::Offline;
    std::optional<IdnInfo> m_expected; ///< who answered first; must answer again after a loss
    bool m_ready = false;
    bool m_connecting = false;
    bool m_shutDown = false;
    int m_backoffMs = kFirstBackoffMs;
    std::vector<Waiter> m_waiters;
    quint64 m_nextWaiterId = 0;
    QString m_downReason; ///< why the link is down: what a job that gave up waiting says
};

} // namespace detail
} // namespace ld
