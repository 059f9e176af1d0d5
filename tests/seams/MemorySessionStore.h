// SPDX-License-Identifier: MIT
#pragma once

#include "auth/SessionStore.h"

#include <QHash>

/// A SessionStore in memory, for fast tests of the session without a keychain.
class MemorySessionStore : public larder::auth::SessionStore
{
public:
    MemorySessionStore() : SessionStore(QStringLiteral("larder-test")) {}

    QHash<QString, QString> tokens;
    QString last;

    void save(const QString &account, const QString &refreshToken,
              std::function<void(bool ok, QString error)> done) override
    {
        tokens.insert(account, refreshToken);
        done(true, {});
    }
    void load(const QString &account,
              std::function<void(QString token, QString error)> done) override
    {
        done(tokens.value(account), tokens.contains(account) ? QString() : QStringLiteral("none"));
    }
    void remove(const QString &account, std::function<void(bool ok)> done) override
    {
        done(tokens.remove(account) > 0);
    }
    QString lastAccount() const override { return last; }
    void setLastAccount(const QString &account) override { last = account; }
};
