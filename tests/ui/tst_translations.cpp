// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The .ts files are complete, and the language menu retranslates a live main window on a
// simulated bench. Expected texts come from the loaded translators, never typed in here.
// Qt posts QEvent::LanguageChange to top-level widgets, hence QTRY_ for what they show.
#include "instrumenttablemodel.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "simulatedbench.h"

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace ld;

namespace {
const QByteArray kBenchJson = R"({
  "name": "i18n-test",
  "instruments": [
    { "name": "DMM", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 3,
      "latencyMs": 1, "jitterMs": 0 }
  ]
})";

/** The placeholders %1..%99 and %n of a text, each once, sorted: translations keep them all. */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.removeDuplicates();
    found.sort();
    return found;
}

/** Whether `text` has a keyboard accelerator: an '&' that is not part of "&&". */
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^& ]"));
    return re.match(QString(text).replace(QLatin1String("&&"), QString())).hasMatch();
}

struct TsMessage
{
    QString context;
    QString source;
    QStringList forms; ///< one translation, or the numerus forms
    QString type;      ///< the translation's type attribute: unfinished, obsolete, vanished...
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (m.numerus && xml.isEndElement() && xml.name() == QLatin1String("translation"))
            messages.append(m);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.forms.append(xml.readElementText());
                messages.append(m);
            }
        } else if (name == QLatin1String("numerusform")) {
            m.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    ProfileRegistry m_profiles;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<SimBench> m_sim;
    std::unique_ptr<Bench> m_bench;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    static QString tsPath(const QString &language)
    {
        return QString::fromLocal8Bit(qgetenv("LABDISPATCH_SOURCE_DIR")) +
               QStringLiteral("/translations/labdispatch_%1.ts").arg(language);
    }

    LanguageMenu *languageMenu() const { return m_window->findChild<LanguageMenu *>(); }
    QString menuTitle(int i) const { return m_window->menuBar()->actions().at(i)->text(); }
    QString nameHeader() const
    {
        return m_window->instrumentView()
            ->model()
            ->headerData(InstrumentTableModel::NameColumn, Qt::Horizontal)
            .toString();
    }
    QString runButton() const { return m_window->operationsPanel()->runButton()->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 1);
        m_dispatcher = std::make_unique<Dispatcher>(4);
        m_sim = std::make_unique<SimBench>();
        m_bench = std::make_unique<Bench>(m_dispatcher.get(), &m_profiles);
        QString error;
        const auto specs = SimBench::parse(kBenchJson, &error);
        QVERIFY2(specs, qPrintable(error));
        QVERIFY2(m_sim->start(m_profiles, *specs, &error), qPrintable(error));
        QVERIFY2(SimulatedBench::populate(m_sim.get(), m_bench.get(), &error, 5000),
                 qPrintable(error));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("ld.ini")),
                                                 QSettings::IniFormat);
        LanguageMenu::apply(QStringLiteral("en"));
        MainWindow::Context c;
        c.bench = m_bench.get();
        c.dispatcher = m_dispatcher.get();
        c.profiles = &m_profiles;
        c.simulated = true;
        c.settings = m_settings.get();
        m_window = std::make_unique<MainWindow>(c);
        m_window->show();
        QVERIFY(languageMenu());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_bench.reset();
        m_sim.reset();
        m_dispatcher.reset();
        LanguageMenu::apply(QStringLiteral("en"));
    }

    void tsFileHasNoUnfinishedObsoleteOrBrokenEntries_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("numerusForms");
        QTest::newRow("German: one, other") << QStringLiteral("de") << 2;
        QTest::newRow("French: one, other") << QStringLiteral("fr") << 2;
        QTest::newRow("Japanese: a single form") << QStringLiteral("ja") << 1;
    }

    void tsFileHasNoUnfinishedObsoleteOrBrokenEntries()
    {
        QFETCH(QString, language);
        QFETCH(int, numerusForms);
        QString fileLanguage;
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language), &fileLanguage, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(fileLanguage.startsWith(language));
        QVERIFY2(messages.size() > 100, "the .ts lost its strings");
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QString where = m.context + QStringLiteral(" \"") + m.source + QLatin1Char('"');
            if (!m.type.isEmpty())
                problems.append(m.type + QStringLiteral(": ") + where);
            if (m.numerus && m.forms.size() != numerusForms)
                problems.append(QStringLiteral("numerus forms: ") + where);
            for (const QString &t : m.forms) {
                if (t.isEmpty())
                    problems.append(QStringLiteral("empty: ") + where);
                QStringList expected = placeholders(m.source);
                QStringList got = placeholders(t);
                // %n may be left out of a singular form ("one reading"), never added.
                if (m.numerus && !got.contains(QLatin1String("%n")))
                    expected.removeAll(QStringLiteral("%n"));
                if (got != expected)
                    problems.append(QStringLiteral("placeholders ") + got.join(QLatin1Char(',')) +
                                    QStringLiteral(": ") + where);
                if (hasAccelerator(m.source) != hasAccelerator(t))
                    problems.append(QStringLiteral("accelerator: ") + where);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void languageMenuRetranslatesTheRunningWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Deutsch") << QStringLiteral("de");
        QTest::newRow("Français") << QStringLiteral("fr");
        QTest::newRow("日本語") << QStringLiteral("ja");
    }

    void languageMenuRetranslatesTheRunningWindow()
    {
        QFETCH(QString, language);
        QTRY_COMPARE(menuTitle(0), QStringLiteral("&File"));
        QTRY_COMPARE(runButton(), QStringLiteral("Run"));
        QTRY_COMPARE(nameHeader(), QStringLiteral("Name"));

        languageMenu()->setLanguage(language);

        QCOMPARE(m_settings->value(QLatin1String(LanguageMenu::kSettingsKey)).toString(), language);
        QCOMPARE(QLocale().name().left(2), language);
        const QString file = QCoreApplication::translate("ld::MainWindow", "&File");
        const QString help = QCoreApplication::translate("ld::MainWindow", "&Help");
        const QString run = QCoreApplication::translate("ld::OperationsPanel", "Run");
        const QString title = QCoreApplication::translate("ld::LanguageMenu", "&Language");
        // The translator is loaded: otherwise the comparisons below would pass on English.
        QVERIFY(file != QStringLiteral("&File"));
        QVERIFY(run != QStringLiteral("Run"));
        QTRY_COMPARE(menuTitle(0), file);
        QTRY_COMPARE(m_window->menuBar()->actions().constLast()->text(), help);
        QTRY_COMPARE(runButton(), run);
        QTRY_COMPARE(languageMenu()->title(), title);
        // The table header asks its model at paint time; German keeps "Name", so compare to
        // the translator rather than to English.
        QTRY_COMPARE(nameHeader(), QCoreApplication::translate("ld::InstrumentTableModel", "Name"));
        // Qt's own texts follow too (qtbase translations from QLibraryInfo's folder).
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QVERIFY(box.button(QDialogButtonBox::Cancel)->text() != QStringLiteral("Cancel"));

        languageMenu()->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(menuTitle(0), QStringLiteral("&File"));
        QTRY_COMPARE(runButton(), QStringLiteral("Run"));
        QTRY_COMPARE(languageMenu()->title(), QStringLiteral("&Language"));
    }

    void systemDefaultIsStoredAsNoChoice()
    {
        languageMenu()->setLanguage(QStringLiteral("de"));
        languageMenu()->setLanguage(QString());
        QCOMPARE(m_settings->value(QLatin1String(LanguageMenu::kSettingsKey)).toString(),
                 QString());
        QCOMPARE(LanguageMenu::storedLanguage(*m_settings), QString());
        QCOMPARE(languageMenu()->language(), QString());
        m_settings->setValue(QLatin1String(LanguageMenu::kSettingsKey), QStringLiteral("xx"));
        QCOMPARE(LanguageMenu::storedLanguage(*m_settings), QString());
        languageMenu()->setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
