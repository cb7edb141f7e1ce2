// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/transport.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QTimer;

namespace ld {

class GpibTransport;

/**
 * One GPIB board reached through a Prologix-style controller (GPIB-USB on a serial port,
 * GPIB-ETHERNET on TCP port 1234): owns the one connection to the controller and lends it to
 * a thin GpibTransport per instrument address. Lives on one I/O thread together with every
 * instrument of its board; all calls are made there.
 *
 * On connect it checks `++ver`, then sets `++mode 1`, `++auto 0`, `++eoi 1`, `++eos 3` (the
 * controller appends no terminator: sessions send their own), `++read_tmo_ms` and pulses
 * `++ifc`. Per exchange: `++addr` only when the addressed instrument changes, the escaped
 * message, and `++read eoi` for a reply; `++clr` (selected device clear) after a reply was
 * abandoned. Bytes that arrive while nobody reads are dropped.
 *
 * The bus is shared: the dispatcher admits one job per bus (the bus key). The controller does
 * not queue; an exchange that starts while another instrument's read is in flight is a bug
 * upstream, reported with qWarning() and refused (counted in overlaps()).
 */
class GpibController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int readTimeoutMs = 1000;    ///< `++read_tmo_ms`, 1-3000 (the controller's limit)
        int versionTimeoutMs = 2000; ///< how long `++ver` may take on connect
    };

    /** The transport reaches the controller; it becomes a child (moves with this object). */
    GpibController(int board, std::unique_ptr<Transport> transport, const Options &options,
                   QObject *parent = nullptr);
    ~GpibController() override;

    int board() const { return m_board; }
    /** "GPIB0 through /dev/ttyUSB0", for messages. */
    QString description() const;
    bool isReady() const { return m_phase == Phase::Ready; }
    /** What answered `++ver` on the last connect. */
    QString version() const { return m_version; }
    /** Exchanges refused because another instrument's read was in flight. */
    int overlaps() const { return m_overlaps; }

    /** A transport to the instrument at `primary` (0-30) and `secondary` (0-30, -1: none). */
    std::unique_ptr<Transport> createTransport(int primary, int secondary);

    /** `data` with CR, LF, ESC and '+' escaped by ESC, as the controller's manual asks. */
    static QByteArray escape(const QByteArray &data);

private:
    friend class GpibTransport;
    enum class Phase { Closed, Opening, Identifying, Ready };

    void openFor(GpibTransport *client);
    void closeFor(GpibTransport *client);
    void detach(GpibTransport *client);
    bool send(GpibTransport *client, const QByteArray &data);
    void read(GpibTransport *client);
    void endRead(GpibTransport *client, bool abandoned);

    void onOpened();
    void onBytes(const QByteArray &bytes);
    void onVersionTimeout();
    void onTransportError(Transport::ErrorKind kind, const QString &message);
    void becomeReady();
    /** The controller is unusable: opening clients fail to open, open ones disconnect. */
    void fail(const QString &message);
    bool address(GpibTransport *client);
    bool command(const QByteArray &line);

    int m_board;
    Options m_options;
    Transport *m_transport; // child
    QTimer *m_versionTimer; // child
    Phase m_phase = Phase::Closed;
    std::vector<GpibTransport *> m_clients; // every transport made here and not yet destroyed
    GpibTransport *m_reader = nullptr;      // the instrument whose reply is awaited
    int m_addressedPrimary = -1;
    int m_addressedSecondary = -1;
    QByteArray m_input; // while identifying
    QString m_lastLine;
    QString m_version;
    int m_overlaps = 0;
};

} // namespace ld
