// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/scpirequest.h"

namespace ld {

ScpiRequest ScpiRequest::write(const QByteArray &command)
{
    ScpiRequest r;
    r.m_steps.append({Step::Kind::Write, command, -1});
    return r;
}

ScpiRequest ScpiRequest::query(const QByteArray &command, int timeoutMs)
{
    ScpiRequest r;
    r.m_steps.append({Step::Kind::Line, command, timeoutMs});
    return r;
}

ScpiRequest ScpiRequest::queryBlock(const QByteArray &command, int timeoutMs)
{
    ScpiRequest r;
    r.m_steps.append({Step::Kind::Block, command, timeoutMs});
    return r;
}

ScpiRequest &ScpiRequest::then(const ScpiRequest &next)
{
    m_steps.append(next.m_steps);
    return *this;
}

ScpiRequest &ScpiRequest::add(Step step)
{
    m_steps.append(std::move(step));
    return *this;
}

ScpiRequest &ScpiRequest::drainErrors(const QByteArray &command, int maxCount)
{
    m_drainCommand = command;
    m_drainMax = maxCount;
    return *this;
}

} // namespace ld
