// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace ld::test {

/**
 * A binary left running while the suite talks to it (`labdispatch node`, say), unlike
 * runBinary(), which waits for the end. Its standard error is appended to a log file the
 * suite can read at any time (a failure message shows why it did not come up); its standard
 * output is dropped. Killed and waited for when it goes away.
 */
class BinaryProcess
{
public:
    explicit BinaryProcess(QString logFile = {});
    BinaryProcess(const BinaryProcess &) = delete;
    BinaryProcess &operator=(const BinaryProcess &) = delete;
    ~BinaryProcess();

    void setLogFile(const QString &logFile) { m_logFile = logFile; }
    /** Starts `program` (killing a previous run first); false with `error` if it did not. */
    bool start(const QString &program, const QStringList &args, QString *error,
               int timeoutMs = 30000,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /** SIGKILL (a crash or a pulled plug) and wait for the end, if it runs. */
    void kill(int timeoutMs = 30000);
    /** The process of the last start() (null before). */
    QProcess *process() const { return m_process.get(); }
    /** Everything the binary wrote to its standard error so far. */
    QString stderrText() const;

private:
    QString m_logFile;
    std::unique_ptr<QProcess> m_process;
};

} // namespace ld::test
