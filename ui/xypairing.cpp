// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xypairing.h"

#include <QStringList>

namespace ld {

namespace {
constexpr QChar kSeparator(0x1f);
// Literals, not QString globals: sources are made during other files' static initialisation too.
constexpr QLatin1String kVariablePrefix("var:");
constexpr QLatin1String kMeasurementPrefix("m:");

std::optional<double> variableOf(const Reading &reading, const QString &name)
{
    for (const auto &[variable, value] : reading->variables)
        if (variable == name)
            return value;
    return std::nullopt;
}
} // namespace

QString XyPairing::measurementSource(const QString &instrument, const QString &quantity)
{
    return QString(kMeasurementPrefix) + instrument + kSeparator + quantity;
}

QString XyPairing::variableSource(const QString &name)
{
    return QString(kVariablePrefix) + name;
}

bool XyPairing::isVariable(const QString &source)
{
    return source.startsWith(kVariablePrefix);
}

std::pair<QString, QString> XyPairing::parts(const QString &source)
{
    if (isVariable(source))
        return {source.mid(kVariablePrefix.size()), QString()};
    const QString rest = source.mid(kMeasurementPrefix.size());
    const qsizetype at = rest.indexOf(kSeparator);
    return {rest.left(at), at < 0 ? QString() : rest.mid(at + 1)};
}

QString XyPairing::pointKey(const Reading &reading)
{
    // "steps[3].sweep.body[2].parallel.body[1]": the readings of one sweep point share the path
    // up to the innermost "sweep", whichever step of its body took them.
    QStringList path = reading->step.split(QLatin1Char('.'));
    while (!path.isEmpty() && path.last() != QLatin1String("sweep"))
        path.removeLast();
    QString key = reading->runId + kSeparator + path.join(QLatin1Char('.'));
    for (const auto &[name, value] : reading->variables)
        key += kSeparator + name + QLatin1Char('=') + QString::number(value, 'g', 17);
    return key;
}

void XyPairing::setSources(const QString &x, const QString &y, const QString &y2)
{
    m_x = x;
    m_y = {y, y2};
    reset();
}

void XyPairing::reset()
{
    m_open.clear();
    m_order.clear();
}

XyPairing::Slots &XyPairing::slotsFor(const QString &key)
{
    auto it = m_open.find(key);
    if (it != m_open.end())
        return *it;
    if (m_order.size() >= kOpenPoints)
        m_open.remove(m_order.takeFirst());
    m_order.append(key);
    return *m_open.insert(key, {});
}

void XyPairing::add(const Reading &reading, QList<Point> *out)
{
    if (reading.isNull() || reading->status != JobStatus::Succeeded || m_x.isEmpty())
        return;
    const double *value = std::get_if<double>(&reading->value);
    if (!value)
        return;
    const QString source = measurementSource(reading->instrument, reading.quantityOrOperation());
    const bool xIsVariable = isVariable(m_x);
    if (source != m_x && source != m_y[0] && source != m_y[1])
        return;
    Slots &open = slotsFor(pointKey(reading));
    open[source] = {*value, false};
    auto emitPoint = [&](int axis, double x, double y) {
        out->append({reading->runId, axis, x, y});
    };
    for (int axis = 0; axis < 2; ++axis) {
        const QString &ySource = m_y[size_t(axis)];
        if (ySource.isEmpty())
            continue;
        if (isVariable(ySource)) {
            // A variable against a measurement: each reading of that measurement is a point.
            if (source == m_x)
                if (const auto y = variableOf(reading, ySource.mid(kVariablePrefix.size())))
                    emitPoint(axis, *value, *y);
            continue;
        }
        if (source == ySource) {
            std::optional<double> x;
            if (xIsVariable)
                x = variableOf(reading, m_x.mid(kVariablePrefix.size()));
            else if (const auto it = open.constFind(m_x); it != open.cend())
                x = it->value;
            if (x) {
                emitPoint(axis, *x, *value);
                open[ySource].plotted = true;
            }
        } else if (source == m_x) {
            // The X of a point whose Y came first.
            auto it = open.find(ySource);
            if (it != open.end() && !it->plotted) {
                emitPoint(axis, *value, it->value);
                it->plotted = true;
            }
        }
    }
}

} // namespace ld
