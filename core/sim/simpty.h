// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace ld {

/**
 * The device side of a pseudo-terminal: a client opens path() ("/dev/pts/N") as if it were a
 * serial port. Non-blocking; reads and writes are driven by socket notifiers on the thread
 * the object lives on. Writes that the pty cannot take yet wait in a bounded buffer.
 */
class SimPty : public QObject
{
    Q_OBJECT
public:
    explicit SimPty(QObject *parent = nullptr);
    ~SimPty() override;

    bool open(QString *error);
    /** Closes the master: a client with the slave open then sees a hang-up. */
    void close();
    bool isOpen() const { return m_master >= 0; }
    QString path() const { return m_path; }
    void write(const QByteArray &data);

Q_SIGNALS:
    void received(const QByteArray &data);

private:
    void readAvailable();
    void flush();

    int m_master = -1;
    int m_slave = -1;
    QString m_path;
    QByteArray m_pending;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
};

} // namespace ld
