// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace ld::detail {

/**
 * Writes what a non-blocking descriptor takes at once and returns how many bytes that was
 * (0 when it is full or failing: the caller hands the rest to Qt, which waits for room and
 * reports errors as usual). Why at all: QSerialPort and QTcpSocket switch their write notifier
 * on and off for every write, and with the glib event dispatcher each switch wakes the
 * thread's event loop once more, which then polls all of that thread's descriptors again.
 * Only for a device whose Qt write buffer is empty, or bytes would overtake it. After a
 * partial write, queue the rest in Qt without flush(): QSerialPort takes a write that finds
 * no room (EAGAIN) for an error, so its write notifier must say when there is room again.
 */
inline qsizetype writeNow(qintptr fd, const QByteArray &bytes, bool socket)
{
    qsizetype sent = 0;
    while (fd >= 0 && sent < bytes.size()) {
        const char *from = bytes.constData() + sent;
        const size_t size = size_t(bytes.size() - sent);
        // send() for sockets: MSG_NOSIGNAL, so a reset peer is an error, not a SIGPIPE.
        const ssize_t n = socket ? ::send(int(fd), from, size, MSG_NOSIGNAL | MSG_DONTWAIT)
                                 : ::write(int(fd), from, size);
        if (n > 0)
            sent += n;
        else if (n < 0 && errno == EINTR)
            continue;
        else
            break;
    }
    return sent;
}

} // namespace ld::detail
