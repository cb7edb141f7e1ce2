// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "node/mqttclient.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <memory>

#include <unistd.h>

namespace ld::test {

/**
 * A real mosquitto broker on a free loopback port for the tests and benchmarks: Debian's
 * /usr/sbin/mosquitto with a config that listens on 127.0.0.1 only. It can be killed and
 * restarted on the same port. Without mosquitto installed, LABDISPATCH_TEST_BROKER
 * ("127.0.0.1:PORT", e.g. the one .ci/run starts) names an external broker that cannot be
 * restarted; with neither, available() is false and the tests skip.
 *
 * useTls() makes it a TLS listener with a throw-away CA and server certificate for 127.0.0.1,
 * made by the `openssl` command line tool in the broker's temporary folder.
 */
class TestBroker
{
public:
    TestBroker() = default;
    ~TestBroker() { kill(); }

    static QString executable()
    {
        for (const QString &p : {QStringLiteral("/usr/sbin/mosquitto"),
                                 QStandardPaths::findExecutable(QStringLiteral("mosquitto"))})
            if (!p.isEmpty() && QFile::exists(p))
                return p;
        return {};
    }

    static QString skipReason()
    {
        return QStringLiteral("no MQTT broker: install mosquitto (Debian package 'mosquitto') "
                              "or set LABDISPATCH_TEST_BROKER=127.0.0.1:PORT");
    }

    /** A name (node, topic, client id) that no other run on a shared broker uses: `base` with
     * a random suffix. */
    static QString uniqueName(const QString &base)
    {
        return base + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    }

    /** True if a broker can be had; call before start(). */
    static bool available()
    {
        return !executable().isEmpty() || qEnvironmentVariableIsSet("LABDISPATCH_TEST_BROKER");
    }

    static QString opensslExecutable()
    {
        return QStandardPaths::findExecutable(QStringLiteral("openssl"));
    }

    /** True if TLS brokers can be had: a local mosquitto and the openssl tool. */
    static bool tlsAvailable() { return !executable().isEmpty() && !opensslExecutable().isEmpty(); }

    static QString tlsSkipReason()
    {
        return QStringLiteral("no TLS test broker: needs mosquitto and the openssl tool "
                              "(Debian packages 'mosquitto' and 'openssl')");
    }

    /**
     * Makes a CA (`<name>-ca.pem`, `<name>-ca.key`) in `dir`; with `serverName` also a server
     * certificate it signed (`<name>-server.pem`, `<name>-server.key`) for 127.0.0.1 and
     * localhost. Bounded; false with `error` when openssl fails.
     */
    static bool makeCertificates(const QString &dir, const QString &name, bool server,
                                 QString *error)
    {
        const QString ca = QStringLiteral("%1/%2-ca").arg(dir, name);
        const QString srv = QStringLiteral("%1/%2-server").arg(dir, name);
        if (!writeFile(ca + QStringLiteral(".cnf"),
                       "[req]\ndistinguished_name = dn\nprompt = no\nx509_extensions = ext\n"
                       "[dn]\nCN = LabDispatch test CA " +
                           name.toUtf8() +
                           "\n[ext]\nbasicConstraints = critical,CA:TRUE\n"
                           "keyUsage = critical,keyCertSign,cRLSign\n"
                           "subjectKeyIdentifier = hash\n",
                       error) ||
            !openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"),
                      ca + QStringLiteral(".cnf"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                      ca + QStringLiteral(".key"), QStringLiteral("-out"),
                      ca + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2")},
                     error))
            return false;
        if (!server)
            return true;
        return writeFile(srv + QStringLiteral(".cnf"),
                         "[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = 127.0.0.1\n",
                         error) &&
               writeFile(srv + QStringLiteral(".ext"),
                         "basicConstraints = CA:FALSE\n"
                         "keyUsage = critical,digitalSignature,keyAgreement\n"
                         "extendedKeyUsage = serverAuth\n"
                         "subjectAltName = IP:127.0.0.1,DNS:localhost\n",
                         error) &&
               openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"),
                        srv + QStringLiteral(".cnf"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), srv + QStringLiteral(".key"),
                        QStringLiteral("-out"), srv + QStringLiteral(".csr")},
                       error) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        srv + QStringLiteral(".csr"), QStringLiteral("-CA"),
                        ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                        ca + QStringLiteral(".key"), QStringLiteral("-set_serial"),
                        QString::number(QDateTime::currentMSecsSinceEpoch()),
                        QStringLiteral("-extfile"), srv + QStringLiteral(".ext"),
                        QStringLiteral("-out"), srv + QStringLiteral(".pem"),
                        QStringLiteral("-days"), QStringLiteral("2")},
                       error);
    }

    /**
     * The next start() listens with TLS only, its certificate signed by a CA made for it;
     * caFile() names that CA for the clients. Call before start().
     */
    bool useTls(QString *error)
    {
        if (!tlsAvailable()) {
            *error = tlsSkipReason();
            return false;
        }
        if (!makeCertificates(m_dir.path(), QStringLiteral("broker"), true, error))
            return false;
        m_tls = true;
        return true;
    }
    QString caFile() const { return m_dir.filePath(QStringLiteral("broker-ca.pem")); }
    /** The broker's temporary folder (certificates, config, log). */
    QString folder() const { return m_dir.path(); }

    /** False for an external broker: it cannot be killed or restarted. */
    bool ownsProcess() const { return m_external.isEmpty(); }

    /**
     * Starts the broker; `users` ("name:password" pairs) switches anonymous access off and
     * requires those logins. Bounded: fails within a few seconds.
     */
    bool start(QString *error, const QStringList &users = {})
    {
        if (executable().isEmpty()) {
            const QString ext = qEnvironmentVariable("LABDISPATCH_TEST_BROKER");
            const int colon = ext.lastIndexOf(QLatin1Char(':'));
            if (ext.isEmpty() || colon <= 0 || !users.isEmpty() || m_tls) {
                *error = skipReason();
                return false;
            }
            m_external = ext;
            m_port = ext.mid(colon + 1).toInt();
            return waitListening(error);
        }
        if (m_port == 0) {
            QTcpServer probe; // the kernel's choice of a free port, released at once
            if (!probe.listen(QHostAddress::LocalHost, 0)) {
                *error = probe.errorString();
                return false;
            }
            m_port = probe.serverPort();
        }
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        QByteArray config =
            "listener " + QByteArray::number(m_port) +
            " 127.0.0.1\npersistence false\nlog_dest stderr\nset_tcp_nodelay true\n";
        if (::getuid() == 0)
            config += "user root\n"; // keep reading our temporary files after the start
        if (m_tls)
            config += "cafile " + caFile().toLocal8Bit() + "\ncertfile " +
                      m_dir.filePath(QStringLiteral("broker-server.pem")).toLocal8Bit() +
                      "\nkeyfile " +
                      m_dir.filePath(QStringLiteral("broker-server.key")).toLocal8Bit() + "\n";
        if (users.isEmpty()) {
            config += "allow_anonymous true\n";
        } else {
            const QString passwd = m_dir.filePath(QStringLiteral("passwd"));
            QFile::remove(passwd);
            for (const QString &u : users) {
                const int colon = u.indexOf(QLatin1Char(':'));
                QStringList args{QStringLiteral("-b"), passwd, u.left(colon), u.mid(colon + 1)};
                if (!QFile::exists(passwd))
                    args.prepend(QStringLiteral("-c"));
                QProcess tool;
                tool.start(QStringLiteral("mosquitto_passwd"), args);
                if (!tool.waitForFinished(10000) || tool.exitCode() != 0) {
                    *error = QStringLiteral("mosquitto_passwd failed: ") +
                             QString::fromLocal8Bit(tool.readAllStandardError());
                    return false;
                }
            }
            config += "allow_anonymous false\npassword_file " + passwd.toLocal8Bit() + "\n";
        }
        const QString confPath = m_dir.filePath(QStringLiteral("mosquitto.conf"));
        QFile conf(confPath);
        if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate) || conf.write(config) < 0) {
            *error = conf.errorString();
            return false;
        }
        conf.close();
        m_process = std::make_unique<QProcess>();
        m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("broker.log")),
                                        QIODevice::Append);
        m_process->start(executable(), {QStringLiteral("-c"), confPath});
        if (!m_process->waitForStarted(5000)) {
            *error = QStringLiteral("mosquitto did not start: ") + m_process->errorString();
            return false;
        }
        return waitListening(error);
    }

    /** SIGKILL: clients see their connection drop, nothing is saved. */
    void kill()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }

    bool restart(QString *error, const QStringList &users = {})
    {
        kill();
        // The port was ours a moment ago; a client may still hold a TIME_WAIT on it, which
        // mosquitto's SO_REUSEADDR allows.
        return start(error, users);
    }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    /** A client of this broker that reconnects quickly (50-400 ms), as the suites want. */
    MqttClient::Options clientOptions() const
    {
        MqttClient::Options o;
        o.host = host();
        o.port = m_port;
        o.reconnectMinMs = 50;
        o.reconnectMaxMs = 400;
        return o;
    }
    QString log() const
    {
        QFile f(m_dir.filePath(QStringLiteral("broker.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
    }

private:
    static bool writeFile(const QString &path, const QByteArray &data, QString *error)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size())
            return true;
        *error = path + QStringLiteral(": ") + f.errorString();
        return false;
    }

    static bool openssl(const QStringList &args, QString *error)
    {
        QProcess tool;
        tool.start(opensslExecutable(), args);
        if (tool.waitForFinished(20000) && tool.exitStatus() == QProcess::NormalExit &&
            tool.exitCode() == 0)
            return true;
        tool.kill();
        tool.waitForFinished(1000);
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(args.value(0), QString::fromLocal8Bit(tool.readAllStandardError()));
        return false;
    }

    bool waitListening(QString *error)
    {
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired()) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            if (s.waitForConnected(200))
                return true;
            if (m_process && m_process->state() == QProcess::NotRunning)
                break;
            QThread::msleep(20);
        }
        *error =
            QStringLiteral("the broker on 127.0.0.1:%1 does not answer. %2").arg(m_port).arg(log());
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_external;
    int m_port = 0;
    bool m_tls = false;
};

} // namespace ld::test
