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
    QString name; ///< the display name (Cognito's `name` attribute); may be empty
};

/// A one-time code (sign-up confirmation or password reset), stored hashed.
struct OneTimeCode
{
    QByteArray hash;
    qint64 expires = 0;
    int attempts = 0;
};

/// A sign-in session and its refresh token (only the token's SHA-256 is stored). Every token
/// of the session carries its id as `origin_jti`; ending the session revokes them all.
struct RefreshRecord
{
    QString session;
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

    std::optional<User> find(const QString &username) const;
    std::optional<User> findBySub(const QString &sub) const;
    bool insert(const User &user);
    bool setConfirmed(const QString &sub);
    bool setPassword(const QString &sub, const QByteArray &hash);
    bool setGroups(const QString &sub, const QStringList &groups);
    bool setName(const QString &sub, const QString &name);
    /// Ends every session of @p sub (GlobalSignOut, password reset): its tokens are revoked.
    bool revokeTokens(const QString &sub);
    /// Whether @p session is alive; nullopt when the database cannot say (it is restarting).
    std::optional<bool> sessionAlive(const QString &session) const;

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
