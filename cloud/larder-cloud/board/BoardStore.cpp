// SPDX-License-Identifier: MIT
#include "BoardStore.h"

#include "larder-cloud/SqlQuery.h"

namespace larder::cloud::board {

using sql::exec;
using sql::notNull;
using sql::run;

namespace {
const QString kColumns =
    QStringLiteral("p.id, p.family, p.kind, p.title, p.text, p.media_key, p.duration_ms, p.author, "
                   "p.author_name, p.created_at, m.content_type, m.size");
const QString kFrom =
    QStringLiteral(" FROM board_posts p LEFT JOIN media_objects m ON m.path = p.media_key ");

Post postAt(const QSqlQuery &query)
{
    Post post;
    post.id = query.value(0).toString();
    post.familyId = query.value(1).toString();
    post.kind = query.value(2).toString();
    post.title = query.value(3).toString();
    post.text = query.value(4).toString();
    post.mediaKey = query.value(5).toString();
    post.durationMs = query.value(6).toLongLong();
    post.author = query.value(7).toString();
    post.authorName = query.value(8).toString();
    post.createdAt = query.value(9).toLongLong();
    post.mediaType = query.value(10).toString();
    post.mediaSize = query.value(11).toLongLong();
    return post;
}
} // namespace

BoardStore::BoardStore(const QString &connectionName) : m_connection(connectionName) {}

bool BoardStore::add(const Post &post)
{
    return exec(m_connection,
                QStringLiteral("INSERT INTO board_posts (id, family, kind, title, text, "
                               "media_key, duration_ms, author, author_name, created_at) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {post.id, post.familyId, post.kind, notNull(post.title), notNull(post.text),
                 post.mediaKey.isEmpty() ? QVariant() : QVariant(post.mediaKey), post.durationMs,
                 post.author, post.authorName, post.createdAt});
}

std::optional<Post> BoardStore::find(const QString &id) const
{
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE p.id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    Post post = postAt(query);
    post.seenBy = seenBy(post.id);
    return post;
}

QList<Post> BoardStore::page(const QString &familyId, qint64 before, int limit) const
{
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT ") + kColumns + kFrom +
                QStringLiteral("WHERE p.family = ? AND (CAST(? AS BIGINT) = 0 OR p.created_at < ?) "
                               "ORDER BY p.created_at DESC, p.id DESC LIMIT ?"),
            {familyId, before, before, limit});
    QList<Post> posts;
    while (query.next())
        posts.append(postAt(query));
    for (Post &post : posts)
        post.seenBy = seenBy(post.id);
    return posts;
}

QList<Seen> BoardStore::seenBy(const QString &postId) const
{
    QSqlQuery query = run(
        m_connection,
        QStringLiteral("SELECT viewer, viewer_name, at FROM board_seen WHERE post = ? ORDER BY at"),
        {postId});
    QList<Seen> seen;
    while (query.next())
        seen.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    return seen;
}

int BoardStore::unread(const QString &familyId, const QString &viewer) const
{
    QSqlQuery query = run(
        m_connection,
        QStringLiteral("SELECT COUNT(*) FROM board_posts p WHERE p.family = ? AND p.author != ? "
                       "AND NOT EXISTS (SELECT 1 FROM board_seen s WHERE s.post = p.id AND "
                       "s.viewer = ?)"),
        {familyId, viewer, viewer});
    return query.next() ? query.value(0).toInt() : 0;
}

bool BoardStore::markSeen(const QString &postId, const QString &viewer, const QString &name,
                          qint64 at)
{
    QSqlQuery query = run(m_connection,
                          QStringLiteral("INSERT INTO board_seen (post, viewer, viewer_name, at) "
                                         "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                          {postId, viewer, name, at});
    return query.numRowsAffected() > 0;
}

bool BoardStore::remove(const QString &id)
{
    return exec(m_connection, QStringLiteral("DELETE FROM board_seen WHERE post = ?"), {id}) &&
           exec(m_connection, QStringLiteral("DELETE FROM board_posts WHERE id = ?"), {id});
}

bool BoardStore::mediaUsed(const QString &key) const
{
    return run(m_connection, QStringLiteral("SELECT 1 FROM board_posts WHERE media_key = ?"), {key})
        .next();
}

QStringList BoardStore::mediaOf(const QString &familyId) const
{
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT media_key FROM board_posts WHERE family = ? AND "
                                         "media_key IS NOT NULL"),
                          {familyId});
    QStringList keys;
    while (query.next())
        keys.append(query.value(0).toString());
    return keys;
}

bool BoardStore::forget(const QString &familyId)
{
    return exec(m_connection,
                QStringLiteral("DELETE FROM board_seen WHERE post IN (SELECT id FROM board_posts "
                               "WHERE family = ?)"),
                {familyId}) &&
           exec(m_connection, QStringLiteral("DELETE FROM board_posts WHERE family = ?"),
                {familyId});
}

} // namespace larder::cloud::board
