// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace larder::cloud {

/// One device certificate in the registry, as the broker plugin sees it.
struct DeviceCertificate
{
    QString id;     ///< SHA-256 of the DER form, hex (AWS's certificateId)
    QString cn;     ///< the broker's user name for it
    QString status; ///< CLAIM, PENDING_ACTIVATION, ACTIVE or REVOKED
    QString thing;  ///< attached thing (empty before RegisterThing)
    QString role;   ///< "appliance" (the fridge's controller), "kiosk" (door tablet), "claim"
    QString serial; ///< claim certificates: the fridge they were made for
    qint64 created = 0;
    qint64 expires = 0; ///< the certificate's notAfter (epoch s); 0 when unknown
};

/// The certificate registry and the pairing secrets, in larder-cloud's SQLite file: what the
/// broker plugin reads to authorize devices and what provisioning and pairing write.
class CertificateStore
{
public:
    static constexpr const char *claim = "CLAIM";
    static constexpr const char *pending = "PENDING_ACTIVATION";
    static constexpr const char *active = "ACTIVE";
    static constexpr const char *revoked = "REVOKED";

    explicit CertificateStore(const QString &connectionName = QStringLiteral("larder"));

    bool add(const DeviceCertificate &certificate);
    std::optional<DeviceCertificate> byId(const QString &id) const;
    std::optional<DeviceCertificate> byCn(const QString &cn) const;
    QList<DeviceCertificate> ofThing(const QString &thing) const;

    /// A one-time ownership token (stored hashed) for a pending certificate, valid until
    /// @p expires.
    bool setOwnershipToken(const QString &id, const QByteArray &tokenHash, qint64 expires);
    /// The pending, unattached certificate a token belongs to, if the token is valid at @p now.
    std::optional<DeviceCertificate> byOwnershipToken(const QByteArray &tokenHash,
                                                      qint64 now) const;
    /// Attaches a certificate to its thing (RegisterThing); the token is used up.
    bool attach(const QString &id, const QString &thing);
    bool setStatus(const QString &id, const QString &status);
    /// Deletes pending certificates created before @p createdBefore; how many.
    int removePendingBefore(qint64 createdBefore);

    /// The factory's record of a fridge: its model and its pairing secret (hashed).
    bool setPairingSecret(const QString &serial, const QString &model,
                          const QByteArray &secretHash);
    /// The model and secret hash of @p serial (hash empty when the factory set none).
    std::optional<std::pair<QString, QByteArray>> reference(const QString &serial) const;

private:
    QString m_connection;
};

} // namespace larder::cloud
