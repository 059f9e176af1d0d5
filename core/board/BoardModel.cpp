// SPDX-License-Identifier: MIT
#include "BoardModel.h"

#include <QDateTime>
#include <QUrl>

namespace larder::board {

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Post &post = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return post.id;
    case KindRole:
        return post.kind;
    case Qt::DisplayRole:
    case TitleRole:
        return post.title;
    case TextRole:
        return post.text;
    case MediaKeyRole:
        return post.mediaKey;
    case DurationMsRole:
        return post.durationMs;
    case AuthorRole:
        return post.authorName;
    case FromTabletRole:
        return post.fromTablet;
    case CreatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(post.createdAt);
    case SeenByRole:
        return post.seenBy.join(QStringLiteral(", "));
    case MineRole:
        return post.mine;
    case UnreadRole:
        return !post.seen;
    case MayDeleteRole:
        return post.mayDelete;
    case LocalFileRole:
        return post.localFile.isEmpty() ? QString()
                                        : QUrl::fromLocalFile(post.localFile).toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> BoardModel::roleNames() const
{
    return {{IdRole, "postId"},           {KindRole, "kind"},
            {TitleRole, "title"},         {TextRole, "text"},
            {MediaKeyRole, "mediaKey"},   {DurationMsRole, "durationMs"},
            {AuthorRole, "author"},       {FromTabletRole, "fromTablet"},
            {CreatedAtRole, "createdAt"}, {SeenByRole, "seenBy"},
            {MineRole, "mine"},           {UnreadRole, "unread"},
            {MayDeleteRole, "mayDelete"}, {LocalFileRole, "localFile"}};
}

void BoardModel::show(QList<Post> posts)
{
    std::sort(posts.begin(), posts.end(), [](const Post &a, const Post &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    replaceRows(m_rows, std::move(posts));
}

} // namespace larder::board
