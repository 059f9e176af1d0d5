// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace larder::cloud {

/// larder-cloud's local certificate authority, built with OpenSSL's API: a root CA, a server
/// certificate for localhost/127.0.0.1 and client certificates whose CN is the identity the
/// broker uses as user name. Private keys are written owner-only (0600).
class Pki
{
public:
    explicit Pki(const QString &directory);

    /// Creates the CA and the server certificate if they do not exist yet.
    bool ensure(QString *error);

    QString caCertPath() const { return m_dir + QStringLiteral("/ca.pem"); }
    QString caKeyPath() const { return m_dir + QStringLiteral("/ca.key.pem"); }
    QString serverCertPath() const { return m_dir + QStringLiteral("/server.pem"); }
    QString serverKeyPath() const { return m_dir + QStringLiteral("/server.key.pem"); }

    /// Generates a P-256 key and a client certificate with CN @p commonName signed by the CA.
    bool issueClientCertificate(const QString &commonName, const QString &certPath,
                                const QString &keyPath, QString *error, int validDays = 365) const;

private:
    QString m_dir;
};

} // namespace larder::cloud
