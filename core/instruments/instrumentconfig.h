// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/serialsettings.h"
#include "results/reading.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ld {

/** Where an instrument is in its life. The UI shows each with a colour *and* a glyph. */
enum class InstrumentState {
    Disabled,     ///< the user switched it off; nothing is sent
    Offline,      ///< not connected (never tried, or given up)
    Connecting,   ///< opening the port and asking *IDN?
    Idle,         ///< connected, identified, no job running
    Busy,         ///< a job is running on it
    Error,        ///< the last job failed, or the wrong instrument answers on its port
    Reconnecting, ///< the link was lost; retrying with backoff
};

/** Stable lower-case identifier ("idle", "reconnecting") for files, logs and the CLI. */
QString instrumentStateName(InstrumentState state);
/** Translated display name ("Idle", "Reconnecting"). */
QString instrumentStateText(InstrumentState state);

/** One instrument on a bench as the user configures it; what a bench file stores. */
struct InstrumentConfig
{
    Q_DECLARE_TR_FUNCTIONS(ld::InstrumentConfig)

public:
    /**
     * Who must answer `*IDN?` on the resource for it to be this instrument (bench file key
     * "expect"). An empty field is not checked; all empty pins nothing. A port renumbered under
     * another instrument is then an error, not silently someone else's readings.
     */
    struct Expected
    {
        QString vendor;
        QString model;
        QString serial;

        bool isEmpty() const { return vendor.isEmpty() && model.isEmpty() && serial.isEmpty(); }
        bool matches(const Reading::Identity &found) const;
        /** The pinned fields in words: "vendor ACME, serial 123". */
        QString toString() const;
        friend bool operator==(const Expected &a, const Expected &b)
        {
            return a.vendor == b.vendor && a.model == b.model && a.serial == b.serial;
        }
    };

    QString name;        ///< unique on the bench; also the dispatcher key
    QString resource;    ///< VISA resource string (ASRL...::INSTR or TCPIP...::SOCKET)
    SerialSettings line; ///< line settings for serial; terminators for both kinds
    QString profileId;   ///< empty: chosen by matching *IDN?
    bool enabled = true;
    int timeoutMs = 2000;   ///< per query
    bool simulated = false; ///< served by the built-in simulator (shown as such)
    Expected expect;        ///< identity pins, checked on every connect and reconnect

    /** Name, resource (parsed), line settings and timeout; `error` says which and why. */
    bool validate(QString *error = nullptr) const;
    QVariantMap toVariantMap() const;
    static std::optional<InstrumentConfig> fromVariantMap(const QVariantMap &map,
                                                          QString *error = nullptr);
};

/** A snapshot of one instrument for views and the command line. */
struct InstrumentStatus
{
    InstrumentConfig config;
    InstrumentState state = InstrumentState::Offline;
    Reading::Identity identity;
    QString profileId;   ///< the profile in use (configured or matched)
    QString profileName; ///< its display name
    QString lastError;
    Reading lastReading;
    qint64 jobsDone = 0;
    qint64 jobsFailed = 0;
};

/** Something the user should see in the log: failures, timeouts, reconnects. */
struct BenchEvent
{
    enum class Severity { Info, Warning, Error };
    qint64 wallNs = 0;
    Severity severity = Severity::Info;
    QString instrument; ///< empty for bench-wide events
    QString text;
    /** About the instrument's connection (lost, refused, back), not one job's result. */
    bool aboutLink = false;
};

} // namespace ld

Q_DECLARE_METATYPE(ld::InstrumentStatus)
Q_DECLARE_METATYPE(ld::BenchEvent)
