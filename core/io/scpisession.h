// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/scpireply.h"
#include "io/scpirequest.h"
#include "io/traceevent.h"
#include "io/transport.h"

#include <QElapsedTimer>
#include <QObject>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace ld {

class TraceRing;

/**
 * SCPI on top of one Transport: framing, replies with timeouts, IEEE 488.2 blocks read by
 * length, error-queue draining and bounded buffers. Event-driven: it lives on an I/O thread and
 * every call must be made on that thread (the instrument layer posts there); nothing blocks.
 *
 * One exchange runs at a time. exchange() while another is running queues the new one (FIFO):
 * nothing is ever sent while a reply is pending. The dispatcher's per-instrument key keeps the
 * queue at one in practice; the queue is only a safety net.
 *
 * Stale input: bytes that arrive while no reply is awaited are discarded, and input is flushed
 * (Qt and OS buffers) before every command is sent. After a timeout, cancel or protocol error
 * the session resynchronises: the next command waits until the line has been quiet for
 * Options::resyncQuietMs (bounded by resyncMaxMs). Residual risk: a late reply that is still
 * on its way after that quiet period and arrives after the next command was sent is taken as
 * that command's reply; SCPI has no request ids, so no framing can tell them apart.
 */
class ScpiSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 2000; ///< per step, unless the step says otherwise
        QByteArray readTerminator = QByteArrayLiteral("\n"); ///< with "\n", "\r\n" is accepted
        QByteArray writeTerminator = QByteArrayLiteral("\n");
        qsizetype maxLineBytes = 64 * 1024;      ///< longer lines are a ProtocolError
        qint64 maxBlockBytes = 16 * 1024 * 1024; ///< larger blocks are a ProtocolError
        int maxErrorDrain = 32;                  ///< error-queue entries read per drain at most
        int resyncQuietMs = 50;                  ///< quiet time that ends a resync
        int resyncMaxMs = 2000;                  ///< a resync never delays the next command longer
    };

    using Callback = std::function<void(const ScpiReply &reply)>;

    /** Takes the transport; it becomes a child, so moveToThread() moves both. */
    explicit ScpiSession(std::unique_ptr<Transport> transport, QObject *parent = nullptr);
    /** Ends the running and queued exchanges as Cancelled, calling their callbacks. */
    ~ScpiSession() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    Transport *transport() const { return m_transport; }

    /** Opens the transport once; exchanges submitted meanwhile wait for it. */
    void open();
    /** Ends running and queued exchanges as Cancelled, then closes the transport. */
    void close();
    bool isOpen() const { return m_transport->isOpen(); }

    /**
     * Runs `request` when the session is free and calls `done` exactly once on this thread
     * with the reply. Never calls `done` from inside exchange() itself (a session that is
     * not open answers Disconnected on the next event-loop turn). Returns an id for cancel().
     */
    quint64 exchange(ScpiRequest request, Callback done);
    quint64 query(const QByteArray &command, Callback done)
    {
        return exchange(ScpiRequest::query(command), std::move(done));
    }

    /**
     * Ends exchange `id` as Cancelled: the running one at once (its late reply is discarded
     * by the resync), or a queued one before it is sent. `done` is called from inside cancel().
     * Returns false if `id` is unknown or already finished.
     */
    bool cancel(quint64 id);
    /** Cancels the running exchange and everything queued. */
    void cancelAll();

    bool isBusy() const { return m_current.has_value(); }
    int queuedCount() const { return int(m_queue.size()); }

    /**
     * Records the link's traffic into `ring` (not owned; null: off, the default): every write
     * and read with its bytes, connects, reconnects, losses, timeouts and errors. Costs one
     * branch per event when off.
     */
    void setTraceRing(TraceRing *ring) { m_trace = ring; }
    TraceRing *traceRing() const { return m_trace; }

    /** Bytes thrown away as stale, unsolicited or during a resync (diagnostics, tests). */
    qint64 discardedBytes() const { return m_discarded; }
    /** The most bytes the receive buffer ever held; stays bounded by the limits. */
    qsizetype peakBufferedBytes() const { return m_peakBuffered; }

Q_SIGNALS:
    void opened();
    void openFailed(const QString &message);
    /** The transport was lost while open; reopen with open(). */
    void disconnected(const QString &message);
    void closed();

private:
    struct Pending
    {
        quint64 id = 0;
        ScpiRequest request;
        Callback done;
    };
    enum class Read { None, Line, Block };
    enum class BlockPhase { Hash, Digit, Length, Payload, Trailer, Indefinite };

    void startNext();
    void runStep();
    const ScpiRequest::Step &currentStep() const;
    void onBytes(const QByteArray &bytes);
    void process();
    bool processLine();
    bool processBlock();
    void stepDone(const QByteArray &response);
    void armStepTimer(int ms);
    void onStepTimer();
    void onStepTimeout();
    /** Ends the running exchange; `failure` None: the usual kind of `status`. */
    void finish(ScpiReply::Status status, const QString &message,
                FailureKind failure = FailureKind::None);
    void failQueued(ScpiReply::Status status, const QString &message,
                    FailureKind failure = FailureKind::None);
    void deliverLater(quint64 id, Callback done, ScpiReply::Status status, const QString &message,
                      FailureKind failure = FailureKind::None);
    void postCallback(Callback done, ScpiReply reply);
    /** Closes the transport's exchange (Transport::endExchange) if one is open. */
    void endTransportExchange(bool abandoned);
    void beginResync();
    void endResync();
    void discard(qsizetype bytes) { m_discarded += bytes; }
    void onTransportError(Transport::ErrorKind kind, const QString &message);
    QString commandText() const;
    void record(TraceEvent::Kind kind, const QByteArray &data)
    {
        if (m_trace)
            recordEvent(kind, data);
    }
    void recordEvent(TraceEvent::Kind kind, const QByteArray &data);

    Transport *m_transport; // child
    Options m_options;
    std::deque<Pending> m_queue;
    std::optional<Pending> m_current;
    ScpiReply m_reply;
    quint64 m_nextId = 0;
    int m_stepIndex = 0;
    bool m_draining = false;
    bool m_inExchange = false;          // defers callbacks so none runs inside exchange()
    bool m_inTransportExchange = false; // between Transport::beginExchange() and endExchange()
    int m_drained = 0;
    ScpiRequest::Step m_drainStep;

    Read m_read = Read::None;
    BlockPhase m_blockPhase = BlockPhase::Hash;
    int m_lengthDigits = 0;
    qint64 m_blockRemaining = 0;
    QByteArray m_buffer;
    qsizetype m_scanFrom = 0;
    QByteArray m_payload;

    // The step timer is left running between steps and re-armed only when it would fire late:
    // starting and stopping a timer for every query costs more than one spare expiry per
    // timeout period. m_stepDeadlineNs says when the waiting step (m_read != None) times out.
    QTimer *m_stepTimer;          // child
    QTimer *m_quietTimer;         // child
    QElapsedTimer m_clock;        // monotonic, started at construction
    qint64 m_stepDeadlineNs = 0;  // on m_clock
    qint64 m_stepTimerDueNs = -1; // when the running step timer fires, on m_clock
    QElapsedTimer m_resyncClock;
    bool m_resyncing = false;

    TraceRing *m_trace = nullptr; // not owned
    bool m_everOpened = false;    // the next open is a reconnect
    qint64 m_discarded = 0;
    qsizetype m_peakBuffered = 0;
};

} // namespace ld
