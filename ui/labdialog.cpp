// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labdialog.h"

#include "node/labconnection.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace ld {

namespace {
QString key(const char *name)
{
    return QStringLiteral("lab/%1").arg(QLatin1String(name));
}
} // namespace

LabDialog::LabDialog(QWidget *parent)
    : QDialog(parent)
    , m_broker(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QGroupBox(this))
    , m_ca(new QLineEdit(this))
    , m_cert(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_atStart(new QCheckBox(this))
    , m_message(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_broker->setObjectName(QStringLiteral("broker"));
    m_password->setEchoMode(QLineEdit::Password);
    m_tls->setCheckable(true);
    m_tls->setChecked(false);
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    for (int i = 0; i < 3; ++i)
        m_labels.append(new QLabel(this));
    form->addRow(m_labels.at(0), m_broker);
    form->addRow(m_labels.at(1), m_user);
    form->addRow(m_labels.at(2), m_password);
    m_labels.at(0)->setBuddy(m_broker);
    m_labels.at(1)->setBuddy(m_user);
    m_labels.at(2)->setBuddy(m_password);

    auto *tlsForm = new QFormLayout(m_tls);
    for (QLineEdit *edit : {m_ca, m_cert, m_key}) {
        QWidget *row = nullptr;
        fileEdit(edit, &row);
        auto *label = new QLabel(this);
        label->setBuddy(edit);
        m_labels.append(label);
        tlsForm->addRow(label, row);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_tls);
    layout->addWidget(m_atStart);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_broker, m_user, m_password, m_ca, m_cert, m_key})
        connect(edit, &QLineEdit::textChanged, this, &LabDialog::validate);
    connect(m_tls, &QGroupBox::toggled, this, &LabDialog::validate);

    retranslate();
    validate();
    resize(520, sizeHint().height());
}

QLineEdit *LabDialog::fileEdit(QLineEdit *edit, QWidget **row)
{
    auto *w = new QWidget(this);
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    auto *browse = new QToolButton(w);
    browse->setText(QStringLiteral("…"));
    h->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a File"), QFileInfo(edit->text()).absolutePath(),
            tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    *row = w;
    return edit;
}

void LabDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        validate();
    }
    QDialog::changeEvent(event);
}

void LabDialog::retranslate()
{
    setWindowTitle(tr("Connect to Lab"));
    m_intro->setText(tr("LabDispatch nodes on other PCs share their instruments through an "
                        "MQTT broker. Their instruments appear in the table as "
                        "node/instrument and run through this window's cap."));
    m_broker->setPlaceholderText(tr("e.g. lab-broker.local:1883"));
    m_user->setPlaceholderText(tr("empty: anonymous"));
    m_password->setPlaceholderText(tr("not remembered"));
    const QString labels[] = {tr("&Broker:"),
                              tr("&User:"),
                              tr("&Password:"),
                              tr("&CA file:"),
                              tr("Client &certificate:"),
                              tr("Client &key:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels[i]);
    m_tls->setTitle(tr("Use &TLS"));
    m_ca->setPlaceholderText(tr("the CA that signed the broker's certificate"));
    m_cert->setPlaceholderText(tr("optional"));
    m_key->setPlaceholderText(tr("optional"));
    m_atStart->setText(tr("Connect to this lab when LabDispatch starts"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
}

std::optional<MqttClient::Options> LabDialog::Settings::options(QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<MqttClient::Options> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    MqttClient::Options o;
    QString why;
    if (broker.trimmed().isEmpty())
        return fail(tr("Enter the broker as HOST:PORT."));
    if (!LabConnection::parseBroker(broker, &o, &why))
        return fail(why);
    o.username = user.trimmed();
    o.password = password;
    if (!o.password.isEmpty() && o.username.isEmpty())
        return fail(tr("A password needs a user name."));
    if (tls) {
        MqttClient::Tls t;
        t.caFile = caFile.trimmed();
        t.certFile = certFile.trimmed();
        t.keyFile = keyFile.trimmed();
        if (t.caFile.isEmpty())
            return fail(tr("TLS needs the CA file that signed the broker's certificate."));
        for (const QString &file : {t.caFile, t.certFile, t.keyFile})
            if (!file.isEmpty() && !QFileInfo(file).isReadable())
                return fail(tr("Cannot read '%1'.").arg(file));
        if (t.certFile.isEmpty() != t.keyFile.isEmpty())
            return fail(tr("A client certificate and its key go together."));
        o.tls = t;
    }
    return o;
}

LabDialog::Settings LabDialog::Settings::load(const QSettings &settings)
{
    Settings s;
    s.broker = settings.value(key("broker")).toString();
    s.user = settings.value(key("user")).toString();
    s.tls = settings.value(key("tls"), false).toBool();
    s.caFile = settings.value(key("caFile")).toString();
    s.certFile = settings.value(key("certFile")).toString();
    s.keyFile = settings.value(key("keyFile")).toString();
    s.connectAtStart = settings.value(key("connectAtStart"), false).toBool();
    return s;
}

void LabDialog::Settings::save(QSettings *settings) const
{
    // The password is never written: QSettings is a plain file.
    settings->setValue(key("broker"), broker.trimmed());
    settings->setValue(key("user"), user.trimmed());
    settings->setValue(key("tls"), tls);
    settings->setValue(key("caFile"), caFile.trimmed());
    settings->setValue(key("certFile"), certFile.trimmed());
    settings->setValue(key("keyFile"), keyFile.trimmed());
    settings->setValue(key("connectAtStart"), connectAtStart);
}

LabDialog::Settings LabDialog::settings() const
{
    Settings s;
    s.broker = m_broker->text();
    s.user = m_user->text();
    s.password = m_password->text();
    s.tls = m_tls->isChecked();
    s.caFile = m_ca->text();
    s.certFile = m_cert->text();
    s.keyFile = m_key->text();
    s.connectAtStart = m_atStart->isChecked();
    return s;
}

void LabDialog::setSettings(const Settings &s)
{
    m_broker->setText(s.broker);
    m_user->setText(s.user);
    m_password->setText(s.password);
    m_tls->setChecked(s.tls);
    m_ca->setText(s.caFile);
    m_cert->setText(s.certFile);
    m_key->setText(s.keyFile);
    m_atStart->setChecked(s.connectAtStart);
    validate();
}

std::optional<MqttClient::Options> LabDialog::options(QString *error) const
{
    return settings().options(error);
}

void LabDialog::validate()
{
    QString why;
    const bool ok = options(&why).has_value();
    m_message->setText(ok ? QString() : why);
    m_message->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace ld
