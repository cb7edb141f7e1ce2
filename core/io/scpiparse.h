// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/** Decoding of SCPI response data (IEEE 488.2 section 8.7). Pure functions, any thread. */
namespace ld::scpi {

/**
 * A decimal number (NR1/NR2/NR3, surrounding whitespace allowed). SCPI's special values map
 * to IEEE ones: 9.9E37 is +infinity, -9.9E37 is -infinity and 9.91E37 is NaN.
 */
std::optional<double> parseNumber(const QByteArray &text, QString *error = nullptr);

/** Comma-separated numbers; an empty or blank response is an empty list. */
std::optional<QList<double>> parseNumberList(const QByteArray &text, QString *error = nullptr);

/** A string response: surrounding quotes (" or ') removed and doubled quotes undone. */
QString parseString(const QByteArray &text);

/**
 * The payload of a complete block response `#<n><len><bytes>` or `#0<bytes>`, a trailing
 * terminator (LF or CRLF) ignored. The session reads blocks itself; this is for stored data.
 */
std::optional<QByteArray> parseBlock(const QByteArray &text, QString *error = nullptr);

} // namespace ld::scpi
