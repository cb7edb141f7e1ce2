// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/mqttclient.h"

#include <QCoreApplication>
#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSettings;

namespace ld {

/**
 * Where the shared lab is: the MQTT broker the nodes use, its user and password, and TLS.
 * Everything but the password is remembered; OK stays disabled until the input is usable,
 * and the reason is shown under the form.
 */
class LabDialog : public QDialog
{
    Q_OBJECT
public:
    /** What the form holds; all but the password is remembered (QSettings group "lab"). */
    struct Settings
    {
        Q_DECLARE_TR_FUNCTIONS(ld::LabDialog)

    public:
        QString broker; ///< HOST:PORT
        QString user;
        QString password;
        bool tls = false;
        QString caFile;
        QString certFile;
        QString keyFile;
        bool connectAtStart = false;

        static Settings load(const QSettings &settings);
        void save(QSettings *settings) const;
        /** The client options, or nullopt with a reason the user can act on. */
        std::optional<MqttClient::Options> options(QString *error = nullptr) const;
    };

    explicit LabDialog(QWidget *parent = nullptr);

    Settings settings() const;
    void setSettings(const Settings &settings);
    /** The options for the input, or nullopt with `error`. */
    std::optional<MqttClient::Options> options(QString *error = nullptr) const;

    QLineEdit *brokerEdit() const { return m_broker; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QGroupBox *tlsBox() const { return m_tls; }
    QLineEdit *caEdit() const { return m_ca; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    QLineEdit *fileEdit(QLineEdit *edit, QWidget **row);

    QLineEdit *m_broker;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QGroupBox *m_tls;
    QLineEdit *m_ca;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QCheckBox *m_atStart;
    QLabel *m_message;
    QLabel *m_intro;
    QDialogButtonBox *m_buttons;
    QList<QLabel *> m_labels;
};

} // namespace ld
