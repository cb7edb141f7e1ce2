// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/journal.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QPushButton;

namespace ld {

/**
 * A bar at the top of the window that offers runs a crash or a kill left without a closing
 * record: export one to CSV, apply the safe state to its instruments (a crash may have left an
 * output live), close them all (their readings stay), or decide later. A bar,
 * not a modal dialog, so the bench starts working at once and the offer waits for the user.
 */
class InterruptedRunsBanner : public QFrame
{
    Q_OBJECT
public:
    explicit InterruptedRunsBanner(QWidget *parent = nullptr);

    /**
     * Looks for interrupted runs in `runsFolder` (again) and offers them; an empty folder
     * offers nothing. Close Runs closes those of this folder.
     */
    void findRuns(const QString &runsFolder);
    /** Shows the bar for `runs`, or hides it when there are none. */
    void setRuns(const QList<Journal::Interrupted> &runs);
    QList<Journal::Interrupted> runs() const { return m_runs; }
    /** The run chosen in the list (for Export CSV), or -1. */
    int currentIndex() const;

    QLabel *textLabel() const { return m_text; }
    QComboBox *runCombo() const { return m_combo; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *safeStateButton() const { return m_safe; }
    QPushButton *closeRunsButton() const { return m_close; }
    QPushButton *laterButton() const { return m_later; }

Q_SIGNALS:
    void exportRequested(const ld::Journal::Interrupted &run);
    /** The chosen run's instruments should get their safe state. */
    void safeStateRequested(const ld::Journal::Interrupted &run);
    /** A run could not be closed: one line for the log. */
    void problem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    /** Sets every text, the runs' too (dates follow the locale); again on LanguageChange. */
    void retranslateUi();
    void closeRuns();

    QLabel *m_text;
    QComboBox *m_combo;
    QPushButton *m_export;
    QPushButton *m_safe;
    QPushButton *m_close;
    QPushButton *m_later;
    QList<Journal::Interrupted> m_runs;
    QString m_folder;
};

} // namespace ld
