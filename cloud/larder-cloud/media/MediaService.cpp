// SPDX-License-Identifier: MIT
#include "MediaService.h"

#include "larder-cloud/api/ApiCommon.h"
#include "larder-cloud/api/FamilyStore.h"

#include "media/FileDigest.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace larder::cloud::media {

using api::refusal;
using api::Verdict;

namespace {
QString sizeText(qint64 bytes)
{
    constexpr qint64 MiB = 1024 * 1024;
    if (bytes >= 1024 * MiB)
        return QStringLiteral("%1 GiB").arg(double(bytes) / (1024 * MiB), 0, 'f', 1);
    if (bytes >= MiB)
        return QStringLiteral("%1 MiB").arg(double(bytes) / MiB, 0, 'f', 1);
    return QStringLiteral("%1 bytes").arg(bytes);
}

Verdict noSuchObject()
{
    return refusal(404, "NotFound", QStringLiteral("No such object."));
}

Verdict noSuchUpload()
{
    return refusal(404, "NoSuchUpload",
                   QStringLiteral("That upload is over (completed or given up); start again."));
}
} // namespace

MediaService::MediaService(const FamilyStore *families, MediaStore *store,
                           MultipartUploads *uploads, const MediaSigner *signer, MediaQuota *quota,
                           QString storeDir)
    : m_families(families), m_store(store), m_uploads(uploads), m_signer(signer), m_quota(quota),
      m_files(std::move(storeDir))
{
}

Verdict MediaService::reserve(const Asker &asker, const QJsonObject &ask)
{
    const auto kind = kindNamed(ask.value(u"kind").toString());
    if (!kind)
        return refusal(400, "BadRequest",
                       QStringLiteral("Say which kind: photo, voice, snapshot or video."));
    const QString contentType = ask.value(u"contentType").toString();
    if (!kind->contentTypes.contains(contentType))
        return refusal(400, "BadRequest",
                       QStringLiteral("A %1 is one of %2.")
                           .arg(kind->name, kind->contentTypes.join(QStringLiteral(", "))));
    const qint64 size = ask.value(u"size").toInteger(-1);
    if (ask.contains(u"size") && (size <= 0 || size > kind->maxBytes))
        return refusal(400, "EntityTooLarge",
                       QStringLiteral("A %1 is 1 byte to %2; this one is %3.")
                           .arg(kind->name, sizeText(kind->maxBytes), sizeText(qMax(size, 0))));
    // Whose it is: the family's board, or one of the family's fridges (a tablet: its own).
    const QString owner = ask.value(u"owner").toString(QStringLiteral("family"));
    if (owner != u"family") {
        const auto fridge = m_families->familyOfThing(owner);
        if (!fridge || fridge->first != asker.familyId ||
            (!asker.onlyFridge.isEmpty() && owner != asker.onlyFridge))
            return refusal(404, "NotFound", QStringLiteral("No such fridge."));
    }
    // A family's share of the store: so many unfinished uploads (a device's own few of
    // them), so many bytes — stored, on disk for unfinished uploads, and on their way.
    const MediaQuota::Holding holding =
        m_quota->holding(asker.familyId, QDateTime::currentMSecsSinceEpoch());
    if (holding.open >= m_limits.openUploads)
        return refusal(429, "TooManyUploads",
                       QStringLiteral("%1 uploads of this family are not finished yet; finish or "
                                      "cancel some first.")
                           .arg(holding.open));
    if (asker.author.startsWith(u"thing:")) {
        const auto unfinished = m_store->unfinished(asker.familyId);
        const auto own = std::count_if(unfinished.cbegin(), unfinished.cend(),
                                       [&](const auto &u) { return u.author == asker.author; });
        if (own >= m_limits.deviceOpenUploads)
            return refusal(429, "TooManyUploads",
                           QStringLiteral("This device has %1 uploads not finished yet; finish "
                                          "or cancel some first.")
                               .arg(own));
    }
    if (holding.total() + qMax<qint64>(size, 1) > m_limits.familyBytes)
        return quotaExceeded(holding.total());
    const ObjectPath place{asker.familyId, owner, kind->name,
                           randomHex(16) + extensionFor(contentType)};
    const qint64 now = api::now();
    if (!m_store->reserve(place, *kind, contentType, asker.author, now))
        return refusal(500, "InternalError", QStringLiteral("The upload could not be set up."));
    QJsonObject answer{{QStringLiteral("key"), place.path()},
                       {QStringLiteral("contentType"), contentType},
                       {QStringLiteral("maxBytes"), kind->maxBytes},
                       {QStringLiteral("expiresAt"), now + m_signer->urlSeconds()}};
    if (size > multipartAbove) {
        const QString uploadId = m_uploads->create(place.path());
        if (uploadId.isEmpty())
            return refusal(500, "InternalError", QStringLiteral("The upload could not be set up."));
        answer.insert(QStringLiteral("uploadId"), uploadId);
        answer.insert(QStringLiteral("partSize"), partBytes);
        answer.insert(QStringLiteral("partCount"), (size + partBytes - 1) / partBytes);
    } else {
        answer.insert(QStringLiteral("method"), QStringLiteral("PUT"));
        answer.insert(QStringLiteral("uploadUrl"),
                      m_signer->url("PUT", place.path(), contentType.toLatin1(), now));
        answer.insert(QStringLiteral("headers"),
                      QJsonObject{{QStringLiteral("Content-Type"), contentType}});
    }
    return {201, answer};
}

std::optional<std::pair<ObjectPath, Reserved>> MediaService::objectFor(const Asker &asker,
                                                                       const QJsonObject &ask) const
{
    const auto place = parseObjectPath(ask.value(u"key").toString());
    if (!place || place->familyId != asker.familyId)
        return std::nullopt;
    if (!asker.onlyFridge.isEmpty() && place->owner != u"family" &&
        place->owner != asker.onlyFridge)
        return std::nullopt;
    const auto reserved = m_store->find(place->path());
    if (!reserved)
        return std::nullopt;
    return std::pair{*place, *reserved};
}

Verdict MediaService::partUrls(const Asker &asker, const QJsonObject &ask) const
{
    const auto object = objectFor(asker, ask);
    if (!object)
        return noSuchObject();
    const auto &[place, reserved] = *object;
    if (reserved.stored || reserved.uploadId.isEmpty() ||
        ask.value(u"uploadId").toString() != reserved.uploadId)
        return noSuchUpload();
    const QJsonArray numbers = ask.value(u"parts").toArray();
    if (numbers.isEmpty() || numbers.size() > maxPartUrls)
        return refusal(400, "BadRequest",
                       QStringLiteral("Ask for 1 to %1 parts at a time.").arg(maxPartUrls));
    const qint64 now = api::now();
    QJsonArray urls;
    for (const QJsonValue &value : numbers) {
        const int number = value.toInt(0);
        if (number < 1 || number > maxPartNumber)
            return refusal(400, "BadRequest",
                           QStringLiteral("Parts are numbered 1 to %1.").arg(maxPartNumber));
        urls.append(
            QJsonObject{{QStringLiteral("partNumber"), number},
                        {QStringLiteral("url"),
                         m_signer->url("PUT", place.path(), {}, now,
                                       {{QStringLiteral("partNumber"), QString::number(number)},
                                        {QStringLiteral("uploadId"), reserved.uploadId}})}});
    }
    return {200,
            {{QStringLiteral("key"), place.path()},
             {QStringLiteral("urls"), urls},
             {QStringLiteral("expiresAt"), now + m_signer->urlSeconds()}}};
}

Verdict MediaService::complete(const Asker &asker, const QJsonObject &ask)
{
    const auto object = objectFor(asker, ask);
    if (!object)
        return noSuchObject();
    const auto &[place, reserved] = *object;
    if (reserved.stored)
        return refusal(409, "Conflict", QStringLiteral("The object is stored already."));
    if (ask.contains(u"uploadId")) {
        if (reserved.uploadId.isEmpty() || ask.value(u"uploadId").toString() != reserved.uploadId)
            return noSuchUpload();
        QList<PartTag> parts;
        for (const QJsonValue &value : ask.value(u"parts").toArray())
            parts.append({value[u"partNumber"].toInt(0), value[u"etag"].toString().remove(u'"')});
        const Assembled assembled = m_uploads->complete(place.path(), reserved.uploadId, parts);
        if (!assembled.ok()) {
            Verdict refused = refusal(assembled.status, "BadUpload", assembled.message);
            refused.body.insert(QStringLiteral("error"), assembled.code);
            return refused;
        }
    }
    return check(place, reserved, ask);
}

Verdict MediaService::check(const ObjectPath &place, const Reserved &reserved,
                            const QJsonObject &ask)
{
    // The staged upload, taken where no upload still on its way can change it.
    const QString checking = m_files.takeStaged(place.path());
    if (checking.isEmpty())
        return refusal(409, "NotUploaded", QStringLiteral("Nothing was uploaded for it yet."));
    QFile file(checking);
    const qint64 size = file.open(QIODevice::ReadOnly) ? file.size() : 0;
    QString why;
    if (size <= 0 || size > reserved.maxBytes)
        why = QStringLiteral("The upload is %1; a %2 is 1 byte to %3.")
                  .arg(sizeText(size), reserved.kind, sizeText(reserved.maxBytes));
    else if (ask.contains(u"size") && ask.value(u"size").toInteger() != size)
        why = QStringLiteral("%1 of %2 arrived: the upload was cut short.")
                  .arg(sizeText(size), sizeText(ask.value(u"size").toInteger()));
    else if (!looksLike(reserved.contentType, file.peek(16)))
        why = QStringLiteral("The upload is not %1.").arg(reserved.contentType);
    QString digest;
    if (why.isEmpty()) {
        digest = larder::media::sha256OfFile(checking); // in slices: memory stays flat
        if (ask.contains(u"sha256") && ask.value(u"sha256").toString() != digest)
            why = QStringLiteral("The upload arrived damaged: its SHA-256 is not the file's.");
    }
    file.close();
    const auto refuse = [&](const Verdict &verdict) {
        QFile::remove(checking);
        drop(place, reserved); // nothing half-stored stays
        return verdict;
    };
    if (!why.isEmpty())
        return refuse(refusal(400, "BadUpload", why));
    // Several uploads may have been reserved within the quota: the one that would pass it is
    // not kept.
    if (const qint64 stored = m_store->usage(place.familyId).storedBytes;
        stored + size > m_limits.familyBytes)
        return refuse(quotaExceeded(stored));
    // Into the store, which nothing writes to after this: what was checked is what is served.
    if (!m_files.store(checking, place.path()) || !m_store->markStored(place.path(), size, digest))
        return refuse(
            refusal(500, "InternalError", QStringLiteral("The object could not be saved.")));
    return {200,
            {{QStringLiteral("key"), place.path()},
             {QStringLiteral("size"), size},
             {QStringLiteral("sha256"), digest},
             {QStringLiteral("contentType"), reserved.contentType}}};
}

Verdict MediaService::quotaExceeded(qint64 stored) const
{
    return refusal(507, "QuotaExceeded",
                   QStringLiteral("This family's storage is full (%1 of %2); delete old posts "
                                  "to make room.")
                       .arg(sizeText(stored), sizeText(m_limits.familyBytes)));
}

void MediaService::drop(const ObjectPath &place, const Reserved &reserved)
{
    if (!reserved.uploadId.isEmpty())
        m_uploads->abort(place.path(), reserved.uploadId);
    m_files.remove(place.path());
    m_store->remove(place.path());
}

Verdict MediaService::download(const Asker &asker, const QJsonObject &ask) const
{
    const auto object = objectFor(asker, ask);
    if (!object || !object->second.stored)
        return noSuchObject();
    const qint64 now = api::now();
    return {200,
            {{QStringLiteral("key"), object->first.path()},
             {QStringLiteral("url"), m_signer->url("GET", object->first.path(), {}, now)},
             {QStringLiteral("contentType"), object->second.contentType},
             {QStringLiteral("expiresAt"), now + m_signer->urlSeconds()}}};
}

Verdict MediaService::abort(const Asker &asker, const QJsonObject &ask)
{
    const auto object = objectFor(asker, ask);
    if (!object)
        return noSuchObject();
    if (object->second.stored)
        return refusal(409, "Conflict",
                       QStringLiteral("The object is stored; it is deleted with its post."));
    drop(object->first, object->second);
    return {200,
            {{QStringLiteral("key"), object->first.path()}, {QStringLiteral("aborted"), true}}};
}

Verdict MediaService::unfinished(const Asker &asker) const
{
    QJsonArray uploads;
    QHash<QString, QString> names; // who started them, as the family knows them
    for (const Member &member : m_families->members(asker.familyId))
        names.insert(member.sub, member.displayName());
    for (const MediaStore::Unfinished &upload : m_store->unfinished(asker.familyId)) {
        // A tablet sees its own fridge's and the family's, as for everything else.
        const auto place = parseObjectPath(upload.path);
        if (!place || (!asker.onlyFridge.isEmpty() && place->owner != u"family" &&
                       place->owner != asker.onlyFridge))
            continue;
        const bool device = upload.author.startsWith(u"thing:");
        const QString by = device ? upload.author.mid(6) : upload.author;
        if (device && !names.contains(by)) {
            const auto fridge = m_families->familyOfThing(by);
            names.insert(by, fridge && fridge->first == asker.familyId ? fridge->second.name : by);
        }
        uploads.append(QJsonObject{
            {QStringLiteral("key"), upload.path},
            {QStringLiteral("kind"), upload.kind},
            {QStringLiteral("startedBy"), by},
            {QStringLiteral("startedByName"), names.value(by, by)},
            {QStringLiteral("byDevice"), device},
            {QStringLiteral("startedAt"), upload.createdAt},
            {QStringLiteral("bytesOnDisk"), m_quota->bytesOnDisk(upload.path, upload.uploadId)}});
    }
    return {200,
            {{QStringLiteral("uploads"), uploads},
             {QStringLiteral("limit"), m_limits.openUploads},
             {QStringLiteral("deviceLimit"), m_limits.deviceOpenUploads}}};
}

bool MediaService::removeObject(const QString &familyId, const QString &key)
{
    const auto place = parseObjectPath(key);
    const auto reserved = place ? m_store->find(place->path()) : std::nullopt;
    if (!reserved || place->familyId != familyId)
        return false;
    drop(*place, *reserved);
    return true;
}

std::pair<int, int> MediaService::sweep(qint64 now)
{
    int reservations = 0, orphans = 0;
    for (const QString &path : m_store->unstoredSince(now - reservationSeconds)) {
        const auto place = parseObjectPath(path);
        const auto reserved = m_store->find(path);
        if (place && reserved) {
            drop(*place, *reserved);
            ++reservations;
        } else {
            m_store->remove(path);
        }
    }
    QDir parts(m_files.dir() + QStringLiteral("/parts"));
    const auto folders = parts.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &folder : folders) {
        if (folder.lastModified().toSecsSinceEpoch() > now - orphanSeconds ||
            m_store->uploadOpen(folder.fileName()))
            continue;
        QDir(folder.absoluteFilePath()).removeRecursively();
        ++orphans;
    }
    orphans += m_files.sweep(now - orphanSeconds, [this](const QString &path) {
        const auto reserved = m_store->find(path);
        return reserved && !reserved->stored;
    });
    return {reservations, orphans};
}

} // namespace larder::cloud::media
