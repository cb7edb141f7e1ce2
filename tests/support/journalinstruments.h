// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/journalreader.h"

#include <QString>
#include <QStringList>

namespace ld::test {

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
