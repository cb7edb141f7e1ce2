// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ld {

/**
 * Why a job did not succeed, decided where the error is made (the SCPI session, the
 * transports, the instrument link), so nobody has to read it back out of the English message.
 * None for a success, a cancel, a refusal and for readings journaled before kinds existed.
 */
enum class FailureKind : quint8 {
    None,
    NoReply,      ///< nothing came back within the timeout
    PartialReply, ///< bytes came, but no complete reply within the timeout
    LinkLost,     ///< the link closed or hung up during the exchange
    LinkDown,     ///< the link was not open and did not come back (could not open, wrong device)
    Garbled,      ///< a reply came that could not be read as what was asked
    DeviceError,  ///< the instrument reported an error (its error queue)
    Protocol,     ///< the framing or the bus protocol broke (oversize reply, bad block, VXI-11)
    Other,        ///< a failure of none of the kinds above
};

/** Stable lower-case identifier ("no-reply", "link-lost", ...; "none") for journal, CSV, CLI. */
QString failureKindName(FailureKind kind);
/** The kind named by failureKindName(); nullopt for an unknown name. */
std::optional<FailureKind> failureKindFromName(const QString &name);

} // namespace ld
