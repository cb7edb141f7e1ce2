// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace ld {

/**
 * Line settings that go beside an `ASRL...::INSTR` address, plus the SCPI terminators (which
 * TCP sessions use too). Defaults are the common bench default: 9600 8N1, no flow control, LF.
 */
struct SerialSettings
{
    Q_DECLARE_TR_FUNCTIONS(ld::SerialSettings)

public:
    enum class Parity { None, Even, Odd, Mark, Space };
    enum class StopBits { One, OneAndHalf, Two };
    enum class FlowControl { None, Hardware, Software };

    qint32 baudRate = 9600;
    int dataBits = 8;
    Parity parity = Parity::None;
    StopBits stopBits = StopBits::One;
    FlowControl flowControl = FlowControl::None;
    QByteArray readTerminator = QByteArrayLiteral("\n");
    QByteArray writeTerminator = QByteArrayLiteral("\n");

    /** True when every field is in range; otherwise `error` names the field and the value. */
    bool validate(QString *error = nullptr) const;

    /**
     * Bench-file form: `baud`, `dataBits`, `parity` (none/even/odd/mark/space), `stopBits`
     * (1, 1.5, 2), `flowControl` (none/rtscts/xonxoff), `readTerminator`/`writeTerminator`
     * written with C escapes ("\\n", "\\r\\n").
     */
    QVariantMap toVariantMap() const;
    /** Missing keys keep their defaults; unknown keys and bad values are errors. */
    static std::optional<SerialSettings> fromVariantMap(const QVariantMap &map,
                                                        QString *error = nullptr);

    /** "9600 8N1" style summary for logs and the UI. */
    QString summary() const;

    friend bool operator==(const SerialSettings &a, const SerialSettings &b)
    {
        return a.baudRate == b.baudRate && a.dataBits == b.dataBits && a.parity == b.parity &&
               a.stopBits == b.stopBits && a.flowControl == b.flowControl &&
               a.readTerminator == b.readTerminator && a.writeTerminator == b.writeTerminator;
    }
};

/** "\n" -> "\\n": terminators as users write them in bench files. */
QString escapeTerminator(const QByteArray &bytes);
/** "\\r\\n" -> "\r\n"; accepts \n \r \t \\ and \xHH. Returns nullopt on a bad escape. */
std::optional<QByteArray> unescapeTerminator(const QString &text);

} // namespace ld
