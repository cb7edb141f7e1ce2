// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/reading.h"
#include "results/runinfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace ld {

/**
 * A run's append-only journal, <runs folder>/<run id>/journal.ldj. Every finished job's
 * reading is appended before anyone else sees it: append() copies the whole record into a
 * shared mapping of the file before it returns. Those pages belong to the kernel's page cache,
 * so a killed process loses no reading whose append returned, without a syscall per reading.
 * fdatasync runs on a helper thread at most once a second while readings arrive, and at
 * close(), which bounds what a power cut can lose. See docs/results.md.
 */
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(ld::Journal)

public:
    /** An interrupted run: a journal without a closing record. */
    struct Interrupted
    {
        QString runId;
        QString journalPath;
        RunInfo info; ///< empty if even the header is damaged
        qint64 sizeBytes = 0;
    };

    /** `runsFolder` holds one folder per run; see defaultRunsFolder(). Opens nothing yet. */
    explicit Journal(QString runsFolder);
    /** Flushes and closes the file without a closing record: the run stays "interrupted". */
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    /**
     * Creates the run folder and the journal with its header; fails if the run exists. The
     * header is what the run starts with: its plan (RunInfo::plan), the cap and every
     * instrument's name, resource and identity.
     */
    bool open(const RunInfo &info);
    bool isOpen() const;

    /**
     * Appends one reading; thread-safe, callable from any thread. Returns once the record is
     * in the kernel's page cache (survives kill -9), false with errorString() if it is not
     * (e.g. the disk is full: space is reserved ahead, so that is an error, never a SIGBUS).
     */
    bool append(const Reading &reading);

    /**
     * Journals that the cap became `cap` now (stamped with both clocks), between the readings
     * appended before and after; thread-safe like append(). Readers find the changes in
     * JournalReader::capChanges().
     */
    bool appendCapChange(int cap);

    /** Forces the data to stable storage now (fdatasync); e.g. when the user stops a run. */
    bool sync();

    /** Writes the closing record, syncs and closes. Appends afterwards fail. */
    bool close(RunEnd::Outcome outcome = RunEnd::Outcome::Completed);

    quint64 appendedCount() const;
    QString errorString() const;
    QString journalPath() const;
    QString runsFolder() const { return m_runsFolder; }

    /** AppLocalDataLocation/runs: where the application keeps its runs. */
    static QString defaultRunsFolder();
    static QString journalPath(const QString &runsFolder, const QString &runId);
    /** A sortable, folder-safe id from the UTC start time, e.g. "20261127T083525.123Z-3f9a". */
    static QString newRunId(qint64 wallNs);
    static bool isValidRunId(const QString &runId);

    /** Where a run stands, as its journal tells. */
    enum class RunState {
        Running,   ///< a live process holds the journal open for writing
        Completed, ///< closed: every planned job reached a final state
        Stopped,   ///< closed: the user or a shutdown ended it early
        Recovered, ///< closed after the fact from an interrupted run
        /** Interrupted, then closed after the fact once its instruments got their safe state. */
        SafeStateApplied,
        Interrupted, ///< no closing record and no writer: a crash, a kill, a power cut
        Unreadable,  ///< missing or not a journal
    };
    /**
     * The state of the run journaled at `journalPath`. A writer holds an exclusive advisory
     * lock (flock) on its journal for as long as it is open; the kernel drops it when the
     * process dies in any way, so a live run is never mistaken for an interrupted one.
     */
    static RunState runState(const QString &journalPath);
    /** "running", "completed", ...: the stable word `labdispatch runs` prints. */
    static const char *runStateWord(RunState state);

    /** Runs under `runsFolder` whose journal has no closing record and no writer, oldest first. */
    static QList<Interrupted> findInterrupted(const QString &runsFolder);

    /**
     * Closes an interrupted run after the fact: cuts any torn tail (keeping every intact
     * record) and appends a closing record with Outcome::Recovered. Refuses a running one.
     */
    static bool closeInterrupted(const QString &journalPath, QString *error = nullptr);
    /**
     * The interrupted run's instruments were made safe (every one of them that has a safe
     * state): closes it as closeInterrupted() does, with Outcome::SafeStateApplied, so that
     * neither `labdispatch run`/`safe` nor the window offers its safe state again. The one
     * "handled" mark the command line and the window share. A run closed already is left as
     * it is (true).
     */
    static bool markSafeStateApplied(const QString &journalPath, QString *error = nullptr);

private:
    /** closeInterrupted() and markSafeStateApplied(): the closing record says which. */
    static bool closeAfterTheFact(const QString &journalPath, RunEnd::Outcome outcome,
                                  QString *error);
    bool writeRecord(const QByteArray &record);
    bool mapChunkAt(qint64 offset);
    void unmapChunk();
    void syncLoop();
    void stopSyncThread();

    const QString m_runsFolder;
    QString m_runId;
    mutable std::mutex m_mutex; // guards everything below and serialises writes
    QFile m_file;
    qint64 m_size = 0;      ///< bytes of records; the file is longer while open (reserved)
    uchar *m_map = nullptr; ///< the mapped chunk [m_mapStart, m_mapStart + chunk)
    qint64 m_mapStart = 0;
    quint64 m_count = 0;
    QString m_error;
    qint64 m_lastSyncMonoNs = 0;
    bool m_syncRequested = false;
    bool m_stopSync = false;
    std::condition_variable m_syncWake;
    std::thread m_syncThread;
};

} // namespace ld
