// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler/admission.h"

#include <QTest>

#include <chrono>

using namespace ld;

namespace {
/**
 * Plays a script against an Admission, one step per line, with no thread, timer or sleep:
 *   cap N | pause | resume | at T (now = T ms)
 *   job ID [p=PRIORITY] [k=KEY,KEY] [d=DEADLINE_MS]      queues a job
 *   start [ID...]       admits all it can now: exactly these, in this order
 *   timedout [ID...]    the jobs the last start met past their deadline
 *   done ID             a running job ended
 *   cancel ID yes|no    cancels a queued job: whether it was queued
 *   cancelKey KEY [ID,ID] [running=ID]
 *   cancelAll [ID,ID]   the queued jobs ended, best first
 *   expire [ID,ID]      the queued jobs past their deadline now
 *   wake T|none         the earliest deadline still to watch
 *   busy [KEY,KEY]      keys held by running jobs
 *   counts QUEUED RUNNING
 */
class Script
{
public:
    void play(const QStringList &steps)
    {
        for (const QString &step : steps) {
            m_step = step;
            QStringList w = step.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString op = w.takeFirst();
            if (op == QLatin1String("cap"))
                m_admission.setCap(w.at(0).toInt());
            else if (op == QLatin1String("pause"))
                m_admission.setPaused(true);
            else if (op == QLatin1String("resume"))
                m_admission.setPaused(false);
            else if (op == QLatin1String("at"))
                m_now = at(w.at(0));
            else if (op == QLatin1String("job"))
                m_admission.enqueue(request(w));
            else if (op == QLatin1String("start"))
                check(startAll(), ids(w));
            else if (op == QLatin1String("timedout"))
                check(m_lastExpired, ids(w));
            else if (op == QLatin1String("done"))
                m_admission.finishRunning(w.at(0).toULongLong());
            else if (op == QLatin1String("cancel"))
                check(m_admission.cancelQueued(w.at(0).toULongLong()),
                      w.at(1) == QLatin1String("yes"));
            else if (op == QLatin1String("cancelKey"))
                cancelKey(w);
            else if (op == QLatin1String("cancelAll"))
                check(m_admission.cancelAllQueued(), idList(w.value(0)));
            else if (op == QLatin1String("expire"))
                check(m_admission.expire(m_now), idList(w.value(0)));
            else if (op == QLatin1String("wake"))
                check(m_admission.nextDeadline(), w.at(0) == QLatin1String("none")
                                                      ? std::optional<MonoClock::time_point>()
                                                      : at(w.at(0)));
            else if (op == QLatin1String("busy"))
                check(m_admission.busyKeys(),
                      w.value(0).split(QLatin1Char(','), Qt::SkipEmptyParts));
            else if (op == QLatin1String("counts"))
                check(std::pair(m_admission.queuedCount(), m_admission.runningCount()),
                      std::pair(w.at(0).toInt(), w.at(1).toInt()));
            else
                fail(QStringLiteral("unknown step"));
            if (m_failed)
                return;
        }
    }
    bool failed() const { return m_failed; }
    QString message() const { return m_message; }

private:
    static MonoClock::time_point at(const QString &ms)
    {
        return MonoClock::time_point{} + std::chrono::milliseconds(ms.toInt());
    }
    static std::vector<JobId> ids(const QStringList &words)
    {
        std::vector<JobId> out;
        for (const QString &w : words)
            out.push_back(w.toULongLong());
        return out;
    }
    static std::vector<JobId> idList(const QString &commaSeparated)
    {
        return ids(commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    AdmissionRequest request(const QStringList &w) const
    {
        AdmissionRequest r;
        r.id = w.at(0).toULongLong();
        for (const QString &arg : w.mid(1)) {
            if (arg.startsWith(QLatin1String("p=")))
                r.priority = arg.mid(2).toInt();
            else if (arg.startsWith(QLatin1String("k=")))
                r.keys =
                    arg.mid(2).split(QLatin1Char(',')); // empty keys kept: they must be ignored
            else if (arg.startsWith(QLatin1String("d=")))
                r.deadline = at(arg.mid(2));
        }
        return r;
    }
    std::vector<JobId> startAll()
    {
        std::vector<JobId> started;
        m_lastExpired.clear();
        while (const auto id = m_admission.admitNext(m_now, m_lastExpired))
            started.push_back(*id);
        return started;
    }
    void cancelKey(const QStringList &w)
    {
        JobId running = 0;
        QString queued;
        JobId expectedRunning = 0;
        for (const QString &arg : w.mid(1)) {
            if (arg.startsWith(QLatin1String("running=")))
                expectedRunning = arg.mid(8).toULongLong();
            else
                queued = arg;
        }
        check(m_admission.cancelKey(w.at(0), &running), idList(queued));
        check(running, expectedRunning);
    }
    template<class T> void check(const T &actual, const T &expected)
    {
        if (!m_failed && !(actual == expected))
            fail(QStringLiteral("got %1, expected %2").arg(show(actual), show(expected)));
    }
    void fail(const QString &what)
    {
        m_failed = true;
        m_message = QStringLiteral("step '%1': %2").arg(m_step, what);
    }
    static QString show(const std::vector<JobId> &v)
    {
        QStringList s;
        for (JobId id : v)
            s << QString::number(id);
        return QLatin1Char('[') + s.join(QLatin1Char(' ')) + QLatin1Char(']');
    }
    static QString show(const QStringList &v)
    {
        return QLatin1Char('[') + v.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    static QString show(bool v) { return v ? QStringLiteral("yes") : QStringLiteral("no"); }
    static QString show(JobId v) { return QString::number(v); }
    static QString show(const std::pair<int, int> &v)
    {
        return QStringLiteral("%1 queued, %2 running").arg(v.first).arg(v.second);
    }
    static QString show(const std::optional<MonoClock::time_point> &v)
    {
        return v ? QString::number(
                       std::chrono::duration_cast<std::chrono::milliseconds>(v->time_since_epoch())
                           .count())
                 : QStringLiteral("none");
    }

    Admission m_admission{1};
    MonoClock::time_point m_now{};
    std::vector<JobId> m_lastExpired;
    QString m_step;
    QString m_message;
    bool m_failed = false;
};
} // namespace

/** Admission: the dispatcher's rules (cap, priorities, keys, deadlines), without threads. */
class TestAdmission : public QObject
{
    Q_OBJECT

private:
    void play()
    {
        QFETCH(QStringList, script);
        Script s;
        s.play(script);
        QVERIFY2(!s.failed(), qPrintable(s.message()));
    }
    static void columns() { QTest::addColumn<QStringList>("script"); }
    static void row(const char *name, const char *script)
    {
        QTest::newRow(name) << QString::fromLatin1(script).split(QLatin1Char(';'),
                                                                 Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void capBoundsWhatRunsAtOnce_data()
    {
        columns();
        row("at most cap jobs run; a finish lets the next start",
            "cap 2; job 1; job 2; job 3; start 1 2; counts 1 2; done 1; start 3");
        row("a job with several keys counts once against the cap",
            "cap 2; job 1 k=A,B; job 2; job 3; start 1 2; done 2; start 3");
        row("raising the cap starts queued jobs at once",
            "cap 1; job 1; job 2; job 3; start 1; cap 3; start 2 3");
        row("lowering the cap below the running count starts nothing until running drops below it",
            "cap 3; job 1; job 2; job 3; job 4; job 5; start 1 2 3; cap 1; start; done 1; start;"
            "done 2; start; done 3; start 4; done 4; start 5");
        row("paused starts nothing and interrupts nothing; resume starts",
            "cap 2; job 1; start 1; pause; job 2; start; counts 1 1; resume; start 2");
    }
    void capBoundsWhatRunsAtOnce() { play(); }

    void higherPriorityFirstThenSubmissionOrder_data()
    {
        columns();
        row("higher priority first",
            "cap 1; job 1; job 2 p=5; job 3 p=1; start 2; done 2; start 3; done 3; start 1");
        row("FIFO within a priority",
            "cap 1; job 1; job 2; job 3; start 1; done 1; start 2; done 2; start 3");
        row("keyed and unkeyed jobs share one order",
            "cap 1; job 1 k=A; job 2; job 3 k=B p=1; start 3; done 3; start 1; done 1; start 2");
        row("a key that frees up keeps its place ahead of later jobs",
            "cap 2; job 1 k=A; start 1; job 2 k=A; job 3; job 4; cap 1; done 1; start 2");
    }
    void higherPriorityFirstThenSubmissionOrder() { play(); }

    void oneJobPerKeyAtATime_data()
    {
        columns();
        row("a key runs one job at a time, in order",
            "cap 4; job 1 k=A; job 2 k=A; job 3 k=B; start 1 3; busy A,B; done 1; start 2");
        row("a busy key does not block later jobs of other keys",
            "cap 4; job 1 k=A; start 1; job 2 k=A; job 3 k=B; job 4; start 3 4");
        row("a key no job holds any more is forgotten",
            "cap 4; job 1 k=A; start 1; done 1; busy; counts 0 0");
    }
    void oneJobPerKeyAtATime() { play(); }

    void jobWithSeveralKeysIsAdmittedAllAtOnceOrNotAtAll_data()
    {
        columns();
        row("all its keys free: it starts and holds them all",
            "cap 4; job 1 k=A,B; start 1; busy A,B; done 1; busy");
        row("one of its keys busy: it waits and holds none",
            "cap 4; job 1 k=B; start 1; job 2 k=A,B; start; busy B; done 1; start 2; busy A,B");
        row("waiting for one key does not block other keys",
            "cap 4; job 1 k=B; start 1; job 2 k=A,B; job 3 k=C; job 4; start 3 4");
        row("repeated and empty keys are ignored",
            "cap 4; job 1 k=A,,A,B; start 1; busy A,B; job 2 k=,; start 2");
    }
    void jobWithSeveralKeysIsAdmittedAllAtOnceOrNotAtAll() { play(); }

    // The rule: a key's jobs start in the one order (priority, then submission). A job with
    // several keys that is the head of a free key reserves it: later jobs of that key wait,
    // even while the key is idle, so only jobs ahead of it in the order overtake it.
    void jobWithSeveralKeysIsNotStarved_data()
    {
        columns();
        row("it reserves its free key: a later job on that key waits",
            "cap 4; job 1 k=bus; start 1; job 2 k=dmm,bus; job 3 k=dmm; start; busy bus;"
            "done 1; start 2; done 2; start 3");
        row("a stream of later jobs on its instrument never overtakes it",
            "cap 4; job 1 k=bus; start 1; job 2 k=dmm,bus; job 3 k=dmm; start; job 4 k=dmm;"
            "start; job 5 k=dmm; start; done 1; start 2; done 2; start 3");
        row("a stream of later jobs on its bus never overtakes it",
            "cap 4; job 1 k=bus; start 1; job 2 k=dmm,bus; job 3 k=bus; job 4 k=bus; done 1;"
            "start 2; done 2; start 3; done 3; start 4");
        row("a job of higher priority does overtake it (that is what a priority means)",
            "cap 4; job 1 k=bus; start 1; job 2 k=dmm,bus; job 3 k=dmm p=1; start 3; done 3;"
            "start; done 1; start 2");
        row("two jobs with several keys start in order",
            "cap 4; job 1 k=A; start 1; job 2 k=A,B; job 3 k=B,C; job 4 k=C; start; done 1;"
            "start 2; done 2; start 3; done 3; start 4");
    }
    void jobWithSeveralKeysIsNotStarved() { play(); }

    void queuedJobsPastTheirDeadlineExpire_data()
    {
        columns();
        row("a queued job expires at its deadline and never starts",
            "cap 1; job 1; job 2 d=5; start 1; wake 5; at 4; expire; at 5; expire 2; wake none;"
            "done 1; start; counts 0 0");
        row("the earliest deadline is the next wake-up",
            "pause; job 1 d=9; job 2 d=3; job 3 d=6; wake 3; at 3; expire 2; wake 6; at 10;"
            "expire 3,1; wake none");
        row("a job met past its deadline at admission is reported, not started",
            "pause; job 1 d=2; job 2; at 5; resume; start 2; timedout 1");
        row("a started job's deadline no longer counts",
            "job 1 d=5; start 1; wake none; at 10; expire; counts 0 1");
        row("a job with several keys that expires frees the key it reserved",
            "cap 4; job 1 k=bus; start 1; job 2 k=dmm,bus d=5; job 3 k=dmm; start; at 5;"
            "expire 2; start 3");
    }
    void queuedJobsPastTheirDeadlineExpire() { play(); }

    void cancellingQueuedJobs_data()
    {
        columns();
        row("a cancelled queued job never starts",
            "cap 1; job 1; job 2; job 3; start 1; cancel 2 yes; done 1; start 3");
        row("a running or unknown job is not cancelled here",
            "job 1; start 1; cancel 1 no; cancel 9 no; counts 0 1");
        row("cancelling a job with several keys frees the key it reserved",
            "cap 4; job 1 k=bus; start 1; job 2 k=dmm,bus; job 3 k=dmm; start; cancel 2 yes;"
            "start 3");
        row("cancelKey ends every queued job that holds the key and names the running one",
            "cap 4; job 1 k=A; job 2 k=A; job 3 k=B,A; job 4 k=B; start 1; cancelKey A 2,3 "
            "running=1;"
            "start 4; counts 0 2");
        row("cancelKey of an unknown key ends nothing", "cancelKey nope; counts 0 0");
        row("cancelAll ends every queued job, best first, and leaves running ones",
            "cap 1; job 9 k=Z; start 9; job 1; job 2 p=1; job 3 k=A d=7; cancelAll 2,1,3;"
            "counts 0 1; wake none; busy Z");
    }
    void cancellingQueuedJobs() { play(); }
};

QTEST_GUILESS_MAIN(TestAdmission)
#include "tst_admission.moc"
