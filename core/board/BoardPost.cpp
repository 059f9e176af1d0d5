// SPDX-License-Identifier: MIT
#include "BoardPost.h"

#include <QJsonArray>

namespace larder::board {

Post Post::fromJson(const QJsonObject &json, const QString &viewer, bool viewerIsOwner)
{
    Post post;
    post.id = json.value(u"id").toString();
    post.kind = json.value(u"kind").toString();
    post.title = json.value(u"title").toString();
    post.text = json.value(u"text").toString();
    const QJsonObject media = json.value(u"media").toObject();
    post.mediaKey = media.value(u"key").toString();
    post.mediaType = media.value(u"contentType").toString();
    post.durationMs = json.value(u"durationMs").toInteger();
    const QJsonObject author = json.value(u"author").toObject();
    post.authorId = author.value(u"id").toString();
    post.authorName = author.value(u"name").toString();
    post.fromTablet = author.value(u"kind").toString() == u"tablet";
    post.createdAt = json.value(u"createdAt").toInteger();
    for (const QJsonValue &entry : json.value(u"seenBy").toArray()) {
        post.seenIds.append(entry[u"id"].toString());
        post.seenBy.append(entry[u"name"].toString());
    }
    post.mine = !viewer.isEmpty() && post.authorId == viewer;
    post.seen = post.mine || post.seenIds.contains(viewer);
    post.mayDelete = post.mine || viewerIsOwner;
    return post;
}

void Post::seenByViewer(const QString &id, const QString &name, const QString &viewer)
{
    if (seenIds.contains(id))
        return;
    seenIds.append(id);
    seenBy.append(name);
    seen = seen || id == viewer;
}

} // namespace larder::board
