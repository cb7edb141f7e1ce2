// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "node/jobmemory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ld;

namespace {
QByteArray answerFor(const QString &jobId)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), jobId},
                                     {QStringLiteral("status"), QStringLiteral("succeeded")},
                                     {QStringLiteral("value"), 1.0 / 3.0}})
        .toJson(QJsonDocument::Compact);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

const QByteArray kHeader =
    QByteArrayLiteral("{\"format\":\"labdispatch-node-jobs\",\"version\":1}");
} // namespace

/** The node's job memory on disk: restarts, torn and corrupt files, the bound, the lock. */
class TestJobMemory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_state;

    QString stateFile() const { return QDir(m_state).filePath(JobMemory::stateFileName()); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_state = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                 QString::fromLatin1(QTest::currentDataTag()));
    }

    void finishedAnswersSurviveAReopenByteForByte()
    {
        {
            JobMemory m;
            QString error, warning;
            QVERIFY2(m.open(m_state, &error, &warning), qPrintable(error));
            QVERIFY(warning.isEmpty());
            for (int i = 0; i < 5; ++i) {
                const QString id = QStringLiteral("job-%1").arg(i);
                QVERIFY(m.accepted(id));
                QVERIFY(m.finished(id, answerFor(id)));
            }
        }
        JobMemory again;
        QString error, warning;
        QVERIFY2(again.open(m_state, &error, &warning), qPrintable(error));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(again.finishedCount(), 5);
        QVERIFY(again.interrupted().isEmpty());
        for (int i = 0; i < 5; ++i) {
            const QString id = QStringLiteral("job-%1").arg(i);
            QVERIFY(again.isFinished(id));
            QCOMPARE(again.answer(id), answerFor(id));
        }
        QVERIFY(!again.isFinished(QStringLiteral("job-5")));
    }

    void acceptedButUnfinishedIdsReadAsInterrupted()
    {
        {
            JobMemory m;
            QString error, warning;
            QVERIFY(m.open(m_state, &error, &warning));
            QVERIFY(m.accepted(QStringLiteral("done")));
            QVERIFY(m.finished(QStringLiteral("done"), answerFor(QStringLiteral("done"))));
            QVERIFY(m.accepted(QStringLiteral("half-1")));
            QVERIFY(m.accepted(QStringLiteral("half-2")));
            // What a SIGKILL leaves: no clean close, the records already in the kernel.
        }
        JobMemory again;
        QString error, warning;
        QVERIFY(again.open(m_state, &error, &warning));
        QCOMPARE(again.interrupted(),
                 QStringList({QStringLiteral("half-1"), QStringLiteral("half-2")}));
        QVERIFY(!again.isFinished(QStringLiteral("half-1")));
        QVERIFY(again.isFinished(QStringLiteral("done")));
    }

    void tornLastRecordIsDroppedQuietly()
    {
        QVERIFY(QDir().mkpath(m_state));
        const QByteArray finished = QByteArrayLiteral(
            "{\"answer\":{\"id\":\"a\",\"status\":\"succeeded\"},\"finished\":\"a\"}");
        QVERIFY(writeFile(stateFile(), kHeader + '\n' + "{\"accepted\":\"a\"}" + '\n' + finished +
                                           '\n' + "{\"finished\":\"b\",\"ans"));
        JobMemory m;
        QString error, warning;
        QVERIFY2(m.open(m_state, &error, &warning), qPrintable(error));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(m.finishedCount(), 1);
        QVERIFY(m.isFinished(QStringLiteral("a")));
        QVERIFY(!m.isFinished(QStringLiteral("b")));
        // Appends start on a clean line, so the next start reads them.
        QVERIFY(m.accepted(QStringLiteral("c")));
        QVERIFY(!readAll(stateFile()).contains("\"ans{"));
        QVERIFY(!readAll(stateFile()).contains("\"b\""));
    }

    void corruptFileIsMovedAsideWithAWarningAndMemoryStartsEmpty_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON in the middle")
            << kHeader + "\n{\"accepted\":\"a\"}\nthis is not json\n{\"accepted\":\"b\"}\n"
            << "line 3";
        QTest::newRow("another program's file")
            << QByteArrayLiteral("{\"format\":\"something-else\",\"version\":1}\n") << "line 1";
        QTest::newRow("newer version")
            << QByteArrayLiteral("{\"format\":\"labdispatch-node-jobs\",\"version\":99}\n")
            << "line 1";
        QTest::newRow("record of no known kind") << kHeader + "\n{\"started\":\"a\"}\n"
                                                 << "line 2";
        QTest::newRow("finished without an answer") << kHeader + "\n{\"finished\":\"a\"}\n"
                                                    << "line 2";
        QTest::newRow("binary garbage")
            << QByteArray("\xfe\xff\x00\x01garbage\n\x02\x03\n", 15) << "line 1";
    }
    void corruptFileIsMovedAsideWithAWarningAndMemoryStartsEmpty()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QVERIFY(QDir().mkpath(m_state));
        QVERIFY(writeFile(stateFile(), content));
        {
            JobMemory m;
            QString error, warning;
            QVERIFY2(m.open(m_state, &error, &warning), qPrintable(error));
            QVERIFY2(warning.contains(QStringLiteral("corrupt")), qPrintable(warning));
            QVERIFY2(warning.contains(stateFile()), qPrintable(warning));
            QVERIFY2(warning.contains(problem), qPrintable(warning));
            QCOMPARE(m.finishedCount(), 0);
            QVERIFY(m.interrupted().isEmpty());
            // Nothing lost: the bad file is kept for a look.
            QCOMPARE(readAll(stateFile() + QStringLiteral(".corrupt")), content);
            QVERIFY(m.accepted(QStringLiteral("x")));
            QVERIFY(m.finished(QStringLiteral("x"), answerFor(QStringLiteral("x"))));
        }
        JobMemory again;
        QString error, warning;
        QVERIFY(again.open(m_state, &error, &warning));
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(again.answer(QStringLiteral("x")), answerFor(QStringLiteral("x")));
    }

    void fileStaysBoundedAndKeepsTheNewestAnswers()
    {
        constexpr int kCapacity = 10;
        constexpr int kJobs = 1000;
        qint64 largest = 0;
        {
            JobMemory m(kCapacity);
            QString error, warning;
            QVERIFY(m.open(m_state, &error, &warning));
            for (int i = 0; i < kJobs; ++i) {
                const QString id = QStringLiteral("job-%1").arg(i);
                QVERIFY(m.accepted(id));
                QVERIFY(m.finished(id, answerFor(id)));
                largest = std::max(largest, qint64(readAll(stateFile()).count('\n')));
            }
            QCOMPARE(m.finishedCount(), kCapacity);
        }
        // Header + at most about twice the capacity, never one line per job ever run.
        QVERIFY2(largest <= 1 + 2 * kCapacity + 64 + 2, qPrintable(QString::number(largest)));
        JobMemory again(kCapacity);
        QString error, warning;
        QVERIFY(again.open(m_state, &error, &warning));
        QCOMPARE(again.finishedCount(), kCapacity);
        for (int i = kJobs - kCapacity; i < kJobs; ++i)
            QVERIFY(again.isFinished(QStringLiteral("job-%1").arg(i)));
        QVERIFY(!again.isFinished(QStringLiteral("job-%1").arg(kJobs - kCapacity - 1)));
    }

    void secondUserOfTheFolderIsRefused()
    {
        JobMemory first;
        QString error, warning;
        QVERIFY(first.open(m_state, &error, &warning));
        JobMemory second;
        QVERIFY(!second.open(m_state, &error, &warning));
        QVERIFY2(error.contains(QStringLiteral("another node")), qPrintable(error));
        QVERIFY(!second.isPersistent());
    }

    void folderThatCannotBeCreatedIsAnError()
    {
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeFile(file, "x"));
        JobMemory m;
        QString error, warning;
        QVERIFY(!m.open(file + QStringLiteral("/state"), &error, &warning));
        QVERIFY2(error.contains(QStringLiteral("cannot create")), qPrintable(error));
    }

    void memoryWithoutAFolderStillRemembers()
    {
        JobMemory m(3);
        QVERIFY(!m.isPersistent());
        for (int i = 0; i < 5; ++i)
            QVERIFY(m.finished(QString::number(i), answerFor(QString::number(i))));
        QCOMPARE(m.finishedCount(), 3);
        QVERIFY(!m.isFinished(QStringLiteral("1")));
        QCOMPARE(m.answer(QStringLiteral("4")), answerFor(QStringLiteral("4")));
    }
};

QTEST_GUILESS_MAIN(TestJobMemory)
#include "tst_jobmemory.moc"
