// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduler/cancellationtoken.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace ld {

/**
 * Exports a run's journal to CSV (RFC 4180, UTF-8, CRLF), streaming record by record so memory
 * stays bounded whatever the row count. The target is replaced atomically (QSaveFile): a
 * cancelled or failed export leaves an existing file untouched and no partial one.
 * Blocking: run it off the UI thread (e.g. QtConcurrent::run) and cancel through the token.
 */
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(ld::CsvExporter)

public:
    enum class Layout {
        /** One row per reading: timestamp, elapsed, job, instrument, operation, value, unit... */
        Long,
        /**
         * A column group per instrument and quantity (timestamp, elapsed, value, status); row n
         * holds each series' n-th reading with that reading's own timestamp.
         */
        Wide,
    };
    struct Options
    {
        Layout layout = Layout::Long;
        /** A UTF-8 byte order mark: lets Excel detect UTF-8, which most other tools do not need. */
        bool byteOrderMark = false;
        /** The "# " comment block with the run's identities; off for tools that reject comments. */
        bool headerBlock = true;
    };
    struct Result
    {
        enum class Status { Ok, Cancelled, Failed };
        Status status = Status::Failed;
        QString error;        ///< why it failed; empty otherwise
        QStringList warnings; ///< exported, but: damaged bytes skipped, run interrupted...
        qint64 rows = 0;      ///< data rows written
        qint64 readings = 0;  ///< intact readings found in the journal
        qint64 skippedBytes = 0;
        int damagedRegions = 0;
        bool runClosed = false; ///< the journal has its closing record
        bool runOpen = false;   ///< a live process is still writing the journal
        bool ok() const { return status == Status::Ok; }
    };
    /** Called on the exporting thread with done <= total, at most every few thousand rows. */
    using Progress = std::function<void(qint64 done, qint64 total)>;

    CsvExporter() = default;
    explicit CsvExporter(Options options)
        : m_options(options)
    {}

    /** The csvPath that means standard output. */
    static constexpr char kStandardOutput[] = "-";

    /**
     * Writes the journal as CSV to `csvPath` atomically (nothing is replaced unless the whole
     * export succeeds), or streams it to standard output when csvPath is "-". Refuses, before
     * reading anything, what checkDestination() refuses and the journal itself.
     */
    Result exportJournal(const QString &journalPath, const QString &csvPath,
                         const CancellationToken &cancel = {}, const Progress &progress = {}) const;

    /**
     * Whether a CSV may be written to `csvPath`: "-" (standard output), or a path in a writable
     * folder that is either new or an existing regular file that is not a journal. Devices,
     * pipes, folders and journals are refused with a reason in `error`, so an export can never
     * replace a device node or the data it was made from.
     */
    static bool checkDestination(const QString &csvPath, QString *error);

private:
    Options m_options;
};

} // namespace ld
