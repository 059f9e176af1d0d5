// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace larder::cloud {

/// larder-cloud's data: the thing registry, the manufacturer reference table and the
/// persisted shadows; its connection is every store's. In an SQLite file (several processes
/// may open it: WAL mode) or a PostgreSQL database (StoreLocation).
class CloudStore
{
public:
    /// @p location: a file path or a `postgresql://` URL (StoreLocation::parse).
    explicit CloudStore(const QString &location,
                        const QString &connectionName = defaultConnection());
    static QString defaultConnection() { return QStringLiteral("larder"); }
    QString connectionName() const { return m_connection; }
    ~CloudStore();
    CloudStore(const CloudStore &) = delete;
    CloudStore &operator=(const CloudStore &) = delete;

    /// Opens the file, brings its schema up to date (schema::migrate: every table of
    /// larder-cloud) and seeds the reference table on first use.
    bool open(QString *error);

    bool registerThing(const QString &thing, QString *error);
    /// Known things are cached; an unknown name is looked up again (another process, such as
    /// `larder-cloud device-cert`, may have registered it meanwhile).
    bool thingExists(const QString &thing);

    /// The stored shadow form (ShadowDocument::toStorage()), or nullopt if never stored.
    std::optional<QJsonObject> loadShadow(const QString &thing, const QString &shadowName);
    bool saveShadow(const QString &thing, const QString &shadowName, const QJsonObject &stored);

    /// How many named shadows of @p thing exist (deleted ones do not count).
    int namedShadowCount(const QString &thing);

    /// Things whose classic shadow says `reported.connected: true` (what presence last wrote).
    QStringList thingsRecordedConnected();

    struct Reference
    {
        QString serial;
        QString model;
    };
    /// The manufacturer's table of fridges built (seeded with a demo production run).
    QList<Reference> references();

private:
    QString m_path;
    QString m_connection;
    QSet<QString> m_knownThings;
    std::optional<QSqlQuery> m_saveShadow; ///< prepared once: it runs on every update
};

} // namespace larder::cloud
