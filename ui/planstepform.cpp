// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planstepform.h"

#include "planeditor_p.h"
#include "planlimitstable.h"
#include "plans/planfile.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace ld {

namespace {
using Type = PlanStep::Type;

bool hasOperation(const PlanStep &s)
{
    return s.type == Type::Set || s.type == Type::Measure || s.type == Type::Query ||
           (s.type == Type::Wait && s.waitKind != PlanStep::WaitKind::Duration);
}

QString wholeText(qint64 value)
{
    return value > 0 ? QString::number(value) : QString();
}
} // namespace

PlanStepForm::PlanStepForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_operationGroup(new QGroupBox(this))
    , m_operationForm(new QFormLayout(m_operationGroup))
    , m_instrumentsBox(new QComboBox(this))
    , m_operation(new QComboBox(this))
    , m_parameters(new QTableWidget(0, 3, this))
    , m_ramp(new QGroupBox(this))
    , m_rampParameter(lineEdit(QStringLiteral("StepRampParameter")))
    , m_rampMaxStep(lineEdit(QStringLiteral("StepRampMaxStep")))
    , m_rampMaxRate(lineEdit(QStringLiteral("StepRampMaxRate")))
    , m_waitGroup(new QGroupBox(this))
    , m_waitForm(new QFormLayout(m_waitGroup))
    , m_waitKind(new QComboBox(this))
    , m_waitMs(lineEdit(QStringLiteral("StepWaitMs")))
    , m_tolerance(lineEdit(QStringLiteral("StepTolerance")))
    , m_stableFor(lineEdit(QStringLiteral("StepStableFor")))
    , m_poll(lineEdit(QStringLiteral("StepPoll")))
    , m_timeout(lineEdit(QStringLiteral("StepTimeout")))
    , m_sweepGroup(new QGroupBox(this))
    , m_sweepForm(new QFormLayout(m_sweepGroup))
    , m_variable(lineEdit(QStringLiteral("StepVariable")))
    , m_scale(new QComboBox(this))
    , m_from(lineEdit(QStringLiteral("StepFrom")))
    , m_to(lineEdit(QStringLiteral("StepTo")))
    , m_points(new QSpinBox(this))
    , m_values(lineEdit(QStringLiteral("StepValues")))
    , m_repeatGroup(new QGroupBox(this))
    , m_repeatForm(new QFormLayout(m_repeatGroup))
    , m_repeatMode(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_every(lineEdit(QStringLiteral("StepEvery")))
    , m_for(lineEdit(QStringLiteral("StepFor")))
    , m_limitsGroup(new QGroupBox(this))
    , m_limits(new PlanLimitsTable(this))
    , m_errors(new QLabel(this))
    , m_empty(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("StepTitle"));
    m_instrumentsBox->setObjectName(QStringLiteral("StepInstruments"));
    m_operation->setObjectName(QStringLiteral("StepOperation"));
    m_parameters->setObjectName(QStringLiteral("StepParameters"));
    m_ramp->setObjectName(QStringLiteral("StepRamp"));
    m_waitKind->setObjectName(QStringLiteral("StepWaitKind"));
    m_scale->setObjectName(QStringLiteral("StepScale"));
    m_points->setObjectName(QStringLiteral("StepPoints"));
    m_repeatMode->setObjectName(QStringLiteral("StepRepeatMode"));
    m_count->setObjectName(QStringLiteral("StepCount"));
    m_limits->setObjectName(QStringLiteral("StepLimits"));
    m_errors->setObjectName(QStringLiteral("StepErrors"));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_empty->setWordWrap(true);
    m_instrumentsBox->setEditable(true);
    m_instrumentsBox->setInsertPolicy(QComboBox::NoInsert);
    m_operation->setEditable(true);
    m_operation->setInsertPolicy(QComboBox::NoInsert);
    m_parameters->verticalHeader()->hide();
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->setMinimumHeight(m_parameters->fontMetrics().height() * 5);
    m_ramp->setCheckable(true);
    m_points->setRange(0, PlanFile::kMaxPoints);
    m_count->setRange(0, std::numeric_limits<int>::max());
    for (int i = 0; i < 3; ++i)
        m_waitKind->addItem(QString());
    for (int i = 0; i < 3; ++i)
        m_scale->addItem(QString());
    for (int i = 0; i < 2; ++i)
        m_repeatMode->addItem(QString());

    m_operationForm->addRow(new QLabel(this), m_instrumentsBox);
    m_operationForm->addRow(new QLabel(this), m_operation);
    m_operationForm->addRow(new QLabel(this), m_parameters);
    auto *rampForm = new QFormLayout(m_ramp);
    rampForm->addRow(new QLabel(this), m_rampParameter);
    rampForm->addRow(new QLabel(this), m_rampMaxStep);
    rampForm->addRow(new QLabel(this), m_rampMaxRate);
    m_operationForm->addRow(m_ramp);
    m_waitForm->addRow(new QLabel(this), m_waitKind);
    m_waitForm->addRow(new QLabel(this), m_waitMs);
    m_waitForm->addRow(new QLabel(this), m_tolerance);
    m_waitForm->addRow(new QLabel(this), m_stableFor);
    m_waitForm->addRow(new QLabel(this), m_poll);
    m_waitForm->addRow(new QLabel(this), m_timeout);
    m_sweepForm->addRow(new QLabel(this), m_variable);
    m_sweepForm->addRow(new QLabel(this), m_scale);
    m_sweepForm->addRow(new QLabel(this), m_from);
    m_sweepForm->addRow(new QLabel(this), m_to);
    m_sweepForm->addRow(new QLabel(this), m_points);
    m_sweepForm->addRow(new QLabel(this), m_values);
    m_repeatForm->addRow(new QLabel(this), m_repeatMode);
    m_repeatForm->addRow(new QLabel(this), m_count);
    m_repeatForm->addRow(new QLabel(this), m_every);
    m_repeatForm->addRow(new QLabel(this), m_for);
    auto *limitsLayout = new QVBoxLayout(m_limitsGroup);
    limitsLayout->addWidget(m_limits);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_errors);
    layout->addWidget(m_empty);
    // The wait's kind comes before the instruments a stable or *OPC? wait addresses.
    layout->addWidget(m_waitGroup);
    layout->addWidget(m_operationGroup);
    layout->addWidget(m_sweepGroup);
    layout->addWidget(m_repeatGroup);
    layout->addWidget(m_limitsGroup);
    layout->addStretch(1);

    const auto edited = [this] {
        if (!m_filling)
            read();
    };
    for (QLineEdit *e :
         {m_rampParameter, m_rampMaxStep, m_rampMaxRate, m_waitMs, m_tolerance, m_stableFor, m_poll,
          m_timeout, m_variable, m_from, m_to, m_values, m_every, m_for})
        connect(e, &QLineEdit::textEdited, this, edited);
    connect(m_instrumentsBox, &QComboBox::currentTextChanged, this, [this] {
        if (m_filling)
            return;
        read();
        // Another instrument may have other operations.
        m_filling = true;
        fillOperations();
        m_filling = false;
    });
    connect(m_operation, &QComboBox::currentTextChanged, this, [this] {
        if (m_filling)
            return;
        read();
        m_filling = true;
        fillParameters();
        m_filling = false;
    });
    connect(m_parameters, &QTableWidget::itemChanged, this, edited);
    connect(m_ramp, &QGroupBox::toggled, this, edited);
    for (QComboBox *box : {m_waitKind, m_scale, m_repeatMode})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (m_filling)
                return;
            read();
            showRows();
        });
    for (QSpinBox *box : {m_points, m_count})
        connect(box, &QSpinBox::valueChanged, this, edited);
    connect(m_limits, &PlanLimitsTable::limitsEdited, this, edited);

    retranslate();
    setStep(nullptr, {});
}

QLineEdit *PlanStepForm::lineEdit(const QString &objectName)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(objectName);
    return e;
}

void PlanStepForm::setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

void PlanStepForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanStepForm::retranslate()
{
    m_operationGroup->setTitle(tr("Instruments and operation"));
    setLabel(m_operationForm, m_instrumentsBox, tr("Instruments:"));
    setLabel(m_operationForm, m_operation, tr("Operation:"));
    setLabel(m_operationForm, m_parameters, tr("Parameters:"));
    m_instrumentsBox->setToolTip(
        tr("Names separated by commas, or \"kind: psu\" for every instrument of a kind"));
    m_parameters->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Allowed")});
    m_parameters->setToolTip(tr("Empty: the profile's default. ${v}: the value of the sweep "
                                "variable v."));
    m_ramp->setTitle(tr("Ramp"));
    auto *rampForm = static_cast<QFormLayout *>(m_ramp->layout());
    setLabel(rampForm, m_rampParameter, tr("Parameter:"));
    setLabel(rampForm, m_rampMaxStep, tr("Largest step:"));
    setLabel(rampForm, m_rampMaxRate, tr("Largest rate (per s):"));
    m_waitGroup->setTitle(tr("Wait"));
    setLabel(m_waitForm, m_waitKind, tr("Until:"));
    m_waitKind->setItemText(0, tr("a time has passed"));
    m_waitKind->setItemText(1, tr("a reading is stable"));
    m_waitKind->setItemText(2, tr("*OPC? answers"));
    setLabel(m_waitForm, m_waitMs, tr("Time (ms):"));
    setLabel(m_waitForm, m_tolerance, tr("Tolerance:"));
    setLabel(m_waitForm, m_stableFor, tr("Stable for (ms):"));
    setLabel(m_waitForm, m_poll, tr("Poll every (ms):"));
    setLabel(m_waitForm, m_timeout, tr("Give up after (ms):"));
    m_sweepGroup->setTitle(tr("Sweep"));
    setLabel(m_sweepForm, m_variable, tr("Variable:"));
    setLabel(m_sweepForm, m_scale, tr("Values:"));
    m_scale->setItemText(0, tr("linear"));
    m_scale->setItemText(1, tr("logarithmic"));
    m_scale->setItemText(2, tr("listed"));
    setLabel(m_sweepForm, m_from, tr("From:"));
    setLabel(m_sweepForm, m_to, tr("To:"));
    setLabel(m_sweepForm, m_points, tr("Points:"));
    setLabel(m_sweepForm, m_values, tr("List:"));
    m_values->setPlaceholderText(tr("numbers separated by spaces"));
    m_repeatGroup->setTitle(tr("Repeat"));
    setLabel(m_repeatForm, m_repeatMode, tr("Repeat:"));
    m_repeatMode->setItemText(0, tr("a number of times"));
    m_repeatMode->setItemText(1, tr("every interval"));
    setLabel(m_repeatForm, m_count, tr("Times:"));
    setLabel(m_repeatForm, m_every, tr("Every (ms):"));
    setLabel(m_repeatForm, m_for, tr("For (ms):"));
    m_for->setPlaceholderText(tr("until stopped"));
    m_limitsGroup->setTitle(tr("Limits while this step runs"));
    m_empty->setText(tr("Select a step to edit it, or add one."));
    if (m_hasStep)
        fill();
}

void PlanStepForm::setStep(const PlanStep *step, const PlanInstruments &instruments)
{
    m_instruments = instruments;
    m_hasStep = step != nullptr;
    m_step = step ? *step : PlanStep();
    m_step.body.clear();
    m_inputErrors.clear();
    fill();
}

void PlanStepForm::setErrors(const QStringList &errors)
{
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
}

void PlanStepForm::fill()
{
    m_filling = true;
    const PlanStep &s = m_step;
    m_title->setText(m_hasStep ? QStringLiteral("%1  (%2)").arg(PlanFile::typeName(s.type), s.path)
                               : QString());
    m_instrumentsBox->clear();
    QStringList kinds;
    for (auto it = m_instruments.cbegin(); it != m_instruments.cend(); ++it) {
        m_instrumentsBox->addItem(it.key());
        if (!it->kind.isEmpty() && !kinds.contains(it->kind))
            kinds.append(it->kind);
    }
    for (const QString &kind : std::as_const(kinds))
        m_instrumentsBox->addItem(QStringLiteral("kind: ") + kind);
    m_instrumentsBox->setCurrentText(selectorText(s.instruments));
    fillOperations();

    m_ramp->setChecked(s.ramp.has_value());
    const PlanRamp ramp = s.ramp.value_or(PlanRamp());
    m_rampParameter->setText(ramp.parameter);
    m_rampMaxStep->setText(ramp.maxStep ? numberText(*ramp.maxStep) : QString());
    m_rampMaxRate->setText(ramp.maxRatePerSecond ? numberText(*ramp.maxRatePerSecond) : QString());

    m_waitKind->setCurrentIndex(int(s.waitKind));
    m_waitMs->setText(wholeText(s.durationMs));
    m_tolerance->setText(numberText(s.tolerance));
    m_stableFor->setText(wholeText(s.stableForMs));
    m_poll->setText(wholeText(s.pollMs));
    m_timeout->setText(wholeText(s.timeoutMs));

    m_variable->setText(s.variable);
    m_scale->setCurrentIndex(int(s.sweepKind));
    m_from->setText(numberText(s.start));
    m_to->setText(numberText(s.stop));
    m_points->setValue(s.points);
    QStringList values;
    for (const double v : s.values)
        values.append(numberText(v));
    m_values->setText(values.join(QLatin1Char(' ')));

    m_repeatMode->setCurrentIndex(s.intervalMs > 0 ? 1 : 0);
    m_count->setValue(s.count);
    m_every->setText(wholeText(s.intervalMs));
    m_for->setText(s.type == Type::Repeat ? wholeText(s.durationMs) : QString());
    m_limits->setLimits(s.limits);
    m_filling = false;
    showRows();
}

const DriverProfile *PlanStepForm::profileOfSelection() const
{
    const InstrumentSelector selector = parseSelector(m_instrumentsBox->currentText());
    for (const QString &name : PlanValidator::select(selector, m_instruments))
        if (const DriverProfile *p = m_instruments.value(name).profile)
            return p;
    return nullptr;
}

void PlanStepForm::fillOperations()
{
    const QString current = m_step.operation;
    m_operation->clear();
    if (const DriverProfile *p = profileOfSelection())
        for (const DriverProfile::Operation &op : p->operations) {
            m_operation->addItem(op.id);
            m_operation->setItemData(m_operation->count() - 1, op.name, Qt::ToolTipRole);
        }
    m_operation->setCurrentText(current);
    fillParameters();
}

void PlanStepForm::fillParameters()
{
    m_parameters->setRowCount(0);
    QStringList names;
    const DriverProfile *p = profileOfSelection();
    const DriverProfile::Operation *op = p ? p->operation(m_step.operation) : nullptr;
    if (op)
        for (const DriverProfile::Parameter &parameter : op->parameters)
            names.append(parameter.name);
    for (auto it = m_step.parameters.cbegin(); it != m_step.parameters.cend(); ++it)
        if (!names.contains(it.key()))
            names.append(it.key());
    for (const QString &name : std::as_const(names)) {
        const int row = m_parameters->rowCount();
        m_parameters->insertRow(row);
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
        m_parameters->setItem(row, ParameterNameColumn, nameItem);
        m_parameters->setItem(row, ParameterValueColumn,
                              new QTableWidgetItem(parameterText(m_step.parameters.value(name))));
        QString allowed;
        const DriverProfile::Parameter *parameter = op ? op->parameter(name) : nullptr;
        if (!parameter) {
            allowed = tr("not a parameter of this operation");
        } else if (!parameter->enumValues.isEmpty()) {
            allowed = parameter->enumValues.join(QLatin1Char('|'));
        } else if (parameter->min || parameter->max) {
            allowed =
                QStringLiteral("%1 … %2 %3")
                    .arg(parameter->min ? numberText(*parameter->min) : QString(),
                         parameter->max ? numberText(*parameter->max) : QString(), parameter->unit)
                    .trimmed();
        }
        if (parameter && !parameter->defaultValue.isValid())
            allowed = tr("required; %1").arg(allowed);
        else if (parameter)
            allowed = tr("%1 (default %2)").arg(allowed, parameter->defaultValue.toString());
        auto *allowedItem = new QTableWidgetItem(allowed.trimmed());
        allowedItem->setFlags(allowedItem->flags() & ~Qt::ItemIsEditable);
        m_parameters->setItem(row, ParameterAllowedColumn, allowedItem);
    }
}

void PlanStepForm::showRows()
{
    const PlanStep &s = m_step;
    const bool operation = m_hasStep && hasOperation(s);
    const bool wait = m_hasStep && s.type == Type::Wait;
    const bool stable = wait && s.waitKind == PlanStep::WaitKind::Stable;
    const bool opc = wait && s.waitKind == PlanStep::WaitKind::Opc;
    const bool listed = s.sweepKind == PlanStep::SweepKind::List;
    const bool interval = s.intervalMs > 0 || m_repeatMode->currentIndex() == 1;
    m_empty->setVisible(!m_hasStep);
    m_title->setVisible(m_hasStep);
    m_operationGroup->setVisible(operation);
    m_operationForm->setRowVisible(m_operation, !opc);
    m_operationForm->setRowVisible(m_parameters, !opc);
    m_ramp->setVisible(m_hasStep && s.type == Type::Set);
    m_waitGroup->setVisible(wait);
    m_waitForm->setRowVisible(m_waitMs, !stable && !opc);
    m_waitForm->setRowVisible(m_tolerance, stable);
    m_waitForm->setRowVisible(m_stableFor, stable);
    m_waitForm->setRowVisible(m_poll, stable);
    m_waitForm->setRowVisible(m_timeout, stable || opc);
    m_sweepGroup->setVisible(m_hasStep && s.type == Type::Sweep);
    m_sweepForm->setRowVisible(m_from, !listed);
    m_sweepForm->setRowVisible(m_to, !listed);
    m_sweepForm->setRowVisible(m_points, !listed);
    m_sweepForm->setRowVisible(m_values, listed);
    m_repeatGroup->setVisible(m_hasStep && s.type == Type::Repeat);
    m_repeatForm->setRowVisible(m_count, !interval);
    m_repeatForm->setRowVisible(m_every, interval);
    m_repeatForm->setRowVisible(m_for, interval);
    m_limitsGroup->setVisible(m_hasStep);
    m_errors->setVisible(m_hasStep && !m_errors->text().isEmpty());
}

QVariant PlanStepForm::parameterValue(const QString &text,
                                      const DriverProfile::Parameter *parameter)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (t == QLatin1String("true") || t == QLatin1String("false"))
        return t == QLatin1String("true");
    const bool textual = parameter && (parameter->type == DriverProfile::ParameterType::Enum ||
                                       parameter->type == DriverProfile::ParameterType::String);
    if (!textual)
        if (const std::optional<double> v = parseNumber(t))
            return *v;
    return t;
}

QString PlanStepForm::parameterText(const QVariant &value)
{
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::Double)
        return numberText(value.toDouble());
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

void PlanStepForm::read()
{
    if (!m_hasStep)
        return;
    PlanStep &s = m_step;
    m_inputErrors.clear();
    const auto field = [&](const QString &name) { return PlanFile::fieldPath(s, name); };
    const auto number = [&](QLineEdit *e, const QString &name, double fallback) {
        if (e->text().trimmed().isEmpty())
            return fallback;
        const std::optional<double> v = parseNumber(e->text());
        if (!v)
            m_inputErrors.append(tr("%1: '%2' is not a number").arg(field(name), e->text()));
        return v.value_or(fallback);
    };
    const auto whole = [&](QLineEdit *e, const QString &name) -> qint64 {
        if (e->text().trimmed().isEmpty())
            return 0;
        bool ok = false;
        const qint64 v = e->text().trimmed().toLongLong(&ok);
        if (!ok)
            m_inputErrors.append(tr("%1: '%2' is not a whole number").arg(field(name), e->text()));
        return ok ? v : 0;
    };

    if (hasOperation(s) || s.type == Type::Wait) {
        s.instruments = parseSelector(m_instrumentsBox->currentText());
        s.operation = m_operation->currentText().trimmed();
        const DriverProfile *p = profileOfSelection();
        const DriverProfile::Operation *op = p ? p->operation(s.operation) : nullptr;
        s.parameters.clear();
        for (int row = 0; row < m_parameters->rowCount(); ++row) {
            const QString name = m_parameters->item(row, ParameterNameColumn)->text();
            const QTableWidgetItem *value = m_parameters->item(row, ParameterValueColumn);
            const QVariant v = parameterValue(value ? value->text() : QString(),
                                              op ? op->parameter(name) : nullptr);
            if (v.isValid())
                s.parameters.insert(name, v);
        }
    }
    if (s.type == Type::Set && m_ramp->isChecked()) {
        PlanRamp ramp;
        ramp.parameter = m_rampParameter->text().trimmed().isEmpty()
                             ? QStringLiteral("value")
                             : m_rampParameter->text().trimmed();
        if (!m_rampMaxStep->text().trimmed().isEmpty())
            ramp.maxStep = number(m_rampMaxStep, QStringLiteral("ramp.maxStep"), 0);
        if (!m_rampMaxRate->text().trimmed().isEmpty())
            ramp.maxRatePerSecond = number(m_rampMaxRate, QStringLiteral("ramp.maxRate"), 0);
        s.ramp = ramp;
    } else {
        s.ramp.reset();
    }
    if (s.type == Type::Wait) {
        s.waitKind = PlanStep::WaitKind(m_waitKind->currentIndex());
        s.durationMs = 0;
        s.tolerance = 0;
        s.stableForMs = 0;
        s.pollMs = 0;
        s.timeoutMs = 0;
        s.operation = s.waitKind == PlanStep::WaitKind::Stable ? s.operation : QString();
        if (s.waitKind == PlanStep::WaitKind::Duration) {
            s.instruments = {};
            s.parameters.clear();
            s.durationMs = whole(m_waitMs, QStringLiteral("ms"));
        } else if (s.waitKind == PlanStep::WaitKind::Stable) {
            s.tolerance = number(m_tolerance, QStringLiteral("stable.tolerance"), 0);
            s.stableForMs = whole(m_stableFor, QStringLiteral("stable.forMs"));
            s.pollMs = m_poll->text().trimmed().isEmpty()
                           ? 1000
                           : whole(m_poll, QStringLiteral("stable.pollMs"));
            s.timeoutMs = whole(m_timeout, QStringLiteral("stable.timeoutMs"));
        } else {
            s.parameters.clear();
            s.timeoutMs = m_timeout->text().trimmed().isEmpty()
                              ? 10000
                              : whole(m_timeout, QStringLiteral("opc.timeoutMs"));
        }
    }
    if (s.type == Type::Sweep) {
        s.variable = m_variable->text().trimmed();
        s.sweepKind = PlanStep::SweepKind(m_scale->currentIndex());
        if (s.sweepKind == PlanStep::SweepKind::List) {
            s.values.clear();
            const QStringList parts = m_values->text().split(
                QRegularExpression(QStringLiteral("[\\s;]+")), Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                const std::optional<double> v = parseNumber(part);
                if (!v)
                    m_inputErrors.append(
                        tr("%1: '%2' is not a number").arg(field(QStringLiteral("values")), part));
                else
                    s.values.append(*v);
            }
            s.start = 0;
            s.stop = 0;
            s.points = 0;
        } else {
            s.values.clear();
            s.start = number(m_from, QStringLiteral("from"), s.start);
            s.stop = number(m_to, QStringLiteral("to"), s.stop);
            s.points = m_points->value();
        }
    }
    if (s.type == Type::Repeat) {
        if (m_repeatMode->currentIndex() == 0) {
            s.count = m_count->value();
            s.intervalMs = 0;
            s.durationMs = 0;
        } else {
            s.count = 0;
            s.intervalMs = whole(m_every, QStringLiteral("everyMs"));
            s.durationMs = whole(m_for, QStringLiteral("forMs"));
            if (s.intervalMs <= 0)
                m_inputErrors.append(
                    tr("%1: must be more than 0").arg(field(QStringLiteral("everyMs"))));
        }
    }
    s.limits = m_limits->limits();
    for (const QString &e : m_limits->inputErrors())
        m_inputErrors.append(QStringLiteral("%1: %2").arg(field(QStringLiteral("limits")), e));
    Q_EMIT stepEdited();
}

} // namespace ld
