// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QObject>
#include <QStringList>

class QTimer;

namespace ld {

class RunEngine;
class RunTarget;

/**
 * One "all outputs off": the safe state for some instruments at once, ahead of every queued
 * job (RunEngine::allOutputsOff), and a report when each has answered or a bounded wait is
 * over, so whoever waits on it (quitting) never waits forever. Deletes itself after
 * finished().
 */
class OutputsOff : public QObject
{
    Q_OBJECT
public:
    /** How long finished() waits for instruments that have not answered. */
    static constexpr int kDefaultWaitMs = 10'000;

    explicit OutputsOff(RunEngine *engine, QObject *parent = nullptr);

    /** Of `names`, those whose profile (as their target knows it) has a safe state. */
    static QStringList withSafeState(const RunEngine *engine, const QStringList &names);

    /**
     * Applies the safe state to `names` now. finished() comes once every one reported (at
     * once when `names` is empty) or `waitMs` passed.
     */
    void start(const QStringList &names, int waitMs = kDefaultWaitMs);

    /** The instruments start() was given. */
    QStringList instruments() const { return m_names; }
    /** When start() was called: UTC ns since the epoch, and ld::monotonicNowNs(). */
    qint64 startedWallNs() const { return m_startedWallNs; }
    qint64 startedMonoNs() const { return m_startedMonoNs; }
    /** Per instrument: the engine's words for how its safe state went. */
    QMap<QString, QString> results() const { return m_results; }
    QStringList failed() const { return m_failed; }
    /** Instruments that had not answered when the wait ran out. */
    QStringList unanswered() const { return m_pending; }

Q_SIGNALS:
    void finished();

private:
    void report(const QString &instrument, bool ok, const QString &text);
    void finish();

    RunEngine *m_engine;
    QTimer *m_timer;
    QStringList m_names;
    qint64 m_startedWallNs = 0;
    qint64 m_startedMonoNs = 0;
    QStringList m_pending;
    QStringList m_failed;
    QMap<QString, QString> m_results;
    bool m_done = false;
};

} // namespace ld
