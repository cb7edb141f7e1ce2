// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ld {

/**
 * The window's composition root: QApplication, the profiles, the dispatcher, the journal, the
 * simulated bench (without --bench) and the Bench, handed to the MainWindow. Returns the exit
 * code.
 */
int runGui(int &argc, char **argv);

} // namespace ld
