// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/scpisession.h"

#include <QTest>

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

} // namespace ld::test
