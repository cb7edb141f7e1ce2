// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ld::test {

/** What a binary run by runBinary() left behind. */
struct BinaryResult
{
    int exitCode = -1; ///< -1: it crashed, did not start or timed out (`err` says which)
    QString out;
    QString err;
    QByteArray rawOut; ///< as a terminal would get it
    QByteArray rawErr;
};

/**
 * Runs `program` with `args` until it ends, or kills it after `timeoutMs`. This thread's event
 * loop keeps running meanwhile, so a node or a broker client of the suite keeps answering.
 */
BinaryResult runBinary(const QString &program, const QStringList &args, int timeoutMs = 60000,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace ld::test
