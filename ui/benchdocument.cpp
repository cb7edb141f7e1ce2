// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchdocument.h"

#include "benchstartup.h"

#include "instruments/bench.h"
#include "instruments/benchfile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QWidget>

namespace ld {

BenchDocument::BenchDocument(const Context &context, QWidget *window)
    : QObject(window)
    , m_bench(context.bench)
    , m_profiles(context.profiles)
    , m_sim(context.sim)
    , m_settings(context.settings)
    , m_window(window)
    , m_path(context.path)
    , m_simulated(context.simulated)
{
    setObjectName(QStringLiteral("BenchDocument"));
    connect(m_bench, &Bench::instrumentAdded, this, [this] { setModified(true); });
    connect(m_bench, &Bench::instrumentRemoved, this, [this] { setModified(true); });
}

QString BenchDocument::benchLabel() const
{
    return m_simulated ? QStringLiteral("demo (simulated)") : m_path;
}

void BenchDocument::setModified(bool modified)
{
    m_window->setWindowModified(modified);
}

void BenchDocument::updateTitle()
{
    QString bench = m_bench->benchName();
    if (!m_path.isEmpty())
        bench = QFileInfo(m_path).fileName();
    if (bench.isEmpty())
        bench = tr("Untitled bench");
    m_window->setWindowTitle(m_simulated ? tr("%1 (simulated) [*] - LabDispatch").arg(bench)
                                         : tr("%1 [*] - LabDispatch").arg(bench));
    Q_EMIT benchLabelChanged(benchLabel());
}

bool BenchDocument::openBench(const QString &path, QString *error)
{
    if (!BenchStartup::openFile(path, m_bench, error))
        return false;
    m_path = path;
    m_simulated = false;
    const auto statuses = m_bench->statuses();
    for (const InstrumentStatus &s : statuses)
        m_simulated = m_simulated || s.config.simulated;
    opened();
    if (m_settings) {
        m_settings->setValue(QLatin1String(BenchStartup::kLastBenchKey), path);
        m_settings->sync();
    }
    return true;
}

bool BenchDocument::openSimulatedBench(QString *error)
{
    if (!m_sim) {
        if (error)
            *error = tr("This window has no simulator.");
        return false;
    }
    if (!BenchStartup::openSimulated(m_sim, *m_profiles, m_bench, m_settings, error))
        return false;
    m_path.clear();
    m_simulated = true;
    opened();
    return true;
}

void BenchDocument::opened()
{
    Q_EMIT replaced();
    updateTitle();
    setModified(false);
    m_bench->connectAll();
}

bool BenchDocument::saveBench(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bench->file().toJson()) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    m_path = path;
    updateTitle();
    setModified(false);
    if (m_settings)
        m_settings->setValue(QLatin1String(BenchStartup::kLastBenchKey), path);
    return true;
}

void BenchDocument::openDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Bench"), QFileInfo(m_path).absolutePath(),
                                     tr("Bench files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!openBench(path, &why))
        QMessageBox::warning(m_window, tr("Open Bench"),
                             tr("The bench was not changed.\n%1").arg(why));
}

bool BenchDocument::saveDialog(bool askPath)
{
    QString path = m_path;
    if (askPath || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(m_window, tr("Save Bench"), path,
                                            tr("Bench files (*.json)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            path += QStringLiteral(".json");
    }
    QString why;
    if (!saveBench(path, &why)) {
        QMessageBox::warning(m_window, tr("Save Bench"), why);
        return false;
    }
    Q_EMIT saved(path);
    return true;
}

bool BenchDocument::maybeSave()
{
    if (!m_window->isWindowModified() || m_simulated)
        return true;
    const auto answer =
        QMessageBox::question(m_window, tr("Save Bench"), tr("The bench has changes. Save them?"),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    return answer == QMessageBox::Discard || (answer == QMessageBox::Save && saveDialog(false));
}

} // namespace ld
