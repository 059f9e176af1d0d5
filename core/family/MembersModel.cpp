// SPDX-License-Identifier: MIT
#include "MembersModel.h"

namespace larder::family {

int MembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case UserIdRole:
        return row.member.userId;
    case EmailRole:
        return row.member.email;
    case Qt::DisplayRole:
    case LabelRole:
        return row.member.label();
    case RoleRole:
        return roleName(row.member.role);
    case KindRole:
        return row.member.role == MemberRole::Tablet ? QStringLiteral("tablet")
                                                     : QStringLiteral("person");
    case IsMeRole:
        return row.isMe;
    case IsOwnerRole:
        return row.member.role == MemberRole::Owner;
    case MayRemoveRole:
        return row.mayRemove;
    case MayMakeOwnerRole:
        return row.mayMakeOwner;
    default:
        return {};
    }
}

QHash<int, QByteArray> MembersModel::roleNames() const
{
    return {
        {UserIdRole, "userId"},   {EmailRole, "email"},         {LabelRole, "label"},
        {RoleRole, "role"},       {KindRole, "kind"},           {IsMeRole, "isMe"},
        {IsOwnerRole, "isOwner"}, {MayRemoveRole, "mayRemove"}, {MayMakeOwnerRole, "mayMakeOwner"}};
}

void MembersModel::show(const Family *family, const QString &myUserId)
{
    QList<Row> rows;
    if (family) {
        for (const FamilyMember &member : family->members)
            rows.append({member, rules::isMe(member, myUserId),
                         rules::mayRemove(*family, member, myUserId),
                         rules::mayMakeOwner(*family, member, myUserId)});
    }
    replaceRows(m_rows, rows);
}

} // namespace larder::family
