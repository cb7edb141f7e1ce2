// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/dnssdbrowser.h"

#include <QHostAddress>
#include <QObject>

namespace ld {

class Vxi11PortmapperProbe;

/**
 * Lists the instrument services the LAN announces, for discovery: DNS-SD through Avahi
 * (DnsSdBrowser) and the VXI-11 portmapper broadcast (Vxi11PortmapperProbe), side by side for
 * at most one timeout. finished() gives each resource once (the first finder named) and notes
 * on what could not be asked (no Avahi daemon, no interface to broadcast on).
 */
class LanBrowser final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 2000;
        /** Where the portmapper call goes; empty: every interface's broadcast address. */
        QList<QHostAddress> portmapperTargets;
        /** The portmapper's UDP port (Vxi11PortmapperProbe::portFromEnvironment()). */
        quint16 portmapperPort = 111;
        bool dnsSd = true;
    };

    explicit LanBrowser(QObject *parent = nullptr);
    ~LanBrowser() override;

    void start(const Options &options);
    /** Ends now with what was found (finished() follows). */
    void stop();

Q_SIGNALS:
    void finished(const QList<ld::LanService> &services, const QStringList &notes);

private:
    void partDone();

    DnsSdBrowser *m_dnsSd;         // child
    Vxi11PortmapperProbe *m_probe; // child
    QList<LanService> m_services;
    QStringList m_notes;
    int m_pending = 0;
};

} // namespace ld
