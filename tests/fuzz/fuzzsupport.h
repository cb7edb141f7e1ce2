// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every libFuzzer target shares: a quiet Qt, and checks that fail as a crash (with the
// input kept by libFuzzer) when a parser breaks a promise its header makes.

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace ld::fuzz {

/** Silences Qt's warnings (a bad input may cause thousands), keeping fatal messages. */
void quietQt();

/** The input as a QByteArray that owns its bytes (parsers may keep views past the call). */
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** Aborts with `what` when `condition` is false: libFuzzer reports it and keeps the input. */
void check(bool condition, const char *what);

} // namespace ld::fuzz
