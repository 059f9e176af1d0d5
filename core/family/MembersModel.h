// SPDX-License-Identifier: MIT
#pragma once

#include "Family.h"
#include "common/ListModelBase.h"

#include <QtQml/qqmlregistration.h>

namespace larder::family {

/// The members of one family, with what the signed-in user may do to each (the rules of
/// Family.h). Filled by FamilyDetails.
class MembersModel : public larder::ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a FamilyDetails' members")

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        EmailRole,
        LabelRole, ///< a person's e-mail, a tablet's name
        RoleRole,  ///< "owner", "member" or "tablet"
        KindRole,  ///< "person" or "tablet"
        IsMeRole,
        IsOwnerRole,
        MayRemoveRole,
        MayMakeOwnerRole,
    };
    Q_ENUM(Role)

    /// One row: the member and the rules applied for the signed-in user.
    struct Row
    {
        FamilyMember member;
        bool isMe = false;
        bool mayRemove = false;
        bool mayMakeOwner = false;

        QString key() const { return member.key(); }
        bool operator==(const Row &) const = default;
    };

    using ListModelBase::ListModelBase;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows @p family's members as seen by @p myUserId (nullptr: none).
    void show(const Family *family, const QString &myUserId);

private:
    QList<Row> m_rows;
};

} // namespace larder::family
