// SPDX-License-Identifier: MIT
#include "Commands.h"
#include "CloudServer.h"
#include "CloudStore.h"
#include "api/FamilyStore.h"
#include "board/BoardStore.h"
#include "history/DemoHistory.h"
#include "history/HistoryStore.h"
#include "identity/CodeSender.h"
#include "identity/IdentityService.h"
#include "identity/PoolConfig.h"
#include "inventory/DemoStock.h"
#include "inventory/IngredientStore.h"
#include "provisioning/CertificateStore.h"
#include "storage/StoreBackups.h"
#include "support/AuditLog.h"
#include "support/ConsentStore.h"

#include "common/CommandLine.h"
#include "common/Pki.h"
#include "shadow/ShadowTopics.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QRandomGenerator>
#include <QUuid>

#include <cstdio>

namespace larder::cloud {

int deviceCertCommand(const DataPlace &data, const QString &thing, const QString &out)
{
    if (!larder::shadow::ShadowTopics::isValidThingName(thing))
        return fail(QStringLiteral("--thing must be 1–128 characters of a-z A-Z 0-9 : _ -"));
    if (out.isEmpty())
        return fail(QStringLiteral("--out OUTDIR is required"));
    QString error;
    Pki pki(CloudServer::pkiDir(data.dir));
    if (!pki.ensure(&error))
        return fail(error);
    CloudStore store(data.store());
    if (!QDir().mkpath(out))
        return fail(QStringLiteral("Cannot create %1").arg(out));
    if (!store.open(&error) || !store.registerThing(thing, &error) ||
        !pki.issueClientCertificate(thing, out + u'/' + thing + QStringLiteral(".cert.pem"),
                                    out + u'/' + thing + QStringLiteral(".key.pem"), &error))
        return fail(error);
    // The registry: an ACTIVE appliance certificate for this thing (the broker reads it).
    CertificateStore certificates;
    QFile cert(out + u'/' + thing + QStringLiteral(".cert.pem"));
    const QByteArray pem = cert.open(QIODevice::ReadOnly) ? cert.readAll() : QByteArray();
    if (pem.isEmpty() || !certificates.add({Pki::certificateId(pem),
                                            thing,
                                            QString::fromLatin1(CertificateStore::active),
                                            thing,
                                            QStringLiteral("appliance"),
                                            {},
                                            0,
                                            Pki::notAfter(pem)}))
        return fail(QStringLiteral("Cannot register the certificate of %1 (%2)").arg(thing, error));
    QFile::remove(out + QStringLiteral("/ca.pem"));
    if (!QFile::copy(pki.caCertPath(), out + QStringLiteral("/ca.pem")))
        return fail(QStringLiteral("Cannot write %1/ca.pem").arg(out));
    std::printf("%s/%s.cert.pem\n", qPrintable(out), qPrintable(thing));
    return 0;
}

namespace {
/// Puts the demo list into @p thing's fridge, made by @p by.
bool stock(const QString &thing, const inventory::Author &by)
{
    IngredientStore ingredients;
    for (const inventory::Change &change :
         demoStock(by, QDate::currentDate(), QDateTime::currentSecsSinceEpoch()))
        if (!ingredients.apply(thing, change))
            return false;
    return true;
}

/// The identity service over a data dir, for commands run while the cloud may be stopped.
struct OfflineIdentity
{
    explicit OfflineIdentity(const DataPlace &data)
        : store(data.store()), outbox(data.dir + QStringLiteral("/outbox"))
    {
        QDir().mkpath(data.dir);
        const QString identityDir = CloudServer::identityDir(data.dir);
        const auto pool =
            store.open(&error) ? PoolConfig::loadOrCreate(identityDir, &error) : std::nullopt;
        if (pool)
            key =
                SigningKey::loadOrCreate(identityDir + QStringLiteral("/signing-key.pem"), &error);
        if (key)
            service.emplace(
                &users, &*key, &outbox,
                IdentityService::Pool{pool->region, pool->userPoolId, pool->appClientId, {}});
    }

    CloudStore store;
    UserStore users;
    OutboxSender outbox;
    std::optional<SigningKey> key;
    std::optional<IdentityService> service;
    QString error;
};

/// A password that meets the policy, for accounts an operator creates.
QString generatedPassword()
{
    const char *alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password = QStringLiteral("Aa1-");
    for (int i = 0; i < 16; ++i)
        password +=
            QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(qstrlen(alphabet)))]);
    return password;
}

} // namespace

int restoreCommand(const DataPlace &data, const QString &from)
{
    if (data.onPostgres())
        return fail(QStringLiteral("restore puts an SQLite backup back; a PostgreSQL database "
                                   "is restored with pg_restore (docs/postgresql.md)"));
    QLockFile lock(CloudServer::lockPath(data.dir));
    if (!lock.tryLock(0))
        return fail(
            QStringLiteral("larder-cloud is serving %1: stop it before restoring").arg(data.dir));
    QString restored, error;
    if (!backups::restore(data.dir, from, &restored, &error))
        return fail(error);
    std::printf("larder-cloud: restored %s from %s\n", qPrintable(data.store()),
                qPrintable(restored));
    return 0;
}

int addStaffCommand(const DataPlace &data, const QString &email)
{
    if (email.isEmpty())
        return fail(QStringLiteral("--email ADDRESS is required"));
    OfflineIdentity identity(data);
    if (!identity.service)
        return fail(identity.error);
    QString password = qEnvironmentVariable("LARDER_STAFF_PASSWORD");
    const bool generated = password.isEmpty();
    if (generated)
        password = generatedPassword();
    QString error;
    if (!identity.service->addStaff(email, password, &error))
        return fail(error.isEmpty() ? QStringLiteral("Cannot add %1").arg(email) : error);
    std::printf("larder-cloud: %s is a support account%s\n", qPrintable(email),
                generated ? qPrintable(QStringLiteral(" (password, shown once: %1)").arg(password))
                          : "");
    return 0;
}

int demoFamilyCommand(const DataPlace &data, const DemoFamily &demo)
{
    if (demo.thing.isEmpty() || demo.ownerEmail.isEmpty() || demo.memberEmail.isEmpty())
        return fail(QStringLiteral("--thing, --email and --member-email are required"));
    OfflineIdentity identity(data);
    FamilyStore families;
    QString error;
    if (!identity.service)
        return fail(identity.error.isEmpty() ? error : identity.error);
    if (!identity.store.thingExists(demo.thing))
        return fail(QStringLiteral("No thing named %1 (larder-cloud device-cert registers it)")
                        .arg(demo.thing));
    if (identity.users.find(demo.ownerEmail)) {
        std::printf("larder-cloud: the demo family of %s exists already\n",
                    qPrintable(demo.ownerEmail));
        return 0;
    }
    const QString ownerPassword = generatedPassword();
    const QString memberPassword = generatedPassword();
    const auto owner =
        identity.service->addConfirmedAccount(demo.ownerEmail, ownerPassword, {}, &error);
    const auto member =
        owner ? identity.service->addConfirmedAccount(demo.memberEmail, memberPassword, {}, &error)
              : std::nullopt;
    if (!member)
        return fail(error);
    const QString ownerShown = demo.ownerName.isEmpty() ? demo.ownerEmail : demo.ownerName;
    const QString memberShown = demo.memberName.isEmpty() ? demo.memberEmail : demo.memberName;
    if (!identity.users.setName(*owner, demo.ownerName) ||
        !identity.users.setName(*member, demo.memberName))
        return fail(QStringLiteral("Cannot name the demo accounts"));
    const auto family = families.create(demo.familyName, *owner, demo.ownerEmail, demo.ownerName);
    if (!family || !families.addMember(family->id, *member, demo.memberEmail, demo.memberName) ||
        !families.assignThing(demo.thing, family->id, demo.fridgeName))
        return fail(QStringLiteral("Cannot create the demo family"));
    // A plausibly stocked list, so the demo opens on a fridge with food in it.
    if (!stock(demo.thing, {QStringLiteral("member"), *owner, ownerShown}))
        return fail(QStringLiteral("Cannot stock the demo fridge"));
    // A month of its temperatures, with a power cut to look back on.
    HistoryStore history;
    if (!seedDemoHistory(history, demo.thing, QDateTime::currentSecsSinceEpoch()))
        return fail(QStringLiteral("Cannot write the demo fridge's temperature history"));
    IngredientStore shopping(QStringLiteral("larder"), IngredientStore::Tables::shopping());
    for (const inventory::Change &change : demoShopping(
             {QStringLiteral("member"), *member, memberShown}, QDateTime::currentSecsSinceEpoch()))
        if (!shopping.apply(family->id, change))
            return fail(QStringLiteral("Cannot fill the demo shopping list"));
    // Two recipe cards on the family board, one from the member and one from the door tablet.
    board::BoardStore boardStore;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    board::Post soup;
    soup.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    soup.familyId = family->id;
    soup.kind = QStringLiteral("recipe");
    soup.title = QStringLiteral("Leek and potato soup");
    soup.text = QStringLiteral("2 leeks, 3 potatoes, 1 l stock. Soften the leeks in butter, add "
                               "the potatoes and stock, simmer 20 minutes, blend.");
    soup.author = *member;
    soup.authorName = memberShown;
    soup.createdAt = now - 3 * 3600 * 1000;
    board::Post note = soup;
    note.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.title = QStringLiteral("Pancakes on Sunday");
    note.text = QStringLiteral("We have eggs and milk; someone get flour.");
    note.author = QStringLiteral("thing:") + demo.thing;
    note.authorName = QStringLiteral("Kitchen tablet");
    note.createdAt = now - 20 * 60 * 1000;
    if (!boardStore.add(soup) || !boardStore.add(note))
        return fail(QStringLiteral("Cannot fill the demo board"));
    std::printf("larder-cloud: family \"%s\" with %s (%s)\n", qPrintable(demo.familyName),
                qPrintable(demo.fridgeName), qPrintable(demo.thing));
    std::printf("  family  %s\n", qPrintable(family->id));
    std::printf("  owner   %s   %s\n", qPrintable(demo.ownerEmail), qPrintable(ownerPassword));
    std::printf("  member  %s   %s\n", qPrintable(demo.memberEmail), qPrintable(memberPassword));
    return 0;
}

int grantSupportCommand(const DataPlace &data, const QString &thing, int hours)
{
    QString error;
    CloudStore store(data.store());
    if (!store.open(&error))
        return fail(error);
    if (const auto problem = support::consent::durationProblem(hours))
        return fail(*problem);
    FamilyStore families;
    const auto family = families.familyOfThing(thing);
    const auto record = family ? families.find(family->first) : std::nullopt;
    if (!record)
        return fail(QStringLiteral("%1 is in no family: nobody can let support look").arg(thing));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    support::ConsentStore consents;
    const auto granted = consents.grant(thing, record->id, record->ownerSub, hours, false, now);
    const auto owner = families.memberOf(record->id, record->ownerSub);
    if (!granted || !support::AuditLog().append(
                        thing, record->id,
                        {now * 1000, granted->consent.id, QStringLiteral("owner"),
                         owner ? (owner->name.isEmpty() ? owner->email : owner->name) : QString(),
                         QStringLiteral("granted"), QStringLiteral("%1h").arg(hours)}))
        return fail(QStringLiteral("Cannot store support access for %1").arg(thing));
    std::printf("larder-cloud: support may look at %s for %d hour(s); case code %s\n",
                qPrintable(thing), hours, qPrintable(granted->caseCode));
    return 0;
}

int assignThingCommand(const DataPlace &data, const QString &thing, const QString &familyId,
                       const QString &name, bool withStock)
{
    QString error;
    CloudStore store(data.store());
    FamilyStore families;
    if (!store.open(&error))
        return fail(error);
    if (!store.thingExists(thing))
        return fail(
            QStringLiteral("No thing named %1 (larder-cloud device-cert registers it)").arg(thing));
    if (!families.find(familyId))
        return fail(QStringLiteral("No family %1").arg(familyId));
    // A fridge changes families only by leaving one (DELETE /devices/{id}), which takes that
    // family's records of it along; this tool never moves it behind the cloud's back.
    if (const auto current = families.familyOfThing(thing); current && current->first != familyId)
        return fail(QStringLiteral("%1 belongs to family %2; its owner removes it from there first")
                        .arg(thing, current->first));
    if (!families.assignThing(thing, familyId, name))
        return fail(QStringLiteral("Cannot assign %1").arg(thing));
    // As pairing does: the door tablet's pending certificate may now reach its fridge.
    CertificateStore certificates;
    for (const DeviceCertificate &certificate : certificates.ofThing(thing))
        if (certificate.status == QLatin1String(CertificateStore::pending))
            certificates.setStatus(certificate.id, QString::fromLatin1(CertificateStore::active));
    if (withStock &&
        !stock(thing, {QStringLiteral("tablet"), thing, QStringLiteral("Kitchen tablet")}))
        return fail(QStringLiteral("Cannot stock %1").arg(thing));
    HistoryStore history; // and, for the demo, a month of its temperatures
    if (withStock && !seedDemoHistory(history, thing, QDateTime::currentSecsSinceEpoch()))
        return fail(QStringLiteral("Cannot write the temperature history of %1").arg(thing));
    std::printf("larder-cloud: %s belongs to family %s\n", qPrintable(thing), qPrintable(familyId));
    return 0;
}

} // namespace larder::cloud
