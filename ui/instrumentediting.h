// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace ld {

class Bench;
class BenchDocument;
class ProfileRegistry;

/**
 * Changes to the bench's instruments from the window: Add and Edit through the instrument
 * dialog, Remove after a question, Enable/Disable; each marks the bench document changed and
 * connects what became enabled. Only this bench's instruments: a node's are edited on its PC.
 */
class InstrumentEditing : public QObject
{
    Q_OBJECT
public:
    InstrumentEditing(Bench *bench, const ProfileRegistry *profiles, BenchDocument *document,
                      QWidget *window);

    void add();
    void edit(const QString &name);
    /** Asks, then removes `names`; their running jobs are cancelled. */
    void remove(const QStringList &names);
    /** Disables `names` when all are enabled, else enables them all. */
    void toggleEnabled(const QStringList &names);

private:
    Bench *m_bench;
    const ProfileRegistry *m_profiles;
    BenchDocument *m_document;
    QWidget *m_window;
};

} // namespace ld
