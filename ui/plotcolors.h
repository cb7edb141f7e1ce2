// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace ld {

/**
 * The plots' line colours, in order: distinguishable on white and for the common colour vision
 * deficiencies (Okabe-Ito first). `index` wraps around.
 */
QColor plotColor(int index);

} // namespace ld
