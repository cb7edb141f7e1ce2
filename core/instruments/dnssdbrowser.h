// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace ld {

/** An instrument service found on the LAN: the resource to reach it, and how it was found. */
struct LanService
{
    QString resource; ///< canonical VISA resource
    QString foundBy;  ///< "DNS-SD _lxi._tcp", "VXI-11 portmapper", ...
    QString name;     ///< the DNS-SD instance name; empty for the portmapper

    friend bool operator==(const LanService &a, const LanService &b)
    {
        return a.resource == b.resource && a.foundBy == b.foundBy && a.name == b.name;
    }
};

/**
 * Browses DNS-SD for instrument services through the Avahi daemon: `_lxi._tcp` and
 * `_vxi-11._tcp` become VXI-11 resources (`TCPIP::<address>::inst0::INSTR`), `_scpi-raw._tcp`
 * a raw socket at the advertised port. IPv4 only. Avahi's threaded poll runs its callbacks on
 * a thread of its own; they hand results to this object's thread as queued calls. Without
 * Avahi at build time, or without its daemon at run time, finished() says so in `notes` and
 * finds nothing: never an error.
 */
class DnsSdBrowser final : public QObject
{
    Q_OBJECT
public:
    /** The service types browsed. */
    static const QStringList &serviceTypes();

    explicit DnsSdBrowser(QObject *parent = nullptr);
    ~DnsSdBrowser() override;

    /** Browses until every type is listed or `timeoutMs` passes, then emits finished(). */
    void start(int timeoutMs);
    /** Ends now, with what was found so far (finished() follows, on the next turn). */
    void stop();
    /** False when built without Avahi. */
    static bool isAvailable();

Q_SIGNALS:
    void finished(const QList<ld::LanService> &services, const QStringList &notes);

private:
    struct Avahi;
    void add(const LanService &service);
    void note(const QString &text);
    void finish();

    std::unique_ptr<Avahi> m_avahi; // null when built without Avahi or not started
    QTimer *m_timer;                // child
    QList<LanService> m_services;
    QStringList m_notes;
    bool m_running = false;
};

} // namespace ld

Q_DECLARE_METATYPE(ld::LanService)
