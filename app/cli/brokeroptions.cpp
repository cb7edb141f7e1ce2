// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/brokeroptions.h"

#include "io/boundedfile.h"
#include "node/labconnection.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ld {

namespace {
const QString kBroker = QStringLiteral("broker");
const QString kUser = QStringLiteral("user");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kTlsCa = QStringLiteral("tls-ca");
const QString kTlsCert = QStringLiteral("tls-cert");
const QString kTlsKey = QStringLiteral("tls-key");
const QString kTlsInsecure = QStringLiteral("tls-insecure");
const QString kBrokerTimeout = QStringLiteral("broker-timeout");
const QString kWaitMs = QStringLiteral("wait-ms");
/** A password file holds one line; anything much bigger is the wrong file. */
constexpr qint64 kMaxPasswordFileBytes = 4096;

QStringList dependentOptions(BrokerOptions::Role role)
{
    QStringList names{kUser, kPasswordFile, kTlsCa, kTlsCert, kTlsKey, kTlsInsecure};
    if (role == BrokerOptions::Role::Controller)
        names << kBrokerTimeout << kWaitMs;
    return names;
}

bool msOption(const QCommandLineParser &parser, const QString &name, int min, int max, int *out,
              QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = BrokerOptions::tr("--%1 must be from %2 to %3 ms, not '%4'")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name));
        return false;
    }
    *out = v;
    return true;
}

bool readableFile(const QString &option, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = BrokerOptions::tr("--%1: '%2' does not exist").arg(option, path);
        return false;
    }
    if (!info.isReadable()) {
        *error = BrokerOptions::tr("--%1: cannot read '%2'").arg(option, path);
        return false;
    }
    return true;
}
} // namespace

void BrokerOptions::addOptions(QCommandLineParser &parser, Role role)
{
    parser.addOption({kBroker,
                      role == Role::Node
                          ? tr("The broker, HOST:PORT (default port 1883).")
                          : tr("Work on the lab shared through this MQTT broker, HOST:PORT "
                               "(default port 1883), instead of a local bench."),
                      tr("host:port")});
    parser.addOption({kUser, tr("User name for the broker."), tr("name")});
    parser.addOption(
        {kPasswordFile, tr("File whose first line is the broker password."), tr("file")});
    parser.addOption(
        {kTlsCa, tr("Use TLS, trusting the CAs in this file (or folder)."), tr("file")});
    parser.addOption({kTlsCert, tr("Client certificate for TLS (with --tls-key)."), tr("file")});
    parser.addOption({kTlsKey, tr("Client key for TLS (with --tls-cert)."), tr("file")});
    parser.addOption(
        {kTlsInsecure, tr("With TLS, do not check the broker's host name (test brokers only).")});
    if (role == Role::Controller) {
        parser.addOption({kBrokerTimeout,
                          tr("Give up when the broker is not reached within this time, at "
                             "the start or after losing it mid-run (default 5000)."),
                          tr("ms")});
        parser.addOption({kWaitMs,
                          tr("Longest wait for the nodes' retained state after connecting "
                             "(default 1500)."),
                          tr("ms")});
    }
}

bool BrokerOptions::isRequested(const QCommandLineParser &parser)
{
    return parser.isSet(kBroker);
}

std::optional<BrokerOptions::Settings> BrokerOptions::fromParser(const QCommandLineParser &parser,
                                                                 Role role, QString *error)
{
    const QString broker = parser.value(kBroker);
    if (broker.isEmpty()) {
        *error = tr("--broker HOST:PORT is required");
        return std::nullopt;
    }
    Settings s;
    QString why;
    if (!LabConnection::parseBroker(broker, &s.client, &why)) {
        *error = QStringLiteral("--broker: ") + why;
        return std::nullopt;
    }
    s.label = QStringLiteral("%1:%2").arg(s.client.host, QString::number(s.client.port));

    s.client.username = parser.value(kUser);
    if (parser.isSet(kPasswordFile)) {
        const QString path = parser.value(kPasswordFile);
        const std::optional<QByteArray> content =
            BoundedFile::read(path, kMaxPasswordFileBytes, &why);
        if (!content) {
            *error = tr("--password-file: '%1': %2").arg(path, why);
            return std::nullopt;
        }
        const qsizetype lineEnd = content->indexOf('\n');
        s.client.password =
            QString::fromUtf8(lineEnd < 0 ? *content : content->left(lineEnd)).trimmed();
        if (s.client.password.isEmpty()) {
            *error = tr("--password-file: the first line of '%1' is empty").arg(path);
            return std::nullopt;
        }
        if (s.client.username.isEmpty()) {
            *error = tr("--password-file needs --user");
            return std::nullopt;
        }
    }

    const bool tlsDetail =
        parser.isSet(kTlsCert) || parser.isSet(kTlsKey) || parser.isSet(kTlsInsecure);
    if (tlsDetail && !parser.isSet(kTlsCa)) {
        *error = tr("--tls-cert, --tls-key and --tls-insecure need --tls-ca");
        return std::nullopt;
    }
    if (parser.isSet(kTlsCert) != parser.isSet(kTlsKey)) {
        *error = tr("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    if (parser.isSet(kTlsCa)) {
        MqttClient::Tls tls;
        const QString ca = parser.value(kTlsCa);
        if (!readableFile(kTlsCa, ca, error))
            return std::nullopt;
        (QFileInfo(ca).isDir() ? tls.caPath : tls.caFile) = ca;
        for (const QString &name : {kTlsCert, kTlsKey}) {
            if (parser.isSet(name) && !readableFile(name, parser.value(name), error))
                return std::nullopt;
        }
        tls.certFile = parser.value(kTlsCert);
        tls.keyFile = parser.value(kTlsKey);
        tls.insecure = parser.isSet(kTlsInsecure);
        s.client.tls = tls;
    }

    if (role == Role::Controller) {
        if (!msOption(parser, kBrokerTimeout, 100, 600'000, &s.connectTimeoutMs, error) ||
            !msOption(parser, kWaitMs, 0, 600'000, &s.retainedWaitMs, error))
            return std::nullopt;
        // A controller is short-lived: retry soon after a refusal, within its timeout.
        s.client.reconnectMinMs = 100;
        s.client.reconnectMaxMs = 1000;
    }
    return s;
}

bool BrokerOptions::rejectLocalOptions(const QCommandLineParser &parser,
                                       const QStringList &localOnly, QString *error)
{
    for (const QString &name : localOnly) {
        if (parser.isSet(name)) {
            *error = tr("--%1 is for a local bench and cannot be used with --broker").arg(name);
            return false;
        }
    }
    return true;
}

bool BrokerOptions::rejectWithoutBroker(const QCommandLineParser &parser, Role role, QString *error)
{
    if (isRequested(parser))
        return true;
    for (const QString &name : dependentOptions(role)) {
        if (parser.isSet(name)) {
            *error = tr("--%1 needs --broker").arg(name);
            return false;
        }
    }
    return true;
}

} // namespace ld
