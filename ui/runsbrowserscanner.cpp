// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsbrowserscanner.h"

#include "plans/planfile.h"
#include "results/journalreader.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>

namespace ld {

RunsBrowserScanner::RunsBrowserScanner(QObject *parent)
    : QObject(parent)
{}

RunsBrowserScanner::~RunsBrowserScanner()
{
    cancel();
    m_future.waitForFinished();
}

void RunsBrowserScanner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
}

bool RunsBrowserScanner::isRunning() const
{
    return m_future.isRunning();
}

QList<RunsBrowserEntry> RunsBrowserScanner::list(const QString &runsFolder)
{
    QList<RunsBrowserEntry> entries;
    QStringList ids = QDir(runsFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // Run ids start with their UTC start time: newest first is reverse name order.
    std::reverse(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids)) {
        const QString path = Journal::journalPath(runsFolder, id);
        if (!QFileInfo(path).isFile())
            continue;
        RunsBrowserEntry e;
        e.runId = id;
        e.journalPath = path;
        e.state = Journal::runState(path);
        JournalReader reader(path);
        if (reader.open())
            e.info = reader.runInfo();
        if (!e.info.plan.isEmpty()) {
            const PlanFile::Result plan = PlanFile::parse(e.info.plan);
            e.hasPlan = plan.plan.has_value();
            if (plan.plan)
                e.planName = plan.plan->name;
        }
        entries.append(e);
    }
    return entries;
}

void RunsBrowserScanner::start(const QString &runsFolder)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = m_generation;
    const auto cancelled = m_cancel;
    // Results reach the UI thread as queued calls on this object (dropped if it is gone); a
    // scan that was cancelled or replaced is ignored there by its generation.
    auto post = [this, generation](std::function<void(RunsBrowserScanner *)> call) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, call = std::move(call)] {
                if (generation == m_generation)
                    call(this);
            },
            Qt::QueuedConnection);
    };
    m_future = QtConcurrent::run([runsFolder, cancelled, post] {
        const QList<RunsBrowserEntry> entries = list(runsFolder);
        if (cancelled->load())
            return;
        post([entries](RunsBrowserScanner *s) { Q_EMIT s->listed(entries); });
        for (const RunsBrowserEntry &e : entries) {
            if (cancelled->load())
                return;
            JournalReader reader(e.journalPath);
            if (!reader.open())
                continue;
            qint64 readings = 0, failed = 0;
            Reading r;
            while (reader.next(r)) {
                ++readings;
                failed += r->status != JobStatus::Succeeded ? 1 : 0;
                if ((readings & 4095) == 0 && cancelled->load())
                    return;
            }
            const QString runId = e.runId;
            post([runId, readings, failed](RunsBrowserScanner *s) {
                Q_EMIT s->counted(runId, readings, failed);
            });
        }
        post([](RunsBrowserScanner *s) { Q_EMIT s->finished(); });
    });
}

} // namespace ld
