// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/gpibboardconfig.h"
#include "instruments/instrumentconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ld {

class Bench;

/**
 * A bench file (docs/simulator.md): {"schema": 1, "name": ..., "gpib": [GpibBoardConfig...],
 * "instruments": [InstrumentConfig...]}, "gpib" only when a board is bound. parse() checks
 * every entry and the file as a whole (a name, a board or a device used twice); what depends
 * on the bench (a loaded profile, a board's controller) Bench::load() checks.
 */
struct BenchFile
{
    // The words are the bench's, as they were before the file had a class of its own.
    Q_DECLARE_TR_FUNCTIONS(ld::Bench)
public:
    /**
     * The largest bench file read (docs/architecture.md): some 70,000 instruments as toJson()
     * writes them, while a stray huge file cannot take the memory.
     */
    static constexpr qint64 kMaxFileBytes = qint64(32) << 20;

    QString name;
    QList<GpibBoardConfig> boards;
    QList<InstrumentConfig> instruments;

    /** The file, or nothing with `error` naming the field ("instruments[2]: ..."). */
    static std::optional<BenchFile> parse(const QByteArray &json, QString *error = nullptr);
    QByteArray toJson() const;

    /** Parses `json` and loads it onto `bench`; on any error the bench is unchanged. */
    static bool load(Bench *bench, const QByteArray &json, QString *error = nullptr);
};

} // namespace ld
