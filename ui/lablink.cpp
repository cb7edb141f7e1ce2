// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lablink.h"

#include "instrumenttablemodel.h"
#include "labdialog.h"

#include "instruments/bench.h"
#include "node/labconnection.h"
#include "node/remotelab.h"
#include "node/remotetarget.h"

#include <QLabel>
#include <QMessageBox>
#include <QSettings>

#include <algorithm>

namespace ld {

LabLink::LabLink(LabConnection *lab, Bench *bench, InstrumentTableModel *model, QSettings *settings,
                 QWidget *window)
    : QObject(window)
    , m_lab(lab)
    , m_bench(bench)
    , m_model(model)
    , m_settings(settings)
    , m_window(window)
    , m_label(new QLabel(window))
{
    setObjectName(QStringLiteral("LabLink"));
    m_label->setObjectName(QStringLiteral("LabStatus"));
    m_label->setVisible(false);
    if (!m_lab)
        return;
    connect(m_lab, &LabConnection::opened, this, &LabLink::opened);
    connect(m_lab, &LabConnection::aboutToClose, this, &LabLink::closing);
    connect(m_lab, &LabConnection::stateChanged, this, &LabLink::updateStatus);
    connect(m_lab, &LabConnection::connectionError, this, [this](const QString &error) {
        Q_EMIT logged(tr("Lab broker %1: %2").arg(m_lab->brokerText(), error));
        updateStatus();
    });
    if (m_lab->isOpen())
        opened();
}

std::pair<QStringList, QStringList> LabLink::splitNames(const QStringList &names)
{
    QStringList local, remote;
    for (const QString &name : names)
        (RemoteTarget::isRemoteName(name) ? remote : local).append(name);
    return {local, remote};
}

bool LabLink::isOpen() const
{
    return m_lab && m_lab->isOpen();
}

QList<DriverProfile::Operation> LabLink::sharedOperations(const QStringList &names) const
{
    const auto [local, remote] = splitNames(names);
    RemoteTarget *runner = m_lab ? m_lab->target() : nullptr;
    if (remote.isEmpty() || !runner)
        return m_bench->sharedOperations(local);
    QList<DriverProfile::Operation> operations = runner->sharedOperations(remote);
    // A mixed selection runs what both sides offer.
    if (!local.isEmpty()) {
        const QList<DriverProfile::Operation> here = m_bench->sharedOperations(local);
        operations.removeIf([&here](const DriverProfile::Operation &op) {
            return std::none_of(here.cbegin(), here.cend(),
                                [&op](const auto &h) { return h.id == op.id; });
        });
    }
    return operations;
}

QStringList LabLink::instrumentNames() const
{
    QStringList names = m_bench->names();
    if (isOpen())
        names += m_lab->target()->instrumentNames();
    return names;
}

bool LabLink::connectLab(const MqttClient::Options &options, QString *error)
{
    if (!m_lab) {
        if (error)
            *error = tr("This window has no lab connection.");
        return false;
    }
    if (!m_lab->open(options, error))
        return false;
    updateStatus();
    return true;
}

void LabLink::disconnectLab()
{
    if (m_lab)
        m_lab->close();
    updateStatus();
}

void LabLink::connectDialog()
{
    LabDialog dialog(m_window);
    if (m_settings)
        dialog.setSettings(LabDialog::Settings::load(*m_settings));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString why;
    const std::optional<MqttClient::Options> options = dialog.options(&why);
    if (!options || !connectLab(*options, &why)) {
        QMessageBox::warning(m_window, tr("Connect to Lab"), why);
        return;
    }
    if (m_settings)
        dialog.settings().save(m_settings);
}

void LabLink::opened()
{
    RemoteLab *lab = m_lab->lab();
    m_model->setLab(lab, m_lab->target());
    connect(lab, &RemoteLab::nodeChanged, this, &LabLink::updateStatus);
    connect(lab, &RemoteLab::nodeLost, this, [this](const QString &node) {
        Q_EMIT logged(tr("Node %1 is lost; its unfinished jobs failed").arg(node));
        updateStatus();
    });
    connect(lab, &RemoteLab::brokerDown, this, [this](const QString &reason) {
        Q_EMIT logged(tr("Lab broker %1 is gone (%2); remote jobs wait for it to come back")
                          .arg(m_lab->brokerText(), reason));
    });
    connect(lab, &RemoteLab::brokerBack, this, [this] {
        Q_EMIT logged(
            tr("Lab broker %1 is back; the waiting remote jobs are sent").arg(m_lab->brokerText()));
    });
    connect(lab, &RemoteLab::brokerLost, this, [this] {
        Q_EMIT logged(tr("Lab broker %1 did not come back; the unfinished remote jobs failed as "
                         "'broker lost'")
                          .arg(m_lab->brokerText()));
        updateStatus();
    });
    updateStatus();
    Q_EMIT labChanged(true);
}

void LabLink::closing()
{
    m_model->setLab(nullptr, nullptr);
    Q_EMIT labChanged(false);
}

void LabLink::updateStatus()
{
    if (!isOpen()) {
        m_label->setVisible(false);
        return;
    }
    int online = 0;
    const QStringList nodes = m_lab->lab()->nodes();
    for (const QString &n : nodes)
        online += m_lab->lab()->node(n).online ? 1 : 0;
    QString text;
    switch (m_lab->client()->state()) {
    case MqttClient::State::Connected:
        text = tr("Lab %1: %2 of %n node(s) online", nullptr, int(nodes.size()))
                   .arg(m_lab->brokerText())
                   .arg(online);
        break;
    case MqttClient::State::Connecting:
        text = tr("Lab %1: connecting").arg(m_lab->brokerText());
        break;
    default:
        text =
            m_lab->client()->lastError().isEmpty()
                ? tr("Lab %1: not connected, retrying").arg(m_lab->brokerText())
                : tr("Lab %1: %2, retrying").arg(m_lab->brokerText(), m_lab->client()->lastError());
        break;
    }
    m_label->setText(text);
    m_label->setVisible(true);
}

} // namespace ld
