// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench.h"
#include "instruments/driverprofile.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ld {

/**
 * Choose an operation the selected instruments share, fill in its parameters (typed editors
 * limited by the profile, checked with the profile's own rules), choose repeat N times or every
 * T ms for a duration, then Run, Stop selected or Stop all. It only builds requests; the main
 * window hands them to the bench.
 */
class OperationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OperationsPanel(QWidget *parent = nullptr);

    /** The operations shared by the selection (Bench::sharedOperations) and how many are selected.
     */
    void setOperations(const QList<DriverProfile::Operation> &operations, int selectedCount);
    QList<DriverProfile::Operation> operations() const { return m_operations; }
    bool selectOperation(const QString &id);
    QString currentOperationId() const;
    /** Sets a parameter editor's value (for scripts, tests and restored settings). */
    bool setParameter(const QString &name, const QVariant &value);
    void setRepeat(int times);
    void setInterval(int intervalMs, int durationMs);

    /** The request for the current inputs (instruments left empty), or nullopt with `error`. */
    std::optional<Bench::RunRequest> request(QString *error = nullptr) const;
    /** Why Run is not possible now; empty when it is. */
    QString problem() const;

    QPushButton *runButton() const { return m_run; }
    QPushButton *stopSelectedButton() const { return m_stopSelected; }
    QPushButton *stopAllButton() const { return m_stopAll; }

Q_SIGNALS:
    void runRequested(const ld::Bench::RunRequest &request);
    void stopSelectedRequested();
    void stopAllRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildEditors();
    void validate();
    QVariant editorValue(int index) const;

    QList<DriverProfile::Operation> m_operations;
    int m_selected = 0;
    QComboBox *m_operation;
    QLabel *m_description;
    QGroupBox *m_parameterBox;
    QFormLayout *m_parameterForm;
    QList<QWidget *> m_editors;
    QRadioButton *m_repeatMode;
    QRadioButton *m_intervalMode;
    QSpinBox *m_repeat;
    QSpinBox *m_interval;
    QSpinBox *m_duration;
    QLabel *m_problem;
    QPushButton *m_run;
    QPushButton *m_stopSelected;
    QPushButton *m_stopAll;
    QLabel *m_operationLabel;
    QGroupBox *m_repeatBox;
    QLabel *m_forLabel;
};

} // namespace ld
