// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instrumentdialog.h"

#include "instruments/profileregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ld {

InstrumentDialog::InstrumentDialog(const ProfileRegistry *profiles, const QStringList &takenNames,
                                   QWidget *parent)
    : QDialog(parent)
    , m_taken(takenNames)
    , m_name(new QLineEdit(this))
    , m_resource(new QLineEdit(this))
    , m_profile(new QComboBox(this))
    , m_serialBox(new QGroupBox(tr("Serial line"), this))
    , m_baud(new QComboBox(this))
    , m_dataBits(new QComboBox(this))
    , m_parity(new QComboBox(this))
    , m_stopBits(new QComboBox(this))
    , m_flow(new QComboBox(this))
    , m_readTerminator(new QLineEdit(this))
    , m_writeTerminator(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_enabled(new QCheckBox(tr("&Enabled"), this))
    , m_expectVendor(new QLineEdit(this))
    , m_expectModel(new QLineEdit(this))
    , m_expectSerial(new QLineEdit(this))
    , m_pin(new QPushButton(tr("&Pin Current Identity"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Instrument"));
    m_name->setPlaceholderText(tr("e.g. DMM 1"));
    m_resource->setPlaceholderText(
        tr("ASRL/dev/ttyUSB0::INSTR or TCPIP0::192.168.1.5::5025::SOCKET"));
    m_resource->setToolTip(tr("A VISA resource string: ASRL<port>::INSTR for a serial port, "
                              "TCPIP0::<host>::<port>::SOCKET for a raw LAN socket"));
    m_profile->addItem(tr("Match by *IDN? (automatic)"), QString());
    if (profiles) {
        for (const DriverProfile &p : profiles->profiles())
            m_profile->addItem(p.displayName(), p.id);
    }
    m_baud->setEditable(true);
    for (int b : {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600})
        m_baud->addItem(QString::number(b));
    m_baud->setValidator(nullptr);
    for (int bits : {5, 6, 7, 8})
        m_dataBits->addItem(QString::number(bits), bits);
    m_parity->addItem(tr("None"), int(SerialSettings::Parity::None));
    m_parity->addItem(tr("Even"), int(SerialSettings::Parity::Even));
    m_parity->addItem(tr("Odd"), int(SerialSettings::Parity::Odd));
    m_parity->addItem(tr("Mark"), int(SerialSettings::Parity::Mark));
    m_parity->addItem(tr("Space"), int(SerialSettings::Parity::Space));
    m_stopBits->addItem(QStringLiteral("1"), int(SerialSettings::StopBits::One));
    m_stopBits->addItem(QLocale().toString(1.5), int(SerialSettings::StopBits::OneAndHalf));
    m_stopBits->addItem(QStringLiteral("2"), int(SerialSettings::StopBits::Two));
    m_flow->addItem(tr("None"), int(SerialSettings::FlowControl::None));
    m_flow->addItem(tr("Hardware (RTS/CTS)"), int(SerialSettings::FlowControl::Hardware));
    m_flow->addItem(tr("Software (XON/XOFF)"), int(SerialSettings::FlowControl::Software));
    m_readTerminator->setToolTip(tr("C escapes: \\n, \\r\\n, \\r, \\xHH"));
    m_writeTerminator->setToolTip(m_readTerminator->toolTip());
    m_timeout->setRange(1, 600'000);
    m_timeout->setSuffix(tr(" ms"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c"));

    auto *serialForm = new QFormLayout(m_serialBox);
    serialForm->addRow(tr("&Baud rate:"), m_baud);
    serialForm->addRow(tr("&Data bits:"), m_dataBits);
    serialForm->addRow(tr("&Parity:"), m_parity);
    serialForm->addRow(tr("&Stop bits:"), m_stopBits);
    serialForm->addRow(tr("&Flow control:"), m_flow);

    auto *expectBox = new QGroupBox(tr("Expected identity"), this);
    expectBox->setToolTip(tr("What *IDN? must report for this to be the instrument; an empty "
                             "field is not checked. Another instrument on the port is then an "
                             "error instead of its readings."));
    for (QLineEdit *e : {m_expectVendor, m_expectModel, m_expectSerial})
        e->setPlaceholderText(tr("any"));
    auto *expectForm = new QFormLayout(expectBox);
    expectForm->addRow(tr("&Vendor:"), m_expectVendor);
    expectForm->addRow(tr("&Model:"), m_expectModel);
    expectForm->addRow(tr("Seria&l:"), m_expectSerial);
    expectForm->addRow(QString(), m_pin);
    connect(m_pin, &QPushButton::clicked, this, [this] {
        m_expectVendor->setText(m_current.vendor);
        m_expectModel->setText(m_current.model);
        m_expectSerial->setText(m_current.serial);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Resource:"), m_resource);
    form->addRow(tr("Pro&file:"), m_profile);
    form->addRow(tr("Read &terminator:"), m_readTerminator);
    form->addRow(tr("&Write terminator:"), m_writeTerminator);
    form->addRow(tr("&Query timeout:"), m_timeout);
    form->addRow(QString(), m_enabled);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_serialBox);
    layout->addWidget(expectBox);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *e : {m_name, m_resource, m_readTerminator, m_writeTerminator, m_expectVendor,
                         m_expectModel, m_expectSerial})
        connect(e, &QLineEdit::textChanged, this, &InstrumentDialog::validate);
    for (QComboBox *c : {m_baud, m_dataBits, m_parity, m_stopBits, m_flow, m_profile})
        connect(c, &QComboBox::currentTextChanged, this, &InstrumentDialog::validate);
    connect(m_timeout, &QSpinBox::valueChanged, this, &InstrumentDialog::validate);
    setConfig(InstrumentConfig{});
    setCurrentIdentity({});
}

void InstrumentDialog::setConfig(const InstrumentConfig &c)
{
    m_simulated = c.simulated;
    m_name->setText(c.name);
    m_resource->setText(c.resource);
    const int profile = m_profile->findData(c.profileId);
    m_profile->setCurrentIndex(profile >= 0 ? profile : 0);
    m_baud->setCurrentText(QString::number(c.line.baudRate));
    m_dataBits->setCurrentIndex(m_dataBits->findData(c.line.dataBits));
    m_parity->setCurrentIndex(m_parity->findData(int(c.line.parity)));
    m_stopBits->setCurrentIndex(m_stopBits->findData(int(c.line.stopBits)));
    m_flow->setCurrentIndex(m_flow->findData(int(c.line.flowControl)));
    m_readTerminator->setText(escapeTerminator(c.line.readTerminator));
    m_writeTerminator->setText(escapeTerminator(c.line.writeTerminator));
    m_timeout->setValue(c.timeoutMs);
    m_enabled->setChecked(c.enabled);
    m_expectVendor->setText(c.expect.vendor);
    m_expectModel->setText(c.expect.model);
    m_expectSerial->setText(c.expect.serial);
    validate();
}

void InstrumentDialog::setCurrentIdentity(const Reading::Identity &identity)
{
    m_current = identity;
    const bool known = !identity.vendor.isEmpty();
    m_pin->setEnabled(known);
    m_pin->setToolTip(
        known ? tr("Pin %1 %2, serial %3").arg(identity.vendor, identity.model, identity.serial)
              : tr("Connect the instrument first: pins the vendor, model and "
                   "serial it reports"));
}

InstrumentConfig InstrumentDialog::config() const
{
    InstrumentConfig c;
    c.name = m_name->text().trimmed();
    c.resource = m_resource->text().trimmed();
    c.profileId = m_profile->currentData().toString();
    c.line.baudRate = m_baud->currentText().trimmed().toInt();
    c.line.dataBits = m_dataBits->currentData().toInt();
    c.line.parity = SerialSettings::Parity(m_parity->currentData().toInt());
    c.line.stopBits = SerialSettings::StopBits(m_stopBits->currentData().toInt());
    c.line.flowControl = SerialSettings::FlowControl(m_flow->currentData().toInt());
    c.line.readTerminator = unescapeTerminator(m_readTerminator->text()).value_or(QByteArray());
    c.line.writeTerminator = unescapeTerminator(m_writeTerminator->text()).value_or(QByteArray());
    c.timeoutMs = m_timeout->value();
    c.enabled = m_enabled->isChecked();
    c.simulated = m_simulated;
    c.expect.vendor = m_expectVendor->text().trimmed();
    c.expect.model = m_expectModel->text().trimmed();
    c.expect.serial = m_expectSerial->text().trimmed();
    return c;
}

void InstrumentDialog::validate()
{
    const bool serial =
        m_resource->text().trimmed().startsWith(QLatin1String("ASRL"), Qt::CaseInsensitive);
    m_serialBox->setEnabled(serial);
    m_serialBox->setToolTip(serial ? QString()
                                   : tr("Line settings apply to serial (ASRL) resources only"));
    QString why;
    const InstrumentConfig c = config();
    bool baudOk = false;
    m_baud->currentText().trimmed().toInt(&baudOk);
    if (!baudOk)
        why = tr("Baud rate: '%1' is not a number").arg(m_baud->currentText());
    else if (!unescapeTerminator(m_readTerminator->text()))
        why = tr("Read terminator: '%1' has a bad escape").arg(m_readTerminator->text());
    else if (!unescapeTerminator(m_writeTerminator->text()))
        why = tr("Write terminator: '%1' has a bad escape").arg(m_writeTerminator->text());
    else if (m_taken.contains(c.name))
        why = tr("Name: '%1' is already on the bench").arg(c.name);
    else if (!c.validate(&why) && why.isEmpty())
        why = tr("The configuration is not valid");
    m_problem = why;
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace ld
