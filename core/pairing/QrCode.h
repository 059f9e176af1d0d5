// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace larder::pairing {

/// The modules of a QR code (ZXing's writer): `size`×`size` cells, row by row, '1' dark.
struct QrMatrix
{
    int size = 0;
    QString modules;
    bool isValid() const { return size > 0; }
};

/// Encodes text as a QR code for screens to draw (invitations, pairing labels). QML gets
/// `QrCode.encode(text)` → `{size, modules}`.
class QrCode : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// The matrix of @p text (medium error correction, no quiet zone); invalid when the text
    /// does not fit a QR code.
    static QrMatrix matrix(const QString &text);
    Q_INVOKABLE static QVariantMap encode(const QString &text);
};

} // namespace larder::pairing
