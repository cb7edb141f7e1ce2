// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/bench.h"

#include "instruments/bench_p.h"
#include "instruments/benchfile.h"
#include "instruments/instrumentlink.h"
#include "instruments/profileregistry.h"
#include "io/devicetext.h"
#include "io/gpibcontroller.h"
#include "io/iothreadpool.h"
#include "io/tracering.h"
#include "io/visaresource.h"
#include "scheduler/dispatcher.h"
#include "scheduler/handoff.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <map>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcBench, "labdispatch.bench")

namespace ld {

namespace detail {

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
        QString bus;                      ///< the GPIB bus key its jobs also hold; empty off GPIB
        std::shared_ptr<TraceRing> trace; ///< written on the link's thread; kept when off
        bool tracing = false;
        quint64 notedBatch = 0; ///< the latest noteReadings() batch that changed it
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
    size_t nextProbeThread = 0;
    quint64 notedBatches = 0; ///< noteReadings() calls so far
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
        if (e.tracing)
            link->setTraceRing(e.trace); // before it runs on its thread
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
        postTo(
            link, [link] { delete link; }, Qt::BlockingQueuedConnection);
        io->release(e.thread);
        e.link = nullptr;
        e.thread = nullptr;
        e.anchor.reset();
    }

    void addBoard(const GpibBoardConfig &config)
    {
        Board b;
        b.thread = io->acquire();
        openController(b, config);
        boards.emplace(config.board, b);
    }

    /** Makes `b`'s controller for `config` on `b.thread`, and claims its device. */
    void openController(Board &b, const GpibBoardConfig &config)
    {
        b.config = config;
        b.device = VisaResource::parse(config.controller).deviceKey();
        GpibController::Options options;
        options.readTimeoutMs = config.readTimeoutMs;
        // Made here, opened only on its thread: the transport's socket moves along unopened.
        b.controller = new GpibController(
            config.board, Transport::create(VisaResource::parse(config.controller), {}), options);
        b.controller->moveToThread(b.thread);
        devices.insert(b.device, Bench::tr("the controller of GPIB%1").arg(config.board));
    }

    /** Only after the links using it are gone; the board keeps its thread. */
    void closeController(Board &b)
    {
        GpibController *controller = b.controller;
        postTo(
            controller, [controller] { delete controller; }, Qt::BlockingQueuedConnection);
        devices.remove(b.device);
        b.controller = nullptr;
    }

    /** Only after the board's instruments are gone. */
    void removeBoards()
    {
        for (auto &[number, b] : boards) {
            closeController(b);
            io->release(b.thread);
        }
        boards.clear();
    }

    /** Moves a bound board to `config`'s controller; its instruments get new links. */
    void rebindBoard(Board &b, const GpibBoardConfig &config)
    {
        QList<Entry *> moving;
        for (const QString &name : std::as_const(order)) {
            Entry &e = entries[name];
            if (e.link && boardOf(e.config.resource) == &b)
                moving.append(&e);
        }
        for (Entry *e : std::as_const(moving))
            stopLink(*e); // links hold the controller: they go first
        closeController(b);
        openController(b, config);
        for (Entry *e : std::as_const(moving)) {
            e->status.state = InstrumentState::Offline;
            startLink(*e);
        }
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

    /** False when the instrument is no longer on the bench. */
    bool applyDelta(const StatusDelta &delta)
    {
        auto it = entries.find(delta.name);
        if (it == entries.end())
            return false;
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
        return true;
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
    d->entries.insert(config.name, e); // QHash::insert() copies, moved or not
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
    const bool tracing = it->tracing;
    removeInstrument(name);
    if (!addInstrument(config, error))
        return false;
    setTracing(config.name, tracing);
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

void Bench::setTracing(const QString &name, bool on)
{
    auto it = d->entries.find(name);
    if (it == d->entries.end() || it->tracing == on)
        return;
    it->tracing = on;
    if (on && !it->trace)
        it->trace = std::make_shared<TraceRing>(name);
    if (detail::InstrumentLink *link = it->link) {
        // Queued before any job submitted after this call: the ring sees those jobs' traffic.
        std::shared_ptr<TraceRing> ring = on ? it->trace : nullptr;
        postTo(
            link, [link, ring] { link->setTraceRing(ring); }, Qt::QueuedConnection);
    }
}

bool Bench::isTracing(const QString &name) const
{
    auto it = d->entries.constFind(name);
    return it != d->entries.cend() && it->tracing;
}

QList<TraceEvent> Bench::traceEvents(const QString &name) const
{
    auto it = d->entries.constFind(name);
    if (it == d->entries.cend() || !it->trace)
        return {};
    TraceRing *ring = it->trace.get();
    if (!it->link)
        return ring->events(); // nobody writes it now
    // Read where it is written, so recording takes no lock; the link's thread never blocks.
    QList<TraceEvent> events;
    postTo(
        it->link, [ring, &events] { events = ring->events(); }, Qt::BlockingQueuedConnection);
    return events;
}

void Bench::fetchTrace(const QString &name, qint64 from)
{
    auto it = d->entries.constFind(name);
    if (it == d->entries.cend() || !it->trace) {
        QMetaObject::invokeMethod(
            this, [this, name, from] { Q_EMIT traceFetched(name, {}, from); },
            Qt::QueuedConnection);
        return;
    }
    std::shared_ptr<TraceRing> ring = it->trace;
    if (!it->link) {
        QMetaObject::invokeMethod(
            this,
            [this, name, ring, from] {
                Q_EMIT traceFetched(name, ring->eventsFrom(from), ring->recorded());
            },
            Qt::QueuedConnection);
        return;
    }
    // Copied where the ring is written, handed back here. A Bench that goes away first deletes
    // the link on its thread after this has run, and its own posted events with it.
    postTo(
        it->link,
        [this, name, ring, from] {
            QList<TraceEvent> events = ring->eventsFrom(from);
            const qint64 next = ring->recorded();
            postTo(
                this,
                [this, name, copy = std::move(events), next] {
                    Q_EMIT traceFetched(name, copy, next);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
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
    const auto it = d->entries.constFind(name);
    return it == d->entries.cend() ? QString() : it->config.resource;
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
    std::shared_ptr<detail::OperationChain> then;
    if (!job.then.isEmpty()) {
        then = std::make_shared<detail::OperationChain>();
        then->stepFinished = std::move(job.onStepFinished);
        then->mayContinue = std::move(job.mayContinue);
        for (const OperationJob::Then &t : std::as_const(job.then)) {
            then->calls.push_back(BenchPrivate::prepareCall(*p, t.operation, t.parameters, &error));
            if (!error.isEmpty())
                return fail(tr("%1: %2").arg(job.instrument, error));
        }
    }
    return d->submitJob(
        *it, job.priority, std::move(job.onFinished),
        [call, then = std::shared_ptr<const detail::OperationChain>(then),
         mayStart = std::move(job.mayStart)](detail::InstrumentLink *link, JobContext ctx) {
            if (mayStart && !mayStart()) {
                ctx.cancelled(tr("held back before it started"));
                return;
            }
            link->operationJob(call, std::move(ctx), then);
        });
}

bool Bench::ordersJobs(const QString &name) const
{
    return d->entries.contains(name);
}

void Bench::cancel(const QString &name)
{
    d->dispatcher->cancelKey(name);
}

void Bench::noteReadings(const QList<Reading> &readings)
{
    // Each changed instrument once, in the order of its first reading: the cost follows the
    // readings, not the size of the bench (a walk of every instrument at each of the engine's
    // drains showed in its thread's profile).
    const quint64 batch = ++d->notedBatches;
    QStringList changed;
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
        if (it->notedBatch != batch) {
            it->notedBatch = batch;
            changed.append(r->instrument);
        }
    }
    for (const QString &name : std::as_const(changed))
        Q_EMIT instrumentChanged(name);
}

BenchFile Bench::file() const
{
    BenchFile file;
    file.name = d->benchName;
    file.boards = gpibBoards();
    for (const QString &name : std::as_const(d->order))
        file.instruments.append(d->entries[name].config);
    return file;
}

bool Bench::load(const BenchFile &file, QString *error)
{
    QSet<int> boardNumbers;
    for (const GpibBoardConfig &b : file.boards)
        boardNumbers.insert(b.board);
    for (qsizetype i = 0; i < file.instruments.size(); ++i) {
        if (const QString why = d->refusal(file.instruments.at(i), &boardNumbers); !why.isEmpty()) {
            if (error)
                *error = tr("instruments[%1]: %2").arg(i).arg(why);
            return false;
        }
    }
    // Valid as a whole: only now replace the bench.
    while (!d->order.isEmpty()) {
        const QString last = d->order.constLast(); // a copy: removal drops it from order
        removeInstrument(last);
    }
    d->removeBoards();
    for (const GpibBoardConfig &b : file.boards)
        d->addBoard(b);
    d->benchName = file.name;
    for (const InstrumentConfig &c : file.instruments) {
        if (!addInstrument(c, error))
            return false; // not reached: the file was checked as a whole above
    }
    return true;
}

bool Bench::bindGpibBoard(const GpibBoardConfig &config, QString *error)
{
    QString why;
    if (!config.validate(&why)) {
        if (error)
            *error = why;
        return false;
    }
    const auto bound = d->boards.find(config.board);
    const QString device = VisaResource::parse(config.controller).deviceKey();
    const QString user = d->devices.value(device);
    if (!user.isEmpty() && (bound == d->boards.end() || bound->second.device != device)) {
        if (error)
            *error = tr("%1 is already on the bench as '%2'.").arg(config.controller, user);
        return false;
    }
    if (bound == d->boards.end()) {
        d->addBoard(config);
        return true;
    }
    if (bound->second.config == config)
        return true;
    d->rebindBoard(bound->second, config);
    for (const QString &name : std::as_const(d->order))
        if (d->boardOf(d->entries[name].config.resource) == &bound->second)
            Q_EMIT instrumentChanged(name);
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

QString Bench::deviceUser(const QString &deviceKey) const
{
    return d->devices.value(deviceKey);
}

bool Bench::hasGpibBoard(int board) const
{
    return d->boards.count(board) > 0;
}

detail::ProbeSite Bench::probeSite(const QString &resource)
{
    detail::ProbeSite site;
    if (const BenchPrivate::Board *board = d->boardOf(resource)) {
        site.executor = d->executors.at(board->thread).get();
        site.gpib = true;
        site.controller = board->controller;
        site.bus = board->config.busKey();
        return site;
    }
    auto it = d->executors.begin();
    std::advance(it, d->nextProbeThread++ % d->executors.size());
    site.executor = it->second.get();
    return site;
}

Dispatcher *Bench::dispatcher() const
{
    return d->dispatcher;
}

const ProfileRegistry *Bench::profiles() const
{
    return d->profiles;
}

void Bench::flushShared()
{
    std::vector<detail::StatusDelta> deltas;
    std::vector<BenchEvent> events;
    {
        std::lock_guard lock(d->shared->mutex);
        deltas.swap(d->shared->deltas);
        events.swap(d->shared->events);
    }
    // Each changed instrument once, in the order of its first change: the cost follows what
    // changed, not the size of the bench (a walk of every instrument on each of a thousand
    // flushes a second showed in the UI thread's profile at 1,024 instruments).
    QSet<QString> seen;
    QStringList changed;
    for (const auto &delta : deltas)
        if (d->applyDelta(delta) && !seen.contains(delta.name)) {
            seen.insert(delta.name);
            changed.append(delta.name);
        }
    for (const QString &name : std::as_const(changed))
        Q_EMIT instrumentChanged(name);
    for (const BenchEvent &e : events)
        Q_EMIT eventLogged(e);
}

} // namespace ld
