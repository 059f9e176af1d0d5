// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace larder {

/// One of the app's own SQLite files in its data folder, on a Qt SQL connection of its own (even
/// while an old object and a new one for the same file overlap): opened in WAL with
/// `synchronous=NORMAL` — what is committed survives a killed app; only a power cut could lose
/// the last moments — with the caller's tables made if missing. Closed with the object.
class LocalDatabase
{
public:
    /// @p path: the file; @p name: what the connection is called after (debugging).
    LocalDatabase(QString path, const QString &name);
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    /// Opens the file and runs @p schema (CREATE … IF NOT EXISTS statements).
    bool open(const QStringList &schema, QString *error);
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection); }
    /// @p sql with @p values bound, executed.
    QSqlQuery run(const QString &sql, const QVariantList &values = {}) const;
    /// Whether @p sql with @p values ran.
    bool exec(const QString &sql, const QVariantList &values = {}) const;

    /// `{AppDataLocation}/{name}.sqlite`.
    static QString defaultPath(const QString &name);

private:
    QString m_path;
    QString m_connection;
};

} // namespace larder
