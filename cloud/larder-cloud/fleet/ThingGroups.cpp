// SPDX-License-Identifier: MIT
#include "ThingGroups.h"

#include "larder-cloud/SqlQuery.h"

namespace larder::cloud::fleet {

using sql::exec;
using sql::run;

ThingGroups::ThingGroups(const QString &connectionName) : m_connection(connectionName) {}

std::optional<QString> ThingGroups::nameProblem(const QString &name)
{
    if (name.isEmpty() || name.size() > 128)
        return QStringLiteral("A group's name has 1 to 128 characters.");
    for (const QChar c : name)
        if (!(c.unicode() < 128 && c.isLetterOrNumber()) && c != u':' && c != u'_' && c != u'-')
            return QStringLiteral("A group's name has letters, digits, :, _ and - only.");
    return std::nullopt;
}

bool ThingGroups::create(const QString &name, const QString &description, qint64 now)
{
    bool ok = false;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("INSERT INTO thing_groups (name, description, created) "
                                         "VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING"),
                          {name, sql::notNull(description), now}, &ok);
    return ok && query.numRowsAffected() == 1;
}

bool ThingGroups::remove(const QString &name)
{
    exec(m_connection, QStringLiteral("DELETE FROM thing_group_members WHERE group_name = ?"),
         {name});
    bool ok = false;
    QSqlQuery query =
        run(m_connection, QStringLiteral("DELETE FROM thing_groups WHERE name = ?"), {name}, &ok);
    return ok && query.numRowsAffected() == 1;
}

std::optional<ThingGroups::Group> ThingGroups::find(const QString &name) const
{
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT g.name, g.description, g.created, (SELECT "
                                         "COUNT(*) FROM thing_group_members m WHERE "
                                         "m.group_name = g.name) FROM thing_groups g WHERE "
                                         "g.name = ?"),
                          {name});
    if (!query.next())
        return std::nullopt;
    return Group{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                 query.value(3).toInt()};
}

QList<ThingGroups::Group> ThingGroups::list() const
{
    QList<Group> groups;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT g.name, g.description, g.created, (SELECT "
                                         "COUNT(*) FROM thing_group_members m WHERE "
                                         "m.group_name = g.name) FROM thing_groups g ORDER BY "
                                         "g.name LIMIT ?"),
                          {maxGroups});
    while (query.next())
        groups.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toLongLong(), query.value(3).toInt()});
    return groups;
}

bool ThingGroups::add(const QString &group, const QString &thing)
{
    return exec(m_connection,
                QStringLiteral("INSERT INTO thing_group_members (group_name, thing) VALUES (?, ?) "
                               "ON CONFLICT (group_name, thing) DO NOTHING"),
                {group, thing});
}

bool ThingGroups::take(const QString &group, const QString &thing)
{
    bool ok = false;
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("DELETE FROM thing_group_members WHERE group_name = ? AND thing = ?"),
            {group, thing}, &ok);
    return ok && query.numRowsAffected() == 1;
}

QStringList ThingGroups::groupsOf(const QString &thing) const
{
    return column(QStringLiteral("SELECT group_name FROM thing_group_members WHERE thing = ? "
                                 "ORDER BY group_name"),
                  thing);
}

QHash<QString, QStringList> ThingGroups::memberships() const
{
    QHash<QString, QStringList> all;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT thing, group_name FROM thing_group_members "
                                         "ORDER BY thing, group_name"),
                          {});
    while (query.next())
        all[query.value(0).toString()] << query.value(1).toString();
    return all;
}

QStringList ThingGroups::thingsOf(const QString &group) const
{
    return column(QStringLiteral("SELECT thing FROM thing_group_members WHERE group_name = ? "
                                 "ORDER BY thing"),
                  group);
}

QStringList ThingGroups::column(const QString &sql, const QString &value) const
{
    QStringList values;
    QSqlQuery query = run(m_connection, sql, {value});
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace larder::cloud::fleet
