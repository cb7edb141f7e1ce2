// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ld {

/**
 * Reads and writes plan files (JSON, docs/plans.md). Reading is strict: an unknown key, a
 * wrong type, a missing field or a newer schema is refused with the JSON path of the field
 * ("steps[1].sweep.body[0].set.parameters.value: must be a number, a string or true/false").
 * It checks the file's shape only; what needs the instruments (operations, limits of the
 * profiles, variables) is PlanValidator's. Every step read gets its path in PlanStep::path.
 */
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(ld::PlanFile)

public:
    /** A plan is text a person writes: 4 MiB is far beyond any, and bounds the memory a read takes.
     */
    static constexpr qint64 kMaxFileBytes = qint64(4) << 20;
    /** Steps nested deeper than this are refused (a plan is read by recursion). */
    static constexpr int kMaxDepth = 32;
    /** The most points one sweep (linear, log or listed) may have. */
    static constexpr int kMaxPoints = 1'000'000;

    struct Result
    {
        std::optional<Plan> plan;
        QString error; ///< "<JSON path>: <what>", or where the JSON text itself is broken
    };

    /** Parses a plan file's contents. */
    static Result parse(const QByteArray &json);
    /** Reads `path` (at most kMaxFileBytes) and parses it; errors start with the file name. */
    static Result load(const QString &path);
    /** The plan as a file (indented JSON) that parse() reads back to the same plan. */
    static QByteArray toJson(const Plan &plan);

    /** The step's key in a file ("set", "sweep", ...). */
    static QString typeName(PlanStep::Type type);
    /** A limit action's name in a file ("warn", "pause", "abort-instrument", "abort-run"). */
    static QString actionName(PlanLimit::Action action);
    /**
     * The JSON path of a field of `step` ("steps[2].sweep" + ".points"): how errors about a
     * step's fields name them. An empty `field` gives the step's own object.
     */
    static QString fieldPath(const PlanStep &step, const QString &field = {});
};

} // namespace ld
