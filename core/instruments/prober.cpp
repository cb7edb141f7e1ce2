// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/prober.h"

#include "instruments/profileregistry.h"
#include "io/gpibcontroller.h"
#include "io/idninfo.h"
#include "io/scpireply.h"
#include "io/scpisession.h"
#include "io/transport.h"
#include "io/visaresource.h"
#include "scheduler/handoff.h"

#include <QTimer>

namespace ld::detail {

Prober::Prober(QString resource, SerialSettings line, int timeoutMs,
               const ProfileRegistry *profiles, JobContext ctx, GpibController *controller)
    : m_resource(std::move(resource))
    , m_line(std::move(line))
    , m_timeoutMs(timeoutMs)
    , m_profiles(profiles)
    , m_ctx(std::move(ctx))
    , m_controller(controller)
{
    m_anchor->object = this;
}

Prober::~Prober()
{
    std::lock_guard lock(m_anchor->mutex);
    m_anchor->object = nullptr;
}

void Prober::start()
{
    QString why;
    const VisaResource resource = VisaResource::parse(m_resource, &why);
    std::unique_ptr<Transport> transport;
    if (resource.kind() == VisaResource::Kind::Gpib && m_controller)
        transport = m_controller->createTransport(resource.gpibPrimary(), resource.gpibSecondary());
    else if (resource.isValid())
        transport = Transport::create(resource, m_line);
    if (!transport) {
        finish(false, {}, why.isEmpty() ? tr("cannot use this address") : why);
        return;
    }
    m_session = new ScpiSession(std::move(transport), this);
    ScpiSession::Options options;
    options.timeoutMs = m_timeoutMs;
    options.readTerminator = m_line.readTerminator;
    options.writeTerminator = m_line.writeTerminator;
    m_session->setOptions(options);
    connect(m_session, &ScpiSession::openFailed, this,
            [this](const QString &message) { finish(false, {}, message); });
    connect(m_session, &ScpiSession::opened, this, [this] {
        m_session->query(QByteArrayLiteral("*IDN?"), [this](const ScpiReply &reply) {
            if (!reply.ok()) {
                finish(false, {}, tr("no answer to *IDN?: %1").arg(reply.message));
                return;
            }
            QString error;
            const auto idn = IdnInfo::parse(reply.response(), &error);
            if (!idn) {
                finish(false, {}, tr("the answer to *IDN? is not an identity: %1").arg(error));
                return;
            }
            QVariantMap found;
            found.insert(QStringLiteral("vendor"), idn->vendor);
            found.insert(QStringLiteral("model"), idn->model);
            found.insert(QStringLiteral("serial"), idn->serial);
            found.insert(QStringLiteral("firmware"), idn->firmware);
            if (const DriverProfile *p = m_profiles->match(idn->vendor, idn->model))
                found.insert(QStringLiteral("profile"), p->id);
            finish(true, found, {});
        });
    });
    // A cancelled discovery closes the port at once.
    m_ctx.token().onCancelled([anchor = m_anchor] {
        std::lock_guard lock(anchor->mutex);
        if (!anchor->object)
            return;
        postTo(
            anchor->object,
            [anchor] {
                // On the prober's thread, where it is deleted: no lock needed to read.
                if (auto *self = static_cast<Prober *>(anchor->object))
                    self->finish(false, {}, tr("discovery was cancelled"));
            },
            Qt::QueuedConnection);
    });
    m_session->open();
}

void Prober::finish(bool ok, const QVariantMap &found, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_session)
        m_session->close();
    if (m_ctx.token().isCancelled())
        m_ctx.cancelled(error);
    else if (ok)
        m_ctx.succeed(found);
    else
        m_ctx.fail(error);
    deleteLater();
}

} // namespace ld::detail
