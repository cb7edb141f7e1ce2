// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/dnssdbrowser.h"

#include "io/visaresource.h"
#include "scheduler/handoff.h"

#include <QTimer>

#ifdef LABDISPATCH_HAVE_AVAHI
#include <avahi-client/client.h>
#include <avahi-client/lookup.h>
#include <avahi-common/address.h>
#include <avahi-common/error.h>
#include <avahi-common/thread-watch.h>

#include <vector>
#endif

namespace ld {

const QStringList &DnsSdBrowser::serviceTypes()
{
    static const QStringList types = {QStringLiteral("_lxi._tcp"), QStringLiteral("_vxi-11._tcp"),
                                      QStringLiteral("_scpi-raw._tcp")};
    return types;
}

#ifdef LABDISPATCH_HAVE_AVAHI

/**
 * Avahi's objects. Everything in here but the constructor and destructor runs on Avahi's poll
 * thread, under its lock; the destructor stops that thread before freeing anything.
 */
struct DnsSdBrowser::Avahi
{
    struct Browse
    {
        Avahi *avahi;
        QString type;
    };

    DnsSdBrowser *owner;
    AvahiThreadedPoll *poll = nullptr;
    AvahiClient *client = nullptr;
    std::vector<std::unique_ptr<Browse>> browses;
    std::vector<AvahiServiceBrowser *> browsers;
    int browsersDone = 0; // poll thread only
    int resolving = 0;    // poll thread only

    explicit Avahi(DnsSdBrowser *o)
        : owner(o)
    {}
    ~Avahi()
    {
        if (poll)
            avahi_threaded_poll_stop(poll);
        for (AvahiServiceBrowser *b : browsers)
            avahi_service_browser_free(b);
        if (client)
            avahi_client_free(client); // also frees resolvers still under way
        if (poll)
            avahi_threaded_poll_free(poll);
    }

    void post(const LanService &service)
    {
        postTo(
            owner, [o = owner, service] { o->add(service); }, Qt::QueuedConnection);
    }
    void postNote(const QString &text)
    {
        postTo(
            owner, [o = owner, text] { o->note(text); }, Qt::QueuedConnection);
    }
    void checkDone()
    {
        if (browsersDone == int(browsers.size()) && resolving == 0)
            QMetaObject::invokeMethod(owner, &DnsSdBrowser::finish, Qt::QueuedConnection);
    }

    /** The daemon's state changes; a browse under way ends by its timeout if it goes away. */
    static void onClientState(AvahiClient *, AvahiClientState, void *) {}

    static void onResolved(AvahiServiceResolver *r, AvahiIfIndex, AvahiProtocol,
                           AvahiResolverEvent event, const char *name, const char *type,
                           const char *, const char *, const AvahiAddress *address, uint16_t port,
                           AvahiStringList *, AvahiLookupResultFlags, void *userdata)
    {
        auto *browse = static_cast<Browse *>(userdata);
        Avahi *self = browse->avahi;
        if (event == AVAHI_RESOLVER_FOUND && address) {
            char text[AVAHI_ADDRESS_STR_MAX] = {};
            avahi_address_snprint(text, sizeof text, address);
            const QString host = QString::fromLatin1(text);
            const QString serviceType = QString::fromUtf8(type);
            LanService service;
            service.foundBy = QStringLiteral("DNS-SD ") + serviceType;
            service.name = QString::fromUtf8(name);
            // LXI instruments serve VXI-11; their advertised port is the web page's.
            service.resource = serviceType == QLatin1String("_scpi-raw._tcp")
                                   ? VisaResource::tcp(host, port).toString()
                                   : VisaResource::vxi11(host, QStringLiteral("inst0")).toString();
            if (port != 0)
                self->post(service);
        }
        avahi_service_resolver_free(r);
        --self->resolving;
        self->checkDone();
    }

    static void onBrowsed(AvahiServiceBrowser *, AvahiIfIndex interface, AvahiProtocol protocol,
                          AvahiBrowserEvent event, const char *name, const char *type,
                          const char *domain, AvahiLookupResultFlags, void *userdata)
    {
        auto *browse = static_cast<Browse *>(userdata);
        Avahi *self = browse->avahi;
        switch (event) {
        case AVAHI_BROWSER_NEW:
            if (avahi_service_resolver_new(self->client, interface, protocol, name, type, domain,
                                           AVAHI_PROTO_INET, AvahiLookupFlags(0), &onResolved,
                                           browse))
                ++self->resolving;
            break;
        case AVAHI_BROWSER_FAILURE:
            self->postNote(DnsSdBrowser::tr("DNS-SD browsing of %1 failed: %2")
                               .arg(browse->type, QString::fromUtf8(avahi_strerror(
                                                      avahi_client_errno(self->client)))));
            ++self->browsersDone;
            self->checkDone();
            break;
        case AVAHI_BROWSER_ALL_FOR_NOW:
            ++self->browsersDone;
            self->checkDone();
            break;
        case AVAHI_BROWSER_REMOVE:
        case AVAHI_BROWSER_CACHE_EXHAUSTED:
            break;
        }
    }
};

bool DnsSdBrowser::isAvailable()
{
    return true;
}

void DnsSdBrowser::start(int timeoutMs)
{
    m_services.clear();
    m_notes.clear();
    m_running = true;
    m_avahi = std::make_unique<Avahi>(this);
    m_avahi->poll = avahi_threaded_poll_new();
    int error = 0;
    if (m_avahi->poll)
        m_avahi->client =
            avahi_client_new(avahi_threaded_poll_get(m_avahi->poll), AvahiClientFlags(0),
                             &Avahi::onClientState, nullptr, &error);
    if (!m_avahi->client) {
        const QString why = QString::fromUtf8(avahi_strerror(error));
        note(error == AVAHI_ERR_NO_DAEMON || error == AVAHI_ERR_DBUS_ERROR
                 ? tr("DNS-SD browsing skipped: the Avahi daemon is not running (%1)").arg(why)
                 : tr("DNS-SD browsing skipped: Avahi failed: %1").arg(why));
        m_avahi.reset();
        QMetaObject::invokeMethod(this, &DnsSdBrowser::finish, Qt::QueuedConnection);
        return;
    }
    for (const QString &type : serviceTypes()) {
        auto browse = std::make_unique<Avahi::Browse>(Avahi::Browse{m_avahi.get(), type});
        AvahiServiceBrowser *browser = avahi_service_browser_new(
            m_avahi->client, AVAHI_IF_UNSPEC, AVAHI_PROTO_INET, type.toUtf8().constData(), nullptr,
            AvahiLookupFlags(0), &Avahi::onBrowsed, browse.get());
        if (!browser) {
            note(tr("DNS-SD browsing of %1 failed: %2")
                     .arg(type,
                          QString::fromUtf8(avahi_strerror(avahi_client_errno(m_avahi->client)))));
            continue;
        }
        m_avahi->browses.push_back(std::move(browse));
        m_avahi->browsers.push_back(browser);
    }
    if (m_avahi->browsers.empty()) {
        m_avahi.reset();
        QMetaObject::invokeMethod(this, &DnsSdBrowser::finish, Qt::QueuedConnection);
        return;
    }
    m_timer->start(std::max(0, timeoutMs));
    avahi_threaded_poll_start(m_avahi->poll);
}

#else

struct DnsSdBrowser::Avahi
{};

bool DnsSdBrowser::isAvailable()
{
    return false;
}

void DnsSdBrowser::start(int)
{
    m_services.clear();
    m_notes = {tr("DNS-SD browsing skipped: this build has no Avahi support")};
    m_running = true;
    QMetaObject::invokeMethod(this, &DnsSdBrowser::finish, Qt::QueuedConnection);
}

#endif

DnsSdBrowser::DnsSdBrowser(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DnsSdBrowser::finish);
}

DnsSdBrowser::~DnsSdBrowser() = default;

void DnsSdBrowser::stop()
{
    if (m_running)
        QMetaObject::invokeMethod(this, &DnsSdBrowser::finish, Qt::QueuedConnection);
}

void DnsSdBrowser::add(const LanService &service)
{
    if (m_running && !m_services.contains(service))
        m_services.append(service);
}

void DnsSdBrowser::note(const QString &text)
{
    if (m_running)
        m_notes.append(text);
}

void DnsSdBrowser::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    m_avahi.reset(); // stops Avahi's thread: nothing more is posted
    Q_EMIT finished(m_services, m_notes);
}

} // namespace ld
