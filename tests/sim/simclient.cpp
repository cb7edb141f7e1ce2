// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simclient.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

SimClient::~SimClient()
{
    close();
}

bool SimClient::open(const QString &resource, QString *error)
{
    close();
    static const QRegularExpression asrl(QStringLiteral("^ASRL(/dev/.+)::INSTR$"));
    static const QRegularExpression tcp(
        QStringLiteral("^TCPIP0::127\\.0\\.0\\.1::(\\d+)::SOCKET$"));
    if (const auto m = asrl.match(resource); m.hasMatch()) {
        m_fd = ::open(m.captured(1).toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (m_fd >= 0) {
            termios tio{};
            ::tcgetattr(m_fd, &tio);
            ::cfmakeraw(&tio);
            ::tcsetattr(m_fd, TCSANOW, &tio);
        }
    } else if (const auto t = tcp.match(resource); t.hasMatch()) {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(quint16(t.captured(1).toUInt()));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (m_fd >= 0 && ::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    } else {
        *error = QStringLiteral("not a sim resource: ") + resource;
        return false;
    }
    if (m_fd < 0) {
        *error = resource + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

void SimClient::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_hungUp = false;
    m_buffer.clear();
}

bool SimClient::write(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (m_fd >= 0 && done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return done == bytes.size();
}

bool SimClient::fill(qsizetype size, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_buffer.size() < size && !m_hungUp && m_fd >= 0 && !deadline.hasExpired()) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, int(std::max<qint64>(1, deadline.remainingTime()))) <= 0)
            continue;
        char chunk[4096];
        const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
        if (n > 0)
            m_buffer.append(chunk, n);
        else if (n == 0 || (errno != EINTR && errno != EAGAIN))
            m_hungUp = true;
    }
    return m_buffer.size() >= size;
}

QByteArray SimClient::readUntil(const QByteArray &terminator, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype at = m_buffer.indexOf(terminator);
        if (at >= 0) {
            const QByteArray out = m_buffer.left(at + terminator.size());
            m_buffer.remove(0, at + terminator.size());
            return out;
        }
        if (!fill(m_buffer.size() + 1, int(std::max<qint64>(0, deadline.remainingTime()))))
            break;
    }
    const QByteArray rest = m_buffer;
    m_buffer.clear();
    return rest; // Whatever came before the hang-up or the deadline.
}

QByteArray SimClient::readBlock(int timeoutMs)
{
    if (!fill(2, timeoutMs) || m_buffer.at(0) != '#')
        return {};
    const int digits = m_buffer.at(1) - '0';
    if (digits < 1 || digits > 9 || !fill(2 + digits, timeoutMs))
        return {};
    const qsizetype length = m_buffer.mid(2, digits).toLongLong();
    if (!fill(2 + digits + length, timeoutMs))
        return {};
    QByteArray block = m_buffer.left(2 + digits + length);
    m_buffer.remove(0, block.size());
    readUntil("\n", timeoutMs); // The terminator after the block.
    return block;
}

QByteArray SimClient::query(const QByteArray &command, int timeoutMs)
{
    if (!write(command + '\n'))
        return {};
    QByteArray reply = readUntil("\n", timeoutMs);
    while (reply.endsWith('\n') || reply.endsWith('\r'))
        reply.chop(1);
    return reply;
}
