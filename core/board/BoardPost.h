// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace larder::board {

/// A post on the family board as the app holds it (docs/api.md, "The family board"): a voice
/// message, a photo or a recipe card, with its author and who has seen it, and what it means
/// for the one looking (theirs, seen, theirs to delete).
struct Post
{
    QString id;
    QString kind; ///< "voice", "photo" or "recipe"
    QString title, text;
    QString mediaKey, mediaType;
    qint64 durationMs = 0;
    QString authorId, authorName;
    bool fromTablet = false;
    qint64 createdAt = 0; ///< ms since the epoch
    QStringList seenBy;   ///< names, in the order they saw it
    QStringList seenIds;
    bool mine = false, seen = false, mayDelete = false;
    QString localFile; ///< the object on this device, once fetched

    QString key() const { return id; }
    bool operator==(const Post &) const = default;

    /// A post from the cloud's JSON, its meaning for @p viewer (owner or not) worked out here
    /// (the feeds carry posts without it).
    static Post fromJson(const QJsonObject &json, const QString &viewer, bool viewerIsOwner);
    /// Marks @p id (@p name) as having seen it.
    void seenByViewer(const QString &id, const QString &name, const QString &viewer);
};

} // namespace larder::board
