// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace larder::cloud {

/// A family group: people (and later kitchen tablets) who share fridges.
struct Family
{
    QString id;
    QString name;
    QString ownerSub;
};

/// A fridge in a family, with the name people know it by ("Kitchen fridge").
struct FamilyDevice
{
    QString thing;
    QString name;
};

struct Member
{
    QString sub;
    QString email;
    QString role; ///< "owner" or "member"
    QString name; ///< the name the member chose, as their last request carried it; may be empty

    /// What the family sees: the chosen name, else the e-mail address.
    QString displayName() const { return name.isEmpty() ? email : name; }
};

/// Families, their members, invitations and which fridge belongs to which family, in
/// larder-cloud's SQLite database.
class FamilyStore
{
public:
    explicit FamilyStore(const QString &connectionName = QStringLiteral("larder"));

    std::optional<Family> create(const QString &name, const QString &ownerSub,
                                 const QString &ownerEmail, const QString &ownerName = {});
    std::optional<Family> find(const QString &familyId) const;
    QList<Family> familiesOf(const QString &sub) const;
    QList<Member> members(const QString &familyId) const;
    /// The caller's role in the family, or nullopt when not a member.
    std::optional<QString> roleOf(const QString &familyId, const QString &sub) const;
    /// The caller as a member of the family, or nullopt when not one.
    std::optional<Member> memberOf(const QString &familyId, const QString &sub) const;
    /// The name @p sub goes by, in every family they belong to.
    bool setMemberName(const QString &sub, const QString &name);
    /// Renames @p stored everywhere when the caller's token carries another (non-empty) @p name.
    void keepNameCurrent(const Member &stored, const QString &name);

    bool rename(const QString &familyId, const QString &name);
    bool addMember(const QString &familyId, const QString &sub, const QString &email,
                   const QString &name = {});
    bool removeMember(const QString &familyId, const QString &sub);
    bool transferOwnership(const QString &familyId, const QString &newOwnerSub);
    bool remove(const QString &familyId);

    /// Stores an invitation (its code hashed); single use, expiring at @p expires.
    bool addInvitation(const QString &familyId, const QByteArray &codeHash, qint64 expires,
                       const QString &bySub);
    /// Consumes a valid invitation: the family id, or nullopt when unknown, used or expired.
    std::optional<QString> redeemInvitation(const QByteArray &codeHash, qint64 now);

    /// Fridges: every thing belongs to exactly one family (or none yet).
    bool assignThing(const QString &thing, const QString &familyId, const QString &name = {});
    QList<FamilyDevice> devicesOf(const QString &familyId) const;
    /// The family a fridge belongs to, and its name there.
    std::optional<std::pair<QString, FamilyDevice>> familyOfThing(const QString &thing) const;
    bool unassignThing(const QString &thing);
    /// True when @p sub belongs to the family that owns @p thing.
    bool canUseThing(const QString &sub, const QString &thing) const;

private:
    QString m_connection;
};

} // namespace larder::cloud
