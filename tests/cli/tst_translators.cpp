// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The .ts files are complete, and the core's and the command line's texts come out in the
// language installed, exactly as the .ts files translate them: expected texts are read from
// the .ts XML, never typed in here. QtCore only, so GUI-off builds run it too.
#include "binaryrun.h"
#include "translators.h"

#include "instruments/bench.h"
#include "instruments/driverprofile.h"
#include "instruments/driverprofileloader.h"
#include "instruments/profileregistry.h"
#include "io/idninfo.h"
#include "io/scpiparse.h"
#include "io/serialsettings.h"
#include "io/visaresource.h"
#include "plans/runrequest.h"
#include "results/journal.h"
#include "scheduler/dispatcher.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>

using namespace ld;

namespace {
/** Makes the text that should come out translated; runs with the translators installed. */
using Produce = std::function<QString()>;

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

QString tsPath(const QString &language)
{
    return QString::fromLocal8Bit(qgetenv("LABDISPATCH_SOURCE_DIR")) +
           QStringLiteral("/translations/labdispatch_%1.ts").arg(language);
}

QList<TsMessage> readTs(const QString &language, QString *fileLanguage, QString *error)
{
    QFile file(tsPath(language));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
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
            *fileLanguage = xml.attributes().value(QLatin1String("language")).toString();
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

/** What labdispatch_<language>.ts says `source` is in `context`; empty when it has no entry. */
QString tsTranslation(const QString &language, const QString &context, const QString &source)
{
    static QHash<QString, QHash<QString, QString>> cache; // language -> context\nsource -> text
    if (!cache.contains(language)) {
        QString fileLanguage, error;
        QHash<QString, QString> &table = cache[language];
        for (const TsMessage &m : readTs(language, &fileLanguage, &error)) {
            if (m.type.isEmpty() && !m.forms.isEmpty())
                table.insert(m.context + QLatin1Char('\n') + m.source, m.forms.constFirst());
        }
    }
    return cache.value(language).value(context + QLatin1Char('\n') + source);
}

/** Line breaks and indents become single spaces: help text is wrapped to the terminal. */
QString flattened(const QString &text)
{
    return text.simplified();
}

/** One CSV line split into cells (RFC 4180 quoting). */
QStringList csvCells(const QString &line)
{
    QStringList cells(1);
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == QLatin1Char('"') && i + 1 < line.size() &&
            line.at(i + 1) == QLatin1Char('"')) {
            cells.last() += c;
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            cells.append(QString());
        } else {
            cells.last() += c;
        }
    }
    return cells;
}

using Cli = ld::test::BinaryResult;

/** Runs labdispatch with `vars` ("NAME=value") as its only locale settings. */
Cli runCli(const QStringList &args, const QStringList &vars, int timeoutMs = 60000)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANG"})
        env.remove(QString::fromLatin1(name));
    for (const QString &v : vars)
        env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
    return ld::test::runBinary(QStringLiteral(LABDISPATCH_BINARY), args, timeoutMs, env);
}
} // namespace

Q_DECLARE_METATYPE(Produce)

class TestTranslators : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LABDISPATCH_SOURCE_DIR"),
                 "LABDISPATCH_SOURCE_DIR must name the source tree");
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        // The C locale has no translation: this removes the translators a test installed.
        QVERIFY(!Translators::install(QLocale::c()));
        QCOMPARE(QCoreApplication::translate("ld::Dispatcher", "the job has no function to run"),
                 QStringLiteral("the job has no function to run"));
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
        const QList<TsMessage> messages = readTs(language, &fileLanguage, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(fileLanguage.startsWith(language));
        QVERIFY2(messages.size() > 100, "the .ts lost its strings");
        QStringList problems;
        QSet<QString> seen;
        for (const TsMessage &m : messages) {
            const QString where = m.context + QStringLiteral(" \"") + m.source + QLatin1Char('"');
            if (!m.type.isEmpty())
                problems.append(m.type + QStringLiteral(": ") + where);
            if (seen.contains(where))
                problems.append(QStringLiteral("twice: ") + where);
            seen.insert(where);
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

    void coreTextsComeOutInTheInstalledLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<Produce>("produce");

        const Produce noFunction = [] {
            Dispatcher dispatcher(1);
            const JobHandle job = dispatcher.submit(JobSpec());
            return job.waitForFinished(10000) ? job.errorString() : QStringLiteral("still running");
        };
        QTest::newRow("de: the dispatcher rejects a job without a function")
            << QStringLiteral("de") << QStringLiteral("ld::Dispatcher")
            << QStringLiteral("the job has no function to run") << QStringList() << noFunction;
        QTest::newRow("fr: the dispatcher rejects a job without a function")
            << QStringLiteral("fr") << QStringLiteral("ld::Dispatcher")
            << QStringLiteral("the job has no function to run") << QStringList() << noFunction;
        QTest::newRow("de: a queued job cancelled while the dispatcher is paused")
            << QStringLiteral("de") << QStringLiteral("ld::Dispatcher")
            << QStringLiteral("cancelled before it started") << QStringList() << Produce([] {
                   Dispatcher dispatcher(1);
                   dispatcher.pause();
                   const JobHandle job = dispatcher.submit(
                       JobSpec::sync([](const CancellationToken &) { return QVariant(1); }));
                   job.cancel();
                   return job.waitForFinished(10000) ? job.errorString()
                                                     : QStringLiteral("still running");
               });
        QTest::newRow("de: a run request is checked before it queues jobs")
            << QStringLiteral("de") << QStringLiteral("ld::Bench")
            << QStringLiteral("Select at least one instrument.") << QStringList()
            << Produce([] { return RunRequest().refusal(); });
        const Produce badIdentity = [] {
            QString error;
            IdnInfo::parse("garbage", &error);
            return error;
        };
        QTest::newRow("de: an instrument's *IDN? reply has too few fields")
            << QStringLiteral("de") << QStringLiteral("ld::IdnInfo")
            << QStringLiteral("*IDN? reply needs 4 comma-separated fields "
                              "(vendor,model,serial,firmware): '%1'")
            << QStringList{QStringLiteral("garbage")} << badIdentity;
        QTest::newRow("ja: an instrument's *IDN? reply has too few fields")
            << QStringLiteral("ja") << QStringLiteral("ld::IdnInfo")
            << QStringLiteral("*IDN? reply needs 4 comma-separated fields "
                              "(vendor,model,serial,firmware): '%1'")
            << QStringList{QStringLiteral("garbage")} << badIdentity;
        QTest::newRow("de: an empty SCPI reply where a number was expected")
            << QStringLiteral("de") << QStringLiteral("ld::scpi")
            << QStringLiteral("empty response where a number was expected") << QStringList()
            << Produce([] {
                   QString error;
                   scpi::parseNumber(QByteArray(), &error);
                   return error;
               });
        QTest::newRow("de: an empty VISA resource string")
            << QStringLiteral("de") << QStringLiteral("ld::VisaResource")
            << QStringLiteral("empty resource string") << QStringList() << Produce([] {
                   QString error;
                   VisaResource::parse(QString(), &error);
                   return error;
               });
        QTest::newRow("de: a parameter value that is no number")
            << QStringLiteral("de") << QStringLiteral("ld::DriverProfile")
            << QStringLiteral("%1: '%2' is not a number")
            << QStringList{QStringLiteral("voltage"), QStringLiteral("abc")} << Produce([] {
                   DriverProfile::Parameter p;
                   p.name = QStringLiteral("voltage");
                   QString error;
                   p.normalise(QStringLiteral("abc"), &error);
                   return error;
               });
        QTest::newRow("de: a profile file that is no JSON object")
            << QStringLiteral("de") << QStringLiteral("ld::DriverProfileLoader")
            << QStringLiteral("%1: not a JSON object") << QStringList{QStringLiteral("x.json")}
            << Produce(
                   [] { return DriverProfileLoader::parse("[]", QStringLiteral("x.json")).error; });
        QTest::newRow("de: serial line settings out of range")
            << QStringLiteral("de") << QStringLiteral("ld::SerialSettings")
            << QStringLiteral("data bits %1 is out of range 5-8")
            << QStringList{QStringLiteral("9")} << Produce([] {
                   SerialSettings s;
                   s.dataBits = 9;
                   QString error;
                   s.validate(&error);
                   return error;
               });
        QTest::newRow("de: a journal closed before it was opened")
            << QStringLiteral("de") << QStringLiteral("ld::Journal")
            << QStringLiteral("The journal is not open") << QStringList() << Produce([this] {
                   Journal journal(m_dir.filePath(QStringLiteral("runs")));
                   journal.close();
                   return journal.errorString();
               });
    }

    void coreTextsComeOutInTheInstalledLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QStringList, args);
        QFETCH(Produce, produce);

        QString english = source;
        for (const QString &a : args)
            english = english.arg(a);
        QCOMPARE(produce(), english); // no translator yet: the source text itself

        QVERIFY(Translators::install(QLocale(language)));
        QString expected = tsTranslation(language, context, source);
        QVERIFY2(!expected.isEmpty(), "the .ts has no finished translation for it");
        for (const QString &a : args)
            expected = expected.arg(a);
        QVERIFY(expected != english);
        QCOMPARE(produce(), expected);
    }

    void commandLineSpeaksTheLanguageItsEnvironmentNames_data()
    {
        QTest::addColumn<QStringList>("vars");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("onStdout");
        QTest::addColumn<QString>("language"); ///< empty: English, the source text
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("textArgs");

        const QStringList de{QStringLiteral("LANG=de_DE.UTF-8")};
        const QString unknown = QStringLiteral("unknown command '%1'");
        const QStringList typo{QStringLiteral("frobnicate")};
        const QString top = QStringLiteral("labdispatch");
        QTest::newRow("LANG=de: the usage's headings")
            << de << QStringList{QStringLiteral("--help")} << 0 << true << QStringLiteral("de")
            << top << QStringLiteral("Commands:") << QStringList();
        QTest::newRow("LANG=de: a command's summary in the usage")
            << de << QStringList{QStringLiteral("--help")} << 0 << true << QStringLiteral("de")
            << top << QStringLiteral("run an operation on instruments, journal it, export CSV")
            << QStringList();
        QTest::newRow("LANG=de: an unknown command")
            << de << typo << 2 << false << QStringLiteral("de") << top << unknown << typo;
        QTest::newRow("LANG=de: a command's usage error")
            << de
            << QStringList{QStringLiteral("run"), QStringLiteral("--op"), QStringLiteral("x"),
                           QStringLiteral("--cap"), QStringLiteral("0")}
            << 2 << false << QStringLiteral("de") << QStringLiteral("ld::RunCommand")
            << QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
            << QStringList{QStringLiteral("cap"), QString::number(Dispatcher::kMinCap),
                           QString::number(Dispatcher::kMaxCap), QStringLiteral("0")};
        QTest::newRow("LANG=de: a command's option help")
            << de << QStringList{QStringLiteral("run"), QStringLiteral("--help")} << 0 << true
            << QStringLiteral("de") << QStringLiteral("ld::RunCommand")
            << QStringLiteral("Runs per instrument (default 1).") << QStringList();
        QTest::newRow("LANG=de: an option the command shares with the others")
            << de << QStringList{QStringLiteral("list"), QStringLiteral("--help")} << 0 << true
            << QStringLiteral("de") << QStringLiteral("ld::BenchSession")
            << QStringLiteral("Extra folder of driver profiles (may be repeated).")
            << QStringList();
        QTest::newRow("LC_MESSAGES=fr wins over LANG=C")
            << QStringList{QStringLiteral("LANG=C"), QStringLiteral("LC_MESSAGES=fr_FR.UTF-8")}
            << typo << 2 << false << QStringLiteral("fr") << top << unknown << typo;
        QTest::newRow("LANGUAGE=ja:de wins over LANG=en_US")
            << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=ja:de")}
            << typo << 2 << false << QStringLiteral("ja") << top << unknown << typo;
        QTest::newRow("LC_ALL=C wins over LANG=de: English")
            << QStringList{QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=C")} << typo
            << 2 << false << QString() << top << unknown << typo;
    }

    void commandLineSpeaksTheLanguageItsEnvironmentNames()
    {
        QFETCH(QStringList, vars);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(bool, onStdout);
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QStringList, textArgs);

        QString expected = language.isEmpty() ? source : tsTranslation(language, context, source);
        QVERIFY2(!expected.isEmpty(), "the .ts has no finished translation for it");
        QVERIFY(language.isEmpty() || expected != source);
        for (const QString &a : textArgs)
            expected = expected.arg(a);
        const Cli r = runCli(args, vars);
        QCOMPARE(r.exitCode, exitCode);
        const QString text = onStdout ? r.out : r.err;
        QVERIFY2(flattened(text).contains(flattened(expected)),
                 qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, text)));
    }

    void commandLineHelpUsesQtsOwnTranslationToo()
    {
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QTranslator qt;
        if (!qt.load(QStringLiteral("qtbase_de"), qtbase))
            QSKIP("qtbase_de.qm is not installed (Debian: qt6-translations-l10n)");
        const QString help =
            qt.translate("QCommandLineParser", "Displays help on commandline options.");
        QVERIFY(!help.isEmpty() && help != QStringLiteral("Displays help on commandline options."));
        const Cli r = runCli({QStringLiteral("run"), QStringLiteral("--help")},
                             {QStringLiteral("LANG=de_DE.UTF-8")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(flattened(r.out).contains(flattened(help)), qPrintable(r.out));
        // The usage line is Qt's too, naming the command as users type it.
        const QString usage = qt.translate("QCommandLineParser", "Usage: %1");
        QVERIFY(!usage.isEmpty() && usage != QStringLiteral("Usage: %1"));
        QVERIFY2(r.out.startsWith(usage.arg(QStringLiteral("labdispatch run")) + QLatin1Char(' ')),
                 qPrintable(r.out));
    }

    void germanCommandLineWritesCsvWithCNumbers()
    {
        const QString csv = m_dir.filePath(QStringLiteral("de.csv"));
        const Cli r =
            runCli({QStringLiteral("run"), QStringLiteral("--sim"), QStringLiteral("demo"),
                    QStringLiteral("--op"), QStringLiteral("measure_voltage_dc"),
                    QStringLiteral("--repeat"), QStringLiteral("3"), QStringLiteral("--csv"), csv,
                    QStringLiteral("--runs-folder"), m_dir.filePath(QStringLiteral("de-runs")),
                    QStringLiteral("-q")},
                   {QStringLiteral("LANG=de_DE.UTF-8")}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList rows;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString l = QString::fromUtf8(line).trimmed();
            if (!l.isEmpty() && !l.startsWith(QLatin1Char('#')))
                rows.append(l);
        }
        QVERIFY(rows.size() >= 4); // the header and three readings at least
        const int valueColumn = csvCells(rows.constFirst()).indexOf(QStringLiteral("value"));
        const int elapsedColumn = csvCells(rows.constFirst()).indexOf(QStringLiteral("elapsed_s"));
        QVERIFY(valueColumn >= 0 && elapsedColumn >= 0);
        for (const QString &row : rows.mid(1)) {
            const QStringList cells = csvCells(row);
            // QString::toDouble reads C numbers only; a German "0,5" would fail it.
            bool ok = false;
            cells.value(valueColumn).toDouble(&ok);
            QVERIFY2(ok, qPrintable(row));
            // Elapsed seconds always have a fraction ("0.012345678"): a point, never a comma.
            cells.value(elapsedColumn).toDouble(&ok);
            QVERIFY2(ok && cells.value(elapsedColumn).contains(QLatin1Char('.')), qPrintable(row));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslators)
#include "tst_translators.moc"
