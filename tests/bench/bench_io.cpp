// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Query round trip through ScpiSession against the raw floor: the same bytes written and read
// with plain POSIX calls on the same pty / loopback socket, answered by the same echo peer (a
// plain POSIX loop on its own thread), in the same run. Then the same simulated instrument
// over a raw socket, over VXI-11 (portmapper, core channel) and over GPIB through a simulated
// Prologix-style controller (GPIB-ETHERNET on loopback TCP, GPIB-USB on a pty), all through
// ScpiSession; GPIB once at one address and once alternating between two (an ++addr per query).
// And the cost of recording the traffic (TraceRing) on the loopback socket, on vs off.
// Prints a table; not a test.

#include "instruments/profileregistry.h"
#include "io/gpibcontroller.h"
#include "io/scpisession.h"
#include "io/serialsettings.h"
#include "io/tracering.h"
#include "io/visaresource.h"
#include "sim/simbench.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pty.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kWarmup = 200;
constexpr int kDefaultQueries = 5000;
const QByteArray kQuery = QByteArrayLiteral("MEAS?");
const QByteArray kReply = QByteArrayLiteral("+1.234567E+00\n");

struct Stats
{
    double p50 = 0, p99 = 0, mean = 0;
    int failures = 0;
};

Stats summarise(std::vector<double> us, int failures)
{
    Stats s;
    s.failures = failures;
    if (us.empty())
        return s;
    std::sort(us.begin(), us.end());
    s.p50 = us[us.size() / 2];
    s.p99 = us[std::min(us.size() - 1, size_t(double(us.size()) * 0.99))];
    double sum = 0;
    for (double v : us)
        sum += v;
    s.mean = sum / double(us.size());
    return s;
}

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

/** Answers every LF-terminated line on `fd` with kReply until `stop` or end of input. */
void serveLines(int fd, const std::atomic<bool> &stop)
{
    QByteArray pending;
    char buf[4096];
    while (!stop.load()) {
        pollfd p{fd, POLLIN, 0};
        const int r = ::poll(&p, 1, 50);
        if (r <= 0)
            continue;
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0) {
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            return;
        }
        pending.append(buf, n);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            pending.remove(0, end + 1);
            if (!writeAll(fd, kReply.constData(), size_t(kReply.size())))
                return;
        }
    }
}

/** The raw floor: write the query, read until LF, with blocking POSIX calls. */
int rawRoundTrips(int fd, int count, std::vector<double> *us)
{
    const QByteArray line = kQuery + '\n';
    char buf[256];
    for (int i = 0; i < count; ++i) {
        const auto t0 = Clock::now();
        if (!writeAll(fd, line.constData(), size_t(line.size())))
            return count - i;
        size_t got = 0;
        bool done = false;
        while (!done) {
            // poll first: once QSerialPort has set VMIN=0 on the shared tty, read() does not
            // block, it returns 0 when nothing has arrived yet.
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 5000) <= 0)
                break;
            const ssize_t n = ::read(fd, buf + got, sizeof buf - got);
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (n < 0)
                break;
            got += size_t(n);
            done = std::memchr(buf, '\n', got) != nullptr;
        }
        if (!done)
            return count - i;
        if (us)
            us->push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
    return 0;
}

/** Opens `session` and runs the event loop until it is open (or failed). */
bool openSession(ld::ScpiSession &session)
{
    QEventLoop loop;
    bool openedOk = false;
    QObject::connect(&session, &ld::ScpiSession::opened, &loop, [&] {
        openedOk = true;
        loop.quit();
    });
    QObject::connect(&session, &ld::ScpiSession::openFailed, &loop, [&](const QString &why) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(why));
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    session.open();
    loop.exec();
    return openedOk;
}

/**
 * The framework: ScpiSession on this thread's event loop, one query after the other, taking
 * `sessions` in turn (more than one: GPIB instruments on one bus, readdressed every query).
 */
int sessionRoundTrips(const std::vector<ld::ScpiSession *> &sessions, int count,
                      std::vector<double> *us, const QByteArray &query = kQuery)
{
    QEventLoop loop;
    int failures = 0;
    int sent = 0;
    Clock::time_point t0;
    std::function<void()> next;
    const ld::ScpiRequest request = ld::ScpiRequest::query(query);
    next = [&] {
        if (sent == count) {
            loop.quit();
            return;
        }
        t0 = Clock::now();
        sessions[size_t(sent) % sessions.size()]->exchange(
            request, [&](const ld::ScpiReply &reply) {
                const double elapsed =
                    std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
                if (!reply.ok())
                    ++failures;
                else if (us)
                    us->push_back(elapsed);
                ++sent;
                next();
            });
    };
    next();
    loop.exec();
    return failures;
}

int sessionRoundTrips(ld::ScpiSession &session, int count, std::vector<double> *us,
                      const QByteArray &query = kQuery)
{
    return sessionRoundTrips(std::vector<ld::ScpiSession *>{&session}, count, us, query);
}

/**
 * Alternates rounds of raw and framework queries on the same link, so both see the same
 * machine load (the bench machine is shared); warm-up first, unmeasured.
 */
void alternate(int rawFd, ld::ScpiSession &session, int count, Stats *raw, Stats *fw)
{
    constexpr int kRounds = 10;
    std::vector<double> rawUs, fwUs;
    int rawFailed = rawRoundTrips(rawFd, kWarmup, nullptr);
    int fwFailed = sessionRoundTrips(session, kWarmup, nullptr);
    for (int r = 0; r < kRounds; ++r) {
        rawFailed += rawRoundTrips(rawFd, count / kRounds, &rawUs);
        fwFailed += sessionRoundTrips(session, count / kRounds, &fwUs);
    }
    *raw = summarise(std::move(rawUs), rawFailed);
    *fw = summarise(std::move(fwUs), fwFailed);
}

/** Alternates rounds with recording off and on, on the same session, as alternate() does. */
void alternateRecording(ld::ScpiSession &session, int count, Stats *off, Stats *on)
{
    constexpr int kRounds = 10;
    ld::TraceRing ring(QStringLiteral("bench"));
    std::vector<double> offUs, onUs;
    int offFailed = 0, onFailed = 0;
    for (int r = 0; r < kRounds; ++r) {
        session.setTraceRing(nullptr);
        offFailed += sessionRoundTrips(session, count / kRounds, &offUs);
        session.setTraceRing(&ring);
        onFailed += sessionRoundTrips(session, count / kRounds, &onUs);
    }
    session.setTraceRing(nullptr);
    *off = summarise(std::move(offUs), offFailed);
    *on = summarise(std::move(onUs), onFailed);
}

void printRow(const char *link, const char *client, int n, const Stats &s)
{
    std::printf("%-14s %-22s %6d %10.1f %10.1f %10.1f %8d\n", link, client, n, s.p50, s.p99, s.mean,
                s.failures);
}

void printRatio(const char *link, const Stats &raw, const Stats &fw)
{
    std::printf("%-14s overhead vs raw floor: p50 x%.2f, p99 x%.2f, mean x%.2f (target <= 1.5)\n",
                link, fw.p50 / raw.p50, fw.p99 / raw.p99, fw.mean / raw.mean);
}

bool benchPty(int count, Stats *raw, Stats *fw)
{
    int master = -1, slave = -1;
    char name[128] = {};
    if (::openpty(&master, &slave, name, nullptr, nullptr) != 0)
        return false;
    termios tio{};
    ::tcgetattr(slave, &tio);
    ::cfmakeraw(&tio);
    ::tcsetattr(slave, TCSANOW, &tio);
    std::atomic<bool> stop{false};
    std::thread peer([&] { serveLines(master, stop); });

    // The raw client is a second descriptor on the same slave, opened by path as the app does
    // and before QSerialPort takes the port exclusively. Only one of them reads at a time.
    const int client = ::open(name, O_RDWR | O_NOCTTY);
    ld::ScpiSession session(ld::Transport::create(
        ld::VisaResource::parse(QStringLiteral("ASRL%1::INSTR").arg(QString::fromLocal8Bit(name))),
        ld::SerialSettings()));
    const bool ok = client >= 0 && openSession(session);
    if (ok)
        alternate(client, session, count, raw, fw);
    session.close();
    if (client >= 0)
        ::close(client);
    stop = true;
    peer.join();
    ::close(slave);
    ::close(master);
    return ok;
}

bool benchTcp(int count, Stats *raw, Stats *fw, Stats *recordingOff, Stats *recordingOn)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(listener, 4) != 0 ||
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return false;
    const quint16 port = ntohs(addr.sin_port);
    std::atomic<bool> stop{false};
    std::thread peer([&] {
        const int one = 1;
        std::vector<std::thread> connections;
        while (!stop.load()) {
            pollfd p{listener, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int conn = ::accept(listener, nullptr, nullptr);
            if (conn < 0)
                continue;
            ::setsockopt(conn, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            connections.emplace_back([conn, &stop] {
                serveLines(conn, stop);
                ::close(conn);
            });
        }
        for (std::thread &t : connections)
            t.join();
    });

    const int client = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ld::ScpiSession session(ld::Transport::create(
        ld::VisaResource::parse(QStringLiteral("TCPIP0::127.0.0.1::%1::SOCKET").arg(port)),
        ld::SerialSettings()));
    const bool ok = ::connect(client, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
                    openSession(session);
    if (ok) {
        alternate(client, session, count, raw, fw);
        alternateRecording(session, count, recordingOff, recordingOn);
    }
    session.close();
    ::close(client);
    stop = true;
    peer.join();
    ::close(listener);
    return ok;
}

/** A client of the simulator, measured in the same alternating rounds as the others. */
struct SimClient
{
    const char *link;
    const char *client;
    std::vector<ld::ScpiSession *> sessions; ///< taken in turn
    std::vector<double> us;
    int failed = 0;
    Stats stats;
};

/**
 * One simulated DMM over a raw socket, one over VXI-11 and two on each of two simulated GPIB
 * controllers (GPIB-ETHERNET on TCP, GPIB-USB on a pty), all on the same bench thread and
 * queried in alternating rounds: what the RPC framing, the controller's `++` protocol and
 * readdressing cost per query. Every simulated device answers at once (latency 0).
 */
bool benchSimulated(int count, std::vector<SimClient> *rows)
{
    ld::ProfileRegistry profiles;
    profiles.addDirectory(ld::ProfileRegistry::builtinDirectory());
    QString error;
    const auto specs = ld::SimBench::parse(R"({"instruments": [
        {"name": "socket", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 1},
        {"name": "vxi11", "profile": "labdispatch-sim-dmm", "transport": "vxi11", "seed": 1}],
      "gpib": [
        {"name": "eth", "board": 0, "transport": "tcp", "instruments": [
          {"name": "eth5", "profile": "labdispatch-sim-dmm", "address": 5, "seed": 1},
          {"name": "eth6", "profile": "labdispatch-sim-dmm", "address": 6, "seed": 1}]},
        {"name": "usb", "board": 1, "transport": "pty", "instruments": [
          {"name": "usb5", "profile": "labdispatch-sim-dmm", "address": 5, "seed": 1},
          {"name": "usb6", "profile": "labdispatch-sim-dmm", "address": 6, "seed": 1}]}]})",
                                           &error);
    ld::SimBench sim;
    if (!specs || !sim.start(profiles, *specs, &error)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(error));
        return false;
    }
    qputenv("LABDISPATCH_VXI11_PORTMAPPER_PORT", QByteArray::number(sim.vxi11PortmapperPort()));
    const auto open = [&](const char *name) {
        return std::make_unique<ld::ScpiSession>(ld::Transport::create(
            ld::VisaResource::parse(sim.resource(QLatin1String(name))), ld::SerialSettings()));
    };
    auto overSocket = open("socket");
    auto overVxi11 = open("vxi11");
    // The controllers as the app drives them: one connection per board, a transport per address.
    std::vector<std::unique_ptr<ld::GpibController>> controllers;
    for (const ld::SimBench::ControllerEntry &c : sim.gpibControllers())
        controllers.push_back(std::make_unique<ld::GpibController>(
            c.board,
            ld::Transport::create(ld::VisaResource::parse(c.resource), ld::SerialSettings()),
            ld::GpibController::Options()));
    std::vector<std::unique_ptr<ld::ScpiSession>> gpib; // eth5, eth6, usb5, usb6
    for (const auto &controller : controllers)
        for (int address : {5, 6})
            gpib.push_back(
                std::make_unique<ld::ScpiSession>(controller->createTransport(address, -1)));
    bool opened = openSession(*overSocket) && openSession(*overVxi11);
    for (const auto &session : gpib)
        opened = opened && openSession(*session);
    if (!opened)
        return false;

    rows->clear();
    rows->push_back({"sim dmm", "ScpiSession (socket)", {overSocket.get()}, {}, 0, {}});
    rows->push_back({"sim dmm", "ScpiSession (vxi-11)", {overVxi11.get()}, {}, 0, {}});
    rows->push_back({"gpib tcp", "one address", {gpib[0].get()}, {}, 0, {}});
    rows->push_back({"gpib tcp", "two, ++addr each", {gpib[0].get(), gpib[1].get()}, {}, 0, {}});
    rows->push_back({"gpib pty", "one address", {gpib[2].get()}, {}, 0, {}});
    rows->push_back({"gpib pty", "two, ++addr each", {gpib[2].get(), gpib[3].get()}, {}, 0, {}});
    const QByteArray query = QByteArrayLiteral("MEAS:VOLT:DC?");
    constexpr int kRounds = 10;
    for (SimClient &row : *rows)
        row.failed += sessionRoundTrips(row.sessions, kWarmup, nullptr, query);
    for (int r = 0; r < kRounds; ++r)
        for (SimClient &row : *rows)
            row.failed += sessionRoundTrips(row.sessions, count / kRounds, &row.us, query);
    for (SimClient &row : *rows) {
        row.stats = summarise(std::move(row.us), row.failed);
        row.sessions.clear();
    }
    for (const auto &session : gpib)
        session->close();
    overSocket->close();
    overVxi11->close();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(100, QByteArray(argv[1]).toInt()) : kDefaultQueries;

    std::printf("bench_io: %d '%s' queries per row after %d warm-up, raw and framework "
                "alternating in 10 rounds, echo peer on its own thread, round trip in us\n",
                count, kQuery.constData(), kWarmup);
    std::printf("%-14s %-22s %6s %10s %10s %10s %8s\n", "link", "client", "n", "p50", "p99", "mean",
                "failed");
    Stats ptyRaw, ptyFw, tcpRaw, tcpFw, recordingOff, recordingOn;
    const bool pty = benchPty(count, &ptyRaw, &ptyFw);
    if (pty) {
        printRow("pty", "raw POSIX read/write", count, ptyRaw);
        printRow("pty", "ScpiSession (serial)", count, ptyFw);
    }
    const bool tcp = benchTcp(count, &tcpRaw, &tcpFw, &recordingOff, &recordingOn);
    if (tcp) {
        printRow("tcp loopback", "raw POSIX read/write", count, tcpRaw);
        printRow("tcp loopback", "ScpiSession (tcp)", count, tcpFw);
        printRow("tcp loopback", "recording off", count, recordingOff);
        printRow("tcp loopback", "recording on", count, recordingOn);
    }
    std::vector<SimClient> simRows;
    const bool simulated = benchSimulated(count, &simRows);
    if (simulated)
        for (const SimClient &row : simRows)
            printRow(row.link, row.client, count, row.stats);
    if (pty)
        printRatio("pty", ptyRaw, ptyFw);
    if (tcp)
        printRatio("tcp loopback", tcpRaw, tcpFw);
    if (tcp) {
        // At 5,000 queries per second a query has 200 us; what recording adds is its share.
        const double addedUs = recordingOn.mean - recordingOff.mean;
        std::printf("%-14s recording on vs off: mean %+.2f us per query, %+.2f%% of the 200 us a "
                    "query has at 5,000 q/s (target: a few %%)\n",
                    "tcp loopback", addedUs, addedUs / 200.0 * 100.0);
    }
    if (simulated) {
        // The sim dmm socket row is the floor every simulated path is compared with.
        const Stats &socket = simRows.front().stats;
        for (size_t i = 1; i < simRows.size(); ++i) {
            const Stats &s = simRows[i].stats;
            std::printf("%-14s %s vs sim dmm socket: p50 x%.2f, p99 x%.2f, mean x%.2f\n",
                        simRows[i].link, simRows[i].client, s.p50 / socket.p50, s.p99 / socket.p99,
                        s.mean / socket.mean);
        }
        // What readdressing adds: two addresses (an ++addr before every query) minus one.
        for (size_t i = 2; i + 1 < simRows.size(); i += 2)
            std::printf("%-14s ++addr per query adds: p50 %+.1f us, mean %+.1f us\n",
                        simRows[i].link, simRows[i + 1].stats.p50 - simRows[i].stats.p50,
                        simRows[i + 1].stats.mean - simRows[i].stats.mean);
    }
    return pty && tcp && simulated ? 0 : 1;
}
