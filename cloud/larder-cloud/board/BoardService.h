// SPDX-License-Identifier: MIT
#pragma once

#include "BoardStore.h"

#include "larder-cloud/api/Verdict.h"

#include <functional>

namespace larder::cloud {
class FamilyStore;
namespace media {
class MediaService;
class MediaStore;
} // namespace media
} // namespace larder::cloud

namespace larder::cloud::board {

/// A family's board (docs/api.md, "The family board"): one decision shared by the members'
/// REST endpoints and the door tablet's requests. A post carries at most one stored object of
/// the family's board (a voice recording, a photo), each object on one post only; deleting a
/// post — its author or the family's owner may — deletes its object too. Every change goes out
/// on the family's feed and on each of its fridges' feeds.
class BoardService
{
public:
    /// Who asks: a member (id = sub, name = e-mail, owner or not) or a door tablet
    /// (id = "thing:{name}", name "Kitchen tablet").
    struct Viewer
    {
        QString familyId, id, name;
        bool owner = false;
    };
    using Publish = std::function<void(const QString &topic, const QJsonObject &change)>;

    BoardService(const FamilyStore *families, BoardStore *store, media::MediaService *media,
                 const media::MediaStore *objects, Publish publish);

    /// `{"before"?,"limit"?}` → `{"posts","unread"[,"next"]}`, newest first.
    api::Verdict list(const Viewer &viewer, qint64 before, int limit) const;
    /// `{"kind","title"?,"text"?,"mediaKey"?,"durationMs"?}` → 201 with the post.
    api::Verdict post(const Viewer &viewer, const QJsonObject &body);
    api::Verdict remove(const Viewer &viewer, const QString &postId);
    api::Verdict seen(const Viewer &viewer, const QString &postId);

    /// The family is gone: its posts and their objects go too.
    void forget(const QString &familyId);

private:
    void publish(const QString &familyId, const QJsonObject &change) const;

    const FamilyStore *m_families;
    BoardStore *m_store;
    media::MediaService *m_media;
    const media::MediaStore *m_objects;
    Publish m_publish;
};

} // namespace larder::cloud::board
