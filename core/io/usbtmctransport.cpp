// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/usbtmctransport.h"

#include "scheduler/handoff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <limits>

#include <fcntl.h>
#include <linux/usb/tmc.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace ld {

namespace {

Q_LOGGING_CATEGORY(lcUsbtmc, "labdispatch.usbtmc")

/** A sysfs attribute's first line ("0957\n" -> "0957"). */
QString attribute(const QString &dir, const char *name)
{
    QFile file(dir + QLatin1Char('/') + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(256)).trimmed();
}

std::optional<uint> hexAttribute(const QString &dir, const char *name)
{
    bool ok = false;
    const uint value = attribute(dir, name).toUInt(&ok, 16);
    return ok ? std::optional<uint>(value) : std::nullopt;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool isGone(int error)
{
    return error == ENODEV || error == ENXIO || error == ESHUTDOWN || error == EIO ||
           error == EPIPE;
}

} // namespace

UsbtmcTransport::Paths UsbtmcTransport::Paths::fromEnvironment()
{
    Paths paths;
    const QString sysfs = qEnvironmentVariable("LABDISPATCH_USBTMC_SYSFS_ROOT");
    const QString dev = qEnvironmentVariable("LABDISPATCH_USBTMC_DEV_ROOT");
    if (!sysfs.isEmpty())
        paths.sysfsRoot = sysfs;
    if (!dev.isEmpty())
        paths.devRoot = dev;
    return paths;
}

UsbtmcTransport::UsbtmcTransport(VisaResource resource, Paths paths, QObject *parent)
    : Transport(parent)
    , m_resource(std::move(resource))
    , m_paths(std::move(paths))
{}

UsbtmcTransport::~UsbtmcTransport()
{
    stopWorker();
}

QString UsbtmcTransport::findDevice(const VisaResource &resource, const Paths &paths,
                                    QString *error)
{
    const QString wanted = QStringLiteral("%1:%2 serial '%3'")
                               .arg(resource.usbVendorId(), 4, 16, QLatin1Char('0'))
                               .arg(resource.usbProductId(), 4, 16, QLatin1Char('0'))
                               .arg(resource.usbSerial());
    QString best;
    int bestInterface = std::numeric_limits<int>::max();
    // usbmisc on current kernels; usb on old ones.
    for (const char *cls : {"class/usbmisc", "class/usb"}) {
        const QDir dir(paths.sysfsRoot + QLatin1Char('/') + QLatin1String(cls));
        const QStringList nodes =
            dir.entryList({QStringLiteral("usbtmc*")}, QDir::AllEntries | QDir::System, QDir::Name);
        for (const QString &node : nodes) {
            // device -> the USB interface; its parent directory is the USB device.
            const QString interfaceDir =
                QFileInfo(dir.filePath(node) + QStringLiteral("/device")).canonicalFilePath();
            if (interfaceDir.isEmpty())
                continue;
            const QString deviceDir = QFileInfo(interfaceDir).absolutePath();
            const std::optional<uint> vendor = hexAttribute(deviceDir, "idVendor");
            const std::optional<uint> product = hexAttribute(deviceDir, "idProduct");
            const std::optional<uint> number = hexAttribute(interfaceDir, "bInterfaceNumber");
            if (!vendor || !product || !number || *vendor != resource.usbVendorId() ||
                *product != resource.usbProductId() ||
                attribute(deviceDir, "serial") != resource.usbSerial())
                continue;
            if (resource.usbInterface() >= 0 && int(*number) != resource.usbInterface())
                continue;
            if (int(*number) < bestInterface) {
                bestInterface = int(*number);
                best = node;
            }
        }
        if (!best.isEmpty())
            break;
    }
    if (best.isEmpty()) {
        if (error)
            *error = tr("no USBTMC device %1%2 in %3/class/usbmisc: is it plugged in and bound "
                        "to the usbtmc driver?")
                         .arg(wanted,
                              resource.usbInterface() < 0
                                  ? QString()
                                  : tr(" interface %1").arg(resource.usbInterface()),
                              paths.sysfsRoot);
        return {};
    }
    const QString path = paths.devRoot + QLatin1Char('/') + best;
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = tr("USBTMC device %1 is %2 in sysfs, but %3 does not exist")
                         .arg(wanted, best, path);
        return {};
    }
    return path;
}

void UsbtmcTransport::open()
{
    if (state() != State::Closed)
        return;
    setState(State::Opening);
    QString error;
    m_devicePath = findDevice(m_resource, m_paths, &error);
    if (!m_devicePath.isEmpty()) {
        m_fd = ::open(QFile::encodeName(m_devicePath).constData(), O_RDWR | O_CLOEXEC | O_NOCTTY);
        if (m_fd < 0) {
            const int err = errno;
            error = err == EACCES ? tr("cannot open %1 for %2: permission denied; the udev rule "
                                       "60-labdispatch-usbtmc.rules gives users access (README)")
                                        .arg(m_devicePath, description())
                                  : tr("cannot open %1 for %2: %3")
                                        .arg(m_devicePath, description(), errnoText(err));
        }
    }
    if (m_fd >= 0) {
        __u32 timeout = 0;
        m_driverNode = ::ioctl(m_fd, USBTMC_IOCTL_GET_TIMEOUT, &timeout) == 0;
        if (!m_driverNode) {
            const int err = errno;
            if (err == ENOTTY) {
                qCInfo(lcUsbtmc,
                       "%s answers the usbtmc ioctls with ENOTTY: not the usbtmc driver (a "
                       "stand-in device); device clear and driver timeouts are skipped",
                       qPrintable(m_devicePath));
            } else {
                error = tr("%1 for %2: the usbtmc driver refused USBTMC_IOCTL_GET_TIMEOUT: %3")
                            .arg(m_devicePath, description(), errnoText(err));
                ::close(m_fd);
                m_fd = -1;
            }
        }
    }
    if (m_fd >= 0 && !m_driverNode)
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    if (m_fd >= 0) {
        m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        m_stopping = false;
        m_driverTimeoutMs = 0;
        m_worker = std::thread([this] { runWorker(); });
    }
    const bool ok = m_fd >= 0;
    reportOpenLater(ok, error);
}

void UsbtmcTransport::close()
{
    if (state() == State::Closed)
        return;
    setState(State::Closed);
    stopWorker();
    Q_EMIT closed();
}

void UsbtmcTransport::stopWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_ops.clear();
    }
    m_wake.notify_one();
    m_cancelledUpTo = std::numeric_limits<quint64>::max();
    if (m_wakeFd >= 0) {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
    }
    // A real device's read() ends at the latest when the driver's timeout expires.
    if (m_worker.joinable())
        m_worker.join();
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    m_fd = -1;
    m_wakeFd = -1;
    // Generations only grow: a chunk still queued from before a reopen is never delivered.
    m_cancelledUpTo = m_generation;
}

bool UsbtmcTransport::write(const QByteArray &bytes)
{
    if (state() != State::Open)
        return false;
    Op op;
    op.kind = Op::Kind::Write;
    op.bytes = bytes;
    op.timeoutMs = m_ioTimeoutMs;
    op.readAfter = m_replyExpected;
    op.termChar = m_termChar;
    op.generation = ++m_generation;
    enqueue(std::move(op));
    return true;
}

void UsbtmcTransport::beginExchange(const Exchange &exchange)
{
    m_ioTimeoutMs = std::max(0, exchange.timeoutMs);
    m_replyExpected = exchange.replyExpected;
    m_termChar = exchange.termChar;
}

void UsbtmcTransport::cancelReads()
{
    m_cancelledUpTo = m_generation;
    if (m_wakeFd >= 0) {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
    }
}

void UsbtmcTransport::discardInput()
{
    if (state() != State::Open)
        return;
    // Chunks of earlier exchanges still on their way are dropped by their generation.
    cancelReads();
    if (!m_driverNode) {
        Op op;
        op.kind = Op::Kind::Drain;
        enqueue(std::move(op));
    }
}

void UsbtmcTransport::endExchange(bool abandoned)
{
    if (state() != State::Open)
        return;
    cancelReads();
    if (abandoned && m_replyExpected) {
        // The instrument may still answer the command the session gave up on: clear it so
        // that late reply never answers the next command.
        Op op;
        op.kind = Op::Kind::Clear;
        enqueue(std::move(op));
    }
}

void UsbtmcTransport::enqueue(Op op)
{
    {
        std::lock_guard lock(m_mutex);
        m_ops.push_back(std::move(op));
    }
    m_wake.notify_one();
}

void UsbtmcTransport::fail(ErrorKind kind, const QString &message)
{
    if (state() != State::Open)
        return;
    setState(State::Closed);
    stopWorker();
    Q_EMIT errorOccurred(kind, message);
    Q_EMIT closed();
}

void UsbtmcTransport::post(quint64 generation, const QByteArray &chunk)
{
    postTo(
        this,
        [this, generation, chunk] {
            if (state() == State::Open && generation == m_generation)
                Q_EMIT bytesReceived(chunk);
        },
        Qt::QueuedConnection);
}

void UsbtmcTransport::postFailure(ErrorKind kind, const QString &message)
{
    postTo(
        this, [this, kind, message] { fail(kind, message); }, Qt::QueuedConnection);
}

void UsbtmcTransport::runWorker()
{
    for (;;) {
        Op op;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_ops.empty(); });
            if (m_stopping)
                return;
            op = std::move(m_ops.front());
            m_ops.pop_front();
        }
        bool ok = true;
        switch (op.kind) {
        case Op::Kind::Write:
            ok = writeAll(op) && (!op.readAfter || readReply(op));
            break;
        case Op::Kind::Clear:
            if (::ioctl(m_fd, USBTMC_IOCTL_CLEAR) != 0) {
                const int err = errno;
                if (err == ENOTTY) {
                    // A stand-in: its input is drained before the next exchange instead.
                    qCInfo(lcUsbtmc,
                           "%s: USBTMC_IOCTL_CLEAR: ENOTTY, not the usbtmc driver; "
                           "device clear skipped",
                           qPrintable(m_devicePath));
                } else if (isGone(err)) {
                    postFailure(ErrorKind::Disconnected,
                                tr("%1 is gone: %2").arg(description(), errnoText(err)));
                    ok = false;
                } else {
                    qCWarning(lcUsbtmc, "%s: USBTMC_IOCTL_CLEAR: %s", qPrintable(m_devicePath),
                              std::strerror(err));
                }
            }
            break;
        case Op::Kind::Drain:
            drain();
            break;
        }
        if (!ok)
            return; // the failure posted closes the transport, which joins this thread
    }
}

bool UsbtmcTransport::writeAll(const Op &op)
{
    if (m_driverNode) {
        const int timeout = std::max(kMinDriverTimeoutMs, op.timeoutMs);
        if (timeout != m_driverTimeoutMs) {
            __u32 value = __u32(timeout);
            if (::ioctl(m_fd, USBTMC_IOCTL_SET_TIMEOUT, &value) == 0)
                m_driverTimeoutMs = timeout;
            else
                qCWarning(lcUsbtmc, "%s: USBTMC_IOCTL_SET_TIMEOUT %d ms: %s",
                          qPrintable(m_devicePath), timeout, std::strerror(errno));
        }
    }
    qsizetype done = 0;
    while (done < op.bytes.size()) {
        const ssize_t n =
            ::write(m_fd, op.bytes.constData() + done, size_t(op.bytes.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        const int err = errno;
        if (n < 0 && err == EINTR)
            continue;
        if (n < 0 && err == EAGAIN) { // a stand-in's buffer is full: wait, within the timeout
            pollfd pfd{m_fd, POLLOUT, 0};
            if (::poll(&pfd, 1, std::max(1, op.timeoutMs)) > 0)
                continue;
        }
        if (cancelled(op.generation))
            return true;
        postFailure(
            isGone(err) ? ErrorKind::Disconnected : ErrorKind::IoError,
            tr("cannot write to %1 (%2): %3").arg(description(), m_devicePath, errnoText(err)));
        return false;
    }
    return true;
}

bool UsbtmcTransport::readReply(const Op &op)
{
    QByteArray buffer(kReadBufferSize, Qt::Uninitialized);
    if (m_driverNode) {
        // Each read() asks the instrument for (more of) the message: one transfer of at most
        // the buffer's size, whose end readEndsMessage() tells.
        while (!cancelled(op.generation)) {
            const ssize_t n = ::read(m_fd, buffer.data(), size_t(buffer.size()));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                const int err = errno;
                if (err == ETIMEDOUT) // the session reports its own timeout, then clears
                    return true;
                postFailure(isGone(err) ? ErrorKind::Disconnected : ErrorKind::IoError,
                            tr("cannot read from %1 (%2): %3")
                                .arg(description(), m_devicePath, errnoText(err)));
                return false;
            }
            post(op.generation, buffer.left(n));
            std::optional<quint8> attributes;
            __u8 value = 0;
            if (n == buffer.size() && ::ioctl(m_fd, USBTMC_IOCTL_MSG_IN_ATTR, &value) == 0)
                attributes = value;
            const char last = n > 0 ? buffer.at(n - 1) : '\0';
            if (readEndsMessage(n, buffer.size(), attributes, op.termChar, last))
                return true;
        }
        return true;
    }
    // A stand-in streams: read what comes until the terminating character, a cancel, or the
    // exchange's timeout.
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(op.timeoutMs);
    while (!cancelled(op.generation)) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return true;
        pollfd pfds[2] = {{m_fd, POLLIN, 0}, {m_wakeFd, POLLIN, 0}};
        const int ready = ::poll(pfds, 2, int(left.count()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (pfds[1].revents & POLLIN) {
            quint64 count = 0;
            [[maybe_unused]] const ssize_t n = ::read(m_wakeFd, &count, sizeof count);
            continue;
        }
        if (ready <= 0 || pfds[0].revents == 0)
            continue;
        const ssize_t n = ::read(m_fd, buffer.data(), size_t(buffer.size()));
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0) {
            const int err = n == 0 ? EPIPE : errno;
            postFailure(ErrorKind::Disconnected,
                        tr("%1 (%2) hung up: %3").arg(description(), m_devicePath, errnoText(err)));
            return false;
        }
        post(op.generation, buffer.left(n));
        if (op.termChar && buffer.at(n - 1) == *op.termChar)
            return true;
    }
    return true;
}

bool UsbtmcTransport::readEndsMessage(qsizetype got, qsizetype asked,
                                      std::optional<quint8> transferAttributes,
                                      std::optional<char> termChar, char lastByte)
{
    if (got < asked)
        return true;
    // A full read is ambiguous. The Linux driver's usbtmc_read() (drivers/usb/class/usbtmc.c)
    // sends one REQUEST_DEV_DEP_MSG_IN for the bytes asked and returns what the device sent,
    // keeping the Bulk-IN header's bmTransferAttributes for USBTMC_IOCTL_MSG_IN_ATTR (bit 0:
    // EOM, the message's last byte was in it; since Linux 4.20). After a message of exactly
    // the size asked, another read() asks for a message the device does not have and blocks
    // until the driver's timeout (ETIMEDOUT): this worker would sit in it, and the next
    // exchange's write would wait behind it, past that exchange's own timeout.
    if (transferAttributes)
        return (*transferAttributes & 0x01) != 0;
    // An older driver cannot tell: a reply ends at its terminating character.
    return termChar && lastByte == *termChar;
}

void UsbtmcTransport::drain()
{
    char buffer[4096];
    while (::read(m_fd, buffer, sizeof buffer) > 0) {
    }
}

} // namespace ld
