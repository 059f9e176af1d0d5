// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace larder::kiosk {

/// The device's own private key, made on the device and never sent anywhere: a P-256 key in a
/// file only its owner can read, and the certificate signing request that carries its public
/// half to the cloud (fleet provisioning's CreateCertificateFromCsr).
class DeviceKey
{
public:
    /// Creates the key file (0600 from the start); false with a reason.
    static bool generate(const QString &keyPath, QString *error);
    /// A PEM CSR for the key at @p keyPath, with @p commonName as subject; empty with a reason.
    static QByteArray signingRequest(const QString &keyPath, const QString &commonName,
                                     QString *error);
};

} // namespace larder::kiosk
