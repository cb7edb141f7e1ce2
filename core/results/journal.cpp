// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include "journalformat_p.h"
#include "journalreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ld {

namespace jf = journalformat;

namespace {

/** How stale the on-disk state may get before a background fdatasync is asked for. */
constexpr qint64 kSyncIntervalNs = 1'000'000'000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Journal", text);
}

bool syncFd(int fd)
{
#ifdef Q_OS_UNIX
    return ::fdatasync(fd) == 0;
#else
    Q_UNUSED(fd);
    return true;
#endif
}

/** A new file's name only survives a power cut once its folder is synced too. */
void syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

QByteArray endRecord(RunEnd::Outcome outcome, quint64 readings)
{
    RunEnd end;
    end.outcome = outcome;
    end.endedWallNs = wallNowNs();
    end.endedMonoNs = monotonicNowNs();
    end.readings = readings;
    QByteArray record;
    jf::appendRecord(record, jf::RecordType::End, jf::encodeRunEnd(end));
    return record;
}

} // namespace

Journal::Journal(QString runsFolder)
    : m_runsFolder(std::move(runsFolder))
{}

Journal::~Journal()
{
    stopSyncThread();
    std::lock_guard lock(m_mutex);
    if (m_file.isOpen()) {
        syncFd(m_file.handle());
        m_file.close();
    }
}

bool Journal::open(const RunInfo &info)
{
    std::lock_guard lock(m_mutex);
    if (m_file.isOpen()) {
        m_error = tr("The journal is already open");
        return false;
    }
    if (!isValidRunId(info.runId)) {
        m_error = tr("Invalid run id \"%1\"").arg(info.runId);
        return false;
    }
    const QString folder = QDir(m_runsFolder).filePath(info.runId);
    if (!QDir().mkpath(folder)) {
        m_error = tr("Cannot create the run folder %1").arg(folder);
        return false;
    }
    m_file.setFileName(QDir(folder).filePath(QLatin1String(jf::kFileName)));
    if (!m_file.open(QIODevice::Append | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        m_error =
            tr("Cannot create the journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    QByteArray start(jf::kFileMagic, sizeof jf::kFileMagic);
    jf::appendRecord(start, jf::RecordType::Header, jf::encodeRunInfo(info));
    if (m_file.write(start) != start.size() || !syncFd(m_file.handle())) {
        m_error =
            tr("Cannot write the journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        m_file.close();
        QFile::remove(m_file.fileName());
        return false;
    }
    syncFolder(folder);
    syncFolder(m_runsFolder);
    m_runId = info.runId;
    m_size = start.size();
    m_count = 0;
    m_error.clear();
    m_lastSyncMonoNs = monotonicNowNs();
    m_stopSync = false;
    m_syncRequested = false;
    m_syncThread = std::thread([this] { syncLoop(); });
    return true;
}

bool Journal::isOpen() const
{
    std::lock_guard lock(m_mutex);
    return m_file.isOpen();
}

bool Journal::append(const Reading &reading)
{
    if (reading.isNull())
        return false;
    // Encode outside the lock so concurrent writers only serialise on the write itself.
    QByteArray record;
    jf::appendRecord(record, jf::RecordType::Reading, jf::encodeReading(reading.fields()));
    std::lock_guard lock(m_mutex);
    if (!writeRecord(record))
        return false;
    ++m_count;
    const qint64 now = monotonicNowNs();
    if (now - m_lastSyncMonoNs >= kSyncIntervalNs) {
        m_lastSyncMonoNs = now;
        m_syncRequested = true;
        m_syncWake.notify_one();
    }
    return true;
}

bool Journal::writeRecord(const QByteArray &record)
{
    if (!m_file.isOpen()) {
        m_error = tr("The journal is not open");
        return false;
    }
    // One write per record: a kill can only ever tear the last one.
    if (m_file.write(record) == record.size()) {
        m_size += record.size();
        return true;
    }
    m_error = tr("Cannot write the journal %1: %2").arg(m_file.fileName(), m_file.errorString());
    // Leave no partial record behind (O_APPEND puts the next write at the new end).
    m_file.resize(m_size);
    return false;
}

bool Journal::sync()
{
    std::lock_guard lock(m_mutex);
    if (!m_file.isOpen())
        return false;
    if (!syncFd(m_file.handle())) {
        m_error = tr("Cannot sync the journal %1 to disk").arg(m_file.fileName());
        return false;
    }
    return true;
}

bool Journal::close(RunEnd::Outcome outcome)
{
    stopSyncThread();
    std::lock_guard lock(m_mutex);
    if (!m_file.isOpen()) {
        m_error = tr("The journal is not open");
        return false;
    }
    bool ok = writeRecord(endRecord(outcome, m_count));
    if (ok && !syncFd(m_file.handle())) {
        m_error = tr("Cannot sync the journal %1 to disk").arg(m_file.fileName());
        ok = false;
    }
    m_file.close();
    return ok;
}

void Journal::syncLoop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_syncWake.wait(lock, [this] { return m_syncRequested || m_stopSync; });
        if (m_stopSync)
            return;
        m_syncRequested = false;
        const int fd = m_file.handle();
        // The fd stays valid: close() and the destructor join this thread before closing it.
        lock.unlock();
        const bool ok = syncFd(fd);
        lock.lock();
        if (!ok)
            m_error = tr("Cannot sync the journal %1 to disk").arg(m_file.fileName());
    }
}

void Journal::stopSyncThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopSync = true;
    }
    m_syncWake.notify_all();
    if (m_syncThread.joinable())
        m_syncThread.join();
}

quint64 Journal::appendedCount() const
{
    std::lock_guard lock(m_mutex);
    return m_count;
}

QString Journal::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

QString Journal::journalPath() const
{
    std::lock_guard lock(m_mutex);
    return m_file.fileName();
}

QString Journal::defaultRunsFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("runs"));
}

QString Journal::journalPath(const QString &runsFolder, const QString &runId)
{
    return QDir(QDir(runsFolder).filePath(runId)).filePath(QLatin1String(jf::kFileName));
}

QString Journal::newRunId(qint64 wallNs)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(wallNs / 1'000'000, Qt::UTC);
    return start.toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'")) + QLatin1Char('-') +
           QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
               .rightJustified(4, QLatin1Char('0'));
}

bool Journal::isValidRunId(const QString &runId)
{
    static const QRegularExpression kAllowed(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    return runId != QLatin1String(".") && runId != QLatin1String("..") &&
           kAllowed.match(runId).hasMatch();
}

QList<Journal::Interrupted> Journal::findInterrupted(const QString &runsFolder)
{
    QList<Interrupted> found;
    const QStringList runs =
        QDir(runsFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &runId : runs) {
        const QString path = journalPath(runsFolder, runId);
        if (!QFile::exists(path) || JournalReader::readRunEnd(path))
            continue;
        Interrupted run;
        run.runId = runId;
        run.journalPath = path;
        run.sizeBytes = QFileInfo(path).size();
        JournalReader reader(path);
        if (reader.open())
            run.info = reader.runInfo();
        found.append(run);
    }
    return found;
}

bool Journal::closeInterrupted(const QString &journalPath, QString *error)
{
    JournalReader reader(journalPath);
    if (!reader.open()) {
        if (error)
            *error = reader.errorString();
        return false;
    }
    Reading reading;
    while (reader.next(reading)) {
    }
    if (reader.runEnd() && !reader.endsTorn())
        return true;
    QFile file(journalPath);
    const bool ok = file.open(QIODevice::Append | QIODevice::Unbuffered) &&
                    (!reader.endsTorn() || file.resize(reader.intactEnd()));
    const QByteArray record = endRecord(RunEnd::Outcome::Recovered, quint64(reader.readingsRead()));
    if (!ok || file.write(record) != record.size() || !syncFd(file.handle())) {
        if (error)
            *error = tr("Cannot close the journal %1: %2").arg(journalPath, file.errorString());
        return false;
    }
    return true;
}

} // namespace ld
