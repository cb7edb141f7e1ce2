// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ld {

/**
 * An instrument's identity from `*IDN?`: `<vendor>,<model>,<serial>,<firmware>` (IEEE 488.2
 * 10.14). Serial "0" means the device does not report one; it is kept as reported.
 */
struct IdnInfo
{
    Q_DECLARE_TR_FUNCTIONS(ld::IdnInfo)

public:
    QString vendor;
    QString model;
    QString serial;
    QString firmware;

    /**
     * Four comma-separated fields, each trimmed. Vendor and model must not be empty. Extra
     * commas (seen in some firmware strings) stay in the firmware field.
     */
    static std::optional<IdnInfo> parse(const QByteArray &reply, QString *error = nullptr);

    /** Same physical instrument: vendor, model and serial match (firmware may be updated). */
    bool sameInstrument(const IdnInfo &other) const
    {
        return vendor == other.vendor && model == other.model && serial == other.serial;
    }
    QString toString() const;

    friend bool operator==(const IdnInfo &a, const IdnInfo &b)
    {
        return a.sameInstrument(b) && a.firmware == b.firmware;
    }
};

} // namespace ld
