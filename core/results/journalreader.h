// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/reading.h"
#include "results/runinfo.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ld {

/**
 * Reads a journal record by record, in bounded memory. Damaged bytes (a torn tail after a
 * crash, garbage, a flipped bit) are skipped up to the next intact record and counted, so
 * everything that was written whole is recovered.
 */
class JournalReader
{
public:
    /** The reader asks the file for at least this much at a time (tests aim at its edges). */
    static constexpr qsizetype kReadChunk = 256 * 1024;

    explicit JournalReader(const QString &journalPath);

    /** Opens the file and reads the run header; false (see errorString()) if it is not a journal.
     */
    bool open();
    QString errorString() const { return m_error; }
    const RunInfo &runInfo() const { return m_info; }

    /** The next intact reading; false at the end of the file. */
    bool next(Reading &reading);
    /**
     * Like next(), but gives only the reading's plan step and the names of its variables (both
     * empty for a simple run's reading), decoding no more than that needs: a fast first pass
     * for a consumer that must know the variables or the cap changes before the first reading.
     */
    bool nextContext(QString &step, QStringList &variables);

    /** The closing record, once next() has passed it. */
    std::optional<RunEnd> runEnd() const { return m_end; }
    /** The cap changes next() has passed, in the order they were journaled. */
    const QList<CapChange> &capChanges() const { return m_capChanges; }
    qint64 readingsRead() const { return m_readings; }
    qint64 skippedBytes() const { return m_skippedBytes; }
    /** Runs of consecutive damaged bytes; a torn tail is one. */
    int damagedRegions() const { return m_damagedRegions; }
    /** True if the file ended inside damaged bytes: the typical mark of a crash mid-write. */
    bool endsTorn() const { return m_inDamage; }
    /** Bytes consumed so far and the file size: progress for a streaming consumer. */
    qint64 position() const { return m_bufferOffset + m_pos; }
    qint64 size() const { return m_size; }
    /** File offset just past the last intact record: where a torn tail starts. */
    qint64 intactEnd() const { return m_intactEnd; }

    /**
     * Reads only the file's tail: the closing record if the run was closed. One small read when
     * the closing record ends the file; otherwise the last kTailSearch bytes are searched, so
     * damage after a closing record does not hide it.
     */
    static std::optional<RunEnd> readRunEnd(const QString &journalPath);
    static constexpr qint64 kTailSearch = 1024 * 1024;

private:
    /** Walks to the next intact reading record and hands its payload to `decode`. */
    template<typename Decode> bool nextReading(Decode decode);
    qsizetype fill(qsizetype wanted);
    void skipDamaged(qsizetype bytes);
    bool consumeZeroTail();

    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferOffset = 0;
    qint64 m_size = 0;
    bool m_eof = false;
    QString m_error;
    RunInfo m_info;
    std::optional<RunEnd> m_end;
    QList<CapChange> m_capChanges;
    qint64 m_readings = 0;
    qint64 m_skippedBytes = 0;
    int m_damagedRegions = 0;
    bool m_inDamage = false;
    qint64 m_intactEnd = 0;
};

} // namespace ld
