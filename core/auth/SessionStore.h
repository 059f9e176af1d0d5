// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace larder::auth {

/// Refresh tokens in the system keychain (QtKeychain: Secret Service, Keychain, Credential
/// Manager), one entry per account; only the last account's e-mail address, which is not a
/// secret, goes to QSettings. Nothing sensitive is written to a file.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    /// @p service names the keychain entries (different per cloud profile).
    explicit SessionStore(const QString &service, QObject *parent = nullptr);

    void save(const QString &account, const QString &refreshToken,
              std::function<void(bool ok, QString error)> done);
    /// Calls @p done with the stored token, or an empty one (and why) when there is none.
    void load(const QString &account, std::function<void(QString token, QString error)> done);
    void remove(const QString &account, std::function<void(bool ok)> done);

    QString lastAccount() const;
    void setLastAccount(const QString &account);

private:
    QString m_service;
};

} // namespace larder::auth
