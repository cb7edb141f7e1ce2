// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/runtarget.h"

namespace ld {

RunTarget::~RunTarget() = default;

} // namespace ld
