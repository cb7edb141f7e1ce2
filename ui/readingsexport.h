// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/csvexporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QProgressDialog;
class QWidget;

namespace ld {

class CancellationSource;
class RunController;

/**
 * Export Readings as CSV from the window: the file dialog, one export at a time off the UI
 * thread with a progress dialog that cancels it, and the export of an interrupted run's
 * journal. The newest run's journal comes from the RunController.
 */
class ReadingsExport : public QObject
{
    Q_OBJECT
public:
    /** `window` is the dialogs' parent; it outlives the export (the destructor waits). */
    ReadingsExport(const RunController *runs, QWidget *window);
    /** Cancels an export still going and waits for it: bounded by its next record. */
    ~ReadingsExport() override;

    /**
     * Exports a journal (the newest run's when `journalPath` is empty) to `csvPath` off the UI
     * thread, with progress and cancel; finished() reports. False when there is no journal or
     * an export is already going.
     */
    bool start(const QString &csvPath, const QString &journalPath = QString());
    /** Asks for a file and exports the newest run to it. */
    void exportDialog();
    /** Asks for a file and exports the interrupted run of `journalPath` to it. */
    void exportInterrupted(const QString &journalPath);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    /** A CSV file name from a save dialog titled `title`; empty when cancelled. */
    QString askPath(const QString &title);
    void exportEnded();

    const RunController *m_runs;
    QWidget *m_window;
    QFutureWatcher<CsvExporter::Result> *m_watcher;
    std::shared_ptr<CancellationSource> m_cancel;
    QProgressDialog *m_progress = nullptr; ///< owned by the window; nulled on destroy
};

} // namespace ld
