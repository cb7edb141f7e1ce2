// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ld {

/**
 * Reads a whole input file (bench file, driver profile, password file) holding at most a
 * limit of bytes in memory, whatever size the file system reports. Only regular files and Qt
 * resources are read: a device (`/dev/zero`), a FIFO or a socket is refused without blocking,
 * even behind a symbolic link.
 */
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(ld::BoundedFile)

public:
    /**
     * The contents of `path` (a file or a ":/" resource), or nullopt with the reason in
     * `error` ("not a regular file", "larger than 1 MiB", the system's error), without the
     * path, which callers put in their own words.
     */
    static std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString *error);

    /** "4 KiB", "16 MiB", "100 bytes": a limit as error messages and docs write it. */
    static QString sizeText(qint64 bytes);
};

} // namespace ld
