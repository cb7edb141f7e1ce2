// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace ld {

/**
 * A few event-loop threads shared by all instruments. I/O is event-driven, so one thread
 * serves many sessions: 256 instruments cost threadCount() threads, not 256. Objects are placed
 * on the least-loaded thread (ties to the lowest index), which spreads them round-robin when
 * they come and go in order. Thread-safe.
 */
class IoThreadPool
{
public:
    /** min(4, QThread::idealThreadCount()), at least 1: I/O threads mostly wait, so a few do. */
    static int defaultThreadCount();

    explicit IoThreadPool(int threadCount = defaultThreadCount(),
                          const QString &name = QStringLiteral("ld-io"));
    /** shutdown() with its default bound. */
    ~IoThreadPool();

    IoThreadPool(const IoThreadPool &) = delete;
    IoThreadPool &operator=(const IoThreadPool &) = delete;

    int threadCount() const { return int(m_threads.size()); }
    QThread *thread(int index) const;

    /** Picks the least-loaded thread and counts one more object on it; pair with release(). */
    QThread *acquire();
    /** Counts one more object on `thread`, one of ours: for objects that must share it. */
    QThread *acquire(QThread *thread);
    /** One object fewer on `thread`. */
    void release(QThread *thread);
    int load(int index) const;

    /**
     * Stops every thread's event loop and waits up to `bound` for each; never terminates a
     * thread. Objects still living on the threads must be deleted before (their thread's
     * event loop runs their deleteLater() only while it runs). True if all threads ended.
     */
    bool shutdown(std::chrono::milliseconds bound = std::chrono::milliseconds(5000));

private:
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<int> m_load;
    mutable std::mutex m_mutex;
};

} // namespace ld
