// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace larder::auth {

/// Refresh tokens in the system keychain (QtKeychain: Secret Service, Keychain, Credential
/// Manager), one entry per account; only the last account's e-mail address, which is not a
/// secret, goes to QSettings. Nothing sensitive is written to a file. Virtual, so tests can keep
/// the session in memory.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    /// @p service names the keychain entries (different per cloud profile).
    explicit SessionStore(const QString &service, QObject *parent = nullptr);

    virtual void save(const QString &account, const QString &refreshToken,
                      std::function<void(bool ok, QString error)> done);
    /// Calls @p done with the stored token, or an empty one (and why) when there is none.
    virtual void load(const QString &account,
                      std::function<void(QString token, QString error)> done);
    virtual void remove(const QString &account, std::function<void(bool ok)> done);

    virtual QString lastAccount() const;
    virtual void setLastAccount(const QString &account);

private:
    QString m_service;
};

} // namespace larder::auth
