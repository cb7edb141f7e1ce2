// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/reading.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QSemaphore>

#include <atomic>
#include <memory>

namespace ld {

/**
 * Reads a journal's readings on a pool thread and hands them to the UI thread in batches
 * (batchReady()), at most kBatchesInFlight batches ahead of what the UI thread has taken: a
 * journal of any size is opened in bounded memory and without freezing the window.
 */
class RunsBrowserLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatch = 2000;
    static constexpr int kBatchesInFlight = 4;

    explicit RunsBrowserLoader(QObject *parent = nullptr);
    /** Cancels a load going on and waits for its thread. */
    ~RunsBrowserLoader() override;

    /**
     * Starts reading `journalPath`; false if a load is going on. Every wall time of the
     * readings is moved by `shiftNs` (runs overlaid start together).
     */
    bool start(const QString &journalPath, qint64 shiftNs = 0);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void batchReady(const QList<ld::Reading> &readings);
    /** The load ended: `readings` handed over, `error` empty unless the journal did not open. */
    void finished(qint64 readings, const QString &error);

private:
    struct State
    {
        QSemaphore room{kBatchesInFlight};
        std::atomic<bool> cancelled{false};
    };
    std::shared_ptr<State> m_state;
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace ld
