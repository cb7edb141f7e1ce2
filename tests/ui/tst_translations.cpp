// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The language menu retranslates a live main window on a simulated bench: menus, panels, the
// plot's actions, the Discover dialog and the interrupted-runs bar. Expected texts come from the
// loaded translators, never typed in here; the .ts files themselves are checked by
// tests/cli/tst_translators. Qt posts QEvent::LanguageChange, hence QTRY_ for what widgets show.
#include "simwindow.h"

#include "discoverydialog.h"
#include "instrumenttablemodel.h"
#include "instrumentview.h"
#include "interruptedrunsbanner.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "plotpanel.h"

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "plans/runengine.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <functional>
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
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<test::SimWindow> m_w;

    LanguageMenu *languageMenu() const { return m_w->window->findChild<LanguageMenu *>(); }
    QString menuTitle(int i) const { return m_w->window->menuBar()->actions().at(i)->text(); }
    QString nameHeader() const
    {
        return m_w->view()
            ->model()
            ->headerData(InstrumentTableModel::NameColumn, Qt::Horizontal)
            .toString();
    }
    QString runButton() const { return m_w->operations()->runButton()->text(); }
    /** Choice @p i of View > Plot Window, found by the menu's title in the language shown. */
    QString plotWindowMenuText(int i) const
    {
        const QString title = QCoreApplication::translate("ld::MainWindow", "Plot &Window");
        for (const QMenu *menu : m_w->window->findChildren<QMenu *>())
            if (menu->title() == title)
                return menu->actions().value(i) ? menu->actions().at(i)->text() : QString();
        return QStringLiteral("<no Plot Window menu>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_w = std::make_unique<test::SimWindow>(4);
        QVERIFY(m_w->profiles.profiles().size() >= 1);
        QVERIFY(m_w->serve(kBenchJson, 5000));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("ld.ini")),
                                                 QSettings::IniFormat);
        LanguageMenu::apply(QStringLiteral("en"));
        m_w->settings = m_settings.get();
        m_w->runsFolder.clear(); // no journals: the interrupted-runs bar is filled by hand
        m_w->open();
        QVERIFY(languageMenu());
    }

    /** A failed test leaves English behind, so the next one starts where it expects to. */
    void cleanup() { languageMenu()->setLanguage(QStringLiteral("en")); }

    void cleanupTestCase()
    {
        m_w.reset();
        LanguageMenu::apply(QStringLiteral("en"));
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
        QTRY_COMPARE(m_w->window->menuBar()->actions().constLast()->text(), help);
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

    void languageSwitchRetranslatesPlotDiscoveryAndBanner_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Deutsch") << QStringLiteral("de");
        QTest::newRow("Français") << QStringLiteral("fr");
        QTest::newRow("日本語") << QStringLiteral("ja");
    }

    void languageSwitchRetranslatesPlotDiscoveryAndBanner()
    {
        QFETCH(QString, language);
        QTRY_COMPARE(runButton(), QStringLiteral("Run"));
        PlotPanel *plot = m_w->plot();
        InterruptedRunsBanner *banner = m_w->interruptedBanner();
        Journal::Interrupted run;
        run.runId = QStringLiteral("20260101T000000-ab12");
        run.journalPath = m_dir->filePath(QStringLiteral("interrupted.ldj"));
        run.info.startedWallNs = 1'767'225'600'000'000'000; // 2026-01-01 00:00 UTC
        run.info.bench = QStringLiteral("Bench A");
        banner->setRuns({run});
        const QDateTime started =
            QDateTime::fromMSecsSinceEpoch(run.info.startedWallNs / 1'000'000).toLocalTime();
        // A probe round that ends at once: the status line is made of a translated frame and
        // the core's reason, and only the frame can change language.
        DiscoveryDialog dialog(m_w->bench.get(), &m_w->profiles, nullptr, m_w->window.get());
        dialog.setSystemSerialPorts(false);
        dialog.setSerialPorts({});
        dialog.setLanAddresses({QStringLiteral("no-port-here")});
        QVERIFY(!dialog.start());
        const QString frame = QStringLiteral("Nothing was probed: %1");
        const QString status = dialog.statusLabel()->text();
        QVERIFY2(status.startsWith(frame.left(frame.size() - 2)), qPrintable(status));
        const QString why = status.mid(frame.size() - 2);
        dialog.show();

        const auto tr = [](const char *context, const char *text, int n = -1) {
            return QCoreApplication::translate(context, text, nullptr, n);
        };
        struct Text
        {
            const char *what;
            std::function<QString()> shown;
            std::function<QString()> expected; ///< asks the translators installed then
            QString english = {};
        };
        QList<Text> texts = {
            {"plot: pause action", [&] { return plot->pauseAction()->text(); },
             [&] { return tr("ld::PlotPanel", "&Pause Plot"); }},
            {"plot: PDF export action", [&] { return plot->exportPdfAction()->text(); },
             [&] { return tr("ld::PlotPanel", "Export Plot as P&DF..."); }},
            {"plot: time axis", [&] { return plot->plot()->xAxis->label(); },
             [&] { return tr("ld::PlotPanel", "Time"); }},
            // The Plot Window menu names the window choices in the plot's own words.
            {"plot window menu: whole run", [&] { return plotWindowMenuText(3); },
             [&] { return tr("ld::PlotPanel", "Whole run"); }},
            {"plot window menu: last 10 min", [&] { return plotWindowMenuText(2); },
             [&] { return tr("ld::PlotPanel", "Last 10 min"); }},
            {"discovery: title", [&] { return dialog.windowTitle(); },
             [&] { return tr("ld::DiscoveryDialog", "Discover Instruments"); }},
            {"discovery: add button", [&] { return dialog.addButton()->text(); },
             [&] { return tr("ld::DiscoveryDialog", "&Add Found to Bench"); }},
            {"discovery: status line", [&] { return dialog.statusLabel()->text(); },
             [&] { return tr("ld::DiscoveryDialog", "Nothing was probed: %1").arg(why); }},
            {"banner: text", [&] { return banner->textLabel()->text(); },
             [&] {
                 return tr("ld::InterruptedRunsBanner",
                           "%n run(s) were interrupted (crash or kill). Their readings are safe.",
                           1);
             }},
            {"banner: export button", [&] { return banner->exportButton()->text(); },
             [&] { return tr("ld::InterruptedRunsBanner", "&Export CSV..."); }},
            {"banner: the run's start in the locale's format",
             [&] { return banner->runCombo()->itemText(0); },
             [&] {
                 return tr("ld::InterruptedRunsBanner", "%1 (%2)")
                     .arg(QLocale().toString(started, QLocale::ShortFormat), run.info.bench);
             }},
        };
        for (Text &t : texts) {
            t.english = t.shown();
            QCOMPARE(t.english, t.expected());
        }

        languageMenu()->setLanguage(language);
        for (const Text &t : std::as_const(texts)) {
            const QString expected = t.expected();
            QVERIFY2(expected != t.english, t.what); // else this row would prove nothing
            QTRY_COMPARE(t.shown(), expected);
        }

        languageMenu()->setLanguage(QStringLiteral("en"));
        for (const Text &t : std::as_const(texts))
            QTRY_COMPARE(t.shown(), t.english);
        banner->setRuns({});
    }

    void aSmallWindowShowsEveryColumnHeaderAndToolInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Deutsch") << QStringLiteral("de");
        QTest::newRow("Français") << QStringLiteral("fr");
        QTest::newRow("日本語") << QStringLiteral("ja");
        // Back from the longest: nothing keeps a width made for another language.
        QTest::newRow("English after German") << QStringLiteral("de>en");
    }
    void aSmallWindowShowsEveryColumnHeaderAndToolInEveryLanguage()
    {
        QFETCH(QString, language);
        const QStringList steps = language.split(QLatin1Char('>'));
        m_w->window->resize(1024, 700);
        for (const QString &step : steps) {
            languageMenu()->setLanguage(step);
            QTRY_COMPARE(runButton(), QCoreApplication::translate("ld::OperationsPanel", "Run"));
        }
        QTest::qWait(50); // posted layout requests settle; nothing below waits on time
        QCoreApplication::processEvents();
        const QImage image = m_w->window->grab().toImage();
        QVERIFY(!image.isNull());
        if (const QString dir = qEnvironmentVariable("LABDISPATCH_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(QStringLiteral("%1/window-1024-%2.png").arg(dir, steps.constLast()));

        QTableView *view = m_w->view();
        QHeaderView *header = view->horizontalHeader();
        const int visibleWidth = view->viewport()->width();
        for (int c = 0; c < header->count(); ++c) {
            const QString text = header->model()->headerData(c, Qt::Horizontal).toString();
            // Whole header text: the section is at least as wide as Qt says the text needs.
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                     qPrintable(QStringLiteral("'%1' is %2 px wide, needs %3")
                                    .arg(text)
                                    .arg(header->sectionSize(c))
                                    .arg(header->sectionSizeHint(c))));
            // On screen without scrolling: the State column is never off to the right.
            QVERIFY2(header->sectionPosition(c) + header->sectionSize(c) <= visibleWidth,
                     qPrintable(QStringLiteral("'%1' ends at %2 of %3 px")
                                    .arg(text)
                                    .arg(header->sectionPosition(c) + header->sectionSize(c))
                                    .arg(visibleWidth)));
        }
        // The run controls are whole, not cut at the window's edge.
        auto *controls = m_w->window->findChild<QWidget *>(QStringLiteral("RunControls"));
        QVERIFY(controls);
        QVERIFY2(controls->width() >= controls->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(controls->width())
                                .arg(controls->minimumSizeHint().width())));
        QVERIFY(controls->mapTo(m_w->window.get(), QPoint(controls->width(), 0)).x() <=
                m_w->window->width());
        QCOMPARE(m_w->window->size(), QSize(1024, 700));
        // Every tool is on the toolbar itself, none in its overflow menu.
        QToolBar *bar = m_w->find<QToolBar>(QStringLiteral("MainToolBar"));
        for (QAction *a : bar->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            QWidget *button = bar->widgetForAction(a);
            QVERIFY2(button && button->isVisible() &&
                         button->geometry().right() <= bar->contentsRect().right(),
                     qPrintable(a->text()));
        }
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
