// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/scpierror.h"
#include "scheduler/failurekind.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ld {

/**
 * The outcome of one ScpiRequest, an immutable value once delivered. `responses` has one entry
 * per step in order (empty for write steps; the payload without header for blocks), filled up
 * to the step that failed.
 */
struct ScpiReply
{
    enum class Status {
        Ok,
        Timeout,       ///< a step got no complete reply in its time
        ProtocolError, ///< garbage, oversize reply, malformed block
        Disconnected,  ///< transport not open, or lost during the exchange
        Cancelled      ///< cancel() or the session went away
    };

    quint64 id = 0;
    Status status = Status::Ok;
    QString message; // empty when Ok; otherwise says what, where and which command
    /** Which kind of failure, decided where it happened; None when Ok or Cancelled. */
    FailureKind failure = FailureKind::None;
    int failedStep = -1; // index into the request's steps, -1 if none (or in the drain)
    QList<QByteArray> responses;
    QList<ScpiError> errors;          // from the error-queue drain
    bool errorQueueTruncated = false; // the drain stopped at its bound before "No error"

    bool ok() const { return status == Status::Ok; }
    QByteArray response(int step = 0) const { return responses.value(step); }
    /** A step's response as DeviceText::decode() reads it, trimmed. */
    QString text(int step = 0) const;
    static QString statusName(Status status);
};

} // namespace ld
