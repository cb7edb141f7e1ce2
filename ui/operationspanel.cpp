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
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
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

int kindIndex(DriverProfile::OperationKind kind)
{
    return int(kind);
}

/** "12 s", "3 min 20 s", "1 h 5 min": how long, in words a user reads at a glance. */
QString durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s < 60)
        return OperationsPanel::tr("%1 s").arg(s);
    if (s < 3600)
        return OperationsPanel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return OperationsPanel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
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
    , m_runsBox(new QGroupBox(this))
    , m_activeRuns(new QLabel(m_runsBox))
    , m_progress(new QProgressBar(m_runsBox))
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
    m_duration->setRange(0, 24 * 3600);
    showRepetition(Repetition{});
    m_forLabel->setBuddy(m_duration);
    // One input per row, so the panel stays narrow in every language.
    grid->addWidget(m_repeatMode, 0, 0);
    grid->addWidget(m_repeat, 0, 1);
    grid->addWidget(m_intervalMode, 1, 0);
    grid->addWidget(m_interval, 1, 1);
    grid->addWidget(m_forLabel, 2, 0, Qt::AlignRight);
    grid->addWidget(m_duration, 2, 1);
    grid->setColumnStretch(1, 1);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_repeatMode);
    modes->addButton(m_intervalMode);
    m_repeatMode->setChecked(true);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_run->setDefault(true);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    // Run on a row of its own, the stops beneath: the panel stays narrow in every language.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_run, 0, 0, 1, 2);
    buttons->addWidget(m_stopSelected, 1, 0);
    buttons->addWidget(m_stopAll, 1, 1);

    auto *runsLayout = new QVBoxLayout(m_runsBox);
    m_activeRuns->setWordWrap(true);
    m_activeRuns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    runsLayout->addWidget(m_activeRuns);
    runsLayout->addWidget(m_progress);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addWidget(m_parameterBox);
    layout->addWidget(m_repeatBox);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(m_runsBox);
    layout->addStretch();
    retranslate();

    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        // Only the user's (or a script's) choice: setOperations() changes it with signals off.
        if (!currentOperationId().isEmpty())
            m_preferredOperation = currentOperationId();
        rebuildEditors();
    });
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
    m_runsBox->setTitle(tr("Runs"));
    m_progress->setAccessibleName(tr("Progress of the newest timed run"));
    setActiveRuns(m_runs);
    for (int i = 0; i < m_rangeLabels.size(); ++i)
        if (QLabel *label = m_rangeLabels.at(i))
            label->setToolTip(tr("Allowed range"));
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
        int keep = m_operation->findData(previous);
        if (keep < 0 || previous != m_preferredOperation) {
            const int preferred = m_operation->findData(m_preferredOperation);
            keep = preferred >= 0 ? preferred : keep;
        }
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

void OperationsPanel::keepTypedValues()
{
    if (m_editorsOperation.isEmpty())
        return;
    QHash<QString, QVariant> &values = m_typed[m_editorsOperation];
    for (int i = 0; i < m_editors.size(); ++i)
        values.insert(m_editors.at(i)->objectName(), editorValue(i));
}

OperationsPanel::Repetition OperationsPanel::repetition() const
{
    return {m_intervalMode->isChecked(), m_repeat->value(), m_interval->value(),
            m_duration->value()};
}

void OperationsPanel::showRepetition(const Repetition &r)
{
    (r.interval ? m_intervalMode : m_repeatMode)->setChecked(true);
    m_repeat->setValue(r.times);
    m_interval->setValue(r.intervalMs);
    m_duration->setValue(r.durationS);
}

void OperationsPanel::rebuildEditors()
{
    // What the user typed survives a new selection or another operation and back.
    keepTypedValues();
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_editors.clear();
    m_rangeLabels.clear();
    m_editorsOperation.clear();
    const int index = m_operation->currentIndex();
    if (index < 0 || index >= m_operations.size()) {
        m_description->clear();
        m_parameterBox->hide();
        validate();
        return;
    }
    const DriverProfile::Operation &op = m_operations.at(index);
    m_editorsOperation = op.id;
    // Each kind keeps its own repetition: "every 100 ms" chosen for a measurement never
    // carries over to a setting, which runs once unless the user asks otherwise for it.
    if (m_shownKind != op.kind) {
        if (m_shownKind)
            m_repetitions[size_t(kindIndex(*m_shownKind))] = repetition();
        m_shownKind = op.kind;
        showRepetition(m_repetitions[size_t(kindIndex(op.kind))]);
    }
    const QHash<QString, QVariant> typed = m_typed.value(op.id);
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
            // The editor takes any number, so a value out of range is refused with a reason
            // (by the profile's check in request()) instead of being clamped silently.
            auto *spin = new QSpinBox(m_parameterBox);
            spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
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
            spin->setRange(std::min(p.min.value_or(-1e12), -1e12),
                           std::max(p.max.value_or(1e12), 1e12));
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
        QLabel *range = nullptr;
        QWidget *field = editor;
        if (p.min || p.max) {
            const QLocale locale;
            const QString text = p.min && p.max ? tr("%1 … %2%3")
                                                      .arg(locale.toString(*p.min),
                                                           locale.toString(*p.max), unitSuffix)
                                 : p.min ? tr("≥ %1%2").arg(locale.toString(*p.min), unitSuffix)
                                         : tr("≤ %1%2").arg(locale.toString(*p.max), unitSuffix);
            tip += QLatin1Char(' ') + text;
            // The range in sight beside the editor, not only in a tooltip.
            field = new QWidget(m_parameterBox);
            auto *row = new QHBoxLayout(field);
            row->setContentsMargins(0, 0, 0, 0);
            range = new QLabel(text, field);
            range->setObjectName(p.name + QStringLiteral("Range"));
            range->setForegroundRole(QPalette::PlaceholderText);
            range->setToolTip(tr("Allowed range"));
            editor->setParent(field);
            row->addWidget(editor, 1);
            row->addWidget(range);
        }
        if (!p.defaultValue.isValid())
            tip += QLatin1Char('\n') + tr("Required");
        editor->setToolTip(tip);
        editor->setObjectName(p.name);
        editor->setAccessibleName(p.label.isEmpty() ? p.name : p.label);
        m_parameterForm->addRow(QStringLiteral("%1:").arg(p.label.isEmpty() ? p.name : p.label),
                                field);
        m_editors.append(editor);
        m_rangeLabels.append(range);
        if (typed.contains(p.name))
            setParameter(p.name, typed.value(p.name));
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

QString OperationsPanel::rangeText(const QString &name) const
{
    for (int i = 0; i < m_editors.size(); ++i)
        if (m_editors.at(i)->objectName() == name && m_rangeLabels.at(i))
            return m_rangeLabels.at(i)->text();
    return {};
}

void OperationsPanel::setActiveRuns(const QList<ActiveRun> &runs)
{
    m_runs = runs;
    QStringList lines;
    const ActiveRun *timed = nullptr;
    for (const ActiveRun &r : runs) {
        const QString what =
            tr("Run %1: %2 on %n instrument(s)", nullptr, r.instruments).arg(r.id).arg(r.operation);
        QString how;
        if (r.intervalMs > 0 && r.durationMs > 0) {
            how = tr("every %1 ms, %2 of %3, %4 left")
                      .arg(r.intervalMs)
                      .arg(durationText(r.elapsedMs), durationText(r.durationMs),
                           durationText(r.durationMs - r.elapsedMs));
            timed = &r;
        } else if (r.intervalMs > 0) {
            how = tr("every %1 ms, running for %2, until stopped")
                      .arg(r.intervalMs)
                      .arg(durationText(r.elapsedMs));
        } else {
            how =
                tr("%n time(s), running for %1", nullptr, r.repeat).arg(durationText(r.elapsedMs));
        }
        lines.append(what + QLatin1Char('\n') + how);
    }
    const QString text = lines.isEmpty() ? tr("No run is going.") : lines.join(QLatin1Char('\n'));
    if (m_activeRuns->text() != text)
        m_activeRuns->setText(text);
    m_progress->setVisible(timed != nullptr);
    if (timed)
        m_progress->setValue(int(
            std::clamp<qint64>(timed->elapsedMs * 1000 / std::max(1, timed->durationMs), 0, 1000)));
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

std::optional<RunRequest> OperationsPanel::request(QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<RunRequest> {
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
    RunRequest r;
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
    Q_EMIT runSettingsChanged();
}

QVariantMap OperationsPanel::runSettings() const
{
    QVariantMap settings;
    settings.insert(QStringLiteral("operation"), m_preferredOperation);
    using K = DriverProfile::OperationKind;
    for (const K kind : {K::Measure, K::Set, K::Query}) {
        const Repetition r =
            m_shownKind == kind ? repetition() : m_repetitions[size_t(kindIndex(kind))];
        const QString prefix = DriverProfile::kindName(kind) + QLatin1Char('/');
        settings.insert(prefix + QStringLiteral("interval"), r.interval);
        settings.insert(prefix + QStringLiteral("times"), r.times);
        settings.insert(prefix + QStringLiteral("intervalMs"), r.intervalMs);
        settings.insert(prefix + QStringLiteral("durationS"), r.durationS);
    }
    return settings;
}

void OperationsPanel::setRunSettings(const QVariantMap &settings)
{
    using K = DriverProfile::OperationKind;
    for (const K kind : {K::Measure, K::Set, K::Query}) {
        const QString prefix = DriverProfile::kindName(kind) + QLatin1Char('/');
        Repetition &r = m_repetitions[size_t(kindIndex(kind))];
        r.interval = settings.value(prefix + QStringLiteral("interval"), r.interval).toBool();
        // Within the inputs' ranges: a hand-edited settings file cannot ask for more.
        r.times = std::clamp(settings.value(prefix + QStringLiteral("times"), r.times).toInt(),
                             m_repeat->minimum(), m_repeat->maximum());
        r.intervalMs =
            std::clamp(settings.value(prefix + QStringLiteral("intervalMs"), r.intervalMs).toInt(),
                       m_interval->minimum(), m_interval->maximum());
        r.durationS =
            std::clamp(settings.value(prefix + QStringLiteral("durationS"), r.durationS).toInt(),
                       m_duration->minimum(), m_duration->maximum());
    }
    if (m_shownKind)
        showRepetition(m_repetitions[size_t(kindIndex(*m_shownKind))]);
    m_preferredOperation = settings.value(QStringLiteral("operation")).toString();
    if (!selectOperation(m_preferredOperation))
        validate();
}

} // namespace ld
