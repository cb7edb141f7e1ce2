// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node/jobmemory.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QThreadPool>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace ld {

namespace {
constexpr int kSyncDelayMs = 1000;
constexpr const char *kFormat = "labdispatch-node-jobs";
constexpr int kVersion = 1;

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray headerRecord()
{
    return line({{QStringLiteral("format"), QLatin1String(kFormat)},
                 {QStringLiteral("version"), kVersion}});
}

QByteArray acceptedRecord(const QString &jobId)
{
    return line({{QStringLiteral("accepted"), jobId}});
}

QByteArray finishedRecord(const QString &jobId, const QByteArray &answer)
{
    // Answers are compact JSON objects already (no raw newline can occur in one): spliced in
    // as they are, which is most of the cost of remembering a job saved.
    if (!answer.startsWith('{') || !answer.endsWith('}') || answer.contains('\n'))
        return line({{QStringLiteral("finished"), jobId},
                     {QStringLiteral("answer"), QJsonDocument::fromJson(answer).object()}});
    const QByteArray id = QJsonDocument(QJsonArray{jobId}).toJson(QJsonDocument::Compact);
    return "{\"answer\":" + answer + ",\"finished\":" + id.mid(1, id.size() - 2) + "}\n";
}
} // namespace

JobMemory::JobMemory(int capacity)
    : m_capacity(std::max(1, capacity))
{
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(kSyncDelayMs);
    QObject::connect(&m_syncTimer, &QTimer::timeout, &m_syncTimer, [this] { syncInBackground(); });
}

JobMemory::~JobMemory()
{
    if (m_file.isOpen()) {
        m_file.flush();
#ifdef Q_OS_UNIX
        ::fdatasync(m_file.handle());
#endif
        m_file.close();
    }
}

QString JobMemory::stateFileName()
{
    return QStringLiteral("jobs.jsonl");
}

bool JobMemory::open(const QString &directory, QString *error, QString *warning)
{
    auto fail = [&](const QString &message) {
        m_error = message;
        if (error)
            *error = message;
        m_lock.reset();
        return false;
    };
    if (m_file.isOpen())
        return fail(tr("the job memory is already open"));
    if (!QDir().mkpath(directory))
        return fail(tr("cannot create the state folder '%1'").arg(directory));
    m_directory = QDir(directory).absolutePath();
    m_lock = std::make_unique<QLockFile>(QDir(m_directory).filePath(QStringLiteral("node.lock")));
    // A lock left by a killed node names a process that is gone; QLockFile takes it over.
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            return fail(tr("another node (process %1) uses the state folder '%2'")
                            .arg(pid)
                            .arg(m_directory));
        }
        return fail(tr("cannot lock the state folder '%1': it is not writable").arg(m_directory));
    }
    m_file.setFileName(QDir(m_directory).filePath(stateFileName()));
    if (!load(warning))
        return fail(m_error);
    // Rewritten on every start: a torn last record (killed mid-write) goes, and appends start on
    // a clean line.
    if (!compact())
        return fail(m_error);
    return true;
}

bool JobMemory::load(QString *warning)
{
    QFile in(m_file.fileName());
    if (!in.exists())
        return true;
    if (!in.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot read '%1': %2").arg(in.fileName(), in.errorString());
        return false;
    }
    QHash<QString, QByteArray> answers;
    std::deque<QString> order;
    QSet<QString> open;
    QStringList openOrder;
    QString problem;
    qint64 number = 0;
    while (!in.atEnd()) {
        const QByteArray raw = in.readLine();
        ++number;
        if (!raw.endsWith('\n'))
            break; // the last record was cut by a kill: it never took effect
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            problem = tr("line %1 is not a JSON object").arg(number);
            break;
        }
        const QJsonObject o = doc.object();
        if (number == 1) {
            if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat) ||
                o.value(QStringLiteral("version")).toInt() != kVersion) {
                problem = tr("line 1 is not a '%1' version %2 header")
                              .arg(QLatin1String(kFormat))
                              .arg(kVersion);
                break;
            }
            continue;
        }
        const QString accepted = o.value(QStringLiteral("accepted")).toString();
        const QString finished = o.value(QStringLiteral("finished")).toString();
        const QJsonValue answer = o.value(QStringLiteral("answer"));
        if (!accepted.isEmpty()) {
            if (!open.contains(accepted) && !answers.contains(accepted)) {
                open.insert(accepted);
                openOrder.append(accepted);
            }
        } else if (!finished.isEmpty() && answer.isObject()) {
            open.remove(finished);
            if (!answers.contains(finished))
                order.push_back(finished);
            answers.insert(finished,
                           QJsonDocument(answer.toObject()).toJson(QJsonDocument::Compact));
        } else {
            problem = tr("line %1 is neither an accepted nor a finished job").arg(number);
            break;
        }
    }
    in.close();
    if (!problem.isEmpty()) {
        // Kept, not deleted: someone may want to look at it.
        const QString aside = m_file.fileName() + QStringLiteral(".corrupt");
        QFile::remove(aside);
        const bool moved = QFile::rename(m_file.fileName(), aside);
        if (!moved && !QFile::remove(m_file.fileName())) {
            m_error = tr("the job memory '%1' is corrupt (%2) and cannot be replaced")
                          .arg(m_file.fileName(), problem);
            return false;
        }
        if (warning)
            *warning = tr("the job memory '%1' is corrupt (%2); %3 and starting with an empty "
                          "memory: jobs delivered again may run again")
                           .arg(m_file.fileName(), problem,
                                moved ? tr("moved it to '%1'").arg(aside) : tr("removed it"));
        return true;
    }
    while (int(order.size()) > m_capacity) {
        answers.remove(order.front());
        order.pop_front();
    }
    m_answers = std::move(answers);
    m_order = std::move(order);
    m_open = std::move(open);
    m_interrupted.clear();
    for (const QString &id : std::as_const(openOrder))
        if (m_open.contains(id))
            m_interrupted.append(id);
    return true;
}

bool JobMemory::accepted(const QString &jobId)
{
    m_open.insert(jobId);
    return append(acceptedRecord(jobId));
}

bool JobMemory::finished(const QString &jobId, const QByteArray &answer)
{
    m_open.remove(jobId);
    if (!m_answers.contains(jobId))
        m_order.push_back(jobId);
    m_answers.insert(jobId, answer);
    while (int(m_order.size()) > m_capacity) {
        m_answers.remove(m_order.front());
        m_order.pop_front();
    }
    if (!append(finishedRecord(jobId, answer)))
        return false;
    // Bounded: about twice what is remembered, then rewritten with only that.
    if (m_records > 2 * qint64(m_capacity) + m_open.size() + 64)
        return compact();
    return true;
}

bool JobMemory::append(const QByteArray &record)
{
    if (!m_file.isOpen())
        return true; // memory only
    // One unbuffered write: in the kernel before the job runs or its answer leaves.
    if (m_file.write(record) != record.size()) {
        m_error = tr("cannot write '%1': %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    ++m_records;
    syncSoon();
    return true;
}

bool JobMemory::compact()
{
    if (m_file.isOpen())
        m_file.close();
    QSaveFile out(m_file.fileName());
    QByteArray data = headerRecord();
    // Interrupted ones first, in their old order; none of this run is open yet at start.
    QSet<QString> written;
    for (const QString &id : std::as_const(m_interrupted))
        if (m_open.contains(id)) {
            data += acceptedRecord(id);
            written.insert(id);
        }
    for (const QString &id : std::as_const(m_open))
        if (!written.contains(id))
            data += acceptedRecord(id);
    for (const QString &id : m_order)
        data += finishedRecord(id, m_answers.value(id));
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        m_error = tr("cannot write '%1': %2").arg(m_file.fileName(), out.errorString());
        return false;
    }
    m_records = qint64(m_open.size() + m_order.size());
    return reopenForAppend();
}

bool JobMemory::reopenForAppend()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        m_error = tr("cannot open '%1': %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

void JobMemory::syncSoon()
{
    if (!m_syncTimer.isActive())
        m_syncTimer.start();
}

void JobMemory::syncInBackground()
{
#ifdef Q_OS_UNIX
    if (!m_file.isOpen())
        return;
    if (m_syncRunning->exchange(true)) {
        m_syncTimer.start(); // the previous one is still busy: try again later
        return;
    }
    // A duplicate descriptor: the file may be compacted (closed, replaced) meanwhile; syncing
    // the old one then is harmless.
    const int fd = ::dup(m_file.handle());
    if (fd < 0) {
        m_syncRunning->store(false);
        return;
    }
    auto running = m_syncRunning;
    QThreadPool::globalInstance()->start([fd, running] {
        ::fdatasync(fd);
        ::close(fd);
        running->store(false);
    });
#endif
}

} // namespace ld
