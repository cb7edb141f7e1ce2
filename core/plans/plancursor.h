// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"
#include "plans/plan.h"
#include "results/reading.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace ld {

namespace detail {
struct CursorContext;
class StepNode;
} // namespace detail

/** One operation on one instrument that a plan may start now. */
struct PlanAction
{
    quint64 id = 0; ///< the cursor's; tell finished() with it
    QString instrument;
    /** The step it comes from (operation, path); owned by the cursor, valid while it lives. */
    const PlanStep *step = nullptr;
    /** The step's parameters with "${variable}" replaced by the bound value. */
    QVariantMap parameters;
    /** The plan variables bound where the step runs, outermost first. */
    QList<std::pair<QString, double>> variables;
    /**
     * Runs this instead of the step's operation: a wait's `*OPC?`, a ramp's read-back query.
     * Its parameters are already the ones it takes.
     */
    std::optional<DriverProfile::Operation> operation;
    /**
     * Handed out ahead: the action on the same instrument this one was handed out behind,
     * unfinished then (0: none). It may start only once that one has succeeded; else it must
     * not start at all and is given back with PlanCursor::retract().
     */
    quint64 after = 0;
};

/**
 * Walks a plan's step tree: hands out the actions that may start now, is told when each
 * finishes, and says when the run is over. Pure and single-threaded: no I/O, no timers, no
 * threads; time is what the caller passes (nanoseconds on the run's clock), so it is tested
 * without instruments.
 *
 * Each step type is one small class (detail::StepNode, plancursor_p.h) made by
 * detail::StepNode::create(); a new step type is a new class there and a case in create():
 * Sequence, Parallel, Repeat (a count, or every interval for a duration in waves of the cap),
 * Sweep (binds a variable for its body), the operation steps Set (ramped or not), Measure
 * and Query, and Wait (a duration, until stable, `*OPC?`). A step that cannot go on (a wait
 * that timed out, a ramp that could not learn where it starts) fails the run: failure() says
 * why and nothing more starts.
 *
 * Lookahead: where a plan goes on, on the instruments whose actions are unfinished, with a
 * set, measure or query on exactly those instruments (a sweep's next point, a sequence's next
 * step, a repeat's next iteration), it hands out their next actions before the unfinished ones
 * have finished, at most kAhead per instrument behind the unfinished one, each with
 * PlanAction::after, when Environment::mayRunAhead allows it for the step of every unfinished
 * action. Waits, ramps and steps on other instruments still wait for every unfinished action.
 */
class PlanCursor
{
public:
    /** What the cursor needs from the run around it. */
    struct Environment
    {
        /**
         * The instruments a kind selector chooses, in order. Asked once per kind of the plan
         * when the cursor is made: a run keeps the instruments it started with, so every step
         * and every iteration of a kind sees the same ones (an instrument added, switched on or
         * coming online later is not in the run). A selector of names chooses those names.
         */
        std::function<QStringList(const InstrumentSelector &)> resolve;
        /** The dispatcher's cap when the run starts: an interval repeat's waves. */
        int cap = 1;
        /**
         * The operation that reads back what `setOperation` sets on `instrument` (the
         * profile's `readback`); nothing when there is none. A ramp with no value set by this
         * run starts from it.
         */
        std::function<std::optional<DriverProfile::Operation>(const QString &instrument,
                                                              const QString &setOperation)>
            readback;
        /**
         * Whether an action may be handed out behind the unfinished action of `step` on
         * `instrument`: the instrument's jobs start one at a time in submission order and an
         * action handed out ahead can be held back before it starts, and nothing that decides
         * what runs next (a limit that pauses or aborts) reads what the step reads there.
         * Asked once per action, when it is handed out: the answer must hold for the run.
         * Unset: never.
         */
        std::function<bool(const PlanStep &step, const QString &instrument)> mayRunAhead;
    };
    /**
     * Actions per instrument handed out behind its unfinished one (see lookahead above): a
     * whole sweep point (a set and its measure, which the engine runs as one job) behind the
     * running one, so the instrument's next job is queued when one ends.
     */
    static constexpr int kAhead = 3;
    /** Something the log should say (an instrument slower than its interval). */
    struct Note
    {
        QString instrument;
        QString text;
    };

    PlanCursor(Plan plan, Environment environment);
    ~PlanCursor();
    PlanCursor(const PlanCursor &) = delete;
    PlanCursor &operator=(const PlanCursor &) = delete;

    /** The next action that may start at `nowNs`, or nothing for now. */
    std::optional<PlanAction> next(qint64 nowNs);
    /** An action handed out by next() finished with `reading`. */
    void finished(quint64 actionId, const Reading &reading, qint64 nowNs);
    /**
     * An action handed out ahead (PlanAction::after) did not start: the one before it did not
     * succeed, or the run paused. It is handed out again (a new id) by a later next(), before
     * anything that came after it on its instrument, unless the run stopped or its instrument
     * left.
     */
    void retract(quint64 actionId, qint64 nowNs);
    /** Nothing more will start and nothing handed out is unfinished. */
    bool isOver() const;
    /** When next() may have something without a finish (an interval's wave); -1: never. */
    qint64 nextWakeNs() const;
    /** No more actions on `names` (stopped by the user); their unfinished ones still count. */
    void remove(const QStringList &names);
    /** No more actions at all. */
    void stop();
    bool isStopped() const;
    /** Why a step failed the run (it is stopped then), or empty. Set once. */
    QString failure() const;
    /** Actions handed out and not finished. */
    int inFlight() const;
    /** Notes since the last call. */
    QList<Note> takeNotes();

    const Plan &plan() const { return m_plan; }

private:
    /** After an action of `node` finished or was retracted: its ancestors drop what is done. */
    void progressed(detail::StepNode *node);

    Plan m_plan;
    PlanStep m_rootStep; ///< the plan's steps as one Sequence
    bool m_started = false;
    std::unique_ptr<detail::CursorContext> m_ctx;
    std::unique_ptr<detail::StepNode> m_root;
};

} // namespace ld
