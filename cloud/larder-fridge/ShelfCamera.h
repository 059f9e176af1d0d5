// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QStringList>

namespace larder::fridge {

/// The simulated in-door camera of one shelf: draws what is on it (from the fridge's current
/// contents) as the camera would see it — the shelf's back wall and glass, each item a shape and
/// colour of its own — and encodes it as the JPEG a real camera sends. No text: a camera sees
/// food, not labels. The same contents always give the same picture.
class ShelfCamera
{
public:
    static constexpr int width = 640;
    static constexpr int height = 360;

    /// The picture of @p shelf ("top", "middle", "bottom", "door") holding @p items.
    static QImage render(const QString &shelf, const QStringList &items);
    static QByteArray jpeg(const QImage &image, int quality = 82);
    /// Which shelf each item sits on: spread over @p shelves in the order they went in.
    static QHash<QString, QStringList> arrange(const QStringList &items,
                                               const QStringList &shelves);
};

} // namespace larder::fridge
