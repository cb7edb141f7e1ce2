// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simfaults.h"

#include <utility>

namespace ld {

namespace {

const std::pair<SimFaults::Fault, const char *> kNames[] = {
    {SimFaults::NoReply, "no-reply"},
    {SimFaults::SlowReply, "slow-reply"},
    {SimFaults::Garbage, "garbage"},
    {SimFaults::WrongTerminator, "wrong-terminator"},
    {SimFaults::PartialReply, "partial-reply"},
    {SimFaults::DisconnectMidReply, "disconnect"},
    {SimFaults::NewIdentity, "new-identity"},
};

} // namespace

std::optional<SimFaults::Fault> SimFaults::fromName(const QString &faultName)
{
    for (const auto &[fault, text] : kNames) {
        if (faultName == QLatin1String(text))
            return fault;
    }
    return std::nullopt;
}

QString SimFaults::name(Fault fault)
{
    for (const auto &[f, text] : kNames) {
        if (f == fault)
            return QLatin1String(text);
    }
    return {};
}

QStringList SimFaults::names()
{
    QStringList all;
    for (const auto &entry : kNames)
        all.append(QLatin1String(entry.second));
    return all;
}

} // namespace ld
