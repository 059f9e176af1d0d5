// SPDX-License-Identifier: MIT
#pragma once

#include "QrMatrix.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace larder::pairing {

/// Encodes text as a QR code for screens to draw (invitations, pairing labels). QML gets
/// `QrCode.encode(text)` → `{size, modules}`.
class QrCode : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// QrMatrix::encode(@p text).
    static QrMatrix matrix(const QString &text) { return QrMatrix::encode(text); }
    Q_INVOKABLE static QVariantMap encode(const QString &text);
};

} // namespace larder::pairing
