// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/boundedfile.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ld {

namespace {

constexpr qint64 kChunk = 64 * 1024;

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString tooLarge(qint64 maxBytes)
{
    return BoundedFile::tr("larger than %1").arg(BoundedFile::sizeText(maxBytes));
}

/** Reads `file` to its end, at most `maxBytes` (one more only to see that there is more). */
std::optional<QByteArray> readAtMost(QFile &file, qint64 maxBytes, qint64 sizeHint, QString *error)
{
    QByteArray data;
    data.reserve(qBound(qint64(0), sizeHint, maxBytes) + 1);
    for (;;) {
        const qint64 want = qMin(kChunk, maxBytes + 1 - qint64(data.size()));
        const qsizetype at = data.size();
        data.resize(at + want);
        const qint64 got = file.read(data.data() + at, want);
        if (got < 0) {
            setError(error, file.errorString());
            return std::nullopt;
        }
        data.resize(at + got);
        if (qint64(data.size()) > maxBytes) {
            setError(error, tooLarge(maxBytes));
            return std::nullopt;
        }
        if (got == 0)
            return data;
    }
}

} // namespace

std::optional<QByteArray> BoundedFile::read(const QString &path, qint64 maxBytes, QString *error)
{
    if (path.startsWith(QLatin1Char(':'))) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly)) {
            setError(error, resource.errorString());
            return std::nullopt;
        }
        return readAtMost(resource, maxBytes, resource.size(), error);
    }
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever. The type is
    // checked on what was opened, so a file swapped for a device after a check cannot slip by.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        setError(error, qt_error_string(errno));
        return std::nullopt;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        const int why = errno;
        ::close(fd);
        setError(error, qt_error_string(why));
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        setError(error,
                 S_ISDIR(st.st_mode) ? tr("a folder, not a file") : tr("not a regular file"));
        return std::nullopt;
    }
    if (qint64(st.st_size) > maxBytes) {
        ::close(fd);
        setError(error, tooLarge(maxBytes));
        return std::nullopt;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        setError(error, file.errorString());
        return std::nullopt;
    }
    return readAtMost(file, maxBytes, qint64(st.st_size), error);
}

QString BoundedFile::sizeText(qint64 bytes)
{
    constexpr qint64 kKiB = 1024;
    constexpr qint64 kMiB = kKiB * kKiB;
    if (bytes >= kMiB && bytes % kMiB == 0)
        return tr("%1 MiB").arg(bytes / kMiB);
    if (bytes >= kKiB && bytes % kKiB == 0)
        return tr("%1 KiB").arg(bytes / kKiB);
    return tr("%1 bytes").arg(bytes);
}

} // namespace ld
