// SPDX-License-Identifier: MIT
#include "BrokerConfig.h"

#include <QDir>
#include <QSaveFile>

#include <pwd.h>
#include <unistd.h>

namespace larder::cloud {

namespace {

bool save(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

/// A mutual-TLS listener whose certificates larder-broker-auth (device mode) looks up at
/// CONNECT and for every message; @p extraOptions adds plugin options.
QString certificateListener(int port, const BrokerConfig::Files &files,
                            const BrokerConfig::AppAuth &auth, const QString &extraOptions)
{
    return QStringLiteral("listener %1 127.0.0.1\n"
                          "protocol mqtt\n"
                          "cafile %2\ncertfile %3\nkeyfile %4\n"
                          "tls_version tlsv1.2\n"
                          "set_tcp_nodelay true\n"
                          "require_certificate true\n"
                          "allow_anonymous false\n"
                          "plugin %5\n"
                          "plugin_opt_mode device\n"
                          "plugin_opt_database %6\n"
                          "plugin_opt_service %7\n")
               .arg(port)
               .arg(files.ca, files.serverCert, files.serverKey, auth.pluginPath, auth.database,
                    ServiceIdentities::service()) +
           extraOptions;
}

} // namespace

BrokerConfig::BrokerConfig(const QString &directory, Ports ports, Files files, AppAuth appAuth)
    : m_dir(directory), m_ports(ports), m_files(std::move(files)), m_appAuth(std::move(appAuth))
{
}

bool BrokerConfig::write(QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("Cannot create %1").arg(m_dir);
        return false;
    }
    QString conf =
        QStringLiteral("# Written by larder-cloud at every start; edits are overwritten.\n"
                       "per_listener_settings true\n"
                       "persistence true\n"
                       "persistence_location %1/\n"
                       "autosave_interval 300\n"
                       "persistent_client_expiration 2d\n"
                       // stderr is unbuffered: each line is in the log as it happens, and
                       // stays there when Mosquitto is killed (stdout to a file is block-buffered).
                       "log_dest stderr\n"
                       "log_type error\nlog_type warning\nlog_type notice\nlog_type information\n"
                       "connection_messages true\n"
                       "log_timestamp true\n"
                       "log_timestamp_format %Y-%m-%dT%H:%M:%S\n"
                       "max_packet_size 262144\n"
                       "max_queued_messages 10000\n")
            .arg(m_dir);
    if (::geteuid() == 0) {
        // Started as root, Mosquitto would switch to the 'mosquitto' user, which cannot read
        // larder-cloud's owner-only keys. Keep the invoking identity.
        conf += QStringLiteral("user root\n");
    }
    // Devices: every certificate is looked up in larder-cloud's registry by our plugin.
    conf += u'\n' + certificateListener(m_ports.device, m_files, m_appAuth, {});
    conf += QStringLiteral("\nlistener %1 127.0.0.1\n"
                           "protocol mqtt\n"
                           "cafile %2\ncertfile %3\nkeyfile %4\n"
                           "tls_version tlsv1.2\n"
                           "set_tcp_nodelay true\n"
                           "allow_anonymous false\n"
                           "plugin %5\n"
                           "plugin_opt_database %6\n"
                           "plugin_opt_jwks %7\n"
                           "plugin_opt_issuer %8\n"
                           "plugin_opt_client_id %9\n")
                .arg(m_ports.app)
                .arg(m_files.ca, m_files.serverCert, m_files.serverKey, m_appAuth.pluginPath,
                     m_appAuth.database, m_appAuth.jwks, m_appAuth.issuer, m_appAuth.clientId);
    if (m_ports.dev > 0) // tests and benchmarks only: a privileged client certificate
        conf += u'\n' + certificateListener(m_ports.dev, m_files, m_appAuth,
                                            QStringLiteral("plugin_opt_development %1\n")
                                                .arg(ServiceIdentities::developmentApp()));
    return save(configPath(), conf, error);
}

} // namespace larder::cloud
