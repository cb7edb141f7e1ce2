// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedbench.h"

#include "instruments/bench.h"
#include "sim/simbench.h"

#include <QCoreApplication>

namespace ld {

bool SimulatedBench::populate(SimBench *sim, Bench *bench, QString *error, int timeoutMs)
{
    const auto entries = sim->instruments();
    for (const SimBench::Entry &entry : entries) {
        InstrumentConfig c;
        c.name = entry.name;
        c.resource = entry.resource;
        c.profileId = entry.profileId;
        c.simulated = true;
        c.timeoutMs = timeoutMs;
        QString why;
        if (!bench->addInstrument(c, &why)) {
            if (error)
                *error =
                    QCoreApplication::translate("SimulatedBench", "%1: %2").arg(entry.name, why);
            return false;
        }
    }
    QObject::connect(sim, &SimBench::resourceChanged, bench,
                     [bench](const QString &name, const QString &resource) {
                         if (!bench->contains(name))
                             return;
                         InstrumentConfig c = bench->status(name).config;
                         c.resource = resource;
                         bench->updateInstrument(name, c);
                     });
    return true;
}

} // namespace ld
