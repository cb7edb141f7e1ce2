// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simbench.h"

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "io/boundedfile.h"
#include "io/epolldispatcher.h"
#include "scheduler/handoff.h"
#include "sim/replyclock.h"
#include "sim/simgpibcontroller.h"
#include "sim/simvxi11server.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace ld {

namespace {

/** Parses one "instruments[i]" entry; returns false with `error` naming the field. */
bool parseEntry(const QJsonObject &o, const QString &path, int index,
                SimBench::InstrumentSpec *spec, QString *error)
{
    const auto field = [&](const char *key) {
        return path + QLatin1Char('.') + QLatin1String(key);
    };
    const auto bad = [&](const char *key, const QString &what) {
        *error = field(key) + QStringLiteral(": ") + what;
        return false;
    };
    const auto intIn = [&](const char *key, qint64 lo, qint64 hi, qint64 fallback, qint64 *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            *out = fallback;
            return true;
        }
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != qint64(d) || d < double(lo) || d > double(hi))
            return bad(key, SimBench::tr("must be a whole number from %1 to %2").arg(lo).arg(hi));
        *out = qint64(d);
        return true;
    };
    spec->name = o.value(QLatin1String("name")).toString();
    if (spec->name.trimmed().isEmpty())
        return bad("name", SimBench::tr("missing"));
    spec->profileId = o.value(QLatin1String("profile")).toString();
    if (spec->profileId.isEmpty())
        return bad("profile", SimBench::tr("missing"));
    const QString transport = o.value(QLatin1String("transport")).toString(QStringLiteral("pty"));
    if (transport == QLatin1String("pty"))
        spec->options.transport = SimServer::Transport::Pty;
    else if (transport == QLatin1String("tcp"))
        spec->options.transport = SimServer::Transport::Tcp;
    else if (transport == QLatin1String("vxi11"))
        spec->options.transport = SimServer::Transport::Vxi11;
    else
        return bad("transport", SimBench::tr("'%1' is not one of pty, tcp, vxi11").arg(transport));
    qint64 v = 0;
    if (!intIn("port", 0, 65535, 0, &v))
        return false;
    spec->options.port = quint16(v);
    if (!intIn("seed", 0, qint64(1) << 52, index + 1, &v))
        return false;
    spec->options.seed = quint64(v);
    if (!intIn("latencyMs", 0, 60000, 0, &v))
        return false;
    spec->options.latencyMs = int(v);
    if (!intIn("jitterMs", 0, 60000, 0, &v))
        return false;
    spec->options.jitterMs = int(v);
    spec->serial = o.value(QLatin1String("serial")).toString();
    spec->vendor = o.value(QLatin1String("vendor")).toString();
    spec->model = o.value(QLatin1String("model")).toString();
    spec->firmware = o.value(QLatin1String("firmware")).toString();

    const QJsonObject faults = o.value(QLatin1String("faults")).toObject();
    const QJsonArray kinds = faults.value(QLatin1String("kinds")).toArray();
    for (int k = 0; k < kinds.size(); ++k) {
        const auto fault = SimFaults::fromName(kinds.at(k).toString());
        if (!fault) {
            *error =
                QStringLiteral("%1.faults.kinds[%2]: ").arg(path, QString::number(k)) +
                SimBench::tr("'%1' is not one of %2")
                    .arg(kinds.at(k).toString(), SimFaults::names().join(QStringLiteral(", ")));
            return false;
        }
        spec->options.faults.flags |= *fault;
    }
    spec->options.faults.probability = faults.value(QLatin1String("probability")).toDouble(1.0);
    if (spec->options.faults.probability < 0.0 || spec->options.faults.probability > 1.0) {
        *error =
            path + QStringLiteral(".faults.probability: ") + SimBench::tr("must be from 0 to 1");
        return false;
    }
    spec->options.faults.slowReplyMs = faults.value(QLatin1String("slowReplyMs")).toInt(3000);
    spec->options.faults.onlyCommand = faults.value(QLatin1String("only")).toString().toUtf8();
    const double times = faults.value(QLatin1String("times")).toDouble(-1);
    if (times != int(times) || times < -1 || times > 1e9) {
        *error = path + QStringLiteral(".faults.times: ") +
                 SimBench::tr("must be a whole number from %1 to %2").arg(-1).arg(1000000000);
        return false;
    }
    spec->options.faults.times = int(times);

    if (!intIn("timeConstantMs", 1, 3600000, 0, &v))
        return false;
    spec->timeConstantMs = int(v);

    const QJsonValue wireValue = o.value(QLatin1String("wire"));
    if (wireValue.isUndefined() || wireValue.isNull())
        return true;
    const QJsonObject wire = wireValue.toObject();
    const QString wirePath = path + QStringLiteral(".wire");
    if (!wireValue.isObject()) {
        *error = wirePath + QStringLiteral(": ") +
                 SimBench::tr("must be an object with instrument, operation and channel");
        return false;
    }
    for (const char *key : {"instrument", "operation"}) {
        const QJsonValue text = wire.value(QLatin1String(key));
        if (!text.isString() || text.toString().trimmed().isEmpty()) {
            *error = wirePath + QLatin1Char('.') + QLatin1String(key) + QStringLiteral(": ") +
                     (text.isUndefined() ? SimBench::tr("missing")
                                         : SimBench::tr("must be a non-empty string"));
            return false;
        }
    }
    spec->wire.instrument = wire.value(QLatin1String("instrument")).toString();
    spec->wire.operation = wire.value(QLatin1String("operation")).toString();
    const QJsonValue channel = wire.value(QLatin1String("channel"));
    const double c = channel.toDouble(-1);
    if (!channel.isUndefined() && (!channel.isDouble() || c != int(c) || c < 1 || c > 256)) {
        *error = wirePath + QStringLiteral(".channel: ") +
                 SimBench::tr("must be a whole number from %1 to %2").arg(1).arg(256);
        return false;
    }
    spec->wire.channel = channel.isUndefined() ? 1 : int(c);
    return true;
}

} // namespace

SimBench::SimBench(QObject *parent)
    : QObject(parent)
{}

SimBench::~SimBench()
{
    stop();
}

std::optional<QList<SimBench::InstrumentSpec>> SimBench::parse(const QByteArray &json,
                                                               QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonArray array = doc.object().value(QLatin1String("instruments")).toArray();
    const QJsonArray gpib = doc.object().value(QLatin1String("gpib")).toArray();
    if (array.isEmpty() && gpib.isEmpty()) {
        *error = QStringLiteral("instruments: ") + tr("missing or empty");
        return std::nullopt;
    }
    QList<InstrumentSpec> specs;
    QSet<QString> names;
    for (int i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("instruments[%1]").arg(i);
        InstrumentSpec spec;
        if (!parseEntry(array.at(i).toObject(), path, i, &spec, error))
            return std::nullopt;
        if (names.contains(spec.name)) {
            *error = path + QStringLiteral(".name: ") + tr("'%1' appears twice").arg(spec.name);
            return std::nullopt;
        }
        names.insert(spec.name);
        specs.append(spec);
    }
    QSet<QString> controllers;
    for (int c = 0; c < gpib.size(); ++c) {
        const QString cpath = QStringLiteral("gpib[%1]").arg(c);
        const QJsonObject co = gpib.at(c).toObject();
        GpibPlace place;
        place.controller = co.value(QLatin1String("name")).toString();
        if (place.controller.trimmed().isEmpty() || controllers.contains(place.controller)) {
            *error = cpath + QStringLiteral(".name: ") + tr("missing or used twice");
            return std::nullopt;
        }
        controllers.insert(place.controller);
        const double board = co.value(QLatin1String("board")).toDouble(0);
        if (board != int(board) || board < 0 || board > 999) {
            *error = cpath + QStringLiteral(".board: ") +
                     tr("must be a whole number from %1 to %2").arg(0).arg(999);
            return std::nullopt;
        }
        place.board = int(board);
        // The controller's own transport and port, read as an instrument's are.
        InstrumentSpec carrier;
        QJsonObject transportOnly{{QStringLiteral("name"), place.controller},
                                  {QStringLiteral("profile"), QStringLiteral("-")}};
        for (const char *key : {"transport", "port"})
            if (co.contains(QLatin1String(key)))
                transportOnly.insert(QLatin1String(key), co.value(QLatin1String(key)));
        if (!parseEntry(transportOnly, cpath, 0, &carrier, error))
            return std::nullopt;
        place.transport = carrier.options.transport;
        place.port = carrier.options.port;
        const QJsonArray devices = co.value(QLatin1String("instruments")).toArray();
        if (devices.isEmpty()) {
            *error = cpath + QStringLiteral(".instruments: ") + tr("missing or empty");
            return std::nullopt;
        }
        QSet<QPair<int, int>> addresses;
        for (int i = 0; i < devices.size(); ++i) {
            const QString path = cpath + QStringLiteral(".instruments[%1]").arg(i);
            const QJsonObject o = devices.at(i).toObject();
            InstrumentSpec spec;
            if (!parseEntry(o, path, int(specs.size()), &spec, error))
                return std::nullopt;
            const double primary = o.value(QLatin1String("address")).toDouble(-1);
            const double secondary = o.value(QLatin1String("secondary")).toDouble(-1);
            if (primary != int(primary) || primary < 1 || primary > 30) {
                *error = path + QStringLiteral(".address: ") +
                         tr("must be a whole number from %1 to %2").arg(1).arg(30);
                return std::nullopt;
            }
            if (secondary != int(secondary) || secondary < -1 || secondary > 30) {
                *error = path + QStringLiteral(".secondary: ") +
                         tr("must be a whole number from %1 to %2").arg(0).arg(30);
                return std::nullopt;
            }
            spec.gpib = place;
            spec.gpib->primary = int(primary);
            spec.gpib->secondary = int(secondary);
            if (addresses.contains({spec.gpib->primary, spec.gpib->secondary})) {
                *error = path + QStringLiteral(".address: ") +
                         tr("%1 is used twice on this controller").arg(spec.gpib->primary);
                return std::nullopt;
            }
            addresses.insert({spec.gpib->primary, spec.gpib->secondary});
            if (names.contains(spec.name)) {
                *error = path + QStringLiteral(".name: ") + tr("'%1' appears twice").arg(spec.name);
                return std::nullopt;
            }
            names.insert(spec.name);
            specs.append(spec);
        }
    }
    // The VXI-11 instruments share one portmapper: at most one port may be asked for.
    quint16 portmapper = 0;
    for (int i = 0; i < specs.size(); ++i) {
        const SimServer::Options &o = specs.at(i).options;
        if (o.transport != SimServer::Transport::Vxi11 || o.port == 0)
            continue;
        if (portmapper != 0 && o.port != portmapper) {
            *error = QStringLiteral("instruments[%1].port: ").arg(i) +
                     tr("the VXI-11 instruments share one portmapper, already on port %1")
                         .arg(portmapper);
            return std::nullopt;
        }
        portmapper = o.port;
    }
    for (int i = 0; i < specs.size(); ++i) {
        const QString &target = specs.at(i).wire.instrument;
        if (!target.isEmpty() && !names.contains(target)) {
            *error = QStringLiteral("instruments[%1].wire.instrument: ").arg(i) +
                     tr("no instrument '%1' on this bench").arg(target);
            return std::nullopt;
        }
    }
    return specs;
}

std::optional<QList<SimBench::InstrumentSpec>> SimBench::load(const QString &nameOrPath,
                                                              QString *error)
{
    QStringList candidates{nameOrPath};
    if (!nameOrPath.contains(QLatin1Char('/')) && !nameOrPath.endsWith(QLatin1String(".json"))) {
        candidates = {QStringLiteral(":/benches/%1.json").arg(nameOrPath)};
        const QString source = qEnvironmentVariable("LABDISPATCH_SOURCE_DIR");
        if (!source.isEmpty())
            candidates.append(source +
                              QStringLiteral("/resources/benches/%1.json").arg(nameOrPath));
    }
    for (const QString &path : std::as_const(candidates)) {
        if (!QFileInfo::exists(path))
            continue;
        // A simulated bench lists a few dozen instruments; 1 MiB is far beyond any.
        const std::optional<QByteArray> json = BoundedFile::read(path, 1 << 20, error);
        auto specs = json ? parse(*json, error) : std::nullopt;
        if (!specs)
            *error = QFileInfo(path).fileName() + QStringLiteral(": ") + *error;
        return specs;
    }
    *error = tr("%1: no such bench file or built-in bench").arg(nameOrPath);
    return std::nullopt;
}

bool SimBench::start(const ProfileRegistry &profiles, const QList<InstrumentSpec> &specs,
                     QString *error)
{
    stop();
    for (const InstrumentSpec &spec : specs) {
        if (!profiles.find(spec.profileId)) {
            *error = tr("%1: unknown profile '%2'").arg(spec.name, spec.profileId);
            return false;
        }
    }
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("ld-simbench"));
    // One thread serves every simulated instrument: epoll, not a poll over all of them per reply.
    if (QAbstractEventDispatcher *dispatcher = EpollEventDispatcher::createForThread())
        m_thread->setEventDispatcher(dispatcher);
    m_root = new QObject;
    m_root->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_root, &QObject::deleteLater);
    m_thread->start();

    // Sockets and notifiers must be created on the thread that serves them. This is a short,
    // bounded hop (open a pty, listen on a port), not I/O waiting on a peer.
    bool ok = true;
    quint16 vxi11Port = 0;
    QList<Running> running;
    QList<RunningController> controllers;
    QObject *root = m_root;
    postTo(
        m_root,
        [&] {
            // One clock times the replies of every server on this thread.
            auto *clock = new ReplyClock(root);
            // One VXI-11 server (portmapper and core channel) carries every VXI-11 instrument,
            // as device inst0, inst1, ... in bench order.
            SimVxi11Server *vxi11 = nullptr;
            int vxi11Devices = 0;
            SimVxi11Server::Options vxi11Options;
            for (const InstrumentSpec &spec : specs) {
                if (spec.options.transport != SimServer::Transport::Vxi11)
                    continue;
                if (!vxi11)
                    vxi11 = new SimVxi11Server(vxi11Options, root);
                vxi11Options.portmapperPort =
                    std::max(vxi11Options.portmapperPort, spec.options.port);
            }
            if (vxi11)
                vxi11->setOptions(vxi11Options);
            QString why;
            if (vxi11 && !vxi11->start(&why)) {
                *error = why;
                ok = false;
                return;
            }
            if (vxi11)
                vxi11Port = vxi11->portmapperPort();
            for (const InstrumentSpec &spec : specs) {
                auto instrument = std::make_unique<SimInstrument>(*profiles.find(spec.profileId),
                                                                  spec.options.seed, spec.serial);
                SimInstrument::Identity identity = instrument->identity();
                for (auto [field, value] : {std::pair{&identity.vendor, &spec.vendor},
                                            std::pair{&identity.model, &spec.model},
                                            std::pair{&identity.firmware, &spec.firmware}})
                    if (!value->isEmpty())
                        *field = *value;
                instrument->setIdentity(identity);
                if (spec.timeConstantMs > 0 &&
                    !instrument->setTimeConstantMs(spec.timeConstantMs)) {
                    *error = tr("%1: timeConstantMs: no reading of profile '%2' follows a "
                                "setpoint")
                                 .arg(spec.name, spec.profileId);
                    ok = false;
                    return;
                }
                if (spec.gpib) {
                    const GpibPlace &place = *spec.gpib;
                    auto it = std::find_if(
                        controllers.begin(), controllers.end(),
                        [&](const RunningController &c) { return c.name == place.controller; });
                    if (it == controllers.end()) {
                        controllers.append(
                            {place.controller, place.board,
                             new SimGpibController(place.transport, place.port, root)});
                        it = std::prev(controllers.end());
                    }
                    it->controller->addDevice(spec.name, place.primary, place.secondary,
                                              std::move(instrument), spec.options);
                    running.append(
                        {spec.name, spec.profileId, nullptr, it->controller, place.board});
                    continue;
                }
                auto *server = new SimServer(std::move(instrument), spec.options, clock, root);
                if (spec.options.transport == SimServer::Transport::Vxi11) {
                    const QString device = QStringLiteral("inst%1").arg(vxi11Devices++);
                    vxi11->addDevice(device, server);
                    server->setResource(QStringLiteral("TCPIP0::127.0.0.1::%1::INSTR").arg(device));
                }
                if (!server->start(&why)) {
                    *error = spec.name + QStringLiteral(": ") + why;
                    ok = false;
                    return;
                }
                running.append({spec.name, spec.profileId, server});
            }
            for (const RunningController &c : std::as_const(controllers)) {
                if (!c.controller->start(&why)) {
                    *error = c.name + QStringLiteral(": ") + why;
                    ok = false;
                    return;
                }
            }
            for (int i = 0; i < specs.size(); ++i) {
                const Wire &w = specs.at(i).wire;
                if (w.instrument.isEmpty())
                    continue;
                for (const Running &r : std::as_const(running)) {
                    if (r.name != w.instrument)
                        continue;
                    const DriverProfile &source = instrumentOf(r)->profile();
                    if (!source.operation(w.operation)) {
                        *error = tr("%1: wire: %2 has no operation '%3'")
                                     .arg(specs.at(i).name, w.instrument, w.operation);
                        ok = false;
                        return;
                    }
                    if (w.channel > std::max(source.channels, 1)) {
                        *error = tr("%1: wire: %2 has no channel %3")
                                     .arg(specs.at(i).name, w.instrument)
                                     .arg(w.channel);
                        ok = false;
                        return;
                    }
                    instrumentOf(running.at(i))->wire(instrumentOf(r), w.operation, w.channel);
                }
            }
        },
        Qt::BlockingQueuedConnection);
    m_running = running;
    m_controllers = controllers;
    m_vxi11PortmapperPort = vxi11Port;
    if (!ok) {
        stop();
        return false;
    }
    for (const Running &r : std::as_const(m_running)) {
        const QString name = r.name;
        if (!r.server)
            continue;
        connect(r.server, &SimServer::resourceChanged, this,
                [this, name](const QString &resource) { Q_EMIT resourceChanged(name, resource); });
    }
    for (const RunningController &c : std::as_const(m_controllers)) {
        const int board = c.board;
        connect(c.controller, &SimGpibController::resourceChanged, this,
                [this, board](const QString &resource) {
                    Q_EMIT gpibControllerChanged(board, resource);
                });
    }
    return true;
}

void SimBench::stop()
{
    if (!m_thread)
        return;
    m_running.clear();
    m_controllers.clear();
    m_vxi11PortmapperPort = 0;
    m_thread->quit();
    if (m_thread->wait(5000))
        LD_TSAN_ACQUIRE(m_thread.get()); // released by the thread's EpollEventDispatcher
    else
        qWarning("ld::SimBench: the bench thread did not stop within 5 s");
    m_thread.reset();
    m_root = nullptr;
}

const SimBench::Running *SimBench::find(const QString &name) const
{
    for (const Running &r : m_running) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

const SimBench::RunningController *SimBench::findController(const QString &name) const
{
    for (const RunningController &c : m_controllers) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString SimBench::resourceOf(const Running &r)
{
    return r.server ? r.server->resource() : r.gpib->deviceResource(r.name, r.board);
}

SimInstrument *SimBench::instrumentOf(const Running &r)
{
    return r.server ? r.server->instrument() : r.gpib->instrument(r.name);
}

QList<SimBench::Entry> SimBench::instruments() const
{
    QList<Entry> entries;
    for (const Running &r : m_running)
        entries.append({r.name, r.profileId, resourceOf(r)});
    return entries;
}

bool SimBench::addInstrumentsTo(Bench *bench, int timeoutMs, ProfileChoice profile, QString *error)
{
    for (const ControllerEntry &controller : gpibControllers()) {
        GpibBoardConfig board;
        board.board = controller.board;
        board.controller = controller.resource;
        board.readTimeoutMs = std::clamp(timeoutMs / 4, 1, GpibBoardConfig::kMaxReadTimeoutMs);
        if (!bench->bindGpibBoard(board, error))
            return false;
    }
    const QList<Entry> entries = instruments();
    for (const Entry &entry : entries) {
        InstrumentConfig c;
        c.name = entry.name;
        c.resource = entry.resource;
        if (profile == ProfileChoice::Pinned)
            c.profileId = entry.profileId;
        c.simulated = true;
        c.timeoutMs = timeoutMs;
        if (!bench->addInstrument(c, error))
            return false;
    }
    connect(this, &SimBench::resourceChanged, bench,
            [bench](const QString &name, const QString &resource) {
                if (!bench->contains(name))
                    return;
                const InstrumentStatus status = bench->status(name);
                InstrumentConfig c = status.config;
                c.resource = resource;
                // The same simulated device under a new path: it keeps the profile it matched,
                // so a run on it goes on while it is identified again (an instrument with no
                // profile yet cannot run its operations and would leave the run).
                if (c.profileId.isEmpty())
                    c.profileId = status.profileId;
                bench->updateInstrument(name, c);
            });
    connect(this, &SimBench::gpibControllerChanged, bench,
            [bench](int number, const QString &resource) {
                for (GpibBoardConfig board : bench->gpibBoards()) {
                    if (board.board != number)
                        continue;
                    board.controller = resource;
                    bench->bindGpibBoard(board);
                }
            });
    return true;
}

QList<SimBench::ControllerEntry> SimBench::gpibControllers() const
{
    QList<ControllerEntry> entries;
    for (const RunningController &c : m_controllers)
        entries.append({c.name, c.board, c.controller->resource()});
    return entries;
}

int SimBench::gpibOverlaps(const QString &controller) const
{
    const RunningController *c = findController(controller);
    return c ? c->controller->overlaps() : -1;
}

QList<QByteArray> SimBench::gpibLog(const QString &controller) const
{
    const RunningController *c = findController(controller);
    return c ? c->controller->log() : QList<QByteArray>();
}

QString SimBench::resource(const QString &name) const
{
    const Running *r = find(name);
    return r ? resourceOf(*r) : QString();
}

bool SimBench::setFaults(const QString &name, const SimFaults &faults)
{
    const Running *r = find(name);
    if (r && r->server)
        r->server->setFaults(faults);
    else if (r)
        r->gpib->setFaults(name, faults);
    return r != nullptr;
}

std::optional<SimFaults> SimBench::faults(const QString &name) const
{
    const Running *r = find(name);
    if (!r)
        return std::nullopt;
    return r->server ? r->server->faults() : r->gpib->faults(name);
}

bool SimBench::setLatency(const QString &name, int latencyMs, int jitterMs)
{
    const Running *r = find(name);
    if (r && r->server)
        r->server->setLatency(latencyMs, jitterMs);
    else if (r)
        r->gpib->setLatency(name, latencyMs, jitterMs);
    return r != nullptr;
}

QByteArray SimBench::benchFile() const
{
    QJsonArray array;
    for (const Entry &e : instruments()) {
        array.append(QJsonObject{{QStringLiteral("name"), e.name},
                                 {QStringLiteral("profile"), e.profileId},
                                 {QStringLiteral("resource"), e.resource}});
    }
    QJsonObject root{{QStringLiteral("schema"), 1}, {QStringLiteral("instruments"), array}};
    QJsonArray gpib;
    for (const ControllerEntry &c : gpibControllers())
        gpib.append(QJsonObject{{QStringLiteral("board"), c.board},
                                {QStringLiteral("controller"), c.resource}});
    if (!gpib.isEmpty())
        root.insert(QStringLiteral("gpib"), gpib);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ld
