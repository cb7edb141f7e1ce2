// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/plan.h"
#include "plans/planvalidator.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace ld {

class PlanLimitsTable;

/**
 * The fields of one plan step, beside the plan editor's tree: what the step's type has
 * (instruments, operation and parameters; ramp; wait; sweep; repeat) and its limits. The
 * step's body is the tree's business. Choices (instruments, kinds, operations, parameters
 * and their limits) come from the profiles of the instruments a run may use.
 */
class PlanStepForm : public QWidget
{
    Q_OBJECT
public:
    enum ParameterColumn { ParameterNameColumn, ParameterValueColumn, ParameterAllowedColumn };

    explicit PlanStepForm(QWidget *parent = nullptr);

    /** Shows `step` (no step when `step` is null). */
    void setStep(const PlanStep *step, const PlanInstruments &instruments);
    /** The step as edited; its body is empty. */
    const PlanStep &step() const { return m_step; }
    bool hasStep() const { return m_hasStep; }
    /** Fields that do not read as what they hold ("from: 'x' is not a number"). */
    QStringList inputErrors() const { return m_inputErrors; }
    /** The validator's problems of this step, shown under its fields. */
    void setErrors(const QStringList &errors);

    /** A parameter value as typed: empty is absent, numbers, true/false, else text. */
    static QVariant parameterValue(const QString &text, const DriverProfile::Parameter *parameter);
    static QString parameterText(const QVariant &value);

Q_SIGNALS:
    /** The user changed a field; step() and inputErrors() say what it is now. */
    void stepEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /** Fills the widgets from m_step, emitting nothing. */
    void fill();
    void fillOperations();
    void fillParameters();
    void showRows();
    /** Reads the widgets into m_step and emits stepEdited(). */
    void read();
    const DriverProfile *profileOfSelection() const;
    QLineEdit *lineEdit(const QString &objectName);
    static void setLabel(QFormLayout *form, QWidget *field, const QString &text);

    PlanStep m_step;
    bool m_hasStep = false;
    bool m_filling = false;
    PlanInstruments m_instruments;
    QStringList m_inputErrors;

    QLabel *m_title;
    QGroupBox *m_operationGroup;
    QFormLayout *m_operationForm;
    QComboBox *m_instrumentsBox;
    QComboBox *m_operation;
    QTableWidget *m_parameters;
    QGroupBox *m_ramp;
    QLineEdit *m_rampParameter;
    QLineEdit *m_rampMaxStep;
    QLineEdit *m_rampMaxRate;
    QGroupBox *m_waitGroup;
    QFormLayout *m_waitForm;
    QComboBox *m_waitKind;
    QLineEdit *m_waitMs;
    QLineEdit *m_tolerance;
    QLineEdit *m_stableFor;
    QLineEdit *m_poll;
    QLineEdit *m_timeout;
    QGroupBox *m_sweepGroup;
    QFormLayout *m_sweepForm;
    QLineEdit *m_variable;
    QComboBox *m_scale;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QSpinBox *m_points;
    QLineEdit *m_values;
    QGroupBox *m_repeatGroup;
    QFormLayout *m_repeatForm;
    QComboBox *m_repeatMode;
    QSpinBox *m_count;
    QLineEdit *m_every;
    QLineEdit *m_for;
    QGroupBox *m_limitsGroup;
    PlanLimitsTable *m_limits;
    QLabel *m_errors;
    QLabel *m_empty;
};

} // namespace ld
