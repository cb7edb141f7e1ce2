// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoverydialog.h"

#include "instruments/addressrange.h"
#include "instruments/profileregistry.h"
#include "io/visaresource.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ld {

namespace {
const QString kSerialKey = QStringLiteral("discovery/serialPorts");
const QString kLanKey = QStringLiteral("discovery/lanAddresses");
const QString kSystemKey = QStringLiteral("discovery/systemSerialPorts");
const QString kTimeoutKey = QStringLiteral("discovery/timeoutMs");
const QString kLanServicesKey = QStringLiteral("discovery/lanServices");

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    const QStringList all = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : all) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}
} // namespace

DiscoveryDialog::DiscoveryDialog(Bench *bench, const ProfileRegistry *profiles, QSettings *settings,
                                 QWidget *parent)
    : QDialog(parent)
    , m_bench(bench)
    , m_discovery(new BenchDiscovery(bench, this))
    , m_profiles(profiles)
    , m_settings(settings)
    , m_systemPorts(new QCheckBox(this))
    , m_gpibBoards(new QCheckBox(this))
    , m_lanServices(new QCheckBox(this))
    , m_serialEdit(new QPlainTextEdit(this))
    , m_lanEdit(new QPlainTextEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_serialLabel(new QLabel(this))
    , m_lanLabel(new QLabel(this))
    , m_timeoutLabel(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_startButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_addButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("DiscoveryDialog"));

    m_systemPorts->setChecked(true);
    m_gpibBoards->setChecked(true);
    for (QPlainTextEdit *edit : {m_serialEdit, m_lanEdit}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    }
    m_timeout->setRange(10, 60000);
    m_timeout->setSingleStep(250);
    m_timeout->setValue(1000);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ResourceColumn, 230);
    m_table->setColumnWidth(IdentityColumn, 260);
    m_table->setColumnWidth(ProfileColumn, 170);
    m_status->setWordWrap(true);

    if (m_settings) {
        m_serialEdit->setPlainText(m_settings->value(kSerialKey).toStringList().join(u'\n'));
        m_lanEdit->setPlainText(m_settings->value(kLanKey).toStringList().join(u'\n'));
        m_systemPorts->setChecked(m_settings->value(kSystemKey, true).toBool());
        m_timeout->setValue(m_settings->value(kTimeoutKey, 1000).toInt());
        m_lanServices->setChecked(m_settings->value(kLanServicesKey, false).toBool());
    }

    auto *form = new QFormLayout;
    form->addRow(m_systemPorts);
    form->addRow(m_gpibBoards);
    form->addRow(m_lanServices);
    m_serialLabel->setBuddy(m_serialEdit);
    m_lanLabel->setBuddy(m_lanEdit);
    m_timeoutLabel->setBuddy(m_timeout);
    form->addRow(m_serialLabel, m_serialEdit);
    form->addRow(m_lanLabel, m_lanEdit);
    form->addRow(m_timeoutLabel, m_timeout);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_startButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_addButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(m_startButton, &QPushButton::clicked, this, &DiscoveryDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &DiscoveryDialog::cancel);
    connect(m_addButton, &QPushButton::clicked, this, &DiscoveryDialog::addFound);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_discovery, &BenchDiscovery::discovered, this, &DiscoveryDialog::onDiscovered);
    connect(m_discovery, &BenchDiscovery::finished, this, &DiscoveryDialog::onFinished);
    retranslateUi();
    updateButtons();
}

void DiscoveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DiscoveryDialog::retranslateUi()
{
    setWindowTitle(tr("Discover Instruments"));
    m_systemPorts->setText(tr("Probe the &system's serial ports"));
    m_gpibBoards->setText(tr("Probe the bench's &GPIB boards (addresses 1-30)"));
    m_lanServices->setText(tr("Probe the &LAN services announced (DNS-SD, VXI-11 broadcast)"));
    m_lanServices->setToolTip(tr("Instruments that announce themselves through DNS-SD "
                                 "(_lxi._tcp, _vxi-11._tcp, _scpi-raw._tcp, through the Avahi "
                                 "daemon) or answer the VXI-11 portmapper broadcast. Many "
                                 "instruments do neither: list those below."));
    m_serialEdit->setPlaceholderText(tr("/dev/ttyUSB0\nASRL/dev/ttyACM0::INSTR"));
    m_serialEdit->setToolTip(tr("More serial ports, one per line: a device path or an ASRL "
                                "resource"));
    m_lanEdit->setPlaceholderText(tr("192.168.1.5:5025\n192.168.1.5:5025-5030\n192.168.1.0/24\n"
                                     "TCPIP0::scope.lab::5025::SOCKET"));
    m_lanEdit->setToolTip(tr("LAN instruments, one per line: host:port, a port range "
                             "(host:5025-5030), a subnet (192.168.1.0/24, port 5025 unless "
                             "given) or a TCPIP resource; at most %1 addresses")
                              .arg(AddressRange::kMaxAddresses));
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setToolTip(tr("How long each address may take to answer *IDN?"));
    m_serialLabel->setText(tr("More serial &ports:"));
    m_lanLabel->setText(tr("&LAN addresses:"));
    m_timeoutLabel->setText(tr("&Timeout per probe:"));
    m_startButton->setText(tr("&Start"));
    m_cancelButton->setText(tr("S&top"));
    m_addButton->setText(tr("&Add Found to Bench"));
    m_table->setHorizontalHeaderLabels(
        {tr("Resource"), tr("Identity"), tr("Profile"), tr("Result")});
    m_table->setAccessibleName(tr("Discovered instruments"));
    for (int row = 0; row < m_table->rowCount(); ++row)
        fillRow(row);
    if (m_statusText)
        m_status->setText(m_statusText());
}

void DiscoveryDialog::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void DiscoveryDialog::fillRow(int row)
{
    const DiscoveredInstrument &result = m_results.at(row);
    QString profile;
    if (!result.profileId.isEmpty()) {
        const DriverProfile *p = m_profiles ? m_profiles->find(result.profileId) : nullptr;
        profile = p ? p->displayName() : result.profileId;
    } else if (result.found) {
        profile = tr("(no matching profile)");
    }
    const QString outcome =
        !result.onBenchAs.isEmpty()   ? tr("already on the bench as %1").arg(result.onBenchAs)
        : !result.found               ? result.error
        : m_addedAs.at(row).isEmpty() ? tr("Found")
                                      : tr("Added as %1").arg(m_addedAs.at(row));
    for (const auto &[column, text] :
         {std::pair{int(ProfileColumn), profile}, std::pair{int(ResultColumn), outcome}}) {
        QTableWidgetItem *item = m_table->item(row, column);
        item->setText(text);
        item->setToolTip(text);
    }
}

void DiscoveryDialog::setSerialPorts(const QStringList &ports)
{
    m_serialEdit->setPlainText(ports.join(u'\n'));
}

void DiscoveryDialog::setLanAddresses(const QStringList &addresses)
{
    m_lanEdit->setPlainText(addresses.join(u'\n'));
}

void DiscoveryDialog::setSystemSerialPorts(bool on)
{
    m_systemPorts->setChecked(on);
}

void DiscoveryDialog::setLanServices(bool on)
{
    m_lanServices->setChecked(on);
}

void DiscoveryDialog::setTimeoutMs(int ms)
{
    m_timeout->setValue(ms);
}

DiscoveryRequest DiscoveryDialog::request() const
{
    DiscoveryRequest r;
    r.systemSerialPorts = m_systemPorts->isChecked();
    r.serialPorts = lines(m_serialEdit);
    r.lanAddresses = lines(m_lanEdit);
    r.lanServices = m_lanServices->isChecked();
    if (m_gpibBoards->isChecked()) {
        for (const GpibBoardConfig &board : m_bench->gpibBoards())
            r.gpibBoards.append(board.board);
    }
    r.timeoutMs = m_timeout->value();
    return r;
}

bool DiscoveryDialog::start()
{
    if (m_id != 0)
        return false;
    QString why;
    QList<DiscoveredInstrument> skipped;
    const quint64 id = m_discovery->discover(request(), &why, &skipped);
    if (id == 0) {
        setStatus([why] { return tr("Nothing was probed: %1").arg(why); });
        return false;
    }
    saveSettings();
    m_id = id;
    m_results.clear();
    m_addedAs.clear();
    m_table->setRowCount(0);
    // Not probed, and said so: the address belongs to an instrument on the bench.
    for (const DiscoveredInstrument &onBench : std::as_const(skipped))
        appendRow(onBench);
    setStatus([] { return tr("Probing..."); });
    updateButtons();
    return true;
}

void DiscoveryDialog::cancel()
{
    if (m_id == 0)
        return;
    // The probes end as cancelled and still report, so discoveryFinished() closes the round.
    m_discovery->cancel();
    setStatus([] { return tr("Stopping..."); });
}

void DiscoveryDialog::onDiscovered(quint64 id, const DiscoveredInstrument &result)
{
    if (id != m_id)
        return;
    appendRow(result);
    updateButtons();
}

void DiscoveryDialog::appendRow(const DiscoveredInstrument &result)
{
    m_results.append(result);
    m_addedAs.append(QString());
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto set = [&](int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        m_table->setItem(row, column, item);
    };
    // A LAN note (no Avahi daemon...) has no resource: the column says where it comes from.
    set(ResourceColumn, result.resource.isEmpty() ? result.foundBy : result.resource);
    if (!result.foundBy.isEmpty())
        m_table->item(row, ResourceColumn)->setToolTip(tr("Found by %1").arg(result.foundBy));
    const Reading::Identity &i = result.identity;
    set(IdentityColumn, result.found ? QStringList{i.vendor, i.model, i.serial, i.firmware}.join(
                                           QLatin1String(", "))
                                     : QString());
    set(ProfileColumn, QString());
    set(ResultColumn, QString());
    fillRow(row);
    m_table->item(row, ResultColumn)
        ->setForeground(!result.onBenchAs.isEmpty() ? palette().color(QPalette::PlaceholderText)
                        : result.found              ? QColor(0x1b, 0x7a, 0x35)
                                                    : QColor(0xb0, 0x1e, 0x1e));
}

void DiscoveryDialog::onFinished(quint64 id, int probed, int found)
{
    if (id != m_id)
        return;
    m_id = 0;
    setStatus([probed, found] {
        return probed == 0 ? tr("Nothing to probe: every address is already on the bench "
                                "or none was given.")
                           : tr("Probed %n address(es), ", nullptr, probed) +
                                 tr("found %n instrument(s).", nullptr, found);
    });
    updateButtons();
    Q_EMIT finished(probed, found);
}

QString DiscoveryDialog::uniqueName(const QString &model, const QStringList &taken)
{
    QString base = model.trimmed();
    if (base.isEmpty())
        base = tr("Instrument");
    if (!taken.contains(base, Qt::CaseInsensitive))
        return base;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(base, QString::number(n));
        if (!taken.contains(name, Qt::CaseInsensitive))
            return name;
    }
}

QStringList DiscoveryDialog::addFound()
{
    QStringList added;
    QStringList problems;
    const DiscoveryRequest r = request();
    for (int i = 0; i < m_results.size(); ++i) {
        const DiscoveredInstrument &found = m_results.at(i);
        if (!found.found || !m_addedAs.at(i).isEmpty())
            continue;
        InstrumentConfig config;
        config.name = uniqueName(found.identity.model, m_bench->names());
        config.resource = found.resource;
        config.profileId = found.profileId;
        if (VisaResource::parse(found.resource).kind() == VisaResource::Kind::Serial)
            config.line = r.line;
        QString why;
        if (!m_bench->addInstrument(config, &why)) {
            problems.append(QStringLiteral("%1: %2").arg(found.resource, why));
            continue;
        }
        m_addedAs[i] = config.name;
        fillRow(i);
        added.append(config.name);
    }
    if (!added.isEmpty())
        m_bench->connectAll();
    const int count = int(added.size());
    setStatus([count, problems] {
        return problems.isEmpty() ? tr("Added %n instrument(s) to the bench.", nullptr, count)
                                  : tr("Not added: %1").arg(problems.join(QLatin1String("; ")));
    });
    updateButtons();
    if (!added.isEmpty())
        Q_EMIT instrumentsAdded(added);
    return added;
}

void DiscoveryDialog::updateButtons()
{
    const bool running = m_id != 0;
    bool addable = false;
    for (int i = 0; i < m_results.size(); ++i)
        addable = addable || (m_results.at(i).found && m_addedAs.at(i).isEmpty());
    m_startButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_addButton->setEnabled(addable);
    for (QWidget *w : {static_cast<QWidget *>(m_systemPorts), static_cast<QWidget *>(m_lanServices),
                       static_cast<QWidget *>(m_serialEdit), static_cast<QWidget *>(m_lanEdit),
                       static_cast<QWidget *>(m_timeout)})
        w->setEnabled(!running);
}

void DiscoveryDialog::saveSettings() const
{
    if (!m_settings)
        return;
    m_settings->setValue(kSerialKey, lines(m_serialEdit));
    m_settings->setValue(kLanKey, lines(m_lanEdit));
    m_settings->setValue(kSystemKey, m_systemPorts->isChecked());
    m_settings->setValue(kTimeoutKey, m_timeout->value());
    m_settings->setValue(kLanServicesKey, m_lanServices->isChecked());
}

} // namespace ld
