// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/instrumentconfig.h"
#include "plans/runrequest.h"
#include "results/reading.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ld {

/**
 * A SCPI console for one instrument: a command line with a history (Up and Down), Query and
 * Write, and a transcript of each command and its whole reply with the time. It runs nothing
 * itself: a command becomes a run of the profile's free-form `query` or `write` operation
 * (see DriverProfile::rawScpi), asked for through runRequested(), and its reply is matched
 * from the readings the window hands to addReading().
 */
class ScpiConsole : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kHistorySize = 100;
    static constexpr int kTranscriptLines = 5000;

    explicit ScpiConsole(QWidget *parent = nullptr);

    /**
     * The instrument commands go to (empty: none), and which of the free-form operations its
     * profile allows. Without one, the console says why and its buttons are off.
     */
    void setInstrument(const QString &name, bool canQuery, bool canWrite);
    QString instrument() const { return m_instrument; }
    /**
     * Tells the console whether the run it asked for started. A started command waits for
     * its reading; a refused one is written to the transcript with `why`.
     */
    void runStarted(bool started, const QString &why = {});
    /** Shows the reply when `reading` is one of the commands sent from here. */
    void addReading(const Reading &reading);

    QLineEdit *commandLine() const { return m_line; }
    QPushButton *queryButton() const { return m_query; }
    QPushButton *writeButton() const { return m_write; }
    QPlainTextEdit *transcript() const { return m_transcript; }
    QStringList history() const { return m_history; }
    /** Commands sent and still waiting for their reply. */
    int waiting() const { return int(m_pending.size()); }

Q_SIGNALS:
    /** Run this (the free-form operation once, on the instrument set here). */
    void runRequested(const RunRequest &request);
    /** A line for the log: a reply or a failure, the command with it. */
    void logged(const BenchEvent &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void send(const QString &operation);
    void recall(int step);
    void updateButtons();
    void retranslate();
    void append(qint64 wallNs, const QString &instrument, const QString &marker,
                const QString &text);

    /** A command sent from here whose reading has not come yet. */
    struct Pending
    {
        QString instrument;
        QString operation;
        QString command;
    };

    QString m_instrument;
    bool m_canQuery = false;
    bool m_canWrite = false;
    QLabel *m_target;
    QLineEdit *m_line;
    QPushButton *m_query;
    QPushButton *m_write;
    QPlainTextEdit *m_transcript;
    QStringList m_history;
    int m_historyAt = 0; ///< m_history.size(): the line being typed
    QString m_typed;     ///< what was typed before Up was pressed
    QList<Pending> m_pending;
    std::optional<Pending> m_asking; ///< the command whose run is being started
};

} // namespace ld
