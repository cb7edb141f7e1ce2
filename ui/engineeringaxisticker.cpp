// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineeringaxisticker.h"

#include "results/engineeringformat.h"

#include <algorithm>
#include <cmath>

namespace ld {

QVector<QString> EngineeringAxisTicker::createLabelVector(const QVector<double> &ticks,
                                                          const QLocale &locale, QChar, int)
{
    double largest = 0;
    for (double t : ticks)
        largest = std::max(largest, std::abs(t));
    const int exponent = EngineeringFormat::exponentFor(largest);
    const double scale = std::pow(10.0, -exponent);
    // The fewest decimals that tell every tick apart exactly (steps of 1, 2, 2.5 and 5).
    int decimals = 0;
    auto exact = [&](int d) {
        const double f = std::pow(10.0, d);
        return std::all_of(ticks.cbegin(), ticks.cend(), [&](double t) {
            const double x = t * scale * f;
            return std::abs(x - std::round(x)) < 1e-6 * std::max(1.0, std::abs(x));
        });
    };
    while (decimals < 9 && !exact(decimals))
        ++decimals;
    QVector<QString> labels;
    labels.reserve(ticks.size());
    for (double t : ticks)
        labels.append(EngineeringFormat::withExponent(t, exponent, decimals, m_unit, locale));
    return labels;
}

} // namespace ld
