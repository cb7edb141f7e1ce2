// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gaugepanel.h"

#include "gauge.h"

#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ld {

namespace {
// A scale that only moves in 1-2-5 steps, so bars do not jitter with every tick.
double niceCeiling(double v)
{
    if (v <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (v <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}
} // namespace

GaugePanel::GaugePanel(QWidget *parent)
    : QWidget(parent)
    , m_queued(new Gauge(QString(), this))
    , m_running(new Gauge(QString(), this))
    , m_rateGauge(new Gauge(QString(), this))
    , m_failures(new Gauge(QString(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    for (Gauge *g : {m_queued, m_running, m_rateGauge, m_failures})
        layout->addWidget(g);
    layout->addStretch();
    m_queued->setColor(QColor(0x78, 0x90, 0x9c));
    m_running->setColor(QColor(0x1f, 0x6f, 0xd1));
    m_rateGauge->setColor(QColor(0x2e, 0x9e, 0x44));
    m_failures->setColor(QColor(0xd3, 0x2f, 0x2f));
    retranslate();
    m_clock.start();
}

void GaugePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_dirty = true; // the value texts are translated too: redo them at the next tick
    }
    QWidget::changeEvent(event);
}

void GaugePanel::retranslate()
{
    m_queued->setTitle(tr("Queued jobs"));
    m_running->setTitle(tr("Running jobs"));
    m_rateGauge->setTitle(tr("Jobs done per second"));
    m_failures->setTitle(tr("Failed run jobs"));
    m_running->setToolTip(tr("Jobs running now; the red line is the cap, on the same scale"));
}

void GaugePanel::setCounters(const DispatcherCounters &counters)
{
    m_latest = counters;
    m_dirty = true;
}

void GaugePanel::countReading(const Reading &reading)
{
    switch (reading->status) {
    case JobStatus::Succeeded:
        ++m_runJobsOk;
        break;
    case JobStatus::TimedOut:
        ++m_runJobsTimedOut;
        ++m_runJobsFailed;
        break;
    case JobStatus::Cancelled:
        return;
    default:
        ++m_runJobsFailed;
        break;
    }
    m_dirty = true;
}

void GaugePanel::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 finished = m_latest.finished();
    bool rateChanged = false;
    if (m_lastFinished < 0) {
        m_lastFinished = finished;
        m_lastTickNs = now;
    } else if (now - m_lastTickNs >= 250'000'000) {
        // Quarter-second steps smoothed over about a second: steady to read, quick to follow.
        const double instant = double(finished - m_lastFinished) * 1e9 / double(now - m_lastTickNs);
        const double smoothed = m_rate * 0.5 + instant * 0.5;
        const double next = std::abs(smoothed) < 0.05 ? 0.0 : smoothed;
        rateChanged = next != m_rate;
        m_rate = next;
        m_lastFinished = finished;
        m_lastTickNs = now;
    }
    if (!m_dirty && !rateChanged)
        return;
    m_dirty = false;
    ++m_updates;

    const QLocale locale;
    m_queuedScale = std::max(m_queuedScale, niceCeiling(double(m_latest.queued)));
    m_queued->setMaximum(m_queuedScale);
    m_queued->setScaleText(locale.toString(m_queuedScale));
    m_queued->setValue(double(m_latest.queued), locale.toString(m_latest.queued));

    const double runningScale =
        niceCeiling(std::max<double>(m_latest.cap, double(m_latest.running)) * 1.25);
    m_running->setMaximum(runningScale);
    m_running->setScaleText(locale.toString(runningScale));
    m_running->setMarker(m_latest.cap, tr("cap %1").arg(locale.toString(m_latest.cap)));
    m_running->setValue(
        double(m_latest.running),
        tr("%1 of %2").arg(locale.toString(m_latest.running), locale.toString(m_latest.cap)));

    m_rateScale = std::max(m_rateScale, niceCeiling(m_rate));
    m_rateGauge->setMaximum(m_rateScale);
    m_rateGauge->setScaleText(tr("%1/s").arg(locale.toString(m_rateScale)));
    m_rateGauge->setValue(m_rate, locale.toString(m_rate, 'f', m_rate < 10 ? 1 : 0));

    const qint64 all = m_runJobsOk + m_runJobsFailed;
    m_failures->setMaximum(1.0);
    m_failures->setScaleText(tr("100 %"));
    m_failures->setValue(
        all > 0 ? double(m_runJobsFailed) / double(all) : 0.0,
        tr("%1 of %2").arg(locale.toString(m_runJobsFailed), locale.toString(all)));
}

} // namespace ld
