// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Cell formatting for CSV export (RFC 4180), kept apart from the exporter so each rule is
// testable on its own.
namespace ld::csvfield {

/** Where a cell's text came from: only foreign text is guarded against formula injection. */
enum class Origin {
    Ours,    ///< numbers, timestamps, status names we formatted ourselves
    Foreign, ///< text from a device, a profile or the user
};

/**
 * The cell as it goes into the file: foreign text starting with = @ tab or CR, or with + or -
 * unless it is a plain number such as "+1.234567E+00", gets a leading apostrophe (so a
 * spreadsheet shows it as text, not a formula), then a cell holding , " CR or LF is quoted
 * with its quotes doubled.
 */
QString cell(QStringView text, Origin origin);

/** Shortest text that reads back as exactly the same double; "nan", "inf", "-inf". */
QString number(double value);

/** ISO 8601 UTC with offset and nanoseconds: 2026-11-27T08:35:25.123456789+00:00. */
QString timestamp(qint64 wallNs);

/** Signed seconds with nine decimals from a nanosecond count, exact (no floating point). */
QString seconds(qint64 ns);

/** Makes text safe for a "# " comment line: CR, LF and other controls become spaces. */
QString commentText(QStringView text);

} // namespace ld::csvfield
