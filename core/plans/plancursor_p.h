// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/intervalschedule.h"
#include "plans/plancursor.h"

#include <QHash>
#include <QSet>

#include <deque>
#include <list>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

namespace ld::detail {

class OperationNode;

/** What every node of one cursor shares. */
struct CursorContext
{
    PlanCursor::Environment env;
    qint64 now = 0;
    bool stopped = false;
    quint64 nextActionId = 0;
    QSet<QString> removed;                               ///< stopped instruments
    std::unordered_map<quint64, OperationNode *> owners; ///< unfinished actions
    QList<PlanCursor::Note> notes;
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
 * - nextWakeNs(): a node that waits for time (an interval; later a Wait) says until when.
 * - bindings(): a node that binds plan variables (later a Sweep) adds them; operation steps
 *   see every ancestor's, outermost first.
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

    /** The node for `step`; null for a type not written yet (unsupported()). */
    static std::unique_ptr<StepNode> create(const PlanStep &step, StepNode *parent,
                                            CursorContext &ctx);
    /** True for the step types create() makes. */
    static bool supported(PlanStep::Type type);

    const PlanStep &step() const { return m_step; }
    StepNode *parent() const { return m_parent; }

    virtual std::optional<PlanAction> next(CursorContext &ctx) = 0;
    virtual void actionFinished(CursorContext &, quint64 /*actionId*/, const Reading &) {}
    virtual void childProgressed(CursorContext &, StepNode * /*child*/) {}
    virtual bool isDone(const CursorContext &ctx) const = 0;
    virtual qint64 nextWakeNs() const { return -1; }
    virtual void bindings(QList<std::pair<QString, double>> & /*out*/) const {}

    /** Every binding visible here, outermost first. */
    QList<std::pair<QString, double>> variables() const;

private:
    const PlanStep &m_step;
    StepNode *m_parent;
};

/** Set, Measure, Query: one action per selected instrument, all at once; done when all are. */
class OperationNode : public StepNode
{
public:
    /** `only`: just this instrument (an interval repeat's firing), not the selector's. */
    OperationNode(const PlanStep &step, StepNode *parent, CursorContext &ctx,
                  const QString &only = {});
    ~OperationNode() override;
    std::optional<PlanAction> next(CursorContext &ctx) override;
    void actionFinished(CursorContext &ctx, quint64 actionId, const Reading &reading) override;
    bool isDone(const CursorContext &ctx) const override;

private:
    CursorContext &m_ctx;
    QStringList m_names;
    qsizetype m_handed = 0;
    QSet<quint64> m_outstanding;
};

/** Sequence: children one after another, each made when the previous one is done. */
class SequenceNode : public StepNode
{
public:
    using StepNode::StepNode;
    std::optional<PlanAction> next(CursorContext &ctx) override;
    void childProgressed(CursorContext &ctx, StepNode *child) override;
    bool isDone(const CursorContext &ctx) const override;
    qint64 nextWakeNs() const override;

private:
    qsizetype m_index = 0; ///< the next child to make
    std::unique_ptr<StepNode> m_current;
};

/** Parallel: every child at once; asked in turn so none starves the others of the window. */
class ParallelNode : public StepNode
{
public:
    ParallelNode(const PlanStep &step, StepNode *parent, CursorContext &ctx);
    std::optional<PlanAction> next(CursorContext &ctx) override;
    void childProgressed(CursorContext &ctx, StepNode *child) override;
    bool isDone(const CursorContext &ctx) const override;
    qint64 nextWakeNs() const override;

private:
    std::list<std::unique_ptr<StepNode>> m_children;
    std::list<std::unique_ptr<StepNode>>::iterator m_turn = m_children.end();
};

/**
 * Repeat a count of times. A body that is one operation step may run ahead: the next
 * iteration's actions are handed out while the previous one's run (at most kAhead iterations
 * at once). The dispatcher runs one job per instrument at a time in submission order, so the
 * instrument still does them one after another, without waiting for a round trip through
 * the engine between jobs. Any other body runs strictly one iteration after another.
 */
class RepeatCountNode : public StepNode
{
public:
    static constexpr int kAhead = 2;
    RepeatCountNode(const PlanStep &step, StepNode *parent);
    std::optional<PlanAction> next(CursorContext &ctx) override;
    void childProgressed(CursorContext &ctx, StepNode *child) override;
    bool isDone(const CursorContext &ctx) const override;
    qint64 nextWakeNs() const override;

private:
    std::optional<PlanAction> startIteration(CursorContext &ctx);

    bool m_pipelined;
    qint64 m_started = 0;
    bool m_empty = false; ///< an iteration had nothing to do: so would every later one
    std::list<std::unique_ptr<StepNode>> m_iterations;
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
