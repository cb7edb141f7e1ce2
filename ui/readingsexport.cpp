// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingsexport.h"

#include "runcontroller.h"

#include "scheduler/cancellationtoken.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace ld {

ReadingsExport::ReadingsExport(const RunController *runs, QWidget *window)
    : QObject(window)
    , m_runs(runs)
    , m_window(window)
    , m_watcher(new QFutureWatcher<CsvExporter::Result>(this))
{
    setObjectName(QStringLiteral("ReadingsExport"));
    connect(m_watcher, &QFutureWatcher<CsvExporter::Result>::finished, this,
            &ReadingsExport::exportEnded);
}

ReadingsExport::~ReadingsExport()
{
    if (m_watcher->isRunning()) {
        // The export honours its token at its next record; waiting here is bounded by that.
        m_cancel->cancel();
        m_watcher->waitForFinished();
    }
}

bool ReadingsExport::start(const QString &csvPath, const QString &journal)
{
    const QString journalPath = journal.isEmpty() ? m_runs->lastJournalPath() : journal;
    if (journalPath.isEmpty() || m_watcher->isRunning())
        return false;
    m_cancel = std::make_shared<CancellationSource>();
    const CancellationToken token = m_cancel->token();
    m_progress =
        new QProgressDialog(tr("Exporting readings to %1...").arg(QFileInfo(csvPath).fileName()),
                            tr("Cancel"), 0, 1000, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setValue(0);
    connect(m_progress, &QObject::destroyed, this, [this] { m_progress = nullptr; });
    auto cancel = m_cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { cancel->cancel(); });

    // Progress comes from the exporting thread; it reaches the dialog as a queued call. This
    // object outlives the export: its destructor cancels it and waits.
    auto progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                if (m_progress && total > 0)
                    m_progress->setValue(int(done * 1000 / total));
            },
            Qt::QueuedConnection);
    };
    m_watcher->setFuture(QtConcurrent::run([journalPath, csvPath, token, progress] {
        return CsvExporter().exportJournal(journalPath, csvPath, token, progress);
    }));
    return true;
}

void ReadingsExport::exportEnded()
{
    const CsvExporter::Result r = m_watcher->result();
    if (m_progress)
        m_progress->close();
    QString message;
    if (r.ok()) {
        message = tr("Exported %n reading(s).", nullptr, int(r.rows));
        if (!r.warnings.isEmpty())
            message += QLatin1Char(' ') + r.warnings.join(QLatin1Char(' '));
    } else if (r.status == CsvExporter::Result::Status::Cancelled) {
        message = tr("Export cancelled; no file was written.");
    } else {
        message = tr("Export failed: %1").arg(r.error);
    }
    Q_EMIT finished(r.ok(), message);
}

QString ReadingsExport::askPath(const QString &title)
{
    QString path = QFileDialog::getSaveFileName(m_window, title, {}, tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    return path;
}

void ReadingsExport::exportDialog()
{
    const QString path = askPath(tr("Export Readings"));
    if (path.isEmpty())
        return;
    if (!start(path))
        QMessageBox::information(m_window, tr("Export Readings"),
                                 m_runs->lastJournalPath().isEmpty()
                                     ? tr("No run has been journaled yet.")
                                     : tr("An export is already running."));
}

void ReadingsExport::exportInterrupted(const QString &journalPath)
{
    const QString path = askPath(tr("Export Interrupted Run"));
    if (path.isEmpty())
        return;
    if (!start(path, journalPath))
        QMessageBox::information(m_window, tr("Export Readings"),
                                 tr("An export is already running."));
}

} // namespace ld
