// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/lanbrowser.h"

#include "io/visaresource.h"
#include "io/vxi11portmapperprobe.h"

#include <algorithm>

namespace ld {

LanBrowser::LanBrowser(QObject *parent)
    : QObject(parent)
    , m_dnsSd(new DnsSdBrowser(this))
    , m_probe(new Vxi11PortmapperProbe(this))
{
    const auto merge = [this](const QList<LanService> &services) {
        for (const LanService &s : services) {
            const bool known =
                std::any_of(m_services.cbegin(), m_services.cend(),
                            [&s](const LanService &k) { return k.resource == s.resource; });
            if (!known)
                m_services.append(s);
        }
    };
    connect(m_dnsSd, &DnsSdBrowser::finished, this,
            [this, merge](const QList<LanService> &services, const QStringList &notes) {
                merge(services);
                m_notes += notes;
                partDone();
            });
    connect(m_probe, &Vxi11PortmapperProbe::finished, this,
            [this, merge](const QList<QHostAddress> &hosts, const QString &error) {
                QList<LanService> services;
                for (const QHostAddress &host : hosts)
                    services.append(
                        {VisaResource::vxi11(host.toString(), QStringLiteral("inst0")).toString(),
                         tr("VXI-11 portmapper"),
                         {}});
                merge(services);
                if (!error.isEmpty())
                    m_notes.append(error);
                partDone();
            });
}

LanBrowser::~LanBrowser() = default;

void LanBrowser::start(const Options &options)
{
    m_services.clear();
    m_notes.clear();
    m_pending = options.dnsSd ? 2 : 1;
    if (options.dnsSd)
        m_dnsSd->start(options.timeoutMs);
    m_probe->start(options.portmapperTargets, options.portmapperPort, options.timeoutMs);
}

void LanBrowser::stop()
{
    if (m_pending == 0)
        return;
    m_dnsSd->stop();
    m_probe->stop();
}

void LanBrowser::partDone()
{
    if (--m_pending == 0)
        Q_EMIT finished(m_services, m_notes);
}

} // namespace ld
