// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/bench.h"
#include "instruments/addressrange.h"

#include "instruments/bench_p.h"
#include "instruments/instrumentlink.h"
#include "instruments/lanbrowser.h"
#include "instruments/prober.h"
#include "instruments/profileregistry.h"
#include "io/devicetext.h"
#include "io/gpibcontroller.h"
#include "io/iothreadpool.h"
#include "io/visaresource.h"
#include "io/vxi11portmapperprobe.h"
#include "scheduler/dispatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSerialPortInfo>
#include <QThread>
#include <QTimer>

#include <map>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcBench, "labdispatch.bench")

namespace ld {

namespace detail {

namespace {
constexpr int kBenchSchema = 1;
} // namespace

// ---- BenchShared: any thread ---------------------------------------------------------------

void BenchShared::push(StatusDelta delta)
{
    {
        std::lock_guard lock(mutex);
        deltas.push_back(std::move(delta));
    }
    requestFlush();
}

void BenchShared::log(BenchEvent::Severity severity, const QString &instrument, const QString &text,
                      bool aboutLink)
{
    BenchEvent e;
    e.wallNs = wallNowNs();
    e.severity = severity;
    e.instrument = instrument;
    e.aboutLink = aboutLink;
    e.text = DeviceText::printable(text); // may quote what a device sent
    {
        std::lock_guard lock(mutex);
        events.push_back(std::move(e));
    }
    requestFlush();
}

// ---- BenchPrivate: the UI thread -------------------------------------------------------------

class BenchPrivate
{
public:
    struct Entry
    {
        InstrumentConfig config;
        QString device; ///< VisaResource::deviceKey() of its resource
        InstrumentStatus status;
        InstrumentLink *link = nullptr; // lives on `thread`
        std::shared_ptr<LinkAnchor> anchor;
        QThread *thread = nullptr;
        QString bus; ///< the GPIB bus key its jobs also hold; empty off GPIB
    };

    /** A GPIB board: its controller lives on `thread`, with every instrument of the board. */
    struct Board
    {
        GpibBoardConfig config;
        QString device;                       ///< the controller's VisaResource::deviceKey()
        GpibController *controller = nullptr; // lives on `thread`
        QThread *thread = nullptr;
    };

    Bench *q;
    Dispatcher *dispatcher;
    const ProfileRegistry *profiles;
    std::shared_ptr<BenchShared> shared = std::make_shared<BenchShared>();
    std::unique_ptr<IoThreadPool> io = std::make_unique<IoThreadPool>();
    std::unordered_map<QThread *, std::unique_ptr<ThreadExecutor>> executors;
    QList<QString> order;
    QHash<QString, Entry> entries;
    QHash<QString, QString> devices; ///< deviceKey() -> name: one entry per device
    std::map<int, Board> boards;     ///< by board number
    struct DiscoveryState
    {
        int total = 0; ///< results to come; a LAN browse under way counts as one
        int reported = 0;
        int found = 0;
        QSet<QString> devices;    ///< deviceKey()s already probed or skipped
        DiscoveryRequest request; ///< for the probes of what the LAN browse finds
        QPointer<LanBrowser> lan; ///< child of the bench while it browses
    };
    std::map<quint64, DiscoveryState> discoveries;
    quint64 nextDiscoveryId = 0;
    QList<JobHandle> probes;
    size_t nextProbeThread = 0;
    QString benchName;

    BenchPrivate(Bench *bench, Dispatcher *d, const ProfileRegistry *p)
        : q(bench)
        , dispatcher(d)
        , profiles(p)
    {
        shared->post = PostOnce::create(bench, [bench] { bench->flushShared(); });
        for (int i = 0; i < io->threadCount(); ++i) {
            QThread *t = io->thread(i);
            executors.emplace(t, std::make_unique<ThreadExecutor>(t));
        }
    }

    /** Probes `resource` with *IDN? on an I/O thread; the result joins discovery `id`. */
    void submitProbe(quint64 id, const QString &resource, const QString &foundBy)
    {
        std::vector<Executor *> all;
        for (auto &entry : executors)
            all.push_back(entry.second.get());
        Executor *ex = all[nextProbeThread++ % all.size()];
        // A GPIB address is probed on its controller's thread, through the controller.
        const BenchPrivate::Board *board = boardOf(resource);
        QPointer<GpibController> controller;
        if (board) {
            ex = executors.at(board->thread).get();
            controller = board->controller;
        }
        const ProfileRegistry *registry = profiles;
        const DiscoveryRequest &request = discoveries.at(id).request;
        SerialSettings line = request.line;
        const int timeout = request.timeoutMs;
        JobSpec spec = JobSpec::async(
            [resource, line, timeout, registry, board = bool(board), controller](JobContext ctx) {
                // Runs on an I/O thread; the prober lives and dies there. The controller is
                // deleted on this thread too, so the guard is safe to read here.
                if (board && !controller) {
                    ctx.fail(Bench::tr("the GPIB board was removed"));
                    return;
                }
                auto *prober = new detail::Prober(resource, line, timeout, registry, std::move(ctx),
                                                  controller.data());
                prober->start();
            });
        spec.key = QStringLiteral("probe ") + resource;
        if (board)
            spec.alsoHolds = {board->config.busKey()};
        spec.priority = -1;
        spec.executor = ex;
        auto sh = shared;
        spec.onFinished = [sh, id, resource, foundBy](const JobResult &r) {
            DiscoveredInstrument found;
            found.resource = resource;
            found.foundBy = foundBy;
            found.found = r.ok();
            if (r.ok()) {
                const QVariantMap m = r.value.toMap();
                found.identity = {m.value(QStringLiteral("vendor")).toString(),
                                  m.value(QStringLiteral("model")).toString(),
                                  m.value(QStringLiteral("serial")).toString(),
                                  m.value(QStringLiteral("firmware")).toString()};
                found.profileId = m.value(QStringLiteral("profile")).toString();
            } else {
                found.error = r.error;
            }
            {
                std::lock_guard lock(sh->mutex);
                sh->discoveries.emplace_back(id, std::move(found));
            }
            sh->requestFlush();
        };
        probes.append(dispatcher->submit(std::move(spec)));
    }

    /** Counts `result` in discovery `id` and reports it; the last one ends the discovery. */
    void report(quint64 id, const DiscoveredInstrument &result)
    {
        auto it = discoveries.find(id);
        if (it == discoveries.end())
            return;
        ++it->second.reported;
        it->second.found += result.found ? 1 : 0;
        Q_EMIT q->discovered(id, result);
        finishIfDone(id);
    }

    void finishIfDone(quint64 id)
    {
        auto it = discoveries.find(id);
        if (it == discoveries.end() || it->second.reported < it->second.total)
            return;
        const int total = it->second.total;
        const int found = it->second.found;
        discoveries.erase(it);
        if (discoveries.empty())
            probes.clear();
        Q_EMIT q->discoveryFinished(id, total, found);
    }

    /**
     * What the LAN browse of discovery `id` found: each new address is probed like the others,
     * one the bench uses is reported as such, and each note is a result without a resource.
     */
    void lanBrowsed(quint64 id, const QList<LanService> &services, const QStringList &notes)
    {
        auto it = discoveries.find(id);
        if (it == discoveries.end())
            return;
        DiscoveryState &state = it->second;
        QList<DiscoveredInstrument> reports;
        for (const QString &text : notes) {
            DiscoveredInstrument note;
            note.foundBy = Bench::tr("LAN services");
            note.error = text;
            reports.append(note);
        }
        QList<LanService> toProbe;
        for (const LanService &service : services) {
            const QString device = VisaResource::parse(service.resource).deviceKey();
            if (device.isEmpty() || state.devices.contains(device))
                continue;
            state.devices.insert(device);
            if (const auto used = devices.constFind(device); used != devices.cend()) {
                DiscoveredInstrument onBench;
                onBench.resource = service.resource;
                onBench.foundBy = service.foundBy;
                onBench.onBenchAs = used.value();
                reports.append(onBench);
                continue;
            }
            toProbe.append(service);
        }
        state.total += int(reports.size() + toProbe.size()) - 1; // the browse itself is done
        for (const LanService &service : std::as_const(toProbe))
            submitProbe(id, service.resource, service.foundBy);
        for (const DiscoveredInstrument &r : std::as_const(reports))
            report(id, r);
        finishIfDone(id);
    }

    /** The board a GPIB resource goes through; null for other resources or unbound boards. */
    const Board *boardOf(const QString &resource) const
    {
        const VisaResource r = VisaResource::parse(resource);
        if (r.kind() != VisaResource::Kind::Gpib)
            return nullptr;
        const auto it = boards.find(r.board());
        return it == boards.end() ? nullptr : &it->second;
    }

    void startLink(Entry &e)
    {
        // Every instrument of a board on its controller's thread: one connection, one thread.
        const Board *board = boardOf(e.config.resource);
        e.thread = board ? io->acquire(board->thread) : io->acquire();
        e.bus = board ? board->config.busKey() : QString();
        e.anchor = std::make_shared<LinkAnchor>();
        auto *link = new InstrumentLink(e.config, profiles, shared, e.anchor,
                                        board ? board->controller : nullptr);
        e.anchor->link = link;
        e.anchor->guard = link;
        link->moveToThread(e.thread);
        e.link = link;
    }

    void stopLink(Entry &e)
    {
        if (!e.link)
            return;
        dispatcher->cancelKey(e.config.name);
        InstrumentLink *link = e.link;
        // Deleted on its own thread, which never blocks, so this wait is short. Its session's
        // exchanges end as Cancelled, which finishes their jobs.
        QMetaObject::invokeMethod(
            link, [link] { delete link; }, Qt::BlockingQueuedConnection);
        io->release(e.thread);
        e.link = nullptr;
        e.thread = nullptr;
        e.anchor.reset();
    }

    void addBoard(const GpibBoardConfig &config)
    {
        Board b;
        b.config = config;
        b.device = VisaResource::parse(config.controller).deviceKey();
        b.thread = io->acquire();
        GpibController::Options options;
        options.readTimeoutMs = config.readTimeoutMs;
        // Made here, opened only on its thread: the transport's socket moves along unopened.
        b.controller = new GpibController(
            config.board, Transport::create(VisaResource::parse(config.controller), {}), options);
        b.controller->moveToThread(b.thread);
        devices.insert(b.device, Bench::tr("the controller of GPIB%1").arg(config.board));
        boards.emplace(config.board, b);
    }

    /** Only after the board's instruments are gone. */
    void removeBoards()
    {
        for (auto &[number, b] : boards) {
            GpibController *controller = b.controller;
            QMetaObject::invokeMethod(
                controller, [controller] { delete controller; }, Qt::BlockingQueuedConnection);
            io->release(b.thread);
            devices.remove(b.device);
        }
        boards.clear();
    }

    /**
     * Why `config` cannot be on any bench, or empty: a bad field, a profile nobody loaded
     * (refused when the instrument joins: it could connect, but every run on it would fail),
     * or a GPIB board with no controller (`boardNumbers`: the boards to check against; null:
     * the bench's).
     */
    QString refusal(const InstrumentConfig &config, const QSet<int> *boardNumbers = nullptr) const
    {
        QString why;
        if (!config.validate(&why))
            return why;
        const VisaResource r = VisaResource::parse(config.resource);
        if (r.kind() == VisaResource::Kind::Gpib &&
            !(boardNumbers ? boardNumbers->contains(r.board()) : boards.count(r.board()) > 0))
            return Bench::tr("%1: GPIB board %2 has no controller on this bench; bind it in the "
                             "bench file's \"gpib\" list.")
                .arg(config.name, QString::number(r.board()));
        if (!config.profileId.isEmpty() && !profiles->find(config.profileId))
            return Bench::tr("%1: profile: no driver profile has the id '%2'.")
                .arg(config.name, config.profileId);
        return {};
    }

    const DriverProfile *profileOf(const Entry &e) const
    {
        const QString id = e.status.profileId.isEmpty() ? e.config.profileId : e.status.profileId;
        return id.isEmpty() ? nullptr : profiles->find(id);
    }

    Executor *executorOf(const Entry &e) const { return executors.at(e.thread).get(); }

    /** Submits one job on `e` whose body is `body` (run on the link's thread). */
    template<typename Body>
    JobHandle submitJob(const Entry &e, int priority,
                        std::function<void(const JobResult &)> onFinished, Body body)
    {
        std::shared_ptr<LinkAnchor> anchor = e.anchor;
        JobSpec spec = JobSpec::async([anchor, body](JobContext ctx) mutable {
            // On the link's thread: the guard is safe to read here.
            InstrumentLink *link = anchor->guard.data();
            if (!link) {
                ctx.fail(Bench::tr("the instrument was removed"));
                return;
            }
            body(link, std::move(ctx));
        });
        spec.key = e.config.name;
        if (!e.bus.isEmpty())
            spec.alsoHolds = {e.bus}; // one exchange at a time on a shared GPIB bus
        spec.priority = priority;
        spec.executor = executorOf(e);
        spec.onFinished = std::move(onFinished);
        return dispatcher->submit(std::move(spec));
    }

    /** What an operation job sends and how its reply becomes a value; `error` if it cannot. */
    static OperationCall prepareCall(const DriverProfile &profile,
                                     const DriverProfile::Operation &op,
                                     const QVariantMap &parameters, QString *error)
    {
        OperationCall call;
        const DriverProfile::Command cmd = op.format(parameters);
        if (!cmd.ok()) {
            *error = cmd.error;
            return call;
        }
        call.operationId = op.id;
        call.operation = op;
        const int timeout = -1;
        using RT = DriverProfile::ReplyType;
        if (op.reply == RT::Block)
            call.request = ScpiRequest::queryBlock(cmd.command, timeout);
        else if (op.reply == RT::None && !op.opc)
            call.request = ScpiRequest::write(cmd.command);
        else
            call.request = ScpiRequest::query(cmd.command, timeout);
        call.replyStep = op.reply == RT::None ? -1 : 0;
        if (profile.drainErrors)
            call.request.drainErrors();
        return call;
    }

    void submitConnect(const Entry &e)
    {
        submitJob(e, 1, {},
                  [](InstrumentLink *link, JobContext ctx) { link->connectJob(std::move(ctx)); });
    }

    void applyDelta(const StatusDelta &delta, QSet<QString> &dirty)
    {
        auto it = entries.find(delta.name);
        if (it == entries.end())
            return;
        InstrumentStatus &s = it->status;
        if (delta.state && it->config.enabled)
            s.state = *delta.state;
        if (delta.identity)
            s.identity = *delta.identity;
        if (delta.profileId) {
            s.profileId = *delta.profileId;
            const DriverProfile *p = profiles->find(s.profileId);
            s.profileName = p ? p->displayName() : QString();
        }
        if (delta.lastError)
            s.lastError = DeviceText::printable(*delta.lastError);
        if (!delta.lastReading.isNull())
            s.lastReading = delta.lastReading;
        s.jobsDone += delta.done;
        s.jobsFailed += delta.failed;
        dirty.insert(delta.name);
    }
};

} // namespace detail

using detail::BenchPrivate;

// ---- Bench ---------------------------------------------------------------------------------

Bench::Bench(Dispatcher *dispatcher, const ProfileRegistry *profiles, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<BenchPrivate>(this, dispatcher, profiles))
{}

Bench::~Bench()
{
    d->shared->post->detach();
    for (auto &e : d->entries)
        d->stopLink(e);
    d->removeBoards();
    // Every link is gone; now the threads can stop, then the executors that post to them.
    d->io->shutdown();
    d->executors.clear();
}

bool Bench::addInstrument(const InstrumentConfig &config, QString *error)
{
    if (const QString why = d->refusal(config); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (d->entries.contains(config.name)) {
        if (error)
            *error = tr("An instrument named '%1' is already on the bench.").arg(config.name);
        return false;
    }
    // One device under two spellings would be opened twice, each session taking the other's
    // replies: compare what the resources open, not how they are written.
    const QString device = VisaResource::parse(config.resource).deviceKey();
    if (const auto used = d->devices.constFind(device); used != d->devices.cend()) {
        if (error)
            *error = tr("%1 is already on the bench as '%2'.").arg(config.resource, *used);
        return false;
    }
    BenchPrivate::Entry e;
    e.config = config;
    e.device = device;
    e.status.config = config;
    e.status.profileId = config.profileId;
    if (const DriverProfile *p =
            config.profileId.isEmpty() ? nullptr : d->profiles->find(config.profileId))
        e.status.profileName = p->displayName();
    e.status.state = config.enabled ? InstrumentState::Offline : InstrumentState::Disabled;
    if (config.enabled)
        d->startLink(e);
    d->devices.insert(device, config.name);
    d->entries.insert(config.name, std::move(e));
    d->order.append(config.name);
    Q_EMIT instrumentAdded(config.name);
    return true;
}

bool Bench::updateInstrument(const QString &name, const InstrumentConfig &config, QString *error)
{
    auto it = d->entries.find(name);
    if (it == d->entries.end()) {
        if (error)
            *error = tr("There is no instrument named '%1'.").arg(name);
        return false;
    }
    // Checked before the old entry goes: a refused update keeps the instrument.
    if (const QString why = d->refusal(config); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (config.name != name && d->entries.contains(config.name)) {
        if (error)
            *error = tr("An instrument named '%1' is already on the bench.").arg(config.name);
        return false;
    }
    const int index = d->order.indexOf(name);
    const InstrumentStatus old = it->status;
    removeInstrument(name);
    if (!addInstrument(config, error))
        return false;
    d->order.move(d->order.indexOf(config.name), index);
    auto &fresh = d->entries[config.name].status;
    fresh.jobsDone = old.jobsDone;
    fresh.jobsFailed = old.jobsFailed;
    Q_EMIT instrumentChanged(config.name);
    return true;
}

bool Bench::removeInstrument(const QString &name)
{
    auto it = d->entries.find(name);
    if (it == d->entries.end())
        return false;
    d->stopLink(*it); // its jobs end as cancelled; runs on it end its steps

    d->devices.remove(it->device);
    d->entries.erase(it);
    d->order.removeAt(d->order.lastIndexOf(name)); // at once when emptying from the back
    {
        std::lock_guard lock(d->shared->mutex);
        d->shared->identities.remove(name);
    }
    Q_EMIT instrumentRemoved(name);
    return true;
}

void Bench::setEnabled(const QString &name, bool enabled)
{
    auto it = d->entries.find(name);
    if (it == d->entries.end() || it->config.enabled == enabled)
        return;
    it->config.enabled = enabled;
    it->status.config.enabled = enabled;
    if (enabled) {
        it->status.state = InstrumentState::Offline;
        d->startLink(*it);
    } else {
        d->stopLink(*it);
        it->status.state = InstrumentState::Disabled;
    }
    Q_EMIT instrumentChanged(name);
}

QStringList Bench::names() const
{
    return d->order;
}

bool Bench::contains(const QString &name) const
{
    return d->entries.contains(name);
}

InstrumentStatus Bench::status(const QString &name) const
{
    auto it = d->entries.constFind(name);
    return it == d->entries.cend() ? InstrumentStatus{} : it->status;
}

QList<InstrumentStatus> Bench::statuses() const
{
    QList<InstrumentStatus> out;
    out.reserve(d->order.size());
    for (const QString &name : std::as_const(d->order))
        out.append(d->entries.value(name).status);
    return out;
}

const DriverProfile *Bench::profile(const QString &name) const
{
    auto it = d->entries.constFind(name);
    return it == d->entries.cend() ? nullptr : d->profileOf(*it);
}

void Bench::connectAll()
{
    for (const QString &name : std::as_const(d->order)) {
        const auto &e = d->entries[name];
        if (!e.config.enabled || !e.link)
            continue;
        if (e.status.state == InstrumentState::Idle || e.status.state == InstrumentState::Busy)
            continue;
        d->submitConnect(e);
    }
}

QList<DriverProfile::Operation> Bench::sharedOperations(const QStringList &names) const
{
    QList<DriverProfile::Operation> shared;
    bool first = true;
    for (const QString &name : names) {
        auto it = d->entries.constFind(name);
        const DriverProfile *p = it == d->entries.cend() ? nullptr : d->profileOf(*it);
        if (!p)
            return {};
        if (first) {
            shared = p->operations;
            first = false;
            continue;
        }
        QList<DriverProfile::Operation> kept;
        for (const auto &op : std::as_const(shared))
            if (p->operation(op.id))
                kept.append(op);
        shared = kept;
    }
    return shared;
}

bool Bench::claims(const QString &name) const
{
    return !name.contains(QLatin1Char('/'));
}

QString Bench::unavailable(const QString &name) const
{
    auto it = d->entries.constFind(name);
    if (it == d->entries.cend())
        return tr("There is no instrument named '%1'.").arg(name);
    if (!it->config.enabled)
        return tr("'%1' is switched off.").arg(name);
    if (!d->profileOf(*it))
        return tr("'%1' is not identified yet and has no profile; connect it first.").arg(name);
    return {};
}

QString Bench::resource(const QString &name) const
{
    return d->entries.value(name).config.resource;
}

Reading::Identity Bench::identity(const QString &name) const
{
    // The link's latest, which the status learns only at the next flush.
    std::lock_guard lock(d->shared->mutex);
    return d->shared->identities.value(name);
}

JobHandle Bench::submit(OperationJob job)
{
    auto fail = [&job](const QString &error) {
        JobResult r;
        r.status = JobStatus::Rejected;
        r.error = error;
        if (job.onFinished)
            job.onFinished(r);
        return JobHandle();
    };
    auto it = d->entries.constFind(job.instrument);
    if (it == d->entries.cend() || !it->link)
        return fail(unavailable(job.instrument));
    const DriverProfile *p = d->profileOf(*it);
    if (!p)
        return fail(unavailable(job.instrument));
    QString error;
    const detail::OperationCall call =
        BenchPrivate::prepareCall(*p, job.operation, job.parameters, &error);
    if (!error.isEmpty())
        return fail(tr("%1: %2").arg(job.instrument, error));
    return d->submitJob(*it, job.priority, std::move(job.onFinished),
                        [call](detail::InstrumentLink *link, JobContext ctx) {
                            link->operationJob(call, std::move(ctx));
                        });
}

void Bench::cancel(const QString &name)
{
    d->dispatcher->cancelKey(name);
}

void Bench::noteReadings(const QList<Reading> &readings)
{
    QSet<QString> dirty;
    for (const Reading &r : readings) {
        auto it = d->entries.find(r->instrument);
        if (it == d->entries.end())
            continue;
        InstrumentStatus &s = it->status;
        s.lastReading = r;
        if (r->status == JobStatus::Succeeded) {
            ++s.jobsDone;
        } else {
            ++s.jobsFailed;
            s.lastError = DeviceText::printable(r->error);
        }
        dirty.insert(r->instrument);
    }
    for (const QString &name : std::as_const(d->order))
        if (dirty.contains(name))
            Q_EMIT instrumentChanged(name);
}

QByteArray Bench::toJson() const
{
    QJsonArray instruments;
    for (const QString &name : std::as_const(d->order))
        instruments.append(QJsonObject::fromVariantMap(d->entries[name].config.toVariantMap()));
    QJsonObject root;
    root.insert(QStringLiteral("schema"), detail::kBenchSchema);
    if (!d->benchName.isEmpty())
        root.insert(QStringLiteral("name"), d->benchName);
    QJsonArray gpib;
    for (const auto &[number, board] : d->boards)
        gpib.append(QJsonObject::fromVariantMap(board.config.toVariantMap()));
    if (!gpib.isEmpty())
        root.insert(QStringLiteral("gpib"), gpib);
    root.insert(QStringLiteral("instruments"), instruments);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Bench::loadJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(tr("not a bench file: %1 at byte %2").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return fail(tr("not a bench file: the top level must be an object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toInt(-1) != detail::kBenchSchema)
        return fail(tr("schema: this LabDispatch reads bench files of schema %1")
                        .arg(detail::kBenchSchema));
    QList<GpibBoardConfig> boards;
    QSet<int> boardNumbers;
    QSet<QString> resources;
    const QJsonValue gpib = root.value(QStringLiteral("gpib"));
    if (!gpib.isUndefined() && !gpib.isArray())
        return fail(tr("gpib: must be a list of boards and their controllers"));
    const QJsonArray gpibArray = gpib.toArray();
    for (qsizetype i = 0; i < gpibArray.size(); ++i) {
        if (!gpibArray.at(i).isObject())
            return fail(tr("gpib[%1]: must be an object").arg(i));
        QString why;
        const auto b =
            GpibBoardConfig::fromVariantMap(gpibArray.at(i).toObject().toVariantMap(), &why);
        if (!b)
            return fail(tr("gpib[%1]: %2").arg(i).arg(why));
        if (boardNumbers.contains(b->board))
            return fail(tr("gpib[%1]: board %2 is bound twice").arg(i).arg(b->board));
        const QString device = VisaResource::parse(b->controller).deviceKey();
        if (resources.contains(device))
            return fail(tr("gpib[%1]: the controller '%2' serves two boards")
                            .arg(QString::number(i), b->controller));
        boardNumbers.insert(b->board);
        resources.insert(device);
        boards.append(*b);
    }
    const QJsonValue list = root.value(QStringLiteral("instruments"));
    if (!list.isArray())
        return fail(tr("instruments: must be a list"));
    QList<InstrumentConfig> configs;
    QSet<QString> names;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return fail(tr("instruments[%1]: must be an object").arg(i));
        QString why;
        auto c = InstrumentConfig::fromVariantMap(array.at(i).toObject().toVariantMap(), &why);
        if (c)
            why = d->refusal(*c, &boardNumbers);
        if (!c || !why.isEmpty())
            return fail(tr("instruments[%1]: %2").arg(i).arg(why));
        if (names.contains(c->name))
            return fail(tr("instruments[%1]: the name '%2' is used twice").arg(i).arg(c->name));
        // Checked here, not only by addInstrument(): by then the old instruments are gone. By
        // device, as addInstrument() does, so two spellings of one device are caught here too.
        const QString device = VisaResource::parse(c->resource).deviceKey();
        if (resources.contains(device))
            return fail(
                tr("instruments[%1]: the resource '%2' is used twice").arg(i).arg(c->resource));
        names.insert(c->name);
        resources.insert(device);
        configs.append(*c);
    }
    // Valid as a whole: only now replace the bench.
    while (!d->order.isEmpty()) {
        const QString last = d->order.constLast(); // a copy: removal drops it from order
        removeInstrument(last);
    }
    d->removeBoards();
    for (const GpibBoardConfig &b : std::as_const(boards))
        d->addBoard(b);
    d->benchName = root.value(QStringLiteral("name")).toString();
    for (const InstrumentConfig &c : std::as_const(configs)) {
        QString why;
        if (!addInstrument(c, &why))
            return fail(why); // not reached: the file was checked as a whole above
    }
    return true;
}

QList<GpibBoardConfig> Bench::gpibBoards() const
{
    QList<GpibBoardConfig> out;
    for (const auto &[number, board] : d->boards)
        out.append(board.config);
    return out;
}

QString Bench::benchName() const
{
    return d->benchName;
}

void Bench::setBenchName(const QString &name)
{
    d->benchName = name;
}

quint64 Bench::discover(const DiscoveryRequest &request, QString *error,
                        QList<DiscoveredInstrument> *skipped)
{
    auto fail = [error](const QString &message) -> quint64 {
        if (error)
            *error = message;
        return 0;
    };
    QString why;
    if (!request.line.validate(&why))
        return fail(why);
    if (request.timeoutMs < 10 || request.timeoutMs > 60000)
        return fail(tr("The probe timeout must be between 10 and 60000 ms."));

    QStringList resources;
    // Every spelling of a device is probed once, and none the bench uses: opening its port
    // would disturb its instrument. Those are reported in `skipped`, with the instrument's name.
    QSet<QString> devices;
    auto add = [&](const VisaResource &r) {
        const QString device = r.deviceKey();
        if (devices.contains(device))
            return;
        devices.insert(device);
        if (const auto used = d->devices.constFind(device); used != d->devices.cend()) {
            if (skipped) {
                DiscoveredInstrument onBench;
                onBench.resource = r.toString();
                onBench.onBenchAs = used.value();
                skipped->append(onBench);
            }
            return;
        }
        resources.append(r.toString());
    };
    if (request.systemSerialPorts) {
        for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
            add(VisaResource::serial(info.systemLocation()));
    }
    for (const QString &port : request.serialPorts) {
        const VisaResource r = port.startsWith(QLatin1String("ASRL"), Qt::CaseInsensitive)
                                   ? VisaResource::parse(port, &why)
                                   : VisaResource::serial(port.trimmed());
        if (!r.isValid() || r.kind() != VisaResource::Kind::Serial)
            return fail(tr("'%1' is not a serial port: %2").arg(port, why));
        add(r);
    }
    const std::optional<QStringList> lan = AddressRange::expand(request.lanAddresses, &why);
    if (!lan)
        return fail(why);
    for (const QString &address : *lan)
        add(VisaResource::parse(address));
    for (const int board : request.gpibBoards) {
        if (d->boards.count(board) == 0)
            return fail(tr("GPIB board %1 has no controller on this bench.").arg(board));
        // Address 0 is the controller's own.
        for (int address = 1; address <= 30; ++address)
            add(VisaResource::gpib(board, address));
    }

    const quint64 id = ++d->nextDiscoveryId;
    BenchPrivate::DiscoveryState &state = d->discoveries[id];
    state.total = int(resources.size()) + (request.lanServices ? 1 : 0);
    state.devices = devices;
    state.request = request;
    if (request.lanServices) {
        state.lan = new LanBrowser(this);
        connect(state.lan, &LanBrowser::finished, this,
                [this, id, lan = state.lan](const QList<LanService> &services,
                                            const QStringList &notes) {
                    lan->deleteLater();
                    d->lanBrowsed(id, services, notes);
                });
        LanBrowser::Options options;
        options.timeoutMs = request.timeoutMs;
        options.portmapperTargets = request.portmapperTargets;
        options.portmapperPort = Vxi11PortmapperProbe::portFromEnvironment();
        state.lan->start(options);
    }
    if (state.total == 0) {
        QMetaObject::invokeMethod(
            this, [this, id] { d->finishIfDone(id); }, Qt::QueuedConnection);
        return id;
    }
    for (const QString &resource : std::as_const(resources))
        d->submitProbe(id, resource, {});
    return id;
}

void Bench::cancelDiscovery()
{
    for (auto &[id, state] : d->discoveries) {
        if (state.lan)
            state.lan->stop();
    }
    for (const JobHandle &h : std::as_const(d->probes))
        h.cancel();
}

void Bench::flushShared()
{
    std::vector<detail::StatusDelta> deltas;
    std::vector<BenchEvent> events;
    std::vector<std::pair<quint64, DiscoveredInstrument>> found;
    {
        std::lock_guard lock(d->shared->mutex);
        deltas.swap(d->shared->deltas);
        events.swap(d->shared->events);
        found.swap(d->shared->discoveries);
    }
    QSet<QString> dirty;
    for (const auto &delta : deltas)
        d->applyDelta(delta, dirty);
    for (const QString &name : std::as_const(d->order))
        if (dirty.contains(name))
            Q_EMIT instrumentChanged(name);
    for (const BenchEvent &e : events)
        Q_EMIT eventLogged(e);
    for (const auto &[id, result] : found)
        d->report(id, result);
}

} // namespace ld
