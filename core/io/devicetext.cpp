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
} // namespace

QString DeviceText::decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
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
            out.append(QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0')));
        else
            out.append(QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0')));
    }
    return out;
}

} // namespace ld
