// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission.h"

#include <algorithm>

namespace ld {

Admission::Admission(int cap)
    : m_cap(cap)
{}

void Admission::enqueue(const AdmissionRequest &request)
{
    Entry entry;
    entry.order = Order{request.priority, m_nextSeq++};
    for (const QString &name : request.keys) {
        if (name.isEmpty())
            continue;
        Key *key = keyNamed(name);
        if (std::find(entry.keys.begin(), entry.keys.end(), key) == entry.keys.end())
            entry.keys.push_back(key);
    }
    auto [it, inserted] = m_entries.emplace(request.id, std::move(entry));
    Q_ASSERT(inserted);
    Entry &e = it->second;
    ++m_queued;
    if (request.deadline) {
        e.deadline = m_deadlines.emplace(*request.deadline, request.id);
        e.hasDeadline = true;
    }
    if (e.keys.empty()) {
        m_unkeyed[request.priority].push_back(request.id);
        return;
    }
    for (Key *key : e.keys)
        key->waiting[request.priority].push_back(request.id);
    // The first key last: by then the others know whether the job is their head.
    for (size_t i = 1; i < e.keys.size(); ++i)
        refreshKey(e.keys[i]);
    refreshKey(e.keys.front());
}

std::optional<JobId> Admission::admitNext(MonoClock::time_point now, std::vector<JobId> &expired)
{
    if (m_paused || m_running >= m_cap)
        return std::nullopt;
    auto popFront = [this](Levels &levels, JobId id) {
        [[maybe_unused]] const JobId front = frontOf(levels);
        Q_ASSERT(front == id);
        auto level = levels.begin();
        level->second.pop_front();
        if (level->second.empty())
            levels.erase(level);
    };
    for (;;) {
        const JobId unkeyed = frontOf(m_unkeyed);
        if (!unkeyed && m_ready.empty())
            return std::nullopt;
        const bool takeKeyed =
            !m_ready.empty() && (!unkeyed || m_ready.begin()->first < m_entries.at(unkeyed).order);
        JobId id = unkeyed;
        if (takeKeyed) {
            Key *key = m_ready.begin()->second;
            m_ready.erase(m_ready.begin());
            key->inReady = false;
            id = key->head;
            // It is the head, so the front, of each of its keys' queues.
            for (Key *k : m_entries.at(id).keys)
                popFront(k->waiting, id);
        } else {
            popFront(m_unkeyed, id);
        }
        Entry &entry = m_entries.at(id);
        if (entry.hasDeadline && entry.deadline->first <= now) {
            expired.push_back(id);
            leaveQueue(id, entry);
            continue;
        }
        entry.state = State::Running;
        --m_queued;
        ++m_running;
        if (entry.hasDeadline) {
            m_deadlines.erase(entry.deadline);
            entry.hasDeadline = false;
        }
        for (Key *k : entry.keys) {
            // Only the first key had a ready entry, taken above.
            Q_ASSERT(!k->inReady);
            k->running = id;
            k->head = 0;
        }
        return id;
    }
}

void Admission::finishRunning(JobId id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second.state != State::Running) {
        Q_ASSERT(false);
        return;
    }
    --m_running;
    // Free every key before refreshing any: a queued job that needs two of them then sees both
    // free on the first refresh that looks at it.
    const std::vector<Key *> keys = std::move(it->second.keys);
    for (Key *key : keys)
        key->running = 0;
    m_entries.erase(it);
    refreshAndDrop(keys);
}

bool Admission::cancelQueued(JobId id)
{
    Entry *entry = queuedEntry(id);
    if (!entry)
        return false;
    leaveQueue(id, *entry);
    return true;
}

std::vector<JobId> Admission::cancelKey(const QString &name, JobId *running)
{
    *running = 0;
    auto it = m_keys.find(name);
    if (it == m_keys.end())
        return {};
    Key *key = &it->second;
    *running = key->running;
    std::vector<JobId> ids;
    // Jobs that hold this key beside others also wait in those keys' queues, whose next jobs
    // may now compete.
    std::vector<Key *> touched{key};
    for (auto &[priority, queue] : key->waiting) {
        Q_UNUSED(priority);
        for (JobId id : queue) {
            Entry *entry = queuedEntry(id);
            if (!entry)
                continue;
            ids.push_back(id);
            touched.insert(touched.end(), entry->keys.begin(), entry->keys.end());
            --m_queued;
            if (entry->hasDeadline)
                m_deadlines.erase(entry->deadline);
            m_entries.erase(id);
        }
    }
    key->waiting.clear();
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    refreshAndDrop(touched);
    return ids;
}

std::vector<JobId> Admission::cancelAllQueued()
{
    std::vector<std::pair<Order, JobId>> queued;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->second.state != State::Queued) {
            ++it;
            continue;
        }
        queued.emplace_back(it->second.order, it->first);
        it = m_entries.erase(it);
    }
    std::sort(queued.begin(), queued.end());
    m_queued = 0;
    m_deadlines.clear(); // only queued jobs have one
    m_unkeyed.clear();
    m_ready.clear();
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        if (!it->second.running) {
            it = m_keys.erase(it);
            continue;
        }
        it->second.waiting.clear();
        it->second.head = 0;
        it->second.inReady = false;
        ++it;
    }
    std::vector<JobId> ids;
    ids.reserve(queued.size());
    for (const auto &[order, id] : queued)
        ids.push_back(id);
    return ids;
}

std::vector<JobId> Admission::expire(MonoClock::time_point now)
{
    std::vector<JobId> ids;
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const JobId id = m_deadlines.begin()->second;
        Entry *entry = queuedEntry(id);
        Q_ASSERT(entry);
        ids.push_back(id);
        leaveQueue(id, *entry);
    }
    return ids;
}

std::optional<MonoClock::time_point> Admission::nextDeadline() const
{
    if (m_deadlines.empty())
        return std::nullopt;
    return m_deadlines.begin()->first;
}

bool Admission::isQueued(JobId id) const
{
    auto it = m_entries.find(id);
    return it != m_entries.end() && it->second.state == State::Queued;
}

bool Admission::isRunning(JobId id) const
{
    auto it = m_entries.find(id);
    return it != m_entries.end() && it->second.state == State::Running;
}

std::vector<JobId> Admission::runningJobs() const
{
    std::vector<JobId> ids;
    for (const auto &[id, entry] : m_entries)
        if (entry.state == State::Running)
            ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList Admission::busyKeys() const
{
    QStringList names;
    for (const auto &[name, key] : m_keys)
        if (key.running)
            names.append(name);
    names.sort();
    return names;
}

Admission::Entry *Admission::queuedEntry(JobId id)
{
    auto it = m_entries.find(id);
    return it != m_entries.end() && it->second.state == State::Queued ? &it->second : nullptr;
}

JobId Admission::frontOf(Levels &levels)
{
    for (auto it = levels.begin(); it != levels.end();) {
        auto &queue = it->second;
        while (!queue.empty() && !queuedEntry(queue.front()))
            queue.pop_front();
        if (!queue.empty())
            return queue.front();
        it = levels.erase(it);
    }
    return 0;
}

Admission::Key *Admission::keyNamed(const QString &name)
{
    auto it = m_keys.find(name);
    if (it == m_keys.end()) {
        it = m_keys.emplace(name, Key{}).first;
        it->second.name = name;
    }
    return &it->second;
}

void Admission::refreshKey(Key *key)
{
    // A job with several keys that was this key's head competes through its first key; if it
    // stops being this key's head, that key must hear of it.
    JobId old = key->head;
    if (const Entry *e = old ? queuedEntry(old) : nullptr;
        !e || e->keys.size() == 1 || e->keys.front() == key)
        old = 0;
    // The key's best live job competes in the global order with its own sequence number, so a
    // key that was busy keeps its place and is not starved. Nothing starts on a busy key.
    JobId best = frontOf(key->waiting);
    if (key->running)
        best = 0;
    key->head = best;
    JobId ready = best;
    const Entry *entry = best ? queuedEntry(best) : nullptr;
    if (entry && entry->keys.size() > 1) {
        // Reserved for a job with several keys: only its first key may put it forward, and only
        // once it is the head of every one of its keys (all free, then).
        if (entry->keys.front() == key) {
            if (!admissible(best, *entry))
                ready = 0;
        } else {
            ready = 0;
            refreshAnchor(best);
        }
    }
    setReady(key, ready, entry);
    if (old && old != best)
        refreshAnchor(old);
}

void Admission::refreshAnchor(JobId id)
{
    const Entry *entry = queuedEntry(id);
    if (!entry)
        return;
    Key *first = entry->keys.front();
    if (first->head == id)
        setReady(first, admissible(id, *entry) ? id : 0, entry);
}

bool Admission::admissible(JobId id, const Entry &entry) const
{
    // A busy key has no head, so "the head of every key" implies "every key free".
    return std::all_of(entry.keys.begin(), entry.keys.end(),
                       [id](const Key *key) { return key->head == id; });
}

void Admission::setReady(Key *key, JobId id, const Entry *entry)
{
    if (key->inReady && (!id || entry->order.seq != key->readyOrder.seq)) {
        m_ready.erase({key->readyOrder, key});
        key->inReady = false;
    }
    if (id && !key->inReady) {
        key->readyOrder = entry->order;
        m_ready.insert({key->readyOrder, key});
        key->inReady = true;
    }
}

void Admission::refreshAndDrop(const std::vector<Key *> &keys)
{
    for (Key *key : keys)
        refreshKey(key);
    for (Key *key : keys) {
        if (key->running || !key->waiting.empty() || key->inReady)
            continue;
        const QString name = key->name; // erase() must not read a key it is destroying
        m_keys.erase(name);
    }
}

void Admission::leaveQueue(JobId id, Entry &entry)
{
    --m_queued;
    if (entry.hasDeadline)
        m_deadlines.erase(entry.deadline);
    const std::vector<Key *> keys = std::move(entry.keys);
    m_entries.erase(id);
    if (!keys.empty())
        refreshAndDrop(keys);
}

} // namespace ld
