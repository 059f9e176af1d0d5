// SPDX-License-Identifier: MIT
#include "Commands.h"
#include "CloudServer.h"
#include "CloudStore.h"
#include "api/FamilyStore.h"
#include "identity/CodeSender.h"
#include "identity/IdentityService.h"
#include "identity/PoolConfig.h"

#include "../common/CommandLine.h"
#include "../common/Pki.h"
#include "shadow/ShadowTopics.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

namespace larder::cloud {

int deviceCertCommand(const QString &dataDir, const QString &thing, const QString &out)
{
    if (!larder::shadow::ShadowTopics::isValidThingName(thing))
        return fail(QStringLiteral("--thing must be 1–128 characters of a-z A-Z 0-9 : _ -"));
    if (out.isEmpty())
        return fail(QStringLiteral("--out OUTDIR is required"));
    QString error;
    Pki pki(CloudServer::pkiDir(dataDir));
    if (!pki.ensure(&error))
        return fail(error);
    CloudStore store(CloudServer::storePath(dataDir));
    if (!QDir().mkpath(out))
        return fail(QStringLiteral("Cannot create %1").arg(out));
    if (!store.open(&error) || !store.registerThing(thing, &error) ||
        !pki.issueClientCertificate(thing, out + u'/' + thing + QStringLiteral(".cert.pem"),
                                    out + u'/' + thing + QStringLiteral(".key.pem"), &error))
        return fail(error);
    QFile::remove(out + QStringLiteral("/ca.pem"));
    if (!QFile::copy(pki.caCertPath(), out + QStringLiteral("/ca.pem")))
        return fail(QStringLiteral("Cannot write %1/ca.pem").arg(out));
    std::printf("%s/%s.cert.pem\n", qPrintable(out), qPrintable(thing));
    return 0;
}

int addStaffCommand(const QString &dataDir, const QString &email)
{
    if (email.isEmpty())
        return fail(QStringLiteral("--email ADDRESS is required"));
    QString error;
    QDir().mkpath(dataDir);
    CloudStore store(CloudServer::storePath(dataDir));
    UserStore users;
    const QString identityDir = CloudServer::identityDir(dataDir);
    const auto pool = store.open(&error) && users.createSchema(&error)
                          ? PoolConfig::loadOrCreate(identityDir, &error)
                          : std::nullopt;
    auto key =
        pool ? SigningKey::loadOrCreate(identityDir + QStringLiteral("/signing-key.pem"), &error)
             : std::nullopt;
    if (!key)
        return fail(error);
    OutboxSender outbox(dataDir + QStringLiteral("/outbox"));
    IdentityService identity(&users, &*key, &outbox,
                             {pool->region, pool->userPoolId, pool->appClientId, {}});
    QString password = qEnvironmentVariable("LARDER_STAFF_PASSWORD");
    const bool generated = password.isEmpty();
    if (generated) {
        const char *alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        password = QStringLiteral("Aa1-");
        for (int i = 0; i < 16; ++i)
            password +=
                QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(qstrlen(alphabet)))]);
    }
    if (!identity.addStaff(email, password, &error))
        return fail(error.isEmpty() ? QStringLiteral("Cannot add %1").arg(email) : error);
    std::printf("larder-cloud: %s is a support account%s\n", qPrintable(email),
                generated ? qPrintable(QStringLiteral(" (password, shown once: %1)").arg(password))
                          : "");
    return 0;
}

int assignThingCommand(const QString &dataDir, const QString &thing, const QString &familyId)
{
    QString error;
    CloudStore store(CloudServer::storePath(dataDir));
    FamilyStore families;
    if (!store.open(&error) || !families.createSchema(&error))
        return fail(error);
    if (!store.thingExists(thing))
        return fail(
            QStringLiteral("No thing named %1 (larder-cloud device-cert registers it)").arg(thing));
    if (!families.find(familyId))
        return fail(QStringLiteral("No family %1").arg(familyId));
    if (!families.assignThing(thing, familyId))
        return fail(QStringLiteral("Cannot assign %1").arg(thing));
    std::printf("larder-cloud: %s belongs to family %s\n", qPrintable(thing), qPrintable(familyId));
    return 0;
}

} // namespace larder::cloud
