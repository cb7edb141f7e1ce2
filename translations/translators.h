// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace ld {

/**
 * Installs the translators for one language: LabDispatch's own (built from the .ts files in
 * translations/ into this library's resources as ":/i18n/labdispatch_<lang>.qm") and Qt's
 * qtbase_<lang>.qm from QLibraryInfo::TranslationsPath when the system has it. The window and the
 * command line both start here, so they speak the same language with the same files. QtCore only.
 */
class Translators
{
public:
    /** Where the .qm files are: a resource folder, so any install prefix finds them. */
    static QString folder();
    /**
     * Replaces the translators a previous call installed with those for `locale` (its
     * uiLanguages(), most preferred first; QLocale::system() follows LANGUAGE, LC_ALL,
     * LC_MESSAGES and LANG). The translators are children of the application object, so nobody
     * has to keep them alive. English, the source language, has no file: it installs nothing.
     * Needs a QCoreApplication. Returns whether LabDispatch's own translation was found.
     */
    static bool install(const QLocale &locale);
};

} // namespace ld
