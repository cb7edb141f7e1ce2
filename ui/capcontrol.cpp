// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "capcontrol.h"

#include "scheduler/dispatcher.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

#include <algorithm>

namespace ld {

CapControl::CapControl(Dispatcher *dispatcher, QWidget *parent)
    : QWidget(parent)
    , m_dispatcher(dispatcher)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new QSpinBox(this))
    , m_label(new QLabel(this))
{
    m_label->setBuddy(m_slider);
    m_slider->setRange(Dispatcher::kMinCap, kSliderMax);
    m_slider->setPageStep(8);
    m_spin->setRange(Dispatcher::kMinCap, Dispatcher::kMaxCap);
    retranslate();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);

    const int initial = m_dispatcher->cap();
    m_spin->setValue(initial);
    m_slider->setValue(std::min(initial, kSliderMax));
    connect(m_slider, &QSlider::valueChanged, this, &CapControl::apply);
    connect(m_spin, &QSpinBox::valueChanged, this, &CapControl::apply);
}

int CapControl::cap() const
{
    return m_spin->value();
}

void CapControl::setCap(int cap)
{
    apply(std::clamp(cap, int(Dispatcher::kMinCap), int(Dispatcher::kMaxCap)));
}

void CapControl::apply(int cap)
{
    {
        const QSignalBlocker blockSlider(m_slider);
        const QSignalBlocker blockSpin(m_spin);
        m_spin->setValue(cap);
        m_slider->setValue(std::min(cap, kSliderMax));
    }
    if (m_dispatcher->cap() == cap)
        return;
    m_dispatcher->setCap(cap);
    Q_EMIT capChanged(cap);
}

void CapControl::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CapControl::retranslate()
{
    m_label->setText(tr("&Cap:"));
    m_slider->setAccessibleName(tr("Concurrency cap"));
    m_spin->setAccessibleName(tr("Concurrency cap"));
    const QString tip = tr("At most this many jobs run at once, across all instruments. "
                           "Changes apply at once, also while jobs run.");
    for (QWidget *w : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_slider),
                       static_cast<QWidget *>(m_spin)})
        w->setToolTip(tip);
}

} // namespace ld
