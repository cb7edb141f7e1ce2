// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <deque>
#include <memory>

class QLockFile;

namespace ld {

/**
 * A node's memory of the job ids it has seen, so a job delivered again is never run again:
 * the answers of the last `capacity` finished jobs, and the ids accepted but not finished.
 *
 * With a state folder it survives restarts. The file (`jobs.jsonl`) is append-only JSON Lines:
 * a header, then `{"accepted": id}` written before a job runs and `{"finished": id, "answer":
 * {...}}` written before its answer is sent, so a node killed at any point neither reruns a job
 * nor loses an answer it gave. Records reach the kernel at once (a killed process loses none);
 * fdatasync is coalesced to at most one a second, off the caller's thread. When the file holds
 * about twice what is remembered it is rewritten atomically (QSaveFile). A lock file keeps a
 * second node off the same folder.
 */
class JobMemory
{
    Q_DECLARE_TR_FUNCTIONS(ld::JobMemory)

public:
    explicit JobMemory(int capacity = 4096);
    ~JobMemory();
    JobMemory(const JobMemory &) = delete;
    JobMemory &operator=(const JobMemory &) = delete;

    /**
     * Uses `directory` (created if missing) and reads what it remembers. False with `error` when
     * the folder cannot be used (not writable, locked by another node). A corrupt file is not an
     * error: it is moved aside, `warning` says so, and the memory starts empty.
     */
    bool open(const QString &directory, QString *error, QString *warning);
    bool isPersistent() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }

    /** The stored answer of a finished job, or null. */
    QByteArray answer(const QString &jobId) const { return m_answers.value(jobId); }
    bool isFinished(const QString &jobId) const { return m_answers.contains(jobId); }
    /** Ids the previous run accepted but never finished (read by open()). */
    QStringList interrupted() const { return m_interrupted; }
    int finishedCount() const { return int(m_order.size()); }

    /** Records that `jobId` is about to run. False (with errorString()) if it cannot be saved. */
    bool accepted(const QString &jobId);
    /** Remembers `answer` (a compact JSON object) for `jobId`; forgets the oldest past capacity. */
    bool finished(const QString &jobId, const QByteArray &answer);

    QString errorString() const { return m_error; }

    static QString stateFileName();

private:
    bool load(QString *warning);
    bool append(const QByteArray &record);
    bool compact();
    bool reopenForAppend();
    void syncSoon();
    void syncInBackground();

    int m_capacity;
    QHash<QString, QByteArray> m_answers;
    std::deque<QString> m_order; ///< finished ids, oldest first
    QSet<QString> m_open;        ///< accepted, not finished (this run and interrupted ones)
    QStringList m_interrupted;
    QString m_directory;
    QFile m_file;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_records = 0;
    QTimer m_syncTimer;
    std::shared_ptr<std::atomic<bool>> m_syncRunning = std::make_shared<std::atomic<bool>>(false);
    QString m_error;
};

} // namespace ld
