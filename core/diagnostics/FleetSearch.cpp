// SPDX-License-Identifier: MIT
#include "FleetSearch.h"

#include "api/ApiClient.h"
#include "api/ApiResult.h"
#include "common/Guarded.h"

#include <QJsonArray>

#include <cmath>

namespace larder::diagnostics {

namespace {
double temperatureOf(const QJsonObject &reported, QStringView compartment)
{
    const QJsonValue value = reported.value(compartment).toObject().value(u"temperature");
    return value.isDouble() ? value.toDouble() : qQNaN();
}

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}
} // namespace

bool FleetThing::operator==(const FleetThing &o) const
{
    return thingName == o.thingName && model == o.model && firmware == o.firmware &&
           mode == o.mode && connected == o.connected &&
           sameNumber(fridgeTemperature, o.fridgeTemperature) &&
           sameNumber(freezerTemperature, o.freezerTemperature) && openAlerts == o.openAlerts &&
           groups == o.groups;
}

FleetThing FleetThing::fromJson(const QJsonObject &thing)
{
    const QJsonObject reported = thing.value(u"shadow").toObject().value(u"reported").toObject();
    FleetThing row;
    row.thingName = thing.value(u"thingName").toString();
    row.model = thing.value(u"thingTypeName").toString();
    row.firmware = reported.value(u"firmware").toString();
    row.mode = reported.value(u"mode").toString();
    row.connected = thing.value(u"connectivity").toObject().value(u"connected").toBool();
    row.fridgeTemperature = temperatureOf(reported, u"fridge");
    row.freezerTemperature = temperatureOf(reported, u"freezer");
    row.openAlerts = thing.value(u"alerts").toObject().value(u"open").toInt();
    for (const QJsonValue &group : thing.value(u"thingGroupNames").toArray())
        row.groups.append(group.toString());
    return row;
}

int FleetThingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FleetThingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FleetThing &row = m_rows.at(index.row());
    switch (role) {
    case ThingNameRole:
        return row.thingName;
    case ModelRole:
        return row.model;
    case FirmwareRole:
        return row.firmware;
    case ModeRole:
        return row.mode;
    case ConnectedRole:
        return row.connected;
    case FridgeTemperatureRole:
        return row.fridgeTemperature;
    case FreezerTemperatureRole:
        return row.freezerTemperature;
    case OpenAlertsRole:
        return row.openAlerts;
    case GroupsRole:
        return row.groups;
    default:
        return {};
    }
}

QHash<int, QByteArray> FleetThingsModel::roleNames() const
{
    return {{ThingNameRole, "thingName"},
            {ModelRole, "model"},
            {FirmwareRole, "firmware"},
            {ModeRole, "mode"},
            {ConnectedRole, "connected"},
            {FridgeTemperatureRole, "fridgeTemperature"},
            {FreezerTemperatureRole, "freezerTemperature"},
            {OpenAlertsRole, "openAlerts"},
            {GroupsRole, "groups"}};
}

FleetSearch::FleetSearch(api::ApiClient *api, QObject *parent) : QObject(parent), m_api(api) {}

void FleetSearch::search(const QString &query, const QString &sortBy, bool descending)
{
    m_query = query.trimmed().isEmpty() ? QStringLiteral("*") : query.trimmed();
    m_sortBy = sortBy;
    m_descending = descending;
    m_nextToken.clear();
    fetch(false);
    // The statistics of the same query, beside its first page.
    const int generation = m_generation;
    m_api->post(QStringLiteral("/fleet/statistics"), {{QStringLiteral("queryString"), m_query}},
                guarded(this, [this, generation](const api::ApiResult &result) {
                    if (generation != m_generation || !result.ok)
                        return;
                    m_statistics = result.body.value(u"statistics").toObject().toVariantMap();
                    emit changed();
                }));
}

void FleetSearch::loadGroups()
{
    m_api->get(QStringLiteral("/fleet/groups"), guarded(this, [this](const api::ApiResult &result) {
                   if (!result.ok)
                       return failed(result);
                   m_groups.clear();
                   for (const QJsonValue &group : result.body.value(u"groups").toArray())
                       m_groups.append(
                           QVariantMap{{QStringLiteral("name"), group[u"name"].toString()},
                                       {QStringLiteral("things"), group[u"things"].toInt()}});
                   emit changed();
               }));
}

QString FleetSearch::groupQuery(const QString &name)
{
    return QStringLiteral("thingGroupNames:") + name;
}

void FleetSearch::more()
{
    if (m_loading || m_nextToken.isEmpty())
        return;
    fetch(true);
}

void FleetSearch::fetch(bool again)
{
    const int generation = again ? m_generation : ++m_generation;
    m_loading = true;
    emit changed();
    QJsonObject body{{QStringLiteral("queryString"), m_query},
                     {QStringLiteral("maxResults"), m_pageSize},
                     {QStringLiteral("sortOrder"),
                      m_descending ? QStringLiteral("descending") : QStringLiteral("ascending")}};
    if (!m_sortBy.isEmpty())
        body.insert(QStringLiteral("sortBy"), m_sortBy);
    if (again)
        body.insert(QStringLiteral("nextToken"), m_nextToken);
    m_api->post(QStringLiteral("/fleet/search"), body,
                guarded(this, [this, generation, again](const api::ApiResult &result) {
                    if (generation != m_generation)
                        return;
                    m_loading = false;
                    if (!result.ok)
                        return failed(result);
                    QList<FleetThing> rows = again ? m_things.rows() : QList<FleetThing>{};
                    for (const QJsonValue &thing : result.body.value(u"things").toArray())
                        rows.append(FleetThing::fromJson(thing.toObject()));
                    m_things.show(std::move(rows));
                    m_matched = result.body.value(u"matched").toInt();
                    m_nextToken = result.body.value(u"nextToken").toString();
                    m_error.clear();
                    m_errorPosition = 0;
                    emit changed();
                }));
}

void FleetSearch::failed(const api::ApiResult &result)
{
    m_error = result.message;
    m_errorPosition = result.status == 400 ? result.body.value(u"position").toInt() : 0;
    m_things.show({});
    m_matched = 0;
    m_nextToken.clear();
    emit changed();
}

} // namespace larder::diagnostics
