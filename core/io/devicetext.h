// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ld {

/**
 * Text that came from an instrument, made fit for a terminal, a log or a window. Devices send
 * bytes in no declared encoding and sometimes with ESC or BEL in them; printed raw, an ESC
 * sequence drives the user's terminal. Every place that turns device bytes into text decodes
 * them here, and every place that shows such text makes it printable here.
 */
class DeviceText
{
public:
    /**
     * The bytes as UTF-8 (ASCII included), with each byte that is not part of a valid UTF-8
     * sequence (a stray continuation byte, a truncated or overlong sequence, an encoded
     * surrogate, 0xF5 to 0xFF) written as a hex escape, `\xff`: the rest of the text stays
     * intact, and a journal, a CSV file and the window all show the same bytes the same way,
     * never as U+FFFD or a guessed Latin-1 letter.
     */
    static QString decode(const QByteArray &bytes);
    /**
     * `text` with every control and format character (C0, DEL, C1, bidirectional overrides)
     * written as a visible escape: `\x1b`, `\x07`, `\u{202e}`. Printable text is unchanged.
     */
    static QString printable(const QString &text);
    /** printable(decode(bytes)): device bytes quoted in a message. */
    static QString show(const QByteArray &bytes) { return printable(decode(bytes)); }
};

} // namespace ld
