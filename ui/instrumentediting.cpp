// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instrumentediting.h"

#include "benchdocument.h"
#include "instrumentdialog.h"

#include "instruments/bench.h"

#include <QMessageBox>

namespace ld {

InstrumentEditing::InstrumentEditing(Bench *bench, const ProfileRegistry *profiles,
                                     BenchDocument *document, QWidget *window)
    : QObject(window)
    , m_bench(bench)
    , m_profiles(profiles)
    , m_document(document)
    , m_window(window)
{
    setObjectName(QStringLiteral("InstrumentEditing"));
}

void InstrumentEditing::add()
{
    InstrumentDialog dialog(m_profiles, m_bench->names(), m_window);
    dialog.setWindowTitle(tr("Add Instrument"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString why;
    if (!m_bench->addInstrument(dialog.config(), &why)) {
        QMessageBox::warning(m_window, tr("Add Instrument"), why);
        return;
    }
    m_bench->connectAll();
}

void InstrumentEditing::edit(const QString &name)
{
    QStringList taken = m_bench->names();
    taken.removeAll(name);
    InstrumentDialog dialog(m_profiles, taken, m_window);
    dialog.setWindowTitle(tr("Edit %1").arg(name));
    dialog.setConfig(m_bench->status(name).config);
    dialog.setCurrentIdentity(m_bench->status(name).identity);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString why;
    if (!m_bench->updateInstrument(name, dialog.config(), &why)) {
        QMessageBox::warning(m_window, tr("Edit Instrument"), why);
        return;
    }
    m_document->setModified(true);
    m_bench->connectAll();
}

void InstrumentEditing::remove(const QStringList &names)
{
    if (names.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Remove Instruments"),
        tr("Remove %n instrument(s) from the bench? Their running jobs are cancelled.", nullptr,
           int(names.size())));
    if (answer != QMessageBox::Yes)
        return;
    for (const QString &name : names)
        m_bench->removeInstrument(name);
}

void InstrumentEditing::toggleEnabled(const QStringList &names)
{
    bool allEnabled = true;
    for (const QString &name : names)
        allEnabled = allEnabled && m_bench->status(name).config.enabled;
    for (const QString &name : names)
        m_bench->setEnabled(name, !allEnabled);
    if (!allEnabled)
        m_bench->connectAll();
    m_document->setModified(true);
}

} // namespace ld
