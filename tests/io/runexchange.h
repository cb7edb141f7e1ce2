// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/scpisession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace ld::test {

/**
 * Runs `request` on `session` and waits for its reply; a reply that never comes (only when
 * the code under test is broken) ends as Cancelled after `safetyMs`.
 */
inline ScpiReply runExchange(ScpiSession &session, const ScpiRequest &request, int safetyMs = 10000)
{
    std::optional<ScpiReply> out;
    session.exchange(request, [&out](const ScpiReply &reply) { out = reply; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, safetyMs)) {
        ScpiReply none;
        none.status = ScpiReply::Status::Cancelled;
        none.message = QStringLiteral("test safety net: no callback");
        return none;
    }
    return *out;
}

/**
 * A session on `transport` with `options`, opened; null when it did not open within
 * `safetyMs`.
 */
inline std::unique_ptr<ScpiSession> openSession(std::unique_ptr<Transport> transport,
                                                const ScpiSession::Options &options,
                                                int safetyMs = 10000)
{
    auto session = std::make_unique<ScpiSession>(std::move(transport));
    session->setOptions(options);
    QSignalSpy opened(session.get(), &ScpiSession::opened);
    session->open();
    if (!opened.wait(safetyMs))
        return nullptr;
    return session;
}

} // namespace ld::test
