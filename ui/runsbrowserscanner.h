// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runsbrowsermodel.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace ld {

/**
 * Lists the runs of a runs folder and counts each one's readings, on a pool thread: the
 * headers and states first (listed()), then each run's readings and failures, streamed
 * through JournalReader in bounded memory, newest run first (counted()). The UI thread only
 * receives the results; a large journal never freezes it.
 */
class RunsBrowserScanner : public QObject
{
    Q_OBJECT
public:
    explicit RunsBrowserScanner(QObject *parent = nullptr);
    /** Cancels a scan going on and waits for its thread to notice. */
    ~RunsBrowserScanner() override;

    /** Starts a scan of `runsFolder`, cancelling the one going on (its results are dropped). */
    void start(const QString &runsFolder);
    void cancel();
    bool isRunning() const;

    /** The runs of `runsFolder`, newest first, with header and state but no counts. Blocking. */
    static QList<RunsBrowserEntry> list(const QString &runsFolder);

Q_SIGNALS:
    void listed(const QList<ld::RunsBrowserEntry> &entries);
    void counted(const QString &runId, qint64 readings, qint64 failed);
    void finished();

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<void> m_future;
    quint64 m_generation = 0;
};

} // namespace ld
