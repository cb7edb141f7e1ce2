// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planeditor.h"

#include "planeditor_p.h"
#include "planlimitstable.h"
#include "planrunpanel.h"
#include "plans/planfile.h"
#include "plans/runengine.h"
#include "planstepform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <functional>

namespace ld {

namespace {
using Type = PlanStep::Type;

constexpr Type kTypes[] = {Type::Set,   Type::Measure, Type::Query,    Type::Wait,
                           Type::Sweep, Type::Repeat,  Type::Parallel, Type::Sequence};

PlanStepItem *stepItem(QTreeWidgetItem *item)
{
    return item && item->type() == QTreeWidgetItem::UserType ? static_cast<PlanStepItem *>(item)
                                                             : nullptr;
}

/** The path an error names: what comes before its first ": ". */
QString errorPath(const QString &error)
{
    const qsizetype colon = error.indexOf(QLatin1String(": "));
    return colon < 0 ? QString() : error.left(colon);
}

bool isUnder(const QString &path, const QString &stepPath)
{
    return path == stepPath || (path.startsWith(stepPath) && path.size() > stepPath.size() &&
                                (path.at(stepPath.size()) == QLatin1Char('.') ||
                                 path.at(stepPath.size()) == QLatin1Char(':')));
}

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &icon = {})
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    if (!icon.isEmpty()) {
        b->setIcon(QIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    b->setAutoRaise(true);
    return b;
}

/** A short line for the tree: what the step does. */
QString summary(const PlanStep &s)
{
    const QString type = PlanFile::typeName(s.type);
    QStringList parameters;
    for (auto it = s.parameters.cbegin(); it != s.parameters.cend(); ++it)
        parameters.append(
            QStringLiteral("%1=%2").arg(it.key(), PlanStepForm::parameterText(it.value())));
    const QString on = selectorText(s.instruments);
    switch (s.type) {
    case Type::Set:
    case Type::Measure:
    case Type::Query:
        return QStringLiteral("%1  %2  %3 %4")
            .arg(type, on, s.operation, parameters.join(QLatin1Char(' ')))
            .trimmed();
    case Type::Wait:
        if (s.waitKind == PlanStep::WaitKind::Duration)
            return QStringLiteral("%1  %2 ms").arg(type).arg(s.durationMs);
        if (s.waitKind == PlanStep::WaitKind::Opc)
            return QStringLiteral("%1  *OPC?  %2").arg(type, on);
        return QStringLiteral("%1  %2 %3 ± %4").arg(type, on, s.operation, numberText(s.tolerance));
    case Type::Sweep:
        if (s.sweepKind == PlanStep::SweepKind::List) {
            QStringList values;
            for (const double v : s.values)
                values.append(numberText(v));
            return QStringLiteral("%1  %2 in [%3]")
                .arg(type, s.variable, values.join(QLatin1Char(' ')));
        }
        return QStringLiteral("%1  %2 = %3 … %4, %5 %6")
            .arg(type, s.variable, numberText(s.start), numberText(s.stop))
            .arg(s.points)
            .arg(s.sweepKind == PlanStep::SweepKind::Log ? QStringLiteral("log")
                                                         : QStringLiteral("linear"));
    case Type::Repeat:
        if (s.intervalMs > 0)
            return s.durationMs > 0 ? QStringLiteral("%1  every %2 ms for %3 ms")
                                          .arg(type)
                                          .arg(s.intervalMs)
                                          .arg(s.durationMs)
                                    : QStringLiteral("%1  every %2 ms").arg(type).arg(s.intervalMs);
        return QStringLiteral("%1  × %2").arg(type).arg(s.count);
    case Type::Parallel:
    case Type::Sequence:
        break;
    }
    return type;
}

bool sameInstruments(const PlanInstruments &a, const PlanInstruments &b)
{
    if (a.size() != b.size())
        return false;
    for (auto i = a.cbegin(), j = b.cbegin(); i != a.cend(); ++i, ++j)
        if (i.key() != j.key() || i->profile != j->profile || i->kind != j->kind)
            return false;
    return true;
}

void renumberLimits(QList<PlanLimit> &limits, const QString &base)
{
    for (qsizetype i = 0; i < limits.size(); ++i)
        limits[i].path = QStringLiteral("%1[%2]").arg(base).arg(i);
}
} // namespace

PlanEditor::PlanEditor(RunEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_new(toolButton(this, QStringLiteral("NewPlanButton"), QStringLiteral(":/icons/add.svg")))
    , m_template(toolButton(this, QStringLiteral("TemplateButton")))
    , m_templateMenu(new QMenu(this))
    , m_open(toolButton(this, QStringLiteral("OpenPlanButton"), QStringLiteral(":/icons/open.svg")))
    , m_save(toolButton(this, QStringLiteral("SavePlanButton"), QStringLiteral(":/icons/save.svg")))
    , m_saveAs(toolButton(this, QStringLiteral("SavePlanAsButton")))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_safeOnStop(new QCheckBox(this))
    , m_priority(new QSpinBox(this))
    , m_tree(new QTreeWidget(this))
    , m_newType(new QComboBox(this))
    , m_add(toolButton(this, QStringLiteral("AddStepButton"), QStringLiteral(":/icons/add.svg")))
    , m_remove(toolButton(this, QStringLiteral("RemoveStepButton"),
                          QStringLiteral(":/icons/remove.svg")))
    , m_up(toolButton(this, QStringLiteral("MoveStepUpButton")))
    , m_down(toolButton(this, QStringLiteral("MoveStepDownButton")))
    , m_indent(toolButton(this, QStringLiteral("IndentStepButton")))
    , m_outdent(toolButton(this, QStringLiteral("OutdentStepButton")))
    , m_form(new PlanStepForm(this))
    , m_limits(new PlanLimitsTable(this))
    , m_errorList(new QListWidget(this))
    , m_runPanel(new PlanRunPanel(engine, this))
    , m_limitsGroup(new QGroupBox(this))
    , m_errorsGroup(new QGroupBox(this))
    , m_nameLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_priorityLabel(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("PlanName"));
    m_description->setObjectName(QStringLiteral("PlanDescription"));
    m_safeOnStop->setObjectName(QStringLiteral("SafeOnStop"));
    m_priority->setObjectName(QStringLiteral("PlanPriority"));
    m_tree->setObjectName(QStringLiteral("PlanStepTree"));
    m_newType->setObjectName(QStringLiteral("NewStepType"));
    m_form->setObjectName(QStringLiteral("PlanStepForm"));
    m_limits->setObjectName(QStringLiteral("PlanLimits"));
    m_errorList->setObjectName(QStringLiteral("PlanErrors"));
    m_runPanel->setObjectName(QStringLiteral("PlanRunPanel"));
    m_template->setMenu(m_templateMenu);
    m_template->setPopupMode(QToolButton::InstantPopup);
    m_priority->setRange(-1'000'000, 1'000'000);
    for (const Type t : kTypes)
        m_newType->addItem(PlanFile::typeName(t), int(t));
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PathColumn, QHeaderView::ResizeToContents);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_errorList->setWordWrap(true);

    auto *files = new QHBoxLayout;
    for (QToolButton *b : {m_new, m_template, m_open, m_save, m_saveAs})
        files->addWidget(b);
    files->addStretch(1);
    auto *fields = new QGridLayout;
    fields->addWidget(m_nameLabel, 0, 0);
    fields->addWidget(m_name, 0, 1);
    fields->addWidget(m_safeOnStop, 0, 2);
    fields->addWidget(m_priorityLabel, 0, 3);
    fields->addWidget(m_priority, 0, 4);
    fields->addWidget(m_descriptionLabel, 1, 0);
    fields->addWidget(m_description, 1, 1, 1, 4);
    fields->setColumnStretch(1, 1);

    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_newType);
    for (QToolButton *b : {m_add, m_remove, m_up, m_down, m_outdent, m_indent})
        stepButtons->addWidget(b);
    stepButtons->addStretch(1);
    auto *treeSide = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeSide);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addLayout(stepButtons);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(treeSide);
    split->addWidget(formScroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    formScroll->setMinimumWidth(m_form->fontMetrics().averageCharWidth() * 48);
    split->setChildrenCollapsible(false);

    auto *limitsLayout = new QVBoxLayout(m_limitsGroup);
    limitsLayout->addWidget(m_limits);
    auto *errorsLayout = new QVBoxLayout(m_errorsGroup);
    errorsLayout->addWidget(m_errorList);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_limitsGroup, 1);
    bottom->addWidget(m_errorsGroup, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(files);
    layout->addLayout(fields);
    layout->addWidget(split, 3);
    layout->addLayout(bottom, 1);
    layout->addWidget(m_runPanel);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PlanEditor::currentChanged);
    connect(m_form, &PlanStepForm::stepEdited, this, &PlanEditor::stepEdited);
    connect(m_limits, &PlanLimitsTable::limitsEdited, this, &PlanEditor::planEdited);
    connect(m_name, &QLineEdit::textEdited, this, &PlanEditor::planEdited);
    connect(m_description, &QLineEdit::textEdited, this, &PlanEditor::planEdited);
    connect(m_safeOnStop, &QCheckBox::toggled, this, &PlanEditor::planEdited);
    connect(m_priority, &QSpinBox::valueChanged, this, &PlanEditor::planEdited);
    connect(m_add, &QToolButton::clicked, this, &PlanEditor::addStep);
    connect(m_remove, &QToolButton::clicked, this, &PlanEditor::removeStep);
    connect(m_up, &QToolButton::clicked, this, [this] { moveStep(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveStep(1); });
    connect(m_indent, &QToolButton::clicked, this, &PlanEditor::indentStep);
    connect(m_outdent, &QToolButton::clicked, this, &PlanEditor::outdentStep);
    connect(m_errorList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (QTreeWidgetItem *step = itemAt(item->data(Qt::UserRole).toString()))
            select(step);
    });
    connect(m_errorList, &QListWidget::itemClicked, m_errorList, &QListWidget::itemActivated);
    connect(m_new, &QToolButton::clicked, this, [this] {
        if (!confirmDiscard())
            return;
        setPlan(Plan());
        m_path.clear();
        Q_EMIT planPathChanged(m_path);
    });
    connect(m_open, &QToolButton::clicked, this, &PlanEditor::openDialog);
    connect(m_save, &QToolButton::clicked, this, [this] { saveDialog(false); });
    connect(m_saveAs, &QToolButton::clicked, this, [this] { saveDialog(true); });
    connect(m_runPanel, &PlanRunPanel::runRequested, this, &PlanEditor::run);
    connect(m_runPanel, &PlanRunPanel::runningChanged, this, [this] { revalidate(); });

    fillTemplates();
    retranslate();
    setPlan(Plan());
}

void PlanEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanEditor::showEvent(QShowEvent *event)
{
    // Instruments come and go, and get identified, while the editor is hidden.
    revalidate();
    QWidget::showEvent(event);
}

void PlanEditor::retranslate()
{
    m_new->setText(tr("New"));
    m_template->setText(tr("New from template"));
    m_open->setText(tr("Open…"));
    m_save->setText(tr("Save"));
    m_saveAs->setText(tr("Save as…"));
    m_nameLabel->setText(tr("Name:"));
    m_descriptionLabel->setText(tr("Description:"));
    m_priorityLabel->setText(tr("Priority:"));
    m_safeOnStop->setText(tr("Safe state when stopped"));
    m_safeOnStop->setToolTip(tr("Apply the instruments' safe state when the user stops the run "
                                "(it always is when a run aborts)"));
    m_tree->setHeaderLabels({tr("Step"), tr("Path")});
    m_newType->setToolTip(tr("The type of the step Add makes"));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a step after the selected one, or inside it when it has a body"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    m_indent->setText(tr("Into"));
    m_indent->setToolTip(tr("Move the step into the body of the step above it"));
    m_outdent->setText(tr("Out"));
    m_outdent->setToolTip(tr("Move the step out of the body it is in"));
    m_limitsGroup->setTitle(tr("Limits for the whole run"));
    m_errorsGroup->setTitle(tr("Problems"));
}

QStringList PlanEditor::templateFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/plans"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

void PlanEditor::fillTemplates()
{
    m_templateMenu->clear();
    for (const QString &file : templateFiles()) {
        const PlanFile::Result r = PlanFile::load(file);
        if (!r.plan)
            continue;
        QAction *a = m_templateMenu->addAction(r.plan->name);
        a->setObjectName(QStringLiteral("Template:") + QFileInfo(file).completeBaseName());
        a->setToolTip(r.plan->description);
        connect(a, &QAction::triggered, this, [this, file] {
            if (!confirmDiscard())
                return;
            const PlanFile::Result t = PlanFile::load(file);
            if (!t.plan)
                return;
            setPlan(*t.plan);
            // A template is a start, not a file of the user's: Save asks where.
            m_path.clear();
            setModified(true);
            Q_EMIT planPathChanged(m_path);
        });
    }
}

void PlanEditor::setPlan(const Plan &plan)
{
    m_instruments = m_engine ? m_engine->planInstruments() : PlanInstruments();
    m_filling = true;
    m_schema = plan.schema;
    m_name->setText(plan.name);
    m_description->setText(plan.description);
    m_safeOnStop->setChecked(plan.safeOnStop);
    m_priority->setValue(plan.priority);
    m_limits->setLimits(plan.limits);
    m_tree->clear();
    addItems(nullptr, plan.steps);
    m_tree->expandAll();
    m_filling = false;
    renumber();
    select(m_tree->topLevelItem(0));
    currentChanged();
    setModified(false);
    revalidate();
}

void PlanEditor::addItems(QTreeWidgetItem *parent, const QList<PlanStep> &steps)
{
    for (const PlanStep &s : steps) {
        auto *item = new PlanStepItem(s);
        if (parent)
            parent->addChild(item);
        else
            m_tree->addTopLevelItem(item);
        addItems(item, s.body);
    }
}

QList<PlanStep> PlanEditor::stepsOf(QTreeWidgetItem *parent) const
{
    QList<PlanStep> steps;
    const int n = parent ? parent->childCount() : m_tree->topLevelItemCount();
    for (int i = 0; i < n; ++i) {
        QTreeWidgetItem *child = parent ? parent->child(i) : m_tree->topLevelItem(i);
        if (PlanStepItem *item = stepItem(child)) {
            PlanStep s = item->step();
            s.body = stepsOf(item);
            steps.append(s);
        }
    }
    return steps;
}

Plan PlanEditor::plan() const
{
    Plan p;
    p.schema = m_schema;
    p.name = m_name->text();
    p.description = m_description->text();
    p.safeOnStop = m_safeOnStop->isChecked();
    p.priority = m_priority->value();
    p.limits = m_limits->limits();
    renumberLimits(p.limits, QStringLiteral("limits"));
    p.steps = stepsOf(nullptr);
    return p;
}

void PlanEditor::renumber()
{
    std::function<void(QTreeWidgetItem *, const QString &)> walk = [&](QTreeWidgetItem *parent,
                                                                       const QString &base) {
        const int n = parent ? parent->childCount() : m_tree->topLevelItemCount();
        for (int i = 0; i < n; ++i) {
            PlanStepItem *item = stepItem(parent ? parent->child(i) : m_tree->topLevelItem(i));
            if (!item)
                continue;
            PlanStep s = item->step();
            s.path = QStringLiteral("%1[%2]").arg(base).arg(i);
            renumberLimits(s.limits, PlanFile::fieldPath(s, QStringLiteral("limits")));
            item->setStep(s);
            item->setText(StepColumn, summary(s));
            item->setText(PathColumn, s.path);
            walk(item, PlanFile::fieldPath(s, QStringLiteral("body")));
        }
    };
    walk(nullptr, QStringLiteral("steps"));
}

PlanStepItem *PlanEditor::currentStepItem() const
{
    return stepItem(m_tree->currentItem());
}

QTreeWidgetItem *PlanEditor::itemAt(const QString &path) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->text(PathColumn) == path)
            return *it;
    return nullptr;
}

void PlanEditor::currentChanged()
{
    if (m_filling)
        return;
    PlanStepItem *item = currentStepItem();
    m_form->setStep(item ? &item->step() : nullptr, m_instruments);
    m_form->setErrors(item ? item->data(StepColumn, ErrorsRole)
                                 .toString()
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                           : QStringList());
    updateButtons();
}

void PlanEditor::stepEdited()
{
    PlanStepItem *item = currentStepItem();
    if (!item)
        return;
    PlanStep s = m_form->step();
    s.path = item->step().path;
    renumberLimits(s.limits, PlanFile::fieldPath(s, QStringLiteral("limits")));
    item->setStep(s);
    item->setText(StepColumn, summary(s));
    planEdited();
}

void PlanEditor::planEdited()
{
    if (m_filling)
        return;
    setModified(true);
    revalidate();
}

void PlanEditor::revalidate()
{
    if (m_filling)
        return;
    const PlanInstruments instruments = m_engine ? m_engine->planInstruments() : PlanInstruments();
    if (!sameInstruments(instruments, m_instruments)) {
        // The form offers their operations and parameters.
        m_instruments = instruments;
        currentChanged();
    }
    const Plan p = plan();
    QStringList errors = m_form->inputErrors();
    for (const QString &e : m_limits->inputErrors())
        errors.append(QStringLiteral("limits: %1").arg(e));
    errors += PlanValidator::validate(p, m_instruments);
    m_errors = errors;

    // Each problem goes to the deepest step its path is under; the rest are the plan's.
    QHash<QTreeWidgetItem *, QStringList> byItem;
    m_errorList->clear();
    for (const QString &e : std::as_const(errors)) {
        const QString path = errorPath(e);
        QTreeWidgetItem *best = nullptr;
        qsizetype bestLength = -1;
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            const QString stepPath = (*it)->text(PathColumn);
            if (stepPath.size() > bestLength && isUnder(path, stepPath)) {
                best = *it;
                bestLength = stepPath.size();
            }
        }
        auto *row = new QListWidgetItem(e, m_errorList);
        row->setForeground(QColor(0xb0, 0x00, 0x20));
        if (best) {
            byItem[best].append(e);
            row->setData(Qt::UserRole, best->text(PathColumn));
        }
    }
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QStringList mine = byItem.value(*it);
        (*it)->setData(StepColumn, ErrorsRole, mine.join(QLatin1Char('\n')));
        (*it)->setIcon(StepColumn, mine.isEmpty() ? QIcon() : warning);
        (*it)->setToolTip(StepColumn, mine.join(QLatin1Char('\n')));
        (*it)->setForeground(StepColumn,
                             mine.isEmpty() ? palette().text() : QBrush(QColor(0xb0, 0x00, 0x20)));
    }
    if (PlanStepItem *item = currentStepItem())
        m_form->setErrors(byItem.value(item));
    else
        m_form->setErrors({});
    if (errors.isEmpty())
        new QListWidgetItem(tr("None: the plan may run."), m_errorList);
    m_errorsGroup->setTitle(errors.isEmpty() ? tr("Problems")
                                             : tr("Problems (%1)").arg(errors.size()));
    m_runPanel->setRunnable(
        errors.isEmpty() && m_engine,
        errors.isEmpty() ? QString() : tr("Fix the problems first: %1").arg(errors.first()));
}

PlanStep PlanEditor::newStep(Type type) const
{
    PlanStep s;
    s.type = type;
    if (type == Type::Set || type == Type::Measure || type == Type::Query) {
        // The selected step's instruments are the likeliest next ones.
        if (PlanStepItem *item = currentStepItem())
            s.instruments = item->step().instruments;
    } else if (type == Type::Wait) {
        s.durationMs = 100;
    } else if (type == Type::Sweep) {
        // A name no enclosing sweep binds: v, v2, v3, ...
        QStringList bound;
        for (QTreeWidgetItem *i = m_tree->currentItem(); i; i = i->parent())
            if (PlanStepItem *item = stepItem(i); item && item->step().type == Type::Sweep)
                bound.append(item->step().variable);
        s.variable = QStringLiteral("v");
        for (int n = 2; bound.contains(s.variable); ++n)
            s.variable = QStringLiteral("v%1").arg(n);
        s.start = 0;
        s.stop = 1;
        s.points = 11;
    } else if (type == Type::Repeat) {
        s.count = 1;
    }
    return s;
}

void PlanEditor::addStep()
{
    auto *item = new PlanStepItem(newStep(Type(m_newType->currentData().toInt())));
    PlanStepItem *current = currentStepItem();
    if (!current) {
        m_tree->addTopLevelItem(item);
    } else if (current->isContainer()) {
        current->addChild(item);
        current->setExpanded(true);
    } else {
        QTreeWidgetItem *parent = current->parent();
        const int row =
            parent ? parent->indexOfChild(current) : m_tree->indexOfTopLevelItem(current);
        insert(parent, row + 1, item);
    }
    renumber();
    select(item);
    planEdited();
}

void PlanEditor::removeStep()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return;
    QTreeWidgetItem *parent = current->parent();
    delete take(current);
    renumber();
    if (!m_tree->currentItem())
        select(parent ? parent : m_tree->topLevelItem(0));
    currentChanged();
    planEdited();
}

QTreeWidgetItem *PlanEditor::take(QTreeWidgetItem *item)
{
    if (QTreeWidgetItem *parent = item->parent())
        return parent->takeChild(parent->indexOfChild(item));
    return m_tree->takeTopLevelItem(m_tree->indexOfTopLevelItem(item));
}

void PlanEditor::insert(QTreeWidgetItem *parent, int row, QTreeWidgetItem *item)
{
    if (parent)
        parent->insertChild(row, item);
    else
        m_tree->insertTopLevelItem(row, item);
    // Taking an item out of a tree folds it and its body.
    std::function<void(QTreeWidgetItem *)> expand = [&expand](QTreeWidgetItem *i) {
        i->setExpanded(true);
        for (int k = 0; k < i->childCount(); ++k)
            expand(i->child(k));
    };
    expand(item);
}

void PlanEditor::moveStep(int delta)
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return;
    QTreeWidgetItem *parent = current->parent();
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    const int row = parent ? parent->indexOfChild(current) : m_tree->indexOfTopLevelItem(current);
    if (row + delta < 0 || row + delta >= count)
        return;
    insert(parent, row + delta, take(current));
    renumber();
    select(current);
    planEdited();
}

void PlanEditor::indentStep()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return;
    QTreeWidgetItem *parent = current->parent();
    const int row = parent ? parent->indexOfChild(current) : m_tree->indexOfTopLevelItem(current);
    PlanStepItem *above =
        row > 0 ? stepItem(parent ? parent->child(row - 1) : m_tree->topLevelItem(row - 1))
                : nullptr;
    if (!above || !above->isContainer())
        return;
    insert(above, above->childCount(), take(current));
    above->setExpanded(true);
    renumber();
    select(current);
    planEdited();
}

void PlanEditor::outdentStep()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    QTreeWidgetItem *parent = current ? current->parent() : nullptr;
    if (!parent)
        return;
    QTreeWidgetItem *grandparent = parent->parent();
    const int row =
        grandparent ? grandparent->indexOfChild(parent) : m_tree->indexOfTopLevelItem(parent);
    insert(grandparent, row + 1, take(current));
    renumber();
    select(current);
    planEdited();
}

void PlanEditor::select(QTreeWidgetItem *item)
{
    m_tree->setCurrentItem(item);
    if (item)
        m_tree->scrollToItem(item);
    updateButtons();
}

void PlanEditor::updateButtons()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    QTreeWidgetItem *parent = current ? current->parent() : nullptr;
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    const int row = !current ? -1
                    : parent ? parent->indexOfChild(current)
                             : m_tree->indexOfTopLevelItem(current);
    const PlanStepItem *above =
        row > 0 ? stepItem(parent ? parent->child(row - 1) : m_tree->topLevelItem(row - 1))
                : nullptr;
    m_remove->setEnabled(current);
    m_up->setEnabled(current && row > 0);
    m_down->setEnabled(current && row + 1 < count);
    m_indent->setEnabled(above && above->isContainer());
    m_outdent->setEnabled(parent);
}

void PlanEditor::setModified(bool modified)
{
    m_modified = modified;
}

bool PlanEditor::confirmDiscard()
{
    if (!m_modified)
        return true;
    return QMessageBox::question(this, tr("Discard the plan?"),
                                 tr("The plan has changes that are not saved. Discard them?"),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard;
}

bool PlanEditor::openPlan(const QString &path, QString *error)
{
    const PlanFile::Result r = PlanFile::load(path);
    if (!r.plan) {
        if (error)
            *error = r.error;
        return false;
    }
    setPlan(*r.plan);
    m_path = path;
    Q_EMIT planPathChanged(m_path);
    return true;
}

bool PlanEditor::savePlan(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(PlanFile::toJson(plan())) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    m_path = path;
    setModified(false);
    Q_EMIT planPathChanged(m_path);
    return true;
}

void PlanEditor::openDialog()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Plan"), QFileInfo(m_path).path(), tr("Plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openPlan(path, &error))
        QMessageBox::warning(this, tr("Open Plan"), tr("Cannot open the plan: %1").arg(error));
}

bool PlanEditor::saveDialog(bool askPath)
{
    QString path = m_path;
    if (askPath || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save Plan"), m_path,
                                            tr("Plans (*.json);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    QString error;
    if (!savePlan(path, &error)) {
        QMessageBox::warning(this, tr("Save Plan"), tr("Cannot save the plan: %1").arg(error));
        return false;
    }
    return true;
}

void PlanEditor::run()
{
    revalidate();
    if (!m_errors.isEmpty())
        return;
    m_runPanel->start(plan());
}

} // namespace ld
