// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Figures for issue 7: jobs per second across two nodes through a real mosquitto against the
// same jobs run on the benches directly, the same again with the nodes keeping their job memory
// on disk (Node::Options::stateDirectory), and the latency the broker hop adds (p50, p99).
// Everything on loopback, one process: broker, two simulated benches, two nodes, controller.
#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "node/jobmemory.h"
#include "node/mqttclient.h"
#include "node/node.h"
#include "node/remotelab.h"
#include "plans/runengine.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"
#include "testbroker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace ld;

namespace {
const char *kBench = R"({"instruments": [
  {"name": "s1", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 1, "latencyMs": 0},
  {"name": "s2", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 2, "latencyMs": 0},
  {"name": "s3", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 3, "latencyMs": 0},
  {"name": "s4", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 4, "latencyMs": 0}]})";

bool waitUntil(const std::function<bool()> &done, int ms = 60000)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

struct Pc
{
    SimBench sim;
    std::unique_ptr<Dispatcher> dispatcher;
    std::unique_ptr<Bench> bench;
    std::unique_ptr<RunEngine> engine;
    std::unique_ptr<Node> node;
};

double pct(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int jobs = argc > 1 ? std::atoi(argv[1]) : 4000;
    const int samples = argc > 2 ? std::atoi(argv[2]) : 1000;
    test::TestBroker broker;
    QString error;
    if (!broker.start(&error)) {
        std::fprintf(stderr, "bench_node: %s\n", qPrintable(error));
        return 1;
    }
    ProfileRegistry profiles;
    profiles.addDirectory(ProfileRegistry::builtinDirectory());
    MqttClient::Options bo;
    bo.host = broker.host();
    bo.port = broker.port();

    Pc pcs[2];
    const QString names[2] = {QStringLiteral("pc-a"), QStringLiteral("pc-b")};
    for (int i = 0; i < 2; ++i) {
        Pc &pc = pcs[i];
        if (!pc.sim.start(profiles, *SimBench::parse(kBench, &error), &error))
            return 1;
        pc.dispatcher = std::make_unique<Dispatcher>(16);
        pc.bench = std::make_unique<Bench>(pc.dispatcher.get(), &profiles);
        pc.engine = std::make_unique<RunEngine>(pc.dispatcher.get());
        pc.engine->addTarget(pc.bench.get());
        pc.sim.addInstrumentsTo(pc.bench.get(), InstrumentConfig().timeoutMs,
                                SimBench::ProfileChoice::Matched);
        pc.bench->connectAll();
        Node::Options no;
        no.name = names[i];
        no.broker = bo;
        pc.node = std::make_unique<Node>(pc.bench.get(), pc.engine.get(), no);
        pc.node->start();
    }
    MqttClient controller(bo);
    Dispatcher dispatcher(16);
    RemoteLab lab(&controller, &dispatcher, RemoteLab::Options{});
    controller.start();
    if (!waitUntil([&] {
            for (const QString &n : names)
                for (const QString &i : {QStringLiteral("s1"), QStringLiteral("s2"),
                                         QStringLiteral("s3"), QStringLiteral("s4")})
                    if (lab.instrument(n, i).state != QLatin1String("idle"))
                        return false;
            return true;
        })) {
        std::fprintf(stderr, "bench_node: the lab did not come up\n");
        return 1;
    }
    const QStringList instruments{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"),
                                  QStringLiteral("s4")};
    const QString op = QStringLiteral("measure_temperature");

    // Throughput, local: each bench runs jobs/2 directly (repeat over its 4 instruments).
    QElapsedTimer t;
    int runsDone = 0;
    for (Pc &pc : pcs)
        QObject::connect(pc.engine.get(), &RunEngine::runFinished, pc.engine.get(),
                         [&](quint64) { ++runsDone; });
    t.start();
    for (Pc &pc : pcs) {
        RunRequest r;
        r.instruments = instruments;
        r.operation = op;
        r.repeat = jobs / 8;
        pc.engine->start(r);
    }
    waitUntil([&] { return runsDone == 2; });
    const double localSec = t.nsecsElapsed() / 1e9;
    for (Pc &pc : pcs)
        pc.engine->takeReadings();

    // Throughput, remote: the same jobs through the controller's dispatcher and the broker.
    int failed = 0;
    auto remoteRun = [&] {
        int finished = 0;
        QElapsedTimer clock;
        clock.start();
        for (int k = 0; k < jobs / 8 * 8; ++k) {
            RemoteLab::Request r;
            r.node = names[k % 2];
            r.instrument = instruments[(k / 2) % 4];
            r.operation = op;
            lab.submit(r, [&](const JobResult &res) {
                ++finished;
                failed += res.ok() ? 0 : 1;
            });
        }
        waitUntil([&] { return finished == jobs / 8 * 8; }, 300000);
        return clock.nsecsElapsed() / 1e9;
    };
    const double remoteSec = remoteRun();

    // The same with each node writing its job memory to a state folder: a line per job
    // accepted and per job finished, before it runs and before its answer leaves.
    QTemporaryDir stateRoot;
    for (Pc &pc : pcs)
        pc.node.reset(); // leaves cleanly, saying "offline"
    if (!waitUntil([&] { return !lab.node(names[0]).online && !lab.node(names[1]).online; })) {
        std::fprintf(stderr, "bench_node: the nodes did not leave\n");
        return 1;
    }
    for (int i = 0; i < 2; ++i) {
        Pc &pc = pcs[i];
        Node::Options no;
        no.name = names[i];
        no.broker = bo;
        no.stateDirectory = stateRoot.filePath(names[i]);
        pc.node = std::make_unique<Node>(pc.bench.get(), pc.engine.get(), no);
        if (!pc.node->start(&error)) {
            std::fprintf(stderr, "bench_node: %s\n", qPrintable(error));
            return 1;
        }
    }
    if (!waitUntil([&] { return lab.node(names[0]).online && lab.node(names[1]).online; })) {
        std::fprintf(stderr, "bench_node: the nodes did not come back\n");
        return 1;
    }
    const double persistedSec = remoteRun();
    qint64 stateBytes = 0;
    for (const Pc &pc : pcs)
        stateBytes += QFileInfo(pc.node->stateFile()).size();

    // The job memory alone: what a node pays per job to remember it (2 records, compactions).
    double memoryUsPerJob = 0;
    {
        JobMemory memory;
        if (!memory.open(stateRoot.filePath(QStringLiteral("alone")), &error, nullptr)) {
            std::fprintf(stderr, "bench_node: %s\n", qPrintable(error));
            return 1;
        }
        const QByteArray answer = QByteArray(R"({"id":"x","node":"pc-a","status":"succeeded",)") +
                                  R"("reading":{"instrument":"s1","value":21.5,"unit":"C"}})";
        const int n = 20000;
        QElapsedTimer clock;
        clock.start();
        for (int k = 0; k < n; ++k) {
            const QString id = QStringLiteral("c-0123456789-ab12cd34-%1").arg(k);
            memory.accepted(id);
            memory.finished(id, answer);
        }
        memoryUsPerJob = clock.nsecsElapsed() / 1e3 / n;
    }

    // Latency: one job at a time, local vs remote, same instrument.
    std::vector<double> local, remote;
    for (int k = 0; k < samples; ++k) {
        RunRequest r;
        r.instruments = {QStringLiteral("s1")};
        r.operation = op;
        const int before = runsDone;
        t.restart();
        pcs[0].engine->start(r);
        waitUntil([&] { return runsDone > before; });
        local.push_back(t.nsecsElapsed() / 1e3);
        pcs[0].engine->takeReadings();

        RemoteLab::Request rr;
        rr.node = names[0];
        rr.instrument = QStringLiteral("s1");
        rr.operation = op;
        bool done = false;
        t.restart();
        lab.submit(rr, [&](const JobResult &res) {
            done = true;
            failed += res.ok() ? 0 : 1;
        });
        waitUntil([&] { return done; });
        remote.push_back(t.nsecsElapsed() / 1e3);
    }

    const int n = jobs / 8 * 8;
    std::printf("bench_node: %d jobs over 2 nodes x 4 simulated instruments (0 ms device "
                "latency), loopback mosquitto, controller cap 16; %d failed\n",
                n, failed);
    std::printf("%-34s %12s\n", "throughput", "jobs/s");
    std::printf("%-34s %12.0f\n", "local (each bench directly)", n / localSec);
    std::printf("%-34s %12.0f\n", "remote (controller -> broker)", n / remoteSec);
    std::printf("%-34s %12.0f\n", "remote, job memory on disk", n / persistedSec);
    std::printf("(the two nodes' state files: %lld bytes after %d jobs; the job memory alone "
                "costs %.1f us per job)\n",
                stateBytes, n, memoryUsPerJob);
    std::printf("\n%-34s %10s %10s\n", "one job at a time, latency", "p50 us", "p99 us");
    std::printf("%-34s %10.0f %10.0f\n", "local", pct(local, 0.5), pct(local, 0.99));
    std::printf("%-34s %10.0f %10.0f\n", "remote", pct(remote, 0.5), pct(remote, 0.99));
    // p99s of two noisy, independent series do not subtract; the medians do.
    std::printf("%-34s %10.0f\n", "added by the broker hop (p50)",
                pct(remote, 0.5) - pct(local, 0.5));
    for (Pc &pc : pcs)
        pc.node.reset(); // before stateRoot goes: the node unlocks its folder
    return failed == 0 ? 0 : 1;
}
