// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench.h"
#include "instruments/driverprofile.h"
#include "plans/runrequest.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ld {

/**
 * Choose an operation the selected instruments share, fill in its parameters (typed editors
 * that show the profile's range and keep what the user typed, checked with the profile's own
 * rules), choose repeat N times or every T ms for a duration, then Run, Stop selected or Stop
 * all. Repetition is remembered per operation kind, so a setting runs once unless the user
 * asked otherwise for settings. It only builds requests; the main window hands them to the
 * bench and reports the runs going on through setActiveRuns().
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

    /**
     * What is remembered across sessions: the operation last chosen ("operation") and each
     * operation kind's repetition ("measure/interval", "measure/times", "measure/intervalMs",
     * "measure/durationS", the same for "set" and "query").
     */
    QVariantMap runSettings() const;
    /** Restores runSettings(); the operation is chosen once the selection offers it. */
    void setRunSettings(const QVariantMap &settings);

    /** The request for the current inputs (instruments left empty), or nullopt with `error`. */
    std::optional<RunRequest> request(QString *error = nullptr) const;
    /** Why Run is not possible now; empty when it is. */
    QString problem() const;

    /** A run that is going, as the window knows it. */
    struct ActiveRun
    {
        quint64 id = 0;
        QString operation; ///< its display name
        int instruments = 0;
        qint64 elapsedMs = 0;
        int intervalMs = 0; ///< 0: a counted run
        int durationMs = 0; ///< with an interval; 0: until stopped
        int repeat = 1;     ///< without an interval
    };
    /** Shows the runs going on, with how long each has run and how long is left. */
    void setActiveRuns(const QList<ActiveRun> &runs);
    QLabel *activeRunsLabel() const { return m_activeRuns; }
    QProgressBar *runProgress() const { return m_progress; }
    /** The range text shown beside parameter `name`'s editor ("0 … 30 V"), empty when none. */
    QString rangeText(const QString &name) const;

    QPushButton *runButton() const { return m_run; }
    QPushButton *stopSelectedButton() const { return m_stopSelected; }
    QPushButton *stopAllButton() const { return m_stopAll; }

Q_SIGNALS:
    void runRequested(const ld::RunRequest &request);
    void stopSelectedRequested();
    void stopAllRequested();
    /** The operation or a repetition input changed: runSettings() may differ. */
    void runSettingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildEditors();
    void validate();
    QVariant editorValue(int index) const;
    /** Remembers the editors' values under the operation they were built for. */
    void keepTypedValues();

    /** The repetition inputs of one operation kind. */
    struct Repetition
    {
        bool interval = false;
        int times = 1;
        int intervalMs = 500;
        int durationS = 60;
    };
    Repetition repetition() const;
    void showRepetition(const Repetition &r);

    QList<DriverProfile::Operation> m_operations;
    int m_selected = 0;
    QComboBox *m_operation;
    QLabel *m_description;
    QGroupBox *m_parameterBox;
    QFormLayout *m_parameterForm;
    QList<QWidget *> m_editors;
    QList<QLabel *> m_rangeLabels; ///< per editor; null when the parameter has no range
    QString m_editorsOperation;    ///< the operation id m_editors were built for
    QString m_preferredOperation;  ///< the one the user chose last, chosen again when offered
    QHash<QString, QHash<QString, QVariant>> m_typed;        ///< operation id -> parameter -> value
    std::array<Repetition, 3> m_repetitions{};               ///< per DriverProfile::OperationKind
    std::optional<DriverProfile::OperationKind> m_shownKind; ///< whose repetition is shown
    QList<ActiveRun> m_runs;
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
    QGroupBox *m_runsBox;
    QLabel *m_activeRuns;
    QProgressBar *m_progress;
};

} // namespace ld
