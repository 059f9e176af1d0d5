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

    /// A certificate signed by the CA for the public key of @p csrPem (a PEM certificate
    /// signing request whose signature must verify), named @p commonName whatever the request
    /// asks. @p certificateId receives the SHA-256 of its DER form in hex, as AWS IoT names
    /// certificates. False with a reason for a malformed or forged request.
    bool signRequest(const QByteArray &csrPem, const QString &commonName, QByteArray *certPem,
                     QString *certificateId, QString *error, int validDays = 365) const;

    /// The AWS-style id (SHA-256 of the DER form, hex) of a PEM certificate; empty if unreadable.
    static QString certificateId(const QByteArray &certPem);
    /// When a PEM certificate expires (its notAfter, epoch s); 0 if unreadable.
    static qint64 notAfter(const QByteArray &certPem);

private:
    QString m_dir;
};

} // namespace larder::cloud
