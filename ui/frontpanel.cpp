// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontpanel.h"

#include "runcontroller.h"

#include "plans/runengine.h"
#include "plans/runtarget.h"
#include "results/engineeringformat.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace ld {

namespace {

const QString kChannel = QStringLiteral("channel");

/** The parameters of `op` the user sets: all but the channel. */
QList<DriverProfile::Parameter> ownParameters(const DriverProfile::Operation &op)
{
    QList<DriverProfile::Parameter> out;
    for (const DriverProfile::Parameter &p : op.parameters)
        if (p.name != kChannel)
            out.append(p);
    return out;
}

/** The "on" and "off" spellings of a two-valued enum, or empty when it is no switch. */
std::pair<QString, QString> switchValues(const DriverProfile::Parameter &p)
{
    if (p.type != DriverProfile::ParameterType::Enum || p.enumValues.size() != 2)
        return {};
    static const QStringList on = {QStringLiteral("ON"), QStringLiteral("1"),
                                   QStringLiteral("TRUE")};
    static const QStringList off = {QStringLiteral("OFF"), QStringLiteral("0"),
                                    QStringLiteral("FALSE")};
    for (int i = 0; i < 2; ++i)
        if (on.contains(p.enumValues.at(i), Qt::CaseInsensitive) &&
            off.contains(p.enumValues.at(1 - i), Qt::CaseInsensitive))
            return {p.enumValues.at(i), p.enumValues.at(1 - i)};
    return {};
}

bool isNumber(const DriverProfile::Parameter &p)
{
    return p.type == DriverProfile::ParameterType::Double ||
           p.type == DriverProfile::ParameterType::Int;
}

QString operationName(const DriverProfile::Operation &op)
{
    return op.name.isEmpty() ? op.id : op.name;
}

} // namespace

FrontPanel::FrontPanel(const QString &instrument, const DriverProfile &profile, RunEngine *engine,
                       RunController *runs, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_instrument(instrument)
    , m_profile(profile)
    , m_engine(engine)
    , m_runs(runs)
{
    setObjectName(QStringLiteral("FrontPanel"));
    setAttribute(Qt::WA_DeleteOnClose);
    build();
    retranslate();
}

FrontPanel::~FrontPanel()
{
    // Its interval reads are runs of the engine: they end with the panel.
    for (quint64 id : std::as_const(m_autoRuns))
        m_engine->cancelRun(id);
    if (m_runs)
        m_runs->endHandsOn(m_instrument);
}

void FrontPanel::build()
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("Title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    bool channels = false;
    for (const DriverProfile::Operation &op : m_profile.operations)
        channels = channels || op.parameter(kChannel);
    if (channels && m_profile.channels > 1) {
        auto *row = new QHBoxLayout;
        m_channelLabel = new QLabel(this);
        m_channel = new QSpinBox(this);
        m_channel->setObjectName(QStringLiteral("Channel"));
        m_channel->setRange(1, m_profile.channels);
        m_channelLabel->setBuddy(m_channel);
        row->addWidget(m_channelLabel);
        row->addWidget(m_channel);
        row->addStretch(1);
        layout->addLayout(row);
    }

    // Readback tiles: every measurement that needs nothing but a channel and gives a number.
    m_readingsBox = new QGroupBox(this);
    auto *tiles = new QGridLayout(m_readingsBox);
    int tile = 0;
    for (const DriverProfile::Operation &op : m_profile.operations) {
        if (op.kind != DriverProfile::OperationKind::Measure ||
            op.reply != DriverProfile::ReplyType::Number)
            continue;
        const auto own = ownParameters(op);
        if (std::any_of(own.cbegin(), own.cend(),
                        [](const auto &p) { return !p.defaultValue.isValid(); }))
            continue;
        auto *frame = new QFrame(m_readingsBox);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(frame);
        auto *name = new QLabel(operationName(op), frame);
        auto *value = new QLabel(QStringLiteral("—"), frame);
        value->setObjectName(QStringLiteral("Reading:") + op.id);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.8);
        value->setFont(f);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setMinimumWidth(
            value->fontMetrics().horizontalAdvance(QStringLiteral("-000.000 mV")));
        auto *button = new QPushButton(frame);
        button->setObjectName(QStringLiteral("Read:") + op.id);
        m_readButtons.append(button);
        connect(button, &QPushButton::clicked, this, [this, id = op.id] { read(id); });
        v->addWidget(name);
        v->addWidget(value);
        v->addWidget(button, 0, Qt::AlignRight);
        tiles->addWidget(frame, tile / 2, tile % 2);
        m_valueLabels.insert(op.id, value);
        m_measures.append(op.id);
        ++tile;
    }
    if (tile > 0) {
        auto *row = new QHBoxLayout;
        m_auto = new QCheckBox(m_readingsBox);
        m_auto->setObjectName(QStringLiteral("AutoRead"));
        m_autoInterval = new QSpinBox(m_readingsBox);
        m_autoInterval->setObjectName(QStringLiteral("AutoInterval"));
        m_autoInterval->setRange(100, 3'600'000);
        m_autoInterval->setSingleStep(100);
        m_autoInterval->setValue(1000);
        m_autoInterval->setSuffix(QStringLiteral(" ms"));
        row->addWidget(m_auto);
        row->addWidget(m_autoInterval);
        row->addStretch(1);
        tiles->addLayout(row, (tile + 1) / 2, 0, 1, 2);
        connect(m_auto, &QCheckBox::toggled, this, &FrontPanel::setAutoRead);
        connect(m_autoInterval, &QSpinBox::valueChanged, this, [this] {
            if (m_auto->isChecked()) {
                setAutoRead(false);
                setAutoRead(true);
            }
        });
        layout->addWidget(m_readingsBox);
    } else {
        m_readingsBox->hide();
    }

    // Setpoints: set operations with one number; outputs: set operations with an on/off state.
    m_setpointsBox = new QGroupBox(this);
    auto *setpoints = new QGridLayout(m_setpointsBox);
    m_outputsBox = new QGroupBox(this);
    auto *outputs = new QHBoxLayout(m_outputsBox);
    for (const DriverProfile::Operation &op : m_profile.operations) {
        if (op.kind != DriverProfile::OperationKind::Set)
            continue;
        const auto own = ownParameters(op);
        if (own.size() != 1)
            continue;
        const DriverProfile::Parameter &p = own.constFirst();
        if (isNumber(p)) {
            const int row = setpoints->rowCount();
            auto *spin = new QDoubleSpinBox(m_setpointsBox);
            spin->setObjectName(QStringLiteral("Setpoint:") + op.id);
            spin->setDecimals(p.type == DriverProfile::ParameterType::Int ? 0 : 4);
            // The profile's limits bound what can be typed: nothing outside reaches a job.
            spin->setRange(p.min.value_or(-1e9), p.max.value_or(1e9));
            spin->setValue(p.defaultValue.isValid() ? p.defaultValue.toDouble() : spin->minimum());
            if (!p.unit.isEmpty())
                spin->setSuffix(QLatin1Char(' ') + p.unit);
            spin->setKeyboardTracking(false);
            QString range;
            if (p.min && p.max)
                range = QStringLiteral("%1 … %2").arg(EngineeringFormat::format(*p.min, p.unit),
                                                      EngineeringFormat::format(*p.max, p.unit));
            spin->setToolTip(range);
            auto *button = new QPushButton(m_setpointsBox);
            button->setObjectName(QStringLiteral("Set:") + op.id);
            m_setButtons.append(button);
            connect(button, &QPushButton::clicked, this,
                    [this, id = op.id, spin] { set(id, spin->value()); });
            auto *readback = new QLabel(QStringLiteral("—"), m_setpointsBox);
            readback->setObjectName(QStringLiteral("Readback:") + op.id);
            auto *limits = new QLabel(range, m_setpointsBox);
            limits->setEnabled(false);
            setpoints->addWidget(new QLabel(operationName(op), m_setpointsBox), row, 0);
            setpoints->addWidget(spin, row, 1);
            setpoints->addWidget(button, row, 2);
            setpoints->addWidget(readback, row, 3);
            setpoints->addWidget(limits, row, 4);
            m_setpoints.insert(op.id, spin);
            if (!op.readback.isEmpty())
                m_valueLabels.insert(op.readback, readback);
        } else if (!switchValues(p).first.isEmpty()) {
            auto *button = new QPushButton(operationName(op), m_outputsBox);
            button->setObjectName(QStringLiteral("Output:") + op.id);
            button->setCheckable(true);
            // On reads as on from across the room.
            button->setStyleSheet(
                QStringLiteral("QPushButton:checked { background: #2e7d32; color: white; }"));
            connect(button, &QPushButton::clicked, this,
                    [this, id = op.id](bool on) { switchOutput(id, on); });
            outputs->addWidget(button);
            m_outputs.insert(op.id, button);
        }
    }
    outputs->addStretch(1);
    if (m_setpoints.isEmpty())
        m_setpointsBox->hide();
    else
        layout->addWidget(m_setpointsBox);
    if (m_outputs.isEmpty())
        m_outputsBox->hide();
    else
        layout->addWidget(m_outputsBox);
    layout->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("Status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
}

void FrontPanel::retranslate()
{
    setWindowTitle(tr("%1 - Front Panel").arg(m_instrument));
    m_title->setText(tr("%1 (%2)").arg(m_instrument, m_profile.displayName()));
    if (m_channelLabel)
        m_channelLabel->setText(tr("&Channel:"));
    m_readingsBox->setTitle(tr("Readings"));
    m_setpointsBox->setTitle(tr("Setpoints"));
    m_outputsBox->setTitle(tr("Outputs"));
    for (QPushButton *b : std::as_const(m_readButtons))
        b->setText(tr("Read"));
    for (QPushButton *b : std::as_const(m_setButtons))
        b->setText(tr("Set"));
    if (m_auto)
        m_auto->setText(tr("Read all every"));
    for (auto it = m_outputs.cbegin(); it != m_outputs.cend(); ++it) {
        const DriverProfile::Operation *op = m_profile.operation(it.key());
        it.value()->setText((it.value()->isChecked() ? tr("%1: on") : tr("%1: off"))
                                .arg(op ? operationName(*op) : it.key()));
    }
}

void FrontPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

int FrontPanel::channel() const
{
    return m_channel ? m_channel->value() : 1;
}

void FrontPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

quint64 FrontPanel::send(const QString &operation, QVariantMap parameters, int intervalMs)
{
    const DriverProfile::Operation *op = m_profile.operation(operation);
    if (op && op->parameter(kChannel) && !parameters.contains(kChannel))
        parameters.insert(kChannel, channel());
    RunRequest request;
    request.instruments = {m_instrument};
    request.operation = operation;
    request.parameters = parameters;
    request.intervalMs = intervalMs;
    request.priority = kPriority;
    QString why;
    if (const QString refused = request.refusal(); !refused.isEmpty()) {
        setStatus(refused, true);
        return 0;
    }
    // The reading comes back on this (the engine's) thread; the panel may be gone by then.
    QPointer<FrontPanel> self(this);
    const auto onReading = [self, operation](const Reading &r) {
        if (self)
            self->display(operation, r);
    };
    const quint64 id = m_runs ? m_runs->startHandsOn(request, &why, onReading) : 0;
    if (id == 0)
        setStatus(why, true);
    return id;
}

void FrontPanel::display(const QString &operation, const Reading &reading)
{
    if (reading->status != JobStatus::Succeeded) {
        if (reading->status != JobStatus::Cancelled)
            setStatus(
                tr("%1: %2 (%3)").arg(operation, reading->error, jobStatusName(reading->status)),
                true);
        return;
    }
    const double *v = std::get_if<double>(&reading->value);
    QLabel *label = m_valueLabels.value(operation);
    if (!v) {
        setStatus(tr("%1 done").arg(operation), false);
        return;
    }
    m_values.insert(operation, *v);
    if (label)
        label->setText(EngineeringFormat::format(*v, reading->unit, QLocale(), 6));
    setStatus(QString(), false);
    Q_EMIT valueRead(operation, *v);
}

bool FrontPanel::read(const QString &operation)
{
    return send(operation, {}) != 0;
}

bool FrontPanel::set(const QString &operation, double value)
{
    const DriverProfile::Operation *op = m_profile.operation(operation);
    if (!op)
        return false;
    const auto own = ownParameters(*op);
    if (own.size() != 1)
        return false;
    QVariantMap parameters{{own.constFirst().name, value}};
    if (send(operation, parameters) == 0)
        return false;
    // Queued behind the set on the same instrument (one job at a time, same priority): it
    // reads what the set left.
    if (!op->readback.isEmpty()) {
        parameters.remove(own.constFirst().name);
        send(op->readback, parameters);
    }
    return true;
}

bool FrontPanel::switchOutput(const QString &operation, bool on)
{
    const DriverProfile::Operation *op = m_profile.operation(operation);
    QPushButton *button = m_outputs.value(operation);
    if (!op || !button)
        return false;
    const auto own = ownParameters(*op);
    const auto [onValue, offValue] = switchValues(own.constFirst());
    const QVariantMap parameters{{own.constFirst().name, on ? onValue : offValue}};
    // The controller remembers the output as on or off, so quitting can warn about it.
    const bool sent = send(operation, parameters) != 0;
    button->setChecked(sent ? on : !on);
    retranslate();
    return sent;
}

void FrontPanel::setAutoRead(bool on)
{
    for (quint64 id : std::as_const(m_autoRuns))
        m_engine->cancelRun(id);
    m_autoRuns.clear();
    if (!on)
        return;
    for (const QString &operation : std::as_const(m_measures))
        if (const quint64 id = send(operation, {}, m_autoInterval->value()))
            m_autoRuns.append(id);
}

} // namespace ld
