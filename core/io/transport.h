// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace ld {

class VisaResource;
struct SerialSettings;

/**
 * A byte pipe to one instrument, event-driven on the thread it lives on: nothing blocks, every
 * result arrives as a signal. Callers open it once and keep it open across jobs (opening a
 * serial port toggles DTR and resets some devices). All calls must be made on its thread.
 */
class Transport : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open };
    enum class ErrorKind {
        OpenFailed,     ///< the device or host could not be opened
        ConnectTimeout, ///< TCP connect did not finish in time
        Disconnected,   ///< the peer went away while open (cable, hang-up, remote close)
        IoError,        ///< read or write failed while open
        ProtocolError   ///< the device broke the transport's protocol (a malformed VXI-11 reply)
    };
    Q_ENUM(ErrorKind)

    explicit Transport(QObject *parent = nullptr);
    ~Transport() override;

    /** Starts opening; ends in opened() or errorOccurred(OpenFailed/ConnectTimeout). */
    virtual void open() = 0;
    /** Closes without emitting errorOccurred; emits closed() if it was not closed. */
    virtual void close() = 0;
    /** Queues bytes for sending; false (and nothing queued) when not open. */
    virtual bool write(const QByteArray &bytes) = 0;
    /** Drops input that arrived but was not yet delivered, including the OS buffer if possible. */
    virtual void discardInput() = 0;
    /** Human-readable address, for messages. */
    virtual QString description() const = 0;
    /** What the session is about to send: handed to beginExchange() before each command. */
    struct Exchange
    {
        int timeoutMs = 0;            ///< the command must be handled within this time
        bool replyExpected = false;   ///< a reply is read after the write
        std::optional<char> termChar; ///< a line reply ends at this byte; none: END only
    };
    /**
     * The one hook pair around an exchange (one command and its reply, if any). The session
     * calls beginExchange() before the command's write() and endExchange() exactly once after
     * it: with the reply or after a write-only command (`abandoned` false), or without the
     * reply (`abandoned`: a timeout, a cancel, a reply it could not use, a failed write).
     * Stream transports (serial, TCP) ignore both. Message-based ones use them: VXI-11 times
     * its calls by `timeoutMs` and asks for the reply; GPIB asks the device to talk after the
     * write and clears it after an abandoned reply. Never called while another exchange is
     * between the two.
     */
    virtual void beginExchange(const Exchange &exchange) { Q_UNUSED(exchange) }
    /** See beginExchange(). */
    virtual void endExchange(bool abandoned) { Q_UNUSED(abandoned) }
    /**
     * Whether commands sent back to back may go out in one write(): a byte stream (serial,
     * TCP) delivers the same bytes either way, and the instrument then takes them in one
     * read. A message-based transport (VXI-11, GPIB, USBTMC) frames each command as a message
     * of its own, so it says no.
     */
    virtual bool joinsCommands() const { return false; }

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }

    /**
     * Makes a transport for `resource`: SerialTransport for ASRL, TcpTransport for TCPIP
     * sockets, Vxi11Transport for TCPIP INSTR (its portmapper port from the environment
     * variable LABDISPATCH_VXI11_PORTMAPPER_PORT when set, else 111), UsbtmcTransport for USB
     * INSTR (sysfs and /dev, or what UsbtmcTransport::Paths::fromEnvironment() says). `settings`
     * are used for serial line settings only. Returns null for an invalid resource and for GPIB,
     * which goes through its board's GpibController::createTransport().
     */
    static std::unique_ptr<Transport> create(const VisaResource &resource,
                                             const SerialSettings &settings);

Q_SIGNALS:
    void opened();
    /** Every chunk read, in order. Chunks are at most the transport's read buffer size. */
    void bytesReceived(const QByteArray &bytes);
    void errorOccurred(ld::Transport::ErrorKind kind, const QString &message);
    /** The transport is closed now, after close() or after a fatal error. */
    void closed();

protected:
    void setState(State state) { m_state = state; }
    /**
     * Ends an open() on the next event loop turn, so callers never re-enter from open(): Open
     * and opened() (then `afterOpened`), or Closed and errorOccurred(OpenFailed, `error`).
     * Nothing happens if the transport left Opening meanwhile (closed).
     */
    void reportOpenLater(bool ok, const QString &error, std::function<void()> afterOpened = {});
    /** Emits bytesReceived() for everything `device` holds, in chunks, while still open. */
    void deliverAvailable(QIODevice *device);
    /** Chunk size at which transports stop reading from the OS until the session drains them. */
    static constexpr qint64 kReadBufferSize = 64 * 1024;

private:
    State m_state = State::Closed;
};

} // namespace ld
