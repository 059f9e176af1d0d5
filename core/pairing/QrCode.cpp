// SPDX-License-Identifier: MIT
#include "QrCode.h"

#include <QVariantMap>

namespace larder::pairing {

QVariantMap QrCode::encode(const QString &text)
{
    const QrMatrix qr = QrMatrix::encode(text);
    return {{QStringLiteral("size"), qr.size}, {QStringLiteral("modules"), qr.modules}};
}

} // namespace larder::pairing
