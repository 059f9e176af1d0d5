// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace larder::pairing {

/// The modules of a QR code (ZXing's writer): `size`×`size` cells, row by row, '1' dark.
struct QrMatrix
{
    int size = 0;
    QString modules;
    bool isValid() const { return size > 0; }

    /// The matrix of @p text (UTF-8, medium error correction, no quiet zone); invalid when the
    /// text does not fit a QR code.
    static QrMatrix encode(const QString &text);
};

} // namespace larder::pairing
