// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/intervalschedule.h"
#include "plans/plancursor.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <deque>
#include <list>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

namespace ld::detail {

class StepNode;

/**
 * The instruments a tail names (StepNode::tail()): most often one, asked at every action
 * handed out, so kept inline rather than in a list of its own.
 */
using Names = QVarLengthArray<QString, 4>;

/** Where a value set during the run stands: what was set last and when it finished. */
struct Setpoint
{
    double value = 0;
    qint64 atNs = 0;
};

/** What every node of one cursor shares. */
struct CursorContext
{
    PlanCursor::Environment env;
    qint64 now = 0;
    bool stopped = false;
    QString failure; ///< the first step failure; the run stops with it
    quint64 nextActionId = 0;
    QSet<QString> removed;                          ///< stopped instruments
    std::unordered_map<quint64, StepNode *> owners; ///< unfinished actions
    QList<PlanCursor::Note> notes;
    /** Numeric values this run set (setpointKey()), so a ramp knows where it starts. */
    std::map<QString, Setpoint> setpoints;
    /** The plan has a ramp: only then are setpoints kept (nothing else reads them). */
    bool ramps = false;
    /** Per instrument with unfinished actions: their ids, in the order they were handed out. */
    QHash<QString, std::deque<quint64>> chains;
    /**
     * The instruments of each kind the plan selects, resolved once when the cursor is made:
     * the run keeps the instruments it started with (PlanCursor::Environment::resolve).
     */
    QHash<QString, QStringList> kinds;

    /** The instruments `selector` chooses in this run: its names, or its kind's at the start. */
    QStringList resolve(const InstrumentSelector &selector) const;

    /** A step cannot go on: the run stops, and says `text` (the first one) as its failure. */
    void fail(const QString &text);
    /**
     * The key of `parameter` of `operation` on `instrument`, told apart by the action's
     * other parameters (a channel) as the step gives them.
     */
    static QString setpointKey(const QString &instrument, const QString &operation,
                               const QString &parameter, const QVariantMap &parameters);
    /** Actions on `instrument` handed out and not finished. */
    int unfinishedOn(const QString &instrument) const;
    /**
     * Whether a node whose unfinished actions are on `tail` (StepNode::tail()) may let `next`
     * start ahead of them: `next` begins with a set, measure or query on exactly those
     * instruments, and none of them has kAhead actions waiting behind its running one (for a
     * set, kAhead - 1: it keeps room for the action after it).
     */
    bool mayGoOn(const Names &tail, const PlanStep &next) const;
};

/**
 * One running occurrence of a plan step. A parent owns its children and makes them with
 * create(), lazily (a Sequence makes its next child when the last one is done, a Repeat an
 * iteration at a time), so a plan's length costs no memory.
 *
 * The protocol, all on the cursor's thread:
 * - next(): an action that may start now, or nothing (waiting for finishes or for time).
 *   Leaves make actions; composites ask their children.
 * - actionFinished(): on the leaf that made the action, with its reading (a limit or a
 *   "wait until stable" looks at it here).
 * - childProgressed(): after that, on each ancestor up to the root, with the child on the
 *   path; a composite drops a child that isDone() and may start the next. It may delete
 *   `child`.
 * - nextWakeNs(): a node that waits for time (an interval, a wait, a ramp's spacing) says
 *   until when; the caller calls next() again then. A time already past is fine.
 * - bindings(): a node that binds plan variables (a Sweep) adds them; operation steps see
 *   every ancestor's, outermost first.
 * - A node that cannot go on calls CursorContext::fail(); the context is stopped then, and
 *   every node ends as on a stop (its unfinished actions still count).
 * - tail(): a node that will hand out nothing more except what is retracted, and whose
 *   unfinished actions may have actions handed out behind them, names their instruments; a
 *   composite (Sequence, Sweep, Repeat) then moves such a child aside (kept until its actions
 *   finish, asked first for what is retracted) and starts its next one ahead, as
 *   CursorContext::mayGoOn() allows.
 * - actionRetracted(): an action handed out ahead did not start; the leaf hands it out again.
 */
class StepNode
{
public:
    StepNode(const PlanStep &step, StepNode *parent)
        : m_step(step)
        , m_parent(parent)
    {}
    virtual ~StepNode() = default;
    StepNode(const StepNode &) = delete;
    StepNode &operator=(const StepNode &) = delete;

    /** The node for `step`. */
    static std::unique_ptr<StepNode> create(const PlanStep &step, StepNode *parent,
                                            CursorContext &ctx);

    const PlanStep &step() const { return m_step; }
    StepNode *parent() const { return m_parent; }

    virtual std::optional<PlanAction> next(CursorContext &ctx) = 0;
    virtual void actionFinished(CursorContext &, quint64 /*actionId*/, const Reading &) {}
    virtual void actionRetracted(CursorContext &ctx, quint64 actionId)
    {
        actionFinished(ctx, actionId, Reading());
    }
    virtual void childProgressed(CursorContext &, StepNode * /*child*/) {}
    virtual bool isDone(const CursorContext &ctx) const = 0;
    virtual qint64 nextWakeNs() const { return -1; }
    virtual void bindings(QList<std::pair<QString, double>> & /*out*/) const {}
    virtual std::optional<Names> tail(const CursorContext &) const { return std::nullopt; }

    /** Every binding visible here, outermost first. */
    QList<std::pair<QString, double>> variables() const;

private:
    const PlanStep &m_step;
    StepNode *m_parent;
};

/** Children moved aside while later ones start ahead of them, oldest first. */
using Trailing = std::list<std::unique_ptr<StepNode>>;

/** The first action one of `nodes` hands out, oldest first; drops those that are done. */
std::optional<PlanAction> nextOf(CursorContext &ctx, Trailing &nodes);
/** The instruments of the tails of `nodes` and `current`, or nothing if one has none. */
std::optional<Names> tailOf(const CursorContext &ctx, const Trailing &nodes,
                            const StepNode *current = nullptr);

/** The one step a body runs as a whole: itself when it is one step. */
std::unique_ptr<StepNode> makeBody(const PlanStep &owner, StepNode *parent, CursorContext &ctx);
/** "${name}" as a whole string value is the variable's value; anything else is kept. */
QVariantMap substitute(const QVariantMap &parameters,
                       const QList<std::pair<QString, double>> &variables);
bool succeeded(const Reading &reading);
/** A parameter's value when it is a number (not text that looks like one). */
std::optional<double> number(const QVariant &v);
/** A reading's value when it is one number. */
std::optional<double> value(const Reading &reading);
qint64 earliest(qint64 a, qint64 b);

/**
 * A leaf: a node whose actions go to instruments. Hands them out with the step's path and
 * the bound variables, keeps which are unfinished (they leave the context's owners with it),
 * and records what a successful Set action set (CursorContext::setpoints).
 */
class ActionNode : public StepNode
{
public:
    ActionNode(const PlanStep &step, StepNode *parent, CursorContext &ctx);
    ~ActionNode() override;

protected:
    /** An action of this node on `instrument`; `parameters` get the bound variables. */
    PlanAction hand(CursorContext &ctx, const QString &instrument, const QVariantMap &parameters,
                    std::optional<DriverProfile::Operation> operation = std::nullopt);
    /** What was handed out as `actionId`, now finished with `reading`; forgotten here. */
    struct Handed
    {
        QString instrument;
        QVariantMap parameters;    ///< variables bound
        bool ownOperation = false; ///< ran PlanAction::operation, not the step's
        QList<std::pair<QString, double>> variables;
        bool mayRunAhead = false; ///< Environment::mayRunAhead, asked when it was handed out
    };
    Handed release(CursorContext &ctx, quint64 actionId, const Reading &reading);
    /** What was handed out as `actionId` and retracted before it started; forgotten here. */
    Handed retract(CursorContext &ctx, quint64 actionId);
    /** Hands out `handed` again (retracted), behind what is unfinished on its instrument. */
    PlanAction handAgain(CursorContext &ctx, const Handed &handed);
    bool hasUnfinished() const { return !m_unfinished.empty(); }
    bool isUnfinished(const QString &instrument) const;
    /** The instruments of the unfinished actions, when each may have actions behind it. */
    std::optional<Names> unfinishedTail() const;

    /** Its actions go behind unfinished ones (PlanAction::after) and can be retracted. */
    bool m_chained = false;

private:
    PlanAction record(CursorContext &ctx, PlanAction a);
    /** Forgets `actionId` here, in the context's owners and in its instrument's chain. */
    Handed forget(CursorContext &ctx, quint64 actionId);

    CursorContext &m_ctx;
    std::unordered_map<quint64, Handed> m_unfinished;
};

/**
 * Set, Measure, Query: one action per selected instrument, all at once; done when all are.
 * The only leaf with a tail(): its actions may have others handed out behind them; one
 * retracted is handed out again before anything else of it.
 */
class OperationNode : public ActionNode
{
public:
    /** `only`: just this instrument (an interval repeat's firing), not the selector's. */
    OperationNode(const PlanStep &step, StepNode *parent, CursorContext &ctx,
                  const QString &only = {});
    std::optional<PlanAction> next(CursorContext &ctx) override;
    void actionFinished(CursorContext &ctx, quint64 actionId, const Reading &reading) override;
    void actionRetracted(CursorContext &ctx, quint64 actionId) override;
    bool isDone(const CursorContext &ctx) const override;
    std::optional<Names> tail(const CursorContext &ctx) const override;

private:
    QStringList m_names;
    qsizetype m_handed = 0;
    std::deque<Handed> m_retracted; ///< to hand out again, oldest first
};

/**
 * A Set with a ramp: on each instrument, from where the parameter stands (the last value this
 * run set there, else read back first through the profile's `readback`) to the step's value
 * in equal sets of at most `maxStep`, each one started at least |step| / maxRatePerSecond
 * after the previous one finished, so the rate stays within the limit however long a set
 * takes. Instruments ramp independently. A read-back or a set that fails fails the run: the
 * rest of a ramp must not jump.
 */
class RampNode : public ActionNode
{
public:
    RampNode(const PlanStep &step, StepNode *parent, CursorContext &ctx);
    std::optional<PlanAction> next(CursorContext &ctx) override;
    void actionFinished(CursorContext &ctx, quint64 actionId, const Reading &reading) override;
    bool isDone(const CursorContext &ctx) const override;
    qint64 nextWakeNs() const override;

private:
    struct Track
    {
        QString instrument;
        QVariantMap parameters; ///< the target's, variables bound
        bool known = false;     ///< `from` is known (set before, or read back)
        double from = 0;
        double to = 0;
        qint64 steps = 0;
        qint64 done = 0;
        qint64 dueNs = 0; ///< the next set not before
        bool finished = false;
    };
    double valueAt(const Track &t, qint64 i) const;
    qint64 spacingNs(const Track &t) const;

    std::vector<Track> m_tracks;
};

/** Wait for a duration from when the step starts. */
class DurationWaitNode : public StepNode
{
public:
    DurationWaitNode(const PlanStep &step, StepNode *parent, CursorContext &ctx);
    std::optional<PlanAction> next(CursorContext &) override { return std::nullopt; }
    bool isDone(const CursorContext &ctx) const override;
    qint64 nextWakeNs() const override { return m_until; }

private:
    qint64 m_until;
};

/**
 * Wait until stable: a round of the step's operation on every selected instrument every
 * pollMs (a round after the last one finished), until on each the readings of the last
 * stableForMs (by the cursor's clock when they came in) span at most `tolerance` and its
 * first reading is at least stableForMs old. Not stable by timeoutMs: the run fails, naming
 * the step and the instrument. Failed polls are journaled like any reading and not counted.
 */
class StableWaitNode : public ActionNode
{
public:
    StableWaitNode(const PlanStep &step, StepNode *parent, CursorContext &ctx);
    std::optional<PlanAction> next(CursorContext &ctx) override;
    void actionFinished(CursorContext &ctx, quint64 actionId, const Reading &reading) override;
    bool isDone(const CursorContext &ctx) const override;
    qint64 nextWakeNs() const override;

private:
    struct History
    {
        qint64 firstNs = -1;
        std::deque<std::pair<qint64, double>> window; ///< (when, value), the last stableForMs
    };
    /** Why `name` is not stable yet (empty: it is). */
    QString unstable(const QString &name, qint64 now) const;

    QStringList m_names;
    qint64 m_deadline;
    qint64 m_roundAt = -1;  ///< when the last round started
    qsizetype m_handed = 0; ///< of this round; a round starts once all are in
    bool m_stable = false;
    std::map<QString, History> m_history;
};

/**
 * Wait for `*OPC?` to answer 1 on every selected instrument, sent once per instrument (again
 * after a reply timeout) until timeoutMs. Any other answer, an error, or the timeout fails the
 * run.
 */
class OpcWaitNode : public ActionNode
{
public:
    OpcWaitNode(const PlanStep &step, StepNode *parent, CursorContext &ctx);
    std::optional<PlanAction> next(CursorContext &ctx) override;
    void actionFinished(CursorContext &ctx, quint64 actionId, const Reading &reading) override;
    bool isDone(const CursorContext &ctx) const override;
    qint64 nextWakeNs() const override;

    /** `*OPC?` as an operation: a query whose reply is a number. */
    static DriverProfile::Operation opcOperation();

private:
    QStringList m_pending; ///< not answered 1 yet
    qint64 m_deadline;
};

/**
 * Children one after another (a Sequence's steps, a Sweep's points), each made when the
 * previous one is done, or ahead of it as its tail() and CursorContext::mayGoOn() allow; what
 * a child moved aside still has retracted goes first.
 */
class SerialNode : public StepNode
{
public:
    std::optional<PlanAction> next(CursorContext &ctx) final;
    void childProgressed(CursorContext &ctx, StepNode *child) final;
    bool isDone(const CursorContext &ctx) const final;
    qint64 nextWakeNs() const final;
    std::optional<Names> tail(const CursorContext &ctx) const final;

protected:
    SerialNode(const PlanStep &step, StepNode *parent)
        : StepNode(step, parent)
    {}
    /** Whether a child is still to be made. */
    virtual bool hasMore() const = 0;
    /** The next child, made (only while hasMore()); null when there is none to run. */
    virtual std::unique_ptr<StepNode> makeNext(CursorContext &ctx) = 0;
    /** The step the next child begins with (only while hasMore()). */
    virtual const PlanStep &nextStep() const = 0;

private:
    std::unique_ptr<StepNode> m_current;
    Trailing m_trailing; ///< earlier children still running
};

/**
 * Sweep: a variable over linear, logarithmic (geometric) or listed values, both ends
 * included; the body runs at each value, one after another, and sees the variable bound.
 * Values are computed as they come: a long sweep costs no memory.
 */
class SweepNode : public SerialNode
{
public:
    SweepNode(const PlanStep &step, StepNode *parent);
    void bindings(QList<std::pair<QString, double>> &out) const override;

private:
    bool hasMore() const override { return m_index < m_count; }
    std::unique_ptr<StepNode> makeNext(CursorContext &ctx) override;
    const PlanStep &nextStep() const override { return step().body.constFirst(); }

    qsizetype m_count;
    qsizetype m_index = 0; ///< the next value's
    double m_value = 0;    ///< the current one, bound while the body runs
};

/** Sequence: its steps, one after another (SerialNode). */
class SequenceNode : public SerialNode
{
public:
    SequenceNode(const PlanStep &step, StepNode *parent)
        : SerialNode(step, parent)
    {}

private:
    bool hasMore() const override { return m_index < step().body.size(); }
    std::unique_ptr<StepNode> makeNext(CursorContext &ctx) override;
    const PlanStep &nextStep() const override { return step().body.at(m_index); }

    qsizetype m_index = 0; ///< the next child to make
};

/**
 * Parallel: every child at once; asked in turn so none starves the others of the window.
 * Where no two children share an instrument (their instruments are the run's, fixed at its
 * start: CursorContext::kinds), a child that had nothing to hand out is not asked again until
 * one of its actions ends or it is due to wake: what it may hand out depends on nothing else,
 * and a wide group (a sweep per instrument, a simple run over a thousand instruments) is then
 * asked only where something changed.
 */
class ParallelNode : public StepNode
{
public:
    ParallelNode(const PlanStep &step, StepNode *parent, CursorContext &ctx);
    std::optional<PlanAction> next(CursorContext &ctx) override;
    void childProgressed(CursorContext &ctx, StepNode *child) override;
    bool isDone(const CursorContext &ctx) const override;
    qint64 nextWakeNs() const override;

private:
    struct Child
    {
        std::unique_ptr<StepNode> node;
        bool idle = false;  ///< had nothing, and nothing of it ended since
        qint64 wakeNs = -1; ///< when idle: its nextWakeNs() then
    };
    using Children = std::list<Child>;
    /** Erases `it` (done), keeping the turn valid. */
    void erase(Children::iterator it);

    Children m_children;
    Children::iterator m_turn = m_children.end();
    bool m_independent = false; ///< no two children share an instrument
};

/**
 * Repeat a count of times, one iteration after another, or the next one ahead of those still
 * running as their tail() and CursorContext::mayGoOn() allow (the instrument still does them
 * one after another, without a round trip through the engine between its jobs).
 */
class RepeatCountNode : public StepNode
{
public:
    using StepNode::StepNode;
    std::optional<PlanAction> next(CursorContext &ctx) override;
    void childProgressed(CursorContext &ctx, StepNode *child) override;
    bool isDone(const CursorContext &ctx) const override;
    qint64 nextWakeNs() const override;
    std::optional<Names> tail(const CursorContext &ctx) const override;

private:
    std::optional<PlanAction> startIteration(CursorContext &ctx);

    qint64 m_started = 0;
    bool m_empty = false; ///< an iteration had nothing to do: so would every later one
    Trailing m_iterations;
};

/**
 * Repeat every interval for a duration (or until stopped). A body that is one operation step
 * fires per instrument, in waves of the cap (IntervalSchedule); any other body fires as a
 * whole. A firing due while the previous one is unfinished is skipped, and the log says so
 * once per run.
 */
class RepeatIntervalNode : public StepNode
{
public:
    RepeatIntervalNode(const PlanStep &step, StepNode *parent, CursorContext &ctx);
    std::optional<PlanAction> next(CursorContext &ctx) override;
    void childProgressed(CursorContext &ctx, StepNode *child) override;
    bool isDone(const CursorContext &ctx) const override;
    qint64 nextWakeNs() const override;

private:
    void takeDue(CursorContext &ctx);

    qint64 m_origin;
    bool m_perInstrument;
    IntervalSchedule m_schedule;
    bool m_ended = false;
    bool m_warned = false;
    std::deque<QString> m_due;                              ///< fired, not started yet
    std::map<QString, std::unique_ptr<StepNode>> m_firings; ///< by instrument ("" whole body)
};

} // namespace ld::detail
