// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ptypeer.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace ld::test {

PtyPeer::PtyPeer(QObject *parent)
    : ScriptedPeer(parent)
{
    char name[128] = {};
    if (::openpty(&m_master, &m_slave, name, nullptr, nullptr) != 0) {
        m_master = m_slave = -1;
        return;
    }
    termios tio{};
    ::tcgetattr(m_slave, &tio);
    ::cfmakeraw(&tio);
    ::tcsetattr(m_slave, TCSANOW, &tio);
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_slavePath = QString::fromLocal8Bit(name);
    m_readNotifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(m_master, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &PtyPeer::readMaster);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &PtyPeer::writeMaster);
}

PtyPeer::~PtyPeer()
{
    hangUp();
}

QString PtyPeer::resource() const
{
    return QStringLiteral("ASRL%1::INSTR").arg(m_slavePath);
}

void PtyPeer::send(const QByteArray &bytes)
{
    if (m_master < 0)
        return;
    m_out.append(bytes);
    writeMaster();
}

void PtyPeer::writeMaster()
{
    while (!m_out.isEmpty()) {
        const ssize_t n = ::write(m_master, m_out.constData(), size_t(m_out.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        m_out.remove(0, n);
    }
    m_writeNotifier->setEnabled(!m_out.isEmpty());
}

void PtyPeer::readMaster()
{
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(m_master, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        feed(QByteArray(buf, n));
        if (m_master < 0)
            return;
    }
}

void PtyPeer::hangUp()
{
    delete m_readNotifier;
    delete m_writeNotifier;
    m_readNotifier = m_writeNotifier = nullptr;
    if (m_slave >= 0)
        ::close(m_slave);
    if (m_master >= 0)
        ::close(m_master);
    m_master = m_slave = -1;
    m_out.clear();
}

} // namespace ld::test
