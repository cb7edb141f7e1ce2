// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace ld {

namespace {
const QString kAppTranslator = QStringLiteral("ld_app_translator");
const QString kQtTranslator = QStringLiteral("ld_qt_translator");

/** Replaces the application's translator named `name` with one for `locale`, if a file exists. */
bool swapTranslator(const QString &name, const QLocale &locale, const QString &file,
                    const QString &folder)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (auto *old = app->findChild<QTranslator *>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, file, QStringLiteral("_"), folder))
        return false;
    translator->setObjectName(name);
    translator->setParent(app);
    QCoreApplication::installTranslator(translator.release());
    return true;
}
} // namespace

QString Translators::folder()
{
    return QStringLiteral(":/i18n");
}

bool Translators::install(const QLocale &locale)
{
    if (!QCoreApplication::instance())
        return false;
    swapTranslator(kQtTranslator, locale, QStringLiteral("qtbase"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return swapTranslator(kAppTranslator, locale, QStringLiteral("labdispatch"), folder());
}

} // namespace ld
