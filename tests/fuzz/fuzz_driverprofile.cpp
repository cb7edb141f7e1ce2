// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: DriverProfileLoader::parse, the driver profiles users write and share.
#include "fuzzsupport.h"

#include "instruments/driverprofileloader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ld::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result =
        ld::DriverProfileLoader::parse(ld::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    ld::fuzz::check(result.profile.has_value() == result.error.isEmpty(),
                    "a profile loads, or there is an error, never both");
    if (!result.profile)
        return 0;
    // A loaded profile is used: its commands formatted with their defaults, its patterns
    // matched, its reply decoders run on the profile text itself.
    const ld::DriverProfile &profile = *result.profile;
    profile.matches(QStringLiteral("Vendor"), QStringLiteral("Model"));
    profile.displayName(QStringLiteral("de"));
    const QByteArray input = ld::fuzz::bytes(data, size);
    for (const ld::DriverProfile::Operation &operation : profile.operations) {
        operation.format({});
        operation.parseReply(input.left(256));
    }
    return 0;
}
