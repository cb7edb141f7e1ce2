// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ld {

class Bench;
class SimBench;

/** Puts a running simulated bench onto a Bench: shared by the app, the UI tests and bench_ui. */
class SimulatedBench
{
public:
    /**
     * Adds every instrument `sim` serves to `bench` as simulated (profile from the simulator's
     * entry) and keeps pty resources current when the simulator re-creates a pty after a
     * disconnect fault. On error the instruments added so far stay; `error` says which failed.
     */
    static bool populate(SimBench *sim, Bench *bench, QString *error = nullptr,
                         int timeoutMs = 2000);
};

} // namespace ld
