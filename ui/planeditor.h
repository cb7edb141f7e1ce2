// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plans/plan.h"
#include "plans/planvalidator.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSpinBox;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ld {

class PlanLimitsTable;
class PlanRunPanel;
class PlanStepForm;
class PlanStepItem;
class RunEngine;

/**
 * Builds, checks, opens, saves and runs a plan (docs/plans.md) in the window: a tree of steps
 * beside the selected step's fields, the plan's name, limits and safe-on-stop option. Every
 * edit is checked at once against the instruments the run engine has (PlanValidator, the
 * checks a run makes before it starts); each problem is shown at the step it names, and Run
 * stays disabled while there is one. Files are exactly what PlanFile reads and writes; the
 * example plans are offered as templates.
 */
class PlanEditor : public QWidget
{
    Q_OBJECT
public:
    enum TreeColumn { StepColumn, PathColumn };
    /** The validator's problems of a tree row's step, one per line (Qt::UserRole data). */
    static constexpr int ErrorsRole = Qt::UserRole + 1;

    explicit PlanEditor(RunEngine *engine, QWidget *parent = nullptr);

    void setPlan(const Plan &plan);
    /** The plan as edited, every step and limit with its JSON path. */
    Plan plan() const;
    /** Every problem that keeps it from running, each "<JSON path>: <what>"; empty: may run. */
    QStringList errors() const { return m_errors; }
    /** Checks the plan again (the instruments may have changed). */
    void revalidate();

    bool openPlan(const QString &path, QString *error = nullptr);
    bool savePlan(const QString &path, QString *error = nullptr);
    /** The file the plan came from or was last saved to; empty for a new one. */
    QString planPath() const { return m_path; }
    bool isModified() const { return m_modified; }
    /** The example plans offered under "New from template" (resource paths). */
    static QStringList templateFiles();

    /** The tree row of the step at `path` ("steps[3].sweep.body[0]"), or null. */
    QTreeWidgetItem *itemAt(const QString &path) const;
    PlanRunPanel *runPanel() const { return m_runPanel; }

Q_SIGNALS:
    void planPathChanged(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillTemplates();
    void addItems(QTreeWidgetItem *parent, const QList<PlanStep> &steps);
    QList<PlanStep> stepsOf(QTreeWidgetItem *parent) const;
    /** Gives every step its path (and its limits theirs), and every row its text. */
    void renumber();
    void currentChanged();
    void stepEdited();
    void planEdited();
    void addStep();
    void removeStep();
    void moveStep(int delta);
    void indentStep();
    void outdentStep();
    /** Takes `item` out of the tree (it stays alive) and returns it. */
    QTreeWidgetItem *take(QTreeWidgetItem *item);
    void insert(QTreeWidgetItem *parent, int row, QTreeWidgetItem *item);
    void select(QTreeWidgetItem *item);
    void updateButtons();
    void setModified(bool modified);
    bool confirmDiscard();
    void openDialog();
    bool saveDialog(bool askPath);
    void run();
    PlanStep newStep(PlanStep::Type type) const;
    PlanStepItem *currentStepItem() const;

    RunEngine *m_engine;
    PlanInstruments m_instruments;
    int m_schema = Plan::kSchema;
    QString m_path;
    bool m_modified = false;
    bool m_filling = false;
    QStringList m_errors;

    QToolButton *m_new;
    QToolButton *m_template;
    QMenu *m_templateMenu;
    QToolButton *m_open;
    QToolButton *m_save;
    QToolButton *m_saveAs;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QCheckBox *m_safeOnStop;
    QSpinBox *m_priority;
    QTreeWidget *m_tree;
    QComboBox *m_newType;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_indent;
    QToolButton *m_outdent;
    PlanStepForm *m_form;
    PlanLimitsTable *m_limits;
    QListWidget *m_errorList;
    PlanRunPanel *m_runPanel;
    QGroupBox *m_limitsGroup;
    QGroupBox *m_errorsGroup;
    QLabel *m_nameLabel;
    QLabel *m_descriptionLabel;
    QLabel *m_priorityLabel;
};

} // namespace ld
