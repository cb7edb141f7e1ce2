// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: VisaResource::parse, the bench file's and the command line's instrument
// addresses. A resource that parses has a canonical form that parses back to the same value.
#include "fuzzsupport.h"

#include "io/visaresource.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ld::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using ld::VisaResource;
    const QString text = QString::fromUtf8(ld::fuzz::bytes(data, size));
    QString error;
    const VisaResource r = VisaResource::parse(text, &error);
    if (!r.isValid()) {
        ld::fuzz::check(!error.isEmpty(), "a refused resource says why");
        return 0;
    }
    const QString canonical = r.toString();
    const VisaResource again = VisaResource::parse(canonical, &error);
    ld::fuzz::check(again == r, "the canonical form parses back to the same resource");
    ld::fuzz::check(again.toString() == canonical, "the canonical form is stable");
    if (r.kind() == VisaResource::Kind::Serial)
        ld::fuzz::check(!r.serialPortName().isEmpty(), "a serial resource names a port");
    if (r.kind() == VisaResource::Kind::Usbtmc)
        ld::fuzz::check(!r.usbSerial().isEmpty() && !r.usbSerial().contains(QLatin1Char(':')),
                        "a USBTMC resource names a serial number without '::'");
    return 0;
}
