// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/benchdiscovery.h"

#include "instruments/addressrange.h"
#include "instruments/bench.h"
#include "instruments/bench_p.h"
#include "instruments/lanbrowser.h"
#include "instruments/prober.h"
#include "io/visaresource.h"
#include "io/vxi11portmapperprobe.h"
#include "scheduler/dispatcher.h"
#include "scheduler/postonce.h"

#include <QSerialPortInfo>
#include <QSet>

#include <mutex>
#include <vector>

namespace ld {

namespace detail {

/** What the probes report from their threads, drained on the discovery's thread. */
struct DiscoveryShared
{
    std::mutex mutex; // short sections only: push or swap
    std::vector<std::pair<quint64, DiscoveredInstrument>> results;
    std::shared_ptr<PostOnce> post;
};

} // namespace detail

BenchDiscovery::BenchDiscovery(Bench *bench, QObject *parent)
    : QObject(parent)
    , m_bench(bench)
    , m_shared(std::make_shared<detail::DiscoveryShared>())
{
    m_shared->post = PostOnce::create(this, [this] { flushResults(); });
}

BenchDiscovery::~BenchDiscovery()
{
    m_shared->post->detach();
    cancel();
}

quint64 BenchDiscovery::discover(const DiscoveryRequest &request, QString *error,
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
        return fail(Bench::tr("The probe timeout must be between 10 and 60000 ms."));

    QStringList resources;
    // Every spelling of a device is probed once, and none the bench uses: opening its port
    // would disturb its instrument. Those are reported in `skipped`, with the instrument's name.
    QSet<QString> devices;
    auto add = [&](const VisaResource &r) {
        const QString device = r.deviceKey();
        if (devices.contains(device))
            return;
        devices.insert(device);
        if (const QString user = m_bench->deviceUser(device); !user.isEmpty()) {
            if (skipped) {
                DiscoveredInstrument onBench;
                onBench.resource = r.toString();
                onBench.onBenchAs = user;
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
            return fail(Bench::tr("'%1' is not a serial port: %2").arg(port, why));
        add(r);
    }
    const std::optional<QStringList> lan = AddressRange::expand(request.lanAddresses, &why);
    if (!lan)
        return fail(why);
    for (const QString &address : *lan)
        add(VisaResource::parse(address));
    for (const int board : request.gpibBoards) {
        if (!m_bench->hasGpibBoard(board))
            return fail(Bench::tr("GPIB board %1 has no controller on this bench.").arg(board));
        // Address 0 is the controller's own.
        for (int address = 1; address <= 30; ++address)
            add(VisaResource::gpib(board, address));
    }

    const quint64 id = ++m_nextId;
    Round &round = m_rounds[id];
    round.total = int(resources.size()) + (request.lanServices ? 1 : 0);
    round.devices = devices;
    round.request = request;
    if (request.lanServices) {
        round.lan = new LanBrowser(this);
        connect(round.lan, &LanBrowser::finished, this,
                [this, id, lan = round.lan](const QList<LanService> &services,
                                            const QStringList &notes) {
                    lan->deleteLater();
                    lanBrowsed(id, services, notes);
                });
        LanBrowser::Options options;
        options.timeoutMs = request.timeoutMs;
        options.portmapperTargets = request.portmapperTargets;
        options.portmapperPort = Vxi11PortmapperProbe::portFromEnvironment();
        round.lan->start(options);
    }
    if (round.total == 0) {
        QMetaObject::invokeMethod(
            this, [this, id] { finishIfDone(id); }, Qt::QueuedConnection);
        return id;
    }
    for (const QString &resource : std::as_const(resources))
        submitProbe(id, resource, {});
    return id;
}

void BenchDiscovery::submitProbe(quint64 id, const QString &resource, const QString &foundBy)
{
    const DiscoveryRequest &request = m_rounds.at(id).request;
    const ProfileRegistry *profiles = m_bench->profiles();
    // A GPIB address is probed on its controller's thread, through the controller.
    const detail::ProbeSite site = m_bench->probeSite(resource);
    SerialSettings line = request.line;
    const int timeout = request.timeoutMs;
    JobSpec spec = JobSpec::async([resource, line, timeout, profiles, gpib = site.gpib,
                                   controller = site.controller](JobContext ctx) {
        // Runs on an I/O thread; the prober lives and dies there. The controller is
        // deleted on this thread too, so the guard is safe to read here.
        if (gpib && !controller) {
            ctx.fail(Bench::tr("the GPIB board was removed"));
            return;
        }
        auto *prober = new detail::Prober(resource, line, timeout, profiles, std::move(ctx),
                                          controller.data());
        prober->start();
    });
    spec.key = QStringLiteral("probe ") + resource;
    if (!site.bus.isEmpty())
        spec.alsoHolds = {site.bus};
    spec.priority = -1;
    spec.executor = site.executor;
    spec.onFinished = [sh = m_shared, id, resource, foundBy](const JobResult &r) {
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
            sh->results.emplace_back(id, std::move(found));
        }
        sh->post->request();
    };
    m_probes.append(m_bench->dispatcher()->submit(std::move(spec)));
}

void BenchDiscovery::report(quint64 id, const DiscoveredInstrument &result)
{
    auto it = m_rounds.find(id);
    if (it == m_rounds.end())
        return;
    ++it->second.reported;
    it->second.found += result.found ? 1 : 0;
    Q_EMIT discovered(id, result);
    finishIfDone(id);
}

void BenchDiscovery::finishIfDone(quint64 id)
{
    auto it = m_rounds.find(id);
    if (it == m_rounds.end() || it->second.reported < it->second.total)
        return;
    const int total = it->second.total;
    const int found = it->second.found;
    m_rounds.erase(it);
    if (m_rounds.empty())
        m_probes.clear();
    Q_EMIT finished(id, total, found);
}

void BenchDiscovery::lanBrowsed(quint64 id, const QList<LanService> &services,
                                const QStringList &notes)
{
    auto it = m_rounds.find(id);
    if (it == m_rounds.end())
        return;
    Round &round = it->second;
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
        if (device.isEmpty() || round.devices.contains(device))
            continue;
        round.devices.insert(device);
        if (const QString user = m_bench->deviceUser(device); !user.isEmpty()) {
            DiscoveredInstrument onBench;
            onBench.resource = service.resource;
            onBench.foundBy = service.foundBy;
            onBench.onBenchAs = user;
            reports.append(onBench);
            continue;
        }
        toProbe.append(service);
    }
    round.total += int(reports.size() + toProbe.size()) - 1; // the browse itself is done
    for (const LanService &service : std::as_const(toProbe))
        submitProbe(id, service.resource, service.foundBy);
    for (const DiscoveredInstrument &r : std::as_const(reports))
        report(id, r);
    finishIfDone(id);
}

void BenchDiscovery::cancel()
{
    for (auto &[id, round] : m_rounds) {
        if (round.lan)
            round.lan->stop();
    }
    for (const JobHandle &h : std::as_const(m_probes))
        h.cancel();
}

void BenchDiscovery::flushResults()
{
    std::vector<std::pair<quint64, DiscoveredInstrument>> results;
    {
        std::lock_guard lock(m_shared->mutex);
        results.swap(m_shared->results);
    }
    for (const auto &[id, result] : results)
        report(id, result);
}

} // namespace ld
