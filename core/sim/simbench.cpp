// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simbench.h"

#include "instruments/profileregistry.h"
#include "io/boundedfile.h"
#include "io/epolldispatcher.h"
#include "sim/replyclock.h"

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
    else
        return bad("transport", SimBench::tr("'%1' is not one of pty, tcp").arg(transport));
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
    if (array.isEmpty()) {
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
    QList<Running> running;
    QObject *root = m_root;
    QMetaObject::invokeMethod(
        m_root,
        [&] {
            // One clock times the replies of every server on this thread.
            auto *clock = new ReplyClock(root);
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
                auto *server = new SimServer(std::move(instrument), spec.options, clock, root);
                QString why;
                if (!server->start(&why)) {
                    *error = spec.name + QStringLiteral(": ") + why;
                    ok = false;
                    return;
                }
                running.append({spec.name, spec.profileId, server});
            }
            for (int i = 0; i < specs.size(); ++i) {
                const Wire &w = specs.at(i).wire;
                if (w.instrument.isEmpty())
                    continue;
                for (const Running &r : std::as_const(running)) {
                    if (r.name != w.instrument)
                        continue;
                    const DriverProfile &source = r.server->instrument()->profile();
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
                    running.at(i).server->instrument()->wire(r.server->instrument(), w.operation,
                                                             w.channel);
                }
            }
        },
        Qt::BlockingQueuedConnection);
    m_running = running;
    if (!ok) {
        stop();
        return false;
    }
    for (const Running &r : std::as_const(m_running)) {
        const QString name = r.name;
        connect(r.server, &SimServer::resourceChanged, this,
                [this, name](const QString &resource) { Q_EMIT resourceChanged(name, resource); });
    }
    return true;
}

void SimBench::stop()
{
    if (!m_thread)
        return;
    m_running.clear();
    m_thread->quit();
    if (!m_thread->wait(5000))
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

QList<SimBench::Entry> SimBench::instruments() const
{
    QList<Entry> entries;
    for (const Running &r : m_running)
        entries.append({r.name, r.profileId, r.server->resource()});
    return entries;
}

QString SimBench::resource(const QString &name) const
{
    const Running *r = find(name);
    return r ? r->server->resource() : QString();
}

bool SimBench::setFaults(const QString &name, const SimFaults &faults)
{
    const Running *r = find(name);
    if (r)
        r->server->setFaults(faults);
    return r != nullptr;
}

std::optional<SimFaults> SimBench::faults(const QString &name) const
{
    const Running *r = find(name);
    if (!r)
        return std::nullopt;
    return r->server->faults();
}

bool SimBench::setLatency(const QString &name, int latencyMs, int jitterMs)
{
    const Running *r = find(name);
    if (r)
        r->server->setLatency(latencyMs, jitterMs);
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
    return QJsonDocument(
               QJsonObject{{QStringLiteral("schema"), 1}, {QStringLiteral("instruments"), array}})
        .toJson(QJsonDocument::Indented);
}

} // namespace ld
