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

#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace ld {

namespace jf = journalformat;

namespace {

/** How stale the on-disk state may get before a background fdatasync is asked for. */
constexpr qint64 kSyncIntervalNs = 1'000'000'000;
/** Space reserved and mapped at a time: a multiple of any page size, ~18,000 readings. */
constexpr qint64 kChunk = 4 * 1024 * 1024;

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

/** Takes the writer's lock on an open journal; false when another descriptor holds it. */
bool lockForWriting(int fd)
{
#ifdef Q_OS_UNIX
    return ::flock(fd, LOCK_EX | LOCK_NB) == 0;
#else
    Q_UNUSED(fd);
    return true;
#endif
}

/** True when a live writer holds the journal's lock (a shared lock cannot be had). */
bool hasWriter(const QString &journalPath)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(journalPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool locked = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // drops our shared lock, if we got it
    return locked;
#else
    Q_UNUSED(journalPath);
    return false;
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
        unmapChunk();
        m_file.resize(m_size); // drop the reserved, unused space
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
    // Read-write: a shared writable mapping needs a descriptor open for reading too.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        m_error =
            tr("Cannot create the journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    // Held until the file is closed (or the process dies): it tells readers the run is live.
    lockForWriting(m_file.handle());
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
    const QByteArray record = jf::readingRecord(reading.fields());
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

bool Journal::appendCapChange(int cap)
{
    if (cap < 0) {
        std::lock_guard lock(m_mutex);
        m_error = tr("A cap cannot be negative (%1)").arg(cap);
        return false;
    }
    CapChange change;
    change.cap = cap;
    change.wallNs = wallNowNs();
    change.monoNs = monotonicNowNs();
    QByteArray record;
    jf::appendRecord(record, jf::RecordType::CapChange, jf::encodeCapChange(change));
    std::lock_guard lock(m_mutex);
    return writeRecord(record);
}

bool Journal::writeRecord(const QByteArray &record)
{
    if (!m_file.isOpen()) {
        m_error = tr("The journal is not open");
        return false;
    }
    // A store into a MAP_SHARED page is in the kernel's page cache at once: no syscall, and it
    // survives the death of this process. m_size only moves past whole records, so a record
    // torn by a kill or a failed reservation is overwritten by the next one or cut at close.
    qsizetype done = 0;
    while (done < record.size()) {
        const qint64 at = m_size + done;
        if ((!m_map || at >= m_mapStart + kChunk) && !mapChunkAt(at))
            return false;
        const qsizetype n = qsizetype(qMin<qint64>(m_mapStart + kChunk - at, record.size() - done));
        std::memcpy(m_map + (at - m_mapStart), record.constData() + done, size_t(n));
        done += n;
    }
    m_size += record.size();
    return true;
}

bool Journal::mapChunkAt(qint64 offset)
{
    unmapChunk();
    const qint64 start = offset / kChunk * kChunk;
    // Reserve real blocks first: a full disk must fail here, not as SIGBUS on a later store.
#ifdef Q_OS_LINUX
    bool reserved = ::posix_fallocate(m_file.handle(), start, kChunk) == 0;
#else
    bool reserved = true;
#endif
    // Also refreshes the size QFile has cached, which map() checks the range against.
    reserved = reserved && m_file.resize(qMax(m_file.size(), start + kChunk));
    if (reserved)
        m_map = m_file.map(start, kChunk);
    if (!m_map) {
        m_error = tr("Cannot extend the journal %1 (is the disk full?)").arg(m_file.fileName());
        return false;
    }
    m_mapStart = start;
    return true;
}

void Journal::unmapChunk()
{
    if (m_map)
        m_file.unmap(m_map);
    m_map = nullptr;
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
    // Cut the reserved space first, then write the closing record with a plain write: it is
    // the file's last bytes exactly when the run was closed, which findInterrupted() relies on.
    unmapChunk();
    const QByteArray end = endRecord(outcome, m_count);
    bool ok = m_file.resize(m_size) && m_file.seek(m_size) && m_file.write(end) == end.size();
    if (!ok)
        m_error =
            tr("Cannot close the journal %1: %2").arg(m_file.fileName(), m_file.errorString());
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
        if (!QFile::exists(path) || runState(path) != RunState::Interrupted)
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

Journal::RunState Journal::runState(const QString &journalPath)
{
    if (!QFileInfo(journalPath).isFile())
        return RunState::Unreadable;
    if (hasWriter(journalPath))
        return RunState::Running;
    if (const auto end = JournalReader::readRunEnd(journalPath)) {
        switch (end->outcome) {
        case RunEnd::Outcome::Completed:
            return RunState::Completed;
        case RunEnd::Outcome::Stopped:
            return RunState::Stopped;
        case RunEnd::Outcome::Recovered:
            return RunState::Recovered;
        case RunEnd::Outcome::SafeStateApplied:
            return RunState::SafeStateApplied;
        }
    }
    JournalReader reader(journalPath);
    return reader.open() ? RunState::Interrupted : RunState::Unreadable;
}

const char *Journal::runStateWord(RunState state)
{
    switch (state) {
    case RunState::Running:
        return "running";
    case RunState::Completed:
        return "completed";
    case RunState::Stopped:
        return "stopped";
    case RunState::Recovered:
        return "recovered";
    case RunState::SafeStateApplied:
        // One word, so a script splitting `labdispatch runs` on blanks still gets one column,
        // and one that looks for INTERRUPTED still finds the run.
        return "INTERRUPTED,safe";
    case RunState::Interrupted:
        return "INTERRUPTED";
    case RunState::Unreadable:
        break;
    }
    return "unreadable";
}

bool Journal::closeInterrupted(const QString &journalPath, QString *error)
{
    return closeAfterTheFact(journalPath, RunEnd::Outcome::Recovered, error);
}

bool Journal::markSafeStateApplied(const QString &journalPath, QString *error)
{
    return closeAfterTheFact(journalPath, RunEnd::Outcome::SafeStateApplied, error);
}

bool Journal::closeAfterTheFact(const QString &journalPath, RunEnd::Outcome outcome, QString *error)
{
    QFile file(journalPath);
    // The writer's lock, taken before reading: a live run is refused, and no second recovery
    // can interleave with this one.
    if (!file.open(QIODevice::ReadWrite | QIODevice::Unbuffered) ||
        !lockForWriting(file.handle())) {
        if (error) {
            *error =
                file.isOpen()
                    ? tr("The run of %1 is still being written by a running LabDispatch")
                          .arg(journalPath)
                    : tr("Cannot open the journal %1: %2").arg(journalPath, file.errorString());
        }
        return false;
    }
    JournalReader reader(journalPath);
    if (!reader.open()) {
        if (error)
            *error = reader.errorString();
        return false;
    }
    Reading reading;
    while (reader.next(reading)) {
    }
    if (reader.runEnd())
        return true; // closed already; damage after the closing record is left as found
    // Cut a torn tail and the zeros of the space a killed writer had reserved, so the closing
    // record follows the last intact record directly.
    const bool ok = (file.size() == reader.intactEnd() || file.resize(reader.intactEnd())) &&
                    file.seek(reader.intactEnd());
    const QByteArray record = endRecord(outcome, quint64(reader.readingsRead()));
    if (!ok || file.write(record) != record.size() || !syncFd(file.handle())) {
        if (error)
            *error = tr("Cannot close the journal %1: %2").arg(journalPath, file.errorString());
        return false;
    }
    return true;
}

} // namespace ld
