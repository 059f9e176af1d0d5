// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// A post on a family's board (docs/api.md, "The family board"), and the rules on what a post
/// may hold and who may delete it. Pure.
namespace larder::cloud::board {

struct Seen
{
    QString viewer, name;
    qint64 at = 0;
};

struct Post
{
    QString id, familyId;
    QString kind; ///< "voice", "photo" or "recipe"
    QString title, text;
    QString mediaKey, mediaType; ///< the stored object, if any
    qint64 mediaSize = 0;
    qint64 durationMs = 0; ///< a voice message's length
    QString author;        ///< a member's sub, or "thing:{name}"
    QString authorName;    ///< a member's e-mail, or "Kitchen tablet"
    qint64 createdAt = 0;
    QList<Seen> seenBy;

    /// The post as everyone sees it.
    QJsonObject toJson() const;
};

/// The longest title and text, and a page's most posts.
constexpr int maxTitle = 80;
constexpr int maxText = 4000;
constexpr int maxCaption = 500;
constexpr int maxPage = 50;

/// What a new post says about itself, read from a request: nullopt with @p why (a sentence)
/// when it is not a post. The object it names is checked by the service.
std::optional<Post> postFrom(const QJsonObject &body, QString *why);
/// The kind of stored object each kind of post carries ("voice" → "voice", "photo" and
/// "recipe" → "photo").
QString mediaKindFor(const QString &postKind);

/// Who may delete a post: its author, or the family's owner.
bool mayDelete(const QString &viewer, bool viewerIsOwner, const Post &post);

/// The post as @p viewer sees it: with `mine`, `seen` and `mayDelete`.
QJsonObject viewJson(const Post &post, const QString &viewer, bool viewerIsOwner);

} // namespace larder::cloud::board
