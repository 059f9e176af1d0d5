// SPDX-License-Identifier: MIT
#include "Family.h"

#include <QJsonObject>

namespace larder::family {

namespace {
MemberRole roleFrom(const QString &word)
{
    if (word == u"owner")
        return MemberRole::Owner;
    if (word == u"tablet")
        return MemberRole::Tablet;
    return MemberRole::Member;
}
} // namespace

QString roleName(MemberRole role)
{
    switch (role) {
    case MemberRole::Owner:
        return QStringLiteral("owner");
    case MemberRole::Tablet:
        return QStringLiteral("tablet");
    case MemberRole::Member:
        break;
    }
    return QStringLiteral("member");
}

Family Family::fromJson(const QJsonObject &json)
{
    Family family;
    family.familyId = json.value(u"familyId").toString();
    family.name = json.value(u"name").toString();
    family.myRole = roleFrom(json.value(u"role").toString());
    for (const QJsonValue &value : json.value(u"members").toArray()) {
        const QJsonObject member = value.toObject();
        FamilyMember entry{member.value(u"userId").toString(), member.value(u"email").toString(),
                           member.value(u"name").toString(),
                           roleFrom(member.value(u"role").toString())};
        if (!entry.userId.isEmpty())
            family.members.append(entry);
    }
    for (const QJsonValue &value : json.value(u"devices").toArray()) {
        const QJsonObject device = value.toObject();
        FamilyDevice entry{device.value(u"deviceId").toString(),
                           device.value(u"deviceName").toString()};
        if (entry.deviceName.isEmpty())
            entry.deviceName = entry.deviceId;
        if (!entry.deviceId.isEmpty())
            family.devices.append(entry);
    }
    return family;
}

QList<Family> Family::listFromJson(const QJsonArray &json)
{
    QList<Family> families;
    for (const QJsonValue &value : json) {
        Family family = fromJson(value.toObject());
        if (!family.familyId.isEmpty())
            families.append(family);
    }
    return families;
}

namespace rules {

bool mayManage(const Family &family)
{
    return family.myRole == MemberRole::Owner;
}

bool isMe(const FamilyMember &member, const QString &myUserId)
{
    return !myUserId.isEmpty() && member.userId == myUserId;
}

bool mayRemove(const Family &family, const FamilyMember &member, const QString &myUserId)
{
    return mayManage(family) && !isMe(member, myUserId);
}

bool mayMakeOwner(const Family &family, const FamilyMember &member, const QString &myUserId)
{
    return mayRemove(family, member, myUserId) && member.role == MemberRole::Member;
}

} // namespace rules

} // namespace larder::family
