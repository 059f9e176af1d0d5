// SPDX-License-Identifier: MIT
#include "FleetApi.h"
#include "FleetIndex.h"
#include "ThingGroups.h"

#include "larder-cloud/CloudStore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>

namespace larder::cloud::fleet {

namespace {

QHttpServerResponse invalidQuery(const QueryError &error)
{
    QJsonObject body{
        {QStringLiteral("error"), QStringLiteral("InvalidQueryException")},
        {QStringLiteral("message"),
         error.position > 0
             ? QStringLiteral("%1 (at character %2)").arg(error.message).arg(error.position)
             : error.message}};
    if (error.position > 0)
        body.insert(QStringLiteral("position"), error.position);
    return api::reply(body, 400);
}

QJsonObject counts(const QMap<QString, int> &map)
{
    QJsonObject out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

/// The body's `queryString`, parsed; a 400 with the error's position otherwise.
std::variant<QueryNode, QHttpServerResponse> queryOf(const QJsonObject &body)
{
    const QJsonValue text = body.value(u"queryString");
    if (!text.isString())
        return api::failure(400, "InvalidRequestException",
                            QStringLiteral("queryString is a query (* finds every fridge)."));
    auto parsed = query::parse(text.toString());
    if (const auto *error = std::get_if<QueryError>(&parsed))
        return invalidQuery(*error);
    return std::move(std::get<QueryNode>(parsed));
}

} // namespace

FleetApi::FleetApi(const api::ApiAuth *auth, FleetIndex *index, ThingGroups *groups,
                   CloudStore *store)
    : m_auth(auth), m_index(index), m_groups(groups), m_store(store)
{
}

void FleetApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    const auto withBody = [this](const QHttpServerRequest &request, auto answer) {
        return m_auth->asStaff(request, [&](const api::Caller &) {
            const auto body = api::bodyOf(request);
            if (!body)
                return api::failure(400, "InvalidRequestException",
                                    QStringLiteral("The body is a JSON object of at most 16 KB."));
            return answer(*body);
        });
    };
    server.route(QStringLiteral("/api/fleet/search"), Method::Post,
                 [this, withBody](const QHttpServerRequest &request) {
                     return withBody(request,
                                     [this](const QJsonObject &body) { return search(body); });
                 });
    server.route(QStringLiteral("/api/fleet/statistics"), Method::Post,
                 [this, withBody](const QHttpServerRequest &request) {
                     return withBody(request,
                                     [this](const QJsonObject &body) { return statistics(body); });
                 });
    server.route(QStringLiteral("/api/fleet/groups"), Method::Get,
                 [this](const QHttpServerRequest &request) {
                     return m_auth->asStaff(request, [this](const api::Caller &) {
                         QJsonArray groups;
                         for (const ThingGroups::Group &group : m_groups->list())
                             groups.append(
                                 QJsonObject{{QStringLiteral("name"), group.name},
                                             {QStringLiteral("description"), group.description},
                                             {QStringLiteral("created"), double(group.created)},
                                             {QStringLiteral("things"), group.things}});
                         return api::reply({{QStringLiteral("groups"), groups}});
                     });
                 });
    server.route(QStringLiteral("/api/fleet/groups/<arg>"), Method::Put,
                 [this](const QString &name, const QHttpServerRequest &request) {
                     return m_auth->asStaff(
                         request, [&](const api::Caller &) { return putGroup(name, request); });
                 });
    server.route(QStringLiteral("/api/fleet/groups/<arg>"), Method::Delete,
                 [this](const QString &name, const QHttpServerRequest &request) {
                     return m_auth->asStaff(request, [&](const api::Caller &) {
                         const QStringList things = m_groups->thingsOf(name);
                         if (!m_groups->remove(name))
                             return api::failure(404, "ResourceNotFoundException",
                                                 QStringLiteral("No such group."));
                         for (const QString &thing : things)
                             m_index->setGroups(thing, m_groups->groupsOf(thing));
                         return api::reply({}, 200);
                     });
                 });
    for (const auto &[method, add] : {std::pair{Method::Put, true}, {Method::Delete, false}})
        server.route(QStringLiteral("/api/fleet/groups/<arg>/things/<arg>"), method,
                     [this, add](const QString &group, const QString &thing,
                                 const QHttpServerRequest &request) {
                         return m_auth->asStaff(request, [&](const api::Caller &) {
                             return putMember(group, thing, add);
                         });
                     });
}

QHttpServerResponse FleetApi::search(const QJsonObject &body) const
{
    auto parsed = queryOf(body);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&parsed))
        return std::move(*refusal);
    FleetIndex::Search search;
    search.query = std::move(std::get<QueryNode>(parsed));
    const QJsonValue max = body.value(u"maxResults");
    if (!max.isUndefined()) {
        if (!max.isDouble() || max.toDouble() != std::floor(max.toDouble()) || max.toDouble() < 1 ||
            max.toDouble() > 100)
            return api::failure(400, "InvalidRequestException",
                                QStringLiteral("maxResults is 1 to 100."));
        search.maxResults = max.toInt();
    }
    search.sortField = body.value(u"sortBy").toString(QStringLiteral("thingName"));
    const QString order = body.value(u"sortOrder").toString(QStringLiteral("ascending"));
    if (order != u"ascending" && order != u"descending")
        return api::failure(400, "InvalidRequestException",
                            QStringLiteral("sortOrder is ascending or descending."));
    search.descending = order == u"descending";
    search.nextToken = body.value(u"nextToken").toString();
    const auto answer = m_index->search(search);
    if (const auto *error = std::get_if<QueryError>(&answer))
        return api::failure(400, "InvalidRequestException", error->message);
    const auto &page = std::get<FleetIndex::Page>(answer);
    QJsonArray things;
    for (const QJsonObject &thing : page.things)
        things.append(thing);
    QJsonObject reply{{QStringLiteral("things"), things},
                      {QStringLiteral("matched"), page.matched}};
    if (!page.nextToken.isEmpty())
        reply.insert(QStringLiteral("nextToken"), page.nextToken);
    return api::reply(reply);
}

QHttpServerResponse FleetApi::statistics(const QJsonObject &body) const
{
    auto parsed = queryOf(body);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&parsed))
        return std::move(*refusal);
    const auto stats = m_index->statistics(std::get<QueryNode>(parsed));
    return api::reply({{QStringLiteral("statistics"),
                        QJsonObject{{QStringLiteral("count"), stats.count},
                                    {QStringLiteral("connected"), stats.connected},
                                    {QStringLiteral("withOpenAlerts"), stats.withOpenAlerts},
                                    {QStringLiteral("models"), counts(stats.models)},
                                    {QStringLiteral("firmware"), counts(stats.firmware)}}}});
}

QHttpServerResponse FleetApi::putGroup(const QString &name, const QHttpServerRequest &request)
{
    if (const auto problem = ThingGroups::nameProblem(name))
        return api::failure(400, "InvalidRequestException", *problem);
    const auto body =
        request.body().isEmpty() ? std::optional<QJsonObject>(QJsonObject{}) : api::bodyOf(request);
    const QJsonValue description = body ? body->value(u"description") : QJsonValue();
    if (!body || !(description.isUndefined() || description.isString()) ||
        description.toString().size() > 2028)
        return api::failure(400, "InvalidRequestException",
                            QStringLiteral("The body is {\"description\": a sentence}."));
    if (m_groups->list().size() >= ThingGroups::maxGroups)
        return api::failure(
            400, "LimitExceededException",
            QStringLiteral("The fleet has %1 groups already.").arg(ThingGroups::maxGroups));
    if (!m_groups->create(name, description.toString(), api::now()))
        return api::failure(409, "ResourceAlreadyExistsException",
                            QStringLiteral("There is a group %1 already.").arg(name));
    return api::reply({{QStringLiteral("name"), name}}, 201);
}

QHttpServerResponse FleetApi::putMember(const QString &group, const QString &thing, bool add)
{
    if (!m_groups->find(group))
        return api::failure(404, "ResourceNotFoundException", QStringLiteral("No such group."));
    if (!m_store->thingExists(thing))
        return api::failure(404, "ResourceNotFoundException", QStringLiteral("No such thing."));
    QStringList groups = m_groups->groupsOf(thing);
    if (add) {
        if (!groups.contains(group) && groups.size() >= ThingGroups::maxGroupsPerThing)
            return api::failure(400, "LimitExceededException",
                                QStringLiteral("A thing is in at most %1 groups.")
                                    .arg(ThingGroups::maxGroupsPerThing));
        if (!m_groups->add(group, thing))
            return api::failure(500, "InternalFailureException",
                                QStringLiteral("The group could not be stored."));
    } else if (!m_groups->take(group, thing)) {
        return api::failure(404, "ResourceNotFoundException",
                            QStringLiteral("%1 is not in %2.").arg(thing, group));
    }
    m_index->setGroups(thing, m_groups->groupsOf(thing));
    return api::reply({{QStringLiteral("thingName"), thing},
                       {QStringLiteral("thingGroupNames"),
                        QJsonArray::fromStringList(m_groups->groupsOf(thing))}});
}

} // namespace larder::cloud::fleet
