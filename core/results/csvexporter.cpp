// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "csvfield.h"
#include "journal.h"
#include "journalformat_p.h"
#include "journalreader.h"
#include "rundescription.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <cstdio>
#include <cstring>

#include <memory>
#include <optional>
#include <vector>

namespace ld {

namespace {

using csvfield::Origin;

constexpr qsizetype kFlushBytes = 64 * 1024;
constexpr qint64 kProgressEvery = 4096;

/** Buffers rows and hands them to the file in chunks, remembering the first write error. */
class RowWriter
{
public:
    explicit RowWriter(QIODevice &file)
        : m_file(file)
    {
        m_chunk.reserve(kFlushBytes + 4096);
    }
    void line(const QString &text)
    {
        m_chunk += text.toUtf8();
        m_chunk += "\r\n";
        if (m_chunk.size() >= kFlushBytes)
            flush();
    }
    void comment(const QString &text) { line(QLatin1String("# ") + csvfield::commentText(text)); }
    void raw(const QByteArray &bytes) { m_chunk += bytes; }
    bool flush()
    {
        if (m_ok && !m_chunk.isEmpty() && m_file.write(m_chunk) != m_chunk.size())
            m_ok = false;
        m_chunk.clear();
        return m_ok;
    }
    bool ok() const { return m_ok; }

private:
    QIODevice &m_file;
    QByteArray m_chunk;
    bool m_ok = true;
};

QString valueText(const Reading::Value &value)
{
    if (const auto *number = std::get_if<double>(&value))
        return csvfield::number(*number);
    if (const auto *numbers = std::get_if<QList<double>>(&value)) {
        QString out;
        for (qsizetype i = 0; i < numbers->size(); ++i) {
            if (i)
                out += QLatin1Char(';');
            out += csvfield::number(numbers->at(i));
        }
        return out;
    }
    if (const auto *text = std::get_if<QString>(&value))
        return csvfield::cell(*text, Origin::Foreign);
    return {};
}

QString parametersText(const QList<Reading::Parameter> &parameters)
{
    QString out;
    for (const auto &[name, value] : parameters) {
        if (!out.isEmpty())
            out += QLatin1Char(';');
        out += name + QLatin1Char('=') + value;
    }
    return csvfield::cell(out, Origin::Foreign);
}

qint64 elapsedNs(const RunInfo &info, const Reading &r)
{
    if (info.startedMonoNs != 0 && r->completedMonoNs != 0)
        return r->completedMonoNs - info.startedMonoNs;
    return r->completedWallNs - info.startedWallNs;
}

void writeHeaderBlock(RowWriter &out, const RunInfo &info, Journal::RunState state,
                      const QList<CapChange> &capChanges, CsvExporter::Layout layout)
{
    out.comment(QStringLiteral("LabDispatch CSV export"));
    out.comment(QStringLiteral("app version: %1 (run recorded with %2)")
                    .arg(QLatin1String(LABDISPATCH_VERSION), info.appVersion));
    out.comment(QStringLiteral("exported: %1").arg(csvfield::timestamp(wallNowNs())));
    for (const QString &line : RunDescription::lines(info, state, capChanges))
        out.comment(line);
    out.comment(layout == CsvExporter::Layout::Long
                    ? QStringLiteral("layout: long, one row per reading")
                    : QStringLiteral("layout: wide, row n holds each series' n-th reading"));
    out.comment(QStringLiteral("timestamp: job completion, UTC; elapsed_s: seconds since run "
                               "start on the monotonic clock; lists of values are ';'-separated"));
}

/** The long layout's fixed columns, in order. */
const QStringList &fixedColumns()
{
    static const QStringList kColumns = {
        QStringLiteral("timestamp"),  QStringLiteral("elapsed_s"), QStringLiteral("job_id"),
        QStringLiteral("instrument"), QStringLiteral("operation"), QStringLiteral("parameters"),
        QStringLiteral("quantity"),   QStringLiteral("value"),     QStringLiteral("unit"),
        QStringLiteral("status"),     QStringLiteral("failure"),   QStringLiteral("error")};
    return kColumns;
}

const QString kStepColumn = QStringLiteral("step");
const QString kVariablePrefix = QStringLiteral("var:");

/**
 * The long layout's plan columns: `step`, then one per variable in the order the run first
 * bound them. Present only when some reading came from a plan step.
 */
struct PlanColumns
{
    bool present = false;
    QStringList variables;
    QSet<QString> seen;

    void add(const QString &step, const QStringList &names)
    {
        present = present || !step.isEmpty() || !names.isEmpty();
        for (const QString &name : names) {
            if (!seen.contains(name)) {
                seen.insert(name);
                variables.append(name);
            }
        }
    }
    /** A variable's column name: `var:` goes before one that would clash with another column. */
    static QString columnName(const QString &variable)
    {
        const bool clashes = fixedColumns().contains(variable) || variable == kStepColumn ||
                             variable.startsWith(kVariablePrefix);
        return clashes ? kVariablePrefix + variable : variable;
    }
    QString header() const
    {
        QString out = QLatin1Char(',') + kStepColumn;
        for (const QString &variable : variables)
            out += QLatin1Char(',') + csvfield::cell(columnName(variable), Origin::Foreign);
        return out;
    }
    QString cells(const Reading &r) const
    {
        QString out = QLatin1Char(',') + csvfield::cell(r->step, Origin::Foreign);
        for (const QString &variable : variables) {
            out += QLatin1Char(',');
            for (const auto &[name, value] : r->variables) {
                if (name == variable) {
                    out += csvfield::number(value);
                    break;
                }
            }
        }
        return out;
    }
};

/** One instrument-quantity-unit column group of the wide layout. */
struct Series
{
    QString key;
    QString instrument;
    QString quantity;
    QString unit;
    qint64 count = 0;
};

QString seriesKey(const Reading &r)
{
    return r->instrument + QChar(0x1f) + r.quantityOrOperation() + QChar(0x1f) + r->unit;
}

/** Whether the file at `path` starts with the journal's file magic. */
bool isJournal(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(sizeof journalformat::kFileMagic);
    return head.size() == qsizetype(sizeof journalformat::kFileMagic) &&
           std::memcmp(head.constData(), journalformat::kFileMagic,
                       sizeof journalformat::kFileMagic) == 0;
}

/**
 * The export's target: a QSaveFile that replaces the file only on commit, or standard output,
 * where what was written stays written.
 */
class Destination
{
public:
    explicit Destination(const QString &csvPath)
        : m_stdout(csvPath == QLatin1String(CsvExporter::kStandardOutput))
    {
        if (m_stdout)
            m_console.emplace();
        else
            m_file.emplace(csvPath);
    }
    bool open()
    {
        if (m_stdout)
            return m_console->open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered,
                                   QFileDevice::DontCloseHandle);
        return m_file->open(QIODevice::WriteOnly);
    }
    QIODevice &device() { return m_stdout ? static_cast<QIODevice &>(*m_console) : *m_file; }
    void cancel()
    {
        if (!m_stdout)
            m_file->cancelWriting();
    }
    bool commit()
    {
        if (m_stdout)
            return m_console->flush() && std::fflush(stdout) == 0;
        return m_file->commit();
    }
    QString errorString() const
    {
        return m_stdout ? m_console->errorString() : m_file->errorString();
    }

private:
    bool m_stdout;
    std::optional<QFile> m_console;
    std::optional<QSaveFile> m_file;
};

} // namespace

CsvExporter::Result CsvExporter::exportJournal(const QString &journalPath, const QString &csvPath,
                                               const CancellationToken &cancel,
                                               const Progress &progress) const
{
    Result result;
    if (!checkDestination(csvPath, &result.error))
        return result;
    JournalReader reader(journalPath);
    if (!reader.open()) {
        result.error = reader.errorString();
        return result;
    }
    const RunInfo info = reader.runInfo();
    const Journal::RunState state = Journal::runState(journalPath);
    result.runOpen = state == Journal::RunState::Running;
    result.runClosed = !result.runOpen && state != Journal::RunState::Interrupted;

    Destination file(csvPath);
    if (!file.open()) {
        result.error = tr("Cannot write %1: %2").arg(csvPath, file.errorString());
        return result;
    }
    RowWriter out(file.device());
    if (m_options.byteOrderMark)
        out.raw(QByteArrayLiteral("\xEF\xBB\xBF"));

    const auto cancelled = [&] {
        if (!cancel.isCancelled())
            return false;
        file.cancel();
        result.status = Result::Status::Cancelled;
        return true;
    };
    // Two passes, each reading the file record by record: the first finds what the header
    // needs (the cap changes, and the plan columns or the wide layout's series), the second
    // writes the rows. Memory is bounded by the columns, never by the rows.
    const qint64 size = qMax<qint64>(reader.size(), 1);
    const auto firstPassProgress = [&] {
        if (reader.readingsRead() % kProgressEvery != 0)
            return true;
        if (cancelled())
            return false;
        if (progress)
            progress(reader.position(), 2 * size);
        return true;
    };
    const auto takeCounts = [&result](const JournalReader &from) {
        result.readings = from.readingsRead();
        result.skippedBytes = from.skippedBytes();
        result.damagedRegions = from.damagedRegions();
        // The tail check can miss a closing record that damage follows; a full pass cannot.
        result.runClosed = result.runClosed || (!result.runOpen && from.runEnd().has_value());
    };
    Reading r;

    if (m_options.layout == Layout::Long) {
        PlanColumns plan;
        QString step;
        QStringList variables;
        while (reader.nextContext(step, variables)) {
            plan.add(step, variables);
            if (!firstPassProgress())
                return result;
        }
        if (m_options.headerBlock)
            writeHeaderBlock(out, info, state, reader.capChanges(), m_options.layout);
        out.line(fixedColumns().join(QLatin1Char(',')) +
                 (plan.present ? plan.header() : QString()));
        // A live run goes on growing: rows end where the first pass did, so every row has its
        // columns.
        const qint64 end = reader.position();
        JournalReader rows(journalPath);
        if (!rows.open()) {
            file.cancel();
            result.error = rows.errorString();
            return result;
        }
        while (rows.position() < end && rows.next(r)) {
            QString row;
            row.reserve(160);
            row += csvfield::timestamp(r->completedWallNs);
            row += QLatin1Char(',') + csvfield::seconds(elapsedNs(info, r));
            row += QLatin1Char(',') + QString::number(r->jobId);
            row += QLatin1Char(',') + csvfield::cell(r->instrument, Origin::Foreign);
            row += QLatin1Char(',') + csvfield::cell(r->operation, Origin::Foreign);
            row += QLatin1Char(',') + parametersText(r->parameters);
            row += QLatin1Char(',') + csvfield::cell(r->quantity, Origin::Foreign);
            row += QLatin1Char(',') + valueText(r->value);
            row += QLatin1Char(',') + csvfield::cell(r->unit, Origin::Foreign);
            row += QLatin1Char(',') + jobStatusName(r->status);
            row += QLatin1Char(',');
            if (r->failure != FailureKind::None)
                row += failureKindName(r->failure);
            row += QLatin1Char(',') + csvfield::cell(r->error, Origin::Foreign);
            if (plan.present)
                row += plan.cells(r);
            out.line(row);
            ++result.rows;
            if (cancelled())
                return result;
            if (progress && result.rows % kProgressEvery == 0)
                progress(size + qMin(rows.position(), size), 2 * size);
        }
        // The second pass decoded every reading in full: its counts are the exact ones.
        takeCounts(rows);
    } else {
        // Pass 1 finds the series; then one reader per series walks the file in step, so only
        // one reading per series is in memory at a time, whatever the run's length.
        QList<Series> series;
        QHash<QString, int> index;
        while (reader.next(r)) {
            const QString key = seriesKey(r);
            auto it = index.constFind(key);
            if (it == index.constEnd()) {
                it = index.insert(key, int(series.size()));
                series.append({key, r->instrument, r.quantityOrOperation(), r->unit, 0});
            }
            ++series[*it].count;
            if (!firstPassProgress())
                return result;
        }
        if (m_options.headerBlock)
            writeHeaderBlock(out, info, state, reader.capChanges(), m_options.layout);
        QStringList header;
        qint64 rows = 0;
        for (const Series &s : series) {
            const QString name = s.instrument + QLatin1Char(' ') + s.quantity;
            header << csvfield::cell(name + QLatin1String(" timestamp"), Origin::Foreign)
                   << csvfield::cell(name + QLatin1String(" elapsed_s"), Origin::Foreign)
                   << csvfield::cell(s.unit.isEmpty()
                                         ? name
                                         : name + QLatin1String(" (") + s.unit + QLatin1Char(')'),
                                     Origin::Foreign)
                   << csvfield::cell(name + QLatin1String(" status"), Origin::Foreign);
            rows = qMax(rows, s.count);
        }
        out.line(header.join(QLatin1Char(',')));
        std::vector<std::unique_ptr<JournalReader>> cursors;
        for (qsizetype i = 0; i < series.size(); ++i) {
            cursors.push_back(std::make_unique<JournalReader>(journalPath));
            if (!cursors.back()->open()) {
                file.cancel();
                result.error = cursors.back()->errorString();
                return result;
            }
        }
        for (qint64 row = 0; row < rows; ++row) {
            QStringList cells;
            for (qsizetype i = 0; i < series.size(); ++i) {
                bool found = false;
                while (cursors[size_t(i)]->next(r)) {
                    if (seriesKey(r) == series[i].key) {
                        found = true;
                        break;
                    }
                }
                if (found) {
                    cells << csvfield::timestamp(r->completedWallNs)
                          << csvfield::seconds(elapsedNs(info, r)) << valueText(r->value)
                          << jobStatusName(r->status);
                } else {
                    cells << QString() << QString() << QString() << QString();
                }
            }
            out.line(cells.join(QLatin1Char(',')));
            ++result.rows;
            if (cancelled())
                return result;
            if (progress && result.rows % kProgressEvery == 0)
                progress(size + size * row / rows, 2 * size);
        }
        takeCounts(reader);
    }

    if (!out.flush() || !file.commit()) {
        file.cancel();
        result.error = tr("Cannot write %1: %2").arg(csvPath, file.errorString());
        return result;
    }
    if (result.skippedBytes > 0) {
        result.warnings << tr("The journal had %1 damaged bytes in %2 places; every intact "
                              "reading was exported")
                               .arg(result.skippedBytes)
                               .arg(result.damagedRegions);
    }
    if (result.runOpen) {
        result.warnings << tr("The run is still going: the export holds the readings journaled "
                              "until now");
    } else if (!result.runClosed) {
        result.warnings << tr("The run was interrupted: it has no closing record");
    }
    if (progress)
        progress(2 * size, 2 * size);
    result.status = Result::Status::Ok;
    return result;
}

bool CsvExporter::checkDestination(const QString &csvPath, QString *error)
{
    if (csvPath == QLatin1String(kStandardOutput))
        return true;
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (csvPath.isEmpty())
        return refuse(tr("No CSV file was named"));
    const QFileInfo target(csvPath);
    if (target.exists()) {
        // Follows links: a link to a device is a device.
        if (target.isDir())
            return refuse(tr("%1 is a folder; name a CSV file in it").arg(csvPath));
        if (!target.isFile())
            return refuse(tr("%1 is not a regular file (a device, a pipe or a socket); write to a "
                             "file, or to '-' for standard output")
                              .arg(csvPath));
        if (isJournal(csvPath))
            return refuse(tr("%1 is a journal; a CSV export never replaces one").arg(csvPath));
    }
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return refuse(tr("Cannot write %1: the folder %2 is missing or not writable")
                          .arg(csvPath, folder.filePath()));
    return true;
}

} // namespace ld
