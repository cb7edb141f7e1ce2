// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace ld {

/**
 * "Post once until drained": producers on any thread push into a queue of their own, then
 * call request(); one queued call of `drain` reaches the receiver's thread however many
 * requests came meanwhile. The flag is cleared just before `drain` runs, so whatever a
 * producer pushes before that is drained by it, and whatever comes after posts a new call.
 *
 * Held by std::shared_ptr by everyone who may request (job completions may outlive the
 * receiver). The receiver calls detach() in its destructor, on its own thread: requests after
 * that post nothing, and a call already posted is dropped by Qt with its receiver.
 */
class PostOnce
{
public:
    PostOnce(QObject *receiver, std::function<void()> drain);
    PostOnce(const PostOnce &) = delete;
    PostOnce &operator=(const PostOnce &) = delete;

    static std::shared_ptr<PostOnce> create(QObject *receiver, std::function<void()> drain)
    {
        return std::make_shared<PostOnce>(receiver, std::move(drain));
    }

    /** Any thread: posts one call of the drain unless one is pending. */
    void request();
    /** The receiver's thread, before it dies. */
    void detach();

private:
    std::mutex m_mutex;
    QObject *m_receiver; // read under m_mutex, only to post to it
    std::function<void()> m_drain;
    std::atomic<bool> m_pending{false};
};

} // namespace ld
