// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchstartup.h"

#include "instruments/bench.h"
#include "instruments/benchfile.h"
#include "io/boundedfile.h"
#include "sim/simbench.h"

#include <QSettings>

namespace ld {

bool BenchStartup::openFile(const QString &path, Bench *bench, QString *error)
{
    QString why;
    const std::optional<QByteArray> json = BoundedFile::read(path, BenchFile::kMaxFileBytes, &why);
    if (!json || !BenchFile::load(bench, *json, &why)) {
        if (error)
            *error = tr("%1: %2").arg(path, why);
        return false;
    }
    return true;
}

bool BenchStartup::openSimulated(SimBench *sim, const ProfileRegistry &profiles, Bench *bench,
                                 QSettings *settings, QString *error)
{
    QString why;
    if (!sim->isRunning()) {
        const auto specs = SimBench::load(QStringLiteral("demo"), &why);
        if (!specs || !sim->start(profiles, *specs, &why)) {
            if (error)
                *error = tr("The simulated bench did not start: %1").arg(why);
            return false;
        }
    }
    const QStringList names = bench->names();
    for (const QString &name : names)
        bench->removeInstrument(name);
    if (!sim->addInstrumentsTo(bench, 2000, SimBench::ProfileChoice::Pinned, &why)) {
        if (error)
            *error = tr("The simulated bench did not start: %1").arg(why);
        return false;
    }
    bench->setBenchName(tr("Demo bench"));
    if (settings) {
        settings->remove(QLatin1String(kLastBenchKey));
        settings->sync();
    }
    return true;
}

BenchStartup::Result BenchStartup::open(const QString &path, QSettings *settings, SimBench *sim,
                                        const ProfileRegistry &profiles, Bench *bench)
{
    Result result;
    if (!path.isEmpty()) {
        result.ok = openFile(path, bench, &result.error);
        result.path = path;
        if (result.ok && settings)
            settings->setValue(QLatin1String(kLastBenchKey), path);
        return result;
    }
    const QString last =
        settings ? settings->value(QLatin1String(kLastBenchKey)).toString() : QString();
    if (!last.isEmpty()) {
        QString why;
        if (openFile(last, bench, &why)) {
            result.ok = true;
            result.path = last;
            return result;
        }
        result.notice = tr("The last bench file did not open, so the simulated bench is shown "
                           "(File > Open Bench to try again): %1")
                            .arg(why);
    }
    // Not forgotten when it fails (no settings passed on): it may be on a drive that is back
    // next time.
    result.ok = openSimulated(sim, profiles, bench, nullptr, &result.error);
    result.simulated = true;
    return result;
}

} // namespace ld
