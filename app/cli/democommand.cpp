// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/democommand.h"

#include "cli/benchsession.h"
#include "scheduler/dispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <stdexcept>

namespace ld {

namespace {

bool parseInt(const QCommandLineParser &p, const QCommandLineOption &o, int min, int max, int *out,
              QString *error)
{
    bool ok = false;
    const int v = p.value(o).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = DemoCommand::tr("--%1 must be a whole number from %2 to %3, not '%4'")
                     .arg(o.names().constFirst())
                     .arg(min)
                     .arg(max)
                     .arg(p.value(o));
        return false;
    }
    *out = v;
    return true;
}
} // namespace

int DemoCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs synthetic jobs through the capped dispatcher and prints live counters."));
    parser.addHelpOption();
    const QCommandLineOption jobsOpt(QStringLiteral("jobs"), tr("Number of jobs."), tr("N"),
                                     QStringLiteral("2000"));
    const QCommandLineOption capOpt(QStringLiteral("cap"), tr("Jobs running at once."), tr("C"),
                                    QStringLiteral("8"));
    const QCommandLineOption msOpt(QStringLiteral("job-ms"), tr("Mean job length in ms."), tr("T"),
                                   QStringLiteral("5"));
    const QCommandLineOption keysOpt(QStringLiteral("keys"),
                                     tr("Simulated instruments (jobs of one never overlap)."),
                                     tr("K"), QStringLiteral("16"));
    const QCommandLineOption failOpt(QStringLiteral("fail-percent"),
                                     tr("Percentage of jobs that throw."), tr("P"),
                                     QStringLiteral("1"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), tr("Random seed."), tr("S"),
                                     QStringLiteral("1"));
    parser.addOptions({jobsOpt, capOpt, msOpt, keysOpt, failOpt, seedOpt});
    if (const auto code = parseCommandLine(parser, QStringLiteral("demo"), arguments))
        return *code;
    int jobs = 0, cap = 0, jobMs = 0, keys = 0, failPercent = 0, seed = 0;
    QString error;
    if (!parseInt(parser, jobsOpt, 1, 10'000'000, &jobs, &error) ||
        !parseInt(parser, capOpt, Dispatcher::kMinCap, Dispatcher::kMaxCap, &cap, &error) ||
        !parseInt(parser, msOpt, 0, 60'000, &jobMs, &error) ||
        !parseInt(parser, keysOpt, 0, 100'000, &keys, &error) ||
        !parseInt(parser, failOpt, 0, 100, &failPercent, &error) ||
        !parseInt(parser, seedOpt, 0, 1 << 30, &seed, &error)) {
        std::fprintf(stderr, "labdispatch demo: %s\n", qPrintable(error));
        return 2;
    }

    Dispatcher dispatcher(cap);
    QRandomGenerator rng{quint32(seed)};
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < jobs; ++i) {
        // Job lengths vary from half to one and a half times the mean.
        const int us = jobMs * 1000 / 2 + int(rng.bounded(jobMs * 1000 + 1));
        const bool fails = int(rng.bounded(100)) < failPercent;
        JobSpec spec = JobSpec::sync([us, fails](const CancellationToken &token) -> QVariant {
            if (token.waitForCancelled(std::chrono::microseconds(us)))
                return {};
            if (fails)
                throw std::runtime_error("simulated instrument error");
            return us;
        });
        if (keys > 0)
            spec.key = QStringLiteral("instrument-%1").arg(rng.bounded(keys));
        dispatcher.submit(std::move(spec));
    }

    auto print = [&](const char *tag) {
        const DispatcherCounters c = dispatcher.counters();
        std::printf(
            "%-7s %8.2f s  queued %7lld  running %4lld/%-4d  completed %8lld  failed %5lld\n", tag,
            clock.elapsed() / 1000.0, c.queued, c.running, c.cap, c.succeeded, c.failed);
        std::fflush(stdout);
    };
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] { print("live"); });
    tick.start(250);
    QObject::connect(&dispatcher, &Dispatcher::idle, &tick, [&] { QCoreApplication::quit(); });
    if (dispatcher.isBusy())
        QCoreApplication::exec();
    dispatcher.waitForIdle();
    tick.stop();
    print("done");

    const DispatcherCounters c = dispatcher.counters();
    const double secs = clock.elapsed() / 1000.0;
    std::printf("summary: %lld jobs in %.2f s (%.0f jobs/s), cap %d, peak running %lld, "
                "succeeded %lld, failed %lld\n",
                c.submitted, secs, secs > 0 ? c.submitted / secs : 0.0, c.cap, c.peakRunning,
                c.succeeded, c.failed);
    return c.failed > 0 && failPercent == 0 ? 1 : 0;
}

} // namespace ld
