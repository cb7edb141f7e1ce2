// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoinstruments.h"

#include "instruments/driverprofileloader.h"

namespace ld::test {

namespace {

/** The names docs/plans.md and the soak example use, for builds without a sim-oven profile. */
const char *kOvenProfile = R"({
  "schema": 1, "id": "test-oven", "name": "Test chamber", "kind": "chamber",
  "match": { "vendor": "^Test$", "model": "^Oven$" },
  "operations": [
    { "id": "identify", "name": "Identify", "kind": "query", "command": "*IDN?", "reply": "idn" },
    { "id": "set_temperature", "name": "Set temperature", "kind": "set", "command": "TEMP {value}",
      "parameters": [ { "name": "value", "label": "temperature", "type": "double", "unit": "°C",
                        "min": -40, "max": 180 } ],
      "reply": "none", "unit": "°C", "quantity": "temperature" },
    { "id": "measure_temperature", "name": "Temperature", "kind": "measure",
      "command": "MEAS:TEMP?", "reply": "number", "unit": "°C", "quantity": "temperature" }
  ]
})";

} // namespace

DemoInstruments::DemoInstruments()
{
    m_registry.addDirectory(ProfileRegistry::builtinDirectory());
    QString oven;
    for (const DriverProfile &profile : m_registry.profiles()) {
        if (profile.kind == QLatin1String("chamber"))
            oven = profile.id;
    }
    if (oven.isEmpty()) {
        const auto loaded = DriverProfileLoader::parse(kOvenProfile, QStringLiteral("oven.json"));
        if (!loaded.profile)
            qFatal("test oven profile: %s", qPrintable(loaded.error));
        m_registry.addProfile(*loaded.profile);
        oven = loaded.profile->id;
    }
    const QList<std::pair<QString, QString>> bench{
        {QStringLiteral("PSU A"), QStringLiteral("labdispatch-sim-psu3")},
        {QStringLiteral("PSU B"), QStringLiteral("labdispatch-sim-psu3")},
        {QStringLiteral("DMM 1"), QStringLiteral("labdispatch-sim-dmm")},
        {QStringLiteral("DMM 2"), QStringLiteral("labdispatch-sim-dmm")},
        {QStringLiteral("Oven sensor"), QStringLiteral("labdispatch-sim-thermometer")},
        {QStringLiteral("Room sensor"), QStringLiteral("labdispatch-sim-thermometer")},
        {QStringLiteral("Generator"), QStringLiteral("labdispatch-sim-fgen")},
        {QStringLiteral("Flaky sensor"), QStringLiteral("labdispatch-sim-thermometer")},
        {QStringLiteral("Bench box"), QStringLiteral("generic-scpi")},
        {QStringLiteral("Oven"), oven}};
    for (const auto &[name, id] : bench) {
        const DriverProfile *profile = m_registry.find(id);
        if (!profile)
            qFatal("profile %s not loaded", qPrintable(id));
        m_instruments.insert(name, {profile, profile->kind});
    }
}

QString DemoInstruments::examplesDirectory()
{
    return QString::fromLocal8Bit(qgetenv("LABDISPATCH_SOURCE_DIR")) +
           QStringLiteral("/resources/plans");
}

} // namespace ld::test
