// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ld::test {

/** What a finished run of the command line left behind. */
struct CliRun
{
    int exitCode = -1; ///< -1: it crashed or did not end in time
    QString out;
    QString err;
    QByteArray rawOut; ///< as the terminal would get it
    QByteArray rawErr;
};

/**
 * Runs the real binary of the command-line suites (LABDISPATCH_BINARY) with `args` in `env`
 * to its end; kills it after `timeoutMs` (err then says "timed out").
 */
inline CliRun
runLabdispatch(const QStringList &args,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LABDISPATCH_BINARY), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.rawOut = p.readAllStandardOutput();
    r.rawErr = p.readAllStandardError();
    r.out = QString::fromUtf8(r.rawOut);
    r.err = QString::fromUtf8(r.rawErr);
    return r;
}

} // namespace ld::test
