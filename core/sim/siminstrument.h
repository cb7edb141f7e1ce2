// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/driverprofile.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
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
    Q_DISABLE_COPY_MOVE(SimInstrument) // Matchers and hints point into m_profile.

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
    /** One piece of an operation's command template, as the wire text must show it. */
    struct Token
    {
        enum class Kind : quint8 {
            Literal, ///< One character, any case.
            Space,   ///< One or more ASCII white-space characters.
            Word,    ///< A number or word: no white space and none of `,;:()@`.
            Rest,    ///< An unquoted string: everything up to the end of the line.
            Quoted,  ///< IEEE 488.2 string data ("" inside stands for one quote) or a word.
        };
        Kind kind = Kind::Literal;
        char16_t folded = 0; ///< Literal only: the character case-folded.
    };
    /** Recognises an operation's command on the wire; built once from its template. */
    struct Matcher
    {
        const DriverProfile::Operation *op = nullptr;
        QList<Token> tokens;
        qsizetype headerTokens = -1; ///< Tokens before the first space (for -109); -1: none.
        QList<qsizetype> parameters; ///< Index into op->parameters of each capture, in order.
    };
    /** A capture's place in the command text. */
    struct Span
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    using Captures = QVarLengthArray<Span, 4>;
    /** An operation's `sim` hints, read once from its JSON at construction. */
    struct OpSim
    {
        double nominal = 0.0;
        double noise = 0.0;
        double drift = 0.0;
        bool hasScale = false;
        double scale = 1.0;
        bool wired = false;
        bool follows = false;
        int follow = -1; ///< State key indices below; -1: none.
        int load = -1;
        int limit = -1;
        int gate = -1;
        int store = -1; ///< Set operations: where the value goes.
        int id = -1;    ///< The operation's id as a key: drift and lag are kept per id.
        int timeConstantMs = 0;
        int count = 1;
        QByteArray text; ///< String replies without `load`.
        bool hasWaveform = false;
        int waveShape = -1;
        int waveAmplitude = -1;
        int waveGate = -1;
        bool hasRepeat = false;
        const DriverProfile::Operation *repeat = nullptr;
        qsizetype channelParameter = -1;  ///< Index of the "channel" parameter.
        qsizetype valueParameter = -1;    ///< The first other one: what a set stores.
        QList<qsizetype> countParameters; ///< Int parameters other than channel.
        QList<const DriverProfile::Operation *> followers; ///< Set: readings following `store`.
    };
    /** The parameter values of one command, by index into the operation's parameters. */
    using Args = QVarLengthArray<QVariant, 4>;
    enum class Outcome { Done, Reply, Error };

    static bool buildMatcher(const DriverProfile::Operation &op, Matcher *matcher);
    static bool matchFrom(const QList<Token> &tokens, qsizetype count, qsizetype index,
                          QStringView text, qsizetype pos, Captures *captures);
    static bool matches(const QList<Token> &tokens, qsizetype count, QStringView text,
                        Captures *captures);
    int keyIndex(const QString &key);
    const OpSim &simOf(const DriverProfile::Operation &op) const;

    Outcome runCommon(const QByteArray &command, QByteArray *reply);
    Outcome runOperation(QByteArrayView command, QByteArray *reply);
    Outcome execute(const Matcher &matcher, QStringView text, const Captures &captures,
                    QByteArray *reply);
    void replyFor(const DriverProfile::Operation &op, int channel, const Args &args,
                  QByteArray *reply);
    QList<double> sequence(const DriverProfile::Operation &op, int channel, const Args &args);
    double evaluateOp(const DriverProfile::Operation &op, int channel, bool withNoise);
    QVariant stateValue(int key, int channel) const;
    /**
     * A reading that follows the setpoint under its `follow` key as a first-order lag, brought
     * up to now from where it was at its last reading: no timer runs between readings.
     */
    double followed(const DriverProfile::Operation &op, int channel);
    /** Brings every following reading up to now. */
    void settleAllFollowers();
    double gaussian(double sigma);
    static quint64 slot(int key, int channel)
    {
        return (quint64(quint32(key)) << 32) | quint32(channel);
    }

    DriverProfile m_profile;
    Identity m_identity;
    std::mt19937_64 m_rng;
    QList<Matcher> m_matchers;
    QList<OpSim> m_sims;              ///< Per operation, in m_profile.operations' order.
    QHash<QString, int> m_keys;       ///< State keys named by the profile -> index.
    QHash<quint64, QVariant> m_state; ///< slot(key, channel) -> value set by the client.
    QList<QVariant> m_defaults;       ///< key -> the set operation's parameter default.
    QHash<quint64, double> m_drift;   ///< slot(op id, channel) -> current drift offset.
    struct Lag
    {
        const DriverProfile::Operation *op = nullptr;
        int channel = 1;
        double value = 0.0;
        qint64 atNs = 0; ///< When `value` was true.
    };
    QHash<quint64, Lag> m_lags; ///< slot(op id, channel) -> where a following reading was last.
    std::function<qint64()> m_nowNs;
    int m_timeConstantMs = 0; ///< 0: each operation's own hint.
    QList<std::pair<int, QString>> m_errors;
    int m_esr = 0;
    SimInstrument *m_wireSource = nullptr;
    const DriverProfile::Operation *m_wireOperation = nullptr; ///< In m_wireSource's profile.
    int m_wireChannel = 1;
    bool m_evaluating = false; ///< Breaks wiring loops (A reads B reads A).
    int m_ese = 0;
    int m_sre = 0;
};

} // namespace ld
