// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace larder::pairing {

/// Finds and reads a QR code in a picture (a photo of a fridge's label, a camera frame) with
/// ZXing: any rotation, scale or moderate blur.
class QrDecoder
{
public:
    /// The code's content, or empty when there is no readable QR code in @p image.
    static QByteArray decode(const QImage &image);
    /// decode() of an image file; @p error gets a sentence when it cannot be read or holds no
    /// code.
    static QByteArray decodeFile(const QString &path, QString *error);
};

} // namespace larder::pairing
