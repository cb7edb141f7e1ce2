// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/signalquit.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace ld {

namespace {

int g_pipe[2] = {-1, -1};
std::atomic<int> g_received{0};
/** -1: a second signal is handled like the first. Read by the handler: lock-free atomics only. */
std::atomic<int> g_secondExitCode{-1};
/** Written before g_secondExitCode is set, never freed while the handler can run. */
char g_secondMessage[512] = {};

void onSignal(int)
{
    const int n = g_received.fetch_add(1) + 1;
    if (const int code = g_secondExitCode.load(); n >= 2 && code >= 0) {
        [[maybe_unused]] const ssize_t w =
            ::write(STDERR_FILENO, g_secondMessage, std::strlen(g_secondMessage));
        ::_exit(code);
    }
    const char c = 1;
    [[maybe_unused]] const ssize_t w = ::write(g_pipe[0], &c, 1);
}

} // namespace

SignalQuit::SignalQuit(QObject *parent)
    : QObject(parent)
{
    g_received = 0;
    g_secondExitCode = -1;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(g_pipe[1], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(g_pipe[1], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGHUP, &action, nullptr);
}

SignalQuit::~SignalQuit()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGHUP, SIG_DFL);
    g_secondExitCode = -1;
    m_notifier.reset();
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

void SignalQuit::exitOnSecondSignal(int exitCode, const QByteArray &message)
{
    const size_t n = std::min(sizeof(g_secondMessage) - 1, size_t(message.size()));
    std::memcpy(g_secondMessage, message.constData(), n);
    g_secondMessage[n] = '\0';
    g_secondExitCode = exitCode;
}

int SignalQuit::received() const
{
    return g_received.load();
}

} // namespace ld
