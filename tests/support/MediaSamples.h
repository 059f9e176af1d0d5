// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>

/// Bytes that pass the media store's content check, of any size: a JPEG's or an MP4's first
/// bytes, then a pattern (no two neighbouring bytes alike, so a shifted or dropped slice shows).
namespace samples {

inline QByteArray withMagic(const QByteArray &magic, qint64 size)
{
    QByteArray bytes = magic;
    bytes.reserve(size);
    for (qint64 i = bytes.size(); i < size; ++i)
        bytes.append(char((i * 131) >> 5));
    return bytes;
}
inline QByteArray jpeg(qint64 size)
{
    return withMagic(QByteArray("\xFF\xD8\xFF\xE0", 4), size);
}
inline QByteArray mp4(qint64 size)
{
    return withMagic(QByteArray("\0\0\0\x18"
                                "ftypmp42",
                                12),
                     size);
}

/// What a fridge's cameras send over MQTT to reserve a small shelf photo of @p thing.
inline QJsonObject snapshotReservation(const QString &thing)
{
    return {{"op", "reserve"},
            {"kind", "snapshot"},
            {"contentType", "image/jpeg"},
            {"owner", thing},
            {"size", 1000}};
}

} // namespace samples
