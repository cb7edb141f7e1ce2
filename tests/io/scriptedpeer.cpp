// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedpeer.h"

namespace ld::test {

ScriptedPeer::ScriptedPeer(QObject *parent)
    : QObject(parent)
{}

ScriptedPeer::~ScriptedPeer() = default;

void ScriptedPeer::feed(const QByteArray &bytes)
{
    m_pending.append(bytes);
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        m_received.append(line);
        Q_EMIT lineReceived(line);
        if (m_handler)
            m_handler(line);
        else if (m_script.contains(line))
            send(m_script.value(line));
    }
}

} // namespace ld::test
