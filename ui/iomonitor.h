// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/traceevent.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <deque>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ld {

class Bench;

/**
 * The I/O monitor: the live traffic of the instruments it watches (the window's selection),
 * a line per event in the transcript format (docs/tracing.md): time, instrument, direction,
 * bytes with control characters escaped, or in hex. Recording is switched on per instrument
 * with its Record box. It fetches what the rings recorded and draws on a tick (10 Hz), at most
 * kLinesPerTick lines a tick, never once per event; it keeps the last kHistory events, which
 * Save writes as a transcript. Filter, Pause and Copy work on what it shows.
 */
class IoMonitor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTickMs = 100;
    static constexpr int kLinesPerTick = 500;
    static constexpr qsizetype kHistory = 5000;

    explicit IoMonitor(Bench *bench, QWidget *parent = nullptr);

    /** The instruments to watch (the window's selection). */
    /** The names the "Watching:" line spells out; the rest it counts (all are in its tooltip). */
    static constexpr int kNamesShown = 3;

    void setInstruments(const QStringList &names);
    QStringList instruments() const { return m_names; }

    QCheckBox *recordBox() const { return m_record; }
    QCheckBox *hexBox() const { return m_hex; }
    QCheckBox *pauseBox() const { return m_pause; }
    QLineEdit *filterLine() const { return m_filter; }
    QPlainTextEdit *view() const { return m_view; }
    /** The events kept, oldest first (what Save writes). */
    QList<TraceEvent> history() const;
    /** Writes the history to `path` as a transcript; false with `error`. */
    bool save(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onTick();
    void onFetched(const QString &name, const QList<ld::TraceEvent> &events, qint64 next);
    void redraw();
    QString render(const TraceEvent &event) const;
    bool accepts(const QString &line) const;
    void updateRecordBox();
    void setRecording(bool on);
    void copy();
    void saveAs();
    void retranslate();

    Bench *m_bench;
    QStringList m_names;
    QHash<QString, qint64> m_cursors; ///< per instrument: the next ring sequence to fetch
    QHash<QString, bool> m_fetching;  ///< a fetch is on its way: ask again only after it
    std::deque<TraceEvent> m_history;
    std::deque<QString> m_pending; ///< rendered, not yet drawn
    qint64 m_originNs = -1;        ///< monotonic: the first event shown
    QTimer *m_tick;
    QLabel *m_watching;
    QCheckBox *m_record;
    QCheckBox *m_hex;
    QCheckBox *m_pause;
    QLineEdit *m_filter;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPlainTextEdit *m_view;
};

} // namespace ld
