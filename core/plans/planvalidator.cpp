// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/planvalidator.h"

#include "plans/planfile.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ld {

namespace {

using Type = PlanStep::Type;
using WaitKind = PlanStep::WaitKind;

/** A variable an enclosing sweep binds, with the values it takes. */
struct Binding
{
    QString name;
    const PlanStep *sweep; ///< the step that binds it
    QList<double> values;
};

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

/** Where a field of a step's operation is written: a wait's lie one object deeper. */
QString operationField(const PlanStep &step, const QString &field)
{
    if (step.type != Type::Wait)
        return PlanFile::fieldPath(step, field);
    const QString holder =
        step.waitKind == WaitKind::Opc ? QStringLiteral("opc.") : QStringLiteral("stable.");
    return PlanFile::fieldPath(step, holder + field);
}

/** Walks the plan once, collecting every error with its path. */
class Checker
{
public:
    explicit Checker(const PlanInstruments &instruments)
        : m_instruments(instruments)
    {}

    QStringList errors() const { return m_errors; }

    void error(const QString &path, const QString &what)
    {
        if (m_errors.size() < PlanValidator::kMaxErrors)
            m_errors.append(QStringLiteral("%1: %2").arg(path, what));
    }

    void steps(const QList<PlanStep> &steps, QList<Binding> &bound)
    {
        for (const PlanStep &step : steps)
            this->step(step, bound);
    }

    void limits(const QList<PlanLimit> &limits)
    {
        for (const PlanLimit &limit : limits) {
            const QString at = limit.path.isEmpty() ? QStringLiteral("limits") : limit.path;
            if (limit.quantity.trimmed().isEmpty())
                error(at + QStringLiteral(".quantity"), PlanValidator::tr("empty"));
            if (!limit.instruments.isEmpty())
                select(limit.instruments, [&at] { return at + QStringLiteral(".instruments"); });
            if (!limit.min && !limit.max)
                error(at, PlanValidator::tr("needs min, max or both"));
            if (limit.min && limit.max && *limit.min > *limit.max)
                error(at + QStringLiteral(".min"),
                      PlanValidator::tr("%1 is above max %2")
                          .arg(number(*limit.min), number(*limit.max)));
            if (limit.consecutive < 1)
                error(at + QStringLiteral(".consecutive"),
                      PlanValidator::tr("must be at least 1, not %1").arg(limit.consecutive));
        }
    }

    /**
     * The instruments picked, each with a profile; errors, at the field `at` gives, for those
     * that do not exist. (A field's path is built only for an error: a plan of many instruments
     * has as many steps.)
     */
    QStringList select(const InstrumentSelector &selector, const std::function<QString()> &at)
    {
        if (selector.isEmpty()) {
            error(at(), PlanValidator::tr("missing"));
            return {};
        }
        if (!selector.names.isEmpty() && !selector.kind.isEmpty()) {
            error(at(), PlanValidator::tr("names or a kind, not both"));
            return {};
        }
        QStringList picked;
        for (const QString &name : selector.names) {
            const auto it = m_instruments.constFind(name);
            if (it == m_instruments.cend()) {
                error(at(), PlanValidator::tr("'%1' is not an instrument of this run (%2)")
                                .arg(name, knownNames()));
            } else if (!it->profile) {
                error(at(), PlanValidator::tr("'%1' has no driver profile yet (it has not been "
                                              "identified and the bench file pins none)")
                                .arg(name));
            } else {
                picked.append(name);
            }
        }
        if (!selector.kind.isEmpty()) {
            picked = PlanValidator::select(selector, m_instruments);
            if (picked.isEmpty()) {
                QStringList kinds;
                for (const PlanInstrument &instrument : m_instruments) {
                    if (!instrument.kind.isEmpty() && !kinds.contains(instrument.kind))
                        kinds.append(instrument.kind);
                }
                error(at() + QStringLiteral(".kind"),
                      PlanValidator::tr("no instrument of kind '%1' in this run (kinds: %2)")
                          .arg(selector.kind, kinds.join(QStringLiteral(", "))));
            }
            picked.erase(std::remove_if(picked.begin(), picked.end(),
                                        [this](const QString &name) {
                                            return !m_instruments.value(name).profile;
                                        }),
                         picked.end());
        }
        return picked;
    }

private:
    QString knownNames() const { return m_instruments.keys().join(QStringLiteral(", ")); }

    void body(const PlanStep &step, QList<Binding> &bound)
    {
        if (step.body.isEmpty())
            error(PlanFile::fieldPath(step, QStringLiteral("body")),
                  PlanValidator::tr("empty: a %1 needs steps to run")
                      .arg(PlanFile::typeName(step.type)));
        steps(step.body, bound);
    }

    void step(const PlanStep &step, QList<Binding> &bound)
    {
        limits(step.limits);
        if (step.ramp && step.type != Type::Set)
            error(PlanFile::fieldPath(step, QStringLiteral("ramp")),
                  PlanValidator::tr("only a set step ramps"));
        switch (step.type) {
        case Type::Set:
        case Type::Measure:
        case Type::Query:
            operation(step, bound);
            break;
        case Type::Wait:
            wait(step, bound);
            break;
        case Type::Sweep:
            sweep(step, bound);
            break;
        case Type::Repeat:
            if (step.intervalMs > 0) {
                if (step.durationMs < 0)
                    error(PlanFile::fieldPath(step, QStringLiteral("forMs")),
                          PlanValidator::tr("must not be negative (leave it out to repeat until "
                                            "stopped), not %1")
                              .arg(step.durationMs));
            } else if (step.intervalMs < 0) {
                error(PlanFile::fieldPath(step, QStringLiteral("everyMs")),
                      PlanValidator::tr("must be more than 0, not %1").arg(step.intervalMs));
            } else if (step.count < 1) {
                error(PlanFile::fieldPath(step, QStringLiteral("count")),
                      PlanValidator::tr("must be at least 1, not %1").arg(step.count));
            }
            body(step, bound);
            break;
        case Type::Parallel:
        case Type::Sequence:
            body(step, bound);
            break;
        }
    }

    void positive(const PlanStep &step, const QString &field, qint64 value)
    {
        if (value <= 0)
            error(PlanFile::fieldPath(step, field),
                  PlanValidator::tr("must be more than 0, not %1").arg(value));
    }

    void wait(const PlanStep &step, const QList<Binding> &bound)
    {
        switch (step.waitKind) {
        case WaitKind::Duration:
            positive(step, QStringLiteral("ms"), step.durationMs);
            break;
        case WaitKind::Stable:
            if (!(step.tolerance >= 0))
                error(
                    PlanFile::fieldPath(step, QStringLiteral("stable.tolerance")),
                    PlanValidator::tr("must not be negative, not %1").arg(number(step.tolerance)));
            positive(step, QStringLiteral("stable.forMs"), step.stableForMs);
            positive(step, QStringLiteral("stable.pollMs"), step.pollMs);
            if (step.timeoutMs < step.stableForMs)
                error(PlanFile::fieldPath(step, QStringLiteral("stable.timeoutMs")),
                      PlanValidator::tr("%1 ms is shorter than forMs (%2 ms): it could never be "
                                        "stable in time")
                          .arg(step.timeoutMs)
                          .arg(step.stableForMs));
            operation(step, bound);
            break;
        case WaitKind::Opc:
            positive(step, QStringLiteral("opc.timeoutMs"), step.timeoutMs);
            select(step.instruments,
                   [&step] { return operationField(step, QStringLiteral("instruments")); });
            break;
        }
    }

    void sweep(const PlanStep &step, QList<Binding> &bound)
    {
        const auto variableField = [&step] {
            return PlanFile::fieldPath(step, QStringLiteral("variable"));
        };
        bool ok = true;
        if (!PlanValidator::isVariableName(step.variable)) {
            error(variableField(),
                  PlanValidator::tr("'%1' is not a name (letters, digits and _, not first a digit)")
                      .arg(step.variable));
            ok = false;
        }
        for (const Binding &outer : bound) {
            if (outer.name == step.variable) {
                error(variableField(),
                      PlanValidator::tr("'%1' is already bound by %2")
                          .arg(step.variable,
                               PlanFile::fieldPath(*outer.sweep, QStringLiteral("variable"))));
                ok = false;
            }
        }
        switch (step.sweepKind) {
        case PlanStep::SweepKind::Linear:
        case PlanStep::SweepKind::Log:
            if (step.points < 2) {
                error(PlanFile::fieldPath(step, QStringLiteral("points")),
                      PlanValidator::tr("a sweep needs at least 2 points, not %1 (a single "
                                        "value is a list: \"values\": [...])")
                          .arg(step.points));
                ok = false;
            }
            if (step.sweepKind == PlanStep::SweepKind::Log && !(step.start * step.stop > 0)) {
                error(PlanFile::fieldPath(step, QStringLiteral("from")),
                      PlanValidator::tr("a log sweep runs between two values of the same sign, "
                                        "neither 0: not from %1 to %2")
                          .arg(number(step.start), number(step.stop)));
                ok = false;
            }
            break;
        case PlanStep::SweepKind::List:
            if (step.values.isEmpty()) {
                error(PlanFile::fieldPath(step, QStringLiteral("values")),
                      PlanValidator::tr("empty"));
                ok = false;
            }
            break;
        }
        // A sweep in error still binds its name (with no values), so its body is checked
        // without "unbound variable" errors that only repeat this one.
        bound.append(
            {step.variable, &step, ok ? PlanValidator::sweepValues(step) : QList<double>()});
        body(step, bound);
        bound.removeLast();
    }

    /** Instruments, operation, ramp and parameters of a set, measure, query or stable wait. */
    void operation(const PlanStep &step, const QList<Binding> &bound)
    {
        const QStringList picked = select(step.instruments, [&step] {
            return operationField(step, QStringLiteral("instruments"));
        });
        const auto operationAt = [&step] {
            return operationField(step, QStringLiteral("operation"));
        };
        // Instruments of one profile are checked once, named by the first of them.
        QList<std::pair<QString, const DriverProfile::Operation *>> operations;
        QSet<const DriverProfile *> seen;
        for (const QString &name : picked) {
            const DriverProfile *profile = m_instruments.value(name).profile;
            if (seen.contains(profile))
                continue;
            seen.insert(profile);
            const DriverProfile::Operation *op = profile->operation(step.operation);
            if (!op) {
                QStringList ids;
                for (const DriverProfile::Operation &o : profile->operations)
                    ids.append(o.id);
                error(operationAt(),
                      PlanValidator::tr("'%1' is not an operation of %2 (%3)")
                          .arg(step.operation, name, ids.join(QStringLiteral(", "))));
                continue;
            }
            if (step.type == Type::Wait && op->reply != DriverProfile::ReplyType::Number)
                error(operationAt(), PlanValidator::tr("'%1' of %2 does not reply one number, so "
                                                       "it cannot be watched until stable")
                                         .arg(step.operation, name));
            if (step.ramp && step.type == Type::Set)
                ramp(step, *profile, *op, name);
            operations.append({name, op});
        }
        parameters(step, bound, operations);
    }

    void ramp(const PlanStep &step, const DriverProfile &profile,
              const DriverProfile::Operation &op, const QString &name)
    {
        const PlanRamp &ramp = *step.ramp;
        const DriverProfile::Parameter *p = op.parameter(ramp.parameter);
        using P = DriverProfile::ParameterType;
        if (!p || (p->type != P::Double && p->type != P::Int))
            error(PlanFile::fieldPath(step, QStringLiteral("ramp.parameter")),
                  PlanValidator::tr("'%1' is not a number parameter of %2 on %3")
                      .arg(ramp.parameter, op.id, name));
        else if (op.readback.isEmpty() || !profile.operation(op.readback))
            error(PlanFile::fieldPath(step, QStringLiteral("ramp")),
                  PlanValidator::tr("%1 cannot read back %2 (its profile gives %3 no readback), "
                                    "so the ramp would not know where it starts")
                      .arg(name, ramp.parameter, op.id));
        if (!ramp.maxStep && !ramp.maxRatePerSecond)
            error(PlanFile::fieldPath(step, QStringLiteral("ramp")),
                  PlanValidator::tr("needs maxStep, maxRate or both"));
        if (ramp.maxStep && !(*ramp.maxStep > 0))
            error(PlanFile::fieldPath(step, QStringLiteral("ramp.maxStep")),
                  PlanValidator::tr("must be more than 0, not %1").arg(number(*ramp.maxStep)));
        if (ramp.maxRatePerSecond && !(*ramp.maxRatePerSecond > 0))
            error(PlanFile::fieldPath(step, QStringLiteral("ramp.maxRate")),
                  PlanValidator::tr("must be more than 0, not %1")
                      .arg(number(*ramp.maxRatePerSecond)));
    }

    /**
     * The step's parameters through each operation's own checks: a constant once, one bound to
     * a variable at every value the variable takes (or its extremes, once the plan's checks are
     * spent). A parameter holds one value, constant or one variable's, and a profile's checks
     * are per parameter, so the values of one variable decide a parameter alone: checking every
     * combination of the variables would repeat the same checks. Stops at a parameter's first
     * failing value, so one wrong bound is one error, not one per point.
     */
    void parameters(const PlanStep &step, const QList<Binding> &bound,
                    const QList<std::pair<QString, const DriverProfile::Operation *>> &operations)
    {
        // Built only for an error: a sweep of many instruments has as many steps.
        const auto at = [&step](const QString &key) {
            return operationField(step, QStringLiteral("parameters")) + QLatin1Char('.') + key;
        };
        QList<Binding> used;
        bool references = true;
        for (auto it = step.parameters.cbegin(); it != step.parameters.cend(); ++it) {
            if (it.value().typeId() != QMetaType::QString)
                continue;
            const QString text = it.value().toString();
            if (!text.contains(QLatin1String("${")))
                continue;
            const QString name = PlanValidator::variableReference(it.value()).toString();
            if (name.isEmpty()) {
                error(at(it.key()), PlanValidator::tr("'%1': a variable is a whole value, written "
                                                      "\"${name}\"")
                                        .arg(text));
                references = false;
                continue;
            }
            const auto binding = std::find_if(bound.cbegin(), bound.cend(),
                                              [&](const Binding &b) { return b.name == name; });
            if (binding == bound.cend()) {
                error(at(it.key()),
                      PlanValidator::tr("${%1} is not bound by an enclosing sweep").arg(name));
                references = false;
                continue;
            }
            if (binding->values.isEmpty()) {
                references = false; // its sweep is in error already
                continue;
            }
            if (!std::any_of(used.cbegin(), used.cend(),
                             [&](const Binding &b) { return b.name == name; }))
                used.append(*binding);
        }
        if (!references)
            return;

        for (const auto &[name, op] : operations) {
            // Names that are no parameter of the operation: the profile's own message, once.
            bool unknown = false;
            for (auto it = step.parameters.cbegin(); it != step.parameters.cend(); ++it) {
                if (!op->parameter(it.key())) {
                    error(at(it.key()), op->format(step.parameters).error);
                    unknown = true;
                    break;
                }
            }
            if (!unknown)
                check(step, *op, name, used, at);
        }
    }

    /** The index in `used` of the variable a parameter's value names; -1 for a constant. */
    static qsizetype variableOf(const QVariant &value, const QList<Binding> &used)
    {
        const QStringView name = PlanValidator::variableReference(value);
        if (name.isEmpty())
            return -1;
        for (qsizetype v = 0; v < used.size(); ++v) {
            if (used.at(v).name == name)
                return v;
        }
        return -1;
    }

    /**
     * One operation's parameters through its profile's checks (see parameters()); false (and
     * errors) when one fails.
     */
    bool check(const PlanStep &step, const DriverProfile::Operation &op, const QString &name,
               const QList<Binding> &used, const std::function<QString(const QString &)> &at)
    {
        bool ok = true;
        QVariantMap first = step.parameters; // every variable at its first value, for format()
        for (auto it = step.parameters.cbegin(); it != step.parameters.cend(); ++it) {
            const DriverProfile::Parameter &parameter = *op.parameter(it.key());
            const qsizetype variable = variableOf(it.value(), used);
            QString why;
            if (variable < 0) {
                if (!parameter.accepts(it.value(), &why)) {
                    error(at(it.key()), QStringLiteral("%1 (%2)").arg(why, name));
                    ok = false;
                }
                continue;
            }
            const Binding &binding = used.at(variable);
            const QList<double> &values = binding.values;
            first[it.key()] = values.first();
            // Every value while the plan's checks last; then the smallest and the largest.
            QList<double> checked;
            if (values.size() <= m_checksLeft) {
                m_checksLeft -= values.size();
            } else {
                m_checksLeft = 0; // spent: every parameter after this one too
                checked = {*std::min_element(values.cbegin(), values.cend()),
                           *std::max_element(values.cbegin(), values.cend())};
            }
            for (const double value : checked.isEmpty() ? values : checked) {
                if (!parameter.accepts(value, &why)) {
                    error(at(it.key()), PlanValidator::tr("%1 (%2, at %3 = %4)")
                                            .arg(why, name, binding.name, number(value)));
                    ok = false;
                    break;
                }
            }
        }
        // What is left (a parameter not given that the operation requires) the operation itself
        // says. That depends on which parameters the step names, not on their values, which
        // were checked above: once per step and operation is enough.
        if (ok) {
            const DriverProfile::Command command = op.format(first);
            if (!command.ok()) {
                error(operationField(step, QStringLiteral("parameters")),
                      QStringLiteral("%1 (%2)").arg(command.error, name));
                ok = false;
            }
        }
        return ok;
    }

    const PlanInstruments &m_instruments;
    QStringList m_errors;
    qint64 m_checksLeft = PlanValidator::kMaxChecks;
};

} // namespace

QStringList PlanValidator::validate(const Plan &plan, const PlanInstruments &instruments)
{
    Checker checker(instruments);
    if (plan.schema != Plan::kSchema)
        checker.error(QStringLiteral("schema"), tr("must be %1").arg(Plan::kSchema));
    if (plan.steps.isEmpty())
        checker.error(QStringLiteral("steps"), tr("empty: a plan needs at least one step"));
    checker.limits(plan.limits);
    QList<Binding> bound;
    checker.steps(plan.steps, bound);
    return checker.errors();
}

QStringList PlanValidator::select(const InstrumentSelector &selector,
                                  const PlanInstruments &instruments)
{
    if (selector.kind.isEmpty())
        return selector.names;
    QStringList names;
    for (auto it = instruments.cbegin(); it != instruments.cend(); ++it) {
        if (it->kind == selector.kind)
            names.append(it.key());
    }
    return names;
}

qsizetype PlanValidator::sweepCount(const PlanStep &step)
{
    switch (step.sweepKind) {
    case PlanStep::SweepKind::List:
        return step.values.size();
    case PlanStep::SweepKind::Log:
        if (!(step.start * step.stop > 0))
            return 0;
        [[fallthrough]];
    case PlanStep::SweepKind::Linear:
        return step.points < 2 ? 0 : step.points;
    }
    return 0;
}

double PlanValidator::sweepValue(const PlanStep &step, qsizetype i)
{
    if (step.sweepKind == PlanStep::SweepKind::List)
        return step.values.at(i);
    const qsizetype last = step.points - 1;
    if (i >= last)
        return step.stop; // exactly, whatever the rounding on the way
    if (step.sweepKind == PlanStep::SweepKind::Log)
        return step.start * std::pow(step.stop / step.start, double(i) / last);
    return step.start + (step.stop - step.start) * i / last;
}

qint64 PlanValidator::rampSets(double from, double to, double maxStep)
{
    if (!(maxStep > 0))
        return 1;
    // A hair of tolerance: 0 to 5 by 1 is five sets, not six for a rounding error.
    const double n = std::ceil(std::abs(to - from) / maxStep * (1 - 1e-12));
    return std::max<qint64>(1, qint64(std::min(n, 1e15)));
}

bool PlanValidator::isVariableName(QStringView name)
{
    if (name.isEmpty() || (name.front() >= u'0' && name.front() <= u'9'))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
               u == u'_';
    });
}

QStringView PlanValidator::variableReference(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return {};
    // The view is into the variant's own string: it lives as long as `value` does.
    const QString &text = *static_cast<const QString *>(value.constData());
    if (text.size() < 4 || !text.startsWith(QLatin1String("${")) ||
        !text.endsWith(QLatin1Char('}')))
        return {};
    const QStringView name = QStringView(text).mid(2, text.size() - 3);
    return isVariableName(name) ? name : QStringView();
}

QList<double> PlanValidator::sweepValues(const PlanStep &step)
{
    QList<double> values;
    const qsizetype n = sweepCount(step);
    values.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        values.append(sweepValue(step, i));
    return values;
}

} // namespace ld
