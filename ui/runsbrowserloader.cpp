// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsbrowserloader.h"

#include "results/journalreader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ld {

namespace {
Reading shifted(const Reading &reading, qint64 shiftNs)
{
    Reading::Fields f = reading.fields();
    for (qint64 *t : {&f.submittedWallNs, &f.startedWallNs, &f.completedWallNs})
        if (*t > 0)
            *t += shiftNs;
    return Reading(std::move(f));
}
} // namespace

RunsBrowserLoader::RunsBrowserLoader(QObject *parent)
    : QObject(parent)
{}

RunsBrowserLoader::~RunsBrowserLoader()
{
    cancel();
    m_future.waitForFinished();
}

void RunsBrowserLoader::cancel()
{
    m_running = false;
    if (!m_state)
        return;
    m_state->cancelled.store(true);
    // Wakes a reader waiting for room; it sees the flag and stops.
    m_state->room.release(kBatchesInFlight);
}

bool RunsBrowserLoader::start(const QString &journalPath, qint64 shiftNs)
{
    if (m_running)
        return false;
    m_future.waitForFinished(); // a cancelled load's thread: already on its way out
    m_running = true;
    m_state = std::make_shared<State>();
    const auto state = m_state;
    // Each batch is a queued call on this object; the reader waits for room before it reads
    // more, and the UI thread makes room once it has handed a batch on.
    auto deliver = [this, state](QList<Reading> batch) {
        QMetaObject::invokeMethod(
            this,
            [this, state, batch = std::move(batch)] {
                if (state->cancelled.load())
                    return;
                Q_EMIT batchReady(batch);
                state->room.release();
            },
            Qt::QueuedConnection);
    };
    auto done = [this, state](qint64 count, QString error) {
        QMetaObject::invokeMethod(
            this,
            [this, state, count, error] {
                if (state != m_state)
                    return;
                m_running = false;
                Q_EMIT finished(count, error);
            },
            Qt::QueuedConnection);
    };
    m_future = QtConcurrent::run([journalPath, shiftNs, state, deliver, done] {
        JournalReader reader(journalPath);
        if (!reader.open()) {
            done(0, reader.errorString());
            return;
        }
        qint64 count = 0;
        QList<Reading> batch;
        batch.reserve(kBatch);
        Reading r;
        auto flush = [&] {
            state->room.acquire();
            if (state->cancelled.load())
                return false;
            count += batch.size();
            deliver(std::move(batch));
            batch = {};
            batch.reserve(kBatch);
            return true;
        };
        while (reader.next(r)) {
            batch.append(shiftNs != 0 ? shifted(r, shiftNs) : r);
            if (batch.size() >= kBatch && !flush())
                return;
        }
        if (!batch.isEmpty() && !flush())
            return;
        done(count, QString());
    });
    return true;
}

} // namespace ld
