// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/transport.h"
#include "io/visaresource.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace ld {

/**
 * A USBTMC instrument (`USB::<vendor>::<product>::<serial>::INSTR`) through the Linux `usbtmc`
 * driver: the device node `/dev/usbtmcN` is found by matching the vendor, product, serial and
 * interface in sysfs, then SCPI goes through plain write() and read(). The driver's read()
 * blocks until the instrument answers or the driver's timeout (USBTMC_IOCTL_SET_TIMEOUT, set
 * to the exchange's timeout) ends it, and poll() does not report its replies, so every call on
 * the node runs on a worker thread this transport owns; results come back as queued calls.
 * A read the session gave up on is followed by USBTMC_IOCTL_CLEAR.
 *
 * A node that answers the usbtmc ioctls with ENOTTY (a pty or pipe standing in for the device
 * in tests) is logged and then served as a stream: reads bounded by poll(), the clear skipped
 * (logged), input drained before each exchange instead. Remaining risk: close() waits for a read
 * under way on a real device, at most the driver's timeout. Not tried on USB hardware
 * (docs/architecture.md).
 */
class UsbtmcTransport final : public Transport
{
    Q_OBJECT
public:
    /** Where sysfs and the device nodes are; tests point both at a temporary directory. */
    struct Paths
    {
        QString sysfsRoot = QStringLiteral("/sys");
        QString devRoot = QStringLiteral("/dev");
        /**
         * The defaults, or LABDISPATCH_USBTMC_SYSFS_ROOT and LABDISPATCH_USBTMC_DEV_ROOT when
         * set (for tests of the command line).
         */
        static Paths fromEnvironment();
    };

    /** The driver refuses timeouts below 100 ms. */
    static constexpr int kMinDriverTimeoutMs = 100;
    static constexpr int kDefaultIoTimeoutMs = 2000;

    UsbtmcTransport(VisaResource resource, Paths paths, QObject *parent = nullptr);
    ~UsbtmcTransport() override;

    void open() override;
    void close() override;
    bool write(const QByteArray &bytes) override;
    void discardInput() override;
    QString description() const override { return m_resource.toString(); }
    /** Sets the driver's timeout for the exchange and remembers whether a reply follows. */
    void beginExchange(const Exchange &exchange) override;
    /** Ends the exchange's reads; an abandoned reply is cleared (USBTMC_IOCTL_CLEAR). */
    void endExchange(bool abandoned) override;

    /** The node open() used (empty before). */
    QString devicePath() const { return m_devicePath; }
    /** False when the node answered the usbtmc ioctls with ENOTTY (a stand-in). */
    bool isDriverNode() const { return m_driverNode; }

    /**
     * The device node of `resource` under `paths`: the `usbtmcN` in sysfs's usbmisc class
     * whose interface (bInterfaceNumber) and USB device (idVendor, idProduct, serial) match;
     * without an interface number the lowest one. Empty with `error` set when none does.
     */
    static QString findDevice(const VisaResource &resource, const Paths &paths,
                              QString *error = nullptr);

    /**
     * Whether a read() of the driver that returned `got` of the `asked` bytes ended the
     * instrument's message. Each read() is one USBTMC transfer of at most `asked` bytes: a
     * short one ends the message; a full one ends it when the device set EOM
     * (`transferAttributes` bit 0, from USBTMC_IOCTL_MSG_IN_ATTR; nullopt where the driver
     * is too old to tell), else when it ends at the terminating character `termChar`.
     */
    static bool readEndsMessage(qsizetype got, qsizetype asked,
                                std::optional<quint8> transferAttributes,
                                std::optional<char> termChar, char lastByte);

private:
    struct Op
    {
        enum class Kind { Write, Clear, Drain };
        Kind kind = Kind::Write;
        QByteArray bytes;
        int timeoutMs = kDefaultIoTimeoutMs;
        bool readAfter = false;
        std::optional<char> termChar;
        quint64 generation = 0;
    };

    void enqueue(Op op);
    void cancelReads();
    void stopWorker();
    void fail(ErrorKind kind, const QString &message);
    // Worker thread only, below.
    void runWorker();
    bool writeAll(const Op &op);
    bool readReply(const Op &op);
    void drain();
    bool cancelled(quint64 generation) const { return generation <= m_cancelledUpTo.load(); }
    void post(quint64 generation, const QByteArray &chunk);
    void postFailure(ErrorKind kind, const QString &message);

    VisaResource m_resource;
    Paths m_paths;
    QString m_devicePath;
    // Set by open() before the worker starts and cleared after it stops: read-only between.
    int m_fd = -1;
    int m_wakeFd = -1; // eventfd: wakes a stand-in's poll() when reads are cancelled
    bool m_driverNode = false;
    int m_driverTimeoutMs = 0; // worker thread only
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Op> m_ops;    // guarded by m_mutex
    bool m_stopping = false; // guarded by m_mutex
    // Reads of writes up to this generation stop and deliver nothing more.
    std::atomic<quint64> m_cancelledUpTo{0};
    // Transport thread only: the exchange the session waits for, and what it said about it.
    quint64 m_generation = 0;
    int m_ioTimeoutMs = kDefaultIoTimeoutMs;
    bool m_replyExpected = false;
    std::optional<char> m_termChar;
};

} // namespace ld
