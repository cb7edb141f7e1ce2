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
class QSpinBox;

namespace ld {

class ProfileRegistry;

/**
 * Add or edit one instrument: name, VISA resource, serial line settings, terminators, profile,
 * timeout. Checked as you type with InstrumentConfig::validate (the bench's own rule), with
 * the reason shown in words; OK stays disabled until the configuration is valid.
 */
class InstrumentDialog : public QDialog
{
    Q_OBJECT
public:
    /** `takenNames`: names already on the bench (the edited one excluded). */
    InstrumentDialog(const ProfileRegistry *profiles, const QStringList &takenNames,
                     QWidget *parent = nullptr);

    void setConfig(const InstrumentConfig &config);
    /** The configuration as entered (valid when isValid()). */
    InstrumentConfig config() const;
    bool isValid() const { return m_problem.isEmpty(); }
    /** Why the entry is not valid; empty when it is. */
    QString problem() const { return m_problem; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *resourceEdit() const { return m_resource; }
    QComboBox *baudCombo() const { return m_baud; }

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
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ld
