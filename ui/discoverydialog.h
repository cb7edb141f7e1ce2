// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench.h"
#include "instruments/benchdiscovery.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTableWidget;

namespace ld {

class ProfileRegistry;

/**
 * Finds instruments: probes the system's serial ports and the ports and LAN addresses (ranges
 * too, see AddressRange) the user lists with *IDN? through Bench::discover(), lists the
 * addresses skipped because the bench uses them, shows each answer (or error) as it arrives, and
 * adds the found ones to the bench under generated unique names. Not modal: the window keeps
 * drawing while probes run. The address lists are remembered in QSettings when one is given.
 */
class DiscoveryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { ResourceColumn, IdentityColumn, ProfileColumn, ResultColumn, ColumnCount };

    DiscoveryDialog(Bench *bench, const ProfileRegistry *profiles, QSettings *settings,
                    QWidget *parent = nullptr);

    void setSerialPorts(const QStringList &ports);
    void setLanAddresses(const QStringList &addresses);
    void setSystemSerialPorts(bool on);
    /** Also probe what the LAN announces (DNS-SD, the VXI-11 portmapper broadcast). */
    void setLanServices(bool on);
    void setTimeoutMs(int ms);
    DiscoveryRequest request() const;

    /** Starts probing; false (with the reason shown in the dialog) for an address it cannot read.
     */
    bool start();
    void cancel();
    bool isRunning() const { return m_id != 0; }
    QList<DiscoveredInstrument> results() const { return m_results; }
    /** Adds every found instrument not added yet; returns the names given to them. */
    QStringList addFound();
    /** `model` ("DMM-6500S"), or "DMM-6500S 2" and up when that name is taken on the bench. */
    static QString uniqueName(const QString &model, const QStringList &taken);

    QPushButton *startButton() const { return m_startButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *addButton() const { return m_addButton; }
    QTableWidget *resultsTable() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void finished(int probed, int found);
    void instrumentsAdded(const QStringList &names);

protected:
    void changeEvent(QEvent *event) override;

private:
    /** Sets every text, the result rows' and the status line's too; again on LanguageChange. */
    void retranslateUi();
    /** Shows `text()` now and again after a language switch. */
    void setStatus(std::function<QString()> text);
    /** The row's profile and result cells from m_results and m_addedAs. */
    void fillRow(int row);
    void onDiscovered(quint64 id, const DiscoveredInstrument &result);
    /** A result row: found, failed, or not probed because the bench uses the address. */
    void appendRow(const DiscoveredInstrument &result);
    void onFinished(quint64 id, int probed, int found);
    void updateButtons();
    void saveSettings() const;

    Bench *m_bench;
    BenchDiscovery *m_discovery; ///< a child: cancels its probes when the dialog closes
    const ProfileRegistry *m_profiles;
    QSettings *m_settings;
    QCheckBox *m_systemPorts;
    QCheckBox *m_gpibBoards;  ///< every GPIB board of the bench, addresses 1-30
    QCheckBox *m_lanServices; ///< DNS-SD and the VXI-11 portmapper broadcast
    QPlainTextEdit *m_serialEdit;
    QPlainTextEdit *m_lanEdit;
    QSpinBox *m_timeout;
    QLabel *m_serialLabel;
    QLabel *m_lanLabel;
    QLabel *m_timeoutLabel;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_startButton;
    QPushButton *m_cancelButton;
    QPushButton *m_addButton;
    quint64 m_id = 0;
    QList<DiscoveredInstrument> m_results;
    QStringList m_addedAs; ///< per result: its name on the bench once added, else empty
    std::function<QString()> m_statusText;
};

} // namespace ld
