// SPDX-License-Identifier: MIT
#pragma once

#include "larder-cloud/SupervisedProcess.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace larder::cloud::camera {

/// The live camera's TURN relay for the internet case (camera issue): Debian's coturn, run and
/// supervised by larder-cloud like Mosquitto and nginx when `serve --turn-port` is given, with
/// time-limited credentials (coturn's `use-auth-secret`, the TURN REST API's scheme): the cloud
/// makes a secret at every start, hands coturn the secret in a 0600 file, and gives each viewer
/// on request a user name `{expiry}:{random}` and its password, base64(HMAC-SHA1(secret, user
/// name)), valid for `lifetime` seconds. No credential is ever stored or sits in a profile, and
/// none names who asked.
class TurnRelay
{
public:
    struct Options
    {
        QString dir;                                ///< its config and log
        QString host = QStringLiteral("127.0.0.1"); ///< where viewers reach it
        int port = 0;                               ///< 0: no relay
        qint64 lifetime = 3600;                     ///< seconds a credential is good for
    };
    explicit TurnRelay(Options options);

    bool enabled() const { return m_options.port > 0; }
    qint64 lifetime() const { return m_options.lifetime; }
    /// Writes its configuration (with a fresh secret, 0600); false and @p error when it cannot.
    bool write(QString *error);
    SupervisedProcess::Spec spec() const;
    /// The relay as the profile names it (no credential): `turn://host:port`.
    QString url() const;
    /// The ICE servers for a viewer at @p nowSecs (@p who asked; the credential does not say):
    /// the relay's URL with a credential
    /// (`turn://user:password@host:port`, both escaped); empty when there is no relay.
    QStringList iceServersFor(const QString &who, qint64 nowSecs) const;

    /// The TURN REST API's credential: the user name for @p who until @p expirySecs, and its
    /// password under @p secret.
    static QString userName(const QString &who, qint64 expirySecs);
    static QString password(const QByteArray &secret, const QString &userName);
    /// Where relayed packets leave from: the host's first IPv4 address that is not loopback
    /// (127.0.0.1 when it has none).
    static QString relayAddress();

private:
    QString hostInUrl() const; ///< an IPv6 address in brackets
    Options m_options;
    QByteArray m_secret;
};

} // namespace larder::cloud::camera
