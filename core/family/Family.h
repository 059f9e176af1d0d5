// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace larder::family {

/// What someone is in a family (docs/api.md: a family's `members[].role`).
enum class MemberRole { Owner, Member, Tablet };

/// One member of a family: a person, or the door tablet of one of its fridges.
struct FamilyMember
{
    QString userId;
    QString email; ///< empty for a tablet
    QString name;  ///< a person's chosen name (may be empty), a tablet's ("Kitchen tablet (…)")
    MemberRole role = MemberRole::Member;

    QString key() const { return userId; }
    /// What the family screens call them: the name, else (a person without one) the e-mail.
    QString label() const { return name.isEmpty() ? email : name; }
    bool operator==(const FamilyMember &) const = default;
};

/// One fridge of a family.
struct FamilyDevice
{
    QString deviceId;
    QString deviceName; ///< the device id when the fridge has no name

    QString key() const { return deviceId; }
    bool operator==(const FamilyDevice &) const = default;
};

/// One of the signed-in user's families, as `GET /families` lists it.
struct Family
{
    QString familyId;
    QString name;
    MemberRole myRole = MemberRole::Member;
    QList<FamilyMember> members;
    QList<FamilyDevice> devices;

    QString key() const { return familyId; }
    bool operator==(const Family &) const = default;

    /// A family from its JSON (unknown roles read as "member"; entries without id are skipped).
    static Family fromJson(const QJsonObject &json);
    static QList<Family> listFromJson(const QJsonArray &json);
};

/// Who may do what in a family, as the API enforces it (the screens offer only what will work).
namespace rules {
bool mayManage(const Family &family);
bool isMe(const FamilyMember &member, const QString &myUserId);
bool mayRemove(const Family &family, const FamilyMember &member, const QString &myUserId);
bool mayMakeOwner(const Family &family, const FamilyMember &member, const QString &myUserId);
} // namespace rules

/// The wire word of a role ("owner", "member", "tablet").
QString roleName(MemberRole role);

} // namespace larder::family
