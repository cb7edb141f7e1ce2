// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"
#include "node/mqttclient.h"

#include <QObject>
#include <QStringList>

#include <utility>

class QLabel;
class QSettings;
class QWidget;

namespace ld {

class Bench;
class InstrumentTableModel;
class LabConnection;

/**
 * The window's side of a shared lab: Connect to Lab and Disconnect, the lab's status in the
 * status bar, the lab's instruments as rows of the table while it is open, and the routing of
 * instrument names between this bench and the lab's nodes ("node/instrument").
 */
class LabLink : public QObject
{
    Q_OBJECT
public:
    /** `lab` may be null (no lab menu); `window` is the dialogs' and the label's parent. */
    LabLink(LabConnection *lab, Bench *bench, InstrumentTableModel *model, QSettings *settings,
            QWidget *window);

    /** Splits names into this bench's and the lab's ("node/instrument"). */
    static std::pair<QStringList, QStringList> splitNames(const QStringList &names);

    bool hasLab() const { return m_lab != nullptr; }
    bool isOpen() const;
    /** The lab's state in words, shown in the status bar while a lab is open. */
    QLabel *statusLabel() const { return m_label; }
    /** The operations every one of `names` offers, local and remote alike. */
    QList<DriverProfile::Operation> sharedOperations(const QStringList &names) const;
    /** Every instrument: this bench's, then the lab's while it is open. */
    QStringList instrumentNames() const;

    /** Connects to a shared lab with `options` (what the Connect to Lab dialog does). */
    bool connectLab(const MqttClient::Options &options, QString *error = nullptr);
    void disconnectLab();
    void connectDialog();

Q_SIGNALS:
    /** The lab opened or is closing: its rows came or go. */
    void labChanged(bool open);
    /** Something for the log (a node lost, the broker gone or back). */
    void logged(const QString &text);

private:
    void opened();
    void closing();
    void updateStatus();

    LabConnection *m_lab;
    Bench *m_bench;
    InstrumentTableModel *m_model;
    QSettings *m_settings;
    QWidget *m_window;
    QLabel *m_label;
};

} // namespace ld
