// SPDX-License-Identifier: MIT
#include "SessionStore.h"

#include <QSettings>
#include <qt6keychain/keychain.h>

namespace larder::auth {

// Jobs are not children of the store: the Secret Service backend calls back into a job after
// its operation ends, so a job deleted while it runs would be used after being freed. Each job
// deletes itself when finished; the store being the connection's context, a store that is
// gone gets no callback.

SessionStore::SessionStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

void SessionStore::save(const QString &account, const QString &refreshToken,
                        std::function<void(bool, QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(refreshToken);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                done(finished->error() == QKeychain::NoError, finished->errorString());
            });
    job->start();
}

void SessionStore::load(const QString &account, std::function<void(QString, QString)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                if (read->error() != QKeychain::NoError)
                    done({}, read->errorString());
                else
                    done(read->textData(), {});
            });
    job->start();
}

void SessionStore::remove(const QString &account, std::function<void(bool)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                done(finished->error() == QKeychain::NoError ||
                     finished->error() == QKeychain::EntryNotFound);
            });
    job->start();
}

QString SessionStore::lastAccount() const
{
    return QSettings().value(QStringLiteral("accounts/%1/last").arg(m_service)).toString();
}

void SessionStore::setLastAccount(const QString &account)
{
    QSettings settings;
    if (account.isEmpty())
        settings.remove(QStringLiteral("accounts/%1/last").arg(m_service));
    else
        settings.setValue(QStringLiteral("accounts/%1/last").arg(m_service), account);
}

} // namespace larder::auth
