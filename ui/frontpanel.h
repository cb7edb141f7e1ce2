// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"
#include "plans/runrequest.h"
#include "results/reading.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <QtNumeric>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ld {

class RunController;
class RunEngine;

/**
 * One instrument operated by hand, generated from its profile: a tile per measurement (read
 * on demand, or all of them on an interval), a setpoint input per `set` operation with one
 * number (bounded by the profile's limits, with its read-back beside it) and a toggle per
 * `set` operation with an on/off state. Every action is a run of the engine, so its jobs go
 * through the dispatcher like any other: the cap and one job per instrument hold while runs
 * go on other instruments. The RunController journals them all in the instrument's hands-on
 * run, which ends when the panel closes. Widgets are named "Read:<operation>",
 * "Reading:<operation>", "Setpoint:<operation>", "Set:<operation>", "Readback:<operation>",
 * "Output:<operation>".
 */
class FrontPanel : public QWidget
{
    Q_OBJECT
public:
    /** Hands-on jobs go ahead of a run's queued jobs on the same instrument. */
    static constexpr int kPriority = 1000;

    /**
     * `profile` must outlive the panel (profiles live as long as the registry). Actions start
     * through `runs` (journaled); the panel's interval reads are cancelled on `engine` when it
     * closes.
     */
    FrontPanel(const QString &instrument, const DriverProfile &profile, RunEngine *engine,
               RunController *runs, QWidget *parent = nullptr);
    ~FrontPanel() override;

    QString instrument() const { return m_instrument; }
    /** The channel the operations with a `channel` parameter address. */
    int channel() const;
    /** The newest value read for a measurement or read-back operation; NaN before any. */
    double lastValue(const QString &operation) const { return m_values.value(operation, qQNaN()); }

    /** Reads one measurement now. False with the reason in the status line when refused. */
    bool read(const QString &operation);
    /** Sends the setpoint of a set operation, then reads it back when the profile can. */
    bool set(const QString &operation, double value);
    bool switchOutput(const QString &operation, bool on);

Q_SIGNALS:
    /** A value arrived for `operation` (a measurement or a read-back). */
    void valueRead(const QString &operation, double value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    /** Starts a one-job run of `operation` with `parameters` (channel added); its id or 0. */
    quint64 send(const QString &operation, QVariantMap parameters, int intervalMs = 0);
    void display(const QString &operation, const Reading &reading);
    void setAutoRead(bool on);
    void setStatus(const QString &text, bool error);

    QString m_instrument;
    const DriverProfile &m_profile;
    RunEngine *m_engine;
    /** Guarded: the window's controller may go before its panels when the window closes. */
    QPointer<RunController> m_runs;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QSpinBox *m_channel = nullptr;
    QCheckBox *m_auto = nullptr;
    QSpinBox *m_autoInterval = nullptr;
    QList<quint64> m_autoRuns;
    QStringList m_measures; ///< the tiles' operations
    QHash<QString, double> m_values;
    QHash<QString, QLabel *> m_valueLabels; ///< by operation: measurements and read-backs
    QHash<QString, QDoubleSpinBox *> m_setpoints;
    QHash<QString, QPushButton *> m_outputs;
    QList<QPushButton *> m_readButtons;
    QList<QPushButton *> m_setButtons;
    QLabel *m_channelLabel = nullptr;
    QGroupBox *m_readingsBox = nullptr;
    QGroupBox *m_setpointsBox = nullptr;
    QGroupBox *m_outputsBox = nullptr;
};

} // namespace ld
