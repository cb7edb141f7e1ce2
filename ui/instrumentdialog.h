// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/instrumentconfig.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ld {

class ProfileRegistry;

/**
 * Add or edit one instrument: name, VISA resource, serial line settings, terminators, profile,
 * timeout, and the identity it must report (vendor, model, serial pins). Checked as you type with
 * InstrumentConfig::validate (the bench's own rule), with the reason shown in words; OK stays
 * disabled until the configuration is valid.
 */
class InstrumentDialog : public QDialog
{
    Q_OBJECT
public:
    /** `takenNames`: names already on the bench (the edited one excluded). */
    InstrumentDialog(const ProfileRegistry *profiles, const QStringList &takenNames,
                     QWidget *parent = nullptr);

    void setConfig(const InstrumentConfig &config);
    /** Who answers on the resource now; "Pin Current Identity" copies it into the pins. */
    void setCurrentIdentity(const Reading::Identity &identity);
    /** The configuration as entered (valid when isValid()). */
    InstrumentConfig config() const;
    bool isValid() const { return m_problem.isEmpty(); }
    /** Why the entry is not valid; empty when it is. */
    QString problem() const { return m_problem; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *resourceEdit() const { return m_resource; }
    QComboBox *baudCombo() const { return m_baud; }
    QPushButton *pinButton() const { return m_pin; }

private:
    void validate();

    QStringList m_taken;
    QString m_problem;
    bool m_simulated = false;
    QLineEdit *m_name;
    QLineEdit *m_resource;
    QComboBox *m_profile;
    QGroupBox *m_serialBox;
    QComboBox *m_baud;
    QComboBox *m_dataBits;
    QComboBox *m_parity;
    QComboBox *m_stopBits;
    QComboBox *m_flow;
    QLineEdit *m_readTerminator;
    QLineEdit *m_writeTerminator;
    QSpinBox *m_timeout;
    QCheckBox *m_enabled;
    QLineEdit *m_expectVendor;
    QLineEdit *m_expectModel;
    QLineEdit *m_expectSerial;
    QPushButton *m_pin;
    Reading::Identity m_current;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ld
