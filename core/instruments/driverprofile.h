// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace ld {

/**
 * One instrument type as described by a driver profile file (docs/profiles.md): how to
 * recognise it from `*IDN?`, its terminators and its operations. An immutable value once
 * loaded; it knows nothing of transports, so it serves the app, discovery and the simulator.
 */
class DriverProfile
{
    Q_DECLARE_TR_FUNCTIONS(ld::DriverProfile)

public:
    enum class ParameterType { Int, Double, Enum, String };
    enum class OperationKind { Measure, Set, Query };
    enum class ReplyType { None, Number, Numbers, String, Block, Idn };
    /** How the payload of a `block` reply is decoded. */
    enum class BlockFormat { Bytes, Real32LE, Real64LE, Ascii };

    /** A typed, limited parameter of an operation's command template. */
    struct Parameter
    {
        QString name;
        QString label; ///< Words for error messages ("voltage"); falls back to the name.
        ParameterType type = ParameterType::Double;
        QString unit;
        std::optional<double> min;
        std::optional<double> max;
        QVariant defaultValue; ///< Invalid when the parameter is required.
        QStringList enumValues;
        bool quoted = false; ///< String parameters sent inside double quotes.
        /** A string that is the whole command the user types (`;` allowed), sent as is. */
        bool raw = false;

        /**
         * Checks and normalises one value: whole numbers that fit 64 bits, finite numbers
         * within limits, enum values to their canonical spelling; strings by the SCPI rules in
         * docs/profiles.md: unquoted ones are character data (letters, digits, `_ . + -`),
         * quoted ones get their quotes doubled, raw ones are any printable text, and none may
         * hold a control character. Returns the text to put into the command, or nullopt with a
         * user-readable reason in `error`.
         */
        std::optional<QString> normalise(const QVariant &value, QString *error) const;

        /**
         * Whether normalise() takes `value` (the reason in `error` when not), without building
         * the text: the validator asks this at every sweep point of a plan.
         */
        bool accepts(const QVariant &value, QString *error) const;
    };

    /** Result of parsing a reply: `value` is valid only when `error` is empty. */
    struct Reply
    {
        QVariant value;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    /** Result of formatting a command: `command` holds no terminator. */
    struct Command
    {
        QByteArray command;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    struct Operation
    {
        QString id;
        QString name;
        OperationKind kind = OperationKind::Query;
        QString command; ///< Template, e.g. "SOUR{channel}:VOLT {value}".
        QList<Parameter> parameters;
        ReplyType reply = ReplyType::None;
        BlockFormat blockFormat = BlockFormat::Bytes;
        QString unit;
        QString quantity;
        bool repeatSafe = false;
        bool opc = false; ///< Append `;*OPC?` and wait for its "1".
        /**
         * Set operations: the query (or measure) operation that reads back what this one
         * sets, given the same parameters but the value (a ramp starts from it). May be empty.
         */
        QString readback;
        QJsonObject sim; ///< Hints for the simulator only; the app ignores them.

        const Parameter *parameter(const QString &name) const;
        /**
         * Fills the template from `values` (by parameter name; defaults fill the gaps) after
         * validating each value, in one pass: a value is never searched for placeholders. A
         * name in `values` that is no parameter of the operation is an error naming the valid
         * ones. With `opc` the command ends in `;*OPC?`.
         */
        Command format(const QVariantMap &values) const;
        /**
         * Decodes a reply (terminator stripped or not) per `reply`: number -> double,
         * numbers -> QList<double>, string -> QString, idn -> QStringList of four fields,
         * block -> QByteArray or QList<double> per blockFormat, none -> invalid QVariant.
         */
        Reply parseReply(const QByteArray &reply) const;
    };

    /** One step of the safe state: a `set` operation of this profile and its values. */
    struct SafeStep
    {
        QString operation;
        QVariantMap parameters;
    };

    /** A safe-state step ready to send: the operation's id and its formatted command. */
    struct SafeCommand
    {
        QString operation;
        Command command;
    };

    QString schema;
    QString id;
    QString name;
    QJsonObject localizedNames; ///< "name[de]" style entries, keyed by language code.
    QString kind;
    QRegularExpression vendorPattern; ///< Empty pattern matches any vendor.
    QRegularExpression modelPattern;
    int priority = 0;
    QByteArray readTerminator = "\n";
    QByteArray writeTerminator = "\n";
    bool drainErrors = false;
    int channels = 0;
    /**
     * The profile offers the free-form operations `query` and `write` (a raw `command` string
     * sent as typed), added at load time unless the file says `"rawScpi": false`.
     */
    bool rawScpi = true;
    QList<Operation> operations;
    /** What leaves the instrument safe (outputs off, setpoints to zero), in order; may be empty. */
    QList<SafeStep> safeState;
    QJsonObject sim;    ///< Simulator identity (vendor, model, firmware).
    QString sourceFile; ///< Where it was loaded from, for messages.

    const Operation *operation(const QString &id) const;
    /** True when both patterns find a match in the `*IDN?` vendor and model fields. */
    bool matches(const QString &vendor, const QString &model) const;
    /**
     * The name in `language` ("de"; empty: the default QLocale's language, which the window's
     * language choice and the command line's LANG set) when the file has it, else the
     * translated source name.
     */
    QString displayName(const QString &language = {}) const;
    /**
     * The safe state's commands in order, each formatted by its operation (no terminator).
     * The loader has checked every step, so for a loaded profile each is ok; a step of a
     * profile built in code that is not (an unknown or not a `set` operation, a bad value)
     * carries its error.
     */
    QList<SafeCommand> safeStateCommands() const;

    static QString kindName(OperationKind kind);
    static QString replyName(ReplyType reply);
};

} // namespace ld
