// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/profileregistry.h"

#include "instruments/driverprofileloader.h"

#include <QCoreApplication>
#include <QDir>

namespace ld {

int ProfileRegistry::addDirectory(const QString &dir)
{
    const QDir d(dir);
    if (!d.exists()) {
        m_errors.append(
            QCoreApplication::translate("ld::ProfileRegistry", "%1: no such folder").arg(dir));
        return 0;
    }
    QStringList paths;
    const QStringList names =
        d.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        paths.append(d.filePath(name));
    return addFiles(paths);
}

int ProfileRegistry::addFiles(const QStringList &paths)
{
    int loaded = 0;
    for (const QString &path : paths) {
        DriverProfileLoader::Result r = DriverProfileLoader::load(path);
        if (!r.profile) {
            m_errors.append(r.error);
            continue;
        }
        addProfile(*r.profile);
        ++loaded;
    }
    return loaded;
}

void ProfileRegistry::addProfile(const DriverProfile &profile)
{
    for (DriverProfile &existing : m_profiles) {
        if (existing.id == profile.id) {
            // Overriding a built-in profile is what user folders are for; two user files with
            // one id is a mistake the user must hear about.
            const bool builtin = existing.sourceFile.startsWith(QLatin1Char(':')) ||
                                 existing.sourceFile.startsWith(builtinDirectory() + u'/');
            if (!builtin && !existing.sourceFile.isEmpty() && !profile.sourceFile.isEmpty())
                m_warnings.append(
                    QCoreApplication::translate("ld::ProfileRegistry",
                                                "profile id '%1' is in both %2 and %3; %3 is used")
                        .arg(profile.id, existing.sourceFile, profile.sourceFile));
            existing = profile;
            return;
        }
    }
    m_profiles.append(profile);
}

const DriverProfile *ProfileRegistry::find(const QString &id) const
{
    for (const DriverProfile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const DriverProfile *ProfileRegistry::match(const QString &vendor, const QString &model) const
{
    const auto specificity = [](const DriverProfile &p) {
        return int(!p.vendorPattern.pattern().isEmpty()) + int(!p.modelPattern.pattern().isEmpty());
    };
    const DriverProfile *best = nullptr;
    for (const DriverProfile &p : m_profiles) {
        if (!p.matches(vendor, model))
            continue;
        if (!best || p.priority > best->priority ||
            (p.priority == best->priority && specificity(p) > specificity(*best)))
            best = &p;
    }
    return best;
}

QString ProfileRegistry::builtinDirectory()
{
    const QString source = qEnvironmentVariable("LABDISPATCH_SOURCE_DIR");
    if (!source.isEmpty())
        return source + QStringLiteral("/resources/profiles");
    return QStringLiteral(":/profiles");
}

} // namespace ld
