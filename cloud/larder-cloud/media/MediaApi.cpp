// SPDX-License-Identifier: MIT
#include "MediaApi.h"

#include "larder-cloud/api/FamilyStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimeZone>

namespace larder::cloud::media {

using api::Caller;
using api::failure;
using api::reply;
namespace sigv4 = larder::media::sigv4;

namespace {
QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}
QString keyOf(const QJsonObject &body)
{
    return body.value(u"key").toString();
}
} // namespace

MediaApi::MediaApi(const api::ApiAuth *auth, const FamilyStore *families, MediaStore *store,
                   Config config)
    : m_auth(auth), m_families(families), m_store(store), m_config(std::move(config))
{
}

std::optional<sigv4::Credentials> MediaApi::loadOrMakeCredentials(const QString &path,
                                                                  QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        QSaveFile made(path);
        const QByteArray text =
            "LARDER" + randomHex(8).toUpper().toLatin1() + '\n' + randomHex(32).toLatin1() + '\n';
        if (!made.open(QIODevice::WriteOnly) || made.write(text) != text.size() ||
            !made.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || !made.commit()) {
            *error = QStringLiteral("Cannot write the media signing key %1").arg(path);
            return std::nullopt;
        }
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the media signing key %1").arg(path);
        return std::nullopt;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.size() < 2 || lines.at(0).isEmpty() || lines.at(1).size() < 32) {
        *error = QStringLiteral("The media signing key %1 is damaged").arg(path);
        return std::nullopt;
    }
    return sigv4::Credentials{QString::fromLatin1(lines.at(0)), lines.at(1),
                              QStringLiteral("local"), QStringLiteral("s3")};
}

void MediaApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/api/families/<arg>/media"), Method::Post,
                 [this](const QString &id, const QHttpServerRequest &r) { return reserve(id, r); });
    server.route(
        QStringLiteral("/api/families/<arg>/media/complete"), Method::Post,
        [this](const QString &id, const QHttpServerRequest &r) { return complete(id, r); });
    server.route(
        QStringLiteral("/api/families/<arg>/media/download"), Method::Post,
        [this](const QString &id, const QHttpServerRequest &r) { return download(id, r); });
    server.route(QStringLiteral("/internal/media/authorize"), Method::Get,
                 [this](const QHttpServerRequest &r) { return authorize(r); });
}

QString MediaApi::urlFor(const QByteArray &method, const QString &path,
                         const QByteArray &contentType, qint64 now) const
{
    sigv4::Request request;
    request.method = method;
    request.host = m_config.publicHost;
    request.path = path;
    if (!contentType.isEmpty())
        request.headers = {{"content-type", contentType}};
    return sigv4::presign(request, m_config.credentials,
                          QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()),
                          m_config.urlSeconds);
}

QHttpServerResponse MediaApi::reserve(const QString &familyId, const QHttpServerRequest &request)
{
    return m_auth->asMember(familyId, request, {}, [&](const Caller &caller, const QString &) {
        const auto body = api::bodyOf(request);
        const auto kind = body ? kindNamed(body->value(u"kind").toString()) : std::nullopt;
        if (!kind)
            return failure(400, "BadRequest",
                           QStringLiteral("Say which kind: photo, voice, snapshot or video."));
        const QString contentType = body->value(u"contentType").toString();
        if (!kind->contentTypes.contains(contentType))
            return failure(400, "BadRequest",
                           QStringLiteral("A %1 is one of %2.")
                               .arg(kind->name, kind->contentTypes.join(QStringLiteral(", "))));
        // Whose it is: the family's board, or one of the family's fridges.
        const QString owner = body->value(u"owner").toString(QStringLiteral("family"));
        const auto fridge = owner == u"family" ? std::nullopt : m_families->familyOfThing(owner);
        if (owner != u"family" && (!fridge || fridge->first != familyId))
            return failure(404, "NotFound", QStringLiteral("No such fridge."));
        const ObjectPath place{familyId, owner, kind->name,
                               randomHex(16) + extensionFor(contentType)};
        const qint64 now = api::now();
        if (!m_store->reserve(place, *kind, contentType, caller.sub, now))
            return failure(500, "InternalError", QStringLiteral("The upload could not be set up."));
        return reply({{QStringLiteral("key"), place.path()},
                      {QStringLiteral("method"), QStringLiteral("PUT")},
                      {QStringLiteral("uploadUrl"),
                       urlFor("PUT", place.path(), contentType.toLatin1(), now)},
                      {QStringLiteral("headers"),
                       QJsonObject{{QStringLiteral("Content-Type"), contentType}}},
                      {QStringLiteral("maxBytes"), kind->maxBytes},
                      {QStringLiteral("expiresAt"), now + m_config.urlSeconds}},
                     201);
    });
}

QHttpServerResponse MediaApi::complete(const QString &familyId, const QHttpServerRequest &request)
{
    return m_auth->asMember(familyId, request, {}, [&](const Caller &, const QString &) {
        const auto body = api::bodyOf(request);
        const QString path = body ? keyOf(*body) : QString();
        const auto reserved = m_store->find(path);
        if (!reserved || m_store->familyOf(path) != familyId)
            return failure(404, "NotFound", QStringLiteral("No such object."));
        if (reserved->stored)
            return failure(409, "Conflict", QStringLiteral("The object is stored already."));
        QFile file(fileOf(path));
        if (!file.open(QIODevice::ReadOnly))
            return failure(409, "NotUploaded", QStringLiteral("Nothing was uploaded for it yet."));
        const qint64 size = file.size();
        const QByteArray head = file.peek(16);
        QString why;
        if (size <= 0 || size > reserved->maxBytes)
            why = QStringLiteral("The upload is %1 bytes; a %2 is 1 to %3.")
                      .arg(size)
                      .arg(reserved->kind)
                      .arg(reserved->maxBytes);
        else if (!looksLike(reserved->contentType, head))
            why = QStringLiteral("The upload is not %1.").arg(reserved->contentType);
        if (!why.isEmpty()) {
            // Nothing half-stored stays: the file goes, and the reservation with it.
            file.close();
            QFile::remove(fileOf(path));
            m_store->remove(path);
            return failure(400, "BadUpload", why);
        }
        QCryptographicHash sha256(QCryptographicHash::Sha256);
        sha256.addData(&file); // read in chunks: memory stays flat whatever the size
        const QString digest = QString::fromLatin1(sha256.result().toHex());
        if (!m_store->markStored(path, size, digest))
            return failure(500, "InternalError", QStringLiteral("The object could not be saved."));
        return reply({{QStringLiteral("key"), path},
                      {QStringLiteral("size"), size},
                      {QStringLiteral("sha256"), digest},
                      {QStringLiteral("contentType"), reserved->contentType}});
    });
}

QHttpServerResponse MediaApi::download(const QString &familyId, const QHttpServerRequest &request)
{
    return m_auth->asMember(familyId, request, {}, [&](const Caller &, const QString &) {
        const auto body = api::bodyOf(request);
        const QString path = body ? keyOf(*body) : QString();
        const auto reserved = m_store->find(path);
        if (!reserved || !reserved->stored || m_store->familyOf(path) != familyId)
            return failure(404, "NotFound", QStringLiteral("No such object."));
        const qint64 now = api::now();
        return reply({{QStringLiteral("key"), path},
                      {QStringLiteral("url"), urlFor("GET", path, {}, now)},
                      {QStringLiteral("contentType"), reserved->contentType},
                      {QStringLiteral("expiresAt"), now + m_config.urlSeconds}});
    });
}

QHttpServerResponse MediaApi::authorize(const QHttpServerRequest &request) const
{
    const QByteArray uri = request.value("X-Original-Uri");
    const qsizetype mark = uri.indexOf('?');
    Arrival arrival;
    arrival.method = request.value("X-Original-Method");
    arrival.encodedPath = QString::fromUtf8(mark < 0 ? uri : uri.left(mark));
    arrival.rawQuery = mark < 0 ? QByteArray() : uri.mid(mark + 1);
    arrival.host = request.value("X-Original-Host");
    arrival.contentType = request.value("X-Original-Content-Type");
    bool declared = false;
    const qint64 length = request.value("X-Original-Content-Length").toLongLong(&declared);
    arrival.contentLength = declared ? length : -1;
    const Decision decision = decide(
        arrival,
        [this](const QString &key) -> std::optional<sigv4::Credentials> {
            if (key == m_config.credentials.accessKeyId)
                return m_config.credentials;
            return std::nullopt;
        },
        [this](const QString &path) { return m_store->find(path); },
        QDateTime::currentDateTimeUtc());
    if (decision.allowed())
        return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
    // The edge turns this into S3's XML error with the status given here.
    QHttpServerResponse refused(QHttpServerResponder::StatusCode::Forbidden);
    refused.setHeader("X-S3-Status", QByteArray::number(decision.status));
    refused.setHeader("X-S3-Code", decision.code.toLatin1());
    refused.setHeader("X-S3-Message", decision.message.toUtf8());
    return refused;
}

} // namespace larder::cloud::media
