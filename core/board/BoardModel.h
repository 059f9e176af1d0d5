// SPDX-License-Identifier: MIT
#pragma once

#include "BoardPost.h"
#include "common/ListModelBase.h"

#include <QtQml/qqmlregistration.h>

namespace larder::board {

/// A family board's posts, newest first, for a list view. Filled by Board.
class BoardModel : public larder::ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a Board's posts")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, ///< "voice", "photo" or "recipe"
        TitleRole,
        TextRole,
        MediaKeyRole,
        DurationMsRole,
        AuthorRole, ///< a member's e-mail, or "Kitchen tablet"
        FromTabletRole,
        CreatedAtRole, ///< a QDateTime
        SeenByRole,    ///< "Ben, Kitchen tablet", or ""
        MineRole,
        UnreadRole,
        MayDeleteRole,
        LocalFileRole, ///< a file: URL of the recording or photo on this device, or ""
    };
    Q_ENUM(Role)

    using ListModelBase::ListModelBase;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void show(QList<Post> posts);
    const QList<Post> &posts() const { return m_rows; }

private:
    QList<Post> m_rows;
};

} // namespace larder::board
