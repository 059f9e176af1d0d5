// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace larder::cloud {

/// An account of the user pool.
struct User
{
    QString sub;      ///< stable id (UUID)
    QString username; ///< the e-mail address, lower case
    QString email;
    QByteArray passwordHash; ///< Argon2id, encoded
    bool confirmed = false;
    QStringList groups;
    qint64 tokensValidAfter = 0; ///< tokens issued before this (epoch s) are revoked
};

/// A one-time code (sign-up confirmation or password reset), stored hashed.
struct OneTimeCode
{
    QByteArray hash;
    qint64 expires = 0;
    int attempts = 0;
};

/// A refresh token's record; the token itself is never stored, only its SHA-256.
struct RefreshRecord
{
    QString sub;
    QString clientId;
    qint64 issued = 0;
    qint64 expires = 0;
};

/// Accounts, codes and refresh tokens in larder-cloud's SQLite database.
class UserStore
{
public:
    explicit UserStore(const QString &connectionName = QStringLiteral("larder"));
    bool createSchema(QString *error);

    std::optional<User> find(const QString &username) const;
    std::optional<User> findBySub(const QString &sub) const;
    bool insert(const User &user);
    bool setConfirmed(const QString &sub);
    bool setPassword(const QString &sub, const QByteArray &hash);
    bool setGroups(const QString &sub, const QStringList &groups);
    /// Revokes every token of @p sub issued until @p now (GlobalSignOut, password reset).
    bool revokeTokens(const QString &sub, qint64 now);

    bool saveCode(const QString &username, const QString &purpose, const OneTimeCode &code);
    std::optional<OneTimeCode> code(const QString &username, const QString &purpose) const;
    bool countAttempt(const QString &username, const QString &purpose);
    bool deleteCode(const QString &username, const QString &purpose);

    bool saveRefresh(const QByteArray &tokenHash, const RefreshRecord &record);
    std::optional<RefreshRecord> refresh(const QByteArray &tokenHash) const;

private:
    QString m_connection;
};

} // namespace larder::cloud
