// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ld {

/**
 * A GPIB board of the bench bound to the Prologix-style controller that reaches it (bench file
 * key "gpib"): `GPIB<board>::...` instruments go through that controller, a serial port
 * (`ASRL...::INSTR`, the GPIB-USB model) or a TCP socket (`TCPIP::<host>::1234::SOCKET`, the
 * GPIB-ETHERNET model).
 */
struct GpibBoardConfig
{
    Q_DECLARE_TR_FUNCTIONS(ld::GpibBoardConfig)

public:
    static constexpr int kMaxReadTimeoutMs = 3000; ///< the controller's own limit

    int board = 0;
    QString controller;       ///< VISA resource of the controller (ASRL or TCPIP SOCKET)
    int readTimeoutMs = 1000; ///< `++read_tmo_ms`: how long the controller waits for a byte

    bool validate(QString *error = nullptr) const;
    /** The dispatcher key of the bus: every job on the board holds it. */
    QString busKey() const;
    QVariantMap toVariantMap() const;
    static std::optional<GpibBoardConfig> fromVariantMap(const QVariantMap &map,
                                                         QString *error = nullptr);
    friend bool operator==(const GpibBoardConfig &a, const GpibBoardConfig &b)
    {
        return a.board == b.board && a.controller == b.controller &&
               a.readTimeoutMs == b.readTimeoutMs;
    }
};

} // namespace ld
