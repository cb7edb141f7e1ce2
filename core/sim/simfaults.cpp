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

std::optional<SimFaults::Fault> SimFaults::draw(const QByteArray &command, std::mt19937_64 &rng)
{
    const unsigned active = replyFlags();
    const bool eligible =
        onlyCommand.isEmpty() || command.trimmed().toUpper().startsWith(onlyCommand.toUpper());
    if (active == 0 || !eligible || times == 0 ||
        std::uniform_real_distribution<double>(0.0, 1.0)(rng) >= probability)
        return std::nullopt;
    if (times > 0)
        --times;
    QList<Fault> on;
    for (unsigned bit = 1; bit <= active; bit <<= 1) {
        if (active & bit)
            on.append(Fault(bit));
    }
    return on.at(std::uniform_int_distribution<qsizetype>(0, on.size() - 1)(rng));
}

QByteArray SimFaults::garbage(std::mt19937_64 &rng)
{
    std::uniform_int_distribution<int> length(4, 24);
    std::uniform_int_distribution<int> byte(0, 255);
    QByteArray bytes;
    const int n = length(rng);
    for (int i = 0; i < n; ++i) {
        char c = char(byte(rng));
        if (c == '\n' || c == '\r')
            c = '\x7f';
        bytes.append(c);
    }
    // Never a valid reply by accident: a number or identity starts with a digit, sign or letter.
    bytes.prepend('\xfe');
    return bytes;
}

} // namespace ld
