// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/mqttclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace ld {

/**
 * The MQTT broker options every command that joins a lab shares (`node`, `list --broker`,
 * `run --broker`): one place that adds them to a parser and turns them into
 * MqttClient::Options, so the commands agree on names, defaults and error messages.
 */
class BrokerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ld::BrokerOptions)

public:
    /** A node runs until stopped; a controller also bounds how long it waits for the broker. */
    enum class Role { Node, Controller };

    /** What the options say, ready for an MqttClient. */
    struct Settings
    {
        MqttClient::Options client;
        QString label;               ///< "host:port", for messages
        int connectTimeoutMs = 5000; ///< Controller: give up when not connected by then
        int retainedWaitMs = 1500;   ///< Controller: longest wait for the retained state
    };

    /**
     * Adds --broker, --user, --password-file, --tls-ca, --tls-cert, --tls-key and
     * --tls-insecure; for a controller also --broker-timeout and --wait-ms.
     */
    static void addOptions(QCommandLineParser &parser, Role role);

    /** True when --broker was given: the command works on the shared lab. */
    static bool isRequested(const QCommandLineParser &parser);

    /**
     * Reads the options (the password from its file). Nothing, with a one-line `error`, for a
     * missing or malformed --broker, an unreadable file or options that need others: a usage
     * error (exit 2).
     */
    static std::optional<Settings> fromParser(const QCommandLineParser &parser, Role role,
                                              QString *error);

    /**
     * False with `error` when one of `localOnly` (option names) is set although --broker is:
     * they describe a local bench that a command on the shared lab does not open.
     */
    static bool rejectLocalOptions(const QCommandLineParser &parser, const QStringList &localOnly,
                                   QString *error);

    /** False with `error` when a broker option other than --broker is set without it. */
    static bool rejectWithoutBroker(const QCommandLineParser &parser, Role role, QString *error);
};

} // namespace ld
