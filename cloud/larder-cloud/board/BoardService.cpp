// SPDX-License-Identifier: MIT
#include "BoardService.h"

#include "larder-cloud/api/ApiCommon.h"
#include "larder-cloud/api/FamilyStore.h"
#include "larder-cloud/media/MediaService.h"

#include "board/BoardTopics.h"

#include <QJsonArray>
#include <QUuid>

namespace larder::cloud::board {

using api::refusal;
using api::Verdict;
namespace topics = larder::board::topics;

namespace {
Verdict noSuchPost()
{
    return refusal(404, "NotFound", QStringLiteral("No such post."));
}
} // namespace

BoardService::BoardService(const FamilyStore *families, BoardStore *store,
                           media::MediaService *media, const media::MediaStore *objects,
                           Publish publish)
    : m_families(families), m_store(store), m_media(media), m_objects(objects),
      m_publish(std::move(publish))
{
}

Verdict BoardService::list(const Viewer &viewer, qint64 before, int limit) const
{
    if (before < 0 || limit < 1 || limit > maxPage)
        return refusal(
            400, "BadRequest",
            QStringLiteral("Use before (a post's createdAt) and limit (1 to %1).").arg(maxPage));
    const QList<Post> posts = m_store->page(viewer.familyId, before, limit);
    QJsonArray shown;
    for (const Post &post : posts)
        shown.append(viewJson(post, viewer.id, viewer.owner));
    QJsonObject answer{{QStringLiteral("posts"), shown},
                       {QStringLiteral("unread"), m_store->unread(viewer.familyId, viewer.id)}};
    if (posts.size() == limit)
        answer.insert(QStringLiteral("next"), posts.last().createdAt);
    return {200, answer};
}

Verdict BoardService::post(const Viewer &viewer, const QJsonObject &body)
{
    QString why;
    auto post = postFrom(body, &why);
    if (!post)
        return refusal(400, "BadRequest", why);
    if (!post->mediaKey.isEmpty()) {
        const auto place = media::parseObjectPath(post->mediaKey);
        if (!place || place->familyId != viewer.familyId || place->owner != u"family" ||
            place->kind != mediaKindFor(post->kind))
            return refusal(400, "BadRequest",
                           post->kind == u"voice"
                               ? QStringLiteral("That is not a recording of this family's board.")
                               : QStringLiteral("That is not a photo of this family's board."));
        const auto object = m_objects->find(post->mediaKey);
        if (!object || !object->stored)
            return refusal(409, "NotUploaded",
                           QStringLiteral("Its upload is not finished yet; complete it first."));
        if (m_store->mediaUsed(post->mediaKey))
            return refusal(409, "Conflict", QStringLiteral("That upload is on the board already."));
    }
    post->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    post->familyId = viewer.familyId;
    post->author = viewer.id;
    post->authorName = viewer.name;
    post->createdAt = QDateTime::currentMSecsSinceEpoch();
    if (!m_store->add(*post))
        return refusal(500, "InternalError", QStringLiteral("The post could not be saved."));
    const Post saved = m_store->find(post->id).value_or(*post);
    publish(viewer.familyId, {{QStringLiteral("op"), QStringLiteral("post")},
                              {QStringLiteral("post"), saved.toJson()}});
    return {201, viewJson(saved, viewer.id, viewer.owner)};
}

Verdict BoardService::remove(const Viewer &viewer, const QString &postId)
{
    const auto post = m_store->find(postId);
    if (!post || post->familyId != viewer.familyId)
        return noSuchPost();
    if (!mayDelete(viewer.id, viewer.owner, *post))
        return refusal(403, "Forbidden",
                       QStringLiteral("Only %1 or the family's owner can delete this post.")
                           .arg(post->authorName));
    if (!m_store->remove(postId))
        return refusal(500, "InternalError", QStringLiteral("The post could not be deleted."));
    if (!post->mediaKey.isEmpty())
        m_media->removeObject(viewer.familyId, post->mediaKey);
    publish(viewer.familyId,
            {{QStringLiteral("op"), QStringLiteral("delete")}, {QStringLiteral("id"), postId}});
    return {200, {{QStringLiteral("id"), postId}, {QStringLiteral("deleted"), true}}};
}

Verdict BoardService::seen(const Viewer &viewer, const QString &postId)
{
    const auto post = m_store->find(postId);
    if (!post || post->familyId != viewer.familyId)
        return noSuchPost();
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    if (post->author != viewer.id && m_store->markSeen(postId, viewer.id, viewer.name, at))
        publish(viewer.familyId,
                {{QStringLiteral("op"), QStringLiteral("seen")},
                 {QStringLiteral("id"), postId},
                 {QStringLiteral("by"), QJsonObject{{QStringLiteral("id"), viewer.id},
                                                    {QStringLiteral("name"), viewer.name},
                                                    {QStringLiteral("at"), at}}}});
    return {200,
            {{QStringLiteral("id"), postId},
             {QStringLiteral("unread"), m_store->unread(viewer.familyId, viewer.id)}}};
}

void BoardService::forget(const QString &familyId)
{
    for (const QString &key : m_store->mediaOf(familyId))
        m_media->removeObject(familyId, key);
    m_store->forget(familyId);
}

void BoardService::publish(const QString &familyId, const QJsonObject &change) const
{
    if (!m_publish)
        return;
    m_publish(topics::familyChanges(familyId), change);
    for (const FamilyDevice &fridge : m_families->devicesOf(familyId))
        m_publish(topics::thingChanges(fridge.thing), change);
}

} // namespace larder::cloud::board
