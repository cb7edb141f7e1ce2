// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobspec.h"

#include <QString>
#include <QStringList>

#include <deque>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

namespace ld {

/** A job as admission sees it: who it is, how urgent, what it holds, until when it may wait. */
struct AdmissionRequest
{
    JobId id = 0;
    int priority = 0;
    /** Every key the job holds, distinct and non-empty; empty for a job that holds none. */
    QStringList keys;
    std::optional<MonoClock::time_point> deadline;
};

/**
 * The dispatcher's decisions, with no threads, locks, clocks or callables: which queued job
 * starts next. At most cap() jobs run at once, at most one per key; highest priority first,
 * FIFO (submission order) within a priority. A job with several keys starts only when every
 * one of them is free and it is the best queued job (the head) of each, and counts once
 * against the cap.
 *
 * The no-starvation rule: a key's queued jobs start in the one order (priority, then
 * submission), so a job is overtaken on a key only by jobs ahead of it in that order. A key
 * whose head cannot start yet (it waits for another of its keys) is reserved for it: later
 * jobs of that key wait, even while the key is idle.
 *
 * The caller tells it what happened (enqueue, finishRunning, cancel) and asks what to start
 * (admitNext); "now" is a parameter, so a test drives it deterministically. Not thread-safe:
 * the dispatcher calls it under its lock.
 */
class Admission
{
public:
    explicit Admission(int cap);

    /** Raising lets admitNext() start more at once; lowering starts nothing until fewer run. */
    void setCap(int cap) { m_cap = cap; }
    int cap() const { return m_cap; }
    /** While paused, admitNext() starts nothing; running jobs are not affected. */
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }

    /** Queues a job behind every job already queued at its priority. Ids must be unique. */
    void enqueue(const AdmissionRequest &request);
    /**
     * Admits the best job allowed to start now and counts it as running (its keys busy), or
     * returns nothing. Queued jobs met on the way whose deadline is at or before `now` are
     * removed and appended to `expired`.
     */
    std::optional<JobId> admitNext(MonoClock::time_point now, std::vector<JobId> &expired);
    /** A running job ended: its slot and its keys are free again. */
    void finishRunning(JobId id);
    /** Removes a queued job. False if `id` is not queued. */
    bool cancelQueued(JobId id);
    /**
     * Removes every queued job that holds `key` (as any of its keys) and returns them; `running`
     * gets the running job that holds it, or 0.
     */
    std::vector<JobId> cancelKey(const QString &key, JobId *running);
    /** Removes every queued job and returns them, best first. */
    std::vector<JobId> cancelAllQueued();
    /** Removes the queued jobs whose deadline is at or before `now` and returns them. */
    std::vector<JobId> expire(MonoClock::time_point now);
    /** The earliest deadline of a queued job: when expire() next has work. */
    std::optional<MonoClock::time_point> nextDeadline() const;

    int queuedCount() const { return m_queued; }
    int runningCount() const { return m_running; }
    bool isQueued(JobId id) const;
    bool isRunning(JobId id) const;
    /** Running jobs, by id. */
    std::vector<JobId> runningJobs() const;
    /** Keys held by a running job, sorted. */
    QStringList busyKeys() const;

private:
    struct Key;
    enum class State { Queued, Running };
    /** Higher priority first, then older (smaller sequence) first. */
    struct Order
    {
        int priority = 0;
        quint64 seq = 0;
        bool operator<(const Order &o) const
        {
            return priority != o.priority ? priority > o.priority : seq < o.seq;
        }
    };
    struct Entry
    {
        Order order;
        State state = State::Queued;
        std::vector<Key *> keys; ///< keys[0] puts a job with several keys forward
        std::multimap<MonoClock::time_point, JobId>::iterator deadline;
        bool hasDeadline = false;
    };
    /** Queued ids by priority, FIFO; ids no longer queued are skipped when met at the front. */
    using Levels = std::map<int, std::deque<JobId>, std::greater<int>>;
    /**
     * A key's jobs. Only a free key's head competes in the global order, with its own order,
     * so a busy key blocks nothing else and a key that frees up keeps its place.
     */
    struct Key
    {
        QString name;
        JobId running = 0; ///< the job holding it; 0 while free
        Levels waiting;
        JobId head = 0; ///< the best queued job, kept current; 0 while busy
        bool inReady = false;
        Order readyOrder;
    };

    Entry *queuedEntry(JobId id);
    /** The first queued id of `levels`, dropping the ids in front of it that left. */
    JobId frontOf(Levels &levels);
    Key *keyNamed(const QString &name);
    void refreshKey(Key *key);
    /** Re-decides whether a job with several keys competes, after one of its keys changed. */
    void refreshAnchor(JobId id);
    bool admissible(JobId id, const Entry &entry) const;
    void setReady(Key *key, JobId id, const Entry *entry);
    /** Lets each key's next job compete, then forgets the keys nothing uses any more. */
    void refreshAndDrop(const std::vector<Key *> &keys);
    /** Takes a queued job out of the queue (not the entry): its keys' next jobs compete. */
    void leaveQueue(JobId id, Entry &entry);

    int m_cap;
    bool m_paused = false;
    int m_queued = 0;
    int m_running = 0;
    quint64 m_nextSeq = 0;
    std::unordered_map<JobId, Entry> m_entries; ///< queued and running jobs
    Levels m_unkeyed;
    std::unordered_map<QString, Key> m_keys;
    std::set<std::pair<Order, Key *>> m_ready; ///< free keys whose head may start
    std::multimap<MonoClock::time_point, JobId> m_deadlines;
};

} // namespace ld
