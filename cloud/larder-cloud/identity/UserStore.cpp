// SPDX-License-Identifier: MIT
#include "UserStore.h"

#include "larder-cloud/SqlQuery.h"

#include <QDateTime>
#include <QVariant>

namespace larder::cloud {

using sql::exec;
using sql::run;

namespace {
/// Groups as stored: comma-separated, never SQL NULL (an empty QString binds as NULL).
QString groupsColumn(const QStringList &groups)
{
    return groups.isEmpty() ? QStringLiteral("") : groups.join(u',');
}

User userFrom(const QSqlQuery &query)
{
    User user;
    user.sub = query.value(0).toString();
    user.username = query.value(1).toString();
    user.email = query.value(2).toString();
    user.passwordHash = query.value(3).toByteArray();
    user.confirmed = query.value(4).toBool();
    user.groups = query.value(5).toString().split(u',', Qt::SkipEmptyParts);
    user.name = query.value(6).toString();
    return user;
}
} // namespace

UserStore::UserStore(const QString &connectionName) : m_connection(connectionName) {}

std::optional<User> UserStore::find(const QString &username) const
{
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT sub, username, email, password_hash, confirmed, groups, name "
                           "FROM users WHERE username = ?"),
            {username.toLower()});
    if (!query.next())
        return std::nullopt;
    return userFrom(query);
}

std::optional<User> UserStore::findBySub(const QString &sub) const
{
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT sub, username, email, password_hash, confirmed, groups, name "
                           "FROM users WHERE sub = ?"),
            {sub});
    if (!query.next())
        return std::nullopt;
    return userFrom(query);
}

bool UserStore::insert(const User &user)
{
    return exec(
        m_connection,
        QStringLiteral(
            "INSERT INTO users (sub, username, email, password_hash, confirmed, groups, name, "
            "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {user.sub, user.username.toLower(), user.email, user.passwordHash, user.confirmed ? 1 : 0,
         groupsColumn(user.groups), sql::notNull(user.name), QDateTime::currentSecsSinceEpoch()});
}

bool UserStore::setConfirmed(const QString &sub)
{
    return exec(m_connection, QStringLiteral("UPDATE users SET confirmed = 1 WHERE sub = ?"),
                {sub});
}

bool UserStore::setPassword(const QString &sub, const QByteArray &hash)
{
    return exec(m_connection, QStringLiteral("UPDATE users SET password_hash = ? WHERE sub = ?"),
                {hash, sub});
}

bool UserStore::setGroups(const QString &sub, const QStringList &groups)
{
    return exec(m_connection, QStringLiteral("UPDATE users SET groups = ? WHERE sub = ?"),
                {groupsColumn(groups), sub});
}

bool UserStore::setName(const QString &sub, const QString &name)
{
    return exec(m_connection, QStringLiteral("UPDATE users SET name = ? WHERE sub = ?"),
                {sql::notNull(name), sub});
}

bool UserStore::revokeTokens(const QString &sub)
{
    return exec(m_connection, QStringLiteral("DELETE FROM sessions WHERE sub = ?"), {sub});
}

std::optional<bool> UserStore::sessionAlive(const QString &session) const
{
    bool ok = false;
    QSqlQuery query = run(
        m_connection, QStringLiteral("SELECT 1 FROM sessions WHERE session = ? AND expires > ?"),
        {session, QDateTime::currentSecsSinceEpoch()}, &ok);
    if (!ok)
        return std::nullopt;
    return query.next();
}

bool UserStore::saveCode(const QString &username, const QString &purpose, const OneTimeCode &code)
{
    return exec(
        m_connection,
        QStringLiteral(
            "INSERT INTO codes (username, purpose, code_hash, expires, attempts) VALUES (?, ?, "
            "?, ?, 0) ON CONFLICT (username, purpose) DO UPDATE SET code_hash = "
            "excluded.code_hash, expires = excluded.expires, attempts = 0"),
        {username.toLower(), purpose, code.hash, code.expires});
}

std::optional<OneTimeCode> UserStore::code(const QString &username, const QString &purpose) const
{
    QSqlQuery query = run(
        m_connection,
        QStringLiteral(
            "SELECT code_hash, expires, attempts FROM codes WHERE username = ? AND purpose = ?"),
        {username.toLower(), purpose});
    if (!query.next())
        return std::nullopt;
    return OneTimeCode{query.value(0).toByteArray(), query.value(1).toLongLong(),
                       query.value(2).toInt()};
}

bool UserStore::countAttempt(const QString &username, const QString &purpose)
{
    return exec(m_connection,
                QStringLiteral(
                    "UPDATE codes SET attempts = attempts + 1 WHERE username = ? AND purpose = ?"),
                {username.toLower(), purpose});
}

bool UserStore::deleteCode(const QString &username, const QString &purpose)
{
    return exec(m_connection,
                QStringLiteral("DELETE FROM codes WHERE username = ? AND purpose = ?"),
                {username.toLower(), purpose});
}

bool UserStore::saveRefresh(const QByteArray &tokenHash, const RefreshRecord &record)
{
    return exec(
        m_connection,
        QStringLiteral(
            "INSERT INTO sessions (session, token_hash, sub, client_id, issued, expires) "
            "VALUES (?, ?, ?, ?, ?, ?)"),
        {record.session, tokenHash, record.sub, record.clientId, record.issued, record.expires});
}

std::optional<RefreshRecord> UserStore::refresh(const QByteArray &tokenHash) const
{
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT session, sub, client_id, issued, expires FROM sessions "
                           "WHERE token_hash = ?"),
            {tokenHash});
    if (!query.next())
        return std::nullopt;
    return RefreshRecord{query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toLongLong(),
                         query.value(4).toLongLong()};
}

} // namespace larder::cloud
