// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans/plancursor_p.h"

namespace ld::detail {

std::unique_ptr<StepNode> SequenceNode::makeNext(CursorContext &ctx)
{
    return create(step().body.at(m_index++), this, ctx);
}

} // namespace ld::detail
