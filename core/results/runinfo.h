// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/reading.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ld {

/** What a run was set up with: the journal's first record and the CSV header block. */
struct RunInfo
{
    struct Instrument
    {
        QString name;
        QString resource;
        Reading::Identity identity;
        bool operator==(const Instrument &o) const
        {
            return name == o.name && resource == o.resource && identity == o.identity;
        }
    };

    QString runId; ///< also the run's folder name: letters, digits, '-', '_', '.' only
    QString appVersion;
    qint64 startedWallNs = 0; ///< UTC ns since the epoch
    qint64 startedMonoNs = 0; ///< ld::monotonicNowNs(); elapsed times count from here
    QString bench;
    QList<Instrument> instruments;
    int cap = 0; ///< at the start; changes during the run are CapChange records
    QStringList operations;
    /** The plan the run carries out, as JSON text; opaque to the journal, empty for none. */
    QByteArray plan;
    /**
     * What started a run that is neither a plan nor a Run press: kSourceFrontPanel (what the
     * user did by hand on an instrument's front panel), kSourceOutputsOff; empty otherwise.
     */
    QString source;

    /** A front panel's hands-on run: its actions' readings, one instrument. */
    static constexpr const char *kSourceFrontPanel = "front panel";
    /** "All outputs off" in the window: the safe state each instrument got, and how it went. */
    static constexpr const char *kSourceOutputsOff = "all outputs off";

    bool operator==(const RunInfo &o) const
    {
        return runId == o.runId && appVersion == o.appVersion && startedWallNs == o.startedWallNs &&
               startedMonoNs == o.startedMonoNs && bench == o.bench &&
               instruments == o.instruments && cap == o.cap && operations == o.operations &&
               plan == o.plan && source == o.source;
    }
};

/** The user moved the cap during a run: journaled as it happens, between the readings. */
struct CapChange
{
    qint64 wallNs = 0; ///< UTC ns since the epoch
    qint64 monoNs = 0; ///< ld::monotonicNowNs(), comparable with RunInfo::startedMonoNs
    int cap = 0;       ///< the new cap
    bool operator==(const CapChange &o) const
    {
        return wallNs == o.wallNs && monoNs == o.monoNs && cap == o.cap;
    }
};

/** The closing record: its presence is what marks a run as not interrupted. */
struct RunEnd
{
    enum class Outcome : quint8 {
        Completed, ///< every planned job reached a final state
        Stopped,   ///< the user or a shutdown ended the run early
        Recovered, ///< closed after the fact, when an interrupted run was recovered
        /**
         * Closed after the fact once the safe state was applied to every instrument of the
         * interrupted run that has one (`labdispatch safe`, the window's Apply Safe State):
         * still an interrupted run, but no longer offered for its safe state.
         */
        SafeStateApplied,
    };
    Outcome outcome = Outcome::Completed;
    qint64 endedWallNs = 0;
    qint64 endedMonoNs = 0;
    quint64 readings = 0; ///< readings the writer had appended
};

} // namespace ld
