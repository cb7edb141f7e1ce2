// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "node/mqttclient.h"
#include "node/node.h"
#include "plans/runengine.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QTest>

#include <memory>

#include <sys/socket.h>

namespace ld::test {

/**
 * One PC of a test lab: a simulated bench served on loopback, its own dispatcher and Bench
 * with every instrument connected, and the Node sharing it through a broker.
 */
struct NodeFixture
{
    std::unique_ptr<SimBench> sim;
    std::unique_ptr<Dispatcher> dispatcher;
    std::unique_ptr<Bench> bench;
    std::unique_ptr<RunEngine> engine;
    std::unique_ptr<Node> node;

    /**
     * Starts the simulated bench described by `simJson` (SimBench::parse), connects it and
     * shares it as `name`, remembering its jobs in `stateDirectory` (empty: the default) and
     * collecting the node's warnings in `warnings` (if given). Null (with a warning saying why)
     * if any step does not finish.
     */
    static std::unique_ptr<NodeFixture>
    start(const ProfileRegistry &profiles, const char *simJson, const QString &name,
          const MqttClient::Options &broker, int safetyMs = 20000,
          const QString &stateDirectory = {}, QStringList *warnings = nullptr)
    {
        auto n = std::make_unique<NodeFixture>();
        QString error;
        const auto specs = SimBench::parse(simJson, &error);
        n->sim = std::make_unique<SimBench>();
        if (!specs || !n->sim->start(profiles, *specs, &error)) {
            qWarning("sim: %s", qPrintable(error));
            return nullptr;
        }
        n->dispatcher = std::make_unique<Dispatcher>(8);
        n->bench = std::make_unique<Bench>(n->dispatcher.get(), &profiles);
        n->engine = std::make_unique<RunEngine>(n->dispatcher.get());
        n->engine->addTarget(n->bench.get());
        if (!n->sim->addInstrumentsTo(n->bench.get(), 10000, SimBench::ProfileChoice::Matched,
                                      &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        n->bench->connectAll();
        for (const QString &i : n->bench->names())
            if (!QTest::qWaitFor([&] { return n->bench->status(i).state == InstrumentState::Idle; },
                                 safetyMs)) {
                qWarning("%s did not connect", qPrintable(i));
                return nullptr;
            }
        Node::Options o;
        o.name = name;
        o.broker = broker;
        o.stateDirectory = stateDirectory;
        n->node = std::make_unique<Node>(n->bench.get(), n->engine.get(), o);
        if (warnings)
            QObject::connect(n->node.get(), &Node::warning, n->node.get(),
                             [warnings](const QString &w) { warnings->append(w); });
        if (!n->node->start(&error)) {
            qWarning("node: %s", qPrintable(error));
            return nullptr;
        }
        if (!QTest::qWaitFor([&] { return n->node->client().isConnected(); }, safetyMs)) {
            qWarning("node %s did not connect", qPrintable(name));
            return nullptr;
        }
        return n;
    }

    /** What a SIGKILL or a pulled cable does to the link: it drops without DISCONNECT. */
    void kill()
    {
        ::shutdown(node->client().socketDescriptor(), SHUT_RDWR);
        node.reset();
        engine.reset();
        bench.reset();
        dispatcher.reset();
        sim.reset();
    }
};

} // namespace ld::test
