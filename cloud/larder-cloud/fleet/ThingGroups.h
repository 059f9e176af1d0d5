// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace larder::cloud::fleet {

/// The fleet's own organisation: static thing groups by name (AWS IoT's static thing groups),
/// and which things each holds. Support staff make and fill them; nothing of a family is here.
class ThingGroups
{
public:
    struct Group
    {
        QString name;
        QString description;
        qint64 created = 0;
        int things = 0;
    };

    explicit ThingGroups(const QString &connectionName = QStringLiteral("larder"));

    /// Why @p name cannot name a group (AWS: 1–128 of [a-zA-Z0-9:_-]); nullopt when it can.
    static std::optional<QString> nameProblem(const QString &name);

    /// Creates @p name; false when it exists already.
    bool create(const QString &name, const QString &description, qint64 now);
    /// Removes @p name and its memberships; false when there was none.
    bool remove(const QString &name);
    std::optional<Group> find(const QString &name) const;
    QList<Group> list() const;
    /// Puts @p thing in @p group (again is fine); false on a storage failure.
    bool add(const QString &group, const QString &thing);
    /// Takes @p thing out of @p group; false when it was not in it.
    bool take(const QString &group, const QString &thing);
    QStringList groupsOf(const QString &thing) const;
    /// Every thing's groups, for loading the index.
    QHash<QString, QStringList> memberships() const;
    /// The things in @p group.
    QStringList thingsOf(const QString &group) const;

    static constexpr int maxGroups = 1000;
    static constexpr int maxGroupsPerThing = 10; ///< AWS's limit of static groups per thing

private:
    /// The first column of @p sql's rows, with @p value bound.
    QStringList column(const QString &sql, const QString &value) const;

    QString m_connection;
};

} // namespace larder::cloud::fleet
