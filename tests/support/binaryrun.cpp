// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "binaryrun.h"

#include <QProcess>
#include <QTest>

namespace ld::test {

BinaryResult runBinary(const QString &program, const QStringList &args, int timeoutMs,
                       const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    BinaryResult r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("did not start: ") + p.errorString();
        return r;
    }
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("timed out: ") + QString::fromUtf8(p.readAllStandardError());
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
