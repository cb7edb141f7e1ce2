// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: decoding what instruments reply (numbers, number lists, strings, definite
// and indefinite blocks, error-queue entries, *IDN? answers), and every built-in profile
// operation's reply decoding (number, numbers, string, idn, blocks of bytes or floats).
#include "fuzzsupport.h"

#include "instruments/profileregistry.h"
#include "io/idninfo.h"
#include "io/scpierror.h"
#include "io/scpiparse.h"
#include "io/scpireply.h"

namespace {
const QList<ld::DriverProfile> &builtinProfiles()
{
    static const QList<ld::DriverProfile> profiles = [] {
        ld::ProfileRegistry registry;
        registry.addDirectory(QStringLiteral(":/profiles"));
        ld::fuzz::check(!registry.profiles().isEmpty(), "the built-in profiles load");
        return registry.profiles();
    }();
    return profiles;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ld::fuzz::quietQt();
    builtinProfiles();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    namespace scpi = ld::scpi;
    const QByteArray input = ld::fuzz::bytes(data, size);
    QString error;

    if (!scpi::parseNumber(input, &error))
        ld::fuzz::check(!error.isEmpty(), "a refused number says why");
    error.clear();
    if (!scpi::parseNumberList(input, &error))
        ld::fuzz::check(!error.isEmpty(), "a refused number list says why");
    scpi::parseString(input);
    error.clear();
    if (const auto payload = scpi::parseBlock(input, &error))
        ld::fuzz::check(payload->size() <= input.size(), "a block payload lies inside its reply");
    else
        ld::fuzz::check(!error.isEmpty(), "a refused block says why");
    ld::ScpiError::parse(input, &error);
    ld::IdnInfo::parse(input, &error);

    ld::ScpiReply reply;
    reply.responses = {input, QByteArray()};
    reply.text(0);
    reply.text(1);
    reply.text(2);

    for (const ld::DriverProfile &profile : builtinProfiles()) {
        for (const ld::DriverProfile::Operation &operation : profile.operations)
            operation.parseReply(input);
    }
    return 0;
}
