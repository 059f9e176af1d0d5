// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QImage>
#include <QSize>
#include <QStringList>

namespace larder::fridge {

/// The live picture of one in-door camera (camera issue): the shelf as ShelfCamera draws it,
/// scaled to the stream's size, with the camera's running clock in a corner and the frame's
/// capture time stamped for the viewer to read (camera::framestamp). With the light off the shelf
/// is all but black, as a real camera sees it. The shelf itself is drawn again only when what is
/// on it changes; each frame costs a copy, the clock and the stamp.
class ShelfVideo
{
public:
    explicit ShelfVideo(QSize size) : m_size(size) {}

    /// The frame of @p shelf holding @p items at @p epochMs (Format_RGB32, the stream's size).
    QImage frame(const QString &shelf, const QStringList &items, bool lightOn, qint64 epochMs);
    QSize size() const { return m_size; }

private:
    struct Base
    {
        size_t key = 0;
        QImage image;
    };
    const QImage &base(const QString &shelf, const QStringList &items, bool lightOn);

    QSize m_size;
    QHash<QString, Base> m_bases; ///< per shelf: the picture under the clock
};

} // namespace larder::fridge
