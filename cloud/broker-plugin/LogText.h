// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace larder::cloud {

/// @p text made safe for one log line: control, format and bidi characters become '?', and
/// it is cut at 80 characters. Client ids and user names come from anyone who can open a
/// connection; they must never be able to write a line of their own into the broker's log.
inline QByteArray logSafe(const QString &text)
{
    QString out;
    for (const QChar c : text.left(80)) {
        const auto category = c.category();
        const bool unsafe = category == QChar::Other_Control || category == QChar::Other_Format ||
                            category == QChar::Other_Surrogate ||
                            category == QChar::Separator_Line ||
                            category == QChar::Separator_Paragraph;
        out += unsafe ? QChar(u'?') : c;
    }
    if (text.size() > 80)
        out += QStringLiteral("…");
    return out.toUtf8();
}

} // namespace larder::cloud
