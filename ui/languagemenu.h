// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QMenu>

class QActionGroup;
class QSettings;

namespace ld {

/**
 * The "Language" submenu: System default, English, Deutsch, Français, 日本語. The choice is kept
 * in QSettings under kSettingsKey and applied at once: the application's and Qt's own
 * translators are swapped, QLocale's default follows (numbers, units, dates), and every widget
 * gets QEvent::LanguageChange to retranslate itself.
 */
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    static constexpr const char *kSettingsKey = "ui/language";

    /** The language codes offered besides the system default: en, de, fr, ja. */
    static QStringList languages();
    /** The stored choice: a code from languages(), or empty for the system default. */
    static QString storedLanguage(const QSettings &settings);
    /**
     * Installs the translators for `code` (empty: the system's UI languages) and makes its
     * locale the default. The translators are children of the application object, so a later
     * call replaces them and nobody else has to keep them alive. Returns the locale in use.
     */
    static QLocale apply(const QString &code);

    /** `settings` may be null: the choice then applies but is not remembered. */
    explicit LanguageMenu(QSettings *settings, QWidget *parent = nullptr);

    /** The chosen code, empty for the system default. */
    QString language() const { return m_language; }
    /** Stores and applies `code` (empty or one of languages()); unknown codes are ignored. */
    void setLanguage(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QSettings *m_settings;
    QActionGroup *m_group;
    QAction *m_systemAction;
    QString m_language;
};

} // namespace ld
