// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace larder::cloud {

/// Identities larder-cloud itself uses on the broker. Neither is a valid thing name (the dot),
/// so no device certificate can ever carry them.
struct ServiceIdentities
{
    static QString service() { return QStringLiteral("larder.service"); }
    static QString developmentApp() { return QStringLiteral("larder.dev-app"); }
    /// The edge (nginx) towards the HTTP services behind it.
    static QString edge() { return QStringLiteral("larder.edge"); }
};

/// Writes the Mosquitto configuration larder-cloud runs its broker with: a device listener
/// (mutual TLS; larder-broker-auth looks every certificate up in the registry at CONNECT —
/// pending and revoked ones are refused, each identity owns its client ids — and per topic:
/// claim certificates may only provision, a fridge reaches only its own
/// `$aws/things/{name}/shadow/…` topics), an app listener (TLS; user name and password, the
/// password an ID token checked by larder-broker-auth, which allows only the user's families'
/// fridges and client ids `app.{sub}.…`) and, for tests and benchmarks, a development listener
/// (mutual TLS; only larder-cloud's development certificate, which sees every shadow).
class BrokerConfig
{
public:
    struct Ports
    {
        int device = 8883;
        int app = 8884;
        int dev = 0; ///< development client certificate, tests and benchmarks only (0 = none)
    };
    /// Our Mosquitto plugin and what it reads (the app listener's token authentication, the
    /// device listener's certificate registry).
    struct AppAuth
    {
        QString pluginPath;
        QString database;
        QString jwks;
        QString issuer;
        QString clientId;
    };
    struct Files
    {
        QString ca, serverCert, serverKey;
    };

    BrokerConfig(const QString &directory, Ports ports, Files files, AppAuth appAuth);

    bool write(QString *error) const;
    QString configPath() const { return m_dir + QStringLiteral("/mosquitto.conf"); }

private:
    QString m_dir;
    Ports m_ports;
    Files m_files;
    AppAuth m_appAuth;
};

} // namespace larder::cloud
