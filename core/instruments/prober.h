// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/bench_p.h"
#include "io/serialsettings.h"
#include "scheduler/jobspec.h"

#include <QObject>

namespace ld {
class GpibController;
class ScpiSession;
class ProfileRegistry;

namespace detail {

/**
 * One discovery probe, on an I/O thread: opens `resource`, asks *IDN? once, closes, and
 * finishes its job with what it found. Deletes itself when done. Never touches a port that
 * is on the bench (the Bench filters those out before probing). A GPIB address is probed
 * through its board's `controller`, which lives on the prober's thread.
 */
class Prober : public QObject
{
    Q_OBJECT
public:
    Prober(QString resource, SerialSettings line, int timeoutMs, const ProfileRegistry *profiles,
           JobContext ctx, GpibController *controller = nullptr);
    ~Prober() override;
    void start();

private:
    void finish(bool ok, const QVariantMap &found, const QString &error);

    QString m_resource;
    SerialSettings m_line;
    int m_timeoutMs;
    const ProfileRegistry *m_profiles;
    JobContext m_ctx;
    GpibController *m_controller;
    ScpiSession *m_session = nullptr; // child
    bool m_done = false;
    std::shared_ptr<ObjectAnchor> m_anchor = std::make_shared<ObjectAnchor>();
};

} // namespace detail
} // namespace ld
