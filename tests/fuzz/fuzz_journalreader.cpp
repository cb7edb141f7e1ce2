// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a journal as found on disk after anything (a crash, a bad copy, a flipped
// bit). The input is the file: JournalReader reads it through (readings, plan context, cap
// changes), its fast first pass (nextContext) reads it again, the run's description is made,
// CsvExporter exports it (long layout for even sizes, wide for odd ones), and
// Journal::closeInterrupted recovers it.
// Run with -max_len above JournalReader::kReadChunk so refills happen (tests/fuzz/run-fuzzers).
#include "fuzzsupport.h"

#include "results/csvexporter.h"
#include "results/journal.h"
#include "results/journalreader.h"
#include "results/rundescription.h"

#include <QTemporaryDir>

#include <sys/mman.h>
#include <unistd.h>

namespace {

/** The journal file: an anonymous memory file, reached by path through /proc/self/fd. */
class MemoryFile
{
public:
    MemoryFile()
        : m_fd(memfd_create("fuzz-journal", MFD_CLOEXEC))
    {
        ld::fuzz::check(m_fd >= 0, "memfd_create works");
        m_path = QStringLiteral("/proc/self/fd/%1").arg(m_fd);
    }
    ~MemoryFile() { ::close(m_fd); }
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;

    void write(const uint8_t *data, size_t size)
    {
        ld::fuzz::check(ftruncate(m_fd, 0) == 0, "the memory file truncates");
        size_t done = 0;
        while (done < size) {
            const ssize_t n = pwrite(m_fd, data + done, size - done, off_t(done));
            ld::fuzz::check(n > 0, "the memory file takes the input");
            done += size_t(n);
        }
    }
    QString path() const { return m_path; }

private:
    int m_fd;
    QString m_path;
};

struct World
{
    MemoryFile journal;
    QTemporaryDir csvFolder;
};

World &world()
{
    static World w;
    return w;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ld::fuzz::quietQt();
    ld::fuzz::check(world().csvFolder.isValid(), "a temporary folder for the CSV");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = world();
    w.journal.write(data, size);
    const QString path = w.journal.path();

    ld::JournalReader reader(path);
    if (reader.open()) {
        ld::Reading reading;
        while (reader.next(reading))
            ld::fuzz::check(!reading.isNull(), "next() gives a reading when it says so");
        ld::fuzz::check(reader.position() == reader.size(), "the reader reads to the end");
        ld::fuzz::check(reader.intactEnd() <= reader.size() &&
                            reader.skippedBytes() <= reader.size(),
                        "offsets stay inside the file");
        ld::fuzz::check(reader.runEnd().has_value() ==
                                ld::JournalReader::readRunEnd(path).has_value() ||
                            reader.damagedRegions() > 0,
                        "an undamaged journal's tail says what the reader found");
        ld::JournalReader scan(path);
        ld::fuzz::check(scan.open(), "a journal opens twice");
        QString step;
        QStringList variables;
        while (scan.nextContext(step, variables)) {
        }
        // The first pass skips only what it cannot frame, and decodes less than next() does.
        ld::fuzz::check(scan.readingsRead() >= reader.readingsRead(),
                        "the first pass finds every reading the full one does");
        ld::fuzz::check(scan.capChanges() == reader.capChanges(),
                        "both passes find the same cap changes");
        const QStringList lines = ld::RunDescription::lines(
            reader.runInfo(), ld::Journal::RunState::Interrupted, reader.capChanges());
        ld::fuzz::check(lines.size() >= 6, "a run's description names the run");
    } else {
        ld::fuzz::check(!reader.errorString().isEmpty(), "a refused journal says why");
    }

    ld::CsvExporter::Options options;
    options.layout = size % 2 ? ld::CsvExporter::Layout::Wide : ld::CsvExporter::Layout::Long;
    const QString csv = w.csvFolder.filePath(QStringLiteral("run.csv"));
    const auto exported = ld::CsvExporter(options).exportJournal(path, csv);
    ld::fuzz::check(exported.ok() || !exported.error.isEmpty(), "a failed export says why");

    QString error;
    if (ld::Journal::closeInterrupted(path, &error))
        ld::fuzz::check(ld::JournalReader::readRunEnd(path).has_value(),
                        "a recovered journal is closed");
    return 0;
}
