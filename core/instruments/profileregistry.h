// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ld {

/**
 * The driver profiles known to the app: the built-in ones (Qt resources or a directory) and
 * a user folder. A later source replaces a profile of the same id, so a user can override a
 * built-in one; when the replaced one was not built in, warnings() says which file won. Broken
 * files are reported in errors() and skipped; the rest still load.
 * Not thread-safe while loading; share it read-only (or copies) afterwards.
 */
class ProfileRegistry
{
public:
    /** Loads every *.json in `dir` (a path or ":/profiles"), sorted by name. Returns the count. */
    int addDirectory(const QString &dir);
    /** Loads the given files or resource paths. Returns how many loaded. */
    int addFiles(const QStringList &paths);
    /** Adds or replaces (same id) a profile. */
    void addProfile(const DriverProfile &profile);

    /** One line per broken file, "<file>: <field>: <what>". */
    QStringList errors() const { return m_errors; }
    /** One line per user profile replaced by another of the same id, naming both files. */
    QStringList warnings() const { return m_warnings; }
    QList<DriverProfile> profiles() const { return m_profiles; }
    const DriverProfile *find(const QString &id) const;
    /**
     * The best profile for an `*IDN?` vendor and model: highest match priority among those
     * that match; on a tie the one with more patterns, then the one loaded first.
     */
    const DriverProfile *match(const QString &vendor, const QString &model) const;

    /**
     * The built-in profiles folder for tests and tools that run from a source tree:
     * `$LABDISPATCH_SOURCE_DIR/resources/profiles` when set, else ":/profiles".
     */
    static QString builtinDirectory();

private:
    QList<DriverProfile> m_profiles;
    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace ld
