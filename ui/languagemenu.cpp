// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "translators.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

namespace ld {

namespace {
/** Each language's name as its speakers write it: a reader finds their own language. */
QString nativeName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return QStringLiteral("English");
}
} // namespace

QStringList LanguageMenu::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja")};
}

QString LanguageMenu::storedLanguage(const QSettings &settings)
{
    const QString code = settings.value(QLatin1String(kSettingsKey)).toString();
    return languages().contains(code) ? code : QString();
}

QLocale LanguageMenu::apply(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    Translators::install(locale);
    return locale;
}

LanguageMenu::LanguageMenu(QSettings *settings, QWidget *parent)
    : QMenu(parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
    , m_systemAction(new QAction(this))
{
    setObjectName(QStringLiteral("LanguageMenu"));
    if (m_settings)
        m_language = storedLanguage(*m_settings);
    m_systemAction->setCheckable(true);
    m_systemAction->setData(QString());
    m_group->addAction(m_systemAction);
    addAction(m_systemAction);
    addSeparator();
    for (const QString &code : languages()) {
        QAction *a = addAction(nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        m_group->addAction(a);
    }
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == m_language);
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *a) { setLanguage(a->data().toString()); });
    retranslate();
}

void LanguageMenu::setLanguage(const QString &code)
{
    if (!code.isEmpty() && !languages().contains(code))
        return;
    m_language = code;
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == code);
    if (m_settings)
        m_settings->setValue(QLatin1String(kSettingsKey), code);
    apply(code);
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_systemAction->setText(tr("&System Default"));
    m_systemAction->setToolTip(tr("Follow the language of the desktop"));
}

} // namespace ld
