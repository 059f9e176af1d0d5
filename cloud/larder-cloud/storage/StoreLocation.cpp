// SPDX-License-Identifier: MIT
#include "StoreLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace larder::cloud {

namespace {
/// libpq's connection parameters a URL may set (the rest are the URL's own parts).
const QStringList &allowedOptions()
{
    static const QStringList options{QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs")};
    return options;
}

bool isUrl(const QString &text)
{
    return text.contains(QLatin1String("://"));
}
} // namespace

std::optional<StoreLocation> StoreLocation::parse(const QString &text, QString *error)
{
    StoreLocation location;
    if (!isUrl(text)) {
        if (text.isEmpty()) {
            *error = QStringLiteral("The database is neither a file nor a postgresql:// URL.");
            return std::nullopt;
        }
        location.path = text;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() ||
        (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *error = QStringLiteral("The database URL must be postgresql://USER@HOST:PORT/DATABASE "
                                "(with ?sslmode=… and the like).");
        return std::nullopt;
    }
    location.engine = dialect::Engine::Postgres;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.database = url.path().mid(1);
    if (location.host.isEmpty() || location.user.isEmpty() || location.database.isEmpty() ||
        location.database.contains(u'/') || location.port < 1 || location.port > 65535) {
        *error = QStringLiteral("The database URL needs a user, a host and a database: "
                                "postgresql://USER@HOST:PORT/DATABASE.");
        return std::nullopt;
    }
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!allowedOptions().contains(key)) {
            *error = QStringLiteral("The database URL's option %1 is not one larder-cloud "
                                    "passes on (%2).")
                         .arg(key, allowedOptions().join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (value.contains(u';') || value.contains(u'=') || value.contains(u' ')) {
            *error =
                QStringLiteral("The database URL's option %1 has a value it cannot have.").arg(key);
            return std::nullopt;
        }
        options.append(key + u'=' + value);
    }
    location.options = options.join(u';');
    return location;
}

QString StoreLocation::display() const
{
    if (engine == dialect::Engine::Sqlite)
        return path;
    QString out =
        QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    if (!options.isEmpty())
        out += u'?' + QString(options).replace(u';', u'&');
    return out;
}

QSqlDatabase StoreLocation::addConnection(const QString &connectionName) const
{
    if (engine == dialect::Engine::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    db.setDatabaseName(database);
    QString connectOptions = options;
    if (!connectOptions.contains(QLatin1String("connect_timeout")))
        connectOptions += QLatin1String(connectOptions.isEmpty() ? "" : ";") +
                          QStringLiteral("connect_timeout=5");
    db.setConnectOptions(connectOptions);
    return db;
}

} // namespace larder::cloud
