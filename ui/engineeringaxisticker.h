// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

namespace ld {

/**
 * Value-axis labels with an SI prefix and the unit ("75.0 µV") instead of e-notation: one prefix
 * for the whole axis (from its largest tick) and as many decimals as the tick step needs, in the
 * plot's locale.
 */
class EngineeringAxisTicker : public QCPAxisTicker
{
public:
    void setUnit(const QString &unit) { m_unit = unit; }
    QString unit() const { return m_unit; }

protected:
    QVector<QString> createLabelVector(const QVector<double> &ticks, const QLocale &locale,
                                       QChar formatChar, int precision) override;

private:
    QString m_unit;
};

} // namespace ld
