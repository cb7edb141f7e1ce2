// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/boundedfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ld;

/**
 * The one reader of input files: whole regular files up to a limit, and a clear refusal,
 * without blocking or filling memory, for anything else.
 */
class TestBoundedFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aFileWithinTheLimitIsReadWhole_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("empty") << QByteArray() << qint64(16);
        QTest::newRow("small") << QByteArray("{\"schema\": 1}") << qint64(1024);
        QTest::newRow("exactly the limit") << QByteArray(4096, 'x') << qint64(4096);
        QTest::newRow("several read chunks") << QByteArray(300 * 1024, 'y') << qint64(1 << 20);
    }
    void aFileWithinTheLimitIsReadWhole()
    {
        QFETCH(QByteArray, content);
        QFETCH(qint64, limit);
        const QString path = writeFile(QStringLiteral("within.json"), content);
        QVERIFY(!path.isEmpty());
        QString error;
        const auto read = BoundedFile::read(path, limit, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, content);
    }

    void aFileOverTheLimitIsRefusedNamingTheLimit()
    {
        const QString path = writeFile(QStringLiteral("over.json"), QByteArray(4097, 'x'));
        QString error;
        QVERIFY(!BoundedFile::read(path, 4096, &error));
        QCOMPARE(error, QStringLiteral("larger than 4 KiB"));
    }

    void aFileThatIsNotRegularIsRefusedWithoutBlocking_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("link to /dev/zero")
            << QStringLiteral("zero") << QStringLiteral("not a regular file");
        QTest::newRow("FIFO without a writer")
            << QStringLiteral("fifo") << QStringLiteral("not a regular file");
        QTest::newRow("folder") << QStringLiteral("folder")
                                << QStringLiteral("a folder, not a file");
    }
    void aFileThatIsNotRegularIsRefusedWithoutBlocking()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(kind);
        if (!QFileInfo::exists(path)) {
            if (kind == QLatin1String("zero"))
                QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
            else if (kind == QLatin1String("fifo"))
                QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
            else
                QVERIFY(QDir(m_dir.path()).mkdir(kind));
        }
        QString error;
        QVERIFY(!BoundedFile::read(path, 1 << 20, &error));
        QCOMPARE(error, expected);
    }

    void aMissingFileSaysSo()
    {
        QString error;
        QVERIFY(!BoundedFile::read(m_dir.filePath(QStringLiteral("absent.json")), 16, &error));
        QVERIFY2(error.contains(QStringLiteral("No such file")), qPrintable(error));
    }

    void limitsAreWrittenInTheirLargestWholeUnit_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("MiB") << (qint64(32) << 20) << QStringLiteral("32 MiB");
        QTest::newRow("KiB") << qint64(4096) << QStringLiteral("4 KiB");
        QTest::newRow("bytes") << qint64(100) << QStringLiteral("100 bytes");
        QTest::newRow("not whole KiB") << qint64(1500) << QStringLiteral("1500 bytes");
    }
    void limitsAreWrittenInTheirLargestWholeUnit()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(BoundedFile::sizeText(bytes), text);
    }
};

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
