// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationspanel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace ld {

namespace {
QString kindText(DriverProfile::OperationKind kind)
{
    switch (kind) {
    case DriverProfile::OperationKind::Measure:
        return OperationsPanel::tr("measurement");
    case DriverProfile::OperationKind::Set:
        return OperationsPanel::tr("setting");
    case DriverProfile::OperationKind::Query:
        return OperationsPanel::tr("query");
    }
    return {};
}

/** Decimals enough for the limits and the default ("0.01" needs 2), at least 3, at most 9. */
int decimalsFor(const DriverProfile::Parameter &p)
{
    int decimals = 3;
    for (const auto &v : {p.min, p.max, std::optional<double>(p.defaultValue.toDouble())}) {
        if (!v || *v == 0)
            continue;
        for (int d = 0; d <= 9; ++d) {
            const double scaled = *v * std::pow(10.0, d);
            if (std::abs(scaled - std::round(scaled)) < 1e-9) {
                decimals = std::max(decimals, d);
                break;
            }
        }
    }
    return std::min(decimals, 9);
}
} // namespace

OperationsPanel::OperationsPanel(QWidget *parent)
    : QWidget(parent)
    , m_operation(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_parameterBox(new QGroupBox(this))
    , m_parameterForm(new QFormLayout(m_parameterBox))
    , m_repeatMode(new QRadioButton(this))
    , m_intervalMode(new QRadioButton(this))
    , m_repeat(new QSpinBox(this))
    , m_interval(new QSpinBox(this))
    , m_duration(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_run(new QPushButton(QIcon(QStringLiteral(":/icons/run.svg")), QString(), this))
    , m_stopSelected(new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), QString(), this))
    , m_stopAll(new QPushButton(QIcon(QStringLiteral(":/icons/stop-all.svg")), QString(), this))
    , m_operationLabel(new QLabel(this))
    , m_repeatBox(new QGroupBox(this))
    , m_forLabel(new QLabel(this))
{
    auto *form = new QFormLayout;
    m_operationLabel->setBuddy(m_operation);
    form->addRow(m_operationLabel, m_operation);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_description);

    auto *grid = new QGridLayout(m_repeatBox);
    m_repeat->setRange(1, 1'000'000);
    m_interval->setRange(1, 3'600'000);
    m_interval->setValue(500);
    m_duration->setRange(0, 24 * 3600);
    m_duration->setValue(60);
    m_forLabel->setBuddy(m_duration);
    grid->addWidget(m_repeatMode, 0, 0);
    grid->addWidget(m_repeat, 0, 1, 1, 3);
    grid->addWidget(m_intervalMode, 1, 0);
    grid->addWidget(m_interval, 1, 1);
    grid->addWidget(m_forLabel, 1, 2);
    grid->addWidget(m_duration, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_repeatMode);
    modes->addButton(m_intervalMode);
    m_repeatMode->setChecked(true);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_run->setDefault(true);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_stopSelected);
    buttons->addWidget(m_stopAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addWidget(m_parameterBox);
    layout->addWidget(m_repeatBox);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addStretch();
    retranslate();

    connect(m_operation, &QComboBox::currentIndexChanged, this, &OperationsPanel::rebuildEditors);
    for (QRadioButton *b : {m_repeatMode, m_intervalMode})
        connect(b, &QRadioButton::toggled, this, &OperationsPanel::validate);
    for (QSpinBox *s : {m_repeat, m_interval, m_duration})
        connect(s, &QSpinBox::valueChanged, this, &OperationsPanel::validate);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (auto r = request())
            Q_EMIT runRequested(*r);
    });
    connect(m_stopSelected, &QPushButton::clicked, this, &OperationsPanel::stopSelectedRequested);
    connect(m_stopAll, &QPushButton::clicked, this, &OperationsPanel::stopAllRequested);
    setOperations({}, 0);
}

void OperationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        validate();
    }
    QWidget::changeEvent(event);
}

void OperationsPanel::retranslate()
{
    m_parameterBox->setTitle(tr("Parameters"));
    m_repeatMode->setText(tr("&Repeat"));
    m_intervalMode->setText(tr("E&very"));
    m_run->setText(tr("Run"));
    m_stopSelected->setText(tr("Stop Selected"));
    m_stopAll->setText(tr("Stop All"));
    m_operationLabel->setText(tr("&Operation:"));
    m_operation->setToolTip(tr("Operations that every selected instrument offers"));
    m_repeatBox->setTitle(tr("Repetition"));
    m_repeat->setSuffix(tr(" times"));
    m_interval->setSuffix(tr(" ms"));
    m_duration->setSuffix(tr(" s"));
    m_duration->setSpecialValueText(tr("until stopped"));
    m_forLabel->setText(tr("&for"));
    m_run->setToolTip(tr("Run the operation on the selected instruments (Ctrl+Return)"));
    m_stopSelected->setToolTip(
        tr("Stop the runs of the selected instruments and cancel their queued and running jobs"));
    m_stopAll->setToolTip(tr("Stop every run and cancel every job of the bench"));
}

void OperationsPanel::setOperations(const QList<DriverProfile::Operation> &operations,
                                    int selectedCount)
{
    const QString previous = currentOperationId();
    m_operations = operations;
    m_selected = selectedCount;
    {
        const QSignalBlocker block(m_operation);
        m_operation->clear();
        for (const auto &op : operations)
            m_operation->addItem(op.name.isEmpty() ? op.id : op.name, op.id);
        const int keep = m_operation->findData(previous);
        m_operation->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_stopSelected->setEnabled(selectedCount > 0);
    rebuildEditors();
}

bool OperationsPanel::selectOperation(const QString &id)
{
    const int index = m_operation->findData(id);
    if (index < 0)
        return false;
    m_operation->setCurrentIndex(index);
    return true;
}

QString OperationsPanel::currentOperationId() const
{
    return m_operation->currentData().toString();
}

void OperationsPanel::rebuildEditors()
{
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_editors.clear();
    const int index = m_operation->currentIndex();
    if (index < 0 || index >= m_operations.size()) {
        m_description->clear();
        m_parameterBox->hide();
        validate();
        return;
    }
    const DriverProfile::Operation &op = m_operations.at(index);
    QString description = kindText(op.kind);
    if (!op.quantity.isEmpty() || !op.unit.isEmpty())
        description += QStringLiteral(": %1 %2").arg(
            op.quantity, op.unit.isEmpty() ? QString() : QStringLiteral("(%1)").arg(op.unit));
    if (!op.repeatSafe && op.kind == DriverProfile::OperationKind::Set)
        description += QLatin1Char('\n') + tr("Not safe to repeat: runs once per instrument.");
    m_description->setText(description.trimmed());
    m_description->setToolTip(op.command);

    for (const auto &p : op.parameters) {
        QWidget *editor = nullptr;
        const QString unitSuffix = p.unit.isEmpty() ? QString() : QLatin1Char(' ') + p.unit;
        switch (p.type) {
        case DriverProfile::ParameterType::Int: {
            auto *spin = new QSpinBox(m_parameterBox);
            spin->setRange(p.min ? int(std::ceil(*p.min)) : std::numeric_limits<int>::min(),
                           p.max ? int(std::floor(*p.max)) : std::numeric_limits<int>::max());
            spin->setSuffix(unitSuffix);
            if (p.defaultValue.isValid())
                spin->setValue(p.defaultValue.toInt());
            connect(spin, &QSpinBox::valueChanged, this, &OperationsPanel::validate);
            editor = spin;
            break;
        }
        case DriverProfile::ParameterType::Double: {
            auto *spin = new QDoubleSpinBox(m_parameterBox);
            spin->setDecimals(decimalsFor(p));
            spin->setRange(p.min.value_or(-1e12), p.max.value_or(1e12));
            spin->setSuffix(unitSuffix);
            if (p.defaultValue.isValid())
                spin->setValue(p.defaultValue.toDouble());
            connect(spin, &QDoubleSpinBox::valueChanged, this, &OperationsPanel::validate);
            editor = spin;
            break;
        }
        case DriverProfile::ParameterType::Enum: {
            auto *combo = new QComboBox(m_parameterBox);
            combo->addItems(p.enumValues);
            if (p.defaultValue.isValid())
                combo->setCurrentText(p.defaultValue.toString());
            connect(combo, &QComboBox::currentIndexChanged, this, &OperationsPanel::validate);
            editor = combo;
            break;
        }
        case DriverProfile::ParameterType::String: {
            auto *line = new QLineEdit(m_parameterBox);
            line->setText(p.defaultValue.toString());
            connect(line, &QLineEdit::textChanged, this, &OperationsPanel::validate);
            editor = line;
            break;
        }
        }
        QString tip = p.label.isEmpty() ? p.name : p.label;
        if (p.min || p.max) {
            const QLocale locale;
            tip += QStringLiteral(" [%1 .. %2]%3")
                       .arg(p.min ? locale.toString(*p.min) : QStringLiteral("-"),
                            p.max ? locale.toString(*p.max) : QStringLiteral("-"), unitSuffix);
        }
        if (!p.defaultValue.isValid())
            tip += QLatin1Char('\n') + tr("Required");
        editor->setToolTip(tip);
        editor->setObjectName(p.name);
        editor->setAccessibleName(p.label.isEmpty() ? p.name : p.label);
        m_parameterForm->addRow(QStringLiteral("%1:").arg(p.label.isEmpty() ? p.name : p.label),
                                editor);
        m_editors.append(editor);
    }
    m_parameterBox->setVisible(!m_editors.isEmpty());
    // A setting that is not safe to repeat runs once; offer no repetition for it.
    const bool repeatable = op.repeatSafe || op.kind != DriverProfile::OperationKind::Set;
    m_intervalMode->setEnabled(repeatable);
    m_repeat->setEnabled(repeatable);
    if (!repeatable)
        m_repeatMode->setChecked(true);
    validate();
}

QVariant OperationsPanel::editorValue(int index) const
{
    QWidget *w = m_editors.at(index);
    if (auto *s = qobject_cast<QSpinBox *>(w))
        return s->value();
    if (auto *d = qobject_cast<QDoubleSpinBox *>(w))
        return d->value();
    if (auto *c = qobject_cast<QComboBox *>(w))
        return c->currentText();
    if (auto *l = qobject_cast<QLineEdit *>(w))
        return l->text();
    return {};
}

bool OperationsPanel::setParameter(const QString &name, const QVariant &value)
{
    for (QWidget *w : std::as_const(m_editors)) {
        if (w->objectName() != name)
            continue;
        if (auto *s = qobject_cast<QSpinBox *>(w))
            s->setValue(value.toInt());
        else if (auto *d = qobject_cast<QDoubleSpinBox *>(w))
            d->setValue(value.toDouble());
        else if (auto *c = qobject_cast<QComboBox *>(w))
            c->setCurrentText(value.toString());
        else if (auto *l = qobject_cast<QLineEdit *>(w))
            l->setText(value.toString());
        return true;
    }
    return false;
}

void OperationsPanel::setRepeat(int times)
{
    m_repeatMode->setChecked(true);
    m_repeat->setValue(times);
}

void OperationsPanel::setInterval(int intervalMs, int durationMs)
{
    m_intervalMode->setChecked(true);
    m_interval->setValue(intervalMs);
    m_duration->setValue(durationMs / 1000);
}

std::optional<Bench::RunRequest> OperationsPanel::request(QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<Bench::RunRequest> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (m_selected == 0)
        return fail(tr("Select one or more instruments."));
    const int index = m_operation->currentIndex();
    if (index < 0 || index >= m_operations.size())
        return fail(tr("The selected instruments share no operation."));
    const DriverProfile::Operation &op = m_operations.at(index);
    Bench::RunRequest r;
    r.operation = op.id;
    for (int i = 0; i < op.parameters.size() && i < m_editors.size(); ++i) {
        const auto &p = op.parameters.at(i);
        const QVariant value = editorValue(i);
        QString why;
        // The profile's own check, so the panel and the bench agree on what is valid.
        if (!p.normalise(value, &why))
            return fail(why);
        r.parameters.insert(p.name, value);
    }
    if (m_intervalMode->isChecked() && m_intervalMode->isEnabled()) {
        r.intervalMs = m_interval->value();
        r.durationMs = m_duration->value() * 1000;
    } else {
        r.repeat = m_repeat->isEnabled() ? m_repeat->value() : 1;
    }
    return r;
}

QString OperationsPanel::problem() const
{
    QString why;
    return request(&why) ? QString() : why;
}

void OperationsPanel::validate()
{
    const bool intervalMode = m_intervalMode->isChecked();
    m_repeat->setEnabled(!intervalMode && m_intervalMode->isEnabled());
    m_interval->setEnabled(intervalMode);
    m_duration->setEnabled(intervalMode);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_run->setEnabled(why.isEmpty());
    m_run->setToolTip(
        why.isEmpty() ? tr("Run the operation on the selected instruments (Ctrl+Return)") : why);
}

} // namespace ld
