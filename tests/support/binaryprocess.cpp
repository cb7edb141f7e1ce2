// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "binaryprocess.h"

#include <QFile>

namespace ld::test {

BinaryProcess::BinaryProcess(QString logFile)
    : m_logFile(std::move(logFile))
{}

BinaryProcess::~BinaryProcess()
{
    kill();
}

bool BinaryProcess::start(const QString &program, const QStringList &args, QString *error,
                          int timeoutMs, const QProcessEnvironment &env)
{
    kill();
    m_process = std::make_unique<QProcess>();
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardErrorFile(m_logFile.isEmpty() ? QProcess::nullDevice() : m_logFile,
                                    QIODevice::Append);
    m_process->setProcessEnvironment(env);
    m_process->start(program, args);
    if (!m_process->waitForStarted(timeoutMs)) {
        *error = program + QStringLiteral(": ") + m_process->errorString();
        return false;
    }
    return true;
}

void BinaryProcess::kill(int timeoutMs)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(timeoutMs);
}

QString BinaryProcess::stderrText() const
{
    QFile f(m_logFile);
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
}

} // namespace ld::test
