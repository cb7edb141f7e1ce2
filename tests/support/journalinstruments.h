// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/journalreader.h"

#include <QString>
#include <QStringList>

namespace ld::test {

/**
 * A simulated bench of two meters listed against their names' order ("meter b" first): what
 * the tests of the order a kind's instruments run and are journaled in start from.
 */
inline constexpr const char *kMetersOutOfOrderBench = R"({
  "name": "meters",
  "instruments": [
    { "name": "meter b", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 23, "latencyMs": 1 },
    { "name": "meter a", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 24, "latencyMs": 1 }
  ]
})";

/** A journal's instruments: as its header lists them, and its readings' in journal order. */
struct JournalInstruments
{
    QStringList header;
    QStringList readings;
};

/** The instruments of the journal at `path` (none when it cannot be opened). */
inline JournalInstruments journalInstruments(const QString &path)
{
    JournalInstruments out;
    JournalReader reader(path);
    if (!reader.open())
        return out;
    for (const RunInfo::Instrument &i : reader.runInfo().instruments)
        out.header.append(i.name);
    for (Reading reading; reader.next(reading);)
        out.readings.append(reading->instrument);
    return out;
}

} // namespace ld::test
