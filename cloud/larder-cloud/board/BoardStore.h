// SPDX-License-Identifier: MIT
#pragma once

#include "BoardPost.h"

namespace larder::cloud::board {

/// The families' boards in larder-cloud's database (schema version 6): posts, newest first, and
/// who has seen which.
class BoardStore
{
public:
    explicit BoardStore(const QString &connectionName = QStringLiteral("larder"));

    bool add(const Post &post);
    std::optional<Post> find(const QString &id) const;
    /// The family's posts created before @p before (0: the newest), at most @p limit.
    QList<Post> page(const QString &familyId, qint64 before, int limit) const;
    /// Posts of the family neither by @p viewer nor seen by them.
    int unread(const QString &familyId, const QString &viewer) const;
    /// Records @p viewer seeing @p postId; false when already seen.
    bool markSeen(const QString &postId, const QString &viewer, const QString &name, qint64 at);
    bool remove(const QString &id);
    /// Whether a post carries the object at @p key already.
    bool mediaUsed(const QString &key) const;
    /// The posts of a family, for when the family goes.
    QStringList mediaOf(const QString &familyId) const;
    bool forget(const QString &familyId);

private:
    QList<Seen> seenBy(const QString &postId) const;

    QString m_connection;
};

} // namespace larder::cloud::board
