// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/profileregistry.h"
#include "plans/planvalidator.h"

#include <QString>

namespace ld::test {

/**
 * The instruments of the demo bench (resources/benches/demo.json) as a plan validator sees
 * them, on the built-in profiles, plus "Oven", a chamber (kind "chamber", operations
 * set_temperature and measure_temperature): the built-in sim-oven profile when there is one,
 * else one read from a literal with those names. Keeps its profiles; not copyable.
 */
class DemoInstruments
{
public:
    DemoInstruments();
    DemoInstruments(const DemoInstruments &) = delete;
    DemoInstruments &operator=(const DemoInstruments &) = delete;

    const PlanInstruments &instruments() const { return m_instruments; }
    /** Where the example plans are: `$LABDISPATCH_SOURCE_DIR/resources/plans`. */
    static QString examplesDirectory();

private:
    ProfileRegistry m_registry;
    PlanInstruments m_instruments;
};

} // namespace ld::test
