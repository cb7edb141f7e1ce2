// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/devicetext.h"

#include <QList>
#include <QStringDecoder>

#include <algorithm>

namespace ld {

namespace {
bool needsEscape(char32_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Format || category == QChar::Other_Control ||
           category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}
QString hexEscape(uint c)
{
    return QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
}

/** The length of the valid UTF-8 sequence at `i` (RFC 3629), or 0 when there is none. */
qsizetype validSequenceLength(const QByteArray &bytes, qsizetype i)
{
    const auto at = [&bytes](qsizetype k) { return uchar(bytes.at(k)); };
    const uchar lead = at(i);
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    uchar low = 0x80, high = 0xbf; // the second byte's range, narrower after some leads
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        low = lead == 0xe0 ? 0xa0 : 0x80;  // not overlong
        high = lead == 0xed ? 0x9f : 0xbf; // not a surrogate
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        low = lead == 0xf0 ? 0x90 : 0x80;  // not overlong
        high = lead == 0xf4 ? 0x8f : 0xbf; // not beyond U+10FFFF
    } else {
        return 0;
    }
    if (i + length > bytes.size() || at(i + 1) < low || at(i + 1) > high)
        return 0;
    for (qsizetype k = i + 2; k < i + length; ++k)
        if (at(k) < 0x80 || at(k) > 0xbf)
            return 0;
    return length;
}
} // namespace

QString DeviceText::decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QString out;
    out.reserve(bytes.size() + 8);
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype length = validSequenceLength(bytes, i);
        if (length > 0) {
            out.append(QString::fromUtf8(bytes.constData() + i, length));
            i += length;
        } else {
            out.append(hexEscape(uchar(bytes.at(i))));
            ++i;
        }
    }
    return out;
}

QString DeviceText::printable(const QString &text)
{
    const QList<uint> chars = text.toUcs4();
    if (std::none_of(chars.cbegin(), chars.cend(), needsEscape))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const uint u : chars) {
        const char32_t c = u;
        if (!needsEscape(c))
            out.append(QString::fromUcs4(&c, 1));
        else if (c < 0x100)
            out.append(hexEscape(uint(c)));
        else
            out.append(QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0')));
    }
    return out;
}

} // namespace ld
