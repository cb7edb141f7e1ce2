// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <optional>
#include <random>

namespace ld {

/**
 * The SCPI behaviour of one simulated instrument, generated from its driver profile: every
 * operation, the IEEE 488.2 common commands and an error queue. Pure logic without I/O, so
 * tests can drive it directly; SimServer puts it on a wire. Values come from a seeded
 * generator: the same seed and the same commands give the same replies. Not thread-safe:
 * one thread (the bench's) drives it and every instrument wired to it.
 */
class SimInstrument
{
public:
    struct Identity
    {
        QString vendor;
        QString model;
        QString serial;
        QString firmware;
    };

    SimInstrument(DriverProfile profile, quint64 seed, const QString &serial = {});
    Q_DISABLE_COPY_MOVE(SimInstrument) // Matchers point into m_profile.

    const DriverProfile &profile() const { return m_profile; }
    Identity identity() const { return m_identity; }
    void setIdentity(const Identity &identity) { m_identity = identity; }

    /**
     * Runs one program message (no terminator; `;` separates commands). Returns the reply
     * without terminator, or nullopt when no command in it is a query.
     */
    std::optional<QByteArray> handle(const QByteArray &message);

    /**
     * Makes operations marked `"sim": {"wired": true}` read `operationId` of `source` (which
     * must outlive this and run on the same thread), e.g. a DMM across a supply channel.
     */
    void wire(SimInstrument *source, const QString &operationId, int channel);

    /**
     * The monotonic clock (nanoseconds) that readings following a setpoint (`"follow"` hint)
     * advance by; the default is ReplyClock::nowNs. Tests set their own and step it.
     */
    void setClock(std::function<qint64()> nowNs);
    /**
     * Overrides the `timeConstantMs` hint of every reading that follows a setpoint (the bench
     * entry's `timeConstantMs`). Returns false when no reading of the profile follows one.
     */
    bool setTimeConstantMs(int ms);

    /** The value `operationId` would read now on `channel`, with or without noise. */
    double evaluate(const QString &operationId, int channel, bool withNoise = true);

    /** Appends to the error queue (used by the server, e.g. for an input overrun). */
    void pushError(int code, const QString &text);
    int errorCount() const { return int(m_errors.size()); }
    /** *RST: settings back to their defaults (drifting environment values carry on). */
    void reset();

private:
    struct Matcher
    {
        const DriverProfile::Operation *op = nullptr;
        QRegularExpression full;
        QRegularExpression headerOnly; ///< The part before the first parameter, for -109.
        QStringList names;             ///< Parameter names in capture order.
    };
    enum class Outcome { Done, Reply, Error };
    /** What a command's text matched; a pure function of the text, so it can be cached. */
    struct Parsed
    {
        enum class Kind { ErrorQuery, ErrorCount, Operation, MissingParameter, Undefined };
        Kind kind = Kind::Undefined;
        qsizetype matcher = -1; ///< index into m_matchers for Operation
        QStringList captures;   ///< Operation's captured parameters
    };
    Parsed parse(const QByteArray &command) const;

    Outcome runCommon(const QByteArray &command, QByteArray *reply);
    Outcome runOperation(const QByteArray &command, QByteArray *reply);
    Outcome execute(const Matcher &matcher, const QStringList &captures, QByteArray *reply);
    QByteArray replyFor(const DriverProfile::Operation &op, int channel, const QVariantMap &args);
    QList<double> sequence(const DriverProfile::Operation &op, int channel,
                           const QVariantMap &args);
    double evaluateOp(const DriverProfile::Operation &op, int channel, bool withNoise);
    QVariant stateValue(const QString &key, int channel) const;
    /**
     * A reading that follows the setpoint under its `follow` key as a first-order lag, brought
     * up to now from where it was at its last reading: no timer runs between readings.
     */
    double followed(const DriverProfile::Operation &op, int channel);
    /** Brings every following reading of `storeKey` (every one when empty) up to now. */
    void settleFollowers(const QString &storeKey, int channel);
    double gaussian(double sigma);

    DriverProfile m_profile;
    Identity m_identity;
    std::mt19937_64 m_rng;
    QList<Matcher> m_matchers;
    /**
     * Commands already parsed: a client repeats the same few, and the regular expressions
     * were the simulator's largest cost per query. Bounded (cleared when full).
     */
    QHash<QByteArray, Parsed> m_parsed;
    QHash<QString, QVariant> m_state;    ///< "key@channel" -> value set by the client.
    QHash<QString, QVariant> m_defaults; ///< "key" -> the set operation's parameter default.
    QHash<QString, double> m_drift;      ///< "op@channel" -> current drift offset.
    struct Lag
    {
        const DriverProfile::Operation *op = nullptr;
        int channel = 1;
        double value = 0.0;
        qint64 atNs = 0; ///< When `value` was true.
    };
    QHash<QString, Lag> m_lags; ///< "op@channel" -> where a following reading was last.
    std::function<qint64()> m_nowNs;
    int m_timeConstantMs = 0; ///< 0: each operation's own hint.
    QList<std::pair<int, QString>> m_errors;
    int m_esr = 0;
    SimInstrument *m_wireSource = nullptr;
    QString m_wireOperation;
    int m_wireChannel = 1;
    bool m_evaluating = false; ///< Breaks wiring loops (A reads B reads A).
    int m_ese = 0;
    int m_sre = 0;
};

} // namespace ld
